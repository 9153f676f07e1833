// Pure rules for public profiles: handles, what a profile form or API body may contain, hourly
// rates, how complete a freelancer profile is, and the initials shown instead of a photo. No I/O.
//
// Invariants (asserted in domain.test.ts):
// - a valid handle is 3..30 of a-z 0-9 _ -, starts with a letter or digit, and is not reserved;
// - a parsed rate is Money, > 0 and at most the currency's cap;
// - completeness percent is 0..100, and 100 exactly when nothing is missing;
// - initials are at most two letters, never markup, and never join into one Urdu glyph.
import { z } from 'zod';
import { CURRENCIES, type Currency, compare, formatMoney, fromMajor, isPositive, type Money, parseMoneyInput } from '../platform/money.ts';
import { asciiDigits, multiLine, singleLine } from '../platform/text.ts';
import type { Availability, RateCurrency } from './tables.ts';

// --- Handles ------------------------------------------------------------------------------------

export const HANDLE_MIN = 3;
export const HANDLE_MAX = 30;
const HANDLE_SHAPE = /^[a-z0-9][a-z0-9_-]{2,29}$/;
/** Words that would read as the site speaking, or that name its own pages. */
export const RESERVED_HANDLES: ReadonlySet<string> = new Set([
  'admin', 'administrator', 'api', 'edit', 'help', 'hunar', 'me', 'moderator', 'new', 'profile', 'root', 'settings', 'staff', 'support', 'system',
]);

export function normaliseHandle(raw: string): string {
  return raw.normalize('NFC').trim().toLowerCase();
}

/** The i18n key of what is wrong with a handle, or null when it is fine. */
export function handleProblem(raw: string): string | null {
  const h = normaliseHandle(raw);
  if (h.length === 0) return 'field.required';
  if (h.length < HANDLE_MIN) return 'field.too_short';
  if (h.length > HANDLE_MAX) return 'field.too_long';
  if (!HANDLE_SHAPE.test(h)) return 'field.handle_shape';
  if (RESERVED_HANDLES.has(h)) return 'field.handle_reserved';
  return null;
}

export const handleField = z
  .string({ error: 'field.required' })
  .transform(normaliseHandle)
  .check((ctx) => {
    const problem = handleProblem(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, params: { min: HANDLE_MIN, max: HANDLE_MAX }, input: ctx.value });
  })
  .meta({ minLength: HANDLE_MIN, maxLength: HANDLE_MAX, pattern: HANDLE_SHAPE.source });

// --- Hourly rate --------------------------------------------------------------------------------
// A rate is Money (src/platform/money.ts): read with parseMoneyInput, shown with formatMoney,
// stored as minor units plus currency.

export const currencies = CURRENCIES satisfies readonly RateCurrency[];
/** Highest hourly rate we accept: more is a typo (or a test of our limits). */
export const RATE_MAX: Readonly<Record<Currency, Money>> = { PKR: fromMajor('200000', 'PKR'), USD: fromMajor('1000', 'USD') };

export type RateResult = { ok: true; value: Money } | { ok: false; key: string; params?: Record<string, string> };

/** "1,500", "Rs 1,500", "۱۵۰۰", "12.50" → Money; zero, negative, malformed and above RATE_MAX are refused with a field key. */
export function parseRate(text: string, currency: Currency): RateResult {
  const r = parseMoneyInput(text, currency);
  if (!r.ok) return r.key === 'field.money_too_large' ? { ok: false, key: 'field.rate_too_high', params: { max: formatMoney('en', RATE_MAX[currency]) } } : r;
  if (!isPositive(r.value)) return { ok: false, key: 'field.rate_invalid' };
  if (compare(r.value, RATE_MAX[currency]) > 0) return { ok: false, key: 'field.rate_too_high', params: { max: formatMoney('en', RATE_MAX[currency]) } };
  return r;
}

// --- Profile input (one schema for the edit form and the API) ------------------------------------

export const HEADLINE_MAX = 120;
export const BIO_MAX = 5000;
export const ABOUT_MAX = 5000;
export const COMPANY_MAX = 120;
export const EDUCATION_MAX = 2000;
export const CERTIFICATES_MAX = 2000;
export const SKILLS_MAX = 15;
export const LANGUAGES_MAX = 20;
export const availabilities = ['available', 'limited', 'unavailable'] as const satisfies readonly Availability[];
const _allAvailabilities: Record<Availability, true> = { available: true, limited: true, unavailable: true };
void _allAvailabilities;
export const countries = ['PK', 'ZZ'] as const;

const SLUG = /^[a-z0-9-]{1,60}$/;

/** A checkbox group arrives as nothing, one string or several; JSON sends an array. */
const slugList = (max: number, tooMany: string) =>
  z
    .union([z.string(), z.array(z.string())], { error: 'field.invalid' })
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(
      z
        .array(z.string().regex(SLUG, 'field.invalid'))
        .max(max, tooMany)
        .transform((list) => [...new Set(list)]),
    );

/** A checkbox: "on" from a form (absent means off), true/false from JSON. */
const checkbox = z
  .union([z.boolean(), z.enum(['on', 'true', '1', 'false', '0', ''])], { error: 'field.invalid' })
  .optional()
  .transform((v) => v === true || v === 'on' || v === 'true' || v === '1');

/** Optional free text: absent is empty. */
const optionalLine = (max: number) =>
  singleLine(max, 0)
    .optional()
    .transform((v) => v ?? '');
const optionalMulti = (max: number) =>
  multiLine(max)
    .optional()
    .transform((v) => v ?? '');

// --- Billing details (a client's, printed on their invoices and receipts; never public) ----------

export const BILLING_ADDRESS_MAX = 300;
export const BILLING_ADDRESS_LINES = 6;
export const TAX_NUMBER_MAX = 30;

/** A postal address as invoices print it: line breaks kept, blank lines and stray spaces dropped. */
const billingAddress = optionalMulti(BILLING_ADDRESS_MAX)
  .transform((v) =>
    v
      .split(/\r\n?|\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join('\n'),
  )
  .check((ctx) => {
    if (ctx.value.split('\n').length > BILLING_ADDRESS_LINES) ctx.issues.push({ code: 'custom', message: 'field.address_lines', params: { max: BILLING_ADDRESS_LINES }, input: ctx.value });
  });

/**
 * A tax or VAT number as tax offices print them: Latin letters, digits, spaces and - / . (a UK VAT
 * number "GB 123 4567 89", an NTN "1234567-8", an EU VAT number "DE123456789"), with at least one
 * digit. Urdu digits become ASCII, letters upper case, runs of spaces one.
 */
export const TAX_NUMBER_SHAPE = /^(?=.*\d)[A-Z0-9][A-Z0-9 ./-]*$/;
const taxNumber = singleLine(TAX_NUMBER_MAX, 0)
  .optional()
  .transform((v) => asciiDigits(v ?? '').replace(/\s+/g, ' ').toUpperCase())
  .check((ctx) => {
    if (ctx.value !== '' && !TAX_NUMBER_SHAPE.test(ctx.value)) ctx.issues.push({ code: 'custom', message: 'field.tax_number', input: ctx.value });
  })
  .meta({ maxLength: TAX_NUMBER_MAX, description: 'A VAT or tax number, e.g. GB 123 4567 89 or 1234567-8' });

// The amount is checked here, so its message shows with the other fields'; the cap depends on the
// currency and is checked once the whole object is valid.
const rateText = z
  .union([z.string(), z.number()], { error: 'field.rate_invalid' })
  .optional()
  .transform((v) => (v === undefined ? '' : String(v).trim()))
  .check((ctx) => {
    if (ctx.value === '') return;
    // Both currencies have two minor digits, so the shape reads the same in either.
    const r = parseMoneyInput(ctx.value, 'PKR');
    if (!r.ok && r.key !== 'field.money_too_large') ctx.issues.push({ code: 'custom', message: r.key, input: ctx.value });
    else if (r.ok && !isPositive(r.value)) ctx.issues.push({ code: 'custom', message: 'field.rate_invalid', input: ctx.value });
  });

/**
 * The whole profile as the edit form and PUT /api/v1/me/profile send it. Every field may be left
 * out (it is then cleared, PUT replaces); the service stores the freelancer fields for freelancers
 * and the client fields for clients. Skills, languages and the city are checked against the
 * taxonomy by checkReferences.
 */
export const profileInput = z
  .object({
    handle: handleField.optional(),
    city_slug: z
      .union([z.string().regex(/^$|^[a-z0-9-]{1,60}$/, 'field.city_unknown'), z.null()])
      .optional()
      .transform((v) => (v ? v : null)),
    show_city: checkbox,
    // Freelancer
    headline: optionalLine(HEADLINE_MAX),
    bio_en: optionalMulti(BIO_MAX),
    bio_ur: optionalMulti(BIO_MAX),
    skills: slugList(SKILLS_MAX, 'field.skills_too_many'),
    languages: slugList(LANGUAGES_MAX, 'field.languages_too_many'),
    hourly_rate: rateText,
    hourly_rate_currency: z
      .enum(['', ...currencies], { error: 'field.choose' })
      .optional()
      .transform((v): RateCurrency => (v === 'USD' ? 'USD' : 'PKR')),
    availability: z
      .enum(availabilities, { error: 'field.choose' })
      .optional()
      .transform((v): Availability => v ?? 'available'),
    education: optionalMulti(EDUCATION_MAX),
    certificates: optionalMulti(CERTIFICATES_MAX),
    show_photo: checkbox,
    // Client
    company_name: optionalLine(COMPANY_MAX),
    about: optionalMulti(ABOUT_MAX),
    country: z
      .enum(['', ...countries], { error: 'field.choose' })
      .optional()
      .transform((v): (typeof countries)[number] => (v === 'ZZ' ? 'ZZ' : 'PK')),
    billing_address: billingAddress.meta({ maxLength: BILLING_ADDRESS_MAX, description: `Printed on invoices and receipts; at most ${BILLING_ADDRESS_LINES} lines` }),
    tax_number: taxNumber,
  })
  .transform((v, ctx) => {
    let hourly: Money | null = null;
    if (v.hourly_rate !== '') {
      const r = parseRate(v.hourly_rate, v.hourly_rate_currency);
      if (!r.ok) {
        ctx.issues.push({ code: 'custom', message: r.key, params: r.params ?? {}, path: ['hourly_rate'], input: v.hourly_rate });
        return z.NEVER;
      }
      hourly = r.value;
    }
    const { hourly_rate: _text, hourly_rate_currency: _currency, ...rest } = v;
    return { ...rest, hourly_rate: hourly };
  });

export type ProfileInput = z.output<typeof profileInput>;

/** The taxonomy a profile's choices must come from. */
export interface Reference {
  cities: ReadonlySet<string>;
  skills: ReadonlySet<string>;
  languages: ReadonlySet<string>;
}

/** Field errors for choices outside the taxonomy (empty when all is known). */
export function checkReferences(input: Pick<ProfileInput, 'city_slug' | 'skills' | 'languages'>, ref: Reference): Record<string, { key: string }> {
  const out: Record<string, { key: string }> = {};
  if (input.city_slug !== null && !ref.cities.has(input.city_slug)) out.city_slug = { key: 'field.city_unknown' };
  if (!input.skills.every((s) => ref.skills.has(s))) out.skills = { key: 'field.skills_unknown' };
  if (!input.languages.every((l) => ref.languages.has(l))) out.languages = { key: 'field.languages_unknown' };
  return out;
}

// --- Portfolio ----------------------------------------------------------------------------------

export const PORTFOLIO_TITLE_MAX = 120;
export const PORTFOLIO_DESCRIPTION_MAX = 2000;
export const PORTFOLIO_LINK_MAX = 500;
export const PORTFOLIO_MAX = 30;

/**
 * A web address as people type it: "behance.net/ayesha" or "www.example.pk" gets https:// in front;
 * one with a scheme keeps it (and only http and https pass isWebLink). "//host" stays refused.
 */
export function completeLink(typed: string): string {
  const v = typed.trim();
  if (v === '' || v.startsWith('/') || /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(v)) return v;
  return `https://${v}`;
}

/** An http(s) address only: javascript:, data: and friends are refused; a bare address is completed to https://. */
export const linkField = z
  .union([z.string(), z.null()], { error: 'field.invalid' })
  .optional()
  .transform((v) => completeLink(v ?? ''))
  .check((ctx) => {
    const v = ctx.value;
    if (v === '') return;
    if (v.length > PORTFOLIO_LINK_MAX) {
      ctx.issues.push({ code: 'custom', message: 'field.too_long', params: { max: PORTFOLIO_LINK_MAX }, input: v });
      return;
    }
    if (!isWebLink(v)) ctx.issues.push({ code: 'custom', message: 'field.link', input: v });
  })
  .transform((v) => (v === '' ? null : new URL(v).href))
  // Not format: uri: "behance.net/ayesha" is accepted too, and answered with https:// in front.
  .meta({ maxLength: PORTFOLIO_LINK_MAX });

export function isWebLink(v: string): boolean {
  if (/[\s\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]/.test(v)) return false;
  try {
    const u = new URL(v);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.') && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

export const portfolioItemInput = z.object({
  title: singleLine(PORTFOLIO_TITLE_MAX),
  description: optionalMulti(PORTFOLIO_DESCRIPTION_MAX),
  link: linkField,
});

export type PortfolioItemInput = z.output<typeof portfolioItemInput>;

export const portfolioOrderInput = z.object({
  order: z.array(z.uuid({ error: 'field.invalid' }), { error: 'field.required' }).max(PORTFOLIO_MAX, 'field.invalid'),
});

/** The list with `id` moved one place up or down (unchanged at either end or when absent). */
export function moveInList<T>(ids: readonly T[], id: T, direction: 'up' | 'down'): T[] {
  const out = [...ids];
  const i = out.indexOf(id);
  const j = direction === 'up' ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= out.length) return out;
  [out[i], out[j]] = [out[j] as T, out[i] as T];
  return out;
}

/** `order` must name exactly the person's items, each once. */
export function isPermutation(order: readonly string[], ids: readonly string[]): boolean {
  if (order.length !== ids.length || new Set(order).size !== order.length) return false;
  const have = new Set(ids);
  return order.every((id) => have.has(id));
}

// --- Completeness -------------------------------------------------------------------------------

export interface CompletenessFacts {
  headline: string | null;
  bioEn: string;
  bioUr: string;
  skills: readonly string[];
  languages: readonly string[];
  citySlug: string | null;
  hourlyRate: unknown;
  portfolioCount: number;
  education: string;
}

/** What a complete freelancer profile has, in the order the bar lists what is missing. */
export const completenessParts = ['headline', 'bio', 'skills', 'languages', 'city', 'rate', 'portfolio', 'education'] as const;
export type CompletenessPart = (typeof completenessParts)[number];

export interface Completeness {
  percent: number;
  /** What is missing; each names its message (`profiles.missing.<part>`) and where to fix it. */
  missing: { part: CompletenessPart; key: string; href: string }[];
}

const has: Record<CompletenessPart, (f: CompletenessFacts) => boolean> = {
  headline: (f) => (f.headline ?? '').trim() !== '',
  bio: (f) => f.bioEn.trim() !== '' || f.bioUr.trim() !== '',
  // Three skills tell clients (and search) what someone does; one is too thin.
  skills: (f) => f.skills.length >= 3,
  languages: (f) => f.languages.length > 0,
  city: (f) => f.citySlug !== null,
  rate: (f) => f.hourlyRate !== null && f.hourlyRate !== undefined,
  portfolio: (f) => f.portfolioCount > 0,
  education: (f) => f.education.trim() !== '',
};

const fixAt: Record<CompletenessPart, string> = {
  headline: '/profile/edit#headline',
  bio: '/profile/edit#bio_en',
  skills: '/profile/edit#skills',
  languages: '/profile/edit#languages',
  city: '/profile/edit#city_slug',
  rate: '/profile/edit#hourly_rate',
  portfolio: '/profile/portfolio',
  education: '/profile/edit#education',
};

export function completeness(f: CompletenessFacts): Completeness {
  const missing = completenessParts.filter((p) => !has[p](f));
  const done = completenessParts.length - missing.length;
  return {
    percent: Math.round((done / completenessParts.length) * 100),
    missing: missing.map((part) => ({ part, key: `profiles.missing.${part}`, href: fixAt[part] })),
  };
}

// --- Track record -------------------------------------------------------------------------------
// Figures about how someone works on Hunar, shown on their public profile. Until messaging exists,
// a freelancer's response time is measured from job invitations to their proposals.

/** Below this many answered invitations, no average is shown: one fast reply is not a habit. */
export const RESPONSE_SAMPLE_MIN = 2;

export type ResponseTime =
  | { key: 'profiles.response.within_hour' }
  | { key: 'profiles.response.hours'; n: number }
  | { key: 'profiles.response.within_day' }
  | { key: 'profiles.response.days'; n: number };

/** An average response time as people say it: "within an hour", "within 5 hours", "within a day", "within 2 days" (rounded up). */
export function responseTime(minutes: number): ResponseTime {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`not a response time: ${minutes}`);
  if (minutes <= 60) return { key: 'profiles.response.within_hour' };
  const hours = Math.ceil(minutes / 60);
  if (hours < 24) return { key: 'profiles.response.hours', n: hours };
  const days = Math.ceil(hours / 24);
  return days === 1 ? { key: 'profiles.response.within_day' } : { key: 'profiles.response.days', n: days };
}

/** The share of a client's jobs that ended in a hire, as a whole percent; null before their first job. */
export function hireRatePercent(jobsPosted: number, jobsWithHire: number): number | null {
  if (!Number.isInteger(jobsPosted) || !Number.isInteger(jobsWithHire) || jobsPosted < 0 || jobsWithHire < 0 || jobsWithHire > jobsPosted) {
    throw new RangeError(`not a hire count: ${jobsWithHire} of ${jobsPosted}`);
  }
  return jobsPosted === 0 ? null : Math.round((jobsWithHire * 100) / jobsPosted);
}

// --- Initials -----------------------------------------------------------------------------------

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
// A letter with the marks that belong to it (é written as e + ◌́ stays one initial).
const LETTER = /\p{L}\p{M}*/u;

/**
 * One or two initials for an avatar: the first letters of the first and last word. Latin letters
 * are upper-cased; Urdu letters are kept apart with a zero-width non-joiner so they do not join
 * into one glyph. A name without letters gives "?".
 */
export function initials(displayName: string): string {
  const words = displayName
    .normalize('NFC')
    .split(/(?:\s|\u200C|\u200D|[._-])+/)
    .map((w) => LETTER.exec(w)?.[0])
    .filter((l): l is string => l !== undefined);
  if (words.length === 0) return '?';
  const picked = words.length === 1 ? [words[0] as string] : [words[0] as string, words.at(-1) as string];
  const letters = picked.map((l) => l.toLocaleUpperCase('en'));
  return letters.join(letters.some((l) => ARABIC_SCRIPT.test(l)) ? '\u200C' : '');
}
