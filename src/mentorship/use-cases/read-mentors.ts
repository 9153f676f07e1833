// Reading mentors: the directory with each mentor's next free sessions, a mentor's public page (approved
// mentors to everyone; the mentor and admins in any state), and the actor's own mentor profile.
import { sql } from 'kysely';
import type { Executor } from '../../db/pool.ts';
import { type Actor, requireActor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { type Money, money } from '../../platform/money.ts';
import { freeSlots, type Side, type Slot, type WeeklyRange } from '../domain.ts';
import type { MentorStatus } from '../tables.ts';

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
  /** An admin's reason for a suspension, shown to the mentor and admins. */
  suspensionNote: string | null;
  availability: WeeklyRange[];
  /** From learners' feedback: the sum and count of ratings. */
  rating: { sum: number; count: number };
}

export const profileQuery = (db: Executor) =>
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

export async function rangesOf(db: Executor, mentorIds: readonly string[]): Promise<Map<string, WeeklyRange[]>> {
  const out = new Map<string, WeeklyRange[]>(mentorIds.map((id) => [id, []]));
  if (!mentorIds.length) return out;
  const rows = await db.selectFrom('mentor_availability').selectAll().where('mentor_id', 'in', mentorIds).orderBy('weekday').orderBy('start_minute').execute();
  for (const r of rows) out.get(r.mentor_id)?.push({ weekday: r.weekday, startMinute: r.start_minute, endMinute: r.end_minute, timeZone: r.time_zone });
  return out;
}

export function toProfile(r: ProfileRow, availability: WeeklyRange[]): MentorProfile {
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
    suspensionNote: r.suspension_note,
    availability,
    rating: { sum: Number(r.rating_sum), count: Number(r.rating_count) },
  };
}

/** Sessions that hold a mentor's time: booked or held (cancelled ones free it), from `from` on. */
export async function takenSlots(db: Executor, mentorIds: readonly string[], from: Date): Promise<Map<string, Slot[]>> {
  const out = new Map<string, Slot[]>(mentorIds.map((id) => [id, []]));
  if (!mentorIds.length) return out;
  const rows = await db
    .selectFrom('mentor_bookings')
    .select(['mentor_id', 'starts_at', 'ends_at'])
    .where('mentor_id', 'in', mentorIds)
    .where('status', 'not in', ['cancelled_by_learner', 'cancelled_by_mentor', 'cancelled_mentor_suspended'])
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
