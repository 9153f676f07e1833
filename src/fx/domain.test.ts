import { describe, expect, it } from 'vitest';
import { PLATFORM_RATES } from '../gigs/domain.ts';
import { checkRate, parseRatesCsv, rateFor } from './domain.ts';

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

  it('derive the reverse direction from the stored one, and fall back to the placeholder', () => {
    const stored = { id: 'r1', rate: '250', effectiveOn: '2025-01-31', createdAt: new Date() };
    expect(rateFor('USD', 'PKR', stored)).toEqual({ from: 'USD', to: 'PKR', rate: '250', placeholder: false, id: 'r1', effectiveOn: '2025-01-31' });
    expect(rateFor('PKR', 'USD', stored)).toMatchObject({ from: 'PKR', to: 'USD', rate: '0.004', placeholder: false });
    expect(rateFor('USD', 'PKR', null)).toMatchObject({ rate: PLATFORM_RATES.usdToPkr.rate, placeholder: true, id: null });
    expect(rateFor('PKR', 'USD', null)).toMatchObject({ rate: PLATFORM_RATES.pkrToUsd.rate, placeholder: true });
  });

  it('import from CSV with each bad row named', () => {
    const csv = '\uFEFFDate,From,To,Rate\r\n2025-01-30,USD,PKR,278.1\r\n31/01/2025,usd,pkr,278.45\r\n2025-02-01,PKR,USD,0.0036\r\n2025-02-02,USD,PKR,2780\r\nnope,USD,PKR,280\r\n2025-02-03,USD,PKR,=280\r\n';
    const r = parseRatesCsv(csv);
    expect(r.lines).toEqual([
      { line: 2, date: '2025-01-30', rate: '278.1' },
      { line: 3, date: '2025-01-31', rate: '278.45' },
    ]);
    expect(r.problems).toEqual([
      { line: 4, key: 'fx.csv.usd_to_pkr_only' },
      { line: 5, key: 'field.fx_rate_bounds' },
      { line: 6, key: 'field.date_invalid' },
      { line: 7, key: 'field.fx_rate_invalid' },
    ]);
    expect(parseRatesCsv('when,rate\n').problems).toEqual([{ line: 1, key: 'fx.csv.bad_header' }]);
  });
});
