// The double-entry ledger's rules, with no I/O. Every movement of money — payment in, escrow
// funding, release, fee, refund, FX conversion, payout — is one transaction of entries.
//
// Invariants (asserted here where breaking them would lose money, and in domain.test.ts):
// - a transaction has at least two entries, none zero, and its entries sum to zero in every
//   currency;
// - an account holds one currency; the kinds in NON_NEGATIVE never go below zero (the database
//   enforces this again with a CHECK on the stored balance);
// - over the whole ledger, for each currency: money in (−payment clearing) = the balances held on
//   the platform + money out (payouts sent); FX moves value between currencies only through the FX
//   account, at a recorded rate;
// - a request is applied once per idempotency key: the same key with the same request returns the
//   first result; the same key with a different request is a conflict.
import { createHash } from 'node:crypto';
import { type Currency, CURRENCIES, type Money } from '../platform/money.ts';

export const ACCOUNT_KINDS = [
  /** A client's prepaid money, per currency. */
  'client_wallet',
  /** Money held for one order or milestone until it is released or refunded. */
  'escrow',
  /** A freelancer's earnings inside the hold period (7 days by default). */
  'freelancer_pending',
  /** A freelancer's earnings they may withdraw. */
  'freelancer_available',
  /** Hunar's fees. */
  'platform_revenue',
  /** The other side of money arriving from a payment provider: its balance is minus all money in. */
  'payment_clearing',
  /** Withdrawals on their way out (in a payout batch, not yet confirmed paid). */
  'payout_clearing',
  /** Money that has left the platform (payouts confirmed paid): its balance is all money out. */
  'payout_sent',
  /** The other side of currency conversions, per currency. */
  'fx',
  /** An association's own money (dues paid in), ref_id = the association (src/associations, migration 0060). */
  'association',
  /** The operator's pool that pays referral rewards (src/referrals): funded by the operator, no reward when empty. */
  'promotions',
] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/** Accounts that hold someone's money: never below zero. */
export const NON_NEGATIVE: ReadonlySet<AccountKind> = new Set([
  'client_wallet',
  'escrow',
  'freelancer_pending',
  'freelancer_available',
  'platform_revenue',
  'payout_clearing',
  'payout_sent',
  'association',
  'promotions',
]);

export const TRANSFER_KINDS = [
  'payment_in',
  'escrow_fund',
  'escrow_release',
  'escrow_refund',
  'fee',
  'hold_clear',
  'fx_convert',
  'payout_request',
  'payout_paid',
  'payout_failed',
  'payout_cancelled',
  'hourly_bill',
  /** An admin's decision on a dispute: the escrow divided (src/disputes, decision 0051). */
  'dispute_settlement',
  /** A learner pays for a course from their Hunar balance (src/academy, decision 0056). */
  'course_enrolment',
  /** Mentoring sessions (src/mentorship, decision 0059): paid into the booking's escrow, then released to the mentor or refunded. */
  'mentorship_fund',
  'mentorship_release',
  'mentorship_refund',
  /** Community (issue 21): dues into an association's account; the operator funding the promotions pool; a referral reward from it; a job-referral fee from a completed order's earnings; a co-working desk paid, released to the space, or refunded. */
  'association_dues',
  'promotions_fund',
  'referral_reward',
  'referral_fee',
  'space_booking',
  'space_release',
  'space_refund',
] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

export interface EntryInput {
  accountId: string;
  /** Signed minor units: positive adds to the account's balance. */
  amount: bigint;
  currency: Currency;
}

export class LedgerInvariantError extends Error {
  constructor(message: string) {
    super(`ledger invariant: ${message}`);
    this.name = 'LedgerInvariantError';
  }
}

/** Checks a transaction before it is written; throws LedgerInvariantError (a bug, never user input). */
export function checkEntries(entries: readonly EntryInput[]): void {
  if (entries.length < 2) throw new LedgerInvariantError('a transaction needs at least two entries');
  const sums = new Map<Currency, bigint>();
  for (const e of entries) {
    if (!CURRENCIES.includes(e.currency)) throw new LedgerInvariantError(`unknown currency ${e.currency}`);
    if (e.amount === 0n) throw new LedgerInvariantError('an entry of zero');
    sums.set(e.currency, (sums.get(e.currency) ?? 0n) + e.amount);
  }
  for (const [currency, sum] of sums) if (sum !== 0n) throw new LedgerInvariantError(`entries sum to ${sum} ${currency}, not zero`);
}

/** A movement of `m` from one account to another, as its two entries. */
export function move(from: string, to: string, m: Money): EntryInput[] {
  if (m.amount <= 0n) throw new LedgerInvariantError('a move must be of a positive amount');
  if (from === to) throw new LedgerInvariantError('a move needs two different accounts');
  return [
    { accountId: from, amount: -m.amount, currency: m.currency },
    { accountId: to, amount: m.amount, currency: m.currency },
  ];
}

/**
 * The accounts a transaction touches, in the one order every transaction locks them (sorted by id),
 * so two transfers over the same accounts can never wait on each other in a cycle.
 */
export function lockOrder(entries: readonly EntryInput[]): string[] {
  return [...new Set(entries.map((e) => e.accountId))].sort();
}

/** How much each account's balance changes, summed per account (an account may appear twice). */
export function balanceChanges(entries: readonly EntryInput[]): Map<string, bigint> {
  const out = new Map<string, bigint>();
  for (const e of entries) out.set(e.accountId, (out.get(e.accountId) ?? 0n) + e.amount);
  return out;
}

// --- Idempotency --------------------------------------------------------------------------------

export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,128}$/;

/** JSON with sorted keys and bigints as strings: equal requests give equal text whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'bigint') return JSON.stringify(value.toString());
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The fingerprint stored with an idempotency key: who asked, for what, with which request. */
export function requestFingerprint(actorId: string, operation: string, request: unknown): string {
  return createHash('sha256').update(`${actorId}\n${operation}\n${canonicalJson(request)}`).digest('hex');
}

/** What to do with a request whose key was seen before: replay the first answer, or refuse. */
export function idempotencyDecision(stored: { fingerprint: string } | undefined, fingerprint: string): 'apply' | 'replay' | 'conflict' {
  if (!stored) return 'apply';
  return stored.fingerprint === fingerprint ? 'replay' : 'conflict';
}

// --- The whole-ledger check (npm run ledger:check) ----------------------------------------------

export interface AccountTotals {
  id: string;
  kind: AccountKind;
  currency: Currency;
  /** The stored (materialised) balance. */
  stored: bigint;
  /** The balance recomputed from the entries. */
  fromEntries: bigint;
}

export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
}

/** Every invariant over the accounts, given their stored and recomputed balances and the per-transaction sums. */
export function checkLedger(accounts: readonly AccountTotals[], unbalancedTransactions: readonly { id: string; currency: Currency; sum: bigint }[]): CheckResult[] {
  const out: CheckResult[] = [];
  const mismatched = accounts.filter((a) => a.stored !== a.fromEntries);
  out.push({
    name: 'stored balances equal the sum of their entries',
    ok: mismatched.length === 0,
    detail: mismatched.length ? mismatched.map((a) => `${a.kind} ${a.id}: stored ${a.stored}, entries ${a.fromEntries} ${a.currency}`).join('; ') : `${accounts.length} accounts`,
  });
  out.push({
    name: 'every transaction sums to zero per currency',
    ok: unbalancedTransactions.length === 0,
    detail: unbalancedTransactions.length ? unbalancedTransactions.map((t) => `${t.id}: ${t.sum} ${t.currency}`).join('; ') : 'none unbalanced',
  });
  const negative = accounts.filter((a) => NON_NEGATIVE.has(a.kind) && (a.stored < 0n || a.fromEntries < 0n));
  out.push({
    name: 'no forbidden negative balance',
    ok: negative.length === 0,
    detail: negative.length ? negative.map((a) => `${a.kind} ${a.id}: ${a.fromEntries} ${a.currency}`).join('; ') : 'none below zero',
  });
  for (const currency of CURRENCIES) {
    const of = (kinds: AccountKind[]) => accounts.filter((a) => a.currency === currency && kinds.includes(a.kind)).reduce((s, a) => s + a.fromEntries, 0n);
    const moneyIn = -of(['payment_clearing']);
    const moneyOut = of(['payout_sent']);
    const held = of(['client_wallet', 'escrow', 'freelancer_pending', 'freelancer_available', 'platform_revenue', 'payout_clearing', 'association', 'promotions']);
    const fx = of(['fx']);
    // FX moves value between currencies: in one currency the FX account holds what it received.
    const ok = moneyIn === held + moneyOut + fx;
    out.push({
      name: `money in = balances + money out (${currency})`,
      ok,
      detail: `in ${moneyIn}, held ${held}, out ${moneyOut}, fx ${fx}`,
    });
  }
  return out;
}
