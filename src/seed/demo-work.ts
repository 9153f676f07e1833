// Work in progress for the demo accounts, so each dashboard opens on something to do (issue 16):
// - Hamza (client) added Rs 25,000 by bank transfer; he ordered Ayesha's gig (paid: she has it to
//   deliver) and Bilal's (delivered: Hamza has it to review before it is accepted automatically);
// - Usman ordered Bilal's gig too (paid: Bilal has it to deliver), and cancelled another order of
//   Bilal's before paying (the demo's cancelled order);
// - Uzma sent a proposal on Hamza's open job (Hamza has a proposal to answer);
// - Hamza's contract with Bilal (demo-contract.ts) has a milestone to fund.
// Money moves through the ledger as the use cases move it (a top-up's payment_in, an order's
// escrow_fund), so the wallet, the escrow and `npm run ledger:check` agree. Deterministic.
import type { Insertable } from 'kysely';
import type { Tx } from '../db/pool.ts';
import { feesFor } from '../fees/domain.ts';
import { feePolicy } from '../fees/service.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { post } from '../ledger/service.ts';
import { autoAcceptAt } from '../orders/domain.ts';
import type { OrdersTable } from '../orders/tables.ts';
import type { Deps } from '../platform/deps.ts';
import { money } from '../platform/money.ts';
import { demoEmail } from './demo-people.ts';
import { demoBankTopUp } from './demo-top-up.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface DemoWork {
  orders: number;
  proposals: number;
}

export async function loadDemoWork(tx: Tx, deps: Deps): Promise<DemoWork> {
  const now = deps.clock.now().getTime();
  const at = (hoursAgo: number) => new Date(now - hoursAgo * HOUR);
  const users = new Map((await tx.selectFrom('users').select(['id', 'email']).where('email', 'in', ['hamza', 'usman', 'ayesha', 'bilal', 'uzma'].map(demoEmail)).execute()).map((u) => [u.email, u.id]));
  const hamza = users.get(demoEmail('hamza'));
  const usman = users.get(demoEmail('usman'));
  const ayesha = users.get(demoEmail('ayesha'));
  const bilal = users.get(demoEmail('bilal'));
  const uzma = users.get(demoEmail('uzma'));
  if (!hamza || !usman || !ayesha || !bilal || !uzma) return { orders: 0, proposals: 0 };
  const policy = feePolicy(deps);

  /** Money in, as a matched bank transfer brings it: a succeeded top-up and its payment_in. */
  const topUp = (userId: string, rupees: number, hoursAgo: number, seed: number) =>
    demoBankTopUp(tx, deps, { userId, amount: money(BigInt(rupees) * 100n, 'PKR'), at: at(hoursAgo), seed, referenceBytes: [17, 29, 41, 53, 67, 79] });

  /** An order of the seller's first gig's package, as placeGigOrder writes it, in the given state. */
  async function gigOrderRow(clientId: string, sellerId: string, position: number, then: (pkg: { delivery_days: number | null }) => Omit<Insertable<OrdersTable>, 'kind' | 'client_id' | 'freelancer_id' | 'title' | 'currency' | 'price_minor' | 'client_fee_minor' | 'freelancer_fee_minor'>) {
    const gig = await tx.selectFrom('gigs').select(['id', 'title']).where('seller_id', '=', sellerId).where('status', '=', 'published').orderBy('created_at').executeTakeFirstOrThrow();
    const pkg = await tx.selectFrom('gig_packages').selectAll().where('gig_id', '=', gig.id).where('position', '=', position).executeTakeFirstOrThrow();
    const price = money(BigInt(pkg.price_minor!), pkg.currency);
    const fees = feesFor(price, policy);
    const order = await tx
      .insertInto('orders')
      .values({
        kind: 'gig',
        client_id: clientId,
        freelancer_id: sellerId,
        gig_id: gig.id,
        package_position: position,
        title: gig.title,
        package_name: pkg.name,
        currency: price.currency,
        price_minor: price.amount,
        client_fee_minor: fees.clientFee.amount,
        freelancer_fee_minor: fees.freelancerFee.amount,
        delivery_days: pkg.delivery_days,
        revisions_included: pkg.revisions,
        answers: JSON.stringify([]),
        ...then(pkg),
      })
      .returning(['id', 'number'])
      .executeTakeFirstOrThrow();
    return { order, price, fees };
  }

  /** A gig order placed and paid into escrow `hoursAgo`, as placeGigOrder and payOrder leave it; delivered if asked. */
  async function gigOrder(clientId: string, sellerId: string, position: number, hoursAgo: number, delivered?: { hoursAgo: number; message: string }) {
    const paidAt = at(hoursAgo - 1);
    const { order, price, fees } = await gigOrderRow(clientId, sellerId, position, (pkg) => ({
        state: delivered ? 'delivered' : 'in_progress',
        paid_at: paidAt,
        due_at: new Date(paidAt.getTime() + (pkg.delivery_days ?? 3) * DAY),
        ...(delivered ? { delivered_at: at(delivered.hoursAgo), auto_accept_at: autoAcceptAt(at(delivered.hoursAgo), deps.config.ORDER_AUTO_ACCEPT_DAYS) } : {}),
        created_at: at(hoursAgo),
        updated_at: at(delivered?.hoursAgo ?? hoursAgo - 1),
    }));
    await post(tx, deps, {
      kind: 'escrow_fund',
      key: `demo-order-${order.id}`,
      fingerprint: requestFingerprint(clientId, 'order.pay', { order: order.id }),
      actorId: clientId,
      reason: `Order HNR-${order.number}: paid into escrow`,
      legs: [{ from: { kind: 'client_wallet', ownerId: clientId, currency: price.currency }, to: { kind: 'escrow', refId: order.id, currency: price.currency }, amount: fees.clientPays }],
    });
    const events = [
      { kind: 'placed', actor_id: clientId, message: null, created_at: at(hoursAgo) },
      { kind: 'paid', actor_id: clientId, message: null, created_at: paidAt },
      ...(delivered ? [{ kind: 'delivered', actor_id: sellerId, message: delivered.message, created_at: at(delivered.hoursAgo) }] : []),
    ];
    await tx
      .insertInto('order_events')
      .values(events.map((e) => ({ order_id: order.id, ...e })))
      .execute();
  }

  await topUp(hamza, 25_000, 80, 1);
  await topUp(usman, 15_000, 60, 2);
  // Ayesha has Hamza's Instagram posts to deliver; Bilal has Usman's dashboard fixes to deliver.
  await gigOrder(hamza, ayesha, 2, 30);
  await gigOrder(usman, bilal, 2, 20);
  // Bilal delivered Hamza's order yesterday: Hamza has it to review.
  await gigOrder(hamza, bilal, 1, 70, { hoursAgo: 20, message: 'The landing page is live on the staging link in the notes. Please check it on your phone too, and tell me if you want any changes.' });

  // Usman ordered Bilal's smallest package by mistake and cancelled it before paying (nothing moved):
  // the demo's one cancelled order, so every state an order can be in is there to see.
  {
    const { order } = await gigOrderRow(usman, bilal, 1, () => ({ state: 'cancelled', cancelled_at: at(44), created_at: at(45), updated_at: at(44) }));
    await tx
      .insertInto('order_events')
      .values([
        { order_id: order.id, kind: 'placed', actor_id: usman, message: null, created_at: at(45) },
        { order_id: order.id, kind: 'cancelled', actor_id: usman, message: 'Ordered the basic package by mistake; I need the standard one with the dashboard fixes.', created_at: at(44) },
      ])
      .execute();
  }

  // Uzma's proposal on Hamza's open job, waiting for his answer (Ayesha's is shortlisted: demo-contract.ts).
  const openJob = await tx.selectFrom('jobs').select(['id', 'currency']).where('client_id', '=', hamza).where('status', '=', 'open').orderBy('created_at').executeTakeFirstOrThrow();
  await tx
    .insertInto('proposals')
    .values({
      job_id: openJob.id,
      freelancer_id: uzma,
      cover_letter: 'السلام علیکم! میں کوئٹہ سے سوشل میڈیا ڈیزائنر ہوں اور کپڑوں کے برانڈز کے لیے انسٹاگرام پوسٹس اور پروڈکٹ فوٹو ایڈیٹنگ کرتی ہوں۔ ہر ہفتے 12 پوسٹس، اردو اور انگریزی دونوں میں، آپ کے برانڈ کے رنگوں کے ساتھ۔',
      price_minor: '3000000',
      rate_minor: null,
      currency: openJob.currency,
      delivery_days: 14,
      milestones: JSON.stringify([]),
      status: 'submitted',
      created_at: at(6),
      updated_at: at(6),
    })
    .execute();

  return { orders: 3, proposals: 1 };
}
