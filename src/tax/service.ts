// The tax assistant's use cases: a public estimate for one income (the API and the /tax calculator),
// and a signed-in freelancer's own tax year, from the ledger (figures.ts) and their tax profile.
import type { Actor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import { money, toInputString } from '../platform/money.ts';
import { psebRegisteredOn, type TaxProfileFacts, taxProfileFacts } from '../tax-profile/service.ts';
import {
  type Assessment,
  assess,
  COVERED_TAX_YEARS,
  type Deadline,
  type EstimateInput,
  estimate,
  estimateQuery,
  karachiDay,
  nextReturnDeadline,
  type Situation,
  stepsToLowerTax,
  taxYearBounds,
  type TaxStep,
  type TaxYear,
  taxYearOf,
} from './domain.ts';
import { type YearIncome, yearIncome } from './figures.ts';
import { prcCoverage } from '../remittances/service.ts';

/** The query of GET /api/v1/tax/estimate and of the calculator; validation.failed with a message per parameter. */
export function readEstimateQuery(query: unknown): EstimateInput {
  return parseWith(estimateQuery, query);
}

/** Both regimes for one income (public: no person, no data read). */
export function estimateTax(query: unknown): Assessment {
  return estimate(readEstimateQuery(query));
}

/** The tax years a freelancer may look at on /tax: this one, and the one before (whose return may still be due). */
export function viewableTaxYears(now: Date): TaxYear[] {
  const current = taxYearOf(now);
  return [current, current - 1];
}

export interface MyTaxYear {
  taxYear: TaxYear;
  income: YearIncome;
  /** Null until they fill in their tax profile. */
  facts: TaxProfileFacts | null;
  /** Registered with PSEB today (a number and an expiry not yet passed). */
  psebToday: boolean;
  situation: Situation;
  assessment: Assessment;
  steps: TaxStep[];
  /** Their dollar payouts of earnings this tax year, and how many have the bank's PRC (src/remittances). */
  prcs: { payouts: number; withPrc: number };
  /** When the figures were read. */
  asOf: Date;
}

/**
 * A freelancer's own tax year: their earnings from the ledger (in rupees at the rate of each day),
 * their profile's facts, both regimes, and the steps that would lower the tax. Only their own.
 */
export async function myTaxYear(deps: Pick<Deps, 'db' | 'clock'>, actor: Actor, taxYear?: TaxYear): Promise<MyTaxYear> {
  if (!actor.isFreelancer) throw new AppError('auth.forbidden');
  const now = deps.clock.now();
  const year = taxYear ?? taxYearOf(now);
  if (!viewableTaxYears(now).includes(year)) throw new AppError('validation.failed', {}, { year: { key: 'tax.year.invalid' } });
  const bounds = taxYearBounds(year);
  const [income, facts, prcs] = await Promise.all([yearIncome(deps.db, actor.userId, year), taxProfileFacts(deps.db, actor.userId), prcCoverage(deps.db, actor.userId, bounds.start, bounds.end)]);
  const psebToday = psebRegisteredOn(facts, karachiDay(now));
  const situation: Situation = {
    taxYear: year,
    exportIncome: income.exportPkr,
    localIncome: income.localPkr,
    salary: facts?.hasSalary && facts.salary ? facts.salary : money(0n, 'PKR'),
    psebRegistered: psebToday,
    filer: facts?.filer ?? false,
  };
  return { taxYear: year, income, facts, psebToday, situation, assessment: assess(situation), steps: stepsToLowerTax(situation), prcs, asOf: now };
}

/** The next return deadline, for everyone. */
export function nextDeadline(deps: Pick<Deps, 'clock'>): Deadline {
  return nextReturnDeadline(deps.clock.now());
}

/**
 * What the calculator's form starts with: the latest tax year the rules cover (up to the current
 * one), and for a freelancer their own year's income and profile, so "what if" starts from them.
 */
export function calculatorDefaults(now: Date, mine: MyTaxYear | null): Record<string, string> {
  const current = taxYearOf(now);
  const covered = COVERED_TAX_YEARS.filter((y) => y <= current);
  const year = mine && COVERED_TAX_YEARS.includes(mine.taxYear) ? mine.taxYear : (covered.at(-1) ?? COVERED_TAX_YEARS.at(-1)!);
  const out: Record<string, string> = { tax_year: String(year), income: '', source: 'export_it', pseb: 'false', filer: 'false' };
  if (mine) {
    const s = mine.situation;
    const exported = s.exportIncome.amount > 0n || s.localIncome.amount === 0n;
    const amount = exported ? s.exportIncome : s.localIncome;
    // Whole rupees: what a person would type.
    out.income = amount.amount > 0n ? toInputString(money((amount.amount / 100n) * 100n, 'PKR')) : '';
    out.source = exported ? 'export_it' : 'local';
    out.pseb = String(s.psebRegistered);
    out.filer = String(s.filer);
  }
  return out;
}
