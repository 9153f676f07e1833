// Settling a batched withdrawal, by an admin: paid (the money leaves clearing for payout_sent) or
// failed (it goes back to its source). Either way the owner is told (notify: in the app, and by
// e-mail in their language, with the reason when it failed).
import { requestFingerprint } from '../../ledger/domain.ts';
import { post } from '../../ledger/service.ts';
import { type Actor, requireAdmin } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { parseWith } from '../../platform/forms.ts';
import { moneyToJson } from '../../platform/money.ts';
import { notify } from '../../notifications/notify.ts';
import { canSettle, failedInput, paidInput } from '../domain.ts';
import { clearing, moneyBack, sent } from '../money-flow.ts';
import { audit, lockWithdrawal, type WithdrawalView, withdrawalView } from '../records.ts';

const amountParam = (m: Parameters<typeof moneyToJson>[0]) => {
  const j = moneyToJson(m);
  return { minor: j.amount, currency: j.currency };
};

/**
 * Marks a batched withdrawal paid with the bank's (or provider's) reference: the money leaves
 * payout clearing for payout_sent. Marking it paid again with the same reference changes nothing.
 */
export async function markPaid(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<WithdrawalView> {
  const actor = requireAdmin(actorIn);
  const { reference } = parseWith(paidInput, raw);
  return deps.db.transaction().execute(async (tx) => {
    const row = await lockWithdrawal(tx, id);
    if (row.status === 'paid' && row.bank_reference === reference) return withdrawalView(row);
    if (!canSettle(row.status)) throw new AppError('payout.status_conflict');
    const w = withdrawalView(row);
    const key = `payout_paid:${w.id}`;
    const fingerprint = requestFingerprint(actor.userId, 'payout.paid', { withdrawal: w.id, reference });
    const now = deps.clock.now();
    const txId = await post(tx, deps, {
      kind: 'payout_paid',
      key,
      fingerprint,
      actorId: actor.userId,
      reason: `withdrawal ${w.reference} paid, reference ${reference}`,
      legs: [{ from: clearing(w.id, w.net.currency), to: sent(row.user_id, w.net.currency), amount: w.net }],
    });
    await tx.updateTable('withdrawals').set({ status: 'paid', bank_reference: reference, settle_tx: txId, settled_by: actor.userId, settled_at: now }).where('id', '=', w.id).execute();
    await audit(tx, deps, 'payout.paid', actor, w.id, { reference, batch: row.batch_id });
    await notify(deps, tx, { userId: row.user_id, kind: 'withdrawal_paid', params: { amount: amountParam(w.amount), reference: w.reference }, link: '/payouts' });
    return { ...w, status: 'paid', bankReference: reference, settledAt: now };
  });
}

/**
 * Marks a batched withdrawal failed: the money (fee included) goes back to the balance it came
 * from, and its owner is told in their language, with the reason.
 */
export async function markFailed(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<WithdrawalView> {
  const actor = requireAdmin(actorIn);
  const { reason } = parseWith(failedInput, raw);
  return deps.db.transaction().execute(async (tx) => {
    const row = await lockWithdrawal(tx, id);
    if (row.status === 'failed' && row.failure_reason === reason) return withdrawalView(row);
    if (!canSettle(row.status)) throw new AppError('payout.status_conflict');
    const w = withdrawalView(row);
    const legs = moneyBack(w, row.user_id);
    const now = deps.clock.now();
    const txId = await post(tx, deps, {
      kind: 'payout_failed',
      key: `payout_failed:${w.id}`,
      fingerprint: requestFingerprint(actor.userId, 'payout.failed', { withdrawal: w.id, reason }),
      actorId: actor.userId,
      reason: `withdrawal ${w.reference} failed: ${reason}`.slice(0, 500),
      legs,
    });
    await tx.updateTable('withdrawals').set({ status: 'failed', failure_reason: reason, settle_tx: txId, settled_by: actor.userId, settled_at: now }).where('id', '=', w.id).execute();
    await audit(tx, deps, 'payout.failed', actor, w.id, { reason, batch: row.batch_id });
    await notify(deps, tx, { userId: row.user_id, kind: 'withdrawal_failed', params: { amount: amountParam(w.amount), reference: w.reference, reason }, link: '/payouts' });
    return { ...w, status: 'failed', failureReason: reason, settledAt: now };
  });
}
