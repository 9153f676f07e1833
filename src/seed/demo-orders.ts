// A demo order so a client's documents have something to show: Emma (in London, with her company's
// billing details) has ordered Sobia's transcription gig and not paid yet, so /orders/<id>/receipt
// is her invoice, with her company, address and VAT number and dates in UK time. Placed as the
// orders service places one (fees from the fee policy, a "placed" event); deterministic.
import type { Tx } from '../db/pool.ts';
import { feesFor } from '../fees/domain.ts';
import { feePolicy } from '../fees/service.ts';
import type { Deps } from '../platform/deps.ts';
import { money } from '../platform/money.ts';
import { demoEmail } from './demo-people.ts';

const HOUR = 3_600_000;

export async function loadDemoOrders(tx: Tx, deps: Pick<Deps, 'config' | 'clock'>): Promise<{ orders: number }> {
  const client = await tx.selectFrom('users').select('id').where('email', '=', demoEmail('emma')).executeTakeFirst();
  const gig = await tx
    .selectFrom('gigs')
    .innerJoin('users', 'users.id', 'gigs.seller_id')
    .innerJoin('gig_packages', (j) => j.onRef('gig_packages.gig_id', '=', 'gigs.id').on('gig_packages.position', '=', 2))
    .select(['gigs.id', 'gigs.seller_id', 'gigs.title', 'gig_packages.name', 'gig_packages.price_minor', 'gig_packages.currency', 'gig_packages.delivery_days', 'gig_packages.revisions'])
    .where('users.email', '=', demoEmail('sobia'))
    // Her first gig (demo-gigs.ts): transcription.
    .orderBy('gigs.created_at')
    .executeTakeFirst();
  if (!client || !gig?.price_minor || !gig.delivery_days) return { orders: 0 };
  const price = money(BigInt(gig.price_minor), gig.currency);
  const fees = feesFor(price, feePolicy(deps));
  const placed = new Date(deps.clock.now().getTime() - 5 * HOUR);
  const order = await tx
    .insertInto('orders')
    .values({
      kind: 'gig',
      client_id: client.id,
      freelancer_id: gig.seller_id,
      gig_id: gig.id,
      package_position: 2,
      title: gig.title,
      package_name: gig.name,
      currency: price.currency,
      price_minor: price.amount,
      client_fee_minor: fees.clientFee.amount,
      freelancer_fee_minor: fees.freelancerFee.amount,
      delivery_days: gig.delivery_days,
      revisions_included: gig.revisions,
      answers: JSON.stringify([]),
      created_at: placed,
      updated_at: placed,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx.insertInto('order_events').values({ order_id: order.id, kind: 'placed', actor_id: client.id, message: null, created_at: placed }).execute();
  return { orders: 1 };
}
