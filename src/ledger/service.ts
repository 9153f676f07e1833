// Writing to the ledger. Use cases that move money call these inside their own database
// transaction (pass `tx`), so the state change (an order funded, a payout requested) and its money
// commit together or not at all:
//
//   const seen = await claimKey(tx, key, fingerprint);     // same key: replay or conflict
//   if (seen) return seen.result as Answer;
//   ... change the order ...
//   await post(tx, deps, { kind, key, fingerprint, actorId, reason, legs, result });
//
// Rules (src/ledger/domain.ts) are checked before writing, and again by the database (0011).
import { type OperationNodeSource, sql } from 'kysely';
import type { Executor, Tx } from '../db/pool.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import type { Currency, Money } from '../platform/money.ts';
import {
  type AccountKind,
  type AccountTotals,
  type CheckResult,
  checkEntries,
  checkLedger,
  type EntryInput,
  idempotencyDecision,
  LedgerInvariantError,
  type TransferKind,
} from './domain.ts';

export interface AccountRef {
  kind: AccountKind;
  /** The person whose money it is (wallets, pending, available). */
  ownerId?: string | null;
  /** What it is for (the order or milestone of an escrow). */
  refId?: string | null;
  currency: Currency;
}

export interface Leg {
  from: AccountRef;
  to: AccountRef;
  amount: Money;
}

/** Hunar's revenue is kept in this many accounts, so that releases do not all queue for one row. */
export const REVENUE_SHARDS = 16;

/**
 * The platform revenue account for money from one order: one of REVENUE_SHARDS accounts (kind
 * platform_revenue, told apart by a fixed reference), picked from the order's id. Revenue is their
 * sum; spreading it lets concurrent releases lock different rows.
 */
export function revenueAccount(currency: Currency, orderId: string): AccountRef {
  const shard = Number.parseInt(orderId.slice(0, 2), 16) % REVENUE_SHARDS || 0;
  return { kind: 'platform_revenue', refId: `00000000-0000-4000-8000-${shard.toString(16).padStart(12, '0')}`, currency };
}

const keyOf = (r: AccountRef) => `${r.kind}|${r.ownerId ?? ''}|${r.refId ?? ''}|${r.currency}`;

/** The ids of these accounts, opening the ones that do not exist yet. */
export async function accountIds(tx: Executor, deps: Pick<Deps, 'clock'>, refs: readonly AccountRef[]): Promise<Map<string, string>> {
  const wanted = new Map(refs.map((r) => [keyOf(r), r]));
  const out = new Map<string, string>();
  const find = async () => {
    const rows = await tx
      .selectFrom('ledger_accounts')
      .select(['id', 'kind', 'owner_id', 'ref_id', 'currency'])
      .where((eb) =>
        eb.or(
          [...wanted.values()].map((r) =>
            eb.and([
              eb('kind', '=', r.kind),
              r.ownerId ? eb('owner_id', '=', r.ownerId) : eb('owner_id', 'is', null),
              r.refId ? eb('ref_id', '=', r.refId) : eb('ref_id', 'is', null),
              eb('currency', '=', r.currency),
            ]),
          ),
        ),
      )
      .execute();
    for (const row of rows) out.set(keyOf({ kind: row.kind, ownerId: row.owner_id, refId: row.ref_id, currency: row.currency }), row.id);
  };
  await find();
  const missing = [...wanted].filter(([k]) => !out.has(k)).map(([, r]) => r);
  if (missing.length) {
    const now = deps.clock.now();
    await tx
      .insertInto('ledger_accounts')
      .values(missing.map((r) => ({ kind: r.kind, owner_id: r.ownerId ?? null, ref_id: r.refId ?? null, currency: r.currency, created_at: now })))
      // Any unique conflict: another transaction opened it at the same moment (0021_ledger_account_identity.ts).
      .onConflict((oc) => oc.doNothing())
      .execute();
    await find();
  }
  return out;
}

/**
 * Serialises requests that share an idempotency key (a transaction-scoped advisory lock), then says
 * whether the key was used: null when it is new; the first answer when the same request was
 * applied before; a 409 conflict when the key was used for a different request. One round trip:
 * `ledger_claim_key()` (0027_ledger_claim_key.ts) takes the lock and then looks the key up with a
 * snapshot taken after the lock, so a request that waited for its twin sees the twin's transaction.
 */
export async function claimKey(tx: Tx, key: string, fingerprint: string): Promise<Claimed | null> {
  const { rows } = await sql<ClaimRow>`SELECT id, fingerprint, result FROM ledger_claim_key(${key})`.execute(tx);
  return settleClaim(rows[0]!, fingerprint);
}

/** What `ledger_claim_key()` says about a key: the transaction recorded under it, or nulls. */
export interface ClaimRow {
  id: string | null;
  fingerprint: string | null;
  result: unknown;
}

export interface Claimed {
  result: unknown;
  transactionId: string;
}

/** A claimed key's outcome: null to apply the request, the first answer to replay it, or a 409. */
export function settleClaim(row: ClaimRow, fingerprint: string): Claimed | null {
  const stored = row.id === null ? undefined : { id: row.id, fingerprint: row.fingerprint ?? '', result: row.result };
  const decision = idempotencyDecision(stored, fingerprint);
  if (decision === 'conflict') throw new AppError('idempotency.conflict');
  return decision === 'replay' && stored ? { result: stored.result, transactionId: stored.id } : null;
}

export interface PostInput {
  kind: TransferKind;
  key: string;
  fingerprint: string;
  actorId: string | null;
  reason: string;
  legs: readonly Leg[];
  /** The use case's answer, returned again to a replay of the same request. */
  result?: unknown;
  fxRate?: string;
}

/**
 * Writes one ledger transaction: its record, the balance changes (accounts locked in id order, so
 * concurrent transfers cannot deadlock), and the entries with their running balances. A balance
 * that would go below zero where it may not is refused (ledger.insufficient_funds) and, since the
 * caller's transaction then rolls back, changes nothing.
 *
 * `alongside`: the caller's own writes that go with this money (an order's new state and its event),
 * sent in the same statement as data-modifying CTEs, so a money move costs one round trip. They must
 * not touch ledger tables; they run whole or, with the statement, not at all.
 */
export async function post(tx: Tx, deps: Pick<Deps, 'clock'>, input: PostInput, alongside: readonly OperationNodeSource[] = []): Promise<string> {
  // The rules, checked here before anything is written (a broken one is a bug, not user input)...
  const entries: EntryInput[] = input.legs.flatMap((l) => {
    if (l.from.currency !== l.amount.currency || l.to.currency !== l.amount.currency) throw new LedgerInvariantError('a leg moves money between accounts of its own currency');
    if (l.amount.amount <= 0n) throw new LedgerInvariantError('a leg must move a positive amount');
    return [
      { accountId: keyOf(l.from), amount: -l.amount.amount, currency: l.amount.currency },
      { accountId: keyOf(l.to), amount: l.amount.amount, currency: l.amount.currency },
    ];
  });
  checkEntries(entries);
  // ...then one call does the writing (0017_ledger_post.ts): accounts opened as needed, balances
  // updated in id order, entries with running balances; the database enforces the rules again.
  const ref = (r: AccountRef) => ({ kind: r.kind, owner: r.ownerId ?? null, ref: r.refId ?? null, currency: r.currency });
  const legs = input.legs.map((l) => ({ from: ref(l.from), to: ref(l.to), amount: l.amount.amount.toString() }));
  try {
    const ctes = alongside.length ? sql`WITH ${sql.join(alongside.map((q, i) => sql`${sql.raw(`alongside_${i}`)} AS (${q})`))} ` : sql``;
    const { rows } = await sql<{ id: string }>`
      ${ctes}SELECT ledger_post(${input.kind}, ${input.key}, ${input.fingerprint}, ${input.actorId}::uuid, ${input.reason},
        ${JSON.stringify(input.result ?? {})}::jsonb, ${input.fxRate ?? null}, ${JSON.stringify(legs)}::jsonb, ${deps.clock.now()}) AS id`.execute(tx);
    return rows[0]!.id;
  } catch (e) {
    if ((e as { constraint?: string }).constraint === 'ledger_accounts_non_negative') throw new AppError('ledger.insufficient_funds');
    throw e;
  }
}

/** The balance of one account (0 when it was never opened). */
export async function balanceOf(db: Executor, ref: AccountRef): Promise<bigint> {
  let q = db.selectFrom('ledger_accounts').select('balance').where('kind', '=', ref.kind).where('currency', '=', ref.currency);
  q = ref.ownerId ? q.where('owner_id', '=', ref.ownerId) : q.where('owner_id', 'is', null);
  q = ref.refId ? q.where('ref_id', '=', ref.refId) : q.where('ref_id', 'is', null);
  const row = await q.executeTakeFirst();
  return row ? BigInt(row.balance) : 0n;
}

/** Recomputes every balance from the entries and checks every invariant (`npm run ledger:check`). */
export async function checkWholeLedger(db: Executor): Promise<{ results: CheckResult[]; counts: { accounts: number; transactions: number; entries: number } }> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (tx) => {
      // One snapshot for every query, so a check run beside a live app sees one consistent ledger.
      const accounts = await sql<{ id: string; kind: AccountKind; currency: Currency; balance: string; from_entries: string }>`
        SELECT a.id, a.kind, a.currency, a.balance, coalesce(sum(e.amount), 0) AS from_entries
        FROM ledger_accounts a LEFT JOIN ledger_entries e ON e.account_id = a.id
        GROUP BY a.id`.execute(tx);
      const unbalanced = await sql<{ id: string; currency: Currency; total: string }>`
        SELECT transaction_id AS id, currency, sum(amount) AS total FROM ledger_entries GROUP BY transaction_id, currency HAVING sum(amount) <> 0`.execute(tx);
      const counts = await sql<{ transactions: string; entries: string }>`
        SELECT (SELECT count(*) FROM ledger_transactions) AS transactions, (SELECT count(*) FROM ledger_entries) AS entries`.execute(tx);
      const totals: AccountTotals[] = accounts.rows.map((a) => ({ id: a.id, kind: a.kind, currency: a.currency, stored: BigInt(a.balance), fromEntries: BigInt(a.from_entries) }));
      return {
        results: checkLedger(
          totals,
          unbalanced.rows.map((u) => ({ id: u.id, currency: u.currency, sum: BigInt(u.total) })),
        ),
        counts: { accounts: totals.length, transactions: Number(counts.rows[0]?.transactions ?? 0), entries: Number(counts.rows[0]?.entries ?? 0) },
      };
    });
}
