import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import { money } from '../platform/money.ts';
import {
  actionsFor,
  applicationInput,
  availabilityInput,
  BOOKING_WEEKS,
  type BookingFacts,
  decide,
  expandSlots,
  FREE_CANCEL_MS,
  freeSlots,
  MIN_NOTICE_MS,
  offsetMs,
  REPORT_WINDOW_MS,
  RULES,
  reminderDue,
  remindersPassed,
  settlementLeg,
  slotsByDay,
  slotWeek,
  parseWeek,
  CONTEST_WINDOW_MS,
  mayContest,
  RESOLUTIONS,
  resolutionOutcome,
  uncontestedOutcome,
  wallToUtc,
} from './domain.ts';

const H = 3_600_000;
const at = (iso: string) => new Date(iso);
const iso = (d: Date) => d.toISOString();

describe('time zones', () => {
  it('finds the moment a wall time happens, in a zone without and with summer time', () => {
    expect(iso(wallToUtc('Asia/Karachi', 2026, 3, 3, 19 * 60)!)).toBe('2026-03-03T14:00:00.000Z');
    // London: 19:00 is 19:00 GMT in winter and 18:00 UTC in summer.
    expect(iso(wallToUtc('Europe/London', 2026, 1, 13, 19 * 60)!)).toBe('2026-01-13T19:00:00.000Z');
    expect(iso(wallToUtc('Europe/London', 2026, 7, 14, 19 * 60)!)).toBe('2026-07-14T18:00:00.000Z');
    expect(iso(wallToUtc('Asia/Kolkata', 2026, 3, 3, 10 * 60)!)).toBe('2026-03-03T04:30:00.000Z');
  });

  it('gives no moment for the hour skipped when clocks go forward, and the first of the hour repeated', () => {
    // 29 March 2026, 01:00–02:00 does not happen in London.
    expect(wallToUtc('Europe/London', 2026, 3, 29, 90)).toBeNull();
    // 25 October 2026, 01:30 happens twice in London: first at 00:30 UTC (summer time).
    expect(iso(wallToUtc('Europe/London', 2026, 10, 25, 90)!)).toBe('2026-10-25T00:30:00.000Z');
    // New York, 8 March 2026 02:30 does not exist.
    expect(wallToUtc('America/New_York', 2026, 3, 8, 150)).toBeNull();
  });

  it('reads offsets from the zone database', () => {
    expect(offsetMs('Asia/Karachi', at('2026-06-01T00:00:00Z'))).toBe(5 * H);
    expect(offsetMs('America/New_York', at('2026-01-01T00:00:00Z'))).toBe(-5 * H);
    expect(offsetMs('America/New_York', at('2026-07-01T00:00:00Z'))).toBe(-4 * H);
  });
});

describe('slots from weekly availability', () => {
  const tuesdayEvenings = [{ weekday: 2, startMinute: 19 * 60, endMinute: 21 * 60, timeZone: 'Asia/Karachi' }];

  it('cuts each range into sessions on every matching day, in the mentor’s zone', () => {
    const slots = expandSlots(tuesdayEvenings, 60, at('2026-03-01T00:00:00Z'), at('2026-03-15T00:00:00Z'));
    expect(slots.map((s) => iso(s.startsAt))).toEqual(['2026-03-03T14:00:00.000Z', '2026-03-03T15:00:00.000Z', '2026-03-10T14:00:00.000Z', '2026-03-10T15:00:00.000Z']);
    expect(slots.every((s) => s.endsAt.getTime() - s.startsAt.getTime() === H)).toBe(true);
  });

  it('keeps a London mentor’s 19:00 at 19:00 in London across the change to summer time', () => {
    const london = [{ weekday: 4, startMinute: 19 * 60, endMinute: 20 * 60, timeZone: 'Europe/London' }];
    const slots = expandSlots(london, 60, at('2026-03-20T00:00:00Z'), at('2026-04-05T00:00:00Z'));
    // Thursday 26 March (GMT) and Thursday 2 April (BST).
    expect(slots.map((s) => iso(s.startsAt))).toEqual(['2026-03-26T19:00:00.000Z', '2026-04-02T18:00:00.000Z']);
  });

  it('drops a session whose start falls in the skipped hour, and a session that would not fit', () => {
    const sundayNight = [{ weekday: 7, startMinute: 60, endMinute: 150, timeZone: 'Europe/London' }];
    const slots = expandSlots(sundayNight, 45, at('2026-03-28T00:00:00Z'), at('2026-03-30T00:00:00Z'));
    // 01:00 and 01:45 do not exist on 29 March; a third 45-minute session would end after 02:30.
    expect(slots).toEqual([]);
    const half = expandSlots([{ weekday: 2, startMinute: 600, endMinute: 690, timeZone: 'Asia/Karachi' }], 60, at('2026-03-01T00:00:00Z'), at('2026-03-08T00:00:00Z'));
    expect(half).toHaveLength(1);
  });

  it('offers slots from two hours ahead for four weeks, and never one overlapping a taken session', () => {
    const now = at('2026-03-03T12:30:00Z'); // 17:30 in Karachi, Tuesday
    const taken = [{ startsAt: at('2026-03-10T14:00:00Z'), endsAt: at('2026-03-10T15:00:00Z') }];
    const free = freeSlots(tuesdayEvenings, 60, taken, now);
    // 19:00 today starts in 1.5 hours: too soon. 20:00 today is fine.
    expect(iso(free[0]!.startsAt)).toBe('2026-03-03T15:00:00.000Z');
    expect(free.some((s) => s.startsAt.getTime() === taken[0]!.startsAt.getTime())).toBe(false);
    expect(free.every((s) => s.startsAt.getTime() >= now.getTime() + MIN_NOTICE_MS)).toBe(true);
    expect(free.every((s) => s.startsAt.getTime() < now.getTime() + BOOKING_WEEKS * 7 * 24 * H)).toBe(true);
  });

  it('holds its invariants for any range, length and zone (property)', () => {
    const zones = ['Asia/Karachi', 'Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: 1380 }),
        fc.integer({ min: 30, max: 600 }),
        fc.constantFrom(30, 45, 60, 90),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 365 }),
        (weekday, start, span, length, zone, dayOffset) => {
          const range = { weekday, startMinute: start, endMinute: Math.min(1440, start + span), timeZone: zone };
          const from = new Date(Date.UTC(2026, 0, 1) + dayOffset * 24 * H);
          const slots = expandSlots([range], length, from, new Date(from.getTime() + 14 * 24 * H));
          for (const [i, s] of slots.entries()) {
            expect(s.endsAt.getTime() - s.startsAt.getTime()).toBe(length * 60_000);
            if (i > 0) expect(s.startsAt.getTime()).toBeGreaterThanOrEqual(slots[i - 1]!.endsAt.getTime());
            // The start is on the range's weekday and inside the range, in the range's zone.
            const local = new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(s.startsAt);
            const hm = Number(local.find((p) => p.type === 'hour')!.value) * 60 + Number(local.find((p) => p.type === 'minute')!.value);
            expect(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(local.find((p) => p.type === 'weekday')!.value) + 1).toBe(weekday);
            expect(hm).toBeGreaterThanOrEqual(range.startMinute);
            expect(hm + length).toBeLessThanOrEqual(range.endMinute);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('groups slots by the reader’s calendar day', () => {
    const slots = [
      { startsAt: at('2026-03-03T18:00:00Z'), endsAt: at('2026-03-03T19:00:00Z') },
      { startsAt: at('2026-03-03T19:00:00Z'), endsAt: at('2026-03-03T20:00:00Z') },
    ];
    // In Karachi the first is 23:00 on the 3rd, the second midnight on the 4th; in London both on the 3rd.
    expect(slotsByDay(slots, 'Asia/Karachi').map((d) => [d.day, d.slots.length])).toEqual([
      ['2026-03-03', 1],
      ['2026-03-04', 1],
    ]);
    expect(slotsByDay(slots, 'Europe/London').map((d) => [d.day, d.slots.length])).toEqual([['2026-03-03', 2]]);
  });
});

describe('the published rules', () => {
  const booking: BookingFacts = { status: 'booked', startsAt: at('2026-03-10T14:00:00Z'), endsAt: at('2026-03-10T15:00:00Z') };
  const beforeStart = (ms: number) => new Date(booking.startsAt.getTime() - ms);
  const afterEnd = (ms: number) => new Date(booking.endsAt.getTime() + ms);

  it('lets the learner cancel free of charge up to 24 hours before; later, the mentor is paid', () => {
    expect(decide(booking, 'cancel', 'learner', beforeStart(FREE_CANCEL_MS))).toMatchObject({ ok: true, rule: 'learner_cancels_early', status: 'cancelled_by_learner', money: 'refund' });
    expect(decide(booking, 'cancel', 'learner', beforeStart(FREE_CANCEL_MS - 1))).toMatchObject({ ok: true, rule: 'learner_cancels_late', money: 'release' });
    expect(decide(booking, 'cancel', 'learner', booking.startsAt)).toEqual({ ok: false, code: 'mentorship.already_started' });
  });

  it('refunds the learner in full when the mentor cancels or does not come; pays the mentor when the learner does not come', () => {
    expect(decide(booking, 'cancel', 'mentor', beforeStart(H))).toMatchObject({ status: 'cancelled_by_mentor', money: 'refund' });
    const during = new Date(booking.startsAt.getTime() + 15 * 60_000);
    expect(decide(booking, 'report_absent', 'learner', during)).toMatchObject({ status: 'no_show_mentor', money: 'refund' });
    expect(decide(booking, 'report_absent', 'mentor', during)).toMatchObject({ status: 'no_show_learner', money: 'release' });
    expect(decide(booking, 'report_absent', 'mentor', new Date(booking.startsAt.getTime() + 5 * 60_000))).toEqual({ ok: false, code: 'mentorship.not_started' });
    expect(decide(booking, 'report_absent', 'learner', afterEnd(REPORT_WINDOW_MS + 1))).toEqual({ ok: false, code: 'mentorship.report_closed' });
  });

  it('pays the mentor when either side confirms the session after it ended, or when the report window closes', () => {
    expect(decide(booking, 'confirm_held', 'learner', booking.startsAt)).toEqual({ ok: false, code: 'mentorship.not_ended' });
    expect(decide(booking, 'confirm_held', 'mentor', booking.endsAt)).toMatchObject({ status: 'completed', money: 'release' });
    expect(decide(booking, 'auto_complete', 'system', afterEnd(REPORT_WINDOW_MS))).toEqual({ ok: false, code: 'mentorship.not_ended' });
    expect(decide(booking, 'auto_complete', 'system', afterEnd(REPORT_WINDOW_MS + 1))).toMatchObject({ rule: 'unreported', status: 'completed', money: 'release' });
  });

  it('leaves a booking once: every other status is final', () => {
    for (const r of RULES) {
      const done = { ...booking, status: r.status };
      for (const a of ['cancel', 'report_absent', 'confirm_held', 'auto_complete'] as const) expect(decide(done, a, 'mentor', afterEnd(REPORT_WINDOW_MS * 2)).ok).toBe(false);
    }
  });

  it('moves the whole price one way or the other, never a part', () => {
    const price = money(250_000n, 'PKR');
    for (const r of RULES) if (r.money !== 'admin') expect(settlementLeg(r.money, price).amount).toEqual(price);
    for (const res of RESOLUTIONS) expect(settlementLeg(resolutionOutcome(res).money, price).amount).toEqual(price);
    expect(settlementLeg('refund', price).to).toBe('learner_wallet');
    expect(settlementLeg('release', price).to).toBe('mentor_pending');
    expect(() => settlementLeg('release', money(0n, 'PKR'))).toThrow();
  });

  it('offers each side the actions the rules allow now', () => {
    expect(actionsFor(booking, 'learner', beforeStart(2 * H))).toEqual(['cancel']);
    expect(actionsFor(booking, 'mentor', afterEnd(H))).toEqual(['report_absent', 'confirm_held']);
    expect(actionsFor(booking, 'learner', afterEnd(REPORT_WINDOW_MS + 1))).toEqual(['confirm_held']);
  });
});

describe('contesting an absence report', () => {
  const reportedAt = at('2026-03-10T15:20:00Z');
  const report = (status: 'no_show_mentor' | 'no_show_learner' | 'contested', extra: { reportClosed?: boolean } = {}) => ({
    status,
    startsAt: at('2026-03-10T15:00:00Z'),
    endsAt: at('2026-03-10T16:00:00Z'),
    contestUntil: new Date(reportedAt.getTime() + CONTEST_WINDOW_MS),
    reportClosed: false,
    ...extra,
  });
  const within = new Date(reportedAt.getTime() + CONTEST_WINDOW_MS);
  const after = new Date(reportedAt.getTime() + CONTEST_WINDOW_MS + 1);

  it('lets only the side reported absent contest, and only within the window', () => {
    expect(mayContest(report('no_show_mentor'), 'mentor', within)).toEqual({ ok: true });
    expect(mayContest(report('no_show_learner'), 'learner', within)).toEqual({ ok: true });
    // The reporter cannot contest their own report.
    expect(mayContest(report('no_show_mentor'), 'learner', within)).toEqual({ ok: false, code: 'mentorship.not_contestable' });
    expect(mayContest(report('no_show_mentor'), 'mentor', after)).toEqual({ ok: false, code: 'mentorship.contest_closed' });
    // Once contested, closed, or for a report from before contests existed: nothing to contest.
    expect(mayContest(report('contested'), 'mentor', within).ok).toBe(false);
    expect(mayContest(report('no_show_mentor', { reportClosed: true }), 'mentor', within).ok).toBe(false);
    expect(mayContest({ ...report('no_show_mentor'), contestUntil: null }, 'mentor', within).ok).toBe(false);
    expect(actionsFor(report('no_show_learner'), 'learner', within)).toEqual(['contest']);
    expect(actionsFor(report('no_show_learner'), 'mentor', within)).toEqual([]);
  });

  it('moves the money by the report’s own rule once the window closes uncontested, and not before', () => {
    expect(uncontestedOutcome(report('no_show_mentor'), within)).toBeNull();
    expect(uncontestedOutcome(report('no_show_mentor'), after)).toMatchObject({ rule: 'mentor_absent', status: 'no_show_mentor', money: 'refund' });
    expect(uncontestedOutcome(report('no_show_learner'), after)).toMatchObject({ rule: 'learner_absent', money: 'release' });
    expect(uncontestedOutcome(report('contested'), after)).toBeNull();
  });

  it('gives each admin decision one published rule: held or learner absent pays the mentor, mentor absent refunds', () => {
    expect(resolutionOutcome('held')).toMatchObject({ rule: 'held', status: 'completed', money: 'release' });
    expect(resolutionOutcome('learner_absent')).toMatchObject({ status: 'no_show_learner', money: 'release' });
    expect(resolutionOutcome('mentor_absent')).toMatchObject({ status: 'no_show_mentor', money: 'refund' });
  });
});

describe('reminders', () => {
  const b = { status: 'booked' as const, startsAt: at('2026-03-10T14:00:00Z'), remindedDayAt: null, remindedHourAt: null };
  it('sends one a day before and one an hour before, and none after the start', () => {
    expect(reminderDue(b, at('2026-03-09T13:00:00Z'))).toBeNull();
    expect(reminderDue(b, at('2026-03-09T14:00:00Z'))).toBe('day');
    expect(reminderDue({ ...b, remindedDayAt: at('2026-03-09T14:00:00Z') }, at('2026-03-10T12:00:00Z'))).toBeNull();
    expect(reminderDue({ ...b, remindedDayAt: at('2026-03-09T14:00:00Z') }, at('2026-03-10T13:00:00Z'))).toBe('hour');
    expect(reminderDue(b, at('2026-03-10T14:00:00Z'))).toBeNull();
    expect(reminderDue({ ...b, status: 'cancelled_by_learner' }, at('2026-03-10T13:30:00Z'))).toBeNull();
  });
  it('skips the reminders a late booking has already passed', () => {
    expect(remindersPassed(b.startsAt, at('2026-03-10T04:00:00Z'))).toEqual({ day: true, hour: false });
  });
});

describe('input', () => {
  const fields = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return (e as AppError).fields;
    }
    return {};
  };

  it('reads an application from the form: topics separated by commas, a typed price, a bio in one language', () => {
    const a = parseWith(applicationInput, { topics: 'Upwork proposals, Python basics ،  upwork proposals', languages: ['ur', 'en'], bio_ur: 'آٹھ سال سے فری لانسنگ کر رہی ہوں اور نئے لوگوں کی مدد کرتی ہوں۔', bio_en: '', price: 'Rs 2,000', currency: 'PKR', session_minutes: '45' });
    expect(a.topics).toEqual(['upwork proposals', 'Python basics']);
    expect(a.price).toEqual(money(200_000n, 'PKR'));
    expect(a.sessionMinutes).toBe(45);
    expect(a.bioEn).toBeNull();
    expect(parseWith(applicationInput, { topics: ['SQL'], languages: 'en', bio_en: 'Data analyst for ten years, happy to help.', price: '0' }).price).toEqual(money(0n, 'PKR'));
  });

  it('refuses a bio in neither language, a bad price, too many topics and an http meeting link, with field messages', () => {
    expect(fields(() => parseWith(applicationInput, { topics: 'a1,b2,c3,d4,e5,f6,g7,h8,i9', languages: ['xx'], price: '-5', meeting_url: 'http://meet.example.com/x' }))).toMatchObject({
      topics: { key: 'field.mentor_topics_too_many' },
      'languages.0': { key: 'field.choose' },
      meeting_url: { key: 'field.mentor_link' },
    });
    expect(fields(() => parseWith(applicationInput, { topics: 'SQL', languages: 'en', price: 'abc' }))).toMatchObject({ price: { key: 'field.money_invalid' } });
    expect(fields(() => parseWith(applicationInput, { topics: 'SQL', languages: 'en', price: '0' }))).toMatchObject({ bio_en: { key: 'field.mentor_bio' } });
  });

  it('reads availability ranges as HH:MM, with 24:00 as the end of the day', () => {
    const v = parseWith(availabilityInput, { ranges: [{ weekday: '2', from: '19:00', to: '24:00' }] });
    expect(v).toEqual({ time_zone: 'Asia/Karachi', ranges: [{ weekday: 2, from: 1140, to: 1440 }] });
    expect(fields(() => parseWith(availabilityInput, { ranges: [{ weekday: 2, from: '21:00', to: '19:00' }] }))).toMatchObject({ 'ranges.0.to': { key: 'field.mentor_time_order' } });
    expect(fields(() => parseWith(availabilityInput, { ranges: [{ weekday: 8, from: '7pm', to: '19:00' }] }))).toMatchObject({ 'ranges.0.weekday': { key: 'field.choose' }, 'ranges.0.from': { key: 'field.mentor_time' } });
  });
});

describe('a week of slots at a time (the mentor page on 3G)', () => {
  // Every day 19:00–21:00 in Karachi, from Monday 2 March 2026 11:00 PKT.
  const now = at('2026-03-02T06:00:00Z');
  const ranges = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute: 19 * 60, endMinute: 21 * 60, timeZone: 'Asia/Karachi' }));
  const slots = freeSlots(ranges, 60, [], now);

  it('shows today and the six days after it first, then seven days a page, every slot exactly once', () => {
    const w0 = slotWeek(slots, 'Asia/Karachi', now, 0);
    expect([w0.firstDay, w0.lastDay]).toEqual(['2026-03-02', '2026-03-08']);
    expect(w0.slots).toHaveLength(14);
    expect(w0).toMatchObject({ hasPrevious: false, hasNext: true });
    const pages = [0, 1, 2, 3, 4].map((w) => slotWeek(slots, 'Asia/Karachi', now, w));
    expect(pages.flatMap((p) => p.slots).map((s) => iso(s.startsAt))).toEqual(slots.map((s) => iso(s.startsAt)));
    const lastWithSlots = pages.filter((p) => p.slots.length).at(-1)!;
    expect(lastWithSlots.hasNext).toBe(false);
    expect(pages[3]).toMatchObject({ firstDay: '2026-03-23', lastDay: '2026-03-29', hasPrevious: true });
  });

  it('counts days in the reader’s zone: 20:00 in Karachi on Sunday is still Sunday in London, and Monday 00:00 in Sydney', () => {
    const sunday = slots.find((s) => iso(s.startsAt) === '2026-03-08T15:00:00.000Z')!;
    expect(slotWeek(slots, 'Europe/London', now, 0).slots).toContain(sunday);
    // In Sydney (+11) "now" is already Monday evening and the Sunday-evening session in Karachi is Monday 02:00: week 1.
    expect(slotWeek(slots, 'Australia/Sydney', now, 0).slots).not.toContain(sunday);
    expect(slotWeek(slots, 'Australia/Sydney', now, 1).slots).toContain(sunday);
  });

  it('reads ?week= safely: a number from 0 to the booking horizon, anything else the first week', () => {
    expect([parseWeek('2'), parseWeek('99'), parseWeek('-1'), parseWeek('abc'), parseWeek(undefined), parseWeek('1.5')]).toEqual([2, BOOKING_WEEKS, 0, 0, 0, 0]);
  });
});
