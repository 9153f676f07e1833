// Year statements: a freelancer's tax year as the ledger saw it, frozen when issued
// (docs/decisions/0055). Pure: no I/O.
//
// Invariants (domain.test.ts, statements.int.test.ts):
// - a statement's figures are written once, as JSON, when it is issued, and read back exactly
//   (amounts as decimal strings of minor units, never floats): what a bank checked stays what it is;
// - its totals are sums of its own lines, per currency, to the paisa; PKR totals are the sums of
//   the lines' PKR equivalents, each converted once by the ledger query (src/tax/figures.ts);
// - a statement is issued only for a tax year the person had activity in, up to the current one.
import { z } from 'zod';
import type { PayoutChannel } from '../payouts/domain.ts';
import { PAYOUT_CHANNELS } from '../payouts/domain.ts';
import { CURRENCIES, type Currency, type Money, money } from '../platform/money.ts';
import type { Assessment, Confidence, RegimeName, Source, TaxYear } from '../tax/domain.ts';
import type { IncomeLine, IncomeSource, YearIncome } from '../tax/figures.ts';

/** At most this many statements per person and tax year (a new one each time earnings change is plenty). */
export const STATEMENTS_PER_YEAR = 10;

export interface WithdrawalLine {
  reference: string;
  channel: PayoutChannel;
  /** The destination as receipts show it (last digits). */
  masked: string;
  amount: Money;
  fee: Money;
  /** What left the platform: amount − fee. */
  net: Money;
  paidAt: Date;
  bankReference: string | null;
  /** Foreign-currency payouts: the remittance record and whether the bank's PRC is attached. */
  prc: { number: string | null; attached: boolean; purposeCode: string; payerCountry: string } | null;
}

export interface ChannelTotal {
  channel: PayoutChannel;
  currency: Currency;
  count: number;
  amount: Money;
  fee: Money;
  net: Money;
}

export interface StatementFigures {
  v: 1;
  taxYear: TaxYear;
  /** The tax year's first instant and the first instant after it. */
  period: { start: Date; end: Date };
  /** When the figures were read (the statement's issue): a year still running is shown up to here. */
  asOf: Date;
  holder: { name: string; ntn: string | null };
  income: YearIncome;
  withdrawals: WithdrawalLine[];
  estimate: {
    regimes: Assessment['regimes'];
    recommended: RegimeName;
    /** What the estimate assumed about the person, as their tax profile stood. */
    assumed: { psebRegistered: boolean; filer: boolean; salary: Money };
    /** The tax year whose rules were applied, when the year's own are not in src/tax/rules.ts yet. */
    rulesYear?: TaxYear;
  };
  sources: Source[];
}

// --- Frozen as JSON -------------------------------------------------------------------------------

/** The figures as stored in tax_statements.figures: bigints as decimal strings, dates as ISO text. */
export function figuresToJson(f: StatementFigures): string {
  return JSON.stringify(f, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
}

const currency = z.enum(CURRENCIES);
const moneyJson = z.object({ amount: z.string().regex(/^-?\d{1,30}$/), currency }).transform((m): Money => money(BigInt(m.amount), m.currency));
const pkrJson = z.object({ amount: z.string().regex(/^-?\d{1,30}$/), currency: z.literal('PKR') }).transform((m) => ({ amount: BigInt(m.amount), currency: 'PKR' as const }));
const date = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
const lineJson = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  currency,
  source: z.enum(['export', 'local'] as const satisfies readonly IncomeSource[]),
  gross: moneyJson,
  fees: moneyJson,
  earned: moneyJson,
  pkr: moneyJson,
  refunds: moneyJson,
});
const why = z.array(z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() }));
const regime = z.object({ tax: moneyJson, rateBp: z.number().optional(), applies: z.boolean(), why });
const confidence = z.enum(['confirmed', 'reported', 'unconfirmed'] as const satisfies readonly Confidence[]);

const figuresJson = z.object({
  v: z.literal(1),
  taxYear: z.number().int(),
  period: z.object({ start: date, end: date }),
  asOf: date,
  holder: z.object({ name: z.string(), ntn: z.string().nullable() }),
  income: z.object({
    taxYear: z.number().int(),
    lines: z.array(lineJson),
    byCurrency: z.array(z.object({ currency, gross: moneyJson, fees: moneyJson, earned: moneyJson, pkr: moneyJson, refunds: moneyJson })),
    exportPkr: pkrJson,
    localPkr: pkrJson,
    totalPkr: pkrJson,
  }),
  withdrawals: z.array(
    z.object({
      reference: z.string(),
      channel: z.enum(PAYOUT_CHANNELS),
      masked: z.string(),
      amount: moneyJson,
      fee: moneyJson,
      net: moneyJson,
      paidAt: date,
      bankReference: z.string().nullable(),
      prc: z.object({ number: z.string().nullable(), attached: z.boolean(), purposeCode: z.string(), payerCountry: z.string() }).nullable(),
    }),
  ),
  estimate: z.object({
    regimes: z.object({ final_154a: regime, normal: regime }),
    recommended: z.enum(['final_154a', 'normal'] as const satisfies readonly RegimeName[]),
    assumed: z.object({ psebRegistered: z.boolean(), filer: z.boolean(), salary: moneyJson }),
    rulesYear: z.number().int().optional(),
  }),
  sources: z.array(z.object({ title: z.string(), url: z.string(), date: z.string(), confidence })),
});

/** The stored figures, read back (the column holds what figuresToJson wrote). */
export function figuresFromJson(stored: unknown): StatementFigures {
  return figuresJson.parse(typeof stored === 'string' ? JSON.parse(stored) : stored) as StatementFigures;
}

// --- Totals ---------------------------------------------------------------------------------------

const sumBy = <T>(items: readonly T[], cur: Currency, pick: (t: T) => Money): Money =>
  money(
    items.reduce((s, t) => {
      const m = pick(t);
      return m.currency === cur ? s + m.amount : s;
    }, 0n),
    cur,
  );

export interface CurrencyTotals {
  currency: Currency;
  gross: Money;
  fees: Money;
  earned: Money;
  pkr: Money;
  refunds: Money;
}

/** Earnings per currency, summed from the statement's own month lines (currencies with none left out). */
export function earningsTotals(lines: readonly IncomeLine[]): CurrencyTotals[] {
  return CURRENCIES.filter((c) => lines.some((l) => l.currency === c)).map((c) => {
    const mine = lines.filter((l) => l.currency === c);
    return { currency: c, gross: sumBy(mine, c, (l) => l.gross), fees: sumBy(mine, c, (l) => l.fees), earned: sumBy(mine, c, (l) => l.earned), pkr: sumBy(mine, 'PKR', (l) => l.pkr), refunds: sumBy(mine, c, (l) => l.refunds) };
  });
}

/** Withdrawals per channel and currency, in the order channels are listed everywhere. */
export function withdrawalTotals(lines: readonly WithdrawalLine[]): ChannelTotal[] {
  const out: ChannelTotal[] = [];
  for (const channel of PAYOUT_CHANNELS) {
    for (const c of CURRENCIES) {
      const mine = lines.filter((w) => w.channel === channel && w.net.currency === c);
      if (mine.length === 0) continue;
      out.push({ channel, currency: c, count: mine.length, amount: sumBy(mine, c, (w) => w.amount), fee: sumBy(mine, c, (w) => w.fee), net: sumBy(mine, c, (w) => w.net) });
    }
  }
  return out;
}

/** What left the platform per currency over the year (the withdrawals' net amounts). */
export function withdrawnTotals(lines: readonly WithdrawalLine[]): Money[] {
  return CURRENCIES.filter((c) => lines.some((w) => w.net.currency === c)).map((c) => sumBy(lines, c, (w) => w.net));
}

// --- Which years --------------------------------------------------------------------------------

/**
 * The tax years a person may ask a statement for: the years they had activity in (credits or paid
 * withdrawals), up to the current one, newest first.
 */
/**
 * The years a statement can be issued for: those with activity, not in the future, and not before the
 * first year whose tax rules Hunar has (src/tax/rules.ts): an estimate on another year's slabs would be
 * wrong. A year after the last one with rules (the one running now) uses the latest rules, and says so.
 */
export function issuableYears(activity: readonly TaxYear[], current: TaxYear, firstCovered: TaxYear): TaxYear[] {
  return [...new Set(activity)].filter((y) => y <= current && y >= firstCovered).sort((a, b) => b - a);
}

/** The request to issue a statement: the tax year, as a form or a JSON body sends it. */
export const issueInput = z.object({
  // A form sends text, JSON a number; an empty field is a missing one.
  tax_year: z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.trim())) : v),
    z.number({ error: 'field.required' }).int({ error: 'field.tax_year' }).min(2000, { error: 'field.tax_year' }).max(2100, { error: 'field.tax_year' }).describe('The tax year, named by the year it ends: 2026 is 1 July 2025 – 30 June 2026'),
  ),
});

/** "TY2026": how a tax year is named on documents, in both languages. */
export const taxYearName = (year: TaxYear): string => `TY${year}`;
