// Payout methods: the person lists, adds, picks the default among and removes the bank accounts,
// Raast IDs, wallets and Payoneer accounts they are paid by (at most MAX_PAYOUT_METHODS each).
import type { Tx } from '../../db/pool.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { parseWith } from '../../platform/forms.ts';
import { destinationOf, MAX_PAYOUT_METHODS, maskedDestination, payoutMethodInput } from '../domain.ts';
import { requirePayee } from '../money-flow.ts';
import { activeMethods, audit, type MethodRow, type MethodView, methodView, UUID } from '../records.ts';

/** The actor's payout methods, the default first. */
export async function listMethods(deps: Deps, actorIn: Actor | null): Promise<MethodView[]> {
  const actor = requirePayee(actorIn);
  return (await activeMethods(deps.db, actor.userId)).map(methodView);
}

/** Adds a bank account, Raast ID, wallet or Payoneer account; the first one becomes the default. */
export async function addMethod(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<MethodView> {
  const actor = requirePayee(actorIn);
  const input = parseWith(payoutMethodInput, raw);
  const destination = destinationOf(input);
  return deps.db.transaction().execute(async (tx) => {
    // One change at a time per person, so the limit and the single default hold under concurrency.
    await tx.selectFrom('users').select('id').where('id', '=', actor.userId).forUpdate().executeTakeFirst();
    const existing = await activeMethods(tx, actor.userId);
    if (existing.some((m) => m.channel === input.channel && m.destination === destination)) throw new AppError('payout.method_duplicate');
    if (existing.length >= MAX_PAYOUT_METHODS) throw new AppError('payout.methods_full', { limit: MAX_PAYOUT_METHODS });
    const row = await tx
      .insertInto('payout_methods')
      .values({ user_id: actor.userId, channel: input.channel, destination, account_title: input.account_title, is_default: existing.length === 0, created_at: deps.clock.now() })
      .returning(['id', 'channel', 'destination', 'account_title', 'is_default', 'created_at'])
      .executeTakeFirstOrThrow();
    await audit(tx, deps, 'payout_method.added', actor, row.id, { channel: row.channel, destination: maskedDestination(row.channel, row.destination) });
    return methodView(row);
  });
}

/** The actor's method by id, locked; anyone else's (or a removed one) is not found. */
async function ownMethod(tx: Tx, actor: Actor, id: string): Promise<MethodRow> {
  if (!UUID.test(id)) throw new AppError('not_found');
  const row = await tx
    .selectFrom('payout_methods')
    .select(['id', 'channel', 'destination', 'account_title', 'is_default', 'created_at'])
    .where('id', '=', id)
    .where('user_id', '=', actor.userId)
    .where('removed_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return row;
}

/** Makes one method the default (the one the withdrawal form picks first). */
export async function setDefaultMethod(deps: Deps, actorIn: Actor | null, id: string): Promise<MethodView> {
  const actor = requirePayee(actorIn);
  return deps.db.transaction().execute(async (tx) => {
    await tx.selectFrom('users').select('id').where('id', '=', actor.userId).forUpdate().executeTakeFirst();
    const row = await ownMethod(tx, actor, id);
    await tx.updateTable('payout_methods').set({ is_default: false }).where('user_id', '=', actor.userId).where('is_default', '=', true).execute();
    await tx.updateTable('payout_methods').set({ is_default: true }).where('id', '=', row.id).execute();
    await audit(tx, deps, 'payout_method.default', actor, row.id);
    return methodView({ ...row, is_default: true });
  });
}

/**
 * Removes a method. One that a withdrawal refers to is only marked removed (the withdrawal keeps its
 * own copy of the destination either way); when the default goes, the oldest remaining one takes over.
 */
export async function removeMethod(deps: Deps, actorIn: Actor | null, id: string): Promise<void> {
  const actor = requirePayee(actorIn);
  await deps.db.transaction().execute(async (tx) => {
    await tx.selectFrom('users').select('id').where('id', '=', actor.userId).forUpdate().executeTakeFirst();
    const row = await ownMethod(tx, actor, id);
    const used = await tx.selectFrom('withdrawals').select('id').where('method_id', '=', row.id).limit(1).executeTakeFirst();
    if (used) await tx.updateTable('payout_methods').set({ removed_at: deps.clock.now(), is_default: false }).where('id', '=', row.id).execute();
    else await tx.deleteFrom('payout_methods').where('id', '=', row.id).execute();
    if (row.is_default) {
      const next = (await activeMethods(tx, actor.userId))[0];
      if (next) await tx.updateTable('payout_methods').set({ is_default: true }).where('id', '=', next.id).execute();
    }
    await audit(tx, deps, 'payout_method.removed', actor, row.id, { kept_for_history: !!used });
  });
}
