// CONTRACT STUB (coordinator, issue 19). The tax-core helper replaces the bodies with the real rules
// (src/tax/rules.ts as dated data, ../shared/reference/tax-pakistan.md); the exported names and
// types below are what the other modules (statements, tax profile, remittances) rely on.
import type { Money } from '../platform/money.ts';

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
}

export type RegimeName = 'final_154a' | 'normal';

export interface RegimeEstimate {
  tax: Money;
  /** The final tax's rate in basis points (25 = 0.25%); absent for the normal regime. */
  rateBp?: number;
  /** Whether the person meets this regime's conditions as their profile stands. */
  applies: boolean;
  /** Message keys (with params) saying why, in the reader's language through t(). */
  why: { key: string; params?: Record<string, string | number> }[];
}

export interface Assessment {
  taxYear: TaxYear;
  income: Money;
  regimes: Record<RegimeName, RegimeEstimate>;
  recommended: RegimeName;
  sources: Source[];
}

/** The tax year a moment falls in (July–June, Asia/Karachi). */
export function taxYearOf(at: Date): TaxYear {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Karachi', year: 'numeric', month: 'numeric' }).formatToParts(at);
  const year = Number(parts.find((p) => p.type === 'year')!.value);
  const month = Number(parts.find((p) => p.type === 'month')!.value);
  return month >= 7 ? year + 1 : year;
}

/** The first instant of the tax year and the first instant after it (Asia/Karachi is UTC+5, no DST). */
export function taxYearBounds(year: TaxYear): { start: Date; end: Date } {
  return { start: new Date(Date.UTC(year - 1, 6, 1) - 5 * 3_600_000), end: new Date(Date.UTC(year, 6, 1) - 5 * 3_600_000) };
}

/** Both regimes for a person's year (STUB: the tax-core helper implements it). */
export function assess(situation: Situation): Assessment {
  const zero = { amount: 0n, currency: 'PKR' as const };
  const income = { amount: situation.exportIncome.amount + situation.localIncome.amount, currency: 'PKR' as const };
  return { taxYear: situation.taxYear, income, regimes: { final_154a: { tax: zero, rateBp: 25, applies: false, why: [] }, normal: { tax: zero, applies: true, why: [] } }, recommended: 'normal', sources: [] };
}
