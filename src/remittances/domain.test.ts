import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../platform/forms.ts';
import { money } from '../platform/money.ts';
import {
  countryCodes,
  countryName,
  daysBetween,
  defaultPayerCountry,
  FALLBACK_PAYER_COUNTRY,
  isCountryCode,
  isForeignCurrencyPayout,
  karachiDay,
  nextReturnDeadline,
  prcReminderDue,
  remittanceEdit,
  reminderStage,
  retention,
  retentionByMonth,
} from './domain.ts';

const usd = (dollars: number) => money(BigInt(Math.round(dollars * 100)), 'USD');
const DAY = 86_400_000;

describe('which payouts get a remittance record', () => {
  it('every payout of earnings in dollars, none in rupees, none of a client’s unused balance', () => {
    expect(isForeignCurrencyPayout({ currency: 'USD', source: 'earnings' })).toBe(true);
    expect(isForeignCurrencyPayout({ currency: 'PKR', source: 'earnings' })).toBe(false);
    expect(isForeignCurrencyPayout({ currency: 'USD', source: 'wallet' })).toBe(false);
  });
});

describe('the SBP retention rule (tax-pakistan.md §e)', () => {
  it('keeps all of $899 in dollars, since $5,000 is more than half of it (the reference’s first reading)', () => {
    expect(retention(usd(899))).toEqual({ proceeds: usd(899), keep: usd(899), convert: usd(0) });
    // Example 2's single Upwork payment, to the cent.
    expect(retention(usd(899.01)).keep).toEqual(usd(899.01));
  });

  it('keeps $6,000 of $12,000 (half, since half is more than $5,000: the reference’s second reading)', () => {
    expect(retention(usd(12_000))).toEqual({ proceeds: usd(12_000), keep: usd(6_000), convert: usd(6_000) });
  });

  it('keeps $5,000 between $5,000 and $10,000, and exactly half from $10,000', () => {
    expect(retention(usd(5_000)).keep).toEqual(usd(5_000));
    expect(retention(usd(5_000.01)).keep).toEqual(usd(5_000));
    expect(retention(usd(9_000)).keep).toEqual(usd(5_000));
    expect(retention(usd(10_000)).keep).toEqual(usd(5_000));
    expect(retention(usd(10_000.02)).keep).toEqual(usd(5_000.01));
    // Half a cent is not kept: never more than half.
    expect(retention(money(1_000_003n, 'USD')).keep).toEqual(money(500_001n, 'USD'));
  });

  it('keeps nothing of nothing, and refuses rupees', () => {
    expect(retention(usd(0))).toEqual({ proceeds: usd(0), keep: usd(0), convert: usd(0) });
    expect(() => retention(money(100n, 'PKR'))).toThrow(RangeError);
  });

  it('never keeps more than arrived nor less than half, keeps all up to $5,000, and never less as proceeds grow', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10_000_000_000n }), fc.bigInt({ min: 0n, max: 1_000_000n }), (cents, more) => {
        const r = retention(money(cents, 'USD'));
        expect(r.keep.amount + r.convert.amount).toBe(cents);
        expect(r.keep.amount).toBeLessThanOrEqual(cents);
        expect(r.keep.amount * 2n).toBeGreaterThanOrEqual(cents - 1n);
        if (cents <= 500_000n) expect(r.keep.amount).toBe(cents);
        expect(retention(money(cents + more, 'USD')).keep.amount).toBeGreaterThanOrEqual(r.keep.amount);
      }),
    );
  });

  it('adds up each month’s paid payouts (Pakistan’s calendar), newest month first', () => {
    const months = retentionByMonth([
      { paidAt: new Date('2026-03-10T10:00:00Z'), amount: usd(4_000) },
      { paidAt: new Date('2026-03-31T20:00:00Z'), amount: usd(4_000) }, // 1 April in Karachi
      { paidAt: new Date('2026-03-20T10:00:00Z'), amount: usd(8_000) },
      { paidAt: new Date('2026-03-21T10:00:00Z'), amount: money(500_000n, 'PKR') },
    ]);
    expect(months.map((m) => [m.month, m.proceeds, m.keep, m.convert])).toEqual([
      ['2026-04', usd(4_000), usd(4_000), usd(0)],
      ['2026-03', usd(12_000), usd(6_000), usd(6_000)],
    ]);
  });
});

describe('payer country', () => {
  it('accepts real countries’ two-letter codes, in any case, and names them in both languages', () => {
    expect(parseWith(remittanceEdit, { payer_country: ' gb ' }).payer_country).toBe('GB');
    expect(isCountryCode('AE')).toBe(true);
    expect(countryName('en', 'US')).toBe('United States');
    expect(countryName('ur', 'US')).toMatch(/امریکہ/);
    for (const notOne of ['ZZ', 'EU', 'UN', 'QQ', 'USA', 'U', '12', 'us']) expect(isCountryCode(notOne), notOne).toBe(false);
    expect(countryCodes()).toContain('PK');
    expect(countryCodes()).not.toContain('ZZ');
  });

  it('refuses anything else with a field message', () => {
    for (const bad of ['ZZ', 'USA', 'Pakistan', '', '<b>']) {
      expect(() => parseWith(remittanceEdit, { payer_country: bad }), bad).toThrow(expect.objectContaining({ fields: { payer_country: expect.objectContaining({ key: bad ? 'field.payer_country' : 'field.required' }) } }));
    }
  });

  it('starts as the country of the latest client abroad, else the US', () => {
    expect(defaultPayerCountry(['GB', 'US'])).toBe('GB');
    expect(defaultPayerCountry(['PK', 'ZZ', null, 'AE'])).toBe('AE');
    expect(defaultPayerCountry(['PK', 'ZZ'])).toBe(FALLBACK_PAYER_COUNTRY);
    expect(defaultPayerCountry([])).toBe('US');
  });
});

describe('purpose code and PRC number', () => {
  it('is four digits (Urdu digits read as such)', () => {
    expect(parseWith(remittanceEdit, { purpose_code: ' 9186 ' }).purpose_code).toBe('9186');
    expect(parseWith(remittanceEdit, { purpose_code: '۹۱۸۶' }).purpose_code).toBe('9186');
    for (const bad of ['918', '91866', 'abcd', '91 86']) {
      expect(() => parseWith(remittanceEdit, { purpose_code: bad }), bad).toThrow(expect.objectContaining({ fields: { purpose_code: expect.objectContaining({ key: 'field.purpose_code' }) } }));
    }
  });

  it('takes an optional PRC number of up to 60 characters; empty or null clears it', () => {
    expect(parseWith(remittanceEdit, { prc_number: ' PRC/2026/00123 ' }).prc_number).toBe('PRC/2026/00123');
    expect(parseWith(remittanceEdit, { prc_number: '' }).prc_number).toBeNull();
    expect(parseWith(remittanceEdit, { prc_number: null }).prc_number).toBeNull();
    expect(parseWith(remittanceEdit, {})).toEqual({});
    expect(() => parseWith(remittanceEdit, { prc_number: 'x'.repeat(61) })).toThrow(expect.objectContaining({ fields: { prc_number: expect.objectContaining({ key: 'field.too_long' }) } }));
    expect(() => parseWith(remittanceEdit, { prc_number: '<script>' })).toThrow(expect.objectContaining({ fields: { prc_number: expect.objectContaining({ key: 'field.no_markup' }) } }));
  });
});

describe('reminder days', () => {
  it('has a 30-day stage from 30 to 8 days before, a 7-day stage from 7 to 1, and none otherwise', () => {
    expect([31, 30, 8, 7, 1, 0, -1].map(reminderStage)).toEqual([null, 30, 30, 7, 7, null, null]);
  });

  it('counts days on Pakistan’s calendar', () => {
    expect(karachiDay(new Date('2026-08-31T19:30:00Z'))).toBe('2026-09-01');
    expect(daysBetween('2026-08-31', '2026-09-30')).toBe(30);
    expect(daysBetween('2026-09-30', '2026-08-31')).toBe(-30);
  });

  it('names the next return deadline: 30 September of the tax year that ended on 30 June', () => {
    expect(nextReturnDeadline('2026-08-31')).toEqual({ taxYear: 2026, deadline: '2026-09-30', daysLeft: 30 });
    expect(nextReturnDeadline('2026-09-30')).toEqual({ taxYear: 2026, deadline: '2026-09-30', daysLeft: 0 });
    expect(nextReturnDeadline('2026-10-01')).toEqual({ taxYear: 2027, deadline: '2027-09-30', daysLeft: 364 });
  });

  it('reminds about a missing PRC from 7 days after the payout was paid, and not about old payouts', () => {
    const paid = new Date('2026-05-01T10:00:00Z');
    expect(prcReminderDue(paid, new Date(paid.getTime() + 7 * DAY - 1))).toBe(false);
    expect(prcReminderDue(paid, new Date(paid.getTime() + 7 * DAY))).toBe(true);
    expect(prcReminderDue(paid, new Date(paid.getTime() + 59 * DAY))).toBe(true);
    expect(prcReminderDue(paid, new Date(paid.getTime() + 60 * DAY))).toBe(false);
  });
});
