// CONTRACT STUB (coordinator, issue 19): a freelancer's earnings in a tax year, read from the
// ledger. The coordinator replaces the body with the real query; the names and types are the contract
// the assistant (/tax) and the year statements use.
import type { Executor } from '../db/pool.ts';
import type { Currency, Money } from '../platform/money.ts';
import type { TaxYear } from './domain.ts';

/** Clients abroad (export proceeds) or in Pakistan (local income), by the client's country. */
export type IncomeSource = 'export' | 'local';

/** One month's earnings in one currency from one kind of client. */
export interface IncomeLine {
  /** YYYY-MM in Asia/Karachi. */
  month: string;
  currency: Currency;
  source: IncomeSource;
  /** Before Hunar's fee: what the clients paid for the work. */
  gross: Money;
  /** Hunar's fee on the freelancer's side. */
  fees: Money;
  /** Credited to the freelancer (gross − fees): what the ledger holds, the income the estimate uses. */
  earned: Money;
  /** The earned amount in rupees, each credit at the USD→PKR rate in force on its day. */
  pkr: Money;
  /** Money of their orders returned to clients (refunds, the client's part of a dispute or a week). */
  refunds: Money;
}

export interface YearIncome {
  taxYear: TaxYear;
  lines: IncomeLine[];
  /** Per currency over the year: gross, fees, earned, pkr, refunds. */
  byCurrency: { currency: Currency; gross: Money; fees: Money; earned: Money; pkr: Money; refunds: Money }[];
  exportPkr: Money;
  localPkr: Money;
  totalPkr: Money;
}

export async function yearIncome(_db: Executor, _userId: string, taxYear: TaxYear): Promise<YearIncome> {
  const zero = { amount: 0n, currency: 'PKR' as const };
  return { taxYear, lines: [], byCurrency: [], exportPkr: zero, localPkr: zero, totalPkr: zero };
}
