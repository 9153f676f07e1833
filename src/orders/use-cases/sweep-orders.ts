// The orders sweep, run by the queue: clients are warned a day before a delivery is accepted for
// them, deliveries nobody answered in time are accepted, earnings whose hold has passed become
// available, and ended hourly weeks are billed (../contracts.ts).
import { requestFingerprint } from '../../ledger/domain.ts';
import { type Leg, post } from '../../ledger/service.ts';
import { money } from '../../platform/money.ts';
import { takeReferralFee } from '../../referrals/pass-on.ts';
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
      // A job passed on (src/referrals/pass-on.ts): its referral fee left the pending earnings for the
      // referrer's (paid here first if the referrals sweep has not yet), and clears with them.
      const referral = await takeReferralFee(tx, deps, row);
      const kept = money(fees.freelancerReceives.amount - (referral?.amount.amount ?? 0n), row.currency);
      const pending = (ownerId: string) => ({ kind: 'freelancer_pending' as const, ownerId, currency: row.currency });
      const available = (ownerId: string) => ({ kind: 'freelancer_available' as const, ownerId, currency: row.currency });
      const legs: Leg[] = [];
      if (kept.amount > 0n) legs.push({ from: pending(row.freelancer_id), to: available(row.freelancer_id), amount: kept });
      if (referral) legs.push({ from: pending(referral.referrerId), to: available(referral.referrerId), amount: referral.amount });
      if (legs.length)
        await post(tx, deps, {
          kind: 'hold_clear',
          key: `order:${row.id}:hold-clear`,
          fingerprint: requestFingerprint('system', 'order.hold_clear', { order: row.id }),
          actorId: null,
          reason: `Order HNR-${row.number}: hold ended; earnings available`,
          legs,
        });
      await notify(deps, tx, {
        userId: row.freelancer_id,
        kind: 'earnings_available',
        params: { order: String(row.number), title: row.title, amount: { minor: kept.amount.toString(), currency: kept.currency } },
        link: '/payouts',
      });
      return true;
    });
    if (done) cleared++;
  }
  return { autoAccepted, cleared, weeksBilled, warned };
}

export const ORDERS_SWEEP_JOB = 'orders.sweep';
