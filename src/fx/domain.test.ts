import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertEstimate, type FxRate, invertRate, money } from '../platform/money.ts';
import { amountToCover, type CurrentRate, checkRate, currencyForCountry, estimatePrice, parseRatesCsv, rateFor } from './domain.ts';

const stored = (rate: string) => ({ id: 'r1', currency: 'USD' as const, rate, effectiveOn: '2025-10-31', source: 'initial' as const, createdAt: new Date() });
const usd = (rate: string): CurrentRate => rateFor('USD', 'PKR', stored(rate));

describe('exchange rates', () => {
  it('are exact decimals within sane bounds', () => {
    expect(checkRate('278.45')).toEqual({ ok: true, rate: '278.45' });
    expect(checkRate(' 0278.4500 ')).toEqual({ ok: true, rate: '278.45' });
    expect(checkRate('۲۷۸٫۴۵')).toEqual({ ok: true, rate: '278.45' });
    expect(checkRate('280')).toEqual({ ok: true, rate: '280' });
    expect(checkRate('')).toEqual({ ok: false, key: 'field.required' });
    for (const bad of ['abc', '2.8e2', '-280', '280,5', '1/280', '0']) expect(checkRate(bad), bad).toEqual({ ok: false, key: 'field.fx_rate_invalid' });
    for (const out of ['28', '49.99', '1000.01', '2800']) expect(checkRate(out), out).toEqual({ ok: false, key: 'field.fx_rate_bounds' });
    expect(checkRate('50').ok && checkRate('1000').ok).toBe(true);
  });

  it('derive the reverse direction from the stored one, name where it came from, and refuse to invent one', () => {
    expect(rateFor('USD', 'PKR', stored('250'))).toEqual({ from: 'USD', to: 'PKR', rate: '250', id: 'r1', effectiveOn: '2025-10-31', source: 'initial', quoted: '250' });
    expect(rateFor('PKR', 'USD', stored('250'))).toMatchObject({ from: 'PKR', to: 'USD', rate: '0.004', quoted: '250', source: 'initial' });
    expect(rateFor('PKR', 'PKR', null)).toMatchObject({ rate: '1' });
    // No stored rate: nothing is made up (0031 ships one, so this is a database emptied by hand).
    expect(() => rateFor('USD', 'PKR', null)).toThrow(expect.objectContaining({ code: 'fx.no_rate' }));
  });

  it('import from CSV with each bad row named, for the dollar and the estimate currencies', () => {
    const csv = '\uFEFFDate,From,To,Rate\r\n2025-01-30,USD,PKR,278.1\r\n31/01/2025,usd,pkr,278.45\r\n2025-02-01,PKR,USD,0.0036\r\n2025-02-02,USD,PKR,2780\r\nnope,USD,PKR,280\r\n2025-02-03,USD,PKR,=280\r\n2025-02-03,gbp,PKR,372\r\n2025-02-03,JPY,PKR,2\r\n';
    const r = parseRatesCsv(csv);
    expect(r.lines).toEqual([
      { line: 2, date: '2025-01-30', currency: 'USD', rate: '278.1' },
      { line: 3, date: '2025-01-31', currency: 'USD', rate: '278.45' },
      { line: 8, date: '2025-02-03', currency: 'GBP', rate: '372' },
    ]);
    expect(r.problems).toEqual([
      { line: 4, key: 'fx.csv.usd_to_pkr_only' },
      { line: 5, key: 'field.fx_rate_bounds' },
      { line: 6, key: 'field.date_invalid' },
      { line: 7, key: 'field.fx_rate_invalid' },
      { line: 9, key: 'fx.csv.usd_to_pkr_only' },
    ]);
    expect(parseRatesCsv('when,rate\n').problems).toEqual([{ line: 1, key: 'fx.csv.bad_header' }]);
  });
});

describe('covering a sum in the other currency', () => {
  it('converts the least amount that brings at least what is missing', () => {
    const rate: FxRate = { from: 'USD', to: 'PKR', rate: '280.91' };
    // Rs 4,500 missing: $16.02 gives Rs 4,500.18; $16.01 would give only Rs 4,497.37.
    expect(amountToCover(money(4500_00n, 'PKR'), 'USD', rate)).toEqual({ from: money(1602n, 'USD'), to: money(4500_18n, 'PKR') });
    expect(convertEstimate(money(1601n, 'USD'), 'PKR', rate).amount).toBeLessThan(4500_00n);
    // The other way, at the derived 8-place rate.
    const back = invertRate(rate);
    const cover = amountToCover(money(10_00n, 'USD'), 'PKR', back);
    expect(cover.to.amount).toBeGreaterThanOrEqual(10_00n);
    expect(convertEstimate(money(cover.from.amount - 1n, 'PKR'), 'USD', back).amount).toBeLessThan(10_00n);
    expect(amountToCover(money(0n, 'PKR'), 'USD', rate).from.amount).toBe(0n);
  });

  it('is always enough and never a minor unit more than needed (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10_000_000_00n }), fc.integer({ min: 5000, max: 100000 }), fc.boolean(), (need, hundredths, toPkr) => {
        const usdRate: FxRate = { from: 'USD', to: 'PKR', rate: (hundredths / 100).toFixed(2) };
        const rate = toPkr ? usdRate : invertRate(usdRate);
        const target = money(need, rate.to);
        const { from, to } = amountToCover(target, rate.from, rate);
        expect(to).toEqual(convertEstimate(from, rate.to, rate));
        expect(to.amount >= need).toBe(true);
        if (from.amount > 1n) expect(convertEstimate(money(from.amount - 1n, rate.from), rate.to, rate).amount < need).toBe(true);
      }),
    );
  });
});

describe('estimates', () => {
  it('use the conversions’ rate for PKR and USD, and rupees per unit for the estimate-only currencies', () => {
    const rates = { usdToPkr: usd('280') };
    expect(estimatePrice(money(280_00n, 'PKR'), 'USD', rates)).toEqual({ amount: 100n, currency: 'USD' });
    expect(estimatePrice(money(1500_00n, 'PKR'), 'USD', rates)).toEqual({ amount: 536n, currency: 'USD' });
    expect(estimatePrice(money(10_00n, 'USD'), 'PKR', rates)).toEqual({ amount: 2800_00n, currency: 'PKR' });
    expect(estimatePrice(money(5n, 'PKR'), 'PKR', rates)).toEqual({ amount: 5n, currency: 'PKR' });
    const gbp = { ...rates, target: { currency: 'GBP' as const, rate: '375', effectiveOn: '2026-12-01', source: 'demo' as const } };
    // Rs 15,000 at Rs 375 a pound: £40; $100 at Rs 280 a dollar is Rs 28,000: £74.67.
    expect(estimatePrice(money(15_000_00n, 'PKR'), 'GBP', gbp)).toEqual({ amount: 40_00n, currency: 'GBP' });
    expect(estimatePrice(money(100_00n, 'USD'), 'GBP', gbp)).toEqual({ amount: 74_67n, currency: 'GBP' });
    // No rate for the reader's currency: no estimate rather than a made-up one.
    expect(estimatePrice(money(15_000_00n, 'PKR'), 'EUR', gbp)).toBeNull();
  });

  it('guess a client abroad’s currency from their country', () => {
    expect(currencyForCountry('GB')).toBe('GBP');
    expect(currencyForCountry('de')).toBe('EUR');
    expect(currencyForCountry('AE')).toBe('AED');
    expect(currencyForCountry('SA')).toBe('SAR');
    expect(currencyForCountry('US')).toBe('USD');
    expect(currencyForCountry('CA')).toBe('USD');
    expect(currencyForCountry('PK')).toBeNull();
    expect(currencyForCountry(null)).toBeNull();
  });
});
