// Co-working spaces' rules, with no I/O (docs/decisions/0068-coworking-spaces.md): what a listing,
// a booking, a review and a check-in look like; which days can be booked; the published
// cancellation rule with what it does to the money; Hunar's fees on a desk; check-in codes.
//
// Invariants (asserted in domain.test.ts):
// - a desk is booked for one calendar day in Pakistan (Asia/Karachi), from today up to
//   BOOKING_DAYS_AHEAD days ahead, on a day the space is open; never a day already past;
// - every outcome of a paid booking moves all of its escrow (the price and the client fee) one way:
//   back to the booker whole, or to the owner (the price less the owner's fee) and Hunar (both
//   fees); money is never split otherwise, kept or created here;
// - a booking leaves `booked` once; every other status is final.
import { z } from 'zod';
import { DEFAULT_FEE_POLICY, type FeePolicy, feesFor } from '../fees/domain.ts';
import { isoWeekday, wallToUtc, zonedParts } from '../mentorship/domain.ts';
import { type Currency, currencySchema, type Money, money, parseMinorUnits, parseMoneyInput } from '../platform/money.ts';
import { asciiDigits, multiLine, singleLine } from '../platform/text.ts';
import { CITIES } from '../taxonomy/data.ts';
import type { BackupPower, Parking, SpaceBookingStatus } from './tables.ts';

/** Pakistan's calendar decides which day a desk is booked for, wherever the booker reads from. */
export const SPACE_ZONE = 'Asia/Karachi';
/** How far ahead a desk can be booked. */
export const BOOKING_DAYS_AHEAD = 60;
export const ABOUT_MAX = 2000;
export const BACKUP_POWER = ['none', 'ups', 'generator', 'ups_and_generator', 'solar'] as const satisfies readonly BackupPower[];
export const PARKING = ['none', 'motorbikes', 'cars_and_motorbikes'] as const satisfies readonly Parking[];
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

// --- Days ----------------------------------------------------------------------------------------

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date in Pakistan, YYYY-MM-DD. */
export function today(now: Date): string {
  const p = zonedParts(SPACE_ZONE, now);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** A real calendar day written YYYY-MM-DD ("2026-02-30" is not one). */
export function isDay(s: string): boolean {
  if (!DAY_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The day `n` days after `day`. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export const weekdayOf = (day: string) => isoWeekday(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));

/** The moment a day begins in Pakistan (its midnight). */
export function dayStarts(day: string): Date {
  const at = wallToUtc(SPACE_ZONE, Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)), 0);
  if (!at) throw new RangeError(`no midnight on ${day} in ${SPACE_ZONE}`);
  return at;
}

/** The moment a day is over in Pakistan (the next midnight). */
export const dayEnds = (day: string): Date => dayStarts(addDays(day, 1));

/** A refused day is a message on the form's day field. */
export type DayRefusal = 'field.space_day_past' | 'field.space_day_too_far' | 'field.space_closed_that_day';

/** Whether a desk can be booked for `day` now: from today on, not too far ahead, on an open day. */
export function checkBookingDay(day: string, openDays: readonly number[], now: Date): DayRefusal | null {
  const t = today(now);
  if (day < t) return 'field.space_day_past';
  if (day > addDays(t, BOOKING_DAYS_AHEAD)) return 'field.space_day_too_far';
  if (!openDays.includes(weekdayOf(day))) return 'field.space_closed_that_day';
  return null;
}

// --- Input ---------------------------------------------------------------------------------------

/** "09:30" → 570; "24:00" is the end of the day (a closing time only). */
const clock = z
  .string({ error: 'field.required' })
  .trim()
  .transform((s) => asciiDigits(s))
  .pipe(z.string().regex(/^([01]?\d|2[0-4]):[0-5]\d$/, 'field.space_time'))
  .transform((s) => {
    const [h, m] = s.split(':').map(Number) as [number, number];
    return h * 60 + m;
  })
  .refine((n) => n <= 1440, 'field.space_time');

/** A form checkbox ("on") or a JSON boolean. */
const flag = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((v) => v === true || v === 'on' || v === 'true' || v === '1');

const optionalText = (max: number, min: number) =>
  z
    .union([z.literal(''), z.null(), multiLine(max, min)])
    .optional()
    .transform((v) => (v ? v : null));

/** A whole number from `min` to `max`, typed in either script; the message names the range. */
const wholeNumber = (min: number, max: number) =>
  z
    .union([z.number(), z.string()], { error: 'field.required' })
    .transform((v, ctx) => {
      const n = typeof v === 'number' ? v : Number(asciiDigits(v).trim().replace(/,/g, ''));
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.issues.push({ code: 'custom', message: 'field.space_number', params: { min, max }, input: v });
        return z.NEVER;
      }
      return n;
    })
    .meta({ minimum: min, maximum: max });

const optionalInt = (min: number, max: number) =>
  z
    .union([z.literal(''), z.null(), wholeNumber(min, max)])
    .optional()
    .transform((v) => (v === '' || v === null || v === undefined ? null : v));

const priceField = z.union([z.string(), z.object({ amount: z.string(), currency: currencySchema })]);

function readPrice(v: string | { amount: string; currency: Currency }, currency: Currency) {
  if (typeof v === 'string') return parseMoneyInput(v, currency);
  if (v.currency !== currency) return { ok: false, key: 'field.choose' } as const;
  return parseMinorUnits(v.amount, currency);
}

const citySlugs = CITIES.map((c) => c.slug);

/** A listing, as the owner writes it (the form and PUT/POST /api/v1/spaces). */
export const spaceInput = z
  .object({
    name: singleLine(100, 3).describe('The space’s name as it appears on its sign'),
    city: z.enum(citySlugs as [string, ...string[]], { error: 'field.choose' }).describe('A city slug (GET /api/v1/spaces lists the cities)'),
    address: singleLine(300, 5).describe('Street address with landmarks, as people give directions'),
    about_en: optionalText(ABOUT_MAX, 20).describe('In English, 20 to 2000 characters; this or about_ur'),
    about_ur: optionalText(ABOUT_MAX, 20).describe('In Urdu, 20 to 2000 characters; this or about_en'),
    open_days: z
      .union([z.array(z.coerce.number()), z.coerce.number()])
      .transform((v) => (Array.isArray(v) ? v : [v]))
      .pipe(z.array(z.number().int().min(1, 'field.choose').max(7, 'field.choose')).min(1, 'field.space_open_days'))
      .transform((ds) => [...new Set(ds)].sort())
      .describe('ISO weekdays the space is open: 1 = Monday … 7 = Sunday'),
    opens: clock.describe('HH:MM in Pakistan time'),
    closes: clock.describe('HH:MM in Pakistan time; 24:00 for midnight'),
    desks: wholeNumber(1, 500).describe('Desks that can be booked by the day'),
    currency: currencySchema.default('PKR'),
    day_price: priceField.describe('A desk for a day; 0 for free; typed ("1,500") or { amount: minor units, currency }'),
    month_price: z.union([z.literal(''), z.null(), priceField]).optional().describe('A desk for a month (shown, booked at the space); empty when not offered'),
    pay_at_space: flag.describe('Whether people may choose to pay at the space instead of from their Hunar balance'),
    backup_power: z.enum(BACKUP_POWER, { error: 'field.choose' }).default('none'),
    backup_hours: optionalInt(1, 24).describe('How many hours the backup lasts in a power cut; required with backup power'),
    internet_mbps: optionalInt(1, 10_000).describe('Internet speed in Mbps'),
    women_only: optionalText(200, 3).describe('Women-only floor or hours, in words ("Second floor, all day"); empty when none'),
    prayer_space: flag,
    parking: z.enum(PARKING, { error: 'field.choose' }).default('none'),
    listed: flag.describe('Shown in the directory; unlisted spaces are seen by their owner only'),
  })
  .transform((v, ctx) => {
    if (!v.about_en && !v.about_ur) ctx.issues.push({ code: 'custom', message: 'field.space_about', path: ['about_en'], input: v.about_en });
    if (v.opens >= v.closes || v.opens >= 1440) ctx.issues.push({ code: 'custom', message: 'field.space_time_order', path: ['closes'], input: v.closes });
    if (v.backup_power !== 'none' && v.backup_hours === null) ctx.issues.push({ code: 'custom', message: 'field.space_backup_hours', path: ['backup_hours'], input: v.backup_hours });
    const day = readPrice(v.day_price, v.currency);
    if (!day.ok) ctx.issues.push({ code: 'custom', message: day.key, params: 'params' in day ? (day.params ?? {}) : {}, path: ['day_price'], input: v.day_price });
    const month = v.month_price ? readPrice(v.month_price, v.currency) : null;
    if (month && !month.ok) ctx.issues.push({ code: 'custom', message: month.key, params: 'params' in month ? (month.params ?? {}) : {}, path: ['month_price'], input: v.month_price });
    if (month?.ok && month.value.amount === 0n) ctx.issues.push({ code: 'custom', message: 'field.space_month_price', path: ['month_price'], input: v.month_price });
    if (!day.ok || (month && !month.ok) || ctx.issues.length) return z.NEVER;
    return {
      name: v.name,
      city: v.city,
      address: v.address,
      aboutEn: v.about_en,
      aboutUr: v.about_ur,
      openDays: v.open_days,
      opensMinute: v.opens,
      closesMinute: v.closes,
      desks: v.desks,
      dayPrice: day.value,
      monthPrice: month?.ok ? month.value : null,
      payAtSpace: v.pay_at_space,
      backupPower: v.backup_power,
      backupHours: v.backup_power === 'none' ? null : v.backup_hours,
      internetMbps: v.internet_mbps,
      womenOnly: v.women_only,
      prayerSpace: v.prayer_space,
      parking: v.parking,
      listed: v.listed,
    };
  });
export type SpaceInput = z.output<typeof spaceInput>;

export const bookingInput = z.object({
  day: z
    .string({ error: 'field.space_day' })
    .trim()
    .transform(asciiDigits)
    .refine(isDay, 'field.space_day')
    .describe('YYYY-MM-DD, a day in Pakistan from today up to 60 days ahead'),
  payment: z.enum(['wallet', 'at_space'], { error: 'field.choose' }).default('wallet').describe('wallet: from your Hunar balance into escrow now; at_space: pay the space on the day (when the space allows it). Free desks ignore it'),
});

export const reviewInput = z.object({
  rating: z.coerce.number({ error: 'field.choose' }).int('field.choose').min(1, 'field.choose').max(5, 'field.choose').describe('1 to 5 stars').meta({ minimum: 1, maximum: 5 }),
  text: multiLine(1000).default('').describe('In either script; may be empty'),
});

/** An admin's reason for taking a listing down: kept in the audit log and told to the owner. */
export const hideInput = z.object({ reason: singleLine(500, 5).describe('Why, for the audit log and the owner') });

/**
 * Whether a booking is cancelled when its listing is taken down now: still booked, its day not over,
 * and its booker not checked in (a desk already used that day is paid as usual after the day).
 */
export function withdrawnWhenHidden(b: { status: SpaceBookingStatus; day: string; checkedIn: boolean }, now: Date): boolean {
  return b.status === 'booked' && !b.checkedIn && now.getTime() < dayEnds(b.day).getTime();
}

export const checkInInput = z.object({
  code: z
    .string({ error: 'field.required' })
    .transform(normaliseCode)
    .pipe(z.string().regex(/^[A-Z0-9]{6}$/, 'field.space_code'))
    .describe('The six-character code the booker shows at the door'),
});

// --- Check-in codes ------------------------------------------------------------------------------

/** Letters and digits nobody confuses when read aloud or off a phone (no 0/O, 1/I/L, 2/Z, 5/S, 8/B). */
export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';

/** A six-character check-in code from six random bytes (slightly uneven, which a door code can afford). */
export function checkInCode(bytes: Uint8Array): string {
  if (bytes.length < 6) throw new RangeError('six random bytes are needed');
  return Array.from(bytes.slice(0, 6), (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

/** A code as typed: any case, spaces and dashes, Urdu digits. */
export function normaliseCode(s: string): string {
  return asciiDigits(s).toUpperCase().replace(/[\s-]/g, '');
}

// --- Fees ----------------------------------------------------------------------------------------

export interface DeskFees {
  /** The space's price for the day. */
  price: Money;
  /** Added to what the booker pays (the site's client fee). */
  clientFee: Money;
  /** Taken from what the owner receives (the site's seller fee). */
  ownerFee: Money;
  /** What leaves the booker's balance into escrow. */
  bookerPays: Money;
  ownerReceives: Money;
  hunarKeeps: Money;
}

/**
 * A desk's money under the site's fee policy (src/fees): the owner is the seller, so the seller's
 * fee comes off the price and the client fee is added to it, exactly as for a gig.
 */
export function deskFees(price: Money, policy: FeePolicy = DEFAULT_FEE_POLICY): DeskFees {
  const f = feesFor(price, policy);
  return { price, clientFee: f.clientFee, ownerFee: f.freelancerFee, bookerPays: f.clientPays, ownerReceives: f.freelancerReceives, hunarKeeps: f.hunarKeeps };
}

// --- The published rule --------------------------------------------------------------------------

export type Party = 'booker' | 'owner';
export type MoneyOutcome = 'release' | 'refund';

/** The rules as data: /spaces/rules prints them (spaces.rule.<id>), decide() applies them. */
export const RULES = [
  { id: 'booker_cancels_before_the_day', status: 'cancelled_by_booker', money: 'refund' },
  { id: 'booker_cancels_on_the_day', status: 'cancelled_by_booker', money: 'release' },
  { id: 'owner_cancels', status: 'cancelled_by_owner', money: 'refund' },
  { id: 'day_over', status: 'completed', money: 'release' },
  // An admin takes the listing down: every desk whose day is not over and whose booker has not
  // checked in is cancelled, all of it back (docs/decisions/0068, "Hidden by an admin").
  { id: 'listing_hidden', status: 'cancelled_by_hunar', money: 'refund' },
] as const satisfies readonly { id: string; status: SpaceBookingStatus; money: MoneyOutcome }[];
export type RuleId = (typeof RULES)[number]['id'];

export type Refusal = 'spaces.not_booked' | 'spaces.day_over' | 'spaces.day_not_over';

/**
 * What cancelling (by one party) or the day ending (the sweep) does to a booking now.
 * - The booker cancels before the day begins (midnight in Pakistan): all of it back. On the day,
 *   the desk was kept for them: the space is paid.
 * - The owner cancels at any time before the day is over: all of it back to the booker.
 * - Once the day is over, nobody cancels; the sweep completes the booking and pays the space.
 */
export function decide(b: { status: SpaceBookingStatus; day: string }, action: 'cancel' | 'complete', by: Party | 'system', now: Date): { ok: true; rule: RuleId; status: SpaceBookingStatus; money: MoneyOutcome } | { ok: false; code: Refusal } {
  if (b.status !== 'booked') return { ok: false, code: 'spaces.not_booked' };
  const t = now.getTime();
  const over = t >= dayEnds(b.day).getTime();
  const rule = (id: RuleId) => {
    const r = RULES.find((x) => x.id === id)!;
    return { ok: true as const, rule: r.id, status: r.status, money: r.money };
  };
  if (action === 'complete') return over ? rule('day_over') : { ok: false, code: 'spaces.day_not_over' };
  if (over) return { ok: false, code: 'spaces.day_over' };
  if (by === 'owner') return rule('owner_cancels');
  return rule(t < dayStarts(b.day).getTime() ? 'booker_cancels_before_the_day' : 'booker_cancels_on_the_day');
}

/** Where a paid booking's escrow goes for an outcome: legs that add up to exactly what was paid in. */
export function settlementLegs(outcome: MoneyOutcome, f: { price: Money; clientFee: Money; ownerFee: Money }): { to: 'owner' | 'revenue' | 'booker'; amount: Money }[] {
  const c = f.price.currency;
  const paid = f.price.amount + f.clientFee.amount;
  if (paid <= 0n) throw new RangeError('a free booking moves no money');
  if (outcome === 'refund') return [{ to: 'booker', amount: money(paid, c) }];
  const owner = f.price.amount - f.ownerFee.amount;
  const revenue = f.clientFee.amount + f.ownerFee.amount;
  return [
    ...(owner > 0n ? [{ to: 'owner' as const, amount: money(owner, c) }] : []),
    ...(revenue > 0n ? [{ to: 'revenue' as const, amount: money(revenue, c) }] : []),
  ];
}

// --- Reviews -------------------------------------------------------------------------------------

/** Only someone who booked reviews a space: a booking not cancelled whose day has come. */
export function mayReview(bookings: readonly { status: SpaceBookingStatus; day: string }[], now: Date): boolean {
  const t = today(now);
  return bookings.some((b) => (b.status === 'booked' || b.status === 'completed') && b.day <= t);
}

// --- Slugs ---------------------------------------------------------------------------------------

/** An address for a listing from its name and city: Latin letters and digits; Urdu names give the city only. */
export function slugFor(name: string, city: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const withCity = base && !base.includes(city) ? `${base}-${city}` : base || `space-${city}`;
  return withCity.slice(0, 72).replace(/-+$/, '');
}

/** "09:00" from 540; "24:00" for the end of the day. */
export const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
