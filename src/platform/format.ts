// Numbers, dates and money for people, always through Intl with ur-PK / en-PK and Asia/Karachi.
// CLDR gives both locales Western digits and three-digit grouping (../shared/reference/pakistan-locale.md §4, §5).
import type { Locale } from './i18n.ts';

export const TIME_ZONE = 'Asia/Karachi';
const intlLocale = (l: Locale) => (l === 'ur' ? 'ur-PK' : 'en-PK');

export function formatNumber(locale: Locale, n: number | bigint): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(n);
}

export function formatDateTime(locale: Locale, d: Date, timeZone = TIME_ZONE): string {
  // CLDR's Urdu time format prints a Latin "AM/PM"; a 24-hour clock reads naturally instead.
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone, ...(locale === 'ur' ? { hourCycle: 'h23' } : {}) }).format(d);
}

export function formatDate(locale: Locale, d: Date, timeZone = TIME_ZONE): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone }).format(d);
}

/** A month and year ("May 2025", "مئی 2025"), for dates known only to the month. */
export function formatMonth(locale: Locale, d: Date, timeZone = TIME_ZONE): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone }).format(d);
}
