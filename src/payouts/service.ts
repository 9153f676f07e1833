// Payouts: the methods a person is paid by, withdrawals from their available earnings (freelancers)
// or their unused Hunar balance (clients), and the admins' batches (create, export as CSV, mark each paid or failed). Every use case checks who may
// act; every movement of money is one ledger transaction written in the same database transaction
// as the withdrawal's state change (src/ledger/service.ts), so the two commit together or not at all.
//
// Money flow (docs/decisions/0024-payouts.md):
//   request: source → payout_clearing[withdrawal]  (amount − fee)
//            source → platform_revenue               (fee, when the channel has one)
//   paid:    payout_clearing[withdrawal] → payout_sent[person]
//   failed:  payout_clearing[withdrawal] → source, and the fee back from platform_revenue
//   cancelled (by the person, before it is batched): the same as failed
// where source is freelancer_available (earnings) or client_wallet (a client's unused balance),
// recorded on the withdrawal (docs/decisions/0037-client-withdrawals-and-holds.md).
import type { Executor, Tx } from '../db/pool.ts';
import { IDEMPOTENCY_KEY, requestFingerprint } from '../ledger/domain.ts';
import { type AccountRef, balanceOf, claimKey, type Leg, post } from '../ledger/service.ts';
import { type Actor, requireActor, requireAdmin } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError, type ErrorCode } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import { translate } from '../platform/i18n.ts';
import { composeMail, sendMail } from '../platform/mail.ts';
import { formatDate } from '../platform/format.ts';
import { CURRENCIES, type Currency, formatMoney, type Money, money } from '../platform/money.ts';
import {
  bankOf,
  batchInput,
  type CsvRow,
  canCancel,
  canSettle,
  defaultSource,
  destinationOf,
  explainShortfall,
  failedInput,
  type Hold,
  MAX_PAYOUT_METHODS,
  maskedDestination,
  type PayoutChannel,
  paidInput,
  payoutCsv,
  payoutMethodInput,
  quoteWithdrawal,
  SOURCE_ACCOUNT,
  sourcesFor,
  type WithdrawalQuote,
  type WithdrawalSource,
  type WithdrawalStatus,
  withdrawalInput,
  WITHDRAWAL_MINIMUM,
  withdrawalReference,
} from './domain.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

interface MethodRow {
  id: string;
  channel: PayoutChannel;
  destination: string;
  account_title: string;
  is_default: boolean;
  created_at: Date;
}

function methodView(r: MethodRow): MethodView {
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

const withdrawalColumns = [
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

interface WithdrawalRow {
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

function withdrawalView(r: WithdrawalRow): WithdrawalView {
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

// --- Shared pieces ------------------------------------------------------------------------------

/** Freelancers withdraw earnings and clients their unused balance; anyone else (staff only) has nothing here. */
function requirePayee(actorIn: Actor | null | undefined): Actor {
  const actor = requireActor(actorIn);
  if (sourcesFor(actor).length === 0) throw new AppError('payout.members_only');
  return actor;
}

async function audit(tx: Executor, deps: Deps, kind: string, actor: Actor, subjectId: string, data: Record<string, unknown> = {}) {
  await tx
    .insertInto('audit_events')
    .values({ kind, actor_id: actor.userId, subject_id: subjectId, data: JSON.stringify(data), ip: null, created_at: deps.clock.now() })
    .execute();
}

const sourceAccount = (source: WithdrawalSource, ownerId: string, currency: Currency): AccountRef => ({ kind: SOURCE_ACCOUNT[source], ownerId, currency });
const clearing = (withdrawalId: string, currency: Currency): AccountRef => ({ kind: 'payout_clearing', refId: withdrawalId, currency });
const sent = (ownerId: string, currency: Currency): AccountRef => ({ kind: 'payout_sent', ownerId, currency });
const revenue = (currency: Currency): AccountRef => ({ kind: 'platform_revenue', currency });

// --- Payout methods -----------------------------------------------------------------------------

async function activeMethods(db: Executor, userId: string): Promise<MethodRow[]> {
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

/** The actor's payout methods, the default first. */
export async function listMethods(deps: Deps, actorIn: Actor | null): Promise<MethodView[]> {
  const actor = requirePayee(actorIn);
  return (await activeMethods(deps.db, actor.userId)).map(methodView);
}

/** Adds a bank account, Raast ID, wallet or Payoneer account; the first one becomes the default. */
export async function addMethod(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<MethodView> {
  const actor = requirePayee(actorIn);
  const input = parseWith(payoutMethodInput, raw);
  const destination = destinationOf(input);
  return deps.db.transaction().execute(async (tx) => {
    // One change at a time per person, so the limit and the single default hold under concurrency.
    await tx.selectFrom('users').select('id').where('id', '=', actor.userId).forUpdate().executeTakeFirst();
    const existing = await activeMethods(tx, actor.userId);
    if (existing.some((m) => m.channel === input.channel && m.destination === destination)) throw new AppError('payout.method_duplicate');
    if (existing.length >= MAX_PAYOUT_METHODS) throw new AppError('payout.methods_full', { limit: MAX_PAYOUT_METHODS });
    const row = await tx
      .insertInto('payout_methods')
      .values({ user_id: actor.userId, channel: input.channel, destination, account_title: input.account_title, is_default: existing.length === 0, created_at: deps.clock.now() })
      .returning(['id', 'channel', 'destination', 'account_title', 'is_default', 'created_at'])
      .executeTakeFirstOrThrow();
    await audit(tx, deps, 'payout_method.added', actor, row.id, { channel: row.channel, destination: maskedDestination(row.channel, row.destination) });
    return methodView(row);
  });
}

/** The actor's method by id, locked; anyone else's (or a removed one) is not found. */
async function ownMethod(tx: Tx, actor: Actor, id: string): Promise<MethodRow> {
  if (!UUID.test(id)) throw new AppError('not_found');
  const row = await tx
    .selectFrom('payout_methods')
    .select(['id', 'channel', 'destination', 'account_title', 'is_default', 'created_at'])
    .where('id', '=', id)
    .where('user_id', '=', actor.userId)
    .where('removed_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return row;
}

/** Makes one method the default (the one the withdrawal form picks first). */
export async function setDefaultMethod(deps: Deps, actorIn: Actor | null, id: string): Promise<MethodView> {
  const actor = requirePayee(actorIn);
  return deps.db.transaction().execute(async (tx) => {
    await tx.selectFrom('users').select('id').where('id', '=', actor.userId).forUpdate().executeTakeFirst();
    const row = await ownMethod(tx, actor, id);
    await tx.updateTable('payout_methods').set({ is_default: false }).where('user_id', '=', actor.userId).where('is_default', '=', true).execute();
    await tx.updateTable('payout_methods').set({ is_default: true }).where('id', '=', row.id).execute();
    await audit(tx, deps, 'payout_method.default', actor, row.id);
    return methodView({ ...row, is_default: true });
  });
}

/**
 * Removes a method. One that a withdrawal refers to is only marked removed (the withdrawal keeps its
 * own copy of the destination either way); when the default goes, the oldest remaining one takes over.
 */
export async function removeMethod(deps: Deps, actorIn: Actor | null, id: string): Promise<void> {
  const actor = requirePayee(actorIn);
  await deps.db.transaction().execute(async (tx) => {
    await tx.selectFrom('users').select('id').where('id', '=', actor.userId).forUpdate().executeTakeFirst();
    const row = await ownMethod(tx, actor, id);
    const used = await tx.selectFrom('withdrawals').select('id').where('method_id', '=', row.id).limit(1).executeTakeFirst();
    if (used) await tx.updateTable('payout_methods').set({ removed_at: deps.clock.now(), is_default: false }).where('id', '=', row.id).execute();
    else await tx.deleteFrom('payout_methods').where('id', '=', row.id).execute();
    if (row.is_default) {
      const next = (await activeMethods(tx, actor.userId))[0];
      if (next) await tx.updateTable('payout_methods').set({ is_default: true }).where('id', '=', next.id).execute();
    }
    await audit(tx, deps, 'payout_method.removed', actor, row.id, { kept_for_history: !!used });
  });
}

// --- Withdrawals --------------------------------------------------------------------------------

export interface SourceBalance {
  source: WithdrawalSource;
  balance: Money;
}

/** What the actor may withdraw, per balance they have (earnings, wallet) and currency. */
export async function availableBalances(deps: Deps, actorIn: Actor | null): Promise<SourceBalance[]> {
  const actor = requirePayee(actorIn);
  const pairs = sourcesFor(actor).flatMap((source) => CURRENCIES.map((c) => ({ source, c })));
  return Promise.all(pairs.map(async ({ source, c }) => ({ source, balance: money(await balanceOf(deps.db, sourceAccount(source, actor.userId, c)), c) })));
}

export interface HoldView extends Hold {
  orderId: string;
  orderNumber: string;
  title: string;
}

/**
 * The actor's earnings on hold, the soonest to clear first: each completed order whose hold
 * (FUNDS_HOLD_DAYS, set when it completed) has not ended, with what it pays and the day it clears.
 * Their sum is the freelancer_pending balance. Anyone without such orders gets none.
 */
export async function earningsOnHold(deps: Deps, actorIn: Actor | null): Promise<HoldView[]> {
  const actor = requireActor(actorIn);
  return holdsOf(deps.db, actor.userId);
}

async function holdsOf(db: Executor, userId: string, currency?: Currency): Promise<HoldView[]> {
  let q = db
    .selectFrom('orders')
    .select(['id', 'number', 'title', 'currency', 'price_minor', 'billed_minor', 'freelancer_fee_minor', 'hold_until'])
    .where('freelancer_id', '=', userId)
    .where('state', '=', 'completed')
    .where('cleared_at', 'is', null)
    .where('hold_until', 'is not', null);
  if (currency) q = q.where('currency', '=', currency);
  const rows = await q.orderBy('hold_until').orderBy('id').limit(500).execute();
  return rows
    .map((r) => ({
      orderId: r.id,
      orderNumber: `HNR-${r.number}`,
      title: r.title,
      // What the freelancer receives, as the release moved it into pending (orders' feesOf()).
      amount: money(BigInt(r.billed_minor ?? r.price_minor) - BigInt(r.freelancer_fee_minor), r.currency),
      clearsAt: r.hold_until!,
    }))
    .filter((h) => h.amount.amount > 0n);
}

/**
 * Refuses a withdrawal the balance does not cover, saying what is available and, for earnings,
 * how much is on hold and when it clears ("Rs 12,000 is on hold until 11 Dec 2026").
 */
async function requireCovered(db: Executor, actor: Actor, source: WithdrawalSource, wanted: Money): Promise<Money> {
  const balance = money(await balanceOf(db, sourceAccount(source, actor.userId, wanted.currency)), wanted.currency);
  const holds = source === 'earnings' ? await holdsOf(db, actor.userId, wanted.currency) : [];
  const s = explainShortfall(wanted, balance, holds);
  if (s.kind === 'enough') return balance;
  const show = (m: Money) => formatMoney(actor.locale, m, { decimals: 'always' });
  const prefix = source === 'wallet' ? 'payout.wallet_' : 'payout.';
  const params: Record<string, string> = { currency: wanted.currency, available: show(balance) };
  if (s.kind === 'on_hold' || s.kind === 'beyond_hold') Object.assign(params, { held: show(s.held), date: formatDate(actor.locale, s.until) });
  const code = s.kind === 'nothing' ? `${prefix}nothing_available` : s.kind === 'short' ? `${prefix}insufficient` : s.kind === 'on_hold' ? 'payout.insufficient_on_hold' : 'payout.insufficient_beyond_hold';
  throw new AppError(code as ErrorCode, params, { amount: { key: `errors.${code}`, params } });
}

/** The balance a request draws from: the one it names, or the person's usual one; never one they do not have. */
function sourceOf(actor: Actor, named: WithdrawalSource | undefined): WithdrawalSource {
  const source = named ?? defaultSource(actor);
  if (!sourcesFor(actor).includes(source)) throw new AppError('validation.failed', {}, { source: { key: 'field.choose' } });
  return source;
}

/** The actor's withdrawals, newest first. */
export async function listWithdrawals(deps: Deps, actorIn: Actor | null): Promise<WithdrawalView[]> {
  const actor = requirePayee(actorIn);
  const rows = await deps.db.selectFrom('withdrawals').select(withdrawalColumns).where('user_id', '=', actor.userId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(200).execute();
  return rows.map(withdrawalView);
}

/** One of the actor's withdrawals; anyone else's is not found. */
export async function getWithdrawal(deps: Deps, actorIn: Actor | null, id: string): Promise<WithdrawalView> {
  const actor = requirePayee(actorIn);
  if (!UUID.test(id)) throw new AppError('not_found');
  const row = await deps.db.selectFrom('withdrawals').select(withdrawalColumns).where('id', '=', id).where('user_id', '=', actor.userId).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return withdrawalView(row);
}

function quoteOrThrow(channel: PayoutChannel, amount: Money): WithdrawalQuote {
  const q = quoteWithdrawal(channel, amount);
  if (q.ok) return q.quote;
  // en-PK and ur-PK print a positive amount the same way ("Rs 1,000"), so one text serves both.
  const params = { minimum: formatMoney('en', WITHDRAWAL_MINIMUM[amount.currency]), currency: amount.currency };
  throw new AppError(q.key, params, { amount: { key: `errors.${q.key}`, params } });
}

export interface WithdrawalPreview {
  method: MethodView;
  quote: WithdrawalQuote;
  balance: Money;
  source: WithdrawalSource;
}

/**
 * What a withdrawal would take, cost and pay, checked against the balance now, without moving
 * anything: the confirmation page shows it before the person confirms.
 */
export async function previewWithdrawal(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<WithdrawalPreview> {
  const actor = requirePayee(actorIn);
  const input = parseWith(withdrawalInput, raw);
  const method = (await activeMethods(deps.db, actor.userId)).find((m) => m.id === input.method_id);
  if (!method) throw new AppError('validation.failed', {}, { method_id: { key: 'field.choose' } });
  const source = sourceOf(actor, input.source);
  const quote = quoteOrThrow(method.channel, input.amount);
  const balance = await requireCovered(deps.db, actor, source, quote.amount);
  return { method: methodView(method), quote, balance, source };
}

/** The idempotency key as the ledger stores it: per person, so two people's keys never meet. */
function checkKey(key: string | undefined | null): string {
  if (!key || !IDEMPOTENCY_KEY.test(key)) throw new AppError('validation.failed', {}, { idempotency_key: { key: 'field.idempotency_key' } });
  return key;
}

/**
 * Moves `amount` from the actor's available balance towards the chosen method: one ledger
 * transaction (payout_request) under the caller's idempotency key. The same key with the same
 * request returns the first answer and moves nothing; with a different request it is a 409.
 */
export async function requestWithdrawal(deps: Deps, actorIn: Actor | null, raw: unknown, keyIn: string | undefined | null): Promise<{ withdrawal: WithdrawalJson; replayed: boolean }> {
  const actor = requirePayee(actorIn);
  const key = checkKey(keyIn);
  const input = parseWith(withdrawalInput, raw);
  const source = sourceOf(actor, input.source);
  // A named source is part of the request; the default keeps the fingerprint of requests made before sources existed.
  const fingerprint = requestFingerprint(actor.userId, 'payout.request', { method_id: input.method_id, amount: input.amount.amount, currency: input.amount.currency, ...(source === 'earnings' ? {} : { source }) });
  const ledgerKey = `payout:${actor.userId}:${key}`;
  return deps.db.transaction().execute(async (tx) => {
    const seen = await claimKey(tx, ledgerKey, fingerprint);
    if (seen) return { withdrawal: seen.result as WithdrawalJson, replayed: true };
    const method = await tx
      .selectFrom('payout_methods')
      .select(['id', 'channel', 'destination', 'account_title', 'is_default', 'created_at'])
      .where('id', '=', input.method_id)
      .where('user_id', '=', actor.userId)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    if (!method) throw new AppError('validation.failed', {}, { method_id: { key: 'field.choose' } });
    const quote = quoteOrThrow(method.channel, input.amount);
    await requireCovered(tx, actor, source, quote.amount);
    const id = crypto.randomUUID();
    const now = deps.clock.now();
    const c = quote.amount.currency;
    const view = withdrawalView({
      id,
      channel: method.channel,
      destination: method.destination,
      account_title: method.account_title,
      currency: c,
      amount: quote.amount.amount.toString(),
      fee: quote.fee.amount.toString(),
      status: 'requested',
      source,
      batch_id: null,
      bank_reference: null,
      failure_reason: null,
      created_at: now,
      settled_at: null,
      user_id: actor.userId,
    });
    const answer = withdrawalJson(view);
    const from = sourceAccount(source, actor.userId, c);
    const legs: Leg[] = [{ from, to: clearing(id, c), amount: quote.net }];
    if (quote.fee.amount > 0n) legs.push({ from, to: revenue(c), amount: quote.fee });
    const txId = await post(tx, deps, { kind: 'payout_request', key: ledgerKey, fingerprint, actorId: actor.userId, reason: `withdrawal ${view.reference} to ${method.channel}`, legs, result: answer });
    await tx
      .insertInto('withdrawals')
      .values({
        id,
        user_id: actor.userId,
        method_id: method.id,
        channel: method.channel,
        destination: method.destination,
        account_title: method.account_title,
        currency: c,
        amount: quote.amount.amount,
        fee: quote.fee.amount,
        status: 'requested',
        source,
        request_tx: txId,
        created_at: now,
      })
      .execute();
    await audit(tx, deps, 'withdrawal.requested', actor, id, { amount: quote.amount.amount.toString(), fee: quote.fee.amount.toString(), currency: c, channel: method.channel, source });
    return { withdrawal: answer, replayed: false };
  });
}

/** The legs that give a withdrawal's money back to the balance it came from: what went to clearing, and the fee. */
function moneyBack(w: WithdrawalView, userId: string): Leg[] {
  const c = w.amount.currency;
  const to = sourceAccount(w.source, userId, c);
  const legs: Leg[] = [{ from: clearing(w.id, c), to, amount: w.net }];
  if (w.fee.amount > 0n) legs.push({ from: revenue(c), to, amount: w.fee });
  return legs;
}

/**
 * The person takes back a withdrawal that no admin has batched yet: the whole amount, fee
 * included, returns to the balance it came from. Cancelling it again changes nothing; once it is
 * being sent it can no longer be cancelled (payout.cannot_cancel). Someone else's is not found.
 */
export async function cancelWithdrawal(deps: Deps, actorIn: Actor | null, id: string): Promise<WithdrawalView> {
  const actor = requirePayee(actorIn);
  return deps.db.transaction().execute(async (tx) => {
    // Locked first: a batch made at the same moment either took it before us (we then refuse) or
    // skips it (createBatch skips locked rows), and it is cancelled.
    const row = await lockWithdrawal(tx, id);
    if (row.user_id !== actor.userId) throw new AppError('not_found');
    if (row.status === 'cancelled') return withdrawalView(row);
    if (!canCancel(row.status)) throw new AppError('payout.cannot_cancel');
    const w = withdrawalView(row);
    const now = deps.clock.now();
    const txId = await post(tx, deps, {
      kind: 'payout_cancelled',
      key: `payout_cancelled:${w.id}`,
      fingerprint: requestFingerprint(actor.userId, 'payout.cancelled', { withdrawal: w.id }),
      actorId: actor.userId,
      reason: `withdrawal ${w.reference} cancelled by its owner`,
      legs: moneyBack(w, row.user_id),
    });
    await tx.updateTable('withdrawals').set({ status: 'cancelled', settle_tx: txId, settled_by: actor.userId, settled_at: now }).where('id', '=', w.id).execute();
    await audit(tx, deps, 'withdrawal.cancelled', actor, w.id, {});
    return { ...w, status: 'cancelled', settledAt: now };
  });
}

// --- Admin: batches -----------------------------------------------------------------------------

export interface QueueLine {
  channel: PayoutChannel;
  currency: Currency;
  count: number;
  total: Money;
}

export interface BatchSummary {
  id: string;
  channel: PayoutChannel;
  createdAt: Date;
  count: number;
  open: number;
  paid: number;
  failed: number;
}

export interface AdminWithdrawal extends WithdrawalView {
  freelancer: { id: string; displayName: string };
}

/** What waits to be batched, per channel and currency, and the batches so far (newest first). */
export async function payoutQueue(deps: Deps, actorIn: Actor | null): Promise<{ waiting: QueueLine[]; batches: BatchSummary[] }> {
  requireAdmin(actorIn);
  const db = deps.db;
  const waiting = await db
    .selectFrom('withdrawals')
    .select((eb) => ['channel', 'currency', eb.fn.countAll<string>().as('n'), eb.fn.sum<string>(eb('amount', '-', eb.ref('fee'))).as('total')])
    .where('status', '=', 'requested')
    .groupBy(['channel', 'currency'])
    .orderBy('channel')
    .orderBy('currency')
    .execute();
  const batches = await db
    .selectFrom('payout_batches')
    .leftJoin('withdrawals', 'withdrawals.batch_id', 'payout_batches.id')
    .select((eb) => [
      'payout_batches.id',
      'payout_batches.channel',
      'payout_batches.created_at',
      eb.fn.count<string>('withdrawals.id').as('n'),
      eb.fn.count<string>('withdrawals.id').filterWhere('withdrawals.status', '=', 'in_batch').as('open'),
      eb.fn.count<string>('withdrawals.id').filterWhere('withdrawals.status', '=', 'paid').as('paid'),
      eb.fn.count<string>('withdrawals.id').filterWhere('withdrawals.status', '=', 'failed').as('failed'),
    ])
    .groupBy('payout_batches.id')
    .orderBy('payout_batches.created_at', 'desc')
    .limit(100)
    .execute();
  return {
    waiting: waiting.map((w) => ({ channel: w.channel, currency: w.currency, count: Number(w.n), total: money(BigInt(w.total), w.currency) })),
    batches: batches.map((b) => ({ id: b.id, channel: b.channel, createdAt: b.created_at, count: Number(b.n), open: Number(b.open), paid: Number(b.paid), failed: Number(b.failed) })),
  };
}

/** Puts every requested withdrawal of one channel into a new batch. */
export async function createBatch(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<BatchSummary> {
  const actor = requireAdmin(actorIn);
  const { channel } = parseWith(batchInput, raw);
  return deps.db.transaction().execute(async (tx) => {
    const waiting = await tx.selectFrom('withdrawals').select('id').where('status', '=', 'requested').where('channel', '=', channel).orderBy('created_at').forUpdate().skipLocked().execute();
    if (waiting.length === 0) throw new AppError('payout.nothing_to_batch');
    const now = deps.clock.now();
    const batch = await tx.insertInto('payout_batches').values({ channel, created_by: actor.userId, created_at: now }).returning(['id', 'created_at']).executeTakeFirstOrThrow();
    const ids = waiting.map((w) => w.id);
    await tx.updateTable('withdrawals').set({ status: 'in_batch', batch_id: batch.id }).where('id', 'in', ids).execute();
    await audit(tx, deps, 'payout.batch_created', actor, batch.id, { channel, withdrawals: ids.length });
    return { id: batch.id, channel, createdAt: batch.created_at, count: ids.length, open: ids.length, paid: 0, failed: 0 };
  });
}

async function batchRow(db: Executor, id: string) {
  if (!UUID.test(id)) throw new AppError('not_found');
  const batch = await db.selectFrom('payout_batches').select(['id', 'channel', 'created_at']).where('id', '=', id).executeTakeFirst();
  if (!batch) throw new AppError('not_found');
  return batch;
}

/** A batch and its withdrawals (destinations masked), for the admin page. */
export async function getBatch(deps: Deps, actorIn: Actor | null, id: string): Promise<{ batch: BatchSummary; withdrawals: AdminWithdrawal[] }> {
  requireAdmin(actorIn);
  const batch = await batchRow(deps.db, id);
  const rows = await deps.db
    .selectFrom('withdrawals')
    .innerJoin('users', 'users.id', 'withdrawals.user_id')
    .select([...withdrawalColumns, 'users.display_name'])
    .where('withdrawals.batch_id', '=', batch.id)
    .orderBy('withdrawals.created_at')
    .orderBy('withdrawals.id')
    .execute();
  const withdrawals = rows.map((r) => ({ ...withdrawalView(r), freelancer: { id: r.user_id, displayName: r.display_name } }));
  const count = (s: WithdrawalStatus) => withdrawals.filter((w) => w.status === s).length;
  return {
    batch: { id: batch.id, channel: batch.channel, createdAt: batch.created_at, count: withdrawals.length, open: count('in_batch'), paid: count('paid'), failed: count('failed') },
    withdrawals,
  };
}

/**
 * The batch's CSV for its channel, with full destinations: the one place they are shown, to an
 * admin, and the export itself is audited. Only withdrawals still waiting (in the batch, neither
 * paid nor failed) are in it, so exporting again cannot pay anyone twice.
 */
export async function exportBatchCsv(deps: Deps, actorIn: Actor | null, id: string): Promise<{ filename: string; csv: string }> {
  const actor = requireAdmin(actorIn);
  return deps.db.transaction().execute(async (tx) => {
    const batch = await batchRow(tx, id);
    const rows = await tx
      .selectFrom('withdrawals')
      .select(withdrawalColumns)
      .where('batch_id', '=', batch.id)
      .where('status', '=', 'in_batch')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const csvRows: CsvRow[] = rows.map((r) => {
      const v = withdrawalView(r);
      return { channel: r.channel, accountTitle: r.account_title, destination: r.destination, net: v.net, reference: v.reference };
    });
    await audit(tx, deps, 'payout.batch_exported', actor, batch.id, { rows: csvRows.length });
    const day = batch.created_at.toISOString().slice(0, 10);
    return { filename: `hunar-payouts-${batch.channel}-${day}-${batch.id.slice(0, 8)}.csv`, csv: payoutCsv(batch.channel, csvRows) };
  });
}

async function lockWithdrawal(tx: Tx, id: string) {
  if (!UUID.test(id)) throw new AppError('not_found');
  const row = await tx.selectFrom('withdrawals').select(withdrawalColumns).where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return row;
}

/**
 * Marks a batched withdrawal paid with the bank's (or provider's) reference: the money leaves
 * payout clearing for payout_sent. Marking it paid again with the same reference changes nothing.
 */
export async function markPaid(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<WithdrawalView> {
  const actor = requireAdmin(actorIn);
  const { reference } = parseWith(paidInput, raw);
  return deps.db.transaction().execute(async (tx) => {
    const row = await lockWithdrawal(tx, id);
    if (row.status === 'paid' && row.bank_reference === reference) return withdrawalView(row);
    if (!canSettle(row.status)) throw new AppError('payout.status_conflict');
    const w = withdrawalView(row);
    const key = `payout_paid:${w.id}`;
    const fingerprint = requestFingerprint(actor.userId, 'payout.paid', { withdrawal: w.id, reference });
    const now = deps.clock.now();
    const txId = await post(tx, deps, {
      kind: 'payout_paid',
      key,
      fingerprint,
      actorId: actor.userId,
      reason: `withdrawal ${w.reference} paid, reference ${reference}`,
      legs: [{ from: clearing(w.id, w.net.currency), to: sent(row.user_id, w.net.currency), amount: w.net }],
    });
    await tx.updateTable('withdrawals').set({ status: 'paid', bank_reference: reference, settle_tx: txId, settled_by: actor.userId, settled_at: now }).where('id', '=', w.id).execute();
    await audit(tx, deps, 'payout.paid', actor, w.id, { reference, batch: row.batch_id });
    return { ...w, status: 'paid', bankReference: reference, settledAt: now };
  });
}

/**
 * Marks a batched withdrawal failed: the money (fee included) goes back to the balance it came
 * from, and its owner gets a mail in their language with the reason.
 */
export async function markFailed(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<WithdrawalView> {
  const actor = requireAdmin(actorIn);
  const { reason } = parseWith(failedInput, raw);
  return deps.db.transaction().execute(async (tx) => {
    const row = await lockWithdrawal(tx, id);
    if (row.status === 'failed' && row.failure_reason === reason) return withdrawalView(row);
    if (!canSettle(row.status)) throw new AppError('payout.status_conflict');
    const w = withdrawalView(row);
    const legs = moneyBack(w, row.user_id);
    const now = deps.clock.now();
    const txId = await post(tx, deps, {
      kind: 'payout_failed',
      key: `payout_failed:${w.id}`,
      fingerprint: requestFingerprint(actor.userId, 'payout.failed', { withdrawal: w.id, reason }),
      actorId: actor.userId,
      reason: `withdrawal ${w.reference} failed: ${reason}`.slice(0, 500),
      legs,
    });
    await tx.updateTable('withdrawals').set({ status: 'failed', failure_reason: reason, settle_tx: txId, settled_by: actor.userId, settled_at: now }).where('id', '=', w.id).execute();
    await audit(tx, deps, 'payout.failed', actor, w.id, { reason, batch: row.batch_id });
    const user = await tx.selectFrom('users').select(['email', 'display_name', 'locale']).where('id', '=', row.user_id).executeTakeFirstOrThrow();
    const locale = user.locale === 'ur' ? 'ur' : 'en';
    const params = { amount: formatMoney(locale, w.amount), reference: w.reference, reason };
    const t = (k: string) => translate(locale, `mail.payout_failed.${k}`, params);
    await sendMail(deps, tx, composeMail(locale, { to: user.email, subject: t('subject'), name: user.display_name, body: t('body'), action: t('action'), link: `${deps.config.baseUrl}/payouts` }));
    return { ...w, status: 'failed', failureReason: reason, settledAt: now };
  });
}
