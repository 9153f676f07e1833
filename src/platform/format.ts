// Numbers, dates and money for people, always through Intl with ur-PK / en-PK; dates in the viewer's zone.
// CLDR gives both locales Western digits and three-digit grouping (../shared/reference/pakistan-locale.md §4, §5).
import type { Locale } from './i18n.ts';
import { currentTimeZone, DEFAULT_TIME_ZONE } from './time-zone.ts';

/**
 * Pakistan's zone. Dates themselves are written in the viewer's zone (src/platform/time-zone.ts:
 * the signed-in person's setting, Asia/Karachi for visitors), or in the zone a caller passes.
 */
export const TIME_ZONE = DEFAULT_TIME_ZONE;
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
        ? {
            day: 'numeric',
            month: 'short',
            year: 'numeric',
            hour: 'numeric',
            minute: '2-digit',
            timeZone,
            // A time names its zone: in English CLDR's short name ("GMT", "GMT+1", "GMT-5"); in Urdu
            // the zone's place ("پاکستان وقت", "سلطنت متحدہ وقت"), which reads as Urdu where "GMT +5"
            // would not. CLDR's Urdu time format prints a Latin "AM/PM": a 24-hour clock reads naturally.
            ...(locale === 'ur' ? { hourCycle: 'h23', timeZoneName: 'shortGeneric' } : { timeZoneName: 'short' }),
          }
        : kind === 'date'
          ? { dateStyle: 'long', timeZone }
          : { month: 'long', year: 'numeric', timeZone };
    f = new Intl.DateTimeFormat(intlLocale(locale), options);
    // Zones come from code or from an account's setting, which is one of Intl's ~420 zones
    // (time-zone.ts checks it before it is saved), so the map stays small.
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

/**
 * A moment, with its zone named: "4 Dec 2026, 11:30 pm GMT", "5 Dec 2026, 4:30 am PKT",
 * "5 دسمبر، 2026، 04:30 پاکستان وقت". In the viewer's zone unless one is given.
 */
export function formatDateTime(locale: Locale, d: Date, timeZone = currentTimeZone()): string {
  const s = dateFormat('datetime', locale, timeZone).format(d);
  // CLDR has no English short name for Pakistan's zone and prints "GMT+5"; people in Pakistan write
  // PKT (../shared/reference/pakistan-locale.md §3). Only at +5: the summer time of 2002 and
  // 2008–2009 (+6) keeps CLDR's "GMT+6".
  return locale === 'en' && timeZone === 'Asia/Karachi' && s.endsWith(' GMT+5') ? `${s.slice(0, -6)} PKT` : s;
}

/** The calendar day of a moment in the viewer's zone (or the one given): "1 April 2026". */
export function formatDate(locale: Locale, d: Date, timeZone = currentTimeZone()): string {
  return dateFormat('date', locale, timeZone).format(d);
}

/** A month and year ("May 2025", "مئی 2025"), for dates known only to the month. */
export function formatMonth(locale: Locale, d: Date, timeZone = currentTimeZone()): string {
  return dateFormat('month', locale, timeZone).format(d);
}

/**
 * A calendar day stored without a time (YYYY-MM-DD: a rate's effective day, a bank's value date),
 * the same day for every reader whatever their zone.
 */
export function formatDay(locale: Locale, day: string): string {
  return dateFormat('date', locale, 'UTC').format(new Date(`${day}T00:00:00Z`));
}
