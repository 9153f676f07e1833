// Calendar files (RFC 5545, iCalendar) for bookings. Pure: no I/O.
//
// What the RFC asks and where it is done here:
// - lines end in CRLF, and a content line longer than 75 octets is folded: CRLF then one space,
//   never inside a UTF-8 sequence (§3.1: fold());
// - TEXT values escape backslash, semicolon and comma, and write a line break as \n (§3.3.11: text());
// - a VCALENDAR carries VERSION:2.0 and PRODID (§3.7.3, §3.7.4); a VEVENT a UID, unique and
//   stable across downloads so a calendar updates rather than duplicates it (§3.8.4.7), and a
//   DTSTAMP in UTC (§3.8.7.2);
// - DTSTART/DTEND as UTC ("Z") for a person in UTC, otherwise local times with TZID, and then a
//   VTIMEZONE for that TZID (§3.6.5, §3.8.2.4) whose observances cover the event: written from the
//   zone's offsets around it (Intl), so a calendar without an IANA database still shows the right hour;
// - a cancelled booking keeps its UID with STATUS:CANCELLED and a higher SEQUENCE (§3.8.1.11, §3.8.7.4);
//   an edited event carries its own SEQUENCE (raised with each change) and LAST-MODIFIED (§3.8.7.3).
import { offsetMs, zonedParts } from './domain.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const encoder = new TextEncoder();

/** A TEXT value (§3.3.11). */
export function text(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
}

/** One content line folded at 75 octets (§3.1): continuation lines start with a space, which counts toward their 75. */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (octets + n > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n');
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A UTC DATE-TIME: 20260303T140000Z. */
export function utcStamp(d: Date): string {
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** A local DATE-TIME in a zone (no Z: read with its TZID): 20260303T190000. */
export function localStamp(zone: string, d: Date): string {
  const p = zonedParts(zone, d);
  return `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

/** A UTC offset as the RFC writes it: +0500, -0400, +0530. */
export function offsetText(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(ms) / 60_000);
  return `${sign}${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}`;
}

interface Transition {
  at: Date;
  from: number;
  to: number;
}

/** The zone's offset changes in [from, until], found by stepping a day at a time and narrowing to the minute. */
export function transitions(zone: string, from: Date, until: Date): Transition[] {
  const out: Transition[] = [];
  let t = from.getTime();
  let before = offsetMs(zone, from);
  while (t < until.getTime()) {
    const next = Math.min(t + DAY_MS, until.getTime());
    const after = offsetMs(zone, new Date(next));
    if (after !== before) {
      let lo = t;
      let hi = next;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 2 / 60_000) * 60_000 || lo + 60_000;
        if (offsetMs(zone, new Date(mid)) === before) lo = mid;
        else hi = mid;
      }
      out.push({ at: new Date(hi), from: before, to: after });
      before = after;
    }
    t = next;
  }
  return out;
}

/**
 * A VTIMEZONE for `zone` good for an event at `at` (or for events from `at` to `until`, for a feed):
 * the last change of offset in the year before it (or a fixed offset when there was none) and any
 * change up to a year after the last.
 */
export function vtimezone(zone: string, at: Date, until: Date = at): string[] {
  const yearBefore = new Date(at.getTime() - 366 * DAY_MS);
  const changes = transitions(zone, yearBefore, new Date(until.getTime() + 366 * DAY_MS));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const observance = (t: Transition) => {
    const kind = t.to > t.from ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART of an observance is the local time before the change (§3.6.5: "the effective onset").
    lines.push(`BEGIN:${kind}`, `DTSTART:${localStamp('UTC', new Date(t.at.getTime() + t.from))}`, `TZOFFSETFROM:${offsetText(t.from)}`, `TZOFFSETTO:${offsetText(t.to)}`, `END:${kind}`);
  };
  const past = changes.filter((c) => c.at <= at);
  const first = past.at(-1);
  if (first) observance(first);
  else {
    const o = offsetMs(zone, at);
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${offsetText(o)}`, `TZOFFSETTO:${offsetText(o)}`, 'END:STANDARD');
  }
  for (const c of changes.filter((c) => c.at > at)) observance(c);
  lines.push('END:VTIMEZONE');
  return lines;
}

export interface CalendarEvent {
  /** Stable across downloads: the booking's id at the site's host. */
  uid: string;
  /** When the file was made (the clock's now). */
  stamp: Date;
  startsAt: Date;
  endsAt: Date;
  /** The reader's zone: times are written in it (UTC as Z). */
  timeZone: string;
  summary: string;
  description: string;
  /** The reader's language, for LANGUAGE= on the texts. */
  language: 'en' | 'ur';
  location?: string | null;
  url?: string | null;
  cancelled?: boolean;
  /**
   * The revision (§3.8.7.4): 0 when first published, raised by the organiser with each change, so a
   * calendar replaces its copy. Without it: 0, or 1 once cancelled (a booking changes only so).
   */
  sequence?: number;
  /** When the event itself was last changed (LAST-MODIFIED, §3.8.7.3), as opposed to when the file was made. */
  modified?: Date | null;
  organizer?: { name: string; email: string } | null;
}

/** One VEVENT's lines (unfolded), times in the event's zone (UTC as Z). */
function veventLines(e: CalendarEvent): string[] {
  const utc = e.timeZone === 'UTC';
  const when = (name: string, d: Date) => (utc ? `${name}:${utcStamp(d)}` : `${name};TZID=${e.timeZone}:${localStamp(e.timeZone, d)}`);
  const lang = `;LANGUAGE=${e.language === 'ur' ? 'ur-PK' : 'en-PK'}`;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${utcStamp(e.stamp)}`,
    when('DTSTART', e.startsAt),
    when('DTEND', e.endsAt),
    `SUMMARY${lang}:${text(e.summary)}`,
    `DESCRIPTION${lang}:${text(e.description)}`,
  ];
  if (e.location) lines.push(`LOCATION:${text(e.location)}`);
  if (e.url) lines.push(`URL:${e.url}`);
  if (e.organizer) lines.push(`ORGANIZER;CN="${e.organizer.name.replace(/["\\\r\n]/g, '')}":mailto:${e.organizer.email}`);
  if (e.modified) lines.push(`LAST-MODIFIED:${utcStamp(e.modified)}`);
  lines.push(`STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, `SEQUENCE:${e.sequence ?? (e.cancelled ? 1 : 0)}`);
  if (!e.cancelled && e.startsAt.getTime() - e.stamp.getTime() > HOUR_MS) {
    // A reminder an hour before, as the site's own.
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${text(e.summary)}`, 'TRIGGER:-PT1H', 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

/** A whole .ics file with one event, lines in CRLF, folded. */
export function calendarFile(e: CalendarEvent): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hunar//Mentorship//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (e.timeZone !== 'UTC') lines.push(...vtimezone(e.timeZone, e.startsAt));
  lines.push(...veventLines(e), 'END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/**
 * A calendar of several events (an association's feed, or one event of it), all in `timeZone` (the
 * reader's; UTC as Z), with one VTIMEZONE covering them all. `name` is shown by calendars that
 * subscribe (X-WR-CALNAME, an x-prop as §3.8.8.2 allows). A calendar needs at least one component
 * (§3.6): with no events, the zone's VTIMEZONE at `now` is that component.
 */
export function calendarFeed(opts: { prodId: string; name?: string; timeZone: string; now: Date }, events: readonly Omit<CalendarEvent, 'timeZone'>[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${opts.prodId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (opts.name) lines.push(`X-WR-CALNAME:${text(opts.name)}`);
  const starts = events.map((e) => e.startsAt.getTime());
  if (!starts.length) lines.push(...vtimezone(opts.timeZone, opts.now));
  else if (opts.timeZone !== 'UTC') lines.push(...vtimezone(opts.timeZone, new Date(Math.min(...starts)), new Date(Math.max(...starts))));
  for (const e of events) lines.push(...veventLines({ ...e, timeZone: opts.timeZone }));
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
