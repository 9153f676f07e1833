import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money } from '../platform/money.ts';
import type { IncomeLine } from '../tax/figures.ts';
import { earningsTotals, figuresFromJson, figuresToJson, issuableYears, issueInput, type StatementFigures, type WithdrawalLine, withdrawalTotals, withdrawnTotals } from './domain.ts';

const line = (month: string, currency: 'PKR' | 'USD', earned: bigint, fees: bigint, pkr: bigint, refunds = 0n): IncomeLine => ({
  month,
  currency,
  source: currency === 'USD' ? 'export' : 'local',
  gross: money(earned + fees, currency),
  fees: money(fees, currency),
  earned: money(earned, currency),
  pkr: money(pkr, 'PKR'),
  refunds: money(refunds, currency),
});

const withdrawal = (channel: 'bank' | 'payoneer', currency: 'PKR' | 'USD', amount: bigint, fee = 0n): WithdrawalLine => ({
  reference: 'HNR-00000000',
  channel,
  masked: '•••• 6702',
  amount: money(amount, currency),
  fee: money(fee, currency),
  net: money(amount - fee, currency),
  paidAt: new Date('2025-10-02T06:00:00Z'),
  bankReference: 'FT-1',
  prc: currency === 'USD' ? { number: 'PRC-1', attached: true, purposeCode: '9186', payerCountry: 'GB' } : null,
});

function figures(lines: IncomeLine[], withdrawals: WithdrawalLine[]): StatementFigures {
  const pkr = lines.reduce((s, l) => s + l.pkr.amount, 0n);
  return {
    v: 1,
    taxYear: 2026,
    period: { start: new Date('2025-06-30T19:00:00Z'), end: new Date('2026-06-30T19:00:00Z') },
    asOf: new Date('2026-03-05T06:00:00Z'),
    holder: { name: 'عائشہ صدیقی', ntn: null },
    income: { taxYear: 2026, lines, byCurrency: [], exportPkr: money(pkr, 'PKR'), localPkr: money(0n, 'PKR'), totalPkr: money(pkr, 'PKR') },
    withdrawals,
    estimate: {
      regimes: { final_154a: { tax: money(12_345n, 'PKR'), rateBp: 25, applies: true, why: [{ key: 'tax.why.pseb', params: { date: '2026-06-30' } }] }, normal: { tax: money(0n, 'PKR'), applies: true, why: [] } },
      recommended: 'final_154a',
      assumed: { psebRegistered: true, filer: true, salary: money(0n, 'PKR') },
    },
    sources: [{ title: 'Income Tax Ordinance 2001, s.154A', url: 'https://fbr.gov.pk', date: '2025', confidence: 'unconfirmed' }],
  };
}

describe('frozen figures', () => {
  it('read back exactly what was written, amounts to the paisa beyond what a float holds', () => {
    const big = 9_007_199_254_740_993n; // 2^53 + 1: a float would lose the last paisa
    const f = figures([line('2025-08', 'PKR', big, 5n, big), line('2025-09', 'USD', 19_000n, 1_000n, 5_329_500n, 250n)], [withdrawal('bank', 'PKR', 500_000n), withdrawal('payoneer', 'USD', 25_000n, 100n)]);
    const json = figuresToJson(f);
    expect(json).toContain('"9007199254740993"');
    expect(figuresFromJson(json)).toEqual(f);
    // As the jsonb column hands it back (an object, not text).
    expect(figuresFromJson(JSON.parse(json))).toEqual(f);
  });

  it('refuse stored figures that are not a statement', () => {
    expect(() => figuresFromJson({ v: 2 })).toThrow();
    expect(() => figuresFromJson(figuresToJson(figures([], [])).replace('"PKR"', '"EUR"'))).toThrow();
  });
});

describe('totals', () => {
  it('sum the lines per currency, PKR equivalents in rupees', () => {
    const lines = [line('2025-08', 'PKR', 1_425_000n, 75_000n, 1_425_000n), line('2025-09', 'USD', 19_000n, 1_000n, 5_329_500n), line('2025-11', 'PKR', 1_425_000n, 75_000n, 1_425_000n, 150_000n)];
    expect(earningsTotals(lines)).toEqual([
      { currency: 'PKR', gross: money(3_000_000n, 'PKR'), fees: money(150_000n, 'PKR'), earned: money(2_850_000n, 'PKR'), pkr: money(2_850_000n, 'PKR'), refunds: money(150_000n, 'PKR') },
      { currency: 'USD', gross: money(20_000n, 'USD'), fees: money(1_000n, 'USD'), earned: money(19_000n, 'USD'), pkr: money(5_329_500n, 'PKR'), refunds: money(0n, 'USD') },
    ]);
    expect(earningsTotals([])).toEqual([]);
  });

  it('group withdrawals by channel and currency in the channels’ order, and sum what was paid out', () => {
    const ws = [withdrawal('payoneer', 'USD', 25_000n, 100n), withdrawal('bank', 'PKR', 500_000n), withdrawal('bank', 'PKR', 200_000n), withdrawal('payoneer', 'PKR', 100_000n)];
    expect(withdrawalTotals(ws).map((t) => [t.channel, t.currency, t.count, t.net.amount])).toEqual([
      ['bank', 'PKR', 2, 700_000n],
      ['payoneer', 'PKR', 1, 100_000n],
      ['payoneer', 'USD', 1, 24_900n],
    ]);
    expect(withdrawnTotals(ws)).toEqual([money(800_000n, 'PKR'), money(24_900n, 'USD')]);
  });

  it('are the sum of the lines for any lines (property)', () => {
    const arb = fc.array(fc.record({ usd: fc.boolean(), earned: fc.bigInt({ min: 0n, max: 10n ** 15n }), fees: fc.bigInt({ min: 0n, max: 10n ** 12n }), pkr: fc.bigInt({ min: 0n, max: 10n ** 17n }) }), { maxLength: 30 });
    fc.assert(
      fc.property(arb, (xs) => {
        const lines = xs.map((x, i) => line(`2025-${String((i % 12) + 1).padStart(2, '0')}`, x.usd ? 'USD' : 'PKR', x.earned, x.fees, x.pkr));
        const totals = earningsTotals(lines);
        const all = totals.reduce((s, t) => s + t.pkr.amount, 0n);
        expect(all).toBe(lines.reduce((s, l) => s + l.pkr.amount, 0n));
        for (const t of totals) expect(t.gross.amount).toBe(t.earned.amount + t.fees.amount);
      }),
    );
  });
});

describe('which tax years', () => {
  it('are those with activity up to the current one, newest first, each once', () => {
    expect(issuableYears([2025, 2026, 2026, 2027, 2024], 2026, 2024)).toEqual([2026, 2025, 2024]);
    expect(issuableYears([], 2026, 2024)).toEqual([]);
    // Not before the first year whose rules are known.
    expect(issuableYears([2023, 2024, 2025], 2026, 2025)).toEqual([2025]);
  });

  it('come as a number from JSON or text from a form; anything else is a field message', () => {
    expect(issueInput.parse({ tax_year: 2026 })).toEqual({ tax_year: 2026 });
    expect(issueInput.parse({ tax_year: ' 2026 ' })).toEqual({ tax_year: 2026 });
    for (const bad of [{}, { tax_year: '' }, { tax_year: 'TY2026' }, { tax_year: 2026.5 }, { tax_year: 1999 }, { tax_year: 2101 }]) expect(issueInput.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
