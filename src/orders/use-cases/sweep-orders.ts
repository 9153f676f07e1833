// The orders sweep, run by the queue: clients are warned a day before a delivery is accepted for
// them, deliveries nobody answered in time are accepted, earnings whose hold has passed become
// available, and ended hourly weeks are billed (../contracts.ts).
import { requestFingerprint } from '../../ledger/domain.ts';
import { post } from '../../ledger/service.ts';
import type { Deps } from '../../platform/deps.ts';
import { billEndedWeeks } from '../contracts.ts';
import { notify } from '../../notifications/notify.ts';
import { complete, DAY_MS, event, feesOf, step } from './order-row.ts';

/**
 * The queue's sweep (every minute, one app process at a time): accepts deliveries nobody answered
 * in time, and moves earnings whose hold has passed from pending to available. Each order is its own
 * transaction with a key derived from the order, so a sweep that runs twice moves money once.
 */
export async function sweepOrders(deps: Deps, limit = 100): Promise<{ autoAccepted: number; cleared: number; weeksBilled: number; warned: number }> {
  const now = deps.clock.now();
  const weeksBilled = await billEndedWeeks(deps, limit);
  let autoAccepted = 0;
  let cleared = 0;
  let warned = 0;
  // A day before a delivery is accepted for the client, they are told once per delivery
  // (auto_accept_warned_at; a new delivery after a revision is a new delivered_at).
  const notWarned = (w: Date | null, delivered: Date | null) => !w || (delivered !== null && w < delivered);
  const soon = await deps.db
    .selectFrom('orders')
    .select('id')
    .where('state', '=', 'delivered')
    .where((eb) => eb.or([eb('auto_accept_warned_at', 'is', null), eb('auto_accept_warned_at', '<', eb.ref('delivered_at'))]))
    .where('auto_accept_at', '>', now)
    .where('auto_accept_at', '<=', new Date(now.getTime() + DAY_MS))
    .orderBy('auto_accept_at')
    .limit(limit)
    .execute();
  for (const { id } of soon) {
    const done = await deps.db.transaction().execute(async (tx) => {
      const row = await tx.selectFrom('orders').select(['id', 'number', 'title', 'state', 'client_id', 'delivered_at', 'auto_accept_at', 'auto_accept_warned_at']).where('id', '=', id).forUpdate().skipLocked().executeTakeFirst();
      if (row?.state !== 'delivered' || !notWarned(row.auto_accept_warned_at, row.delivered_at) || !row.auto_accept_at || row.auto_accept_at <= now) return false;
      await tx.updateTable('orders').set({ auto_accept_warned_at: now }).where('id', '=', row.id).execute();
      await notify(deps, tx, { userId: row.client_id, kind: 'auto_accept_soon', params: { order: String(row.number), title: row.title }, link: `/orders/${row.id}` });
      return true;
    });
    if (done) warned++;
  }
  const due = await deps.db.selectFrom('orders').select('id').where('state', '=', 'delivered').where('auto_accept_at', '<=', now).orderBy('auto_accept_at').limit(limit).execute();
  for (const { id } of due) {
    const done = await deps.db.transaction().execute(async (tx) => {
      const row = await tx.selectFrom('orders').selectAll().where('id', '=', id).forUpdate().skipLocked().executeTakeFirst();
      if (row?.state !== 'delivered' || !row.auto_accept_at || row.auto_accept_at > now) return false;
      step(row, 'auto_accept', 'system');
      await complete(tx, deps, row, { actorId: null, key: `order:${row.id}:auto-accept`, fingerprint: requestFingerprint('system', 'order.auto_accept', { order: row.id }), kind: 'auto_accepted' });
      const earned = feesOf(row).freelancerReceives;
      await notify(deps, tx, {
        userId: row.freelancer_id,
        kind: 'order_accepted',
        params: { order: String(row.number), title: row.title, amount: { minor: earned.amount.toString(), currency: earned.currency } },
        link: `/orders/${row.id}`,
      });
      return true;
    });
    if (done) autoAccepted++;
  }
  const holds = await deps.db.selectFrom('orders').select('id').where('state', '=', 'completed').where('cleared_at', 'is', null).where('hold_until', '<=', now).orderBy('hold_until').limit(limit).execute();
  for (const { id } of holds) {
    const done = await deps.db.transaction().execute(async (tx) => {
      const row = await tx.selectFrom('orders').selectAll().where('id', '=', id).forUpdate().skipLocked().executeTakeFirst();
      if (!row || row.cleared_at || !row.hold_until || row.hold_until > now) return false;
      await tx.updateTable('orders').set({ cleared_at: now, updated_at: now }).where('id', '=', row.id).execute();
      await event(tx, deps, row.id, 'funds_cleared', null);
      const fees = feesOf(row);
      await post(tx, deps, {
        kind: 'hold_clear',
        key: `order:${row.id}:hold-clear`,
        fingerprint: requestFingerprint('system', 'order.hold_clear', { order: row.id }),
        actorId: null,
        reason: `Order HNR-${row.number}: hold ended; earnings available`,
        legs: [
          { from: { kind: 'freelancer_pending', ownerId: row.freelancer_id, currency: row.currency }, to: { kind: 'freelancer_available', ownerId: row.freelancer_id, currency: row.currency }, amount: fees.freelancerReceives },
        ],
      });
      await notify(deps, tx, {
        userId: row.freelancer_id,
        kind: 'earnings_available',
        params: { order: String(row.number), title: row.title, amount: { minor: fees.freelancerReceives.amount.toString(), currency: fees.freelancerReceives.currency } },
        link: '/payouts',
      });
      return true;
    });
    if (done) cleared++;
  }
  return { autoAccepted, cleared, weeksBilled, warned };
}

export const ORDERS_SWEEP_JOB = 'orders.sweep';
