// Reading bookings: one booking for its two parties (anyone else: not_found, as for an order), and
// the actor's sessions as learner and as mentor.
import { sql } from 'kysely';
import type { Executor } from '../../db/pool.ts';
import { type Actor, requireActor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { type Money, money } from '../../platform/money.ts';
import { actionsFor, type PartyAction, type Side } from '../domain.ts';
import type { BookingStatus, Resolution } from '../tables.ts';
import { UUID } from './access.ts';
import type { FeedbackView } from './read-mentors.ts';

export interface BookingView {
  id: string;
  mentor: { id: string; displayName: string; handle: string };
  learner: { id: string; displayName: string; handle: string };
  /** Who is reading: the learner or the mentor. */
  side: Side;
  startsAt: Date;
  endsAt: Date;
  status: BookingStatus;
  topic: string;
  price: Money;
  settlement: 'released' | 'refunded' | null;
  meetingUrl: string | null;
  actions: PartyAction[];
  /** An absence report: who was reported absent, until when they may contest, what they wrote, and an admin's decision. */
  report: { absent: Side; contestUntil: Date | null; contestNote: string | null; resolution: Resolution | null; resolutionNote: string | null } | null;
  /** Whether the reader may leave feedback now, and what each side wrote. */
  canLeaveFeedback: boolean;
  feedback: FeedbackView[];
}

export const bookingQuery = (db: Executor) =>
  db
    .selectFrom('mentor_bookings as b')
    .innerJoin('users as m', 'm.id', 'b.mentor_id')
    .innerJoin('users as l', 'l.id', 'b.learner_id')
    .innerJoin('mentor_profiles as p', 'p.user_id', 'b.mentor_id')
    .selectAll('b')
    .select(['m.display_name as mentor_name', 'm.handle as mentor_handle', 'l.display_name as learner_name', 'l.handle as learner_handle', 'p.meeting_url']);
type BookingRow = NonNullable<Awaited<ReturnType<ReturnType<typeof bookingQuery>['executeTakeFirst']>>>;

async function toBookingViews(db: Executor, rows: readonly BookingRow[], viewerId: string, now: Date): Promise<BookingView[]> {
  const ids = rows.map((r) => r.id);
  const fb = ids.length
    ? await db.selectFrom('mentor_feedback as f').innerJoin('users as a', 'a.id', 'f.author_id').select(['f.booking_id', 'f.author_side', 'f.rating', 'f.body', 'f.created_at', 'a.display_name']).where('f.booking_id', 'in', ids).execute()
    : [];
  return rows.map((r) => {
    const side: Side = r.learner_id === viewerId ? 'learner' : 'mentor';
    const feedback = fb.filter((f) => f.booking_id === r.id).map((f) => ({ side: f.author_side, authorName: f.display_name, rating: f.rating, text: f.body, at: f.created_at }));
    return {
      id: r.id,
      mentor: { id: r.mentor_id, displayName: r.mentor_name, handle: String(r.mentor_handle) },
      learner: { id: r.learner_id, displayName: r.learner_name, handle: String(r.learner_handle) },
      side,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      status: r.status,
      topic: r.topic,
      price: money(BigInt(r.price_minor), r.currency),
      settlement: r.settlement,
      // The meeting link is for the two parties of a session still to happen.
      meetingUrl: r.status === 'booked' ? r.meeting_url : null,
      actions: actionsFor(reportFacts(r), side, now),
      report: reportOf(r),
      canLeaveFeedback: r.status === 'completed' && !feedback.some((f) => f.side === side),
      feedback,
    };
  });
}

export const reportFacts = (r: { status: BookingStatus; starts_at: Date; ends_at: Date; contest_until: Date | null; report_closed_at: Date | null }) => ({
  status: r.status,
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  contestUntil: r.contest_until,
  reportClosed: r.report_closed_at !== null,
});

/** The report a booking carries, if any: a no-show (open or settled), a contested one, or one an admin decided. */
function reportOf(r: BookingRow): BookingView['report'] {
  if (!r.contest_until) return null;
  // The reporter ended the booking; the other side is the one reported absent (whatever an admin decided later).
  const absent: Side = r.ended_by === r.learner_id ? 'mentor' : 'learner';
  return { absent, contestUntil: r.report_closed_at || r.status === 'contested' ? null : r.contest_until, contestNote: r.contest_note, resolution: r.resolution, resolutionNote: r.resolution_note };
}

/** One booking, for its two parties; anyone else gets not_found. */
export async function getBooking(deps: Deps, actorIn: Actor | null, id: string): Promise<BookingView> {
  const actor = requireActor(actorIn);
  if (!UUID.test(id)) throw new AppError('not_found');
  const row = await bookingQuery(deps.db).where('b.id', '=', id).executeTakeFirst();
  if (!row || (row.learner_id !== actor.userId && row.mentor_id !== actor.userId)) throw new AppError('not_found');
  return (await toBookingViews(deps.db, [row], actor.userId, deps.clock.now()))[0]!;
}

/** The actor's sessions, as learner and as mentor: coming ones first (soonest first), then past ones. */
export async function myBookings(deps: Deps, actorIn: Actor | null): Promise<{ asLearner: BookingView[]; asMentor: BookingView[] }> {
  const actor = requireActor(actorIn);
  const now = deps.clock.now();
  const rows = await bookingQuery(deps.db)
    .where((eb) => eb.or([eb('b.learner_id', '=', actor.userId), eb('b.mentor_id', '=', actor.userId)]))
    .orderBy(sql`b.starts_at < ${now}`)
    .orderBy(sql`CASE WHEN b.starts_at >= ${now} THEN b.starts_at END`, 'asc')
    .orderBy('b.starts_at', 'desc')
    .limit(200)
    .execute();
  const views = await toBookingViews(deps.db, rows, actor.userId, now);
  return { asLearner: views.filter((v) => v.side === 'learner'), asMentor: views.filter((v) => v.side === 'mentor') };
}
