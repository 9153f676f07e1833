// Association events' use cases (docs/decisions/0065-association-events.md): officers create and
// cancel events; people RSVP (a seat, or the waiting list when full) and give their place up (the
// first person waiting moves up and is told); the day-before reminder (a job, once per person);
// calendar files per event and an association's feed.
//
// Who may: an association's officers (src/associations/membership.ts isOfficer) create and cancel its
// events. An event of an active association is seen by everyone unless it is members-only, which
// only its active members (and admins) see: anyone else gets not_found, as for a private record.
// RSVP needs a signed-in person who may see the event. Seats are taken one at a time under the
// event row's lock, and the table's CHECK (going <= capacity) is the last guard.
import { sql } from 'kysely';
import { isMember, isOfficer } from '../associations/membership.ts';
import type { Executor, Tx } from '../db/pool.ts';
import { calendarFeed } from '../mentorship/ics.ts';
import { notify } from '../notifications/notify.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import type { Locale } from '../platform/i18n.ts';
import { canonicalTimeZone, DEFAULT_TIME_ZONE } from '../platform/time-zone.ts';
import { cancelRsvp as cancelRule, eventInput, inLanguage, nextInLine, reminderDue, reminderPassed, rsvp as rsvpRule, whenRefused } from './domain.ts';
import type { EventFormat, EventStatus, RsvpStatus } from './tables.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface AssociationRef {
  id: string;
  slug: string;
  nameEn: string | null;
  nameUr: string | null;
  status: 'active' | 'suspended';
}

export interface Attendee {
  userId: string;
  displayName: string;
  handle: string;
}

export interface EventView {
  id: string;
  association: AssociationRef;
  titleEn: string | null;
  titleUr: string | null;
  aboutEn: string | null;
  aboutUr: string | null;
  format: EventFormat;
  /** The meeting link of an online event: for people going and the officers only. */
  onlineUrl: string | null;
  venue: string | null;
  city: { slug: string; nameEn: string; nameUr: string } | null;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  going: number;
  waiting: number;
  membersOnly: boolean;
  status: EventStatus;
  cancelledAt: Date | null;
  /** The viewer's place: going, waiting (with their position), or none. */
  mine: { status: 'going' | 'waiting'; position: number | null } | null;
  /** The viewer may RSVP now (signed in or not: a visitor is asked to log in). */
  open: boolean;
  /** The viewer is an officer of the association (may cancel; sees who comes). */
  canManage: boolean;
  /** For officers: who is going and who waits, in order. */
  attendees: { going: Attendee[]; waiting: Attendee[] } | null;
}

// --- Reading -------------------------------------------------------------------------------------

async function associationBySlug(db: Executor, slug: string): Promise<AssociationRef | null> {
  if (!SLUG.test(slug) || slug.length > 60) return null;
  const a = await db.selectFrom('associations').select(['id', 'slug', 'name_en', 'name_ur', 'status']).where('slug', '=', slug).executeTakeFirst();
  return a ? { id: a.id, slug: a.slug, nameEn: a.name_en, nameUr: a.name_ur, status: a.status } : null;
}

const eventQuery = (db: Executor) =>
  db
    .selectFrom('association_events as e')
    .innerJoin('associations as a', 'a.id', 'e.association_id')
    .leftJoin('cities as c', 'c.slug', 'e.city_slug')
    .selectAll('e')
    .select(['a.slug as association_slug', 'a.name_en as association_name_en', 'a.name_ur as association_name_ur', 'a.status as association_status', 'c.name_en as city_en', 'c.name_ur as city_ur'])
    .select(sql<string>`(SELECT count(*) FROM association_event_rsvps r WHERE r.event_id = e.id AND r.status = 'waiting')`.as('waiting_count'));
type EventRow = NonNullable<Awaited<ReturnType<ReturnType<typeof eventQuery>['executeTakeFirst']>>>;

/** What the viewer may see: an active association's events, members-only ones to its members; admins see all. */
async function visible(db: Executor, viewer: Actor | null, row: { association_id: string; association_status: string; members_only: boolean }): Promise<boolean> {
  if (viewer?.isAdmin) return true;
  if (row.association_status !== 'active') return false;
  if (!row.members_only) return true;
  return !!viewer && (await isMember(db, row.association_id, viewer.userId));
}

async function toViews(db: Executor, viewer: Actor | null, rows: readonly EventRow[], now: Date, withAttendees: boolean): Promise<EventView[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const mine = viewer
    ? await db
        .selectFrom('association_event_rsvps as r')
        .select(['r.event_id', 'r.status'])
        .select(sql<string | null>`CASE WHEN r.status = 'waiting' THEN (SELECT count(*) FROM association_event_rsvps w WHERE w.event_id = r.event_id AND w.status = 'waiting' AND (w.queued_at, w.user_id) <= (r.queued_at, r.user_id)) END`.as('position'))
        .where('r.user_id', '=', viewer.userId)
        .where('r.event_id', 'in', ids)
        .where('r.status', '<>', 'cancelled')
        .execute()
    : [];
  const officerOf = new Map<string, boolean>();
  for (const r of rows) {
    if (!officerOf.has(r.association_id)) officerOf.set(r.association_id, !!viewer && (await isOfficer(db, r.association_id, viewer.userId)));
  }
  const views: EventView[] = [];
  for (const r of rows) {
    const m = mine.find((x) => x.event_id === r.id);
    const canManage = officerOf.get(r.association_id) ?? false;
    let attendees: EventView['attendees'] = null;
    if (withAttendees && canManage) {
      const people = await db
        .selectFrom('association_event_rsvps as r')
        .innerJoin('users as u', 'u.id', 'r.user_id')
        .select(['r.user_id', 'r.status', 'u.display_name', 'u.handle'])
        .where('r.event_id', '=', r.id)
        .where('r.status', '<>', 'cancelled')
        .orderBy('r.queued_at')
        .orderBy('r.user_id')
        .execute();
      const as = (s: RsvpStatus) => people.filter((p) => p.status === s).map((p) => ({ userId: p.user_id, displayName: p.display_name, handle: String(p.handle) }));
      attendees = { going: as('going'), waiting: as('waiting') };
    }
    const going = m?.status === 'going';
    views.push({
      id: r.id,
      association: { id: r.association_id, slug: r.association_slug, nameEn: r.association_name_en, nameUr: r.association_name_ur, status: r.association_status },
      titleEn: r.title_en,
      titleUr: r.title_ur,
      aboutEn: r.about_en,
      aboutUr: r.about_ur,
      format: r.format,
      onlineUrl: r.status === 'scheduled' && (going || canManage) ? r.online_url : null,
      venue: r.venue,
      city: r.city_slug && r.city_en && r.city_ur ? { slug: r.city_slug, nameEn: r.city_en, nameUr: r.city_ur } : null,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      capacity: r.capacity,
      going: r.going,
      waiting: Number(r.waiting_count),
      membersOnly: r.members_only,
      status: r.status,
      cancelledAt: r.cancelled_at,
      mine: m && (m.status === 'going' || m.status === 'waiting') ? { status: m.status, position: m.position === null ? null : Number(m.position) } : null,
      open: r.status === 'scheduled' && r.association_status === 'active' && now < r.starts_at,
      canManage,
      attendees,
    });
  }
  return views;
}

/** One event, for whoever may see it (a members-only one to members; anyone else: not_found). */
export async function getEvent(deps: Deps, viewer: Actor | null, id: string): Promise<EventView> {
  if (!UUID.test(id)) throw new AppError('not_found');
  const row = await eventQuery(deps.db).where('e.id', '=', id).executeTakeFirst();
  if (!row || !(await visible(deps.db, viewer, row))) throw new AppError('not_found');
  return (await toViews(deps.db, viewer, [row], deps.clock.now(), true))[0]!;
}

export interface EventList {
  association: AssociationRef | null;
  events: EventView[];
  /** The viewer may create events here (an officer). */
  canCreate: boolean;
}

/**
 * Events the viewer may see, soonest first: an association's (by slug), or every association's.
 * `when`: upcoming (not yet ended; the default) or past (most recent first).
 */
export async function listEvents(deps: Deps, viewer: Actor | null, opts: { slug?: string; when?: 'upcoming' | 'past'; limit?: number } = {}): Promise<EventList> {
  const now = deps.clock.now();
  let association: AssociationRef | null = null;
  let q = eventQuery(deps.db);
  if (opts.slug !== undefined) {
    association = await associationBySlug(deps.db, opts.slug);
    if (!association || (association.status !== 'active' && !viewer?.isAdmin)) throw new AppError('not_found');
    q = q.where('e.association_id', '=', association.id);
  } else if (!viewer?.isAdmin) q = q.where('a.status', '=', 'active');
  const past = opts.when === 'past';
  q = past ? q.where('e.ends_at', '<=', now).orderBy('e.starts_at', 'desc') : q.where('e.ends_at', '>', now).orderBy('e.starts_at', 'asc');
  if (!viewer?.isAdmin) {
    // Members-only events of associations the viewer belongs to; public ones for everyone.
    const userId = viewer?.userId ?? null;
    q = q.where((eb) =>
      eb.or([
        eb('e.members_only', '=', false),
        userId
          ? eb.exists(eb.selectFrom('association_members as m').select('m.user_id').whereRef('m.association_id', '=', 'e.association_id').where('m.user_id', '=', userId).where('m.status', '=', 'active'))
          : eb.val(false),
      ]),
    );
  }
  const rows = await q.limit(Math.min(opts.limit ?? 100, 200)).execute();
  const events = await toViews(deps.db, viewer, rows, now, false);
  const canCreate = !!association && !!viewer && association.status === 'active' && (await isOfficer(deps.db, association.id, viewer.userId));
  return { association, events, canCreate };
}

/** The association an event form belongs to, for its officers only. */
export async function associationForNewEvent(deps: Deps, actorIn: Actor | null, slug: string): Promise<AssociationRef> {
  const actor = requireActor(actorIn);
  const a = await associationBySlug(deps.db, slug);
  if (a?.status !== 'active') throw new AppError('not_found');
  if (!(await isOfficer(deps.db, a.id, actor.userId))) throw new AppError('events.officers_only');
  return a;
}

// --- Officers ------------------------------------------------------------------------------------

/** An officer creates an event of their association; its time is typed in Asia/Karachi. */
export async function createEvent(deps: Deps, actorIn: Actor | null, slug: string, raw: unknown): Promise<EventView> {
  const actor = requireActor(actorIn);
  const a = await associationForNewEvent(deps, actor, slug);
  const input = parseWith(eventInput, raw);
  const now = deps.clock.now();
  const refused = whenRefused(input.startsAt, now);
  if (refused) throw new AppError('validation.failed', {}, { date: { key: refused } });
  if (input.citySlug && !(await deps.db.selectFrom('cities').select('slug').where('slug', '=', input.citySlug).executeTakeFirst())) {
    throw new AppError('validation.failed', {}, { city: { key: 'field.choose' } });
  }
  const { id } = await deps.db
    .insertInto('association_events')
    .values({
      association_id: a.id,
      title_en: input.titleEn,
      title_ur: input.titleUr,
      about_en: input.aboutEn,
      about_ur: input.aboutUr,
      format: input.format,
      online_url: input.onlineUrl,
      venue: input.venue,
      city_slug: input.citySlug,
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      capacity: input.capacity,
      members_only: input.membersOnly,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return getEvent(deps, actor, id);
}

/** The title of an event in each recipient's language, for notifications (plain facts, not rendered text). */
async function recipients(tx: Executor, eventId: string, statuses: RsvpStatus[]) {
  return tx
    .selectFrom('association_event_rsvps as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.user_id', 'u.locale'])
    .where('r.event_id', '=', eventId)
    .where('r.status', 'in', statuses)
    .execute();
}

/** An officer cancels an event before it starts: everyone going or waiting is told; calendars learn it from the file. */
export async function cancelEvent(deps: Deps, actorIn: Actor | null, id: string): Promise<EventView> {
  const actor = requireActor(actorIn);
  const before = await getEvent(deps, actor, id);
  if (!before.canManage) throw new AppError('events.officers_only');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const e = await tx.selectFrom('association_events').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    if (e.status === 'cancelled') throw new AppError('events.cancelled');
    if (now >= e.starts_at) throw new AppError('events.started');
    await tx.updateTable('association_events').set({ status: 'cancelled', cancelled_by: actor.userId, cancelled_at: now, updated_at: now }).where('id', '=', id).execute();
    for (const p of await recipients(tx, id, ['going', 'waiting'])) {
      await notify(deps, tx, { userId: p.user_id, kind: 'event_cancelled', params: { event: inLanguage(p.locale, e.title_en, e.title_ur) }, link: `/events/${id}` });
    }
  });
  return getEvent(deps, actor, id);
}

// --- RSVP ----------------------------------------------------------------------------------------

/** The event row locked for a change of seats, after checking the person may see it. */
async function lockVisible(tx: Tx, actor: Actor, id: string) {
  if (!UUID.test(id)) throw new AppError('not_found');
  const e = await tx
    .selectFrom('association_events as e')
    .innerJoin('associations as a', 'a.id', 'e.association_id')
    .selectAll('e')
    .select('a.status as association_status')
    .where('e.id', '=', id)
    .forUpdate('e')
    .executeTakeFirst();
  if (!e || !(await visible(tx, actor, e))) throw new AppError('not_found');
  // An admin sees a suspended association's events but cannot RSVP to them.
  if (e.association_status !== 'active') throw new AppError('not_found');
  return e;
}

/**
 * A person RSVPs: a seat while one is free, otherwise the end of the waiting list. Taken under the
 * event's row lock, so two people asking for the last seat at once get it one after the other: one
 * goes, the other waits. A second RSVP is refused (409, translated) and changes nothing.
 */
export async function rsvp(deps: Deps, actorIn: Actor | null, id: string): Promise<EventView> {
  const actor = requireActor(actorIn);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const e = await lockVisible(tx, actor, id);
    const current = await tx.selectFrom('association_event_rsvps').select('status').where('event_id', '=', id).where('user_id', '=', actor.userId).executeTakeFirst();
    const d = rsvpRule({ status: e.status, startsAt: e.starts_at, capacity: e.capacity, going: e.going }, current?.status ?? null, now);
    if (!d.ok) throw new AppError(d.code);
    const reminded = d.status === 'going' && reminderPassed(e.starts_at, now) ? now : null;
    await tx
      .insertInto('association_event_rsvps')
      .values({ event_id: id, user_id: actor.userId, status: d.status, queued_at: now, updated_at: now, reminded_at: reminded })
      .onConflict((oc) => oc.columns(['event_id', 'user_id']).doUpdateSet({ status: d.status, queued_at: now, updated_at: now, moved_up_at: null, reminded_at: reminded }))
      .execute();
    if (d.status === 'going') await tx.updateTable('association_events').set({ going: sql`going + 1` }).where('id', '=', id).execute();
  });
  return getEvent(deps, actor, id);
}

/** Seats freed in a locked event go to the first people waiting, who are told. */
async function moveUp(tx: Tx, deps: Deps, e: { id: string; capacity: number; title_en: string | null; title_ur: string | null; starts_at: Date }, now: Date): Promise<number> {
  const { going } = await tx.selectFrom('association_events').select('going').where('id', '=', e.id).executeTakeFirstOrThrow();
  const waiting = await tx.selectFrom('association_event_rsvps as r').innerJoin('users as u', 'u.id', 'r.user_id').select(['r.user_id', 'r.queued_at', 'u.locale']).where('r.event_id', '=', e.id).where('r.status', '=', 'waiting').execute();
  const next = nextInLine(
    waiting.map((w) => ({ userId: w.user_id, queuedAt: w.queued_at, locale: w.locale })),
    e.capacity - going,
  );
  for (const w of next) {
    await tx
      .updateTable('association_event_rsvps')
      .set({ status: 'going', moved_up_at: now, updated_at: now, reminded_at: reminderPassed(e.starts_at, now) ? now : null })
      .where('event_id', '=', e.id)
      .where('user_id', '=', w.userId)
      .execute();
    await notify(deps, tx, { userId: w.userId, kind: 'event_moved_up', params: { event: inLanguage(w.locale, e.title_en, e.title_ur) }, link: `/events/${e.id}` });
  }
  if (next.length) await tx.updateTable('association_events').set({ going: sql`going + ${next.length}` }).where('id', '=', e.id).execute();
  return next.length;
}

/** A person gives up their seat or leaves the waiting list; a freed seat goes to the first person waiting. */
export async function cancelMyRsvp(deps: Deps, actorIn: Actor | null, id: string): Promise<EventView> {
  const actor = requireActor(actorIn);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const e = await lockVisible(tx, actor, id);
    const current = await tx.selectFrom('association_event_rsvps').select('status').where('event_id', '=', id).where('user_id', '=', actor.userId).executeTakeFirst();
    const d = cancelRule({ status: e.status, startsAt: e.starts_at, capacity: e.capacity, going: e.going }, current?.status ?? null, now);
    if (!d.ok) throw new AppError(d.code);
    await tx.updateTable('association_event_rsvps').set({ status: 'cancelled', updated_at: now }).where('event_id', '=', id).where('user_id', '=', actor.userId).execute();
    if (d.freesSeat) {
      await tx.updateTable('association_events').set({ going: sql`going - 1` }).where('id', '=', id).execute();
      await moveUp(tx, deps, e, now);
    }
  });
  return getEvent(deps, actor, id);
}

// --- The reminder job ----------------------------------------------------------------------------

export const EVENT_REMINDERS_JOB = 'events.reminders';

/**
 * The job (every few minutes): people going to an event that starts within 24 hours are reminded
 * once. Each place is its own transaction, locked and checked again, so two runs at once (or one
 * run twice) remind once.
 */
export async function sendEventReminders(deps: Deps, limit = 200): Promise<number> {
  const now = deps.clock.now();
  const due = await deps.db
    .selectFrom('association_event_rsvps as r')
    .innerJoin('association_events as e', 'e.id', 'r.event_id')
    .select(['r.event_id', 'r.user_id'])
    .where('r.status', '=', 'going')
    .where('r.reminded_at', 'is', null)
    .where('e.status', '=', 'scheduled')
    .where('e.starts_at', '>', now)
    .where('e.starts_at', '<=', new Date(now.getTime() + 24 * 3_600_000))
    .orderBy('e.starts_at')
    .limit(limit)
    .execute();
  let sent = 0;
  for (const d of due) {
    const done = await deps.db.transaction().execute(async (tx) => {
      const r = await tx
        .selectFrom('association_event_rsvps as r')
        .innerJoin('association_events as e', 'e.id', 'r.event_id')
        .innerJoin('users as u', 'u.id', 'r.user_id')
        .select(['r.status', 'r.reminded_at', 'e.status as event_status', 'e.starts_at', 'e.title_en', 'e.title_ur', 'u.locale'])
        .where('r.event_id', '=', d.event_id)
        .where('r.user_id', '=', d.user_id)
        .forUpdate('r')
        .skipLocked()
        .executeTakeFirst();
      if (!r || !reminderDue({ status: r.status, remindedAt: r.reminded_at }, { status: r.event_status, startsAt: r.starts_at }, now)) return false;
      await tx.updateTable('association_event_rsvps').set({ reminded_at: now }).where('event_id', '=', d.event_id).where('user_id', '=', d.user_id).execute();
      await notify(deps, tx, { userId: d.user_id, kind: 'event_reminder', params: { event: inLanguage(r.locale, r.title_en, r.title_ur), hours: 24 }, link: `/events/${d.event_id}` });
      return true;
    });
    if (done) sent++;
  }
  return sent;
}

// --- Calendar files ------------------------------------------------------------------------------

export type CalendarTexts = (e: EventView, locale: Locale, zone: string) => { summary: string; description: string; location: string | null };

async function readerOf(deps: Deps, viewer: Actor | null): Promise<{ locale: Locale; zone: string }> {
  if (!viewer) return { locale: 'en', zone: DEFAULT_TIME_ZONE };
  const me = await deps.db.selectFrom('users').select(['locale', 'time_zone']).where('id', '=', viewer.userId).executeTakeFirstOrThrow();
  return { locale: me.locale, zone: canonicalTimeZone(me.time_zone) ?? DEFAULT_TIME_ZONE };
}

function feedOf(deps: Deps, events: readonly EventView[], reader: { locale: Locale; zone: string }, texts: CalendarTexts, name?: string): string {
  const host = new URL(deps.config.baseUrl).host;
  return calendarFeed(
    { prodId: '-//Hunar//Association events//EN', timeZone: reader.zone, now: deps.clock.now(), ...(name ? { name } : {}) },
    events.map((e) => {
      const t = texts(e, reader.locale, reader.zone);
      return {
        uid: `event-${e.id}@${host}`,
        stamp: deps.clock.now(),
        startsAt: e.startsAt,
        endsAt: e.endsAt,
        summary: t.summary,
        description: t.description,
        language: reader.locale,
        location: t.location,
        url: `${deps.config.baseUrl}/events/${e.id}`,
        cancelled: e.status === 'cancelled',
      };
    }),
  );
}

/** One event's .ics, in the reader's zone and language (a visitor: Asia/Karachi, English). */
export async function eventCalendar(deps: Deps, viewer: Actor | null, id: string, texts: CalendarTexts): Promise<{ filename: string; body: string }> {
  const e = await getEvent(deps, viewer, id);
  const reader = await readerOf(deps, viewer);
  return { filename: `hunar-event-${e.startsAt.toISOString().slice(0, 10)}.ics`, body: feedOf(deps, [e], reader, texts) };
}

/**
 * An association's feed: its events from 30 days ago on, for subscribing. Members-only events are
 * in it for a member fetching it signed in; a calendar app subscribing without a session gets the
 * public ones.
 */
export async function associationCalendar(deps: Deps, viewer: Actor | null, slug: string, texts: CalendarTexts, feedName: (a: AssociationRef, locale: Locale) => string): Promise<{ filename: string; body: string }> {
  const upcoming = await listEvents(deps, viewer, { slug });
  const since = deps.clock.now().getTime() - 30 * 86_400_000;
  const past = (await listEvents(deps, viewer, { slug, when: 'past' })).events.filter((e) => e.startsAt.getTime() >= since);
  const reader = await readerOf(deps, viewer);
  const association = upcoming.association as AssociationRef;
  return { filename: `hunar-${association.slug}-events.ics`, body: feedOf(deps, [...past.reverse(), ...upcoming.events], reader, texts, feedName(association, reader.locale)) };
}
