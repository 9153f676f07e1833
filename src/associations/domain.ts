// Pure rules of associations (docs/decisions/0064-associations.md): what a founder, an officer or a
// member may send (zod, shared by the pages and the API), who becomes what on joining, who may leave,
// which month's dues fall due on a day, and whether a balance pays them. No I/O.
//
// Invariants:
// - dues are taken whole or not at all: a balance below the amount pays nothing (never partial,
//   never overdrawn); the ledger refuses a negative wallet again.
// - one charge per member, association and month (the period), whatever the job's retries.
// - an association always keeps an officer while it has members: the last officer cannot leave.
import { z } from 'zod';
import type { Locale } from '../platform/i18n.ts';
import { type Money, parseMinorUnits, parseMoneyInput } from '../platform/money.ts';
import { multiLine, singleLine } from '../platform/text.ts';
import type { JoinMode, MemberRole, MemberStatus } from './tables.ts';

export const NAME_MAX = 80;
export const TEXT_MAX = 4000;
export const TITLE_MAX = 120;
export const SLUG_MAX = 60;
/** How many associations one person may have started (and still run): a brake on spam. */
export const MAX_FOUNDED = 3;
export const JOIN_MODES = ['open', 'request'] as const satisfies readonly JoinMode[];
export const DUES_TIME_ZONE = 'Asia/Karachi';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A text that may be left empty (null), else between `min` and `max` characters, with the house's character policy. */
const optionalText = (max: number, min: number, oneLine: boolean) =>
  (oneLine ? singleLine(max, 0) : multiLine(max, 0))
    .nullable()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      if (v.length < min) {
        ctx.issues.push({ code: 'custom', message: 'field.too_short', params: { min }, input: v });
        return z.NEVER;
      }
      return v;
    });

const slugField = z
  .string({ error: 'field.required' })
  .trim()
  .toLowerCase()
  .max(SLUG_MAX, 'field.association_slug')
  .regex(SLUG, 'field.association_slug')
  .describe('The address: /associations/<slug>; lower-case letters, digits and single hyphens, at most 60');

const refSlug = z
  .union([z.literal(''), z.null(), z.string().trim().toLowerCase().max(60).regex(SLUG, 'field.choose')])
  .optional()
  .transform((v) => (v ? v : null));

/** What an association's page says: a name, about and rules in English, Urdu or both, its city and/or skill, how people join. */
const pageFields = {
  name_en: optionalText(NAME_MAX, 3, true).describe('In English, 3 to 80 characters; this or name_ur'),
  name_ur: optionalText(NAME_MAX, 3, true).describe('In Urdu, 3 to 80 characters; this or name_en'),
  about_en: optionalText(TEXT_MAX, 0, false),
  about_ur: optionalText(TEXT_MAX, 0, false),
  rules_en: optionalText(TEXT_MAX, 0, false),
  rules_ur: optionalText(TEXT_MAX, 0, false),
  city: refSlug.describe('A city slug (as in /api/v1/cities); this, skill or both'),
  skill: refSlug.describe('A skill slug; this, city or both'),
  join_mode: z.enum(JOIN_MODES, { error: 'field.choose' }).default('open').describe('open: anyone joins at once; request: an officer approves each request'),
};

/**
 * The checks across fields. Refinements that run even when another field has failed (`when`), so a
 * form with a bad address, an unknown way to join and no name shows every message at once. A field
 * that failed on its own keeps its own message (the first per field is shown).
 */
type PageShape = { name_en?: unknown; name_ur?: unknown; city?: unknown; skill?: unknown };
const anObject = (p: { value: unknown }) => typeof p.value === 'object' && p.value !== null;
const pageChecks = <S extends z.ZodType<PageShape>>(schema: S) =>
  schema
    .refine((v) => !!(v.name_en || v.name_ur), { message: 'field.association_name', path: ['name_en'], when: anObject })
    .refine((v) => !!(v.city || v.skill), { message: 'field.association_focus', path: ['city'], when: anObject });

/** Starting an association: its address and its page. */
export const associationInput = pageChecks(z.object({ slug: slugField, ...pageFields }));
export type AssociationInput = z.output<typeof associationInput>;

/** An officer editing the page after founding: the same rules as starting one; the address stays (links and calendar feeds use it). */
export const associationEditInput = pageChecks(z.object(pageFields));
export type AssociationEditInput = z.output<typeof associationEditInput>;
/** An officer's announcement: a title and text in English, Urdu or both. */
export const announcementInput = z
  .object({
    title_en: optionalText(TITLE_MAX, 3, true),
    body_en: optionalText(TEXT_MAX, 1, false),
    title_ur: optionalText(TITLE_MAX, 3, true),
    body_ur: optionalText(TEXT_MAX, 1, false),
  })
  .transform((v, ctx) => {
    if (!v.title_en && !v.title_ur && !v.body_en && !v.body_ur) ctx.issues.push({ code: 'custom', message: 'field.association_announcement', path: ['title_ur'], input: null });
    for (const lang of ['en', 'ur'] as const) {
      const title = v[`title_${lang}`];
      const body = v[`body_${lang}`];
      if (title && !body) ctx.issues.push({ code: 'custom', message: 'field.required', path: [`body_${lang}`], input: body });
      if (body && !title) ctx.issues.push({ code: 'custom', message: 'field.required', path: [`title_${lang}`], input: title });
    }
    return v;
  });
export type AnnouncementInput = z.output<typeof announcementInput>;

/** An officer sets the monthly dues (an amount in rupees and the day of the month), or 0 to stop them. */
export const duesInput = z
  .object({
    amount: z.union([z.string(), z.object({ amount: z.string(), currency: z.literal('PKR', { error: 'field.choose' }) })]).describe('Each month, in PKR: typed ("500") or { amount: minor units, currency: "PKR" }; 0 stops the dues'),
    day_of_month: z.coerce.number({ error: 'field.choose' }).int('field.choose').min(1, 'field.association_day').max(28, 'field.association_day').default(1).describe('Taken from this day of each month (1–28), Asia/Karachi'),
  })
  .transform((v, ctx) => {
    const r = typeof v.amount === 'string' ? parseMoneyInput(v.amount, 'PKR') : parseMinorUnits(v.amount.amount, 'PKR');
    if (!r.ok) {
      ctx.issues.push({ code: 'custom', message: r.key, params: 'params' in r ? (r.params ?? {}) : {}, path: ['amount'], input: v.amount });
      return z.NEVER;
    }
    return { amount: r.value.amount === 0n ? null : r.value, dayOfMonth: v.day_of_month };
  });
export type DuesInput = { amount: Money | null; dayOfMonth: number };

export const suspendInput = z.object({ reason: singleLine(500, 5).describe('Why, for the audit log and the officers') });

// --- Membership -------------------------------------------------------------------------------------

export type JoinOutcome = { ok: true; status: 'active' | 'pending' } | { ok: false; code: 'associations.already_member' | 'associations.already_requested' };

/**
 * What asking to join does: an open association takes a newcomer (or someone who left) at once; one
 * that asks for requests makes them wait for an officer. Someone an officer removed must be approved
 * again even where joining is open. Joining twice is refused and changes nothing.
 */
export function joinOutcome(mode: JoinMode, existing: MemberStatus | null): JoinOutcome {
  if (existing === 'active') return { ok: false, code: 'associations.already_member' };
  if (existing === 'pending') return { ok: false, code: 'associations.already_requested' };
  if (existing === 'removed') return { ok: true, status: 'pending' };
  return { ok: true, status: mode === 'open' ? 'active' : 'pending' };
}

/** The last officer may not leave while other members remain: they appoint another officer first. */
export function mayLeave(role: MemberRole, officers: number, activeMembers: number): boolean {
  return role !== 'officer' || officers > 1 || activeMembers <= 1;
}

// --- Dues -------------------------------------------------------------------------------------------

const karachiParts = new Intl.DateTimeFormat('en-CA', { timeZone: DUES_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Asia/Karachi: { period: 'YYYY-MM', day: 1..31 }. */
export function karachiDay(at: Date): { period: string; day: number } {
  const parts = Object.fromEntries(karachiParts.formatToParts(at).map((p) => [p.type, p.value]));
  return { period: `${parts.year}-${parts.month}`, day: Number(parts.day) };
}

/** The month whose dues are due on `now` (YYYY-MM), or null before the month's collection day. */
export function duesPeriod(now: Date, dayOfMonth: number): string | null {
  const { period, day } = karachiDay(now);
  return day >= dayOfMonth ? period : null;
}

/** Whether a balance pays the dues: whole, or not at all. */
export function duesDecision(balance: bigint, amount: bigint): 'paid' | 'unpaid' {
  if (amount <= 0n) throw new Error('dues are a positive amount');
  return balance >= amount ? 'paid' : 'unpaid';
}

/** The first day of a period as YYYY-MM-DD (a notification's date). */
export const periodStart = (period: string): string => `${period}-01`;

// --- Languages --------------------------------------------------------------------------------------

/**
 * A text written in English, Urdu or both, as one reader reads it: their language when written in it,
 * else the other; `lang` says which (the page marks it, so Urdu gets its font and direction).
 */
export function inLanguage(locale: Locale, en: string | null, ur: string | null): { text: string; lang: Locale } | null {
  const mine = locale === 'ur' ? ur : en;
  if (mine) return { text: mine, lang: locale };
  const other = locale === 'ur' ? en : ur;
  return other ? { text: other, lang: locale === 'ur' ? 'en' : 'ur' } : null;
}
