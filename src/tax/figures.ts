// A freelancer's earnings in a tax year, read from the ledger: what the assistant (/tax) and the year
// statements (src/statements) show, and the income the tax estimate uses.
//
// - Earned: every credit to the freelancer's pending earnings (src/ledger, account kind
//   freelancer_pending) by the transactions that pay for work: an order completed (escrow_release),
//   a week of hours billed (hourly_bill) and a dispute decided (dispute_settlement). Each one comes
//   from exactly one order's escrow, which says whose order it was.
// - Fees: Hunar's fee on the freelancer's side of those orders (orders.freelancer_fee_minor, which
//   a bill or a split decision rewrites to what was actually charged); gross = earned + fees.
// - Referral fees (a job passed on, src/referrals): the fee leaves the pending earnings of the
//   freelancer who did the work and reaches those of the one who passed the job on; it counts as
//   less income for the first and as income for the second, export or local by the order's client.
// - Refunds: credits to a client's wallet out of the escrow of the freelancer's orders (a refund,
//   the client's part of a dispute or of an hourly week). Not income; shown so the year adds up.
// - Source: export when the order's client is outside Pakistan (profiles.country), local otherwise.
// - PKR: each credit at the USD→PKR rate in force on its day in Asia/Karachi (src/fx: the newest
//   rate effective on or before that day; before the first recorded rate, the first one), rounded to
//   the paisa per credit, so the lines add up to the totals exactly.
// Months and the year's bounds are in Asia/Karachi (taxYearBounds).
import { sql } from 'kysely';
import type { Executor } from '../db/pool.ts';
import { type Currency, CURRENCIES, type Money, money } from '../platform/money.ts';
import { type TaxYear, taxYearBounds } from './domain.ts';

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

/** The transactions that pay a freelancer for work. */
const PAYING = sql.raw(`'{escrow_release,hourly_bill,dispute_settlement}'::text[]`);
/** The transactions that can give a client money back out of an order's escrow. */
const RETURNING = sql.raw(`'{escrow_refund,dispute_settlement,hourly_bill}'::text[]`);

/** The rupees of `amount` (minor units of `currency`) at the rate in force on `at`'s day in Karachi; qualified column names. */
const pkrOf = (amount: string, currency: string, at: string) =>
  sql.raw(`CASE WHEN ${currency} = 'PKR' THEN ${amount} ELSE round(${amount} * coalesce(
      (SELECT r.rate::numeric FROM fx_rates r WHERE r.from_currency = ${currency} AND r.to_currency = 'PKR'
         AND r.effective_on <= (${at} AT TIME ZONE 'Asia/Karachi')::date
       ORDER BY r.effective_on DESC, r.created_at DESC, r.id DESC LIMIT 1),
      (SELECT r.rate::numeric FROM fx_rates r WHERE r.from_currency = ${currency} AND r.to_currency = 'PKR'
       ORDER BY r.effective_on, r.created_at, r.id LIMIT 1)))::bigint END`);

interface Row {
  month: string;
  currency: Currency;
  source: IncomeSource;
  earned: string;
  fees: string;
  pkr: string;
  refunds: string;
}

export async function yearIncome(db: Executor, userId: string, taxYear: TaxYear): Promise<YearIncome> {
  const { start, end } = taxYearBounds(taxYear);
  const { rows } = await sql<Row>`
    WITH credits AS (
      SELECT e.amount, e.currency, e.created_at, o.freelancer_fee_minor AS fee,
             CASE WHEN coalesce(p.country, 'PK') = 'PK' THEN 'local' ELSE 'export' END AS source
      FROM ledger_accounts a
      JOIN ledger_entries e ON e.account_id = a.id AND e.amount > 0
      JOIN ledger_transactions t ON t.id = e.transaction_id AND t.kind = ANY (${PAYING})
      -- The order whose escrow paid it (a transaction has one entry per leg: take the first).
      JOIN LATERAL (
        SELECT ea.ref_id FROM ledger_entries ee JOIN ledger_accounts ea ON ea.id = ee.account_id AND ea.kind = 'escrow'
        WHERE ee.transaction_id = t.id AND ee.amount < 0 LIMIT 1) AS paid_from ON true
      JOIN orders o ON o.id = paid_from.ref_id
      LEFT JOIN profiles p ON p.user_id = o.client_id
      WHERE a.kind = 'freelancer_pending' AND a.owner_id = ${userId}
        AND e.created_at >= ${start} AND e.created_at < ${end}
    ), referral_fees AS (
      -- A job passed on (src/referrals): the fee moves between two freelancers' pending earnings. The
      -- one who did the work earned that much less; the one who passed the job on earned it.
      SELECT e.amount, e.currency, e.created_at, 0::bigint AS fee,
             CASE WHEN coalesce(p.country, 'PK') = 'PK' THEN 'local' ELSE 'export' END AS source
      FROM ledger_accounts a
      JOIN ledger_entries e ON e.account_id = a.id
      JOIN ledger_transactions t ON t.id = e.transaction_id AND t.kind = 'referral_fee'
      JOIN referral_fees rf ON rf.ledger_transaction_id = t.id
      JOIN orders o ON o.id = rf.order_id
      LEFT JOIN profiles p ON p.user_id = o.client_id
      WHERE a.kind = 'freelancer_pending' AND a.owner_id = ${userId}
        AND e.created_at >= ${start} AND e.created_at < ${end}
    ), refunds AS (
      SELECT e.amount, e.currency, e.created_at,
             CASE WHEN coalesce(p.country, 'PK') = 'PK' THEN 'local' ELSE 'export' END AS source
      FROM orders o
      JOIN ledger_accounts ea ON ea.kind = 'escrow' AND ea.ref_id = o.id
      -- Each transaction that took money out of the order's escrow, once.
      JOIN LATERAL (SELECT DISTINCT ee.transaction_id FROM ledger_entries ee WHERE ee.account_id = ea.id AND ee.amount < 0) AS out ON true
      JOIN ledger_transactions t ON t.id = out.transaction_id AND t.kind = ANY (${RETURNING})
      JOIN ledger_entries e ON e.transaction_id = t.id AND e.amount > 0
      JOIN ledger_accounts ca ON ca.id = e.account_id AND ca.kind = 'client_wallet'
      LEFT JOIN profiles p ON p.user_id = o.client_id
      WHERE o.freelancer_id = ${userId}
        AND e.created_at >= ${start} AND e.created_at < ${end}
    ), lines AS (
      SELECT to_char(c.created_at AT TIME ZONE 'Asia/Karachi', 'YYYY-MM') AS month, c.currency, c.source,
             c.amount AS earned, c.fee AS fees, ${pkrOf('c.amount', 'c.currency', 'c.created_at')} AS pkr, 0::bigint AS refunds
      FROM credits c
      UNION ALL
      SELECT to_char(x.created_at AT TIME ZONE 'Asia/Karachi', 'YYYY-MM'), x.currency, x.source,
             x.amount, 0, ${pkrOf('x.amount', 'x.currency', 'x.created_at')}, 0
      FROM referral_fees x
      UNION ALL
      SELECT to_char(created_at AT TIME ZONE 'Asia/Karachi', 'YYYY-MM'), currency, source, 0, 0, 0, amount
      FROM refunds
    )
    SELECT month, currency, source, sum(earned)::text AS earned, sum(fees)::text AS fees, sum(pkr)::text AS pkr, sum(refunds)::text AS refunds
    FROM lines GROUP BY month, currency, source ORDER BY month, currency, source`.execute(db);

  const lines: IncomeLine[] = rows.map((r) => {
    const earned = BigInt(r.earned);
    const fees = BigInt(r.fees);
    return {
      month: r.month,
      currency: r.currency,
      source: r.source,
      gross: money(earned + fees, r.currency),
      fees: money(fees, r.currency),
      earned: money(earned, r.currency),
      pkr: money(BigInt(r.pkr), 'PKR'),
      refunds: money(BigInt(r.refunds), r.currency),
    };
  });
  const sum = (xs: readonly IncomeLine[], pick: (l: IncomeLine) => Money) => xs.reduce((s, l) => s + pick(l).amount, 0n);
  const byCurrency = CURRENCIES.flatMap((currency) => {
    const mine = lines.filter((l) => l.currency === currency);
    if (mine.length === 0) return [];
    return [
      {
        currency,
        gross: money(sum(mine, (l) => l.gross), currency),
        fees: money(sum(mine, (l) => l.fees), currency),
        earned: money(sum(mine, (l) => l.earned), currency),
        pkr: money(sum(mine, (l) => l.pkr), 'PKR'),
        refunds: money(sum(mine, (l) => l.refunds), currency),
      },
    ];
  });
  const exportPkr = sum(
    lines.filter((l) => l.source === 'export'),
    (l) => l.pkr,
  );
  const localPkr = sum(
    lines.filter((l) => l.source === 'local'),
    (l) => l.pkr,
  );
  return { taxYear, lines, byCurrency, exportPkr: money(exportPkr, 'PKR'), localPkr: money(localPkr, 'PKR'), totalPkr: money(exportPkr + localPkr, 'PKR') };
}
