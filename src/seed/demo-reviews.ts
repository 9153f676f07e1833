// Demo reviews and seller levels (issue 18), so profiles, gig pages and search show ratings, badges
// and replies in Urdu and English:
// - Hamza's two orders from Ayesha (demo-payouts.ts): the older one reviewed by both (shown, with
//   Ayesha's reply); the newer one reviewed by Hamza only, 2 days after completion: a pending review
//   that Ayesha sees ("Hamza has reviewed you: write yours to see it") and Hamza waits on;
// - a dozen past gig orders (completed 18 to 50 days ago, so their windows have closed) from clients
//   who are not demo logins, with reviews from one or both sides and a few replies: Ayesha, Bilal and
//   Sobia reach level one; Fatima, Hamid and Ali have ratings but stay new sellers;
// - then the figures are counted and the levels computed, as the daily job does.
// Money moves through the ledger as the use cases move it (top-up, escrow, release, hold cleared),
// so `npm run ledger:check` stays clean. Deterministic.
import type { Tx } from '../db/pool.ts';
import { feesFor } from '../fees/domain.ts';
import { feePolicy } from '../fees/service.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { type AccountRef, type Leg, post, revenueAccount } from '../ledger/service.ts';
import type { Deps } from '../platform/deps.ts';
import { money } from '../platform/money.ts';
import { windowEndsAt } from '../reviews/domain.ts';
import { computeSellerLevels, countShownReviewsIn } from '../reviews/standing.ts';
import { demoEmail } from './demo-people.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface ClientReview {
  stars: [overall: number, communication: number, quality: number, onTime: number];
  text: string;
  /** Days after completion. */
  after: number;
}
interface FreelancerReview {
  stars: number;
  text: string;
  after: number;
}
interface PastOrder {
  client: string;
  freelancer: string;
  /** Days ago the client accepted it. */
  accepted: number;
  byClient?: ClientReview;
  byFreelancer?: FreelancerReview;
  reply?: { text: string; after: number };
}

const PAST: PastOrder[] = [
  {
    client: 'nida',
    freelancer: 'ayesha',
    accepted: 40,
    byClient: { stars: [5, 5, 5, 4], text: 'ہمارے ریستوران کا نیا مینیو عائشہ نے بہت خوبصورت بنایا۔ اردو اور انگریزی دونوں کی ترتیب صاف ستھری ہے، اور پرنٹ والے نے بھی فائلوں کی تعریف کی۔', after: 1 },
    byFreelancer: { stars: 5, text: 'ندا باجی بہت اچھی کلائنٹ ہیں: فیصلے جلدی کرتی ہیں اور ادائیگی وقت پر۔', after: 2 },
    reply: { text: 'آپ کی حوصلہ افزائی کا بہت شکریہ! ریستوران کے لیے نیک خواہشات۔', after: 3 },
  },
  {
    client: 'saima',
    freelancer: 'ayesha',
    accepted: 26,
    byClient: { stars: [4, 4, 5, 4], text: 'کیٹلاگ کے کور اور لوگو کا کام اچھا تھا۔ ایک دو تبدیلیوں میں ایک دن زیادہ لگا، لیکن نتیجہ ہماری توقع کے مطابق رہا۔', after: 3 },
  },
  {
    client: 'margalla',
    freelancer: 'bilal',
    accepted: 45,
    byClient: {
      stars: [5, 5, 5, 5],
      text: 'Bilal built the first version of our school-management dashboard in React and Node.js. Clean code, clear weekly updates, and he documented the API so our own developer could carry on.',
      after: 2,
    },
    byFreelancer: { stars: 5, text: 'A well-organised team with a clear spec and quick feedback. A pleasure to work with.', after: 1 },
    reply: { text: 'Thank you! Looking forward to building the parents’ app with you.', after: 4 },
  },
  {
    client: 'james',
    freelancer: 'bilal',
    accepted: 33,
    byClient: { stars: [5, 4, 5, 5], text: 'Set up my Shopify store and fixed the checkout in two days. Explained everything on a short video call. Would hire again.', after: 1 },
  },
  {
    client: 'abdullah',
    freelancer: 'bilal',
    accepted: 21,
    byClient: { stars: [4, 4, 4, 4], text: 'Solid WordPress work. A hosting problem on our side slowed things down, but Bilal kept us informed every day.', after: 2 },
    byFreelancer: { stars: 4, text: 'Clear requirements; the hosting access took a while to arrive.', after: 2 },
  },
  {
    client: 'ahmed',
    freelancer: 'sobia',
    accepted: 50,
    byClient: {
      stars: [5, 5, 5, 5],
      text: 'Sobia transcribed four hours of family interviews in Urdu and English, with timestamps. Accurate, and she marked the few words she could not make out.',
      after: 1,
    },
    byFreelancer: { stars: 5, text: 'Clear recordings and kind instructions. Thank you!', after: 1 },
    reply: { text: 'Thank you, Ahmed sahib. Those interviews were a joy to work on.', after: 2 },
  },
  {
    client: 'lena',
    freelancer: 'sobia',
    accepted: 30,
    byClient: { stars: [5, 5, 4, 5], text: 'Fast and careful transcripts of our customer calls.', after: 4 },
  },
  {
    client: 'khalid',
    freelancer: 'sobia',
    accepted: 18,
    byClient: { stars: [4, 4, 4, 5], text: 'Good transcripts of our support calls in Urdu and English. A few names were misspelt but she corrected them quickly.', after: 2 },
    byFreelancer: { stars: 4, text: 'Good to work with; the audio quality varied from call to call.', after: 3 },
  },
  {
    client: 'james',
    freelancer: 'fatima',
    accepted: 35,
    byClient: { stars: [5, 5, 5, 5], text: 'Fatima wrote six SEO blog posts for my candle shop. Well researched, natural English, and delivered early.', after: 2 },
  },
  {
    client: 'saima',
    freelancer: 'fatima',
    accepted: 24,
    byClient: { stars: [5, 4, 5, 5], text: 'ہماری ٹیکسٹائل ویب سائٹ کی انگریزی کاپی فاطمہ نے بہت محنت سے لکھی۔ بات چیت اردو میں آسان رہی۔', after: 1 },
    byFreelancer: { stars: 5, text: 'صائمہ صاحبہ نے کمپنی کی پوری معلومات پہلے ہی دے دیں، اس سے کام بہت آسان ہو گیا۔', after: 2 },
    reply: { text: 'شکریہ! آپ کی ویب سائٹ کے لیے مزید لکھنے کا انتظار رہے گا۔', after: 3 },
  },
  {
    client: 'khalid',
    freelancer: 'hamid',
    accepted: 28,
    byClient: { stars: [5, 5, 5, 5], text: 'Hamid translated our delivery instructions into Pashto and Urdu. Our drivers understood them at once.', after: 1 },
    byFreelancer: { stars: 5, text: 'واضح ہدایات اور وقت پر ادائیگی۔ آپ کا شکریہ!', after: 1 },
  },
  {
    client: 'lena',
    freelancer: 'ali',
    accepted: 22,
    byClient: { stars: [3, 4, 3, 4], text: 'The Excel clean-up was done, but a few hundred rows still had duplicate SKUs that we had to fix ourselves.', after: 2 },
    reply: {
      text: 'Thank you for the honest feedback, Lena. I have added a duplicate check to my process since, and offered to fix the remaining rows free of charge.',
      after: 15,
    },
  },
];

/** The existing orders' reviews (demo-payouts.ts): Hamza's older and newer order from Ayesha. */
const HAMZA_OLDER: { byClient: ClientReview; byFreelancer: FreelancerReview; reply: { text: string; after: number } } = {
  byClient: {
    stars: [5, 5, 5, 5],
    text: 'Ayesha designed our clothing brand’s logo and three Instagram templates. She understood the brief in one call, sent two concepts a day early, and the revisions were quick. Highly recommended.',
    after: 1,
  },
  byFreelancer: { stars: 5, text: 'حمزہ صاحب نے شروع میں ہی واضح بریف اور برانڈ کے رنگ بھیج دیے، اور ہر سوال کا جلدی جواب دیا۔ ان کے ساتھ دوبارہ کام کرنا چاہوں گی۔', after: 2 },
  reply: { text: 'بہت شکریہ حمزہ صاحب! آپ کے برانڈ کے لیے کام کر کے خوشی ہوئی۔ / Thank you, Hamza — it was a pleasure working on your brand.', after: 3 },
};
const HAMZA_NEWER: ClientReview = { stars: [4, 5, 4, 5], text: 'Good work again on our Eid campaign posts. One colour needed a second round, but Ayesha fixed it the same evening.', after: 1 };

export async function loadDemoReviews(tx: Tx, deps: Deps): Promise<{ orders: number; reviews: number; levels: number }> {
  const now = deps.clock.now();
  const keys = [...new Set([...PAST.flatMap((o) => [o.client, o.freelancer]), 'hamza'])];
  const ids = new Map((await tx.selectFrom('users').select(['id', 'email']).where('email', 'in', keys.map(demoEmail)).execute()).map((u) => [u.email, u.id]));
  const id = (key: string) => ids.get(demoEmail(key));
  const policy = feePolicy(deps);
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const at = (when: Date) => ({ clock: { now: () => when } });
  let reviews = 0;

  async function review(orderId: string, gigId: string | null, authorId: string, revieweeId: string, completedAt: Date, by: { client?: ClientReview | undefined; freelancer?: FreelancerReview | undefined }, reply?: { text: string; after: number }) {
    const written = (after: number) => new Date(completedAt.getTime() + after * DAY);
    const both = by.client && by.freelancer ? new Date(Math.max(written(by.client.after).getTime(), written(by.freelancer.after).getTime())) : null;
    const common = { order_id: orderId, gig_id: gigId, window_ends_at: windowEndsAt(completedAt), revealed_at: both && both <= now ? both : null };
    if (by.client) {
      const [rating, communication, quality, onTime] = by.client.stars;
      const replied = reply ? written(reply.after) : null;
      await tx
        .insertInto('reviews')
        .values({ ...common, author_id: authorId, reviewee_id: revieweeId, author_side: 'client', rating, communication, quality, on_time: onTime, body: by.client.text, reply: reply?.text ?? null, replied_at: replied, created_at: written(by.client.after) })
        .execute();
      reviews++;
    }
    if (by.freelancer) {
      await tx
        .insertInto('reviews')
        .values({ ...common, author_id: revieweeId, reviewee_id: authorId, author_side: 'freelancer', rating: by.freelancer.stars, body: by.freelancer.text, created_at: written(by.freelancer.after) })
        .execute();
      reviews++;
    }
  }

  // Hamza's two orders from Ayesha, oldest first.
  const hamza = id('hamza');
  const ayesha = id('ayesha');
  if (hamza && ayesha) {
    const theirs = await tx.selectFrom('orders').select(['id', 'gig_id', 'completed_at']).where('client_id', '=', hamza).where('freelancer_id', '=', ayesha).where('state', '=', 'completed').orderBy('completed_at').execute();
    const [older, newer] = theirs;
    if (older?.completed_at) await review(older.id, older.gig_id, hamza, ayesha, older.completed_at, { client: HAMZA_OLDER.byClient, freelancer: HAMZA_OLDER.byFreelancer }, HAMZA_OLDER.reply);
    if (newer?.completed_at) await review(newer.id, newer.gig_id, hamza, ayesha, newer.completed_at, { client: HAMZA_NEWER });
  }

  let orders = 0;
  for (const o of PAST) {
    const clientId = id(o.client);
    const sellerId = id(o.freelancer);
    if (!clientId || !sellerId) continue;
    const gig = await tx.selectFrom('gigs').select(['id', 'title']).where('seller_id', '=', sellerId).where('status', '=', 'published').orderBy('created_at').executeTakeFirst();
    const pkg = gig ? await tx.selectFrom('gig_packages').selectAll().where('gig_id', '=', gig.id).where('price_minor', 'is not', null).orderBy('position').executeTakeFirst() : undefined;
    if (!gig || !pkg?.price_minor) continue;
    const cur = pkg.currency;
    const fees = feesFor(money(BigInt(pkg.price_minor), cur), policy);
    const days = pkg.delivery_days ?? 3;
    const acceptedAt = ago(o.accepted);
    const deliveredAt = new Date(acceptedAt.getTime() - DAY);
    // Delivered on time: after 60% of the package's days.
    const paidAt = new Date(deliveredAt.getTime() - Math.round(days * 0.6 * DAY));
    const placedAt = new Date(paidAt.getTime() - HOUR);
    const holdUntil = new Date(acceptedAt.getTime() + deps.config.FUNDS_HOLD_DAYS * DAY);
    const cleared = holdUntil <= now ? holdUntil : null;
    const order = await tx
      .insertInto('orders')
      .values({
        kind: 'gig',
        client_id: clientId,
        freelancer_id: sellerId,
        gig_id: gig.id,
        package_position: pkg.position,
        title: gig.title,
        package_name: pkg.name,
        currency: cur,
        price_minor: fees.price.amount,
        client_fee_minor: fees.clientFee.amount,
        freelancer_fee_minor: fees.freelancerFee.amount,
        delivery_days: pkg.delivery_days,
        revisions_included: pkg.revisions,
        answers: JSON.stringify([]),
        state: 'completed',
        paid_at: paidAt,
        due_at: new Date(paidAt.getTime() + days * DAY),
        delivered_at: deliveredAt,
        completed_at: acceptedAt,
        hold_until: holdUntil,
        cleared_at: cleared,
        created_at: placedAt,
        updated_at: cleared ?? acceptedAt,
      })
      .returning(['id', 'number'])
      .executeTakeFirstOrThrow();
    const events: [string, string | null, Date][] = [
      ['placed', clientId, placedAt],
      ['paid', clientId, paidAt],
      ['delivered', sellerId, deliveredAt],
      ['accepted', clientId, acceptedAt],
      ...(cleared ? ([['funds_cleared', null, cleared]] as [string, string | null, Date][]) : []),
    ];
    await tx
      .insertInto('order_events')
      .values(events.map(([kind, actor, when]) => ({ order_id: order.id, kind, actor_id: actor, message: null, created_at: when })))
      .execute();
    // The money, as a matched bank transfer, payOrder, acceptOrder and the sweep move it.
    const wallet: AccountRef = { kind: 'client_wallet', ownerId: clientId, currency: cur };
    const escrow: AccountRef = { kind: 'escrow', refId: order.id, currency: cur };
    const pending: AccountRef = { kind: 'freelancer_pending', ownerId: sellerId, currency: cur };
    const n = `HNR-${order.number}`;
    const move = (when: Date, kind: Parameters<typeof post>[2]['kind'], key: string, reason: string, legs: Leg[]) =>
      post(tx, at(when), { kind, key: `demo:review-order-${order.id}-${key}`, fingerprint: requestFingerprint('demo', kind, { order: order.id, key }), actorId: null, reason, legs });
    await move(placedAt, 'payment_in', 'top-up', `top-up by bank transfer for ${n} (demo)`, [{ from: { kind: 'payment_clearing', currency: cur }, to: wallet, amount: fees.clientPays }]);
    await move(paidAt, 'escrow_fund', 'pay', `Order ${n}: paid into escrow (demo)`, [{ from: wallet, to: escrow, amount: fees.clientPays }]);
    const release: Leg[] = [{ from: escrow, to: pending, amount: fees.freelancerReceives }];
    if (fees.hunarKeeps.amount > 0n) release.push({ from: escrow, to: revenueAccount(cur, order.id), amount: fees.hunarKeeps });
    await move(acceptedAt, 'escrow_release', 'accept', `Order ${n}: accepted; escrow released with Hunar's fee (demo)`, release);
    if (cleared)
      await move(cleared, 'hold_clear', 'hold-clear', `Order ${n}: hold ended; earnings available (demo)`, [
        { from: pending, to: { kind: 'freelancer_available', ownerId: sellerId, currency: cur }, amount: fees.freelancerReceives },
      ]);
    orders++;
    await review(order.id, gig.id, clientId, sellerId, acceptedAt, { client: o.byClient, freelancer: o.byFreelancer }, o.reply);
  }

  // What the jobs do: the shown reviews counted into the figures, then every freelancer's level.
  while ((await countShownReviewsIn(tx, now)) > 0);
  const levels = await computeSellerLevels(deps, { db: tx });
  return { orders, reviews, levels: levels.changed };
}
