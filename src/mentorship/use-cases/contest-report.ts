// Contested absence reports (docs/decisions/0063-mentoring-suspension-and-contested-reports.md):
// the side reported absent contests the report within CONTEST_WINDOW_MS, in their own words; the
// money stays in the booking's escrow; an admin reads both sides at /admin/mentors and decides that
// the session took place or who was absent, which moves the money through the ledger by that rule.
//
// Who may: only the side reported absent contests (the reporter, or anyone else: refused or
// not_found); only an admin who is not a party decides; every decision is audited and told to both.
import { notify } from '../../notifications/notify.ts';
import { type Actor, requireActor, requireAdmin } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { parseWith } from '../../platform/forms.ts';
import { type Money, money } from '../../platform/money.ts';
import { contestInput, mayContest, resolutionInput, resolutionOutcome, type Side } from '../domain.ts';
import { UUID } from './access.ts';
import { settleMoney } from './act-on-booking.ts';
import { whenParam } from './book-session.ts';
import { type BookingView, getBooking, reportFacts } from './read-bookings.ts';

/** The side reported absent contests the report, saying what happened; the reporter is told. */
export async function contestReport(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<BookingView> {
  const actor = requireActor(actorIn);
  await getBooking(deps, actor, id);
  const input = parseWith(contestInput, raw);
  await deps.db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('mentor_bookings').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    const side: Side = row.learner_id === actor.userId ? 'learner' : 'mentor';
    const now = deps.clock.now();
    const may = mayContest(reportFacts(row), side, now);
    if (!may.ok) throw new AppError(may.code);
    await tx.updateTable('mentor_bookings').set({ status: 'contested', contested_at: now, contest_note: input.note }).where('id', '=', row.id).execute();
    if (row.ended_by) await notify(deps, tx, { userId: row.ended_by, kind: 'mentoring_contested', params: { by: actor.displayName, when: whenParam(row.starts_at) }, link: `/mentoring#booking-${row.id}` });
  });
  return getBooking(deps, actor, id);
}

export interface ContestView {
  id: string;
  mentor: { id: string; displayName: string; handle: string };
  learner: { id: string; displayName: string; handle: string };
  startsAt: Date;
  endsAt: Date;
  topic: string;
  price: Money;
  /** The side the report says did not come (the other side reported it). */
  absent: Side;
  reportedAt: Date;
  contestedAt: Date;
  contestNote: string;
}

/** Contested reports waiting for an admin, oldest first. */
export async function listContests(deps: Deps, actorIn: Actor | null): Promise<ContestView[]> {
  requireAdmin(actorIn);
  const rows = await deps.db
    .selectFrom('mentor_bookings as b')
    .innerJoin('users as m', 'm.id', 'b.mentor_id')
    .innerJoin('users as l', 'l.id', 'b.learner_id')
    .selectAll('b')
    .select(['m.display_name as mentor_name', 'm.handle as mentor_handle', 'l.display_name as learner_name', 'l.handle as learner_handle'])
    .where('b.status', '=', 'contested')
    .orderBy('b.contested_at', 'asc')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    mentor: { id: r.mentor_id, displayName: r.mentor_name, handle: String(r.mentor_handle) },
    learner: { id: r.learner_id, displayName: r.learner_name, handle: String(r.learner_handle) },
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    topic: r.topic,
    price: money(BigInt(r.price_minor), r.currency),
    absent: r.ended_by === r.learner_id ? 'mentor' : 'learner',
    reportedAt: r.ended_at ?? r.starts_at,
    contestedAt: r.contested_at ?? r.starts_at,
    contestNote: r.contest_note ?? '',
  }));
}

/**
 * An admin decides a contested report: the session took place (the mentor is paid), the learner was
 * absent (the mentor is paid), or the mentor was absent (the learner is refunded). Audited; both told.
 */
export async function resolveContest(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<void> {
  const actor = requireAdmin(actorIn);
  if (!UUID.test(id)) throw new AppError('not_found');
  const input = parseWith(resolutionInput, raw);
  await deps.db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('mentor_bookings').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!row) throw new AppError('not_found');
    if (row.mentor_id === actor.userId || row.learner_id === actor.userId) throw new AppError('mentorship.own_session_decision');
    if (row.status !== 'contested') throw new AppError('mentorship.not_contested');
    const now = deps.clock.now();
    const d = resolutionOutcome(input.resolution);
    const moved = await settleMoney(tx, deps, row, d.money, d.rule, actor.userId);
    await tx
      .updateTable('mentor_bookings')
      .set({ status: d.status, report_closed_at: now, resolved_by: actor.userId, resolution: input.resolution, resolution_note: input.note || null, ...moved })
      .where('id', '=', row.id)
      .execute();
    await tx
      .insertInto('audit_events')
      .values({
        kind: 'mentoring.contest_decided',
        actor_id: actor.userId,
        subject_id: row.id,
        data: JSON.stringify({ before: 'contested', after: d.status, resolution: input.resolution, money: row.price_minor === '0' ? 'none' : d.money, note: input.note, mentor: row.mentor_id, learner: row.learner_id }),
        ip: null,
        created_at: now,
      })
      .execute();
    for (const userId of [row.learner_id, row.mentor_id]) {
      await notify(deps, tx, { userId, kind: 'mentoring_contest_decided', params: { when: whenParam(row.starts_at), resolution: input.resolution, note: input.note }, link: `/mentoring#booking-${row.id}` });
    }
  });
}

