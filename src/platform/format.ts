// Numbers, dates and money for people, always through Intl with ur-PK / en-PK and Asia/Karachi.
// CLDR gives both locales Western digits and three-digit grouping (../shared/reference/pakistan-locale.md §4, §5).
import type { Locale } from './i18n.ts';

export const TIME_ZONE = 'Asia/Karachi';
const intlLocale = (l: Locale) => (l === 'ur' ? 'ur-PK' : 'en-PK');

// An Intl formatter costs tens of microseconds to build and nothing to reuse (it is immutable), and a
// search page formats dozens of numbers and dates: each kind is built once per locale and time zone.
const numberFormats = new Map<Locale, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(kind: 'datetime' | 'date' | 'month', locale: Locale, timeZone: string): Intl.DateTimeFormat {
  const key = `${kind} ${locale} ${timeZone}`;
  let f = dateFormats.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'datetime'
        ? // CLDR's Urdu time format prints a Latin "AM/PM"; a 24-hour clock reads naturally instead.
          { dateStyle: 'medium', timeStyle: 'short', timeZone, ...(locale === 'ur' ? { hourCycle: 'h23' } : {}) }
        : kind === 'date'
          ? { dateStyle: 'long', timeZone }
          : { month: 'long', year: 'numeric', timeZone };
    f = new Intl.DateTimeFormat(intlLocale(locale), options);
    // Callers pass zones from code (Asia/Karachi by default), never from a request, so the map stays small.
    dateFormats.set(key, f);
  }
  return f;
}

/**
 * Bidi isolates (Unicode's LRI/FSI … PDI), for text built as strings, where markup (<bdi>) cannot go:
 * `ltr` keeps an amount, a masked account number or a code reading left to right inside Urdu text
 * ("•••• 6789", not "6789 ••••"); `isolate` lets a person's own words take their own direction
 * without turning the sentence around them. Invisible, and understood by browsers, Chromium's PDFs
 * and mail readers alike.
 */
export const ltr = (text: string): string => `\u2066${text}\u2069`;
export const isolate = (text: string): string => `\u2068${text}\u2069`;

export function formatNumber(locale: Locale, n: number | bigint): string {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(locale));
    numberFormats.set(locale, f);
  }
  return f.format(n);
}

export function formatDateTime(locale: Locale, d: Date, timeZone = TIME_ZONE): string {
  return dateFormat('datetime', locale, timeZone).format(d);
}

export function formatDate(locale: Locale, d: Date, timeZone = TIME_ZONE): string {
  return dateFormat('date', locale, timeZone).format(d);
}

/** A month and year ("May 2025", "مئی 2025"), for dates known only to the month. */
export function formatMonth(locale: Locale, d: Date, timeZone = TIME_ZONE): string {
  return dateFormat('month', locale, timeZone).format(d);
}
