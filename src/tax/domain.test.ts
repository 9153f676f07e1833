// The tax rules at work: every slab boundary of every table, the reference's worked examples to the
// rupee (../shared/reference/tax-pakistan.md, "Worked examples"), which regime is recommended and
// why, the steps that lower the tax, the next deadline, what the calculator accepts, and the
// properties that must hold for any income.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Money, money } from '../platform/money.ts';
import {
  assess,
  cashWithdrawalTax,
  estimate,
  estimateQuery,
  finalTax154a,
  isSalaried,
  marginalRateBp,
  nextReturnDeadline,
  parseIncome,
  rulesApplying,
  type Situation,
  slabPart,
  slabTax,
  stepsToLowerTax,
  taxDue,
  taxYearBounds,
  taxYearOf,
} from './domain.ts';
import { type SlabTable, TAX_RULES } from './rules.ts';

const rs = (rupees: number | bigint, paisa = 0) => money(BigInt(rupees) * 100n + BigInt(paisa), 'PKR');
const R = (y: number) => TAX_RULES.find((r) => r.taxYear === y)!;
const zero = rs(0);
const plain = (s: string) => s.replace(/[\u2066-\u2069]/g, '').replace(/\s/g, ' ');

function situation(over: Partial<Situation> = {}): Situation {
  return { taxYear: 2026, exportIncome: zero, localIncome: zero, salary: zero, psebRegistered: true, filer: true, ...over };
}

// --- Every boundary ----------------------------------------------------------------------------------

/** [boundary in rupees, tax one rupee below, at, one rupee above — in paisa]. */
type Row = [number, number, number, number];
const NORMAL: Row[] = [
  [600_000, 0, 0, 15],
  [1_200_000, 8_999_985, 9_000_000, 9_000_020],
  [1_600_000, 16_999_980, 17_000_000, 17_000_030],
  [3_200_000, 64_999_970, 65_000_000, 65_000_040],
  [5_600_000, 160_999_960, 161_000_000, 161_000_045],
];
const SALARIED_2025: Row[] = [
  [600_000, 0, 0, 5],
  [1_200_000, 2_999_995, 3_000_000, 3_000_015],
  [2_200_000, 17_999_985, 18_000_000, 18_000_025],
  [3_200_000, 42_999_975, 43_000_000, 43_000_030],
  [4_100_000, 69_999_970, 70_000_000, 70_000_035],
];
const SALARIED_2026: Row[] = [
  [600_000, 0, 0, 1],
  [1_200_000, 599_999, 600_000, 600_011],
  [2_200_000, 11_599_989, 11_600_000, 11_600_023],
  [3_200_000, 34_599_977, 34_600_000, 34_600_030],
  [4_100_000, 61_599_970, 61_600_000, 61_600_035],
];
const TABLES: [string, SlabTable, Row[]][] = [
  ['TY2025 non-salaried', R(2025).normalSlabs.value, NORMAL],
  ['TY2026 non-salaried', R(2026).normalSlabs.value, NORMAL],
  ['TY2025 salaried', R(2025).salariedSlabs.value, SALARIED_2025],
  ['TY2026 salaried', R(2026).salariedSlabs.value, SALARIED_2026],
];

describe('every slab boundary, one rupee below, at, and one rupee above', () => {
  for (const [name, table, rows] of TABLES) {
    it.each(rows)(`${name}: Rs %i`, (boundary, below, at, above) => {
      expect(slabTax(table, rs(boundary - 1), 'paisa').amount).toBe(BigInt(below));
      expect(slabTax(table, rs(boundary), 'paisa').amount).toBe(BigInt(at));
      expect(slabTax(table, rs(boundary + 1), 'paisa').amount).toBe(BigInt(above));
      // A boundary belongs to the band below it; the rupee above it is in the next band.
      const bandBelow = table.find((b) => Number(b.over) === boundary)!;
      expect(marginalRateBp(table, rs(boundary + 1))).toBe(bandBelow.rateBp);
      expect(marginalRateBp(table, rs(boundary))).toBe(table[table.indexOf(bandBelow) - 1]!.rateBp);
      // To the rupee, half to even: at a boundary the tax is the band's fixed amount exactly.
      expect(slabTax(table, rs(boundary)).amount).toBe(BigInt(at));
      expect(slabTax(table, rs(boundary - 1)).amount % 100n).toBe(0n);
    });
  }

  it('rounds a year’s tax once, to the whole rupee, half to even', () => {
    const t = R(2026).normalSlabs.value;
    // 15% of Rs 3.34 = 50.1 paisa → Re 1; of Rs 3.33 = 49.95 paisa → 0; of Rs 10 = Rs 1.50 → Rs 2; of Rs 30 = Rs 4.50 → Rs 4.
    expect(slabTax(t, rs(600_003, 34)).amount).toBe(100n);
    expect(slabTax(t, rs(600_003, 33)).amount).toBe(0n);
    expect(slabTax(t, rs(600_010)).amount).toBe(200n);
    expect(slabTax(t, rs(600_030)).amount).toBe(400n);
  });

  it('adds the 10% surcharge only above Rs 10 million of taxable income', () => {
    const r = R(2026);
    expect(slabPart(r, rs(9_999_999), zero)).toMatchObject({ tax: rs(3_590_000), surcharge: zero, marginalRateBp: 4_500, table: 'normal' });
    expect(slabPart(r, rs(10_000_000), zero)).toMatchObject({ tax: rs(3_590_000), surcharge: zero });
    // 1.1 × 3,590,000.45 = 3,949,000.495 → Rs 3,949,000, of which Rs 359,000 is the surcharge.
    expect(slabPart(r, rs(10_000_001), zero)).toMatchObject({ tax: rs(3_949_000), surcharge: rs(359_000), marginalRateBp: 4_950 });
    // Salaried: TY2025 at Rs 12 million: 700,000 + 35% × 7.9M = 3,465,000, × 1.1 = 3,811,500.
    expect(slabPart(R(2025), rs(12_000_000), rs(12_000_000))).toMatchObject({ tax: rs(3_811_500), surcharge: rs(346_500), table: 'salaried', marginalRateBp: 3_850 });
  });
});

describe('the salaried test: salary more than 75% of taxable income', () => {
  const r = R(2026);
  it('applies the salaried slabs above 75%, not at it', () => {
    expect(isSalaried(r, rs(750_000), rs(1_000_000))).toBe(false);
    expect(isSalaried(r, rs(750_001), rs(1_000_000))).toBe(true);
    expect(isSalaried(r, zero, zero)).toBe(false);
  });
  it('puts a freelancer with a job on the salaried slabs in both regimes when the salary dominates', () => {
    // Salary Rs 2M + Rs 500k exports: 80% salary. Normal: salaried slabs on 2.5M = 116,000 + 23% × 300,000.
    const a = assess(situation({ salary: rs(2_000_000), exportIncome: rs(500_000) }));
    expect(a.regimes.normal).toMatchObject({ tax: rs(185_000), slab: { table: 'salaried', income: rs(2_500_000) } });
    // Final: 0.25% of 500k + salaried slabs on the salary alone: 1,250 + 6,000 + 11% × 800,000.
    expect(a.regimes.final_154a).toMatchObject({ tax: rs(95_250), finalTax: rs(1_250), slab: { table: 'salaried', tax: rs(94_000) } });
    expect(a.recommended).toBe('final_154a');
    expect(a.regimes.normal.why[0]).toEqual({ key: 'tax.why.normal.salaried', params: { share: '75%', rate: '23%' } });
    expect(a.sources.some((s) => s.date === '2025-06-26')).toBe(true);
  });
  it('keeps the non-salaried slabs when the salary is a smaller part', () => {
    const a = assess(situation({ salary: rs(1_000_000), exportIncome: rs(2_000_000) }));
    expect(a.regimes.normal.slab?.table).toBe('normal');
    // Under the final regime only the salary is under the slabs: it is all of that income.
    expect(a.regimes.final_154a.slab?.table).toBe('salaried');
  });
});

// --- The reference's worked examples --------------------------------------------------------------

describe('the worked examples of the reference, to the rupee (TY2026)', () => {
  const examples: [string, number, number, number, number][] = [
    ['USD 1,000 a month', 3_372_000, 8_430, 33_720, 718_800],
    ['USD 500 a month', 1_686_000, 4_215, 16_860, 195_800],
    ['USD 2,000 a month', 6_744_000, 16_860, 67_440, 2_124_800],
  ];
  it.each(examples)('%s: Rs %i a year', (_, income, pseb, other, normal) => {
    const registered = estimate({ taxYear: 2026, income: rs(income), source: 'export_it', pseb: true, filer: true });
    const unregistered = estimate({ taxYear: 2026, income: rs(income), source: 'export_it', pseb: false, filer: true });
    expect(registered.regimes.final_154a).toMatchObject({ tax: rs(pseb), rateBp: 25, applies: true });
    expect(unregistered.regimes.final_154a).toMatchObject({ tax: rs(other), rateBp: 100, applies: true });
    expect(registered.regimes.normal).toMatchObject({ tax: rs(normal), applies: true });
    expect(unregistered.regimes.normal.tax).toEqual(rs(normal));
    expect(registered.income).toEqual(rs(income));
    expect(registered.recommended).toBe('final_154a');
    // Below Rs 10 million: no surcharge.
    expect(registered.regimes.normal.slab?.surcharge).toEqual(zero);
  });

  it('one Upwork payment of $899.01 at Rs 281: the bank deducts Rs 631.55 (0.25%, to the paisa)', () => {
    expect(finalTax154a(rs(252_621, 81), 25, 'paisa')).toEqual(rs(631, 55));
  });
});

// --- Regimes, recommendation and why ---------------------------------------------------------------

describe('which regime is recommended, and why', () => {
  it('recommends the final tax to a PSEB-registered filer, saying by how much it is cheaper', () => {
    const a = estimate({ taxYear: 2026, income: rs(3_372_000), source: 'export_it', pseb: true, filer: true });
    expect(a.recommended).toBe('final_154a');
    expect(a.recommendation).toHaveLength(1);
    expect(a.recommendation[0]!.key).toBe('tax.recommend.final');
    expect(plain(String(a.recommendation[0]!.params!.saving))).toBe('Rs 710,370');
    expect(a.regimes.final_154a.why.map((w) => w.key)).toEqual([
      'tax.why.final.rate_pseb',
      'tax.why.final.rate_unconfirmed',
      'tax.why.final.filer',
      'tax.why.final.bank',
      'tax.why.final.conditions',
      'tax.why.final.not_doubled',
    ]);
    expect(a.regimes.final_154a.why[0]!.params).toEqual({ rate: '0.25%', pseb_rate: '0.25%' });
    expect(a.regimes.final_154a.why[3]!.params).toEqual({ code: '9186' });
    expect(a.regimes.normal.why.map((w) => w.key)).toEqual(['tax.why.normal.non_salaried', 'tax.why.normal.no_expenses', 'tax.why.normal.bank_deduction']);
    expect(a.regimes.normal.why[0]!.params).toEqual({ rate: '40%' });
    expect(a.notes).toEqual([]);
    expect(a.rulesYear).toBe(2026);
  });

  it('tells an unregistered exporter the 1% needs sales-tax returns, which PSEB would waive', () => {
    const a = estimate({ taxYear: 2025, income: rs(3_372_000), source: 'export_it', pseb: false, filer: true });
    const keys = a.regimes.final_154a.why.map((w) => w.key);
    expect(keys).toContain('tax.why.final.rate_other');
    expect(keys).toContain('tax.why.final.sales_tax');
    // TY2025's rates are reported, not unconfirmed.
    expect(keys).not.toContain('tax.why.final.rate_unconfirmed');
    expect(a.regimes.final_154a.why[0]!.params).toEqual({ rate: '1%', pseb_rate: '0.25%' });
    // Said to file no sales-tax returns: the 1% route is closed.
    const closed = assess(situation({ exportIncome: rs(3_372_000), psebRegistered: false, salesTaxReturns: false }));
    expect(closed.regimes.final_154a).toMatchObject({ applies: false, unmet: ['sales_tax_returns'] });
    expect(closed.recommended).toBe('normal');
  });

  it('keeps a non-filer under the normal slabs and says what it costs', () => {
    const a = estimate({ taxYear: 2026, income: rs(3_372_000), source: 'export_it', pseb: true, filer: false });
    expect(a.regimes.final_154a).toMatchObject({ tax: rs(8_430), applies: false, unmet: ['return_filed'] });
    expect(a.regimes.final_154a.why.map((w) => w.key)).toContain('tax.why.final.not_filer');
    expect(a.recommended).toBe('normal');
    expect(a.recommendation[0]!.key).toBe('tax.recommend.normal_only');
    expect(plain(String(a.recommendation[0]!.params!.extra))).toBe('Rs 710,370');
  });

  it('recommends the normal slabs for small export incomes, where they cost nothing', () => {
    const a = estimate({ taxYear: 2026, income: rs(500_000), source: 'export_it', pseb: true, filer: true });
    expect(a.regimes.final_154a).toMatchObject({ tax: rs(1_250), applies: true });
    expect(a.regimes.normal.tax).toEqual(zero);
    expect(a.recommended).toBe('normal');
    expect(a.recommendation).toEqual([{ key: 'tax.recommend.normal_cheaper' }]);
    expect(a.regimes.normal.why.map((w) => w.key)).toContain('tax.why.normal.zero');
  });

  it('has only the normal slabs for income from clients in Pakistan', () => {
    const a = estimate({ taxYear: 2026, income: rs(3_372_000), source: 'local', pseb: true, filer: true });
    expect(a.regimes.final_154a).toMatchObject({ tax: rs(718_800), applies: false, why: [{ key: 'tax.why.final.no_export' }], unmet: [] });
    expect(a.recommended).toBe('normal');
    expect(a.recommendation).toEqual([{ key: 'tax.recommend.normal_local' }]);
    expect(a.regimes.normal.why.map((w) => w.key)).not.toContain('tax.why.normal.bank_deduction');
  });

  it('says when the surcharge is included and that it is unconfirmed for TY2026', () => {
    const a = estimate({ taxYear: 2026, income: rs(12_000_000), source: 'local', pseb: false, filer: true });
    const keys = a.regimes.normal.why.map((w) => w.key);
    expect(keys).toContain('tax.why.normal.surcharge');
    expect(keys).toContain('tax.why.normal.surcharge_unconfirmed');
    expect(a.sources.map((s) => s.url)).toContain('https://salarytaxcalculator.pk/?p=1457');
    const y2025 = estimate({ taxYear: 2025, income: rs(12_000_000), source: 'local', pseb: false, filer: true });
    expect(y2025.regimes.normal.why.map((w) => w.key)).not.toContain('tax.why.normal.surcharge_unconfirmed');
  });

  it('taxes local income on top of the final tax under the slabs', () => {
    const a = assess(situation({ exportIncome: rs(3_372_000), localIncome: rs(1_000_000) }));
    // 8,430 + 15% × 400,000 = 68,430; normal: 4,372,000 → 650,000 + 40% × 1,172,000 = 1,118,800.
    expect(a.regimes.final_154a).toMatchObject({ tax: rs(68_430), finalTax: rs(8_430), slab: { tax: rs(60_000) } });
    expect(a.regimes.normal.tax).toEqual(rs(1_118_800));
    expect(a.regimes.final_154a.why.at(-1)!.key).toBe('tax.why.final.rest_normal');
  });

  it('uses the latest rules for a year the data does not cover yet, and says so', () => {
    const a = assess(situation({ taxYear: 2027, exportIncome: rs(3_372_000) }));
    expect(a.rulesYear).toBe(2026);
    expect(a.taxYear).toBe(2027);
    expect(a.notes).toEqual([{ key: 'tax.note.rules_assumed', params: { year: 2027, rules_year: 2026 } }]);
    expect(a.regimes.final_154a.tax).toEqual(rs(8_430));
    expect(rulesApplying(2024)).toMatchObject({ rules: { taxYear: 2025 }, assumed: true });
    expect(rulesApplying(2025)).toMatchObject({ rules: { taxYear: 2025 }, assumed: false });
  });

  it('lists each source once, with the tax-year convention, the slabs and the 154A rule', () => {
    const a = estimate({ taxYear: 2026, income: rs(3_372_000), source: 'export_it', pseb: true, filer: true });
    const keys = a.sources.map((s) => `${s.url} ${s.title}`);
    expect(new Set(keys).size).toBe(keys.length);
    const urls = a.sources.map((s) => s.url);
    expect(urls).toContain('https://vialtopartners.com/regional-alerts/pakistan-employment-tax-finance-bill-2025-26-summary');
    expect(urls).toContain('https://ihtishamlaw.devblinks.com/?p=934');
    expect(urls).toContain('https://pehel.com/en/article/psha-wants-025-tax-regime-retained-for-it-exporters-genuine-freelancers-m1jw7s');
    expect(a.sources.find((s) => s.url.includes('pehel.com'))!.confidence).toBe('unconfirmed');
  });

  it('refuses amounts that are not rupees or are negative', () => {
    expect(() => assess(situation({ exportIncome: money(100n, 'USD') }))).toThrow(RangeError);
    expect(() => assess(situation({ localIncome: rs(-1) }))).toThrow(RangeError);
  });
});

// --- Steps --------------------------------------------------------------------------------------------

describe('the steps that lower the tax', () => {
  const income = rs(3_372_000);
  it('for an unregistered non-filer: filing saves the most, PSEB the rest, and the savings add up', () => {
    const s = situation({ exportIncome: income, psebRegistered: false, filer: false });
    const steps = stepsToLowerTax(s);
    expect(steps.map((x) => [x.id, x.done, x.saves])).toEqual([
      ['file_return', false, rs(718_800 - 33_720)],
      ['pseb', false, rs(33_720 - 8_430)],
      ['bank_channel', true, zero],
    ]);
    expect(steps[0]!.source.confidence).toBe('confirmed');
    expect(steps[2]!.source.confidence).toBe('unconfirmed');
  });

  it('for a registered filer: each step done, and what each keeps saving', () => {
    const steps = stepsToLowerTax(situation({ exportIncome: income }));
    expect(steps.map((x) => [x.id, x.done, x.saves])).toEqual([
      ['file_return', true, rs(718_800 - 8_430)],
      ['pseb', true, rs(33_720 - 8_430)],
      ['bank_channel', true, rs(718_800 - 8_430)],
    ]);
  });

  it('for proceeds outside a bank: the bank step brings the final tax back', () => {
    const steps = stepsToLowerTax(situation({ exportIncome: income, throughBank: false }));
    expect(steps.find((x) => x.id === 'bank_channel')).toMatchObject({ done: false, saves: rs(718_800 - 8_430) });
  });

  it('has no steps without export proceeds', () => {
    expect(stepsToLowerTax(situation({ localIncome: income, filer: false }))).toEqual([]);
  });
});

// --- Deadlines and ATL effects ---------------------------------------------------------------------

describe('the next return deadline', () => {
  it('is 30 September of the year the tax year ends in, counted in Pakistan', () => {
    expect(nextReturnDeadline(new Date('2025-08-01T00:00:00+05:00'))).toMatchObject({ taxYear: 2025, due: '2025-09-30', daysLeft: 60, oftenExtended: true, assumed: false });
    expect(nextReturnDeadline(new Date('2026-09-30T23:59:00+05:00'))).toMatchObject({ taxYear: 2026, due: '2026-09-30', daysLeft: 0 });
    // 30 September 19:00 UTC is already 1 October in Pakistan.
    expect(nextReturnDeadline(new Date('2026-09-30T19:00:00Z'))).toMatchObject({ taxYear: 2027, due: '2027-09-30', assumed: true });
    expect(nextReturnDeadline(new Date('2026-12-05T12:00:00+05:00'))).toMatchObject({ taxYear: 2027, due: '2027-09-30', daysLeft: 299 });
    expect(nextReturnDeadline(new Date('2026-01-15T12:00:00+05:00')).source.url).toContain('tax.net.pk');
  });
});

describe('tax years', () => {
  it('run July to June in Pakistan and are named by the year they end in', () => {
    expect(taxYearOf(new Date('2025-06-30T23:59:59+05:00'))).toBe(2025);
    expect(taxYearOf(new Date('2025-07-01T00:00:00+05:00'))).toBe(2026);
    expect(taxYearOf(new Date('2025-06-30T19:00:00Z'))).toBe(2026);
    expect(taxYearBounds(2026)).toEqual({ start: new Date('2025-07-01T00:00:00+05:00'), end: new Date('2026-07-01T00:00:00+05:00') });
  });
});

describe('cash withdrawals by non-filers (s.231AB)', () => {
  it('cost a non-filer 0.6% (TY2025) or 1% (TY2026, unconfirmed) above Rs 50,000 a day, and a filer nothing', () => {
    expect(cashWithdrawalTax(R(2025), rs(100_000), false)).toEqual(rs(600));
    expect(cashWithdrawalTax(R(2026), rs(100_000), false)).toEqual(rs(1_000));
    expect(cashWithdrawalTax(R(2026), rs(50_000), false)).toEqual(zero);
    expect(cashWithdrawalTax(R(2026), rs(100_000), true)).toEqual(zero);
  });
});

// --- What the calculator and the API accept --------------------------------------------------------

describe('an income as typed', () => {
  it.each([
    ['3372000', rs(3_372_000)],
    ['3,372,000', rs(3_372_000)],
    ['33,72,000', rs(3_372_000)],
    ['Rs 3,372,000.50', rs(3_372_000, 50)],
    ['PKR 1000', rs(1_000)],
    ['۳۳۷۲۰۰۰', rs(3_372_000)],
    ['0', zero],
    ['10000000000', rs(10_000_000_000)],
  ])('reads %j', (text, value) => {
    expect(parseIncome(text)).toEqual({ ok: true, value });
  });
  it.each([
    ['', 'field.required'],
    ['abc', 'field.money_invalid'],
    ['12e5', 'field.money_invalid'],
    ['-5', 'field.money_negative'],
    ['Rs -5', 'field.money_negative'],
    ['10.555', 'field.money_decimals'],
    ['10000000000.01', 'field.tax_income_too_large'],
    ['9'.repeat(41), 'field.money_invalid'],
  ])('refuses %j', (text, key) => {
    const r = parseIncome(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.key).toBe(key);
  });
});

describe('the estimate query', () => {
  const ok = { tax_year: '2026', income: '3372000', source: 'export_it', pseb: 'true', filer: 'false' };
  it('reads all five parameters', () => {
    expect(estimateQuery.parse(ok)).toEqual({ taxYear: 2026, income: rs(3_372_000), source: 'export_it', pseb: true, filer: false });
  });
  it('refuses each bad parameter with a message on it', () => {
    const r = estimateQuery.safeParse({ tax_year: '2030', income: '-1', source: 'abroad', pseb: 'yes' });
    expect(r.success).toBe(false);
    const byPath = Object.fromEntries(r.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byPath.tax_year).toBe('field.tax_year_not_covered');
    expect(byPath.income).toBe('field.money_negative');
    expect(byPath.source).toBe('field.choose');
    expect(byPath.pseb).toBe('field.choose');
    expect(byPath.filer).toBeDefined();
  });
});

// --- Properties ---------------------------------------------------------------------------------------

const paisa = fc.bigInt({ min: 0n, max: 10_000_000_000n * 100n });
const pkr = (p: bigint): Money => money(p, 'PKR');

describe('properties over many incomes', () => {
  it('tax never decreases as income rises, in every table and with the surcharge', () => {
    fc.assert(
      fc.property(paisa, paisa, fc.constantFrom(...TAX_RULES), (a, b, rules) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        for (const table of [rules.normalSlabs.value, rules.salariedSlabs.value]) {
          expect(slabTax(table, pkr(lo)).amount <= slabTax(table, pkr(hi)).amount).toBe(true);
          expect(slabTax(table, pkr(lo), 'paisa').amount <= slabTax(table, pkr(hi), 'paisa').amount).toBe(true);
        }
        expect(slabPart(rules, pkr(lo), zero).tax.amount <= slabPart(rules, pkr(hi), zero).tax.amount).toBe(true);
        expect(slabPart(rules, pkr(lo), pkr(lo)).tax.amount <= slabPart(rules, pkr(hi), pkr(hi)).tax.amount).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('the effective rate never exceeds the marginal rate', () => {
    fc.assert(
      fc.property(paisa, fc.constantFrom(...TAX_RULES), fc.boolean(), (p, rules, salaried) => {
        const part = slabPart(rules, pkr(p), salaried ? pkr(p) : zero);
        // tax / income <= marginal / 10,000, without division.
        expect(part.tax.amount * 10_000n <= p * BigInt(Math.round(part.marginalRateBp))).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('a PSEB-registered exporter never pays more than an unregistered one', () => {
    fc.assert(
      fc.property(paisa, paisa, paisa, fc.boolean(), fc.boolean(), fc.constantFrom(2025, 2026), (exp, local, salary, filer, bank, taxYear) => {
        const base = situation({ taxYear, exportIncome: pkr(exp), localIncome: pkr(local / 10n), salary: pkr(salary / 10n), filer, throughBank: bank });
        const reg = assess({ ...base, psebRegistered: true });
        const unreg = assess({ ...base, psebRegistered: false });
        expect(reg.regimes.final_154a.tax.amount <= unreg.regimes.final_154a.tax.amount).toBe(true);
        expect(taxDue({ ...base, psebRegistered: true }).amount <= taxDue({ ...base, psebRegistered: false }).amount).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });

  it('the recommended regime is the cheapest open to the person, and the normal slabs are always open', () => {
    fc.assert(
      fc.property(paisa, paisa, fc.boolean(), fc.boolean(), fc.option(fc.boolean(), { nil: undefined }), (exp, local, pseb, filer, salesTax) => {
        const a = assess(situation({ exportIncome: pkr(exp), localIncome: pkr(local / 100n), psebRegistered: pseb, filer, salesTaxReturns: salesTax }));
        expect(a.regimes.normal.applies).toBe(true);
        const open = (['final_154a', 'normal'] as const).filter((r) => a.regimes[r].applies);
        for (const r of open) expect(a.regimes[a.recommended].tax.amount <= a.regimes[r].tax.amount).toBe(true);
        expect(a.regimes[a.recommended].applies).toBe(true);
        expect(a.income.amount).toBe(exp + local / 100n);
      }),
      { numRuns: 1_000 },
    );
  });

  it('no step saves a negative amount, and the steps to do save exactly the gap to doing them all', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10_000_000_000n * 100n }), fc.boolean(), fc.boolean(), fc.boolean(), (exp, pseb, filer, bank) => {
        const s = situation({ exportIncome: pkr(exp), psebRegistered: pseb, filer, throughBank: bank });
        const steps = stepsToLowerTax(s);
        for (const step of steps) expect(step.saves.amount >= 0n).toBe(true);
        const todo = steps.filter((x) => !x.done).reduce((acc, x) => acc + x.saves.amount, 0n);
        const allDone = taxDue({ ...s, psebRegistered: true, filer: true, throughBank: true });
        expect(todo).toBe(taxDue(s).amount - allDone.amount);
      }),
      { numRuns: 500 },
    );
  });

  it('every amount is a whole number of rupees', () => {
    fc.assert(
      fc.property(paisa, fc.constantFrom<'export_it' | 'local'>('export_it', 'local'), fc.boolean(), fc.boolean(), (p, source, pseb, filer) => {
        const a = estimate({ taxYear: 2026, income: pkr(p), source, pseb, filer });
        for (const r of Object.values(a.regimes)) expect(r.tax.amount % 100n).toBe(0n);
      }),
      { numRuns: 500 },
    );
  });
});
