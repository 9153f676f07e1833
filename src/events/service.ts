// Association events' use cases (docs/decisions/0065-association-events.md): officers create, edit
// and cancel events; people RSVP (a seat, or the waiting list when full) and give their place up (the
// first person waiting moves up and is told); the day-before reminder (a job, once per person);
// calendar files per event and an association's feed, with each member's private feed link.
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
import { hashToken, newToken } from '../accounts/tokens.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import type { Locale } from '../platform/i18n.ts';
import { canonicalTimeZone, DEFAULT_TIME_ZONE } from '../platform/time-zone.ts';
import { cancelRsvp as cancelRule, EVENT_FIELDS, type EventInput, editRefused, eventChanges, eventFormValues, eventInput, inLanguage, nextInLine, reminderDue, reminderPassed, rsvp as rsvpRule, whenRefused } from './domain.ts';
import type { EventFormat, EventStatus, RsvpStatus } from './tables.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Who reads: a signed-in person, or the holder of a private feed link (never an admin through it). */
type Viewer = Pick<Actor, 'userId' | 'isAdmin'>;

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
  /** The calendar SEQUENCE: raised with each saved change and with a cancellation. */
  sequence: number;
  /** When the event was created or last changed. */
  updatedAt: Date;
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
async function visible(db: Executor, viewer: Viewer | null, row: { association_id: string; association_status: string; members_only: boolean }): Promise<boolean> {
  if (viewer?.isAdmin) return true;
  if (row.association_status !== 'active') return false;
  if (!row.members_only) return true;
  return !!viewer && (await isMember(db, row.association_id, viewer.userId));
}

async function toViews(db: Executor, viewer: Viewer | null, rows: readonly EventRow[], now: Date, withAttendees: boolean): Promise<EventView[]> {
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
      sequence: r.sequence,
      updatedAt: r.updated_at,
      mine: m && (m.status === 'going' || m.status === 'waiting') ? { status: m.status, position: m.position === null ? null : Number(m.position) } : null,
      open: r.status === 'scheduled' && r.association_status === 'active' && now < r.starts_at,
      canManage,
      attendees,
    });
  }
  return views;
}

/** One event, for whoever may see it (a members-only one to members; anyone else: not_found). */
export async function getEvent(deps: Deps, viewer: Viewer | null, id: string): Promise<EventView> {
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
export async function listEvents(deps: Deps, viewer: Viewer | null, opts: { slug?: string; when?: 'upcoming' | 'past'; limit?: number } = {}): Promise<EventList> {
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

/** The stored row as the officers' form reads it (Asia/Karachi wall times). */
const formValuesOf = (e: { title_en: string | null; title_ur: string | null; about_en: string | null; about_ur: string | null; format: EventFormat; online_url: string | null; venue: string | null; city_slug: string | null; starts_at: Date; ends_at: Date; capacity: number; members_only: boolean }) =>
  eventFormValues({
    titleEn: e.title_en,
    titleUr: e.title_ur,
    aboutEn: e.about_en,
    aboutUr: e.about_ur,
    format: e.format,
    onlineUrl: e.online_url,
    venue: e.venue,
    citySlug: e.city_slug,
    startsAt: e.starts_at,
    endsAt: e.ends_at,
    capacity: e.capacity,
    membersOnly: e.members_only,
  });

/** An event for its officers' edit form: the event and its current values. Others: as for cancelling. */
export async function eventForEdit(deps: Deps, actorIn: Actor | null, id: string): Promise<{ event: EventView; values: Record<string, string> }> {
  const actor = requireActor(actorIn);
  const event = await getEvent(deps, actor, id);
  if (!event.canManage) throw new AppError('events.officers_only');
  if (event.status === 'cancelled') throw new AppError('events.cancelled');
  if (!event.open) throw new AppError('events.started');
  const row = await deps.db.selectFrom('association_events').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return { event, values: formValuesOf(row) };
}

/**
 * An officer changes an event before it starts. `raw` names the fields to change (the API's PATCH)
 * or all of them (the form); the others keep their values. Under the event's row lock: seats may not
 * drop below the people going (refused, field by field, nothing changed); more seats move the first
 * people waiting up (told, as when someone gives a seat up); a new time, place or link is told to
 * everyone going and waiting (event_changed); every saved change raises the calendar SEQUENCE so
 * calendars replace the event. Saving the same values changes nothing.
 */
export async function editEvent(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<EventView> {
  const actor = requireActor(actorIn);
  const before = await getEvent(deps, actor, id);
  if (!before.canManage) throw new AppError('events.officers_only');
  const patch = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const e = await tx.selectFrom('association_events').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    const current: Record<string, unknown> = formValuesOf(e);
    const old: EventInput = parseWith(eventInput, current);
    for (const k of EVENT_FIELDS) if (k in patch && patch[k] !== undefined) current[k] = patch[k];
    const next = parseWith(eventInput, current);
    const refused = editRefused({ status: e.status, startsAt: e.starts_at, going: e.going }, old, next, now);
    if (refused && 'code' in refused) throw new AppError(refused.code);
    if (refused) throw new AppError('validation.failed', {}, { [refused.field]: { key: refused.key, ...(refused.params ? { params: refused.params } : {}) } });
    if (next.citySlug && next.citySlug !== old.citySlug && !(await tx.selectFrom('cities').select('slug').where('slug', '=', next.citySlug).executeTakeFirst())) {
      throw new AppError('validation.failed', {}, { city: { key: 'field.choose' } });
    }
    if (next.membersOnly && !old.membersOnly) {
      // People who are not members and hold a place would lose sight of the event they were promised.
      const guests = await tx
        .selectFrom('association_event_rsvps as r')
        .select('r.user_id')
        .where('r.event_id', '=', id)
        .where('r.status', 'in', ['going', 'waiting'])
        .where((eb) => eb.not(eb.exists(eb.selectFrom('association_members as m').select('m.user_id').whereRef('m.user_id', '=', 'r.user_id').where('m.association_id', '=', e.association_id).where('m.status', '=', 'active'))))
        .executeTakeFirst();
      if (guests) throw new AppError('validation.failed', {}, { members_only: { key: 'field.event_members_only_guests' } });
    }
    const changed = eventChanges(old, next);
    if (!changed.any) return;
    const told = changed.timeOrPlace ? await recipients(tx, id, ['going', 'waiting']) : [];
    await tx
      .updateTable('association_events')
      .set({
        title_en: next.titleEn,
        title_ur: next.titleUr,
        about_en: next.aboutEn,
        about_ur: next.aboutUr,
        format: next.format,
        online_url: next.onlineUrl,
        venue: next.venue,
        city_slug: next.citySlug,
        starts_at: next.startsAt,
        ends_at: next.endsAt,
        capacity: next.capacity,
        members_only: next.membersOnly,
        updated_at: now,
        sequence: sql`sequence + 1`,
      })
      .where('id', '=', id)
      .execute();
    if (next.startsAt.getTime() !== old.startsAt.getTime()) {
      // The day-before reminder follows the new time (unless that is within a day: they are told now).
      await tx
        .updateTable('association_event_rsvps')
        .set({ reminded_at: reminderPassed(next.startsAt, now) ? now : null })
        .where('event_id', '=', id)
        .where('status', '=', 'going')
        .execute();
    }
    for (const p of told) {
      await notify(deps, tx, { userId: p.user_id, kind: 'event_changed', params: { event: inLanguage(p.locale, next.titleEn, next.titleUr) }, link: `/events/${id}` });
    }
    if (next.capacity > old.capacity) await moveUp(tx, deps, { id, capacity: next.capacity, title_en: next.titleEn, title_ur: next.titleUr, starts_at: next.startsAt }, now);
  });
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
    await tx.updateTable('association_events').set({ status: 'cancelled', cancelled_by: actor.userId, cancelled_at: now, updated_at: now, sequence: sql`sequence + 1` }).where('id', '=', id).execute();
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

async function readerOf(deps: Deps, viewer: Viewer | null): Promise<{ locale: Locale; zone: string }> {
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
        sequence: e.sequence,
        modified: e.updatedAt,
      };
    }),
  );
}

/** One event's .ics, in the reader's zone and language (a visitor: Asia/Karachi, English). */
export async function eventCalendar(deps: Deps, viewer: Viewer | null, id: string, texts: CalendarTexts): Promise<{ filename: string; body: string }> {
  const e = await getEvent(deps, viewer, id);
  const reader = await readerOf(deps, viewer);
  return { filename: `hunar-event-${e.startsAt.toISOString().slice(0, 10)}.ics`, body: feedOf(deps, [e], reader, texts) };
}

// --- Private feed links --------------------------------------------------------------------------

/** The association a feed link belongs to, for its active members only. */
async function associationForFeedKey(deps: Deps, actor: Actor, slug: string): Promise<AssociationRef> {
  const a = await associationBySlug(deps.db, slug);
  if (a?.status !== 'active') throw new AppError('not_found');
  if (!(await isMember(deps.db, a.id, actor.userId))) throw new AppError('events.feed_members_only');
  return a;
}

/** Whether the viewer has a private feed link for the association (and since when); null for anyone who is not an active member. */
export async function feedKeyStatus(deps: Deps, viewer: Viewer | null, associationId: string): Promise<{ createdAt: Date | null } | null> {
  if (!viewer || !(await isMember(deps.db, associationId, viewer.userId))) return null;
  const k = await deps.db.selectFrom('association_event_feed_keys').select('created_at').where('association_id', '=', associationId).where('user_id', '=', viewer.userId).executeTakeFirst();
  return { createdAt: k?.created_at ?? null };
}

/**
 * A member makes (or resets) their private link to the association's feed: a new random token, of
 * which only the SHA-256 is kept, so the link can be shown only now; the old link stops working.
 */
export async function resetFeedKey(deps: Deps, actorIn: Actor | null, slug: string): Promise<{ association: AssociationRef; token: string; path: string }> {
  const actor = requireActor(actorIn);
  const association = await associationForFeedKey(deps, actor, slug);
  const token = newToken();
  const now = deps.clock.now();
  await deps.db
    .insertInto('association_event_feed_keys')
    .values({ association_id: association.id, user_id: actor.userId, token_hash: hashToken(token), created_at: now })
    .onConflict((oc) => oc.columns(['association_id', 'user_id']).doUpdateSet({ token_hash: hashToken(token), created_at: now }))
    .execute();
  return { association, token, path: `/associations/${association.slug}/events.ics?key=${token}` };
}

/** The holder of a feed key for this association, while they are an active member; otherwise null. */
async function feedKeyHolder(deps: Deps, slug: string, key: string): Promise<Viewer | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(key)) return null;
  const k = await deps.db
    .selectFrom('association_event_feed_keys as k')
    .innerJoin('associations as a', 'a.id', 'k.association_id')
    .select(['k.user_id', 'k.association_id'])
    .where('k.token_hash', '=', hashToken(key))
    .where('a.slug', '=', slug)
    .executeTakeFirst();
  if (!k || !(await isMember(deps.db, k.association_id, k.user_id))) return null;
  return { userId: k.user_id, isAdmin: false };
}

/**
 * An association's feed: its events from 30 days ago on, for subscribing. Members-only events are
 * in it for a member fetching it signed in, or for anyone holding a current member's private link
 * (`key`: calendar apps send no cookies), in that member's language and zone. A key that does not
 * work (unknown, reset, or its holder no longer a member) gives the public feed, as no key does, so a
 * subscribed calendar drops the members-only events rather than keeping stale copies.
 */
export async function associationCalendar(deps: Deps, viewerIn: Viewer | null, slug: string, texts: CalendarTexts, feedName: (a: AssociationRef, locale: Locale) => string, key?: string): Promise<{ filename: string; body: string }> {
  const viewer = (key ? await feedKeyHolder(deps, slug, key) : null) ?? viewerIn;
  const upcoming = await listEvents(deps, viewer, { slug });
  const since = deps.clock.now().getTime() - 30 * 86_400_000;
  const past = (await listEvents(deps, viewer, { slug, when: 'past' })).events.filter((e) => e.startsAt.getTime() >= since);
  const reader = await readerOf(deps, viewer);
  const association = upcoming.association as AssociationRef;
  return { filename: `hunar-${association.slug}-events.ics`, body: feedOf(deps, [...past.reverse(), ...upcoming.events], reader, texts, feedName(association, reader.locale)) };
}
