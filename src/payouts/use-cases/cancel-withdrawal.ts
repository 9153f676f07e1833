// Cancelling a withdrawal: the person takes it back before an admin batches it, and the money,
// fee included, returns to the balance it came from.
import { requestFingerprint } from '../../ledger/domain.ts';
import { post } from '../../ledger/service.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { canCancel } from '../domain.ts';
import { moneyBack, requirePayee } from '../money-flow.ts';
import { audit, lockWithdrawal, type WithdrawalView, withdrawalView } from '../records.ts';

/**
 * The person takes back a withdrawal that no admin has batched yet: the whole amount, fee
 * included, returns to the balance it came from. Cancelling it again changes nothing; once it is
 * being sent it can no longer be cancelled (payout.cannot_cancel). Someone else's is not found.
 */
export async function cancelWithdrawal(deps: Deps, actorIn: Actor | null, id: string): Promise<WithdrawalView> {
  const actor = requirePayee(actorIn);
  return deps.db.transaction().execute(async (tx) => {
    // Locked first: a batch made at the same moment either took it before us (we then refuse) or
    // skips it (createBatch skips locked rows), and it is cancelled.
    const row = await lockWithdrawal(tx, id);
    if (row.user_id !== actor.userId) throw new AppError('not_found');
    if (row.status === 'cancelled') return withdrawalView(row);
    if (!canCancel(row.status)) throw new AppError('payout.cannot_cancel');
    const w = withdrawalView(row);
    const now = deps.clock.now();
    const txId = await post(tx, deps, {
      kind: 'payout_cancelled',
      key: `payout_cancelled:${w.id}`,
      fingerprint: requestFingerprint(actor.userId, 'payout.cancelled', { withdrawal: w.id }),
      actorId: actor.userId,
      reason: `withdrawal ${w.reference} cancelled by its owner`,
      legs: moneyBack(w, row.user_id),
    });
    await tx.updateTable('withdrawals').set({ status: 'cancelled', settle_tx: txId, settled_by: actor.userId, settled_at: now }).where('id', '=', w.id).execute();
    await audit(tx, deps, 'withdrawal.cancelled', actor, w.id, {});
    return { ...w, status: 'cancelled', settledAt: now };
  });
}
