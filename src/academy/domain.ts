// The academy's rules, with no I/O: what a course and a lesson may say (the zod schemas the forms and
// the API share), which language a lesson is shown in, progress through a course, and the demand
// statistics of a skill.
//
// Invariants (domain.test.ts):
// - a course and a lesson have a title in at least one language; a lesson is read in the reader's
//   language when it has one, else in the other, and the switch is offered only when both exist;
// - price quartiles are shown only from MIN_ORDERS_FOR_PRICES completed orders up; they are exact
//   (bigint minor units, linear interpolation between the two nearest orders, rounded half up), and
//   q1 <= median <= q3 always;
// - progress is the share of a course's lessons done, 0 to 100, and 100 only when every one is.
import { z } from 'zod';
import type { Locale } from '../platform/i18n.ts';
import { CURRENCIES, type Currency, moneyInput, parseMoneyInput } from '../platform/money.ts';
import { multiLine, singleLine } from '../platform/text.ts';
import { TRACKS } from './tables.ts';
import { isSkill } from './tracks.ts';

/** Fewer completed orders than this, and a skill's page says "not enough data yet". */
export const MIN_ORDERS_FOR_PRICES = 10;
/** How far back a skill's completed orders are counted, in days (the page says so). */
export const PRICE_WINDOW_DAYS = 365;
export const MAX_LESSONS = 60;

// --- Languages -------------------------------------------------------------------------------------

export interface BothLanguages {
  en: string | null;
  ur: string | null;
}

/** The language to show text in: the reader's when it is there, else the other; and the other one to switch to, when both exist. */
export function languageFor(reader: Locale, text: BothLanguages, asked?: string | null): { shown: Locale; other: Locale | null } {
  const has = (l: Locale) => Boolean(text[l]?.trim());
  const otherOf = (l: Locale): Locale => (l === 'en' ? 'ur' : 'en');
  const wanted: Locale = asked === 'en' || asked === 'ur' ? asked : reader;
  const shown = has(wanted) ? wanted : has(otherOf(wanted)) ? otherOf(wanted) : reader;
  return { shown, other: has(otherOf(shown)) ? otherOf(shown) : null };
}

/** Text in the reader's language first (a title, a summary). */
export function inReaderLanguage(reader: Locale, text: BothLanguages): { text: string; lang: Locale } {
  const { shown } = languageFor(reader, text);
  return { text: text[shown] ?? '', lang: shown };
}

// --- Progress --------------------------------------------------------------------------------------

export function progressPercent(done: number, total: number): number {
  if (total <= 0) return 0;
  if (done >= total) return 100;
  return Math.floor((Math.max(0, done) * 100) / total);
}

/**
 * Where a learner resumes: the lesson they were last on, unless it is gone; else the first lesson
 * they have not done; else the first. Positions are 1-based; null for a course with no lessons.
 */
export function resumePosition(positions: readonly number[], last: number | null, done: ReadonlySet<number>): number | null {
  const sorted = [...positions].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  if (last !== null && sorted.includes(last)) return last;
  return sorted.find((p) => !done.has(p)) ?? sorted[0]!;
}

// --- Demand: completed order prices ----------------------------------------------------------------

export interface PriceQuartiles {
  q1: bigint;
  median: bigint;
  q3: bigint;
  count: number;
}

/** Half up, for non-negative numerators. */
const roundDiv = (n: bigint, d: bigint) => (n * 2n + d) / (2n * d);

/** The p/4 quantile of sorted values (p = 1, 2, 3), interpolated between the two nearest ones. */
function quarter(sorted: readonly bigint[], p: 1n | 2n | 3n): bigint {
  const pos = BigInt(sorted.length - 1) * p; // in quarters
  const lo = Number(pos / 4n);
  const rem = pos % 4n;
  const a = sorted[lo]!;
  if (rem === 0n) return a;
  const b = sorted[lo + 1]!;
  return a + roundDiv((b - a) * rem, 4n);
}

/** Quartiles of prices (minor units), or null below MIN_ORDERS_FOR_PRICES. */
export function priceQuartiles(prices: readonly bigint[]): PriceQuartiles | null {
  if (prices.length < MIN_ORDERS_FOR_PRICES) return null;
  if (prices.some((p) => p < 0n)) throw new Error('a price below zero');
  const sorted = [...prices].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { q1: quarter(sorted, 1n), median: quarter(sorted, 2n), q3: quarter(sorted, 3n), count: sorted.length };
}

// --- Course and lesson input -----------------------------------------------------------------------

/** Optional text in one language: blank means "not in this language" (null). */
function optional(inner: z.ZodType<string>) {
  return z
    .string()
    .optional()
    .nullable()
    .transform((v, ctx): string | null => {
      const s = (v ?? '').trim();
      if (s === '') return null;
      const r = inner.safeParse(s);
      if (r.success) return r.data;
      for (const i of r.error.issues) ctx.issues.push({ code: 'custom', message: i.message, params: (i as { params?: Record<string, unknown> }).params ?? {}, input: s });
      return z.NEVER;
    });
}

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const courseInput = z
  .object({
    slug: z
      .string({ error: 'field.required' })
      .transform((s) => s.trim().toLowerCase())
      .check((ctx) => {
        if (ctx.value === '') ctx.issues.push({ code: 'custom', message: 'field.required', input: ctx.value });
        else if (ctx.value.length > 80 || !SLUG.test(ctx.value)) ctx.issues.push({ code: 'custom', message: 'field.course_slug', input: ctx.value });
      })
      .describe('The course’s address: lowercase letters, digits and hyphens, e.g. cloud-basics'),
    track: z.enum(TRACKS, { error: 'field.choose' }),
    skill: z
      .string({ error: 'field.required' })
      .check((ctx) => {
        if (!isSkill(ctx.value)) ctx.issues.push({ code: 'custom', message: 'field.choose', input: ctx.value });
      })
      .describe('The skill it teaches, a slug of the skill taxonomy (e.g. cloud-computing)'),
    title_en: optional(singleLine(120, 3)),
    title_ur: optional(singleLine(120, 3)),
    summary_en: optional(multiLine(1000)),
    summary_ur: optional(multiLine(1000)),
    price: z.string().max(40, 'field.money_invalid').optional().describe('What it costs in major units, e.g. "1500"; blank or 0 for a free course'),
    currency: z.enum(CURRENCIES, { error: 'field.choose' }).default('PKR'),
  })
  .transform((v, ctx) => {
    if (!v.title_en && !v.title_ur) ctx.issues.push({ code: 'custom', message: 'field.title_one_language', path: ['title_en'], input: v.title_en });
    let priceMinor = 0n;
    const typed = (v.price ?? '').trim();
    if (typed !== '' && typed !== '0') {
      const r = parseMoneyInput(typed, v.currency);
      if (r.ok) priceMinor = r.value.amount;
      else ctx.issues.push({ code: 'custom', message: r.key, params: r.params ?? {}, path: ['price'], input: typed });
    }
    return { ...v, priceMinor };
  });
export type CourseInput = z.output<typeof courseInput>;

export const lessonInput = z
  .object({
    title_en: optional(singleLine(160, 1)),
    title_ur: optional(singleLine(160, 1)),
    body_en: optional(multiLine(40000)).describe('Markdown: headings, lists, links, **bold**, `code`, ``` code blocks, images from https or /media/'),
    body_ur: optional(multiLine(40000)),
    video_url: optional(
      singleLine(500).check((ctx) => {
        if (!/^https:\/\/[^\s/]+\.[^\s]+$/.test(ctx.value)) ctx.issues.push({ code: 'custom', message: 'field.https_link', input: ctx.value });
      }),
    ).describe('A link to a video (https), e.g. on YouTube'),
  })
  .check((ctx) => {
    if (!ctx.value.title_en && !ctx.value.title_ur) ctx.issues.push({ code: 'custom', message: 'field.title_one_language', path: ['title_en'], input: ctx.value.title_en });
  });
export type LessonInput = z.output<typeof lessonInput>;

/**
 * Enrolling: the price the learner was shown, when the caller sends it. A course whose price changed
 * since is refused (academy.price_changed) and nothing is charged; without it, the price now is paid
 * (callers from before the field existed keep working).
 */
export const enrolInput = z.object({
  expected_price: moneyInput()
    .optional()
    .describe('The price you were shown, e.g. { "amount": "150000", "currency": "PKR" }: refused with academy.price_changed if the course now costs something else'),
});

export const courseCurrency = (c: string): Currency => (c === 'USD' ? 'USD' : 'PKR');
