// The queue's sweep over mentoring sessions: reminders, release after the session, the hold's end.
import { requestFingerprint } from '../../ledger/domain.ts';
import { post } from '../../ledger/service.ts';
import { notify } from '../../notifications/notify.ts';
import type { Deps } from '../../platform/deps.ts';
import { money } from '../../platform/money.ts';
import { decide, reminderDue, uncontestedOutcome } from '../domain.ts';
import { DAY_MS } from './access.ts';
import { settleMoney } from './act-on-booking.ts';
import { whenParam } from './book-session.ts';
import { bookingQuery, reportFacts } from './read-bookings.ts';

/**
 * The queue's sweep (every few minutes): reminders a day and an hour before to both sides; sessions
 * whose report window closed with nothing reported count as held (the mentor is paid); absence
 * reports nobody contested within CONTEST_WINDOW_MS move the money by their rule; earnings whose
 * hold has passed become available. Each booking is its own transaction with keys derived from
 * the booking, so a sweep that runs twice sends and moves once.
 */
export async function sweepMentoring(deps: Deps, limit = 100): Promise<{ reminded: number; completed: number; reportsSettled: number; cleared: number }> {
  const now = deps.clock.now();
  let reminded = 0;
  let completed = 0;
  let reportsSettled = 0;
  let cleared = 0;
  const soon = await deps.db
    .selectFrom('mentor_bookings')
    .select('id')
    .where('status', '=', 'booked')
    .where('starts_at', '>', now)
    .where('starts_at', '<=', new Date(now.getTime() + DAY_MS))
    .where((eb) => eb.or([eb('reminded_day_at', 'is', null), eb.and([eb('reminded_hour_at', 'is', null), eb('starts_at', '<=', new Date(now.getTime() + 3_600_000))])]))
    .orderBy('starts_at')
    .limit(limit)
    .execute();
  for (const { id } of soon) {
    const done = await deps.db.transaction().execute(async (tx) => {
      const row = await bookingQuery(tx).where('b.id', '=', id).forUpdate('b').skipLocked().executeTakeFirst();
      if (!row) return false;
      const due = reminderDue({ status: row.status, startsAt: row.starts_at, remindedDayAt: row.reminded_day_at, remindedHourAt: row.reminded_hour_at }, now);
      if (!due) return false;
      // The hour's reminder also stands for a day's one not sent (the sweep did not run in between).
      await tx
        .updateTable('mentor_bookings')
        .set(due === 'day' ? { reminded_day_at: now } : { reminded_hour_at: now, reminded_day_at: row.reminded_day_at ?? now })
        .where('id', '=', row.id)
        .execute();
      const hours = due === 'day' ? 24 : 1;
      await notify(deps, tx, { userId: row.learner_id, kind: 'mentoring_reminder', params: { with: row.mentor_name, hours, when: whenParam(row.starts_at) }, link: '/mentoring' });
      await notify(deps, tx, { userId: row.mentor_id, kind: 'mentoring_reminder', params: { with: row.learner_name, hours, when: whenParam(row.starts_at) }, link: '/mentoring' });
      return true;
    });
    if (done) reminded++;
  }
  const ended = await deps.db
    .selectFrom('mentor_bookings')
    .select('id')
    .where('status', '=', 'booked')
    .where('ends_at', '<', new Date(now.getTime() - 24 * 3_600_000))
    .orderBy('ends_at')
    .limit(limit)
    .execute();
  for (const { id } of ended) {
    const done = await deps.db.transaction().execute(async (tx) => {
      const row = await tx.selectFrom('mentor_bookings').selectAll().where('id', '=', id).forUpdate().skipLocked().executeTakeFirst();
      if (!row) return false;
      const d = decide({ status: row.status, startsAt: row.starts_at, endsAt: row.ends_at }, 'auto_complete', 'system', now);
      if (!d.ok) return false;
      const moved = await settleMoney(tx, deps, row, d.money, d.rule, null);
      await tx.updateTable('mentor_bookings').set({ status: d.status, ended_at: now, ...moved }).where('id', '=', row.id).execute();
      return true;
    });
    if (done) completed++;
  }
  const reports = await deps.db
    .selectFrom('mentor_bookings')
    .select('id')
    .where('status', 'in', ['no_show_learner', 'no_show_mentor'])
    .where('report_closed_at', 'is', null)
    .where('contest_until', '<', now)
    .orderBy('contest_until')
    .limit(limit)
    .execute();
  for (const { id } of reports) {
    const done = await deps.db.transaction().execute(async (tx) => {
      const row = await tx.selectFrom('mentor_bookings').selectAll().where('id', '=', id).forUpdate().skipLocked().executeTakeFirst();
      if (!row) return false;
      const d = uncontestedOutcome(reportFacts(row), now);
      if (!d) return false;
      const moved = await settleMoney(tx, deps, row, d.money, d.rule, null);
      await tx.updateTable('mentor_bookings').set({ report_closed_at: now, ...moved }).where('id', '=', row.id).execute();
      return true;
    });
    if (done) reportsSettled++;
  }
  const holds = await deps.db.selectFrom('mentor_bookings').select('id').where('settlement', '=', 'released').where('cleared_at', 'is', null).where('hold_until', '<=', now).orderBy('hold_until').limit(limit).execute();
  for (const { id } of holds) {
    const done = await deps.db.transaction().execute(async (tx) => {
      const row = await tx.selectFrom('mentor_bookings').selectAll().where('id', '=', id).forUpdate().skipLocked().executeTakeFirst();
      if (!row || row.cleared_at || row.settlement !== 'released' || !row.hold_until || row.hold_until > now) return false;
      const price = money(BigInt(row.price_minor), row.currency);
      const txId = await post(tx, deps, {
        kind: 'hold_clear',
        key: `mentoring:${row.id}:hold-clear`,
        fingerprint: requestFingerprint('system', 'mentoring.hold_clear', { booking: row.id }),
        actorId: null,
        reason: `Mentoring session at ${row.starts_at.toISOString()}: hold ended; earnings available`,
        legs: [{ from: { kind: 'freelancer_pending', ownerId: row.mentor_id, currency: row.currency }, to: { kind: 'freelancer_available', ownerId: row.mentor_id, currency: row.currency }, amount: price }],
      });
      await tx.updateTable('mentor_bookings').set({ cleared_at: now, clear_transaction_id: txId }).where('id', '=', row.id).execute();
      return true;
    });
    if (done) cleared++;
  }
  return { reminded, completed, reportsSettled, cleared };
}

export const MENTORING_SWEEP_JOB = 'mentoring.sweep';
