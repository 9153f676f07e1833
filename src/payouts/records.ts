// Payout methods and withdrawals as the use cases read them: the rows, the views built from them,
// the JSON an API answer carries, the lookups by id every use case shares, and the audit line each
// change writes. Shared by src/payouts/use-cases/*.ts; the public types are re-exported by service.ts.
import type { Executor, Tx } from '../db/pool.ts';
import type { Actor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { type Currency, type Money, money } from '../platform/money.ts';
import { bankOf, maskedDestination, type PayoutChannel, type WithdrawalSource, type WithdrawalStatus, withdrawalReference } from './domain.ts';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface MethodView {
  id: string;
  channel: PayoutChannel;
  /** Where the money goes with all but its end hidden: •••• 6702. */
  masked: string;
  accountTitle: string;
  /** For bank accounts: the bank named by the IBAN's code, or null when the code is not a confirmed one. */
  bank: { code: string; en: string; ur: string } | null;
  isDefault: boolean;
  createdAt: Date;
}

export interface WithdrawalView {
  id: string;
  reference: string;
  channel: PayoutChannel;
  masked: string;
  accountTitle: string;
  amount: Money;
  fee: Money;
  net: Money;
  status: WithdrawalStatus;
  /** The balance it came from, and goes back to if it fails or is cancelled. */
  source: WithdrawalSource;
  batchId: string | null;
  bankReference: string | null;
  failureReason: string | null;
  createdAt: Date;
  settledAt: Date | null;
}

/** A withdrawal as the API answers it; also what a replayed request gets back, unchanged. */
export interface WithdrawalJson {
  id: string;
  reference: string;
  channel: PayoutChannel;
  destination: string;
  account_title: string;
  amount: { amount: string; currency: Currency };
  fee: { amount: string; currency: Currency };
  net: { amount: string; currency: Currency };
  status: WithdrawalStatus;
  source: WithdrawalSource;
  batch_id: string | null;
  bank_reference: string | null;
  failure_reason: string | null;
  created_at: string;
  settled_at: string | null;
}

const moneyJson = (m: Money) => ({ amount: m.amount.toString(), currency: m.currency });

export function withdrawalJson(w: WithdrawalView): WithdrawalJson {
  return {
    id: w.id,
    reference: w.reference,
    channel: w.channel,
    destination: w.masked,
    account_title: w.accountTitle,
    amount: moneyJson(w.amount),
    fee: moneyJson(w.fee),
    net: moneyJson(w.net),
    status: w.status,
    source: w.source,
    batch_id: w.batchId,
    bank_reference: w.bankReference,
    failure_reason: w.failureReason,
    created_at: w.createdAt.toISOString(),
    settled_at: w.settledAt ? w.settledAt.toISOString() : null,
  };
}

// --- Rows to views ------------------------------------------------------------------------------

export interface MethodRow {
  id: string;
  channel: PayoutChannel;
  destination: string;
  account_title: string;
  is_default: boolean;
  created_at: Date;
}

export function methodView(r: MethodRow): MethodView {
  return {
    id: r.id,
    channel: r.channel,
    masked: maskedDestination(r.channel, r.destination),
    accountTitle: r.account_title,
    bank: r.channel === 'bank' ? bankOf(r.destination) : null,
    isDefault: r.is_default,
    createdAt: r.created_at,
  };
}

export const withdrawalColumns = [
  'withdrawals.id',
  'withdrawals.channel',
  'withdrawals.destination',
  'withdrawals.account_title',
  'withdrawals.currency',
  'withdrawals.amount',
  'withdrawals.fee',
  'withdrawals.status',
  'withdrawals.source',
  'withdrawals.batch_id',
  'withdrawals.bank_reference',
  'withdrawals.failure_reason',
  'withdrawals.created_at',
  'withdrawals.settled_at',
  'withdrawals.user_id',
] as const;

export interface WithdrawalRow {
  id: string;
  channel: PayoutChannel;
  destination: string;
  account_title: string;
  currency: Currency;
  amount: string;
  fee: string;
  status: WithdrawalStatus;
  source: WithdrawalSource;
  batch_id: string | null;
  bank_reference: string | null;
  failure_reason: string | null;
  created_at: Date;
  settled_at: Date | null;
  user_id: string;
}

export function withdrawalView(r: WithdrawalRow): WithdrawalView {
  const amount = money(BigInt(r.amount), r.currency);
  const fee = money(BigInt(r.fee), r.currency);
  return {
    id: r.id,
    reference: withdrawalReference(r.id),
    channel: r.channel,
    masked: maskedDestination(r.channel, r.destination),
    accountTitle: r.account_title,
    amount,
    fee,
    net: money(amount.amount - fee.amount, r.currency),
    status: r.status,
    source: r.source,
    batchId: r.batch_id,
    bankReference: r.bank_reference,
    failureReason: r.failure_reason,
    createdAt: r.created_at,
    settledAt: r.settled_at,
  };
}

// --- Lookups and the audit line ------------------------------------------------------------------

export async function activeMethods(db: Executor, userId: string): Promise<MethodRow[]> {
  return db
    .selectFrom('payout_methods')
    .select(['id', 'channel', 'destination', 'account_title', 'is_default', 'created_at'])
    .where('user_id', '=', userId)
    .where('removed_at', 'is', null)
    .orderBy('is_default', 'desc')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function lockWithdrawal(tx: Tx, id: string) {
  if (!UUID.test(id)) throw new AppError('not_found');
  const row = await tx.selectFrom('withdrawals').select(withdrawalColumns).where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return row;
}

export async function audit(tx: Executor, deps: Deps, kind: string, actor: Actor, subjectId: string, data: Record<string, unknown> = {}) {
  await tx
    .insertInto('audit_events')
    .values({ kind, actor_id: actor.userId, subject_id: subjectId, data: JSON.stringify(data), ip: null, created_at: deps.clock.now() })
    .execute();
}
