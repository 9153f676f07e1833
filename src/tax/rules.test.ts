// The rules as data: each year's figures are the reference's (../shared/reference/tax-pakistan.md),
// their bands tie together, and every rule says where it comes from and how sure that is.
import { describe, expect, it } from 'vitest';
import type { Source } from './domain.ts';
import { COVERED_TAX_YEARS, type Rule, type SlabTable, TAX_RULES, TAX_YEAR_SOURCE, type TaxYearRules } from './rules.ts';

const year = (y: number): TaxYearRules => TAX_RULES.find((r) => r.taxYear === y)!;
const rows = (t: SlabTable) => t.map((b) => [Number(b.over), Number(b.base), b.rateBp]);

/** Every Rule reachable from a year's rules, with its path. */
function allRules(r: TaxYearRules): [string, Rule<unknown>][] {
  return [
    ['normalSlabs', r.normalSlabs],
    ['salariedSlabs', r.salariedSlabs],
    ['salariedShare', r.salariedShare],
    ['final154a', r.final154a],
    ['surcharge', r.surcharge],
    ['atl.final154aNotDoubled', r.atl.final154aNotDoubled],
    ['atl.cashWithdrawal', r.atl.cashWithdrawal],
    ['atl.lateFilingSurcharge', r.atl.lateFilingSurcharge],
    ['returnDeadline', r.returnDeadline],
    ['itPurposeCode', r.itPurposeCode],
    ...r.conditions154a.map((c) => [`conditions154a.${c.id}`, c.rule] as [string, Rule<unknown>]),
  ];
}

describe('the tax years covered', () => {
  it('are TY2025 and TY2026, consecutive, each set by its Finance Act', () => {
    expect(COVERED_TAX_YEARS).toEqual([2025, 2026]);
    expect(year(2025).financeAct).toBe('Finance Act 2024');
    expect(year(2026).financeAct).toBe('Finance Act 2025');
  });
});

describe('every rule of every year', () => {
  const check = (where: string, s: Source) => {
    expect(s.title.length, where).toBeGreaterThan(5);
    expect(s.url, where).toMatch(/^https?:\/\/[\w.-]+\.[a-z]{2,}/);
    expect(s.date, where).toMatch(/^(\d{4}(-\d{2}(-\d{2})?)?|undated)$/);
    expect(['confirmed', 'reported', 'unconfirmed'], where).toContain(s.confidence);
  };
  it('names a source with a title, an address, a date and a confidence', () => {
    check('tax year', TAX_YEAR_SOURCE);
    for (const r of TAX_RULES) {
      for (const [path, rule] of allRules(r)) {
        check(`TY${r.taxYear} ${path}`, rule.source);
        for (const s of rule.also ?? []) check(`TY${r.taxYear} ${path} (also)`, s);
      }
    }
  });

  it('has slab tables whose fixed amounts tie the bands together (each base is the tax at the band’s start)', () => {
    for (const r of TAX_RULES) {
      for (const [name, table] of [
        ['normal', r.normalSlabs.value],
        ['salaried', r.salariedSlabs.value],
      ] as const) {
        expect(table[0], `TY${r.taxYear} ${name}`).toEqual({ over: 0n, base: 0n, rateBp: 0 });
        for (let i = 1; i < table.length; i++) {
          const prev = table[i - 1]!;
          const b = table[i]!;
          expect(b.over > prev.over, `TY${r.taxYear} ${name} band ${i} ascends`).toBe(true);
          expect(b.rateBp > prev.rateBp, `TY${r.taxYear} ${name} band ${i} is progressive`).toBe(true);
          // base = previous base + previous rate × the previous band's width, to the rupee.
          expect(b.base * 10_000n, `TY${r.taxYear} ${name} band ${i} base`).toBe(prev.base * 10_000n + BigInt(prev.rateBp) * (b.over - prev.over));
        }
      }
    }
  });
});

describe('TY2025 (Finance Act 2024), as the reference gives it', () => {
  const r = year(2025);
  it('taxes non-salaried income 0 / 15 / 20 / 30 / 40 / 45% over 0.6, 1.2, 1.6, 3.2 and 5.6 million', () => {
    expect(rows(r.normalSlabs.value)).toEqual([
      [0, 0, 0],
      [600_000, 0, 1_500],
      [1_200_000, 90_000, 2_000],
      [1_600_000, 170_000, 3_000],
      [3_200_000, 650_000, 4_000],
      [5_600_000, 1_610_000, 4_500],
    ]);
    expect(r.normalSlabs.source).toMatchObject({ url: 'https://tanweerhabib.com/income-tax-rates-non-salaried-individuals-aops-pakistan-2025/', date: '2024-07-01', confidence: 'confirmed' });
  });
  it('taxes salaries 0 / 5 / 15 / 25 / 30 / 35%', () => {
    expect(rows(r.salariedSlabs.value)).toEqual([
      [0, 0, 0],
      [600_000, 0, 500],
      [1_200_000, 30_000, 1_500],
      [2_200_000, 180_000, 2_500],
      [3_200_000, 430_000, 3_000],
      [4_100_000, 700_000, 3_500],
    ]);
  });
  it('has the 10% s.4AB surcharge above Rs 10 million, confirmed by a summary, and applies it', () => {
    expect(r.surcharge.value).toEqual({ overRupees: 10_000_000n, rateBp: 1_000, applied: true });
    expect(r.surcharge.source).toMatchObject({ url: 'https://salarytaxcalculator.pk/?p=1457', confidence: 'confirmed' });
  });
  it('deducts 0.6% from a non-filer’s cash withdrawals above Rs 50,000 a day (reported)', () => {
    expect(r.atl.cashWithdrawal.value).toEqual({ overRupees: 50_000n, nonFilerRateBp: 60 });
    expect(r.atl.cashWithdrawal.source.confidence).toBe('reported');
  });
});

describe('TY2026 (Finance Act 2025), as the reference gives it', () => {
  const r = year(2026);
  it('keeps the non-salaried table of TY2025 (reported: one blog disagrees, shown as unconfirmed)', () => {
    expect(r.normalSlabs.value).toEqual(year(2025).normalSlabs.value);
    expect(r.normalSlabs.source.confidence).toBe('reported');
    expect(r.normalSlabs.also?.find((s) => s.url.includes('blogminds'))?.confidence).toBe('unconfirmed');
  });
  it('taxes salaries 0 / 1 / 11 / 23 / 30 / 35% (the enacted 1% second band, reported)', () => {
    expect(rows(r.salariedSlabs.value)).toEqual([
      [0, 0, 0],
      [600_000, 0, 100],
      [1_200_000, 6_000, 1_100],
      [2_200_000, 116_000, 2_300],
      [3_200_000, 346_000, 3_000],
      [4_100_000, 616_000, 3_500],
    ]);
    expect(r.salariedSlabs.source).toMatchObject({ date: '2025-06-26', confidence: 'reported' });
  });
  it('shows the surcharge as unconfirmed, and still applies it', () => {
    expect(r.surcharge.value).toEqual({ overRupees: 10_000_000n, rateBp: 1_000, applied: true });
    expect(r.surcharge.source.confidence).toBe('unconfirmed');
  });
  it('shows the 154A rates as unconfirmed as enacted, and the 1% cash-withdrawal rate as unconfirmed', () => {
    expect(r.final154a.source.confidence).toBe('unconfirmed');
    expect(r.atl.cashWithdrawal.value).toEqual({ overRupees: 50_000n, nonFilerRateBp: 100 });
    expect(r.atl.cashWithdrawal.source.confidence).toBe('unconfirmed');
  });
});

describe('in both years', () => {
  it('has the 154A final tax at 0.25% for PSEB-registered exporters and 1% otherwise', () => {
    for (const r of TAX_RULES) expect(r.final154a.value).toEqual({ psebRateBp: 25, otherRateBp: 100 });
  });
  it('lists the five conditions of s.154A(2); only the sales-tax-return one is waived by PSEB, and that reading is unconfirmed', () => {
    for (const r of TAX_RULES) {
      expect(r.conditions154a.map((c) => c.id)).toEqual(['return_filed', 'withholding_statements', 'sales_tax_returns', 'no_foreign_tax_credit', 'through_bank']);
      expect(r.conditions154a.filter((c) => c.waivedForPseb).map((c) => c.id)).toEqual(['sales_tax_returns']);
      expect(r.conditions154a.find((c) => c.id === 'sales_tax_returns')!.rule.source.confidence).toBe('unconfirmed');
      expect(r.conditions154a.find((c) => c.id === 'return_filed')!.rule.source.confidence).toBe('confirmed');
    }
  });
  it('does not double the 154A rate for non-filers since FA2022 (reported; an older chart disagrees)', () => {
    for (const r of TAX_RULES) {
      expect(r.atl.final154aNotDoubled.source).toMatchObject({ date: '2022-12', confidence: 'reported' });
      expect(r.atl.final154aNotDoubled.also?.[0]?.url).toContain('issuhub.com');
    }
  });
  it('has the salaried slabs apply above 75% of taxable income, the return due 30 September (often extended), Rs 1,000 to join the ATL late, and purpose code 9186 (unconfirmed)', () => {
    for (const r of TAX_RULES) {
      expect(r.salariedShare.value).toEqual({ overBp: 7_500 });
      expect(r.returnDeadline.value).toEqual({ month: 9, day: 30, oftenExtended: true });
      expect(r.returnDeadline.source.confidence).toBe('reported');
      expect(r.atl.lateFilingSurcharge.value).toEqual({ individualRupees: 1_000n });
      expect(r.itPurposeCode).toMatchObject({ value: '9186', source: { confidence: 'unconfirmed' } });
    }
  });
});
