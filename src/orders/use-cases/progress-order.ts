// After payment: the freelancer delivers (a message and files), the client asks for revisions or
// accepts (the freelancer is paid into pending, Hunar keeps its fee), and either side may cancel by
// agreement (a full refund). Opening a dispute lives in src/disputes (the money stays frozen).
//
// Every step is an order_events row, which the order's timeline and its conversation show. Its kinds
// are stable names (documented in docs/decisions/0051): placed, paid, delivered, revision_requested,
// accepted, auto_accepted, cancel_requested, cancelled, disputed, dispute_statement,
// dispute_decided, funds_cleared, week_billed. A delivery's files hang on its `delivered` event
// (media.order_event_id). Each step tells the other party (notify) and updates both parties' open
// pages (publish) in its own transaction.
import { z } from 'zod';
import type { Tx } from '../../db/pool.ts';
import { publish } from '../../live/publish.ts';
import { requestFingerprint } from '../../ledger/domain.ts';
import { post } from '../../ledger/service.ts';
import { type Actor, requireActor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { parseWith } from '../../platform/forms.ts';
import { multiLine } from '../../platform/text.ts';
import { storeAll, type Upload } from '../../media/service.ts';
import { notify } from '../../notifications/notify.ts';
import { autoAcceptAt, moneyEffect, type OrderState } from '../domain.ts';
import { claimKeyAndLockOrder, complete, escrow, event, feesOf, idempotencyKey, insertStepFiles, lockOrder, prepareStepFiles, step } from './order-row.ts';
import { getOrder, type OrderView } from './read-orders.ts';

export const MESSAGE_MAX = 5000;

export const messageInput = z.object({ message: multiLine(MESSAGE_MAX).default('') });
export const requiredMessageInput = z.object({ message: multiLine(MESSAGE_MAX, 1) });

/** The order's two parties, told that its state changed (their open order pages update). */
export const publishState = (deps: Deps, tx: Tx, row: { id: string; client_id: string; freelancer_id: string }, state: OrderState) =>
  publish(deps, tx, [row.client_id, row.freelancer_id], 'order', { order_id: row.id, state });

/** What a notification about an order says of it: its number (1001; the message writes HNR-1001) and title. */
export const orderParams = (row: { number: string; title: string }) => ({ order: String(row.number), title: row.title });

/**
 * The freelancer delivers (again, after a revision request), with a message and up to
 * FILES_PER_STEP files. The files are checked (type sniffed, size limited) before anything is
 * written; the order's state, the `delivered` event and the files' rows commit together.
 */
export async function deliverOrder(deps: Deps, actorIn: Actor | null, id: string, raw: unknown, files: readonly Upload[] = []): Promise<OrderView> {
  const actor = requireActor(actorIn);
  const { message } = parseWith(requiredMessageInput, raw);
  // Refused steps (not a party, the client, the wrong state) are told before any file is read.
  const before = await getOrder(deps, actor, id);
  if (before.viewerSide !== 'freelancer') throw new AppError('order.not_your_turn');
  if (!before.actions.includes('deliver')) throw new AppError('order.invalid_transition');
  const prepared = await prepareStepFiles(files, 'delivery_file');
  await storeAll(deps, prepared, async (tx, keys) => {
    const { row, side } = await lockOrder(tx, id, actor);
    const to = step(row, 'deliver', side);
    const now = deps.clock.now();
    await tx
      .updateTable('orders')
      .set({ state: to, delivered_at: now, auto_accept_at: autoAcceptAt(now, deps.config.ORDER_AUTO_ACCEPT_DAYS), updated_at: now })
      .where('id', '=', row.id)
      .execute();
    const ev = await tx.insertInto('order_events').values({ order_id: row.id, kind: 'delivered', actor_id: actor.userId, message, created_at: now }).returning('id').executeTakeFirstOrThrow();
    await insertStepFiles(tx, deps, prepared, keys, actor.userId, { order_event_id: ev.id });
    await notify(deps, tx, { userId: row.client_id, kind: 'order_delivered', params: orderParams(row), link: `/orders/${row.id}` });
    await publishState(deps, tx, row, to);
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
    await notify(deps, tx, { userId: row.freelancer_id, kind: 'revision_requested', params: orderParams(row), link: `/orders/${row.id}` });
    await publishState(deps, tx, row, to);
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
    const done = await complete(tx, deps, row, { actorId: actor.userId, key: k, fingerprint, kind: 'accepted' });
    const amount = feesOf(row).freelancerReceives;
    await notify(deps, tx, { userId: row.freelancer_id, kind: 'order_accepted', params: { ...orderParams(row), amount: { minor: amount.amount.toString(), currency: amount.currency } }, link: `/orders/${row.id}` });
    await publishState(deps, tx, row, done.state);
    return done;
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
      await publishState(deps, tx, row, to);
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
    await publishState(deps, tx, row, to);
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
