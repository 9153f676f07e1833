// The wallet: a person's balances by currency, and a statement of every movement on their accounts
// with its running balance, straight from the ledger (src/ledger). Read-only: money moves through
// the use cases that own it (orders, payments, payouts).
import { sql } from 'kysely';
import { z } from 'zod';
import type { AccountKind } from '../ledger/domain.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { parseWith } from '../platform/forms.ts';
import { TIME_ZONE } from '../platform/format.ts';
import { currentTimeZone } from '../platform/time-zone.ts';
import { type Currency, CURRENCIES, type Money, money, toMajorString } from '../platform/money.ts';

/** The accounts that are a person's own money, in the order the wallet shows them. */
export const PERSONAL_KINDS = ['client_wallet', 'freelancer_pending', 'freelancer_available'] as const satisfies readonly AccountKind[];
export type PersonalKind = (typeof PERSONAL_KINDS)[number];

export interface Balance {
  kind: PersonalKind;
  balance: Money;
}

/** Every balance the actor has (zero ones included for the accounts they have opened). */
export async function balances(deps: Deps, actorIn: Actor | null): Promise<Balance[]> {
  const actor = requireActor(actorIn);
  const rows = await deps.db
    .selectFrom('ledger_accounts')
    .select(['kind', 'currency', 'balance'])
    .where('owner_id', '=', actor.userId)
    .where('kind', 'in', PERSONAL_KINDS)
    .execute();
  return rows
    .map((r) => ({ kind: r.kind as PersonalKind, balance: money(BigInt(r.balance), r.currency) }))
    .sort((a, b) => PERSONAL_KINDS.indexOf(a.kind) - PERSONAL_KINDS.indexOf(b.kind) || a.balance.currency.localeCompare(b.balance.currency));
}

const day = z
  .string()
  .optional()
  .transform((v) => (v ?? '').trim())
  .check((ctx) => {
    if (ctx.value !== '' && (!/^\d{4}-\d{2}-\d{2}$/.test(ctx.value) || Number.isNaN(Date.parse(`${ctx.value}T00:00:00Z`)))) ctx.issues.push({ code: 'custom', message: 'field.date', input: ctx.value });
  });

/** The statement's filters, from a query string: from/to as YYYY-MM-DD (days in the reader's time zone), a currency. */
export const statementQuery = z
  .object({
    from: day,
    to: day,
    currency: z
      .enum(['', ...CURRENCIES], { error: 'field.choose' })
      .optional()
      .transform((v): Currency | null => (v ? v : null)),
  })
  .check((ctx) => {
    const { from, to } = ctx.value;
    if (from && to && from > to) ctx.issues.push({ code: 'custom', message: 'field.date_order', path: ['to'], input: to });
  });

export type StatementQuery = z.output<typeof statementQuery>;

export interface StatementLine {
  id: string;
  at: Date;
  account: PersonalKind;
  /** The ledger transaction's kind (payment_in, escrow_fund, ...). */
  kind: string;
  /** The order it concerns, when there is one (HNR-1001). */
  orderNumber: string | null;
  orderId: string | null;
  amount: Money;
  balanceAfter: Money;
}

export const STATEMENT_PAGE_MAX = 500;
export const STATEMENT_CSV_MAX = 20_000;

/** Every movement on the actor's own accounts, newest first, within the filters. */
export async function statement(deps: Deps, actorIn: Actor | null, raw: unknown, limit = STATEMENT_PAGE_MAX): Promise<{ query: StatementQuery; lines: StatementLine[]; more: boolean }> {
  const actor = requireActor(actorIn);
  const query = parseWith(statementQuery, raw);
  let q = deps.db
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_accounts as a', 'a.id', 'e.account_id')
    .innerJoin('ledger_transactions as t', 't.id', 'e.transaction_id')
    .select([
      'e.id',
      'e.created_at',
      'a.kind',
      't.kind as tkind',
      'e.amount',
      'e.currency',
      'e.balance_after',
      // The order behind the movement: the escrow account among the transaction's entries.
      sql<string | null>`(SELECT o.number::text FROM ledger_entries e2 JOIN ledger_accounts a2 ON a2.id = e2.account_id JOIN orders o ON o.id = a2.ref_id
        WHERE e2.transaction_id = e.transaction_id AND a2.kind = 'escrow' LIMIT 1)`.as('order_number'),
      sql<string | null>`(SELECT a2.ref_id::text FROM ledger_entries e2 JOIN ledger_accounts a2 ON a2.id = e2.account_id
        WHERE e2.transaction_id = e.transaction_id AND a2.kind = 'escrow' LIMIT 1)`.as('order_id'),
    ])
    .where('a.owner_id', '=', actor.userId)
    .where('a.kind', 'in', PERSONAL_KINDS);
  // Dates are days where the reader lives: from 00:00 of `from` to the end of `to`, in their zone
  // (the one the page shows times in), Asia/Karachi unless they chose another.
  const zone = actor.timeZone ?? TIME_ZONE;
  if (query.from) q = q.where('e.created_at', '>=', sql<Date>`(${query.from}::date)::timestamp AT TIME ZONE ${zone}`);
  if (query.to) q = q.where('e.created_at', '<', sql<Date>`(${query.to}::date + 1)::timestamp AT TIME ZONE ${zone}`);
  if (query.currency) q = q.where('e.currency', '=', query.currency);
  const rows = await q.orderBy('e.id', 'desc').limit(limit + 1).execute();
  const lines = rows.slice(0, limit).map((r) => {
    // Joins to the same transaction's escrow only make sense for an order's money.
    const orderId = r.order_number ? r.order_id : null;
    return {
      id: String(r.id),
      at: r.created_at,
      account: r.kind as PersonalKind,
      kind: r.tkind,
      orderNumber: r.order_number ? `HNR-${r.order_number}` : null,
      orderId,
      amount: money(BigInt(r.amount), r.currency),
      balanceAfter: money(BigInt(r.balance_after), r.currency),
    };
  });
  return { query, lines, more: rows.length > limit };
}

// --- CSV -----------------------------------------------------------------------------------------

/** A cell as spreadsheets read it safely: quoted, and never a formula (= + - @ tab CR get a leading '). */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Local date-time in the reader's zone as YYYY-MM-DD HH:MM, for the CSV. */
function localStamp(d: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/**
 * The statement as CSV (UTF-8 with a byte-order mark, so spreadsheet programs show Urdu right).
 * Amounts are decimal strings in major units, exact ("1500.00", "-75.00"); labels in the reader's language.
 */
export function statementCsv(lines: readonly StatementLine[], label: (key: string) => string, timeZone = currentTimeZone()): string {
  // The date column names its zone, so the file says which days it means wherever it is opened.
  const header = ['date', 'account', 'movement', 'order', 'amount', 'currency', 'balance'].map((h) => (h === 'date' ? `${label('wallet.csv.date')} (${timeZone})` : label(`wallet.csv.${h}`)));
  const rows = [...lines]
    .reverse()
    .map((l) => [localStamp(l.at, timeZone), label(`wallet.account.${l.account}`), label(`wallet.movement.${l.kind}`), l.orderNumber ?? '', toMajorString(l.amount), l.amount.currency, toMajorString(l.balanceAfter)]);
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
