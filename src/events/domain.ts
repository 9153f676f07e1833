// Association events' rules, with no I/O (docs/decisions/0065-association-events.md): what an event
// looks like when an officer creates it, who gets a seat and who waits, who moves up, and when the
// day-before reminder is due.
//
// Invariants (asserted in domain.test.ts):
// - an event is never over capacity: a person gets a seat only while going < capacity, otherwise
//   they join the waiting list (the table's CHECK (going <= capacity) is the last guard);
// - a person holds at most one place per event: going, waiting, or none (a second RSVP is refused);
// - the waiting list is first come, first served: when a seat frees, the earliest queued moves up;
// - nothing changes once the event has started or was cancelled;
// - the reminder goes once, to people going, within REMINDER_MS before the start;
// - an edit never leaves the event over capacity (capacity below the people going is refused), raises
//   the calendar SEQUENCE once per saved change, and is refused once the event started or was cancelled.
import { z } from 'zod';
import { wallToUtc, zonedParts } from '../mentorship/domain.ts';
import type { Locale } from '../platform/i18n.ts';
import { multiLine, singleLine } from '../platform/text.ts';
import type { EventStatus, RsvpStatus } from './tables.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Events are entered and stored as moments in Pakistan's zone (../shared/reference/pakistan-locale.md §3). */
export const EVENT_TIME_ZONE = 'Asia/Karachi';
/** The reminder goes this long before the start (issue 21: "24 h before"). */
export const REMINDER_MS = 24 * HOUR_MS;
/** How far ahead an event may be planned. */
export const MAX_AHEAD_MS = 366 * DAY_MS;
export const MAX_CAPACITY = 5000;
export const TITLE_MAX = 120;
export const ABOUT_MAX = 4000;

// --- Input ---------------------------------------------------------------------------------------

/** An optional text: blank or absent is null; anything else must pass `schema`, with its own message. */
const blankToNull = (schema: z.ZodType<string, string>) =>
  z
    .union([z.string(), z.null()])
    .optional()
    .transform((v) => (v == null || v.trim() === '' ? null : v))
    .pipe(schema.nullable());

const time = z
  .string({ error: 'field.required' })
  .trim()
  .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'field.event_time')
  .transform((s) => {
    const [h, m] = s.split(':').map(Number) as [number, number];
    return h * 60 + m;
  });

/** A calendar day typed as YYYY-MM-DD that exists (no 30 February). */
const day = z
  .string({ error: 'field.required' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'field.event_date')
  .transform((s) => s.split('-').map(Number) as [number, number, number])
  .refine(([y, m, d]) => {
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  }, 'field.event_date');

const checkbox = z
  .union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('')])
  .optional()
  .transform((v) => v === true || v === 'on' || v === 'true');

/** An event's fields as an officer writes them (the form and the API take the same fields). */
export const eventFields = z.object({
  title_en: blankToNull(singleLine(TITLE_MAX, 3)).describe('In English, 3 to 120 characters; this or title_ur'),
  title_ur: blankToNull(singleLine(TITLE_MAX, 3)).describe('In Urdu, 3 to 120 characters; this or title_en'),
  about_en: blankToNull(multiLine(ABOUT_MAX)).describe('What happens, in English; up to 4000 characters'),
  about_ur: blankToNull(multiLine(ABOUT_MAX)).describe('What happens, in Urdu; up to 4000 characters'),
  format: z.enum(['online', 'in_person'], { error: 'field.choose' }).describe('online (with a link) or in_person (at a place)'),
  online_url: blankToNull(singleLine(300).pipe(z.string().regex(/^https:\/\/[^\s]+$/, 'field.event_link'))).describe('For an online event: the meeting link (https), shown to people going'),
  venue: blankToNull(singleLine(200, 3)).describe('For an event at a place: the place and its address'),
  city: z.string().trim().max(40).default('').describe('For an event at a place: the city’s slug (lahore, multan, …)'),
  date: day.describe('YYYY-MM-DD, in Asia/Karachi'),
  start_time: time.describe('HH:MM, in Asia/Karachi'),
  end_time: time.describe('HH:MM, in Asia/Karachi, the same day and after the start'),
  capacity: z.coerce
    .number({ error: 'field.event_capacity' })
    .int('field.event_capacity')
    .min(1, 'field.event_capacity')
    .max(MAX_CAPACITY, 'field.event_capacity')
    .describe(`Seats: 1 to ${MAX_CAPACITY}; later RSVPs join the waiting list`)
    .meta({ minimum: 1, maximum: MAX_CAPACITY }),
  members_only: checkbox.describe('Only the association’s members see the event and may RSVP'),
});

/** What an officer changes (PATCH): any of the fields; the others keep their values. */
export const eventFieldChanges = eventFields.partial();

/** An event as an officer writes it, checked as a whole. */
export const eventInput = eventFields.transform((v, ctx) => {
  const issue = (path: string, message: string) => ctx.issues.push({ code: 'custom', message, path: [path], input: undefined });
  if (!v.title_en && !v.title_ur) issue('title_en', 'field.event_title');
  if (v.format === 'online' && !v.online_url) issue('online_url', 'field.event_link');
  if (v.format === 'in_person' && !v.venue) issue('venue', 'field.required');
  if (v.format === 'in_person' && !v.city) issue('city', 'field.choose');
  if (v.end_time <= v.start_time) issue('end_time', 'field.event_time_order');
  const [y, m, d] = v.date;
  const startsAt = wallToUtc(EVENT_TIME_ZONE, y, m, d, v.start_time);
  const endsAt = wallToUtc(EVENT_TIME_ZONE, y, m, d, v.end_time);
  if (!startsAt || !endsAt) issue('date', 'field.event_date');
  if (ctx.issues.length || !startsAt || !endsAt) return z.NEVER;
  const online = v.format === 'online';
  return {
    titleEn: v.title_en,
    titleUr: v.title_ur,
    aboutEn: v.about_en,
    aboutUr: v.about_ur,
    format: v.format,
    onlineUrl: online ? v.online_url : null,
    venue: online ? null : v.venue,
    citySlug: online ? null : v.city,
    startsAt,
    endsAt,
    capacity: v.capacity,
    membersOnly: v.members_only,
  };
});
export type EventInput = z.output<typeof eventInput>;

/** Why a new event's time is refused (a field message key), or null: in the future, within a year. */
export function whenRefused(startsAt: Date, now: Date): 'field.event_in_past' | 'field.event_too_far' | null {
  if (startsAt.getTime() <= now.getTime()) return 'field.event_in_past';
  if (startsAt.getTime() - now.getTime() > MAX_AHEAD_MS) return 'field.event_too_far';
  return null;
}

// --- Editing -------------------------------------------------------------------------------------

/** The fields of `eventInput` an officer may change; a PATCH names some of them, the form all. */
export const EVENT_FIELDS = ['title_en', 'title_ur', 'about_en', 'about_ur', 'format', 'online_url', 'venue', 'city', 'date', 'start_time', 'end_time', 'capacity', 'members_only'] as const;

/** The stored event as `eventInput` reads it: times as Asia/Karachi wall time (the form's values, and the base a PATCH changes). */
export function eventFormValues(e: {
  titleEn: string | null;
  titleUr: string | null;
  aboutEn: string | null;
  aboutUr: string | null;
  format: 'online' | 'in_person';
  onlineUrl: string | null;
  venue: string | null;
  citySlug: string | null;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  membersOnly: boolean;
}): Record<(typeof EVENT_FIELDS)[number], string> {
  const pad = (n: number) => String(n).padStart(2, '0');
  const s = zonedParts(EVENT_TIME_ZONE, e.startsAt);
  const end = zonedParts(EVENT_TIME_ZONE, e.endsAt);
  return {
    title_en: e.titleEn ?? '',
    title_ur: e.titleUr ?? '',
    about_en: e.aboutEn ?? '',
    about_ur: e.aboutUr ?? '',
    format: e.format,
    online_url: e.onlineUrl ?? '',
    venue: e.venue ?? '',
    city: e.citySlug ?? '',
    date: `${s.year}-${pad(s.month)}-${pad(s.day)}`,
    start_time: `${pad(s.hour)}:${pad(s.minute)}`,
    end_time: `${pad(end.hour)}:${pad(end.minute)}`,
    capacity: String(e.capacity),
    members_only: e.membersOnly ? 'on' : '',
  };
}

/** What an edit changes: anything at all (a new SEQUENCE), the time or the place (people are told), seats freed for the waiting list. */
export function eventChanges(before: EventInput, after: EventInput): { any: boolean; timeOrPlace: boolean } {
  const timeOrPlace =
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime() ||
    before.format !== after.format ||
    before.onlineUrl !== after.onlineUrl ||
    before.venue !== after.venue ||
    before.citySlug !== after.citySlug;
  const any =
    timeOrPlace ||
    before.titleEn !== after.titleEn ||
    before.titleUr !== after.titleUr ||
    before.aboutEn !== after.aboutEn ||
    before.aboutUr !== after.aboutUr ||
    before.capacity !== after.capacity ||
    before.membersOnly !== after.membersOnly;
  return { any, timeOrPlace };
}

export type EditRefusal = { code: 'events.cancelled' | 'events.started' } | { field: string; key: string; params?: Record<string, number> };

/**
 * Whether an officer's edit may be saved: not once the event was cancelled or has started; a new time
 * must be in the future and within a year (an unchanged time may stay as it is); and the seats may not
 * go below the people already going (they were promised a seat: an officer asks people to give
 * theirs up first, so nobody is dropped by a rule they never saw).
 */
export function editRefused(e: { status: EventStatus; startsAt: Date; going: number }, before: EventInput, after: EventInput, now: Date): EditRefusal | null {
  if (e.status === 'cancelled') return { code: 'events.cancelled' };
  if (now.getTime() >= e.startsAt.getTime()) return { code: 'events.started' };
  if (after.startsAt.getTime() !== before.startsAt.getTime()) {
    const when = whenRefused(after.startsAt, now);
    if (when) return { field: 'date', key: when };
  }
  if (after.capacity < e.going) return { field: 'capacity', key: 'field.event_capacity_below_going', params: { n: e.going } };
  return null;
}

// --- Seats and the waiting list ------------------------------------------------------------------

export interface EventFacts {
  status: EventStatus;
  startsAt: Date;
  capacity: number;
  going: number;
}

export type RsvpRefusal = 'events.already_rsvped' | 'events.started' | 'events.cancelled' | 'events.not_rsvped';

/**
 * A person RSVPs: a seat while one is free, else the waiting list. Refused when they already hold
 * a place (going or waiting), once the event has started, or when it was cancelled.
 */
export function rsvp(e: EventFacts, current: RsvpStatus | null, now: Date): { ok: true; status: 'going' | 'waiting' } | { ok: false; code: RsvpRefusal } {
  if (e.status === 'cancelled') return { ok: false, code: 'events.cancelled' };
  if (now.getTime() >= e.startsAt.getTime()) return { ok: false, code: 'events.started' };
  if (current === 'going' || current === 'waiting') return { ok: false, code: 'events.already_rsvped' };
  return { ok: true, status: e.going < e.capacity ? 'going' : 'waiting' };
}

/**
 * A person gives up their place, before the start. A seat given up frees one for the first person
 * waiting (`freesSeat`); leaving the waiting list frees nothing.
 */
export function cancelRsvp(e: EventFacts, current: RsvpStatus | null, now: Date): { ok: true; freesSeat: boolean } | { ok: false; code: RsvpRefusal } {
  if (current !== 'going' && current !== 'waiting') return { ok: false, code: 'events.not_rsvped' };
  if (e.status === 'cancelled') return { ok: false, code: 'events.cancelled' };
  if (now.getTime() >= e.startsAt.getTime()) return { ok: false, code: 'events.started' };
  return { ok: true, freesSeat: current === 'going' };
}

/** Who moves up when seats free: the earliest queued first (ties by id, so the order is total). */
export function nextInLine<W extends { userId: string; queuedAt: Date }>(waiting: readonly W[], seats: number): W[] {
  if (seats <= 0) return [];
  return [...waiting].sort((a, b) => a.queuedAt.getTime() - b.queuedAt.getTime() || a.userId.localeCompare(b.userId)).slice(0, seats);
}

// --- Reminders -----------------------------------------------------------------------------------

/** Whether the day-before reminder is due now for a person's place: going, not yet reminded, within REMINDER_MS of a scheduled start. */
export function reminderDue(r: { status: RsvpStatus; remindedAt: Date | null }, e: { status: EventStatus; startsAt: Date }, now: Date): boolean {
  const left = e.startsAt.getTime() - now.getTime();
  return r.status === 'going' && r.remindedAt === null && e.status === 'scheduled' && left > 0 && left <= REMINDER_MS;
}

/** A seat taken within REMINDER_MS of the start needs no reminder: the person has just seen the time. */
export const reminderPassed = (startsAt: Date, now: Date): boolean => startsAt.getTime() - now.getTime() <= REMINDER_MS;

// --- Reading -------------------------------------------------------------------------------------

/** A text written in one or both languages, in the reader's first. */
export function inLanguage(locale: Locale, en: string | null, ur: string | null): string {
  return (locale === 'ur' ? (ur ?? en) : (en ?? ur)) ?? '';
}
