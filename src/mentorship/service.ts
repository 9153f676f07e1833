// Mentorship use cases (docs/decisions/0059-mentorship.md): applying to mentor and the admins'
// decision (which grants the 'mentor' role), availability, the directory of mentors with their next
// free sessions, booking a session (free, or paid from the learner's wallet into an escrow account
// of the booking's own), the published rules for cancellations and no-shows with their money, the
// sweep (reminders, release after the session, the hold's end), feedback from both sides, and the
// calendar file of a booking.
//
// Who may: a freelancer applies; admins decide; an approved mentor's availability and page are
// public; a booking is seen and acted on by its two parties only (anyone else: not_found, as for an
// order). Money moves only through the ledger, inside the transaction that changes the booking.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Executor, Tx } from '../db/pool.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { type AccountRef, post } from '../ledger/service.ts';
import { notify } from '../notifications/notify.ts';
import { type Actor, requireActor, requireAdmin } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import type { Locale } from '../platform/i18n.ts';
import { type Currency, type Money, money } from '../platform/money.ts';
import { canonicalTimeZone, DEFAULT_TIME_ZONE } from '../platform/time-zone.ts';
import {
  actionsFor,
  applicationInput,
  availabilityInput,
  type BookingAction,
  bookingInput,
  decide,
  decisionInput,
  feedbackInput,
  freeSlots,
  type MoneyOutcome,
  type RuleId,
  reminderDue,
  remindersPassed,
  type Side,
  type Slot,
  type WeeklyRange,
} from './domain.ts';
import { calendarFile } from './ics.ts';
import type { BookingStatus, MentorStatus } from './tables.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY_MS = 86_400_000;

// --- Reading mentors -----------------------------------------------------------------------------

export interface MentorProfile {
  userId: string;
  displayName: string;
  handle: string;
  topics: string[];
  languages: string[];
  bioEn: string | null;
  bioUr: string | null;
  price: Money;
  sessionMinutes: number;
  meetingUrl: string | null;
  status: MentorStatus;
  appliedAt: Date;
  decidedAt: Date | null;
  decisionNote: string | null;
  availability: WeeklyRange[];
  /** From learners' feedback: the sum and count of ratings. */
  rating: { sum: number; count: number };
}

const profileQuery = (db: Executor) =>
  db
    .selectFrom('mentor_profiles as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .selectAll('m')
    .select(['u.display_name', 'u.handle'])
    .select(
      sql<string>`(SELECT coalesce(sum(f.rating), 0) FROM mentor_feedback f JOIN mentor_bookings b ON b.id = f.booking_id WHERE b.mentor_id = m.user_id AND f.author_side = 'learner')`.as('rating_sum'),
    )
    .select(sql<string>`(SELECT count(*) FROM mentor_feedback f JOIN mentor_bookings b ON b.id = f.booking_id WHERE b.mentor_id = m.user_id AND f.author_side = 'learner')`.as('rating_count'));

type ProfileRow = NonNullable<Awaited<ReturnType<ReturnType<typeof profileQuery>['executeTakeFirst']>>>;

async function rangesOf(db: Executor, mentorIds: readonly string[]): Promise<Map<string, WeeklyRange[]>> {
  const out = new Map<string, WeeklyRange[]>(mentorIds.map((id) => [id, []]));
  if (!mentorIds.length) return out;
  const rows = await db.selectFrom('mentor_availability').selectAll().where('mentor_id', 'in', mentorIds).orderBy('weekday').orderBy('start_minute').execute();
  for (const r of rows) out.get(r.mentor_id)?.push({ weekday: r.weekday, startMinute: r.start_minute, endMinute: r.end_minute, timeZone: r.time_zone });
  return out;
}

function toProfile(r: ProfileRow, availability: WeeklyRange[]): MentorProfile {
  return {
    userId: r.user_id,
    displayName: r.display_name,
    handle: String(r.handle),
    topics: r.topics,
    languages: r.languages,
    bioEn: r.bio_en,
    bioUr: r.bio_ur,
    price: money(BigInt(r.price_minor), r.currency),
    sessionMinutes: r.session_minutes,
    meetingUrl: r.meeting_url,
    status: r.status,
    appliedAt: r.applied_at,
    decidedAt: r.decided_at,
    decisionNote: r.decision_note,
    availability,
    rating: { sum: Number(r.rating_sum), count: Number(r.rating_count) },
  };
}

/** Sessions that hold a mentor's time: booked or held (cancelled ones free it), from `from` on. */
async function takenSlots(db: Executor, mentorIds: readonly string[], from: Date): Promise<Map<string, Slot[]>> {
  const out = new Map<string, Slot[]>(mentorIds.map((id) => [id, []]));
  if (!mentorIds.length) return out;
  const rows = await db
    .selectFrom('mentor_bookings')
    .select(['mentor_id', 'starts_at', 'ends_at'])
    .where('mentor_id', 'in', mentorIds)
    .where('status', 'not in', ['cancelled_by_learner', 'cancelled_by_mentor'])
    .where('ends_at', '>', from)
    .execute();
  for (const r of rows) out.get(r.mentor_id)?.push({ startsAt: r.starts_at, endsAt: r.ends_at });
  return out;
}

export interface MentorCard {
  profile: MentorProfile;
  nextSlots: Slot[];
}

/** Approved mentors, best rated and most available first, each with their next free sessions. */
export async function listMentors(deps: Deps, opts: { topic?: string; language?: string } = {}): Promise<MentorCard[]> {
  let q = profileQuery(deps.db).where('m.status', '=', 'approved');
  const topic = opts.topic?.trim().slice(0, 40);
  if (topic) q = q.where(sql<boolean>`EXISTS (SELECT 1 FROM unnest(m.topics) t WHERE t ILIKE ${`%${topic.replace(/[\\%_]/g, (c) => `\\${c}`)}%`})`);
  if (opts.language) q = q.where(sql<boolean>`${opts.language} = ANY (m.languages)`);
  const rows = await q.orderBy('m.decided_at', 'asc').limit(200).execute();
  const ids = rows.map((r) => r.user_id);
  const now = deps.clock.now();
  const [ranges, taken] = await Promise.all([rangesOf(deps.db, ids), takenSlots(deps.db, ids, now)]);
  const cards = rows.map((r) => {
    const profile = toProfile(r, ranges.get(r.user_id) ?? []);
    return { profile, nextSlots: freeSlots(profile.availability, profile.sessionMinutes, taken.get(r.user_id) ?? [], now).slice(0, 3) };
  });
  const avg = (c: MentorCard) => (c.profile.rating.count ? c.profile.rating.sum / c.profile.rating.count : 0);
  return cards.sort((a, b) => avg(b) - avg(a) || (a.nextSlots[0]?.startsAt.getTime() ?? Number.POSITIVE_INFINITY) - (b.nextSlots[0]?.startsAt.getTime() ?? Number.POSITIVE_INFINITY));
}

export interface FeedbackView {
  side: Side;
  authorName: string;
  rating: number;
  text: string;
  at: Date;
}

export interface MentorPage {
  profile: MentorProfile;
  slots: Slot[];
  /** What learners wrote after their sessions, newest first. */
  feedback: FeedbackView[];
  /** The viewer is this mentor. */
  own: boolean;
}

/** A mentor's public page: approved mentors to everyone; the mentor and admins see it in any state. */
export async function mentorPage(deps: Deps, viewer: Actor | null, handle: string): Promise<MentorPage> {
  const row = await profileQuery(deps.db).where('u.handle', '=', handle.toLowerCase()).executeTakeFirst();
  const own = !!viewer && row?.user_id === viewer.userId;
  if (!row || (row.status !== 'approved' && !own && !viewer?.isAdmin)) throw new AppError('not_found');
  const now = deps.clock.now();
  const [ranges, taken] = await Promise.all([rangesOf(deps.db, [row.user_id]), takenSlots(deps.db, [row.user_id], now)]);
  const profile = toProfile(row, ranges.get(row.user_id) ?? []);
  const feedback = await deps.db
    .selectFrom('mentor_feedback as f')
    .innerJoin('mentor_bookings as b', 'b.id', 'f.booking_id')
    .innerJoin('users as a', 'a.id', 'f.author_id')
    .select(['f.author_side', 'f.rating', 'f.body', 'f.created_at', 'a.display_name'])
    .where('b.mentor_id', '=', row.user_id)
    .where('f.author_side', '=', 'learner')
    .orderBy('f.created_at', 'desc')
    .limit(20)
    .execute();
  return {
    profile,
    slots: profile.status === 'approved' ? freeSlots(profile.availability, profile.sessionMinutes, taken.get(row.user_id) ?? [], now) : [],
    feedback: feedback.map((f) => ({ side: f.author_side, authorName: f.display_name, rating: f.rating, text: f.body, at: f.created_at })),
    own,
  };
}

/** The actor's own mentor profile (any state), or null when they never applied. */
export async function myMentorProfile(deps: Deps, actorIn: Actor | null): Promise<MentorProfile | null> {
  const actor = requireActor(actorIn);
  const row = await profileQuery(deps.db).where('m.user_id', '=', actor.userId).executeTakeFirst();
  if (!row) return null;
  return toProfile(row, (await rangesOf(deps.db, [row.user_id])).get(row.user_id) ?? []);
}

// --- Applying and deciding -----------------------------------------------------------------------

/**
 * A freelancer applies to mentor, or edits their mentor profile. A first application (or one after a
 * rejection) waits for an admin; an approved or suspended mentor's edit keeps their state.
 */
export async function applyToMentor(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<MentorProfile> {
  const actor = requireActor(actorIn);
  if (!actor.isFreelancer) throw new AppError('mentorship.freelancers_only');
  const a = parseWith(applicationInput, raw);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const before = await tx.selectFrom('mentor_profiles').select('status').where('user_id', '=', actor.userId).forUpdate().executeTakeFirst();
    const values = {
      topics: a.topics,
      languages: a.languages,
      bio_en: a.bioEn,
      bio_ur: a.bioUr,
      price_minor: a.price.amount,
      currency: a.price.currency,
      session_minutes: a.sessionMinutes,
      meeting_url: a.meetingUrl,
      updated_at: now,
    };
    if (!before) await tx.insertInto('mentor_profiles').values({ user_id: actor.userId, ...values, status: 'applied', applied_at: now }).execute();
    else if (before.status === 'rejected') await tx.updateTable('mentor_profiles').set({ ...values, status: 'applied', applied_at: now, decided_by: null, decided_at: null, decision_note: null }).where('user_id', '=', actor.userId).execute();
    else await tx.updateTable('mentor_profiles').set(values).where('user_id', '=', actor.userId).execute();
  });
  return (await myMentorProfile(deps, actor)) as MentorProfile;
}

/** The mentor's weekly availability, replaced whole; times are in `time_zone` (Asia/Karachi by default). */
export async function setAvailability(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<MentorProfile> {
  const actor = requireActor(actorIn);
  const input = parseWith(availabilityInput, raw);
  const zone = canonicalTimeZone(input.time_zone || DEFAULT_TIME_ZONE);
  if (!zone) throw new AppError('validation.failed', {}, { time_zone: { key: 'field.time_zone' } });
  await deps.db.transaction().execute(async (tx) => {
    const p = await tx.selectFrom('mentor_profiles').select('status').where('user_id', '=', actor.userId).forUpdate().executeTakeFirst();
    if (!p || p.status === 'rejected') throw new AppError('mentorship.not_a_mentor');
    await tx.deleteFrom('mentor_availability').where('mentor_id', '=', actor.userId).execute();
    if (input.ranges.length) {
      await tx
        .insertInto('mentor_availability')
        .values(input.ranges.map((r) => ({ mentor_id: actor.userId, weekday: r.weekday, start_minute: r.from, end_minute: r.to, time_zone: zone })))
        .execute();
    }
    await tx.updateTable('mentor_profiles').set({ updated_at: deps.clock.now() }).where('user_id', '=', actor.userId).execute();
  });
  return (await myMentorProfile(deps, actor)) as MentorProfile;
}

/** Every application for admins: waiting ones first (oldest first), then the decided ones, newest first. */
export async function listApplications(deps: Deps, actorIn: Actor | null): Promise<MentorProfile[]> {
  requireAdmin(actorIn);
  const rows = await profileQuery(deps.db)
    .orderBy(sql`m.status = 'applied'`, 'desc')
    .orderBy(sql`CASE WHEN m.status = 'applied' THEN m.applied_at END`, 'asc')
    .orderBy('m.decided_at', 'desc')
    .limit(500)
    .execute();
  const ranges = await rangesOf(
    deps.db,
    rows.map((r) => r.user_id),
  );
  return rows.map((r) => toProfile(r, ranges.get(r.user_id) ?? []));
}

/**
 * An admin approves or rejects a waiting application. Approval grants the 'mentor' role (user_roles);
 * both are audited and told to the applicant.
 */
export async function decideApplication(deps: Deps, actorIn: Actor | null, userId: string, raw: unknown): Promise<MentorProfile> {
  const actor = requireAdmin(actorIn);
  if (!UUID.test(userId)) throw new AppError('not_found');
  const input = parseWith(decisionInput, raw);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const p = await tx.selectFrom('mentor_profiles').select(['user_id', 'status']).where('user_id', '=', userId).forUpdate().executeTakeFirst();
    if (!p) throw new AppError('not_found');
    if (p.status !== 'applied') throw new AppError('mentorship.already_decided');
    if (p.user_id === actor.userId) throw new AppError('mentorship.own_application');
    const status = input.decision === 'approve' ? 'approved' : 'rejected';
    await tx.updateTable('mentor_profiles').set({ status, decided_by: actor.userId, decided_at: now, decision_note: input.note || null, updated_at: now }).where('user_id', '=', userId).execute();
    if (status === 'approved') {
      const open = await tx.selectFrom('user_roles').select('id').where('user_id', '=', userId).where('role', '=', 'mentor').where('revoked_at', 'is', null).executeTakeFirst();
      if (!open) await tx.insertInto('user_roles').values({ user_id: userId, role: 'mentor', granted_by: actor.userId, granted_at: now, note: 'mentor application approved' }).execute();
    }
    await tx
      .insertInto('audit_events')
      .values({ kind: `mentor.${status}`, actor_id: actor.userId, subject_id: userId, data: JSON.stringify({ before: 'applied', after: status, note: input.note, role_granted: status === 'approved' ? 'mentor' : null }), ip: null, created_at: now })
      .execute();
    await notify(deps, tx, { userId, kind: status === 'approved' ? 'mentor_approved' : 'mentor_rejected', params: { note: input.note }, link: '/mentoring/profile' });
  });
  const row = await profileQuery(deps.db).where('m.user_id', '=', userId).executeTakeFirstOrThrow();
  return toProfile(row, (await rangesOf(deps.db, [userId])).get(userId) ?? []);
}

// --- Bookings ------------------------------------------------------------------------------------

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
  actions: BookingAction[];
  /** Whether the reader may leave feedback now, and what each side wrote. */
  canLeaveFeedback: boolean;
  feedback: FeedbackView[];
}

const bookingQuery = (db: Executor) =>
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
      actions: actionsFor({ status: r.status, startsAt: r.starts_at, endsAt: r.ends_at }, side, now),
      canLeaveFeedback: r.status === 'completed' && !feedback.some((f) => f.side === side),
      feedback,
    };
  });
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

const escrowOf = (bookingId: string, currency: Currency): AccountRef => ({ kind: 'escrow', refId: bookingId, currency });
const whenParam = (d: Date) => d.toISOString();

/**
 * A learner books one of an approved mentor's free sessions. Bookings of one mentor are taken one
 * at a time (the mentor's profile row is locked), and the unique index on (mentor, start) refuses a
 * second booking of the same moment whatever happens: a taken slot is a 409 and nothing changes. A
 * paid session moves its price from the learner's wallet into the booking's escrow in the same
 * transaction; without enough money, nothing is booked.
 */
export async function bookSession(deps: Deps, actorIn: Actor | null, handle: string, raw: unknown): Promise<BookingView> {
  const actor = requireActor(actorIn);
  const input = parseWith(bookingInput, raw);
  const startsAt = new Date(input.starts_at);
  const now = deps.clock.now();
  const mentor = await deps.db.selectFrom('users').select(['id', 'display_name']).where('handle', '=', handle.toLowerCase()).executeTakeFirst();
  if (!mentor) throw new AppError('not_found');
  if (mentor.id === actor.userId) throw new AppError('mentorship.own_session');
  let id: string;
  try {
    id = await deps.db.transaction().execute(async (tx) => {
      const p = await tx.selectFrom('mentor_profiles').selectAll().where('user_id', '=', mentor.id).where('status', '=', 'approved').forUpdate().executeTakeFirst();
      if (!p) throw new AppError('not_found');
      const ranges = (await rangesOf(tx, [p.user_id])).get(p.user_id) ?? [];
      const taken = (await takenSlots(tx, [p.user_id], now)).get(p.user_id) ?? [];
      const slot = freeSlots(ranges, p.session_minutes, taken, now).find((s) => s.startsAt.getTime() === startsAt.getTime());
      if (!slot) {
        const clash = taken.some((t) => t.startsAt <= startsAt && startsAt < t.endsAt);
        throw new AppError(clash ? 'mentorship.slot_taken' : 'mentorship.slot_unavailable');
      }
      const price = money(BigInt(p.price_minor), p.currency);
      const passed = remindersPassed(slot.startsAt, now);
      // The booking's id is chosen here so its escrow and idempotency key can name it before the row
      // exists: the row is written with its paying transaction (the table requires one for a price).
      const bookingId = randomUUID();
      const fundTx =
        price.amount > 0n
          ? await post(tx, deps, {
              kind: 'mentorship_fund',
              key: `mentoring:${bookingId}:fund`,
              fingerprint: requestFingerprint(actor.userId, 'mentoring.fund', { booking: bookingId, amount: price.amount, currency: price.currency }),
              actorId: actor.userId,
              reason: `Mentoring session with ${mentor.display_name} at ${slot.startsAt.toISOString()}: paid into escrow`,
              legs: [{ from: { kind: 'client_wallet', ownerId: actor.userId, currency: price.currency }, to: escrowOf(bookingId, price.currency), amount: price }],
            })
          : null;
      const b = await tx
        .insertInto('mentor_bookings')
        .values({
          id: bookingId,
          mentor_id: p.user_id,
          learner_id: actor.userId,
          starts_at: slot.startsAt,
          ends_at: slot.endsAt,
          topic: input.topic,
          price_minor: price.amount,
          currency: price.currency,
          fund_transaction_id: fundTx,
          reminded_day_at: passed.day ? now : null,
          reminded_hour_at: passed.hour ? now : null,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await notify(deps, tx, { userId: p.user_id, kind: 'mentoring_booked', params: { learner: actor.displayName, when: whenParam(slot.startsAt) }, link: '/mentoring' });
      return b.id;
    });
  } catch (e) {
    if ((e as { constraint?: string }).constraint === 'mentor_bookings_slot') throw new AppError('mentorship.slot_taken');
    throw e;
  }
  return getBooking(deps, actor, id);
}

/** Moves a settled booking's money by its outcome: to the mentor's pending earnings (with the hold) or back to the learner. */
async function settleMoney(tx: Tx, deps: Deps, row: { id: string; mentor_id: string; learner_id: string; price_minor: string; currency: Currency; starts_at: Date }, outcome: MoneyOutcome, rule: RuleId, actorId: string | null) {
  const price = money(BigInt(row.price_minor), row.currency);
  if (price.amount === 0n) return {};
  const now = deps.clock.now();
  const released = outcome === 'release';
  const txId = await post(tx, deps, {
    kind: released ? 'mentorship_release' : 'mentorship_refund',
    key: `mentoring:${row.id}:settle`,
    fingerprint: requestFingerprint(actorId ?? 'system', 'mentoring.settle', { booking: row.id, outcome, rule }),
    actorId,
    reason: `Mentoring session at ${row.starts_at.toISOString()}: ${rule} (${released ? 'paid to the mentor' : 'refunded to the learner'})`,
    legs: [
      {
        from: escrowOf(row.id, row.currency),
        to: released ? { kind: 'freelancer_pending', ownerId: row.mentor_id, currency: row.currency } : { kind: 'client_wallet', ownerId: row.learner_id, currency: row.currency },
        amount: price,
      },
    ],
  });
  return { settlement: released ? ('released' as const) : ('refunded' as const), settle_transaction_id: txId, settled_at: now, hold_until: released ? new Date(now.getTime() + deps.config.FUNDS_HOLD_DAYS * DAY_MS) : null };
}

/**
 * A party acts on a booking by the published rules: cancels it, reports the other absent, or
 * confirms the session took place. The rule decides the new status and where the money goes; the
 * other side is told.
 */
export async function actOnBooking(deps: Deps, actorIn: Actor | null, id: string, action: 'cancel' | 'report_absent' | 'confirm_held'): Promise<BookingView> {
  const actor = requireActor(actorIn);
  await getBooking(deps, actor, id);
  await deps.db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('mentor_bookings').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    const side: Side = row.learner_id === actor.userId ? 'learner' : 'mentor';
    const now = deps.clock.now();
    const d = decide({ status: row.status, startsAt: row.starts_at, endsAt: row.ends_at }, action, side, now);
    if (!d.ok) throw new AppError(d.code);
    const money = await settleMoney(tx, deps, row, d.money, d.rule, actor.userId);
    await tx.updateTable('mentor_bookings').set({ status: d.status, ended_by: actor.userId, ended_at: now, ...money }).where('id', '=', row.id).execute();
    const other = side === 'learner' ? row.mentor_id : row.learner_id;
    await notify(deps, tx, { userId: other, kind: 'mentoring_ended', params: { by: actor.displayName, rule: d.rule, when: whenParam(row.starts_at) }, link: '/mentoring' });
  });
  return getBooking(deps, actor, id);
}

/** After a completed session each side leaves feedback once (a 1–5 rating and words). */
export async function leaveFeedback(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<BookingView> {
  const actor = requireActor(actorIn);
  const before = await getBooking(deps, actor, id);
  const input = parseWith(feedbackInput, raw);
  if (before.status !== 'completed') throw new AppError('mentorship.feedback_not_open');
  const inserted = await deps.db
    .insertInto('mentor_feedback')
    .values({ booking_id: id, author_id: actor.userId, author_side: before.side, rating: input.rating, body: input.text, created_at: deps.clock.now() })
    .onConflict((oc) => oc.columns(['booking_id', 'author_side']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) throw new AppError('mentorship.feedback_given');
  return getBooking(deps, actor, id);
}

// --- The sweep -----------------------------------------------------------------------------------

/**
 * The queue's sweep (every few minutes): reminders a day and an hour before to both sides; sessions
 * whose report window closed with nothing reported count as held (the mentor is paid); earnings
 * whose hold has passed become available. Each booking is its own transaction with keys derived from
 * the booking, so a sweep that runs twice sends and moves once.
 */
export async function sweepMentoring(deps: Deps, limit = 100): Promise<{ reminded: number; completed: number; cleared: number }> {
  const now = deps.clock.now();
  let reminded = 0;
  let completed = 0;
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
  return { reminded, completed, cleared };
}

export const MENTORING_SWEEP_JOB = 'mentoring.sweep';

// --- Calendar files ------------------------------------------------------------------------------

/**
 * A booking's .ics for one of its parties, in that person's zone and language. `texts` gives the
 * summary and description in the reader's words (the route translates; services never render).
 */
export async function bookingCalendar(
  deps: Deps,
  actorIn: Actor | null,
  id: string,
  texts: (b: BookingView, locale: Locale, zone: string) => { summary: string; description: string },
): Promise<{ filename: string; body: string }> {
  const actor = requireActor(actorIn);
  const b = await getBooking(deps, actor, id);
  const me = await deps.db.selectFrom('users').select(['locale', 'time_zone']).where('id', '=', actor.userId).executeTakeFirstOrThrow();
  const zone = canonicalTimeZone(me.time_zone) ?? DEFAULT_TIME_ZONE;
  const t = texts(b, me.locale, zone);
  const host = new URL(deps.config.baseUrl).host;
  const body = calendarFile({
    uid: `mentoring-${b.id}@${host}`,
    stamp: deps.clock.now(),
    startsAt: b.startsAt,
    endsAt: b.endsAt,
    timeZone: zone,
    summary: t.summary,
    description: t.description,
    language: me.locale,
    location: b.meetingUrl,
    url: `${deps.config.baseUrl}/mentoring#booking-${b.id}`,
    cancelled: b.status === 'cancelled_by_learner' || b.status === 'cancelled_by_mentor',
  });
  return { filename: `hunar-mentoring-${b.startsAt.toISOString().slice(0, 10)}.ics`, body };
}
