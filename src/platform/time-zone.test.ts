import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDay, formatMonth } from './format.ts';
import { canonicalTimeZone, COMMON_TIME_ZONES, currentTimeZone, DEFAULT_TIME_ZONE, timeZoneCity, timeZoneLabel, timeZoneOffset, timeZones, timeZonesByRegion, withTimeZone } from './time-zone.ts';

const winter = new Date('2026-12-04T23:30:00Z');
const summer = new Date('2026-07-04T10:30:00Z');

describe('date-times name their zone', () => {
  it('writes London in winter as GMT and in summer an hour ahead', () => {
    expect(formatDateTime('en', winter, 'Europe/London')).toBe('4 Dec 2026, 11:30 pm GMT');
    expect(formatDateTime('en', summer, 'Europe/London')).toBe('4 Jul 2026, 11:30 am GMT+1');
  });

  it('writes Karachi as PKT, five hours ahead all year (no summer time since 2010)', () => {
    expect(formatDateTime('en', winter, 'Asia/Karachi')).toBe('5 Dec 2026, 4:30 am PKT');
    expect(formatDateTime('en', summer, 'Asia/Karachi')).toBe('4 Jul 2026, 3:30 pm PKT');
    // In 2008 Pakistan kept summer time (+6): not PKT, and CLDR's name says so.
    expect(formatDateTime('en', new Date('2008-07-01T10:00:00Z'), 'Asia/Karachi')).toBe('1 Jul 2008, 4:00 pm GMT+6');
  });

  it('writes Dubai four hours ahead', () => {
    expect(formatDateTime('en', winter, 'Asia/Dubai')).toBe('5 Dec 2026, 3:30 am GMT+4');
  });

  it('names the zone by its place in Urdu, on a 24-hour clock with no Latin AM/PM', () => {
    const karachi = formatDateTime('ur', winter, 'Asia/Karachi');
    expect(karachi).toContain('04:30');
    expect(karachi).toContain('دسمبر');
    expect(karachi).toContain('پاکستان وقت');
    expect(karachi).not.toMatch(/[AP]M|GMT/);
    const london = formatDateTime('ur', summer, 'Europe/London');
    expect(london).toContain('11:30');
    expect(london).toContain('سلطنت متحدہ وقت');
    expect(formatDateTime('ur', winter, 'Asia/Dubai')).toContain('متحدہ عرب امارات وقت');
  });

  it('gives the calendar day where the reader is', () => {
    // 23:30 in London on 4 December is already 5 December in Karachi and Dubai.
    expect(formatDate('en', winter, 'Europe/London')).toBe('4 December 2026');
    expect(formatDate('en', winter, 'Asia/Karachi')).toBe('5 December 2026');
    expect(formatMonth('en', new Date('2026-11-30T22:00:00Z'), 'Asia/Dubai')).toBe('December 2026');
  });

  it('keeps a stored calendar day the same day for every reader, New Zealand and Kiribati included', () => {
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Auckland', 'America/Los_Angeles', 'Asia/Karachi']) {
      expect(withTimeZone(zone, () => formatDay('en', '2026-12-01'))).toBe('1 December 2026');
    }
    expect(formatDay('ur', '2026-12-01')).toContain('دسمبر');
  });
});

describe("the viewer's zone", () => {
  it('is Asia/Karachi outside a request and for visitors', () => {
    expect(currentTimeZone()).toBe('Asia/Karachi');
    expect(formatDateTime('en', winter)).toBe('5 Dec 2026, 4:30 am PKT');
  });

  it('is the one a request set, for every date formatted while it runs, awaits included', async () => {
    const inside = await withTimeZone('Europe/London', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return formatDateTime('en', winter);
    });
    expect(inside).toBe('4 Dec 2026, 11:30 pm GMT');
    expect(currentTimeZone()).toBe(DEFAULT_TIME_ZONE);
    // An explicit zone (a receipt's owner, a mail's recipient) wins over the request's.
    expect(withTimeZone('Europe/London', () => formatDateTime('en', winter, 'Asia/Dubai'))).toBe('5 Dec 2026, 3:30 am GMT+4');
  });
});

describe('which zones an account may hold', () => {
  it("accepts Intl's zones and resolves aliases to Intl's names", () => {
    expect(canonicalTimeZone('Europe/London')).toBe('Europe/London');
    expect(canonicalTimeZone(' Asia/Karachi ')).toBe('Asia/Karachi');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('Etc/UTC')).toBe('UTC');
    expect(canonicalTimeZone('US/Eastern')).toBe('America/New_York');
    const kolkata = canonicalTimeZone('Asia/Kolkata');
    expect(kolkata === 'Asia/Kolkata' || kolkata === 'Asia/Calcutta').toBe(true);
  });

  it('refuses what is not a zone: unknown names, offsets, markup, overlong text', () => {
    for (const bad of ['', 'Mars/Olympus_Mons', '+05:00', 'GMT+5', '<script>', 'Asia/Karachi\u0000', 'a'.repeat(70), 'Asia/../Karachi']) expect(canonicalTimeZone(bad), bad).toBeNull();
  });

  it('offers the common zones first, each one Intl knows, and groups every zone by region', () => {
    expect(COMMON_TIME_ZONES[0]).toBe('Asia/Karachi');
    for (const z of COMMON_TIME_ZONES) expect(timeZones().has(z), z).toBe(true);
    const groups = timeZonesByRegion();
    expect(groups[0]?.region).toBe('Asia');
    expect(groups.flatMap((g) => g.zones).length).toBe(timeZones().size);
    expect(groups.find((g) => g.region === 'other')?.zones).toContain('UTC');
  });

  it('names zones for a list: place, generic name and offset', () => {
    expect(timeZoneCity('America/New_York')).toEqual({ name: 'New York', urdu: false });
    expect(timeZoneCity('Europe/London', 'ur')).toEqual({ name: 'لندن', urdu: true });
    expect(timeZoneCity('Asia/Aden', 'ur')).toEqual({ name: 'Aden', urdu: false });
    expect(timeZoneLabel('en', 'Europe/London', winter)).toBe('United Kingdom Time');
    expect(timeZoneLabel('en', 'Asia/Karachi', winter)).toBe('Pakistan Standard Time');
    expect(timeZoneLabel('ur', 'Asia/Karachi', winter)).toBe('پاکستان وقت');
    expect(timeZoneLabel('en', 'UTC', winter)).toBe('Coordinated Universal Time');
    expect(timeZoneOffset('Europe/London', summer)).toBe('GMT+1');
    expect(timeZoneOffset('Europe/London', winter)).toBe('GMT');
    expect(timeZoneOffset('Asia/Karachi', winter)).toBe('GMT+5');
  });
});
