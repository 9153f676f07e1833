import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../platform/forms.ts';
import { money } from '../platform/money.ts';
import {
  addDays,
  BOOKING_DAYS_AHEAD,
  bookingInput,
  CODE_ALPHABET,
  checkBookingDay,
  checkInCode,
  checkInInput,
  dayEnds,
  dayStarts,
  decide,
  deskFees,
  isDay,
  mayReview,
  normaliseCode,
  RULES,
  settlementLegs,
  slugFor,
  spaceInput,
  today,
  weekdayOf,
} from './domain.ts';

// Monday 2 March 2026, 23:30 in Karachi (18:30 UTC): still Monday in Pakistan.
const LATE_MONDAY = new Date('2026-03-02T18:30:00Z');
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

const form = {
  name: 'Daftar Co-work',
  city: 'multan',
  address: 'First floor, Bosan Road, near Chungi No. 9',
  about_en: 'Quiet desks with UPS back-up and fibre internet, ten minutes from BZU.',
  open_days: ['1', '2', '3', '4', '5', '6'],
  opens: '09:00',
  closes: '21:00',
  desks: '18',
  day_price: '1,200',
  month_price: '18,000',
  backup_power: 'ups_and_generator',
  backup_hours: '8',
  internet_mbps: '۵۰',
  prayer_space: 'on',
  parking: 'motorbikes',
  listed: 'on',
};

describe('days in Pakistan', () => {
  it('reads today in Karachi whatever the server’s zone, and knows real days', () => {
    expect(today(LATE_MONDAY)).toBe('2026-03-02');
    expect(today(new Date('2026-03-02T19:00:00Z'))).toBe('2026-03-03');
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2/3/2026')).toBe(false);
    expect(weekdayOf('2026-03-02')).toBe(1);
    expect(weekdayOf('2026-03-08')).toBe(7);
    expect(dayStarts('2026-03-03').toISOString()).toBe('2026-03-02T19:00:00.000Z');
    expect(dayEnds('2026-03-02').toISOString()).toBe('2026-03-02T19:00:00.000Z');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });

  it('refuses a day already past, too far ahead, or when the space is closed', () => {
    expect(checkBookingDay('2026-03-01', EVERY_DAY, LATE_MONDAY)).toBe('field.space_day_past');
    expect(checkBookingDay('2026-03-02', EVERY_DAY, LATE_MONDAY)).toBeNull();
    expect(checkBookingDay(addDays('2026-03-02', BOOKING_DAYS_AHEAD), EVERY_DAY, LATE_MONDAY)).toBeNull();
    expect(checkBookingDay(addDays('2026-03-02', BOOKING_DAYS_AHEAD + 1), EVERY_DAY, LATE_MONDAY)).toBe('field.space_day_too_far');
    expect(checkBookingDay('2026-03-08', [1, 2, 3, 4, 5, 6], LATE_MONDAY)).toBe('field.space_closed_that_day');
  });
});

describe('the listing form', () => {
  it('reads prices, hours and amenities as people type them', () => {
    const s = parseWith(spaceInput, form);
    expect(s).toMatchObject({ openDays: [1, 2, 3, 4, 5, 6], opensMinute: 540, closesMinute: 1260, desks: 18, backupHours: 8, internetMbps: 50, prayerSpace: true, payAtSpace: false, listed: true, womenOnly: null });
    expect(s.dayPrice).toEqual(money(120_000n, 'PKR'));
    expect(s.monthPrice).toEqual(money(1_800_000n, 'PKR'));
  });

  it('names each mistake on its field', () => {
    const bad = { ...form, about_en: '', closes: '08:00', backup_hours: '', desks: '0', day_price: 'abc', city: 'atlantis' };
    let fields: Record<string, { key: string }> = {};
    try {
      parseWith(spaceInput, bad);
    } catch (e) {
      fields = (e as { fields: typeof fields }).fields;
    }
    expect(fields.city?.key).toBe('field.choose');
    expect(fields.desks).toMatchObject({ key: 'field.space_number', params: { min: 1, max: 500 } });
    const rest = (() => {
      try {
        parseWith(spaceInput, { ...bad, desks: '4', city: 'multan' });
      } catch (e) {
        return (e as { fields: typeof fields }).fields;
      }
      return {};
    })();
    expect(Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v.key]))).toEqual({
      about_en: 'field.space_about',
      closes: 'field.space_time_order',
      backup_hours: 'field.space_backup_hours',
      day_price: 'field.money_invalid',
    });
  });

  it('reads a booking’s day and a check-in code typed in Urdu digits or lower case', () => {
    expect(parseWith(bookingInput, { day: '۲۰۲۶-۰۳-۰۴' })).toEqual({ day: '2026-03-04', payment: 'wallet' });
    expect(() => parseWith(bookingInput, { day: '2026-13-01' })).toThrow();
    expect(parseWith(checkInInput, { code: ' k7m-9qa ' })).toEqual({ code: 'K7M9QA' });
    expect(normaliseCode('ab ۳۴ cd')).toBe('AB34CD');
  });
});

describe('check-in codes', () => {
  it('are six characters nobody misreads', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 6, maxLength: 6 }), (bytes) => {
        const code = checkInCode(bytes);
        expect(code).toMatch(/^[A-Z0-9]{6}$/);
        for (const ch of code) expect(CODE_ALPHABET).toContain(ch);
        expect(code).not.toMatch(/[0O1IL2Z5S8B]/);
      }),
    );
  });
});

describe('fees on a desk', () => {
  it('takes the site’s seller fee from the owner and adds its client fee for the booker', () => {
    const f = deskFees(money(150_000n, 'PKR'), { freelancerBp: 500, clientBp: 200 });
    expect(f.bookerPays).toEqual(money(153_000n, 'PKR'));
    expect(f.ownerReceives).toEqual(money(142_500n, 'PKR'));
    expect(f.hunarKeeps).toEqual(money(10_500n, 'PKR'));
  });

  it('moves all of the escrow one way, whatever the price and policy', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10_000_000_00n }), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2000 }), fc.constantFrom('release' as const, 'refund' as const), (amount, sellerBp, clientBp, outcome) => {
        const f = deskFees(money(amount, 'PKR'), { freelancerBp: sellerBp, clientBp });
        const legs = settlementLegs(outcome, f);
        expect(legs.reduce((s, l) => s + l.amount.amount, 0n)).toBe(f.bookerPays.amount);
        for (const l of legs) expect(l.amount.amount > 0n).toBe(true);
        if (outcome === 'refund') expect(legs.map((l) => l.to)).toEqual(['booker']);
        else expect(legs.some((l) => l.to === 'booker')).toBe(false);
      }),
    );
  });
});

describe('the published cancellation rule', () => {
  const booked = { status: 'booked' as const, day: '2026-03-04' };
  const at = (iso: string) => new Date(iso);

  it('refunds the booker who cancels before the day, and pays the space for a cancellation on the day', () => {
    expect(decide(booked, 'cancel', 'booker', at('2026-03-03T18:59:00Z'))).toMatchObject({ ok: true, rule: 'booker_cancels_before_the_day', money: 'refund', status: 'cancelled_by_booker' });
    expect(decide(booked, 'cancel', 'booker', at('2026-03-03T19:00:00Z'))).toMatchObject({ ok: true, rule: 'booker_cancels_on_the_day', money: 'release' });
  });

  it('refunds whenever the owner cancels, until the day is over; then only the sweep completes it', () => {
    expect(decide(booked, 'cancel', 'owner', at('2026-03-04T18:00:00Z'))).toMatchObject({ rule: 'owner_cancels', money: 'refund' });
    expect(decide(booked, 'cancel', 'owner', at('2026-03-04T19:00:00Z'))).toEqual({ ok: false, code: 'spaces.day_over' });
    expect(decide(booked, 'complete', 'system', at('2026-03-04T18:59:59Z'))).toEqual({ ok: false, code: 'spaces.day_not_over' });
    expect(decide(booked, 'complete', 'system', at('2026-03-04T19:00:00Z'))).toMatchObject({ rule: 'day_over', money: 'release', status: 'completed' });
  });

  it('leaves a finished booking alone', () => {
    for (const status of ['cancelled_by_booker', 'cancelled_by_owner', 'completed'] as const) {
      expect(decide({ status, day: '2026-03-04' }, 'cancel', 'booker', at('2026-03-01T00:00:00Z'))).toEqual({ ok: false, code: 'spaces.not_booked' });
    }
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});

describe('who may review', () => {
  it('is someone whose booking’s day has come and was not cancelled', () => {
    expect(mayReview([{ status: 'booked', day: '2026-03-02' }], LATE_MONDAY)).toBe(true);
    expect(mayReview([{ status: 'booked', day: '2026-03-03' }], LATE_MONDAY)).toBe(false);
    expect(mayReview([{ status: 'cancelled_by_booker', day: '2026-02-20' }], LATE_MONDAY)).toBe(false);
    expect(mayReview([], LATE_MONDAY)).toBe(false);
  });
});

describe('addresses of listings', () => {
  it('come from the name and city, in Latin letters', () => {
    expect(slugFor('Daftar Co-work', 'multan')).toBe('daftar-co-work-multan');
    expect(slugFor('Multan Hub', 'multan')).toBe('multan-hub');
    expect(slugFor('دفتر کو ورک', 'lahore')).toBe('space-lahore');
  });
});
