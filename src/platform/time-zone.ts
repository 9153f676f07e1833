// Time zones (docs/decisions/0040-viewer-time-zone.md): which zones an account may choose (the IANA
// zones Intl knows), how a zone is named to a reader, and the zone one request's pages are written in.
//
// Every date on a page goes through src/platform/format.ts, which formats in currentTimeZone(): the
// signed-in viewer's zone, set once per request by src/platform/http.ts with withTimeZone(), else
// Asia/Karachi (visitors, jobs, and code outside a request). A mail or a document written for someone
// else (a receipt, a mail to the other party) passes its recipient's zone to format.ts explicitly.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Locale } from './i18n.ts';

/** Pakistan's one zone (../shared/reference/pakistan-locale.md §3): visitors' and new accounts' default. */
export const DEFAULT_TIME_ZONE = 'Asia/Karachi';

/**
 * Offered first in the settings: Pakistan, then where clients of Pakistani freelancers mostly are
 * (the Gulf, the United Kingdom, North America, Europe, Australia). Each is in Intl's list (tested).
 */
export const COMMON_TIME_ZONES = [
  'Asia/Karachi',
  'Europe/London',
  'Asia/Dubai',
  'Asia/Riyadh',
  'Asia/Qatar',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'America/Toronto',
  'Europe/Berlin',
  'Europe/Paris',
  'Australia/Sydney',
] as const;

let known: ReadonlySet<string> | undefined;

/** Every zone an account may hold: Intl's list (its canonical names) and UTC. */
export function timeZones(): ReadonlySet<string> {
  known ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
  return known;
}

// An IANA name: letters first, then letters, digits, _ + - and /. Offsets ("+05:00"), which Intl also
// accepts, are not zones: they ignore summer time.
const ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;

/**
 * The zone as stored, or null when it is not one Intl knows. Aliases resolve to Intl's name
 * ("Asia/Kolkata" → "Asia/Calcutta", "US/Eastern" → "America/New_York", "Etc/UTC" → "UTC"), so a
 * browser that reports a newer or older spelling than this server's ICU still matches.
 */
export function canonicalTimeZone(raw: string): string | null {
  const v = raw.trim();
  if (!ZONE_SHAPE.test(v)) return null;
  const zones = timeZones();
  if (zones.has(v)) return v;
  try {
    const resolved = new Intl.DateTimeFormat('en', { timeZone: v }).resolvedOptions().timeZone;
    return zones.has(resolved) ? resolved : null;
  } catch {
    return null;
  }
}

// --- The request's zone ---------------------------------------------------------------------------

const viewerZone = new AsyncLocalStorage<string>();

/** Runs `fn` (a request's handlers, from http.ts) with dates formatted in `zone`. */
export function withTimeZone<R>(zone: string, fn: () => R): R {
  return viewerZone.run(zone, fn);
}

/** The zone dates are formatted in here: the signed-in viewer's, else Asia/Karachi. */
export function currentTimeZone(): string {
  return viewerZone.getStore() ?? DEFAULT_TIME_ZONE;
}

// --- Naming a zone --------------------------------------------------------------------------------

const labels = new Map<string, string>();
const offsets = new Map<string, Intl.DateTimeFormat>();

function zonePart(locale: string, zone: string, style: Intl.DateTimeFormatOptions['timeZoneName'], at: Date): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style }).formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/**
 * The zone's name for a sentence ("Dates are in …") and the settings: in English CLDR's long generic
 * name ("United Kingdom Time", "Pakistan Standard Time"), in Urdu its place name ("سلطنت متحدہ وقت",
 * "پاکستان وقت"), the same words that follow the time in format.ts. UTC, which has no place, is
 * "Coordinated Universal Time". Names are those in use in `at`'s year (a few zones were renamed).
 */
export function timeZoneLabel(locale: Locale, zone: string, at: Date): string {
  const key = `${locale} ${zone} ${at.getUTCFullYear()}`;
  let label = labels.get(key);
  if (label === undefined) {
    const intlLocale = locale === 'ur' ? 'ur-PK' : 'en-PK';
    label = zonePart(intlLocale, zone, zone === 'UTC' ? 'long' : locale === 'ur' ? 'shortGeneric' : 'longGeneric', at);
    labels.set(key, label);
  }
  return label;
}

/** The zone's offset from GMT at `at` ("GMT+5", "GMT+1", "GMT"), for telling zones apart in a list. */
export function timeZoneOffset(zone: string, at: Date): string {
  let f = offsets.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' });
    offsets.set(zone, f);
  }
  const offset = f.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  return offset === 'GMT+0' ? 'GMT' : offset;
}

/** The common zones' cities as an Urdu reader writes them; other zones keep their IANA city. */
const URDU_CITIES: Readonly<Record<(typeof COMMON_TIME_ZONES)[number], string>> = {
  'Asia/Karachi': 'کراچی',
  'Europe/London': 'لندن',
  'Asia/Dubai': 'دبئی',
  'Asia/Riyadh': 'ریاض',
  'Asia/Qatar': 'قطر',
  'America/New_York': 'نیویارک',
  'America/Chicago': 'شکاگو',
  'America/Los_Angeles': 'لاس اینجلس',
  'America/Toronto': 'ٹورنٹو',
  'Europe/Berlin': 'برلن',
  'Europe/Paris': 'پیرس',
  'Australia/Sydney': 'سڈنی',
};

/**
 * The city (or place) an IANA name ends with: "America/New_York" → "New York"; in Urdu the common
 * zones' cities in Urdu script (`urdu` false for the others, whose name stays in Latin letters).
 */
export function timeZoneCity(zone: string, locale: Locale = 'en'): { name: string; urdu: boolean } {
  const urdu = locale === 'ur' ? URDU_CITIES[zone as keyof typeof URDU_CITIES] : undefined;
  return urdu ? { name: urdu, urdu: true } : { name: (zone.split('/').at(-1) ?? zone).replaceAll('_', ' '), urdu: false };
}

/** The regions of the zone list, in the order the settings show them (the first part of each name). */
export const TIME_ZONE_REGIONS = ['Asia', 'Europe', 'America', 'Africa', 'Australia', 'Pacific', 'Indian', 'Atlantic', 'Antarctica', 'Arctic', 'other'] as const;
export type TimeZoneRegion = (typeof TIME_ZONE_REGIONS)[number];

/** Every zone, grouped by region and sorted by name within each (UTC under "other"). */
export function timeZonesByRegion(): { region: TimeZoneRegion; zones: string[] }[] {
  const groups = new Map<TimeZoneRegion, string[]>(TIME_ZONE_REGIONS.map((r) => [r, []]));
  for (const zone of timeZones()) {
    const head = zone.split('/')[0] as TimeZoneRegion;
    (groups.get(zone.includes('/') && groups.has(head) ? head : 'other') as string[]).push(zone);
  }
  return [...groups].filter(([, zones]) => zones.length > 0).map(([region, zones]) => ({ region, zones: zones.sort() }));
}
