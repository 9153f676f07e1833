// The association feed's calendar (calendarFeed in src/mentorship/ics.ts, shared with mentorship's
// single-event files), checked against RFC 5545's rules for content lines and components.
import { describe, expect, it } from 'vitest';
import { calendarFeed } from '../mentorship/ics.ts';

const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');
const octets = (s: string) => new TextEncoder().encode(s).length;
const NOW = new Date('2026-03-02T06:00:00Z');
const base = {
  stamp: NOW,
  description: 'وقت: 14 مارچ، 2026، 18:00 پاکستان وقت\nمقام: ارفع سافٹ ویئر ٹیکنالوجی پارک، لاہور',
  language: 'ur' as const,
};
const events = [
  { ...base, uid: 'event-1@hunar.example', startsAt: new Date('2026-03-14T13:00:00Z'), endsAt: new Date('2026-03-14T15:00:00Z'), summary: 'لاہور ڈویلپرز کی ملاقات', location: 'Arfa Software Technology Park, Lahore' },
  { ...base, uid: 'event-2@hunar.example', startsAt: new Date('2026-11-20T14:00:00Z'), endsAt: new Date('2026-11-20T15:00:00Z'), summary: 'Pricing logos; a workshop, online', cancelled: true },
];

/** Every component's BEGIN has its END, in order. */
function balanced(lines: string[]): boolean {
  const stack: string[] = [];
  for (const l of lines) {
    if (l.startsWith('BEGIN:')) stack.push(l.slice(6));
    else if (l.startsWith('END:') && stack.pop() !== l.slice(4)) return false;
  }
  return stack.length === 0;
}

describe('an association’s calendar feed', () => {
  it('writes CRLF lines of at most 75 octets, balanced components, and each event with its UID and stamps', () => {
    const ics = calendarFeed({ prodId: '-//Hunar//Association events//EN', name: 'Lahore Developers: events (Hunar)', timeZone: 'Europe/London', now: NOW }, events);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    const lines = unfold(ics).split('\r\n').filter(Boolean);
    expect(lines.slice(0, 3)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hunar//Association events//EN']);
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(balanced(lines)).toBe(true);
    expect(lines).toContain('X-WR-CALNAME:Lahore Developers: events (Hunar)');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('UID:'))).toEqual(['UID:event-1@hunar.example', 'UID:event-2@hunar.example']);
    expect(lines.filter((l) => l.startsWith('DTSTAMP:')).every((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l))).toBe(true);
    // London: GMT in March, summer time from 29 March, GMT again from 25 October: one VTIMEZONE covers both events.
    expect(lines.filter((l) => l === 'BEGIN:VTIMEZONE')).toHaveLength(1);
    expect(lines).toContain('DTSTART;TZID=Europe/London:20260314T130000');
    expect(lines).toContain('DTSTART;TZID=Europe/London:20261120T140000');
    expect(lines.filter((l) => l === 'BEGIN:DAYLIGHT').length).toBeGreaterThanOrEqual(1);
    expect(lines).toContain('SUMMARY;LANGUAGE=ur-PK:Pricing logos\\; a workshop\\, online');
    expect(lines).toContain('STATUS:CANCELLED');
    expect(lines).toContain('LOCATION:Arfa Software Technology Park\\, Lahore');
  });

  it('is still a calendar with one component when there are no events', () => {
    const lines = unfold(calendarFeed({ prodId: '-//Hunar//Association events//EN', timeZone: 'Asia/Karachi', now: NOW }, [])).split('\r\n').filter(Boolean);
    expect(balanced(lines)).toBe(true);
    expect(lines).toContain('BEGIN:VTIMEZONE');
    expect(lines).toContain('TZID:Asia/Karachi');
    expect(lines).toContain('TZOFFSETTO:+0500');
    const utc = unfold(calendarFeed({ prodId: 'x', timeZone: 'UTC', now: NOW }, [])).split('\r\n');
    expect(utc).toContain('TZID:UTC');
  });

  it('writes UTC times with Z and no VTIMEZONE for a reader in UTC', () => {
    const lines = unfold(calendarFeed({ prodId: 'x', timeZone: 'UTC', now: NOW }, events)).split('\r\n');
    expect(lines).toContain('DTSTART:20260314T130000Z');
    expect(lines).not.toContain('BEGIN:VTIMEZONE');
  });
});
