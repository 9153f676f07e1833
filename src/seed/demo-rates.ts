// Market rates and referrals in the demo (issue 21), so /rates shows figures on first start:
// - completed orders over the last year (dated 45 to 320 days back, inside the window of whole
//   months) for logo design and content writing across Pakistan, and WordPress sites in Lahore
//   (enough for the city's own figures: Zeeshan, Mehwish and two Lahore developers who join here,
//   Hira Yousaf and Saad Anwar); realistic rupee prices (logos Rs 3,000–15,000, WordPress sites
//   Rs 25,000–120,000, articles Rs 2,500–9,000). The sellers are not Ayesha, Bilal or Usman, whose
//   tax figures (demo-tax.ts) must stay as they are. Each order's money moves as the use cases move
//   it (payment in, escrow, release with Hunar's fee, hold cleared), against past ("archived") gigs;
// - the recommended minimums of Multan Women Designers and Lahore Developers (the associations' demo);
// - the promotions pool funded by the operator (Rs 50,000), and a paid referral: Usman referred
//   Saima, whose first order (a logo) completed, so Usman earned the reward through the ledger.
// Deterministic: prices and dates come from fixed lists.
import type { Tx } from '../db/pool.ts';
import { feesFor } from '../fees/domain.ts';
import { feePolicy } from '../fees/service.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { type AccountRef, type Leg, post, revenueAccount } from '../ledger/service.ts';
import { createAccount } from '../accounts/service.ts';
import type { Deps } from '../platform/deps.ts';
import { money } from '../platform/money.ts';
import { settleReferralsIn } from '../referrals/service.ts';
import { DEMO_PASSWORD, demoEmail } from './demo-people.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Two Lahore WordPress developers who join for the rates demo (not in DEMO_FREELANCERS: no login is printed for them). */
const NEW_PEOPLE = [
  { key: 'hira', name: 'Hira Yousaf', locale: 'en' as const, headline: 'WordPress and WooCommerce sites for Lahore shops' },
  { key: 'saad', name: 'سعد انور', locale: 'ur' as const, headline: 'ورڈپریس ویب سائٹس — تیز، محفوظ اور اردو میں بھی' },
];

type Sale = [seller: string, client: string, rupees: number];

const LOGOS: Sale[] = [
  ['sadia', 'nida', 8000],
  ['kamran', 'saima', 4500],
  ['gul', 'hamza', 3000],
  ['uzma', 'nida', 5000],
  ['sadia', 'margalla', 15000],
  ['kamran', 'hamza', 6000],
  ['gul', 'saima', 3500],
  ['uzma', 'hamza', 7000],
  ['sadia', 'nida', 12000],
  ['kamran', 'margalla', 9000],
  ['uzma', 'saima', 5500],
  ['gul', 'nida', 4000],
];
const WORDPRESS_LAHORE: Sale[] = [
  ['zeeshan', 'nida', 45000],
  ['mehwish', 'hamza', 30000],
  ['hira', 'saima', 60000],
  ['saad', 'margalla', 120000],
  ['zeeshan', 'margalla', 85000],
  ['hira', 'nida', 35000],
  ['mehwish', 'saima', 25000],
  ['saad', 'hamza', 55000],
  ['hira', 'hamza', 75000],
  ['zeeshan', 'saima', 40000],
  ['saad', 'nida', 65000],
];
const WORDPRESS_ELSEWHERE: Sale[] = [
  ['faisal', 'saima', 28000],
  ['naveed', 'hamza', 50000],
];
const ARTICLES: Sale[] = [
  ['shazia', 'hamza', 4000],
  ['rabia', 'nida', 2500],
  ['fatima', 'margalla', 6000],
  ['shazia', 'saima', 9000],
  ['rabia', 'hamza', 3000],
  ['fatima', 'nida', 4500],
  ['shazia', 'margalla', 7500],
  ['rabia', 'saima', 3500],
  ['fatima', 'hamza', 5000],
  ['shazia', 'nida', 5500],
];

const TITLES: Record<string, { title: string; category: string; skill: string }> = {
  logo: { title: 'I will design a logo and brand colours for your business', category: 'design', skill: 'logo-design' },
  wordpress: { title: 'I will build a fast WordPress website for your business', category: 'web-mobile', skill: 'wordpress' },
  article: { title: 'I will write SEO blog articles in English or Urdu', category: 'writing', skill: 'content-writing' },
};

export interface DemoRates {
  orders: number;
  people: number;
  minimums: number;
  referralsPaid: number;
}

export async function loadDemoRates(tx: Tx, deps: Deps): Promise<DemoRates> {
  const now = deps.clock.now().getTime();
  const policy = feePolicy(deps);
  const out: DemoRates = { orders: 0, people: 0, minimums: 0, referralsPaid: 0 };

  for (const p of NEW_PEOPLE) {
    const joined = { clock: { now: () => new Date(now - 400 * DAY) } };
    const user = await createAccount(tx, joined, { email: demoEmail(p.key), password: DEMO_PASSWORD, displayName: p.name, isFreelancer: true, isClient: false, locale: p.locale, verified: true, onboarded: true });
    await tx
      .insertInto('profiles')
      .values({ user_id: user.id, main_category: 'web-mobile', city_slug: 'lahore', languages: ['ur', 'pa', 'en'], payout_method: 'jazzcash', show_photo: false, show_city: true, headline: p.headline, country: 'PK', skills: ['wordpress', 'website-building'], updated_at: joined.clock.now() })
      .execute();
    out.people += 1;
  }

  const keys = [...new Set([...LOGOS, ...WORDPRESS_LAHORE, ...WORDPRESS_ELSEWHERE, ...ARTICLES].flatMap((sale) => sale.slice(0, 2) as string[])), 'usman', 'admin'];
  const ids = new Map((await tx.selectFrom('users').select(['id', 'email']).where('email', 'in', keys.map(demoEmail)).execute()).map((u) => [u.email, u.id]));
  const id = (key: string) => ids.get(demoEmail(key));
  if (keys.some((k) => !id(k))) return out;

  // One past ("archived": paused) gig per seller and kind, the gig these orders were bought from.
  const gigs = new Map<string, string>();
  async function gigOf(seller: string, kind: string) {
    const k = `${seller}:${kind}`;
    const had = gigs.get(k);
    if (had) return had;
    const t = TITLES[kind]!;
    const when = new Date(now - 360 * DAY);
    const g = await tx
      .insertInto('gigs')
      .values({ seller_id: id(seller)!, slug: `${seller}-${kind}-archived`, title: t.title, description: 'An earlier gig, now paused.', category_slug: t.category, skills: [t.skill], currency: 'PKR', status: 'paused', created_at: when, updated_at: when, published_at: when })
      .returning('id')
      .executeTakeFirstOrThrow();
    gigs.set(k, g.id);
    return g.id;
  }

  async function move(at: Date, kind: 'payment_in' | 'escrow_fund' | 'escrow_release' | 'hold_clear', key: string, reason: string, legs: Leg[]) {
    const clock = { now: () => at };
    await post(tx, { clock }, { kind, key: `demo-rates:${key}`, fingerprint: requestFingerprint('seed', 'demo.rates', { key }), actorId: null, reason, legs });
  }

  /** A gig order completed `daysAgo`, its money moved as the order use cases move it. */
  async function completed(kind: string, [seller, client, rupees]: Sale, daysAgo: number) {
    const sellerId = id(seller)!;
    const clientId = id(client)!;
    const gigId = await gigOf(seller, kind);
    const price = money(BigInt(rupees) * 100n, 'PKR');
    const fees = feesFor(price, policy);
    const accepted = new Date(now - daysAgo * DAY);
    const paidAt = new Date(accepted.getTime() - 5 * DAY);
    const deliveredAt = new Date(accepted.getTime() - DAY);
    const cleared = new Date(accepted.getTime() + deps.config.FUNDS_HOLD_DAYS * DAY);
    const order = await tx
      .insertInto('orders')
      .values({
        kind: 'gig',
        client_id: clientId,
        freelancer_id: sellerId,
        gig_id: gigId,
        package_position: 1,
        title: TITLES[kind]!.title,
        package_name: 'Standard',
        currency: 'PKR',
        price_minor: price.amount,
        client_fee_minor: fees.clientFee.amount,
        freelancer_fee_minor: fees.freelancerFee.amount,
        delivery_days: 5,
        revisions_included: 2,
        answers: JSON.stringify([]),
        state: 'completed',
        paid_at: paidAt,
        due_at: new Date(paidAt.getTime() + 5 * DAY),
        delivered_at: deliveredAt,
        completed_at: accepted,
        hold_until: cleared,
        cleared_at: cleared,
        created_at: new Date(paidAt.getTime() - HOUR),
        updated_at: cleared,
      })
      .returning(['id', 'number'])
      .executeTakeFirstOrThrow();
    const wallet: AccountRef = { kind: 'client_wallet', ownerId: clientId, currency: 'PKR' };
    const escrow: AccountRef = { kind: 'escrow', refId: order.id, currency: 'PKR' };
    const pending: AccountRef = { kind: 'freelancer_pending', ownerId: sellerId, currency: 'PKR' };
    const n = `HNR-${order.number}`;
    await move(paidAt, 'payment_in', `${order.id}:card`, `Order ${n}: paid by card (demo)`, [{ from: { kind: 'payment_clearing', currency: 'PKR' }, to: wallet, amount: fees.clientPays }]);
    await move(paidAt, 'escrow_fund', `${order.id}:pay`, `Order ${n}: paid into escrow (demo)`, [{ from: wallet, to: escrow, amount: fees.clientPays }]);
    const release: Leg[] = [{ from: escrow, to: pending, amount: fees.freelancerReceives }];
    if (fees.hunarKeeps.amount > 0n) release.push({ from: escrow, to: revenueAccount('PKR', order.id), amount: fees.hunarKeeps });
    await move(accepted, 'escrow_release', `${order.id}:accept`, `Order ${n}: accepted; escrow released with Hunar's fee (demo)`, release);
    await move(cleared, 'hold_clear', `${order.id}:hold-clear`, `Order ${n}: hold ended; earnings available (demo)`, [{ from: pending, to: { kind: 'freelancer_available', ownerId: sellerId, currency: 'PKR' }, amount: fees.freelancerReceives }]);
    await tx
      .insertInto('order_events')
      .values([
        { order_id: order.id, kind: 'placed', actor_id: clientId, message: null, created_at: new Date(paidAt.getTime() - HOUR) },
        { order_id: order.id, kind: 'paid', actor_id: clientId, message: null, created_at: paidAt },
        { order_id: order.id, kind: 'delivered', actor_id: sellerId, message: null, created_at: deliveredAt },
        { order_id: order.id, kind: 'accepted', actor_id: clientId, message: null, created_at: accepted },
        { order_id: order.id, kind: 'funds_cleared', actor_id: null, message: null, created_at: cleared },
      ])
      .execute();
    out.orders += 1;
  }

  // Saima was referred by Usman before her first order (her first logo, below, is her first completed order here).
  await tx.insertInto('referrals').values({ referrer_id: id('usman')!, referred_id: id('saima')!, source: 'link', created_at: new Date(now - 330 * DAY) }).execute();

  const spread = (list: Sale[], kind: string, offset: number) => list.map((s, i) => ({ kind, sale: s, daysAgo: 320 - offset - i * 23 }));
  for (const o of [...spread(LOGOS, 'logo', 0), ...spread(WORDPRESS_LAHORE, 'wordpress', 5), ...spread(WORDPRESS_ELSEWHERE, 'wordpress', 11), ...spread(ARTICLES, 'article', 8)]) await completed(o.kind, o.sale, o.daysAgo);

  // The operator funds the promotions pool, then the referral is decided as the sweep decides it.
  const funded = new Date(now - 340 * DAY);
  await post(tx, { clock: { now: () => funded } }, {
    kind: 'promotions_fund',
    key: 'demo-rates:promotions-fund',
    fingerprint: requestFingerprint(id('admin')!, 'referrals.fund_pool', { amount: '5000000' }),
    actorId: id('admin')!,
    reason: 'Promotions pool funded by the operator: demo launch budget',
    legs: [{ from: { kind: 'payment_clearing', currency: 'PKR' }, to: { kind: 'promotions', currency: 'PKR' }, amount: money(5_000_000n, 'PKR') }],
  });
  out.referralsPaid = (await settleReferralsIn(tx, deps)).rewarded;

  // The associations' recommended minimums (the associations' demo runs first): Multan Women
  // Designers for logos and social media posts, Lahore Developers for WordPress sites.
  const minimums = [
    { slug: 'multan-women-designers', skill: 'logo-design', order: 500_000n, hourly: 150_000n },
    { slug: 'multan-women-designers', skill: 'social-media-design', order: 300_000n, hourly: null },
    { slug: 'lahore-developers', skill: 'wordpress', order: 3_000_000n, hourly: 250_000n },
  ];
  out.minimums = 0;
  for (const m of minimums) {
    const a = await tx.selectFrom('associations').select(['id', 'created_by']).where('slug', '=', m.slug).executeTakeFirst();
    if (!a) continue;
    await tx
      .insertInto('association_min_rates')
      .values({ association_id: a.id, skill_slug: m.skill, order_minor: m.order, hourly_minor: m.hourly, set_by: a.created_by, updated_at: new Date(now - 20 * DAY) })
      .onConflict((oc) => oc.doNothing())
      .execute();
    out.minimums += 1;
  }
  return out;
}
