// A demo contract with money in it, so the contract page shows its total, what is funded, released
// and still to fund: Hamza (client, Karachi) hired Bilal (web developer, Lahore) from a proposal of
// Rs 60,000 in three milestones that add up to it. He topped up his Hunar balance, the first
// milestone was delivered and accepted (released; Bilal's earnings on hold), the second is funded
// and in progress, the third waits to be funded. Ayesha has also sent Hamza a shortlisted proposal on
// his open job, so "Hire" can be tried. Every amount moves through the ledger as the order use cases
// move it (src/orders/use-cases: pay-order.ts payOrder, order-row.ts complete), inside the seed's
// one transaction.
import type { Tx } from '../db/pool.ts';
import { feesFor } from '../fees/domain.ts';
import { feePolicy } from '../fees/service.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { type Leg, post, revenueAccount } from '../ledger/service.ts';
import { contractFromHire } from '../orders/contracts.ts';
import type { Deps } from '../platform/deps.ts';
import { type Money, money } from '../platform/money.ts';
import { makeReference } from '../payments/domain.ts';
import { demoEmail } from './demo-people.ts';

const DAY = 86_400_000;
const rupees = (n: number) => money(BigInt(n) * 100n, 'PKR');

const STORE = {
  title: 'Shopify store in English and Urdu for our clothing brand',
  description:
    'We run a clothing brand in Karachi and sell through Instagram. We need a Shopify store with our own theme, about 60 products, cash on delivery and card payments, and every page in English and Urdu.',
  cover:
    'Assalam-o-alaikum Hamza. I have built six Shopify stores for Pakistani brands, two of them in English and Urdu. I will design the theme first, then add your products and payments, then launch it with you and show your team how to add new stock.',
  milestones: [
    { title: 'Store design and theme', amount: 15_000 },
    { title: 'Products, payments and Urdu pages', amount: 30_000 },
    { title: 'Launch and training', amount: 15_000 },
  ],
  deliveryDays: 10,
};

const AYESHA = {
  cover: 'السلام علیکم۔ میں ملتان سے گرافک ڈیزائنر ہوں اور کپڑوں کے برانڈز کے لیے انسٹاگرام پوسٹس بناتی ہوں۔ پہلے آپ کی پروڈکٹ تصاویر ایڈٹ کروں گی، پھر ایک مہینے کی پوسٹس۔',
  milestones: [
    { title: 'پروڈکٹ تصاویر کی ایڈیٹنگ (30 تصاویر)', amount: 9_000 },
    { title: 'انسٹاگرام پوسٹس (12 پوسٹس)', amount: 15_000 },
  ],
  deliveryDays: 7,
};

const total = (ms: readonly { amount: number }[]) => ms.reduce((a, m) => a + m.amount, 0);

export async function loadDemoContract(tx: Tx, deps: Deps): Promise<{ contracts: number }> {
  const ids = new Map((await tx.selectFrom('users').select(['id', 'email']).where('email', 'in', [demoEmail('hamza'), demoEmail('bilal'), demoEmail('ayesha')]).execute()).map((u) => [u.email, u.id]));
  const hamza = ids.get(demoEmail('hamza'));
  const bilal = ids.get(demoEmail('bilal'));
  const ayesha = ids.get(demoEmail('ayesha'));
  if (!hamza || !bilal || !ayesha) return { contracts: 0 };
  const now = deps.clock.now().getTime();
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY);
  const on = (daysAgo: number): Deps => ({ ...deps, clock: { now: () => at(daysAgo) } });

  // Ayesha's proposal on Hamza's open job (loadMarketplace), shortlisted: Hamza can try "Hire".
  const open = await tx.selectFrom('jobs').select(['id', 'currency']).where('client_id', '=', hamza).where('status', '=', 'open').orderBy('created_at').executeTakeFirst();
  if (open?.currency === 'PKR') {
    await tx
      .insertInto('proposals')
      .values({
        job_id: open.id,
        freelancer_id: ayesha,
        cover_letter: AYESHA.cover,
        price_minor: rupees(total(AYESHA.milestones)).amount,
        currency: 'PKR',
        delivery_days: AYESHA.deliveryDays,
        milestones: JSON.stringify(AYESHA.milestones.map((m) => ({ title: m.title, amount_minor: rupees(m.amount).amount.toString() }))),
        status: 'shortlisted',
        created_at: at(1),
        updated_at: at(1),
      })
      .execute();
  }

  // The job Hamza hired Bilal on, closed by the hire twelve days ago.
  const job = await tx
    .insertInto('jobs')
    .values({
      client_id: hamza,
      title: STORE.title,
      description: STORE.description,
      category_slug: 'web-mobile',
      skills: [],
      kind: 'fixed',
      budget_minor: rupees(65_000).amount,
      currency: 'PKR',
      duration: '1_4_weeks',
      experience: 'intermediate',
      visibility: 'public',
      status: 'closed',
      closed_at: at(12),
      created_at: at(15),
      updated_at: at(12),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const proposal = await tx
    .insertInto('proposals')
    .values({
      job_id: job.id,
      freelancer_id: bilal,
      cover_letter: STORE.cover,
      price_minor: rupees(total(STORE.milestones)).amount,
      currency: 'PKR',
      delivery_days: STORE.deliveryDays,
      milestones: JSON.stringify(STORE.milestones.map((m) => ({ title: m.title, amount_minor: rupees(m.amount).amount.toString() }))),
      status: 'hired',
      created_at: at(14),
      updated_at: at(12),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const contractId = await contractFromHire(tx, on(12), proposal.id);
  const orders = await tx.selectFrom('orders').select(['id', 'number', 'price_minor']).where('contract_id', '=', contractId).orderBy('position').execute();
  const policy = feePolicy(deps);
  const fees = orders.map((o) => feesFor(money(BigInt(o.price_minor), 'PKR'), policy));

  // Hamza's top-up, enough for the first two milestones.
  const needed = fees[0]!.clientPays.amount + fees[1]!.clientPays.amount;
  // A round Rs 50,000 (more if an operator's client fee makes the two milestones cost more).
  let topUp: Money = rupees(50_000);
  if (needed > topUp.amount) topUp = money(needed, 'PKR');
  const ledgerId = await post(tx, on(11), {
    kind: 'payment_in',
    key: 'seed:demo:hamza:top-up',
    fingerprint: requestFingerprint(hamza, 'seed.top_up', {}),
    actorId: null,
    reason: 'Demo data: Hamza’s top-up',
    legs: [{ from: { kind: 'payment_clearing', currency: 'PKR' }, to: { kind: 'client_wallet', ownerId: hamza, currency: 'PKR' }, amount: topUp }],
  });
  await tx
    .insertInto('top_ups')
    .values({
      user_id: hamza,
      method: 'simulator',
      reference: makeReference(new Uint8Array([7, 11, 19, 23, 29, 31, 37])),
      amount_minor: topUp.amount,
      currency: 'PKR',
      status: 'succeeded',
      credited_minor: topUp.amount,
      credited_currency: 'PKR',
      ledger_transaction_id: ledgerId,
      start_key: 'seed-demo-hamza-top-up',
      start_fingerprint: requestFingerprint(hamza, 'payments.top_up', {}),
      settled_at: at(11),
      created_at: at(11),
      updated_at: at(11),
    })
    .execute();

  const event = (orderId: string, kind: string, actorId: string | null, daysAgo: number, message: string | null = null) =>
    tx.insertInto('order_events').values({ order_id: orderId, kind, actor_id: actorId, message, created_at: at(daysAgo) }).execute();
  const pay = async (i: number, daysAgo: number) => {
    const o = orders[i]!;
    await post(tx, on(daysAgo), {
      kind: 'escrow_fund',
      key: `seed:demo:order:${o.id}:pay`,
      fingerprint: requestFingerprint(hamza, 'order.pay', { order: o.id }),
      actorId: hamza,
      reason: `Order HNR-${o.number}: paid into escrow`,
      legs: [{ from: { kind: 'client_wallet', ownerId: hamza, currency: 'PKR' }, to: { kind: 'escrow', refId: o.id, currency: 'PKR' }, amount: fees[i]!.clientPays }],
    });
    await tx
      .updateTable('orders')
      .set({ state: 'in_progress', paid_at: at(daysAgo), due_at: new Date(at(daysAgo).getTime() + STORE.deliveryDays * DAY), updated_at: at(daysAgo) })
      .where('id', '=', o.id)
      .execute();
    await event(o.id, 'paid', hamza, daysAgo);
  };

  // The first milestone: funded, delivered, accepted; released to Bilal (on hold for a few more days).
  await pay(0, 11);
  const first = orders[0]!;
  await event(first.id, 'delivered', bilal, 6, 'The theme is ready in English and Urdu: home, collection and product pages. The preview link and the theme files are in the store admin.');
  const accepted = at(5);
  const escrow = { kind: 'escrow' as const, refId: first.id, currency: 'PKR' as const };
  const legs: Leg[] = [{ from: escrow, to: { kind: 'freelancer_pending', ownerId: bilal, currency: 'PKR' }, amount: fees[0]!.freelancerReceives }];
  if (fees[0]!.hunarKeeps.amount > 0n) legs.push({ from: escrow, to: revenueAccount('PKR', first.id), amount: fees[0]!.hunarKeeps });
  await post(tx, on(5), {
    kind: 'escrow_release',
    key: `seed:demo:order:${first.id}:accept`,
    fingerprint: requestFingerprint(hamza, 'order.accept', { order: first.id }),
    actorId: hamza,
    reason: `Order HNR-${first.number}: accepted; escrow released with Hunar's fee`,
    legs,
  });
  // Delivered six days ago, accepted five days ago: Bilal's earnings wait out the hold.
  await tx
    .updateTable('orders')
    .set({ state: 'completed', delivered_at: at(6), completed_at: accepted, hold_until: new Date(accepted.getTime() + deps.config.FUNDS_HOLD_DAYS * DAY), updated_at: accepted })
    .where('id', '=', first.id)
    .execute();
  await event(first.id, 'accepted', hamza, 5);

  // The second milestone: funded two days ago, in progress.
  await pay(1, 2);
  return { contracts: 1 };
}
