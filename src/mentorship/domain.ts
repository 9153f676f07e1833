// Mentorship's rules, with no I/O (docs/decisions/0059-mentorship.md): what an application and an
// availability look like, the concrete sessions cut from a mentor's weekly availability, and the
// published rules for cancellations and no-shows with what each does to the money.
//
// Invariants (asserted in domain.test.ts):
// - a slot is cut from the mentor's wall-clock availability in the availability's own zone, so
//   "Tuesday 19:00 in London" stays 19:00 in London across summer time; a wall time that does not
//   exist (a spring-forward gap) gives no slot, one that happens twice gives the first;
// - a session lasts session_minutes of real time and fits inside its availability range;
// - slots never overlap a taken booking, and none starts sooner than MIN_NOTICE from now;
// - every outcome of a booking either releases its whole price to the mentor or refunds the whole
//   price to the learner: money is never split, kept or created here;
// - a booking leaves `booked` once. An absence report (no_show_*) waits CONTEST_WINDOW_MS with its
//   money in escrow: uncontested, the report's rule moves the money; contested, an admin decides one
//   of three outcomes, each a published rule. Every other status is final.
import { z } from 'zod';
import { type Currency, currencySchema, type Money, parseMinorUnits, parseMoneyInput } from '../platform/money.ts';
import { multiLine, singleLine } from '../platform/text.ts';
import type { BookingStatus } from './tables.ts';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Languages a mentor may offer: Pakistan's main ones (ISO 639 codes). */
export const MENTOR_LANGUAGES = ['ur', 'en', 'pa', 'sd', 'ps', 'skr', 'bal'] as const;
export type MentorLanguage = (typeof MENTOR_LANGUAGES)[number];
export const SESSION_LENGTHS = [30, 45, 60, 90] as const;
export const MAX_TOPICS = 8;
export const BIO_MAX = 2000;

/** How far ahead sessions can be booked. */
export const BOOKING_WEEKS = 4;
/** A session is booked at least this long before it starts, so the mentor can prepare. */
export const MIN_NOTICE_MS = 2 * HOUR_MS;
/** The learner cancels free of charge up to this long before the session. */
export const FREE_CANCEL_MS = 24 * HOUR_MS;
/** Either side reports the other absent from this long after the start... */
export const NO_SHOW_GRACE_MS = 10 * MINUTE_MS;
/** ...until this long after the end; then an unreported session counts as held and its money is released. */
export const REPORT_WINDOW_MS = 24 * HOUR_MS;
/** The other side may contest an absence report for this long; meanwhile the money stays in escrow. */
export const CONTEST_WINDOW_MS = 48 * HOUR_MS;

// --- Input ---------------------------------------------------------------------------------------

const topic = singleLine(40, 2);
/** Topics as a list (API) or one comma-separated line (the form). */
const topicsField = z
  .union([z.array(z.string()), z.string()])
  .transform((v) => (Array.isArray(v) ? v : v.split(/[,،\n]/)).map((s) => s.trim()).filter((s) => s !== ''))
  .pipe(z.array(topic).min(1, 'field.required').max(MAX_TOPICS, 'field.mentor_topics_too_many'))
  .transform((ts) => [...new Map(ts.map((t) => [t.toLocaleLowerCase('en'), t])).values()])
  .describe(`1 to ${MAX_TOPICS} topics of 2 to 40 characters (the form: one line, separated by commas)`);
const languagesField = z
  .union([z.array(z.string()), z.string()])
  .transform((v) => (Array.isArray(v) ? v : [v]))
  .pipe(z.array(z.enum(MENTOR_LANGUAGES, { error: 'field.choose' })).min(1, 'field.required'))
  .transform((ls) => [...new Set(ls)])
  .describe(`Languages spoken in sessions: ${MENTOR_LANGUAGES.join(', ')}`);
const optionalBio = z
  .union([z.literal(''), z.null(), multiLine(BIO_MAX, 20)])
  .optional()
  .transform((v) => (v ? v : null));
const priceField = z.union([z.string(), z.object({ amount: z.string(), currency: currencySchema })]).describe('0 for free sessions; typed ("2,000") or { amount: minor units, currency }');
const sessionField = z.coerce
  .number({ error: 'field.choose' })
  .refine((n) => (SESSION_LENGTHS as readonly number[]).includes(n), 'field.choose')
  .describe(`Minutes: ${SESSION_LENGTHS.join(', ')}`);
const urlField = z
  .union([z.literal(''), z.null(), singleLine(300).pipe(z.string().regex(/^https:\/\/[^\s]+$/, 'field.mentor_link'))])
  .optional()
  .transform((v) => (v ? v : null))
  .describe('Where sessions happen (Google Meet, Zoom, Jitsi): https only; shown to booked learners');

/** An application to mentor (and later edits of the profile): the same fields. */
export const applicationInput = z
  .object({
    topics: topicsField,
    languages: languagesField,
    bio_en: optionalBio.describe('In English, 20 to 2000 characters; this or bio_ur'),
    bio_ur: optionalBio.describe('In Urdu, 20 to 2000 characters; this or bio_en'),
    currency: currencySchema.default('PKR'),
    price: priceField,
    session_minutes: sessionField.default(60),
    meeting_url: urlField,
  })
  .transform((v, ctx) => {
    if (!v.bio_en && !v.bio_ur) ctx.issues.push({ code: 'custom', message: 'field.mentor_bio', path: ['bio_en'], input: v.bio_en });
    const r =
      typeof v.price === 'string'
        ? parseMoneyInput(v.price, v.currency)
        : v.price.currency !== v.currency
          ? ({ ok: false, key: 'field.choose' } as const)
          : parseMinorUnits(v.price.amount, v.currency);
    if (!r.ok) {
      ctx.issues.push({ code: 'custom', message: r.key, params: 'params' in r ? (r.params ?? {}) : {}, path: ['price'], input: v.price });
      return z.NEVER;
    }
    return { topics: v.topics, languages: v.languages, bioEn: v.bio_en, bioUr: v.bio_ur, price: r.value, sessionMinutes: v.session_minutes, meetingUrl: v.meeting_url };
  });
export type Application = z.output<typeof applicationInput>;

/** "19:30" → 1170; "24:00" is the end of the day (an end only). */
const clock = z
  .string({ error: 'field.required' })
  .trim()
  .regex(/^([01]?\d|2[0-4]):[0-5]\d$/, 'field.mentor_time')
  .transform((s) => {
    const [h, m] = s.split(':').map(Number) as [number, number];
    return h * 60 + m;
  })
  .refine((n) => n <= 1440, 'field.mentor_time');

export const availabilityRange = z
  .object({
    weekday: z.coerce.number({ error: 'field.choose' }).int('field.choose').min(1, 'field.choose').max(7, 'field.choose').describe('1 = Monday … 7 = Sunday'),
    from: clock.describe('HH:MM in the zone'),
    to: clock.describe('HH:MM in the zone; 24:00 for the end of the day'),
  })
  .refine((r) => r.from < r.to && r.from < 1440, { message: 'field.mentor_time_order', path: ['to'] });

export const MAX_RANGES = 21;
export const availabilityInput = z.object({
  time_zone: z.string().trim().max(64).default('Asia/Karachi').describe('The IANA zone the times are in; Asia/Karachi by default'),
  ranges: z.array(availabilityRange).max(MAX_RANGES, 'field.mentor_ranges_too_many').describe('Weekly ranges; sessions are cut from them'),
});

export const bookingInput = z.object({
  starts_at: z.iso.datetime({ offset: true, error: 'field.choose' }).describe('One of the mentor’s free slots (GET /api/v1/mentors/{handle})'),
  topic: multiLine(500).default('').describe('What the learner would like to talk about'),
});

export const feedbackInput = z.object({
  rating: z.coerce.number({ error: 'field.choose' }).int('field.choose').min(1, 'field.choose').max(5, 'field.choose').describe('1 to 5 stars').meta({ minimum: 1, maximum: 5 }),
  text: multiLine(1000).default('').describe('In either script; may be empty'),
});

export const decisionInput = z.object({
  decision: z.enum(['approve', 'reject'], { error: 'field.choose' }),
  note: multiLine(500).default(''),
});

/** An admin's suspension (or reinstatement) of a mentor: the reason the mentor reads. */
export const suspensionInput = z.object({
  note: multiLine(500).default('').describe('Why, in words the mentor reads'),
});

/** The reported side contests an absence report: what happened, in their words. */
export const contestInput = z.object({
  note: multiLine(1000, 10).describe('What happened, for the admin who decides (10 to 1000 characters)'),
});

export const RESOLUTIONS = ['held', 'learner_absent', 'mentor_absent'] as const;
/** An admin's decision on a contested report. */
export const resolutionInput = z.object({
  resolution: z.enum(RESOLUTIONS, { error: 'field.choose' }),
  note: multiLine(500).default(''),
});

// --- Time zones ----------------------------------------------------------------------------------

const partFormats = new Map<string, Intl.DateTimeFormat>();

/** A moment's calendar fields in a zone (month 1–12, weekday ISO 1 = Monday … 7 = Sunday). */
export function zonedParts(zone: string, at: Date): { year: number; month: number; day: number; hour: number; minute: number; second: number; weekday: number } {
  let f = partFormats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    partFormats.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  const year = Number(p.year);
  const month = Number(p.month);
  const day = Number(p.day);
  return { year, month, day, hour: Number(p.hour) % 24, minute: Number(p.minute), second: Number(p.second), weekday: isoWeekday(year, month, day) };
}

/** ISO weekday of a calendar day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The zone's offset from UTC at a moment, in milliseconds (Karachi: +5 h). */
export function offsetMs(zone: string, at: Date): number {
  const p = zonedParts(zone, at);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/**
 * The moment a wall-clock time happens in a zone: null when it does not (the hour skipped when
 * clocks go forward); the earlier one when it happens twice (the hour repeated when they go back).
 */
export function wallToUtc(zone: string, year: number, month: number, day: number, minuteOfDay: number): Date | null {
  const wall = Date.UTC(year, month - 1, day, 0, minuteOfDay);
  const candidates = new Set<number>();
  // The offset a few hours either side covers any transition near this wall time.
  for (const probe of [wall - 12 * HOUR_MS, wall, wall + 12 * HOUR_MS]) candidates.add(wall - offsetMs(zone, new Date(probe)));
  const fits = [...candidates].filter((t) => t + offsetMs(zone, new Date(t)) === wall).sort((a, b) => a - b);
  return fits.length ? new Date(fits[0]!) : null;
}

// --- Slots ---------------------------------------------------------------------------------------

export interface WeeklyRange {
  weekday: number;
  startMinute: number;
  endMinute: number;
  timeZone: string;
}

export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

/**
 * The sessions a weekly availability offers between `from` and `until`: each range cut into
 * sessions of `sessionMinutes` on every matching day in its zone, sorted, without duplicates.
 */
export function expandSlots(ranges: readonly WeeklyRange[], sessionMinutes: number, from: Date, until: Date): Slot[] {
  const out = new Map<number, Slot>();
  const length = sessionMinutes * MINUTE_MS;
  for (const r of ranges) {
    const first = zonedParts(r.timeZone, new Date(from.getTime() - DAY_MS));
    const days = Math.ceil((until.getTime() - from.getTime()) / DAY_MS) + 3;
    for (let i = 0; i < days; i++) {
      const d = new Date(Date.UTC(first.year, first.month - 1, first.day + i));
      const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
      if (isoWeekday(y, m, day) !== r.weekday) continue;
      for (let minute = r.startMinute; minute + sessionMinutes <= r.endMinute; minute += sessionMinutes) {
        const start = wallToUtc(r.timeZone, y, m, day, minute);
        if (!start || start < from || start >= until) continue;
        out.set(start.getTime(), { startsAt: start, endsAt: new Date(start.getTime() + length) });
      }
    }
  }
  return [...out.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

const overlaps = (a: Slot, b: Slot) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/** The slots a learner may book now: from MIN_NOTICE on, for BOOKING_WEEKS, none overlapping a taken session. */
export function freeSlots(ranges: readonly WeeklyRange[], sessionMinutes: number, taken: readonly Slot[], now: Date): Slot[] {
  const from = new Date(now.getTime() + MIN_NOTICE_MS);
  const until = new Date(now.getTime() + BOOKING_WEEKS * 7 * DAY_MS);
  return expandSlots(ranges, sessionMinutes, from, until).filter((s) => !taken.some((t) => overlaps(s, t)));
}

/** Slots grouped by calendar day in the reader's zone, for the booking page ("Tuesday 3 March": 19:00, 20:00). */
export function slotsByDay(slots: readonly Slot[], zone: string): { day: string; slots: Slot[] }[] {
  const days = new Map<string, Slot[]>();
  for (const s of slots) {
    const p = zonedParts(zone, s.startsAt);
    const key = `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
    days.set(key, [...(days.get(key) ?? []), s]);
  }
  return [...days].map(([day, list]) => ({ day, slots: list }));
}

/** A week of slots for the mentor's page: 3G phones get one week at a time (?week=0 … BOOKING_WEEKS). */
export interface SlotWeek {
  week: number;
  /** The first and last calendar days shown, YYYY-MM-DD in the reader's zone. */
  firstDay: string;
  lastDay: string;
  slots: Slot[];
  hasPrevious: boolean;
  hasNext: boolean;
}

const dayKey = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return `${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
};

/** The week's number from a query (?week=2): a whole number from 0 to BOOKING_WEEKS, else 0. */
export function parseWeek(raw: string | undefined | null): number {
  if (!raw || !/^\d{1,2}$/.test(raw)) return 0;
  return Math.min(Number(raw), BOOKING_WEEKS);
}

/**
 * Week `week` of the free slots, counted in whole calendar days of the reader's zone from today:
 * week 0 is today and the six days after it, week 1 the seven after those, and so on. A slot
 * belongs to the day it starts on in that zone, so no slot is on two pages or on none.
 */
export function slotWeek(slots: readonly Slot[], zone: string, now: Date, week: number): SlotWeek {
  const today = zonedParts(zone, now);
  const first = dayKey(today.year, today.month, today.day + week * 7);
  const last = dayKey(today.year, today.month, today.day + week * 7 + 6);
  const dayOf = (s: Slot) => {
    const p = zonedParts(zone, s.startsAt);
    return dayKey(p.year, p.month, p.day);
  };
  return {
    week,
    firstDay: first,
    lastDay: last,
    slots: slots.filter((s) => {
      const d = dayOf(s);
      return d >= first && d <= last;
    }),
    hasPrevious: week > 0,
    hasNext: slots.some((s) => dayOf(s) > last),
  };
}

// --- The published rules -------------------------------------------------------------------------

export type Side = 'learner' | 'mentor';
export type BookingAction = 'cancel' | 'report_absent' | 'confirm_held' | 'auto_complete';
/** What a party can do from /mentoring: the rules' actions, and contesting a report against them. */
export type PartyAction = Exclude<BookingAction, 'auto_complete'> | 'contest';
export type MoneyOutcome = 'release' | 'refund';

/**
 * The rules as data: the page /mentors/rules prints them (mentorship.rule.<id>), and decide() below
 * applies them. Each says what happens to the booking and to its money.
 */
export const RULES = [
  { id: 'learner_cancels_early', status: 'cancelled_by_learner', money: 'refund' },
  { id: 'learner_cancels_late', status: 'cancelled_by_learner', money: 'release' },
  { id: 'mentor_cancels', status: 'cancelled_by_mentor', money: 'refund' },
  { id: 'mentor_absent', status: 'no_show_mentor', money: 'refund' },
  { id: 'learner_absent', status: 'no_show_learner', money: 'release' },
  { id: 'held', status: 'completed', money: 'release' },
  { id: 'unreported', status: 'completed', money: 'release' },
  { id: 'report_contested', status: 'contested', money: 'admin' },
  { id: 'mentor_suspended', status: 'cancelled_mentor_suspended', money: 'refund' },
] as const satisfies readonly { id: string; status: BookingStatus; money: MoneyOutcome | 'admin' }[];
export type RuleId = (typeof RULES)[number]['id'];
/** The rules that move money one way (all but a contested report's, which waits for an admin). */
export type SettlingRule = Exclude<RuleId, 'report_contested'>;

export const FINAL_STATUSES: ReadonlySet<BookingStatus> = new Set(['cancelled_by_learner', 'cancelled_by_mentor', 'cancelled_mentor_suspended', 'completed', 'no_show_learner', 'no_show_mentor']);

export type Refusal = 'mentorship.not_booked' | 'mentorship.already_started' | 'mentorship.not_started' | 'mentorship.report_closed' | 'mentorship.not_ended';

/** A settling rule's status and money. */
export function ruleOf(id: SettlingRule): { ok: true; rule: SettlingRule; status: BookingStatus; money: MoneyOutcome } {
  const r = RULES.find((x) => x.id === id)!;
  return { ok: true, rule: id, status: r.status, money: r.money as MoneyOutcome };
}

export interface BookingFacts {
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
}

/**
 * What an action by one side (or the sweep) does to a booking now: the rule that applies, the new
 * status and the money's outcome, or why it is refused (an AppError code).
 *
 * - cancel: before the start only. The learner: free (refund) until FREE_CANCEL_MS before, then the
 *   mentor is paid; the mentor: always a full refund.
 * - report_absent: from NO_SHOW_GRACE_MS after the start until REPORT_WINDOW_MS after the end. The
 *   learner reports the mentor absent (refund); the mentor reports the learner absent (paid).
 * - confirm_held: either side, once the session has ended: the mentor is paid.
 * - auto_complete: the sweep, once the report window has closed with nothing reported.
 */
export function decide(b: BookingFacts, action: BookingAction, by: Side | 'system', now: Date): { ok: true; rule: SettlingRule; status: BookingStatus; money: MoneyOutcome } | { ok: false; code: Refusal } {
  if (b.status !== 'booked') return { ok: false, code: 'mentorship.not_booked' };
  const t = now.getTime();
  const rule = ruleOf;
  switch (action) {
    case 'cancel':
      if (t >= b.startsAt.getTime()) return { ok: false, code: 'mentorship.already_started' };
      if (by === 'mentor') return rule('mentor_cancels');
      return rule(b.startsAt.getTime() - t >= FREE_CANCEL_MS ? 'learner_cancels_early' : 'learner_cancels_late');
    case 'report_absent':
      if (t < b.startsAt.getTime() + NO_SHOW_GRACE_MS) return { ok: false, code: 'mentorship.not_started' };
      if (t > b.endsAt.getTime() + REPORT_WINDOW_MS) return { ok: false, code: 'mentorship.report_closed' };
      return rule(by === 'learner' ? 'mentor_absent' : 'learner_absent');
    case 'confirm_held':
      if (t < b.endsAt.getTime()) return { ok: false, code: 'mentorship.not_ended' };
      return rule('held');
    case 'auto_complete':
      if (t <= b.endsAt.getTime() + REPORT_WINDOW_MS) return { ok: false, code: 'mentorship.not_ended' };
      return rule('unreported');
  }
}

// --- Absence reports and contests ---------------------------------------------------------------

export interface ReportFacts extends BookingFacts {
  /** Until when the reported side may contest; null for reports made before contests existed. */
  contestUntil?: Date | null;
  reportClosed?: boolean;
}

/** The side an absence report is about: the one who may contest it. */
export function reportedSide(status: BookingStatus): Side | null {
  return status === 'no_show_mentor' ? 'mentor' : status === 'no_show_learner' ? 'learner' : null;
}

/**
 * Whether `by` may contest the booking's absence report now: only the side reported absent, only
 * while the report is open, until contestUntil.
 */
export function mayContest(b: ReportFacts, by: Side, now: Date): { ok: true } | { ok: false; code: 'mentorship.not_contestable' | 'mentorship.contest_closed' } {
  if (reportedSide(b.status) !== by || !b.contestUntil || b.reportClosed) return { ok: false, code: 'mentorship.not_contestable' };
  if (now.getTime() > b.contestUntil.getTime()) return { ok: false, code: 'mentorship.contest_closed' };
  return { ok: true };
}

/** An uncontested report, once its window has closed, moves the money by its own rule. */
export function uncontestedOutcome(b: ReportFacts, now: Date) {
  const side = reportedSide(b.status);
  if (!side || !b.contestUntil || b.reportClosed || now.getTime() <= b.contestUntil.getTime()) return null;
  return ruleOf(side === 'mentor' ? 'mentor_absent' : 'learner_absent');
}

/** An admin's decision on a contested report: the session took place, or who was absent. */
export function resolutionOutcome(resolution: (typeof RESOLUTIONS)[number]) {
  return ruleOf(resolution === 'held' ? 'held' : resolution);
}

/** What each side may do with a booking now (the buttons on /mentoring). */
export function actionsFor(b: ReportFacts, side: Side, now: Date): PartyAction[] {
  const ruled = (['cancel', 'report_absent', 'confirm_held'] as const).filter((a) => decide(b, a, side, now).ok);
  return mayContest(b, side, now).ok ? [...ruled, 'contest'] : ruled;
}

/** The money's legs for an outcome: the whole price to the mentor's pending earnings, or back to the learner's wallet. */
export function settlementLeg(outcome: MoneyOutcome, price: Money): { to: 'mentor_pending' | 'learner_wallet'; amount: Money } {
  if (price.amount <= 0n) throw new RangeError('a free booking moves no money');
  return { to: outcome === 'release' ? 'mentor_pending' : 'learner_wallet', amount: price };
}

// --- Reminders -----------------------------------------------------------------------------------

/** Which reminder is due now: a day before, then an hour before; none once the session started. */
export function reminderDue(b: { status: BookingStatus; startsAt: Date; remindedDayAt: Date | null; remindedHourAt: Date | null }, now: Date): 'day' | 'hour' | null {
  const left = b.startsAt.getTime() - now.getTime();
  if (b.status !== 'booked' || left <= 0) return null;
  if (left <= HOUR_MS) return b.remindedHourAt ? null : 'hour';
  if (left <= DAY_MS) return b.remindedDayAt ? null : 'day';
  return null;
}

/** A booking made close to its start skips the reminders already passed (the confirmation said it). */
export function remindersPassed(startsAt: Date, now: Date): { day: boolean; hour: boolean } {
  const left = startsAt.getTime() - now.getTime();
  return { day: left <= DAY_MS, hour: left <= HOUR_MS };
}

export const isFree = (price: { amount: bigint }) => price.amount === 0n;
export type { Currency };
