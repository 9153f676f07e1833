// Money in for a demo client, as a bank transfer matched by an admin brings it: a succeeded top-up
// and its payment_in through the ledger. Shared by the demo files that give a client rupees to
// order with (demo-work.ts, demo-disputes.ts).
import type { Tx } from '../db/pool.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { post } from '../ledger/service.ts';
import { makeReference } from '../payments/domain.ts';
import type { Deps } from '../platform/deps.ts';
import type { Money } from '../platform/money.ts';

/**
 * `seed` makes the idempotency key (`demo-top-up-<seed>`, so it must be unique across the demo
 * data) and, with the six `referenceBytes`, the transfer's reference; it lands an hour after `at`.
 */
export async function demoBankTopUp(tx: Tx, deps: Pick<Deps, 'clock'>, p: { userId: string; amount: Money; at: Date; seed: number; referenceBytes: readonly number[] }): Promise<void> {
  const reference = makeReference(Uint8Array.from([p.seed, ...p.referenceBytes]));
  const key = `demo-top-up-${p.seed}`;
  const settledAt = new Date(p.at.getTime() + 3_600_000);
  const row = await tx
    .insertInto('top_ups')
    .values({ user_id: p.userId, method: 'bank_transfer', reference, amount_minor: p.amount.amount, currency: 'PKR', status: 'pending', start_key: key, start_fingerprint: key, created_at: p.at, updated_at: p.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  const transactionId = await post(tx, deps, {
    kind: 'payment_in',
    key,
    fingerprint: requestFingerprint(p.userId, 'demo.top_up', { seed: p.seed }),
    actorId: null,
    reason: `Bank transfer ${reference}`,
    legs: [{ from: { kind: 'payment_clearing', currency: 'PKR' }, to: { kind: 'client_wallet', ownerId: p.userId, currency: 'PKR' }, amount: p.amount }],
  });
  await tx
    .updateTable('top_ups')
    .set({ status: 'succeeded', credited_minor: p.amount.amount, credited_currency: 'PKR', ledger_transaction_id: transactionId, settled_at: settledAt, updated_at: settledAt })
    .where('id', '=', row.id)
    .execute();
}
