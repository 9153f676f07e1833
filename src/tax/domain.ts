// What a freelancer's tax comes to under each regime, from the rules in rules.ts (dated data cited
// from ../shared/reference/tax-pakistan.md). Pure: no I/O, no clock (dates are passed in).
//
// Invariants (asserted in domain.test.ts, with fast-check where they range over incomes):
// - tax is worked out exactly (in ten-thousandths of a paisa, then with the surcharge in
//   hundred-millionths) and rounded once, to the whole rupee, half to even (divideHalfEven in
//   money.ts): returns and challans are in whole rupees, and one rounding cannot drift;
// - tax under a slab table never decreases as income rises, and never exceeds income × the marginal
//   rate (so the effective rate never exceeds the marginal rate);
// - the final tax is never more for a PSEB-registered exporter than for an unregistered one;
// - the recommended regime is the cheaper of those whose conditions are met as things stand (the
//   normal slabs are always available: the final tax is an option taken each year when filing);
// - a step that lowers tax never saves a negative amount.
import { z } from 'zod';
import { divideHalfEven, formatMoney, fromMajor, type Money, money, percentOf } from '../platform/money.ts';
import { asciiDigits } from '../platform/text.ts';
import { type Band, type Condition154A, COVERED_TAX_YEARS, type Rule, type SlabTable, TAX_RULES, TAX_YEAR_SOURCE, type TaxYearRules } from './rules.ts';

/** A tax year named by the year it ends: 2026 is TY2026, 1 July 2025 – 30 June 2026 (Asia/Karachi). */
export type TaxYear = number;

/** How sure the reference is of a rule: shown beside every figure. */
export type Confidence = 'confirmed' | 'reported' | 'unconfirmed';

export interface Source {
  /** The reference's title for it, as written there. */
  title: string;
  url: string;
  /** When it was published or last checked (YYYY-MM-DD or a year), as the reference gives it. */
  date: string;
  confidence: Confidence;
}

/** What the person's situation is, for an estimate over a whole year. All amounts in PKR. */
export interface Situation {
  taxYear: TaxYear;
  /** IT/ITeS export proceeds (foreign clients, through a bank). */
  exportIncome: Money;
  /** Income from Pakistani clients. */
  localIncome: Money;
  /** A yearly salary, when they draw one (0 otherwise). */
  salary: Money;
  psebRegistered: boolean;
  filer: boolean;
  /**
   * Export proceeds arrive through a Pakistani bank with a PRC carrying the IT purpose code. Absent:
   * assumed so (it is how Hunar pays out foreign earnings); false: the final tax does not apply.
   */
  throughBank?: boolean | undefined;
  /**
   * Files the provincial sales-tax returns the law requires of them (a condition of the 1% route that
   * PSEB registration waives; our reading, unconfirmed). Absent: unknown, assumed met and said so.
   */
  salesTaxReturns?: boolean | undefined;
}

export type RegimeName = 'final_154a' | 'normal';

/** A sentence's message key with its parameters; amounts arrive already written (rupees()). */
export interface Why {
  key: string;
  params?: Record<string, string | number>;
}

/** The part of a regime's tax worked out under the slabs. */
export interface SlabPart {
  /** The income the slabs are applied to. */
  income: Money;
  table: 'normal' | 'salaried';
  /** Slab tax with the surcharge, when there is one. */
  tax: Money;
  /** The s.4AB surcharge included in `tax` (zero below its threshold). */
  surcharge: Money;
  /** The top band's rate, surcharge included (4950 = 49.5%). */
  marginalRateBp: number;
}

export interface RegimeEstimate {
  tax: Money;
  /** The final tax's rate in basis points (25 = 0.25%); absent for the normal regime. */
  rateBp?: number;
  /** Whether the person meets this regime's conditions as their profile stands. */
  applies: boolean;
  /** Message keys (with params) saying why, in the reader's language through t(). */
  why: Why[];
  /** The final tax on export proceeds (final regime only). */
  finalTax?: Money;
  /** What is taxed under the slabs: everything (normal), or income other than export proceeds (final). */
  slab?: SlabPart;
  /** Conditions of the final tax not met as things stand (final regime only). */
  unmet?: Condition154A[];
}

export interface Assessment {
  taxYear: TaxYear;
  income: Money;
  regimes: Record<RegimeName, RegimeEstimate>;
  recommended: RegimeName;
  sources: Source[];
  /** The tax year whose rules were used: the same as taxYear unless the rules do not cover it yet. */
  rulesYear: TaxYear;
  /** Why the recommended regime is the one recommended. */
  recommendation: Why[];
  /** Notes on the whole estimate (rules of another year used, ...). */
  notes: Why[];
}

// --- Tax years -------------------------------------------------------------------------------------

const KARACHI_OFFSET_MS = 5 * 3_600_000;

/** The tax year a moment falls in (July–June, Asia/Karachi). */
export function taxYearOf(at: Date): TaxYear {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Karachi', year: 'numeric', month: 'numeric' }).formatToParts(at);
  const year = Number(parts.find((p) => p.type === 'year')!.value);
  const month = Number(parts.find((p) => p.type === 'month')!.value);
  return month >= 7 ? year + 1 : year;
}

/** The first instant of the tax year and the first instant after it (Asia/Karachi is UTC+5, no DST). */
export function taxYearBounds(year: TaxYear): { start: Date; end: Date } {
  return { start: new Date(Date.UTC(year - 1, 6, 1) - KARACHI_OFFSET_MS), end: new Date(Date.UTC(year, 6, 1) - KARACHI_OFFSET_MS) };
}

/** The calendar day of a moment in Pakistan (YYYY-MM-DD). */
export const karachiDay = (at: Date): string => new Date(at.getTime() + KARACHI_OFFSET_MS).toISOString().slice(0, 10);

export { COVERED_TAX_YEARS, TAX_YEAR_SOURCE };

/** The rules of a tax year, when they are in rules.ts. */
export function rulesFor(taxYear: TaxYear): TaxYearRules | undefined {
  return TAX_RULES.find((r) => r.taxYear === taxYear);
}

/**
 * The rules an estimate for a tax year uses: its own, or (for a year the data does not cover yet)
 * the latest year before it — the earliest for a year before them all — with `assumed` set, so the
 * page can say so. The API refuses uncovered years instead (estimateQuery).
 */
export function rulesApplying(taxYear: TaxYear): { rules: TaxYearRules; assumed: boolean } {
  const own = rulesFor(taxYear);
  if (own) return { rules: own, assumed: false };
  const earlier = TAX_RULES.filter((r) => r.taxYear < taxYear);
  return { rules: earlier.length ? earlier[earlier.length - 1]! : TAX_RULES[0]!, assumed: true };
}

// --- Slabs -----------------------------------------------------------------------------------------

const P4 = 10_000n; // exact tax is kept in ten-thousandths of a paisa: paisa × basis points
const PAISA_PER_RUPEE = 100n;

function pkr(m: Money, what: string): bigint {
  if (m.currency !== 'PKR') throw new RangeError(`${what} must be in PKR, got ${m.currency}`);
  if (m.amount < 0n) throw new RangeError(`${what} cannot be negative`);
  return m.amount;
}

/** The band an income (in paisa) falls in: the last whose start it is above (a boundary belongs to the band below). */
function bandAt(table: SlabTable, paisa: bigint): Band {
  let band = table[0]!;
  for (const b of table) if (paisa > b.over * PAISA_PER_RUPEE) band = b;
  return band;
}

/** Exact tax under a table, in ten-thousandths of a paisa. */
function exactSlabTax(table: SlabTable, paisa: bigint): bigint {
  const b = bandAt(table, paisa);
  return b.base * PAISA_PER_RUPEE * P4 + BigInt(b.rateBp) * (paisa - b.over * PAISA_PER_RUPEE);
}

/** A value in 1/`per` paisa, rounded half-even to the whole rupee, as Money. */
function toRupee(value: bigint, per: bigint): Money {
  return money(divideHalfEven(value, per * PAISA_PER_RUPEE) * PAISA_PER_RUPEE, 'PKR');
}

/** A value in 1/`per` paisa, rounded half-even to the paisa. */
function toPaisa(value: bigint, per: bigint): Money {
  return money(divideHalfEven(value, per), 'PKR');
}

export type Rounding = 'rupee' | 'paisa';

/** Tax under one slab table, without any surcharge; rounded to the rupee (the estimates) or the paisa. */
export function slabTax(table: SlabTable, income: Money, rounding: Rounding = 'rupee'): Money {
  const exact = exactSlabTax(table, pkr(income, 'income'));
  return rounding === 'rupee' ? toRupee(exact, P4) : toPaisa(exact, P4);
}

/** The rate of the band an income falls in, in basis points. */
export function marginalRateBp(table: SlabTable, income: Money): number {
  return bandAt(table, pkr(income, 'income')).rateBp;
}

/** "Salary is more than 75% of taxable income" (ref §(b)): the salaried slabs apply. */
export function isSalaried(rules: TaxYearRules, salary: Money, taxable: Money): boolean {
  return pkr(salary, 'salary') * 10_000n > BigInt(rules.salariedShare.value.overBp) * pkr(taxable, 'taxable income');
}

/** Slab tax on `income` with the surcharge, under the table a person with this salary falls in. */
export function slabPart(rules: TaxYearRules, income: Money, salary: Money): SlabPart {
  const paisa = pkr(income, 'income');
  const salaried = isSalaried(rules, salary, income);
  const table = salaried ? rules.salariedSlabs.value : rules.normalSlabs.value;
  const exact = exactSlabTax(table, paisa);
  const s = rules.surcharge.value;
  const surchargeBp = s.applied && paisa > s.overRupees * PAISA_PER_RUPEE ? BigInt(s.rateBp) : 0n;
  // One rounding of the whole: the surcharge is the rounded total less the rounded tax before it.
  const tax = toRupee(exact * (10_000n + surchargeBp), P4 * 10_000n);
  const before = toRupee(exact, P4);
  return {
    income,
    table: salaried ? 'salaried' : 'normal',
    tax,
    surcharge: money(tax.amount - before.amount, 'PKR'),
    marginalRateBp: (bandAt(table, paisa).rateBp * (10_000 + Number(surchargeBp))) / 10_000,
  };
}

/** The s.154A final tax on export proceeds at a rate; to the rupee for a year, to the paisa for one remittance. */
export function finalTax154a(proceeds: Money, rateBp: number, rounding: Rounding = 'rupee'): Money {
  const exact = pkr(proceeds, 'proceeds') * BigInt(rateBp);
  return rounding === 'rupee' ? toRupee(exact, P4) : toPaisa(exact, P4);
}

/** s.231AB: what a bank deducts from a day's cash withdrawals; nothing for a person on the ATL. */
export function cashWithdrawalTax(rules: TaxYearRules, dayTotal: Money, filer: boolean): Money {
  const c = rules.atl.cashWithdrawal.value;
  if (filer || pkr(dayTotal, 'withdrawal') <= c.overRupees * PAISA_PER_RUPEE) return money(0n, 'PKR');
  return percentOf(dayTotal, c.nonFilerRateBp);
}

// --- Words -------------------------------------------------------------------------------------------

/** "0.25%", "15%", "49.5%": the same in English and Urdu. */
export const percentLabel = (bp: number): string => `${bp / 100}%`;

/**
 * An amount for a sentence's parameter, the same in both languages (en-PK and ur-PK print rupees
 * alike). The Urdu messages isolate such placeholders left to right (src/tax/messages.ts), so API
 * answers in English carry no invisible characters.
 */
export const rupees = (m: Money): string => formatMoney('en', m);

const rupeesOf = (n: bigint) => rupees(money(n * PAISA_PER_RUPEE, 'PKR'));

// --- Both regimes for a year ----------------------------------------------------------------------

const add = (a: Money, b: Money) => money(a.amount + b.amount, 'PKR');

function sourcesOf(...rules: (Rule<unknown> | undefined)[]): Source[] {
  const out: Source[] = [];
  for (const r of rules) {
    if (!r) continue;
    for (const s of [r.source, ...(r.also ?? [])]) if (!out.some((o) => o.url === s.url && o.title === s.title)) out.push(s);
  }
  return out;
}

/** Both regimes for a person's year, which one costs them less of those open to them, and why. */
export function assess(situation: Situation): Assessment {
  const { rules, assumed } = rulesApplying(situation.taxYear);
  const exp = money(pkr(situation.exportIncome, 'export income'), 'PKR');
  const other = add(money(pkr(situation.localIncome, 'local income'), 'PKR'), money(pkr(situation.salary, 'salary'), 'PKR'));
  const income = add(exp, other);
  const hasExport = exp.amount > 0n;
  const year = situation.taxYear;

  // Normal regime: everything under the slabs.
  const normalSlab = slabPart(rules, income, situation.salary);
  const normalWhy: Why[] = [
    normalSlab.table === 'salaried'
      ? { key: 'tax.why.normal.salaried', params: { share: percentLabel(rules.salariedShare.value.overBp), rate: percentLabel(normalSlab.marginalRateBp) } }
      : { key: 'tax.why.normal.non_salaried', params: { rate: percentLabel(normalSlab.marginalRateBp) } },
  ];
  const table = normalSlab.table === 'salaried' ? rules.salariedSlabs.value : rules.normalSlabs.value;
  const firstTaxed = table.find((b) => b.rateBp > 0);
  if (firstTaxed && income.amount <= firstTaxed.over * PAISA_PER_RUPEE) normalWhy.push({ key: 'tax.why.normal.zero', params: { threshold: rupeesOf(firstTaxed.over) } });
  const surchargeRule = rules.surcharge;
  if (normalSlab.surcharge.amount > 0n) {
    normalWhy.push({ key: 'tax.why.normal.surcharge', params: { threshold: rupeesOf(surchargeRule.value.overRupees), rate: percentLabel(surchargeRule.value.rateBp) } });
    if (surchargeRule.source.confidence === 'unconfirmed') normalWhy.push({ key: 'tax.why.normal.surcharge_unconfirmed', params: { year } });
  }
  normalWhy.push({ key: 'tax.why.normal.no_expenses' });
  if (hasExport) normalWhy.push({ key: 'tax.why.normal.bank_deduction' });

  // Final regime: export proceeds at the 154A rate, the rest under the slabs.
  const rateBp = situation.psebRegistered ? rules.final154a.value.psebRateBp : rules.final154a.value.otherRateBp;
  const finalTax = finalTax154a(exp, rateBp);
  const finalSlab = slabPart(rules, other, situation.salary);
  const finalTotal = add(finalTax, finalSlab.tax);
  const unmet: Condition154A[] = [];
  if (!situation.filer) unmet.push('return_filed');
  if (!situation.psebRegistered && situation.salesTaxReturns === false) unmet.push('sales_tax_returns');
  if (situation.throughBank === false) unmet.push('through_bank');
  const finalApplies = hasExport && unmet.length === 0;
  const finalWhy: Why[] = [];
  if (!hasExport) finalWhy.push({ key: 'tax.why.final.no_export' });
  else {
    const rates = { rate: percentLabel(rateBp), pseb_rate: percentLabel(rules.final154a.value.psebRateBp) };
    finalWhy.push({ key: situation.psebRegistered ? 'tax.why.final.rate_pseb' : 'tax.why.final.rate_other', params: rates });
    if (rules.final154a.source.confidence === 'unconfirmed') finalWhy.push({ key: 'tax.why.final.rate_unconfirmed', params: { year } });
    finalWhy.push({ key: situation.filer ? 'tax.why.final.filer' : 'tax.why.final.not_filer' });
    finalWhy.push(situation.throughBank === false ? { key: 'tax.why.final.no_bank' } : { key: 'tax.why.final.bank', params: { code: rules.itPurposeCode.value } });
    if (!situation.psebRegistered) finalWhy.push({ key: situation.salesTaxReturns === false ? 'tax.why.final.sales_tax_missing' : 'tax.why.final.sales_tax' });
    finalWhy.push({ key: 'tax.why.final.conditions' });
    finalWhy.push({ key: 'tax.why.final.not_doubled' });
    if (other.amount > 0n) finalWhy.push({ key: 'tax.why.final.rest_normal', params: { amount: rupees(other) } });
  }

  // The cheaper of what is open to them; on a tie the normal slabs, which need no conditions.
  const recommended: RegimeName = finalApplies && finalTotal.amount < normalSlab.tax.amount ? 'final_154a' : 'normal';
  const difference = money(normalSlab.tax.amount - finalTotal.amount, 'PKR');
  const recommendation: Why[] = !hasExport
    ? [{ key: 'tax.recommend.normal_local' }]
    : recommended === 'final_154a'
      ? [{ key: 'tax.recommend.final', params: { saving: rupees(difference) } }]
      : difference.amount <= 0n
        ? [{ key: 'tax.recommend.normal_cheaper' }]
        : [{ key: 'tax.recommend.normal_only', params: { extra: rupees(difference) } }];

  const notes: Why[] = assumed ? [{ key: 'tax.note.rules_assumed', params: { year, rules_year: rules.taxYear } }] : [];
  const conditionRules = hasExport ? rules.conditions154a.map((c) => c.rule) : [];
  const usesSalaried = normalSlab.table === 'salaried' || finalSlab.table === 'salaried';
  return {
    taxYear: year,
    income,
    regimes: {
      final_154a: { tax: finalTotal, rateBp, applies: finalApplies, why: finalWhy, finalTax, slab: finalSlab, unmet: hasExport ? unmet : [] },
      normal: { tax: normalSlab.tax, applies: true, why: normalWhy, slab: normalSlab },
    },
    recommended,
    recommendation,
    notes,
    rulesYear: rules.taxYear,
    sources: sourcesOf(
      { value: null, source: TAX_YEAR_SOURCE },
      rules.normalSlabs,
      usesSalaried ? rules.salariedSlabs : undefined,
      usesSalaried ? rules.salariedShare : undefined,
      rules.final154a,
      ...conditionRules,
      hasExport ? rules.itPurposeCode : undefined,
      hasExport ? rules.atl.final154aNotDoubled : undefined,
      normalSlab.surcharge.amount > 0n || finalSlab.surcharge.amount > 0n ? rules.surcharge : undefined,
    ),
  };
}

/** What the API and the what-if calculator are asked: one income, from clients abroad or at home. */
export interface EstimateInput {
  taxYear: TaxYear;
  income: Money;
  source: 'export_it' | 'local';
  pseb: boolean;
  filer: boolean;
}

/** Both regimes for one income and nothing else (no salary, no other income). */
export function estimate(input: EstimateInput): Assessment {
  const zero = money(0n, 'PKR');
  return assess({
    taxYear: input.taxYear,
    exportIncome: input.source === 'export_it' ? input.income : zero,
    localIncome: input.source === 'local' ? input.income : zero,
    salary: zero,
    psebRegistered: input.pseb,
    filer: input.filer,
  });
}

// --- Steps that lower the tax ------------------------------------------------------------------------

export type StepId = 'file_return' | 'pseb' | 'bank_channel';
export const STEP_ORDER: readonly StepId[] = ['file_return', 'pseb', 'bank_channel'];

export interface TaxStep {
  id: StepId;
  /** Already done as the profile stands (the bank channel is assumed unless said otherwise). */
  done: boolean;
  /**
   * Not done: what doing it saves a year, after the steps before it in STEP_ORDER (so the savings of
   * the steps to do add up to the whole). Done: what it keeps saving (the tax without it, less now).
   */
  saves: Money;
  source: Source;
}

const isDone = (s: Situation, id: StepId): boolean => (id === 'file_return' ? s.filer : id === 'pseb' ? s.psebRegistered : s.throughBank !== false);
const withStep = (s: Situation, id: StepId, done: boolean): Situation =>
  id === 'file_return' ? { ...s, filer: done } : id === 'pseb' ? { ...s, psebRegistered: done } : { ...s, throughBank: done };

/** What the person pays under the regime recommended to them. */
export function taxDue(s: Situation): Money {
  const a = assess(s);
  return a.regimes[a.recommended].tax;
}

/** Filing, PSEB registration, a bank with the IT purpose code: what each saves. None without export proceeds. */
export function stepsToLowerTax(s: Situation): TaxStep[] {
  if (pkr(s.exportIncome, 'export income') === 0n) return [];
  const { rules } = rulesApplying(s.taxYear);
  const sourceOf: Record<StepId, Source> = {
    file_return: rules.conditions154a.find((c) => c.id === 'return_filed')!.rule.source,
    pseb: rules.final154a.source,
    bank_channel: rules.itPurposeCode.source,
  };
  const now = taxDue(s).amount;
  let state = s;
  return STEP_ORDER.map((id) => {
    if (isDone(s, id)) return { id, done: true, saves: money(taxDue(withStep(s, id, false)).amount - now, 'PKR'), source: sourceOf[id] };
    const next = withStep(state, id, true);
    const saves = taxDue(state).amount - taxDue(next).amount;
    state = next;
    return { id, done: false, saves: money(saves, 'PKR'), source: sourceOf[id] };
  });
}

// --- The return deadline -------------------------------------------------------------------------------

export interface Deadline {
  /** The tax year whose return is due. */
  taxYear: TaxYear;
  /** YYYY-MM-DD. */
  due: string;
  /** Whole days from the day asked to the due day (0 on the day). */
  daysLeft: number;
  oftenExtended: boolean;
  source: Source;
  /** The year's own rules do not say: the latest year's deadline is assumed. */
  assumed: boolean;
}

const dueDay = (year: TaxYear, r: TaxYearRules) => `${year}-${String(r.returnDeadline.value.month).padStart(2, '0')}-${String(r.returnDeadline.value.day).padStart(2, '0')}`;

/** The next return deadline on or after a moment's day in Pakistan: the return for tax year N is due in N. */
export function nextReturnDeadline(at: Date): Deadline {
  const today = karachiDay(at);
  const year = Number(today.slice(0, 4));
  for (const taxYear of [year, year + 1]) {
    const { rules, assumed } = rulesApplying(taxYear);
    const due = dueDay(taxYear, rules);
    if (due >= today) {
      const daysLeft = Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
      return { taxYear, due, daysLeft, oftenExtended: rules.returnDeadline.value.oftenExtended, source: rules.returnDeadline.source, assumed };
    }
  }
  throw new Error('unreachable: a deadline falls in every calendar year');
}

// --- What the API and the calculator are asked --------------------------------------------------------

/** The largest yearly income an estimate accepts: Rs 10 billion, far above any freelancer, a guard against typos and nonsense. */
export const MAX_INCOME = money(10_000_000_000n * PAISA_PER_RUPEE, 'PKR');

export type IncomeResult = { ok: true; value: Money } | { ok: false; key: string; params?: Record<string, string> };

/**
 * A yearly income in rupees as a person or a program writes it: "3372000", "3,372,000.50",
 * "Rs 3,372,000", "۳۳۷۲۰۰۰". Refuses letters, negative amounts, fractions of a paisa and amounts
 * above MAX_INCOME, each with a field message key.
 */
export function parseIncome(input: string): IncomeResult {
  let s = asciiDigits(input.normalize('NFKC')).replace(/\s/g, '');
  if (s === '') return { ok: false, key: 'field.required' };
  if (s.length > 40) return { ok: false, key: 'field.money_invalid' };
  const negative = /^[-\u2212]/.test(s);
  if (negative) s = s.slice(1);
  s = s.replace(/^(?:rs\.?|pkr)/i, '').replace(/(?:rs\.?|pkr|روپے)$/i, '');
  if (/^[-\u2212]/.test(s)) return { ok: false, key: 'field.money_negative' };
  s = s.replace(/[,\u066C\u060C]/g, '').replace(/\u066B/g, '.');
  const m = /^(\d+)(?:\.(\d*))?$/.exec(s) ?? /^()\.(\d+)$/.exec(s);
  if (!m) return { ok: false, key: 'field.money_invalid' };
  const frac = (m[2] ?? '').replace(/0+$/, '');
  if (frac.length > 2) return { ok: false, key: 'field.money_decimals' };
  const value = fromMajor(frac ? `${m[1] || '0'}.${frac}` : m[1] || '0', 'PKR');
  if (negative && value.amount !== 0n) return { ok: false, key: 'field.money_negative' };
  if (value.amount > MAX_INCOME.amount) return { ok: false, key: 'field.tax_income_too_large', params: { max: rupees(MAX_INCOME) } };
  return { ok: true, value };
}

const issue = (ctx: z.RefinementCtx, key: string, input: string, params: Record<string, string> = {}) => {
  ctx.issues.push({ code: 'custom', message: key, params, input, continue: true });
  return z.NEVER;
};

const yesNo = z.enum(['true', 'false'], { error: 'field.choose' }).transform((v) => v === 'true');

/**
 * GET /api/v1/tax/estimate's query, and the /tax calculator's: every parameter required, each
 * refusal a field message on its own parameter.
 */
export const estimateQuery = z
  .object({
    tax_year: z.string({ error: 'field.required' }).transform((v, ctx) => {
      const year = /^\d{4}$/.test(v.trim()) ? Number(v.trim()) : Number.NaN;
      return COVERED_TAX_YEARS.includes(year) ? year : issue(ctx, 'field.tax_year_not_covered', v, { years: COVERED_TAX_YEARS.join(', ') });
    }),
    income: z.string({ error: 'field.required' }).transform((v, ctx) => {
      const r = parseIncome(v);
      return r.ok ? r.value : issue(ctx, r.key, v, r.params);
    }),
    source: z.enum(['export_it', 'local'], { error: 'field.choose' }),
    pseb: yesNo,
    filer: yesNo,
  })
  .transform((v): EstimateInput => ({ taxYear: v.tax_year, income: v.income, source: v.source, pseb: v.pseb, filer: v.filer }));
