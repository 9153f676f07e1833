// After payment: the freelancer delivers, the client asks for revisions or accepts (the freelancer
// is paid into pending, Hunar keeps its fee), and either side may cancel by agreement (a full
// refund) or open a dispute (the money stays frozen).
import { z } from 'zod';
import { requestFingerprint } from '../../ledger/domain.ts';
import { post } from '../../ledger/service.ts';
import { type Actor, requireActor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { parseWith } from '../../platform/forms.ts';
import { multiLine } from '../../platform/text.ts';
import { autoAcceptAt, moneyEffect, type OrderState } from '../domain.ts';
import { claimKeyAndLockOrder, complete, escrow, event, feesOf, idempotencyKey, lockOrder, step } from './order-row.ts';
import { getOrder, type OrderView } from './read-orders.ts';

export const MESSAGE_MAX = 5000;

export const messageInput = z.object({ message: multiLine(MESSAGE_MAX).default('') });
export const requiredMessageInput = z.object({ message: multiLine(MESSAGE_MAX, 1) });

/** The freelancer delivers (again, after a revision request), with a message. */
export async function deliverOrder(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<OrderView> {
  const actor = requireActor(actorIn);
  const { message } = parseWith(requiredMessageInput, raw);
  await deps.db.transaction().execute(async (tx) => {
    const { row, side } = await lockOrder(tx, id, actor);
    const to = step(row, 'deliver', side);
    const now = deps.clock.now();
    await tx
      .updateTable('orders')
      .set({ state: to, delivered_at: now, auto_accept_at: autoAcceptAt(now, deps.config.ORDER_AUTO_ACCEPT_DAYS), updated_at: now })
      .where('id', '=', row.id)
      .execute();
    await event(tx, deps, row.id, 'delivered', actor.userId, message);
  });
  return getOrder(deps, actor, id);
}

/** The client asks for a revision (while the package's revisions last), saying what to change. */
export async function requestRevision(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<OrderView> {
  const actor = requireActor(actorIn);
  const { message } = parseWith(requiredMessageInput, raw);
  await deps.db.transaction().execute(async (tx) => {
    const { row, side } = await lockOrder(tx, id, actor);
    const to = step(row, 'request_revision', side);
    await tx
      .updateTable('orders')
      .set({ state: to, revisions_used: row.revisions_used + 1, auto_accept_at: null, updated_at: deps.clock.now() })
      .where('id', '=', row.id)
      .execute();
    await event(tx, deps, row.id, 'revision_requested', actor.userId, message);
  });
  return getOrder(deps, actor, id);
}

/** The client accepts the delivery: the freelancer is paid (into pending) and Hunar keeps its fee. */
export async function acceptOrder(deps: Deps, actorIn: Actor | null, id: string, key: string): Promise<{ id: string; state: OrderState }> {
  const actor = requireActor(actorIn);
  const k = idempotencyKey(key);
  const fingerprint = requestFingerprint(actor.userId, 'order.accept', { order: id });
  return deps.db.transaction().execute(async (tx) => {
    const { seen, row, side } = await claimKeyAndLockOrder(tx, k, fingerprint, id, actor);
    if (seen) return seen.result as { id: string; state: OrderState };
    step(row, 'accept', side);
    return complete(tx, deps, row, { actorId: actor.userId, key: k, fingerprint, kind: 'accepted' });
  });
}

/**
 * Cancelling. Before payment the client cancels alone. Once paid, it takes both sides: the first to
 * ask waits for the other; when the other agrees, the whole payment goes back to the client's balance.
 */
export async function cancelOrder(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<OrderView> {
  const actor = requireActor(actorIn);
  const { message } = parseWith(messageInput, raw);
  await deps.db.transaction().execute(async (tx) => {
    const { row, side } = await lockOrder(tx, id, actor);
    const now = deps.clock.now();
    if (row.state === 'awaiting_payment') {
      const to = step(row, 'cancel', side);
      await tx.updateTable('orders').set({ state: to, cancelled_at: now, updated_at: now }).where('id', '=', row.id).execute();
      await event(tx, deps, row.id, 'cancelled', actor.userId, message);
      return;
    }
    const to = step(row, 'agree_cancel', side);
    if (row.cancel_requested_by === null || row.cancel_requested_by === side) {
      if (row.cancel_requested_by === side) throw new AppError('order.cancel_already_asked');
      await tx.updateTable('orders').set({ cancel_requested_by: side, updated_at: now }).where('id', '=', row.id).execute();
      await event(tx, deps, row.id, 'cancel_requested', actor.userId, message);
      return;
    }
    // The other side asked; this one agrees: refund in full.
    await tx.updateTable('orders').set({ state: to, cancelled_at: now, auto_accept_at: null, cancel_requested_by: null, updated_at: now }).where('id', '=', row.id).execute();
    await event(tx, deps, row.id, 'cancelled', actor.userId, message);
    if (moneyEffect(row.state, to) === 'refund') {
      const fees = feesOf(row);
      await post(tx, deps, {
        kind: 'escrow_refund',
        key: `order:${row.id}:refund`,
        fingerprint: requestFingerprint('system', 'order.refund', { order: row.id }),
        actorId: actor.userId,
        reason: `Order HNR-${row.number}: cancelled by agreement; refunded to the client`,
        legs: [{ from: escrow(row.id, row.currency), to: { kind: 'client_wallet', ownerId: row.client_id, currency: row.currency }, amount: fees.clientPays }],
      });
    }
  });
  return getOrder(deps, actor, id);
}

/** Either side opens a dispute: the order and its money are frozen until an admin settles it. */
export async function disputeOrder(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<OrderView> {
  const actor = requireActor(actorIn);
  const { message } = parseWith(requiredMessageInput, raw);
  await deps.db.transaction().execute(async (tx) => {
    const { row, side } = await lockOrder(tx, id, actor);
    const to = step(row, 'dispute', side);
    await tx.updateTable('orders').set({ state: to, auto_accept_at: null, updated_at: deps.clock.now() }).where('id', '=', row.id).execute();
    await event(tx, deps, row.id, 'disputed', actor.userId, message);
  });
  return getOrder(deps, actor, id);
}
