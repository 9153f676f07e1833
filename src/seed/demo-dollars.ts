// Demo money for the foreign-client journey (issue 16): display-only exchange rates for estimates in
// pounds, euros, dirhams and riyals (dated and labelled as demo values; an admin replaces them at
// /admin/fx), and Emma, a client in the UK, with dollars in her wallet from a card top-up and an
// unpaid rupee order for Urdu translation that she can pay with convert-and-pay.
import type { Tx } from '../db/pool.ts';
import { feesFor } from '../fees/domain.ts';
import { feePolicy } from '../fees/service.ts';
import { karachiDay } from '../fx/service.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { post } from '../ledger/service.ts';
import { makeReference } from '../payments/domain.ts';
import type { Deps } from '../platform/deps.ts';
import { money } from '../platform/money.ts';
import { demoEmail } from './demo-people.ts';

/** Rupees per unit, round figures near late-2025 market rates: demo values, not market data. */
export const DEMO_ESTIMATE_RATES = [
  { currency: 'GBP', rate: '375' },
  { currency: 'EUR', rate: '325' },
  { currency: 'AED', rate: '76.5' },
  { currency: 'SAR', rate: '75' },
] as const;

/** Emma's card top-up: $150.00. */
export const EMMA_TOP_UP_CENTS = 150_00n;

export async function loadDemoDollars(tx: Tx, deps: Deps): Promise<{ rates: number; orders: number }> {
  const now = deps.clock.now();
  await tx
    .insertInto('fx_rates')
    .values(DEMO_ESTIMATE_RATES.map((r) => ({ from_currency: r.currency, to_currency: 'PKR' as const, rate: r.rate, effective_on: karachiDay(now), source: 'demo' as const, set_by: null, created_at: now })))
    .execute();

  const emma = await tx.selectFrom('users').select('id').where('email', '=', demoEmail('emma')).executeTakeFirst();
  // Hamid translates into Urdu from Peshawar: Emma's leaflets.
  const gig = await tx
    .selectFrom('gigs as g')
    .innerJoin('users as u', 'u.id', 'g.seller_id')
    .innerJoin('gig_packages as p', (j) => j.onRef('p.gig_id', '=', 'g.id').on('p.position', '=', 2))
    .select(['g.id', 'g.title', 'g.seller_id', 'p.name', 'p.price_minor', 'p.delivery_days', 'p.revisions'])
    .where('u.email', '=', demoEmail('hamid'))
    // His first gig (demo-gigs.ts): Pashto, Urdu and English translation.
    .orderBy('g.created_at')
    .executeTakeFirst();
  if (!emma || !gig?.price_minor) return { rates: DEMO_ESTIMATE_RATES.length, orders: 0 };

  // Dollars in, as a completed card checkout brings them (pending, credited, then succeeded, as credit() does).
  const topUpAt = new Date(now.getTime() - 26 * 3_600_000);
  const topUp = await tx
    .insertInto('top_ups')
    .values({
      user_id: emma.id,
      method: 'simulator',
      reference: makeReference(Uint8Array.from([14, 15, 13, 13, 1, 16, 2])),
      amount_minor: EMMA_TOP_UP_CENTS,
      currency: 'USD',
      return_to: null,
      start_key: 'seed-emma-top-up',
      start_fingerprint: 'seed',
      expires_at: null,
      created_at: topUpAt,
      updated_at: topUpAt,
    })
    .returning(['id', 'reference'])
    .executeTakeFirstOrThrow();
  const credited = money(EMMA_TOP_UP_CENTS, 'USD');
  const transactionId = await post(tx, { clock: { now: () => topUpAt } }, {
    kind: 'payment_in',
    key: 'seed:emma:top-up',
    fingerprint: requestFingerprint('seed', 'payment_in.seed', { top_up: topUp.id }),
    actorId: null,
    reason: `demo card top-up ${topUp.reference}`,
    legs: [{ from: { kind: 'payment_clearing', currency: 'USD' }, to: { kind: 'client_wallet', ownerId: emma.id, currency: 'USD' }, amount: credited }],
    result: { top_up: topUp.id, reference: topUp.reference, credited: { amount: credited.amount.toString(), currency: 'USD' } },
  });
  await tx
    .updateTable('top_ups')
    .set({ status: 'succeeded', credited_minor: credited.amount, credited_currency: 'USD', ledger_transaction_id: transactionId, settled_at: topUpAt })
    .where('id', '=', topUp.id)
    .execute();

  // The order she placed and has not paid: in rupees, which her dollars cover.
  const price = money(BigInt(gig.price_minor), 'PKR');
  const fees = feesFor(price, feePolicy(deps));
  const placedAt = new Date(now.getTime() - 3 * 3_600_000);
  const order = await tx
    .insertInto('orders')
    .values({
      kind: 'gig',
      client_id: emma.id,
      freelancer_id: gig.seller_id,
      gig_id: gig.id,
      package_position: 2,
      title: gig.title,
      package_name: gig.name,
      currency: 'PKR',
      price_minor: price.amount,
      client_fee_minor: fees.clientFee.amount,
      freelancer_fee_minor: fees.freelancerFee.amount,
      delivery_days: gig.delivery_days,
      revisions_included: gig.revisions,
      answers: JSON.stringify([]),
      created_at: placedAt,
      updated_at: placedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx.insertInto('order_events').values({ order_id: order.id, kind: 'placed', actor_id: emma.id, message: null, created_at: placedAt }).execute();
  return { rates: DEMO_ESTIMATE_RATES.length, orders: 1 };
}
