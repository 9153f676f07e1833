import { describe, expect, it } from 'vitest';
import { calendarFile, fold, offsetText, text, transitions, vtimezone } from './ics.ts';

const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');
const octets = (s: string) => new TextEncoder().encode(s).length;

const event = {
  uid: 'b7d1c0de-0000-4000-8000-000000000001@hunar.example',
  stamp: new Date('2026-03-01T09:15:00Z'),
  startsAt: new Date('2026-03-10T14:00:00Z'),
  endsAt: new Date('2026-03-10T15:00:00Z'),
  timeZone: 'Asia/Karachi',
  summary: 'Mentoring with Ayesha Khan',
  description: 'Topic: Upwork proposals; pricing, first clients\nJoin: https://meet.example.com/abc',
  language: 'en' as const,
  location: 'https://meet.example.com/abc',
};

describe('RFC 5545 content lines', () => {
  it('escapes backslash, semicolon and comma in text, and writes line breaks as \\n; a colon stays', () => {
    expect(text('a\\b;c,d:e\r\nf\ng')).toBe('a\\\\b\\;c\\,d:e\\nf\\ng');
  });

  it('folds lines longer than 75 octets with CRLF and a space, never inside a UTF-8 character', () => {
    const urdu = `SUMMARY:${'عائشہ خان کے ساتھ رہنمائی کی نشست '.repeat(4)}`;
    const folded = fold(urdu);
    for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toBe(urdu);
    expect(fold('SHORT:line')).toBe('SHORT:line');
  });

  it('writes offsets as the RFC does', () => {
    expect(offsetText(5 * 3_600_000)).toBe('+0500');
    expect(offsetText(-4 * 3_600_000)).toBe('-0400');
    expect(offsetText(5.5 * 3_600_000)).toBe('+0530');
  });
});

describe('a booking’s calendar file', () => {
  it('is a VCALENDAR with one VEVENT: UID, DTSTAMP in UTC, local times with TZID and a matching VTIMEZONE, CRLF throughout', () => {
    const ics = calendarFile(event);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(ics).split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(lines).toContain(`UID:${event.uid}`);
    expect(lines).toContain('DTSTAMP:20260301T091500Z');
    expect(lines).toContain('DTSTART;TZID=Asia/Karachi:20260310T190000');
    expect(lines).toContain('DTEND;TZID=Asia/Karachi:20260310T200000');
    expect(lines).toContain('TZID:Asia/Karachi');
    expect(lines).toContain('TZOFFSETTO:+0500');
    expect(lines).toContain('SUMMARY;LANGUAGE=en-PK:Mentoring with Ayesha Khan');
    expect(lines).toContain('DESCRIPTION;LANGUAGE=en-PK:Topic: Upwork proposals\\; pricing\\, first clients\\nJoin: https://meet.example.com/abc');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(lines.indexOf('BEGIN:VTIMEZONE')).toBeLessThan(lines.indexOf('BEGIN:VEVENT'));
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('writes UTC times with Z for a person in UTC, and no VTIMEZONE', () => {
    const lines = unfold(calendarFile({ ...event, timeZone: 'UTC' })).split('\r\n');
    expect(lines).toContain('DTSTART:20260310T140000Z');
    expect(lines).not.toContain('BEGIN:VTIMEZONE');
  });

  it('gives a zone with summer time the observances around the event', () => {
    // A London session on 2 April 2026 (BST): the change on 29 March before it, and those in the year after.
    const tz = vtimezone('Europe/London', new Date('2026-04-02T18:00:00Z'));
    expect(tz).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/London',
      'BEGIN:DAYLIGHT',
      'DTSTART:20260329T010000',
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0100',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20261025T020000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0000',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:20270328T010000',
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0100',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
    ]);
    const lines = unfold(calendarFile({ ...event, timeZone: 'Europe/London', startsAt: new Date('2026-04-02T18:00:00Z'), endsAt: new Date('2026-04-02T19:00:00Z') })).split('\r\n');
    expect(lines).toContain('DTSTART;TZID=Europe/London:20260402T190000');
  });

  it('finds New York’s changes to the minute', () => {
    const t = transitions('America/New_York', new Date('2026-01-01T00:00:00Z'), new Date('2026-12-31T00:00:00Z'));
    expect(t.map((x) => x.at.toISOString())).toEqual(['2026-03-08T07:00:00.000Z', '2026-11-01T06:00:00.000Z']);
  });

  it('keeps the Urdu summary as written, marked with its language, and a cancelled booking says so', () => {
    const ics = unfold(calendarFile({ ...event, language: 'ur', summary: 'عائشہ خان کے ساتھ رہنمائی کی نشست', cancelled: true }));
    expect(ics).toContain('SUMMARY;LANGUAGE=ur-PK:عائشہ خان کے ساتھ رہنمائی کی نشست');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).not.toContain('BEGIN:VALARM');
  });
});
