// The person's own withdrawals: the list, newest first, and one by id (anyone else's is not found).
import type { Actor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { requirePayee } from '../money-flow.ts';
import { UUID, type WithdrawalView, withdrawalColumns, withdrawalView } from '../records.ts';

/** The actor's withdrawals, newest first. */
export async function listWithdrawals(deps: Deps, actorIn: Actor | null): Promise<WithdrawalView[]> {
  const actor = requirePayee(actorIn);
  const rows = await deps.db.selectFrom('withdrawals').select(withdrawalColumns).where('user_id', '=', actor.userId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(200).execute();
  return rows.map(withdrawalView);
}

/** One of the actor's withdrawals; anyone else's is not found. */
export async function getWithdrawal(deps: Deps, actorIn: Actor | null, id: string): Promise<WithdrawalView> {
  const actor = requirePayee(actorIn);
  if (!UUID.test(id)) throw new AppError('not_found');
  const row = await deps.db.selectFrom('withdrawals').select(withdrawalColumns).where('id', '=', id).where('user_id', '=', actor.userId).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return withdrawalView(row);
}
