// Money in: wallet top-ups. A client starts a top-up with a payment provider; the money is credited
// (ledger payment_in: payment_clearing → client_wallet, in the currency received) exactly once,
// when an admin matches a bank transfer to its reference or when a signed webhook says a hosted
// checkout succeeded. Each use case takes the actor first, checks who may act, runs in one
// transaction and writes an audit event; someone else's top-up answers not_found.
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Config } from '../config.ts';
import type { Executor, Tx } from '../db/pool.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { type AccountRef, claimKey, post } from '../ledger/service.ts';
import { type Actor, requireActor, requireAdmin } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import { safeNext } from '../platform/http.ts';
import { type Currency, type Money, money, moneyToJson } from '../platform/money.ts';
import {
  checkTopUpAmount,
  classifyLine,
  eventType,
  type LineStatus,
  makeReference,
  matchInput,
  needsTopUpConfirmation,
  nextTopUpStatus,
  parseStatement,
  requestKey,
  SIGNATURE_HEADER,
  type StatementLine,
  type StatementProblem,
  signWebhook,
  statementInput,
  TOP_UP_METHODS,
  type TopUpMethod,
  type TopUpStatus,
  topUpInput,
  verifyWebhook,
  type WebhookEvent,
  webhookEvent,
} from './domain.ts';

// --- Providers ------------------------------------------------------------------------------------

/** The platform's own account that clients pay into, from the settings (README). */
export interface BankDetails {
  title: string;
  bankName: string | null;
  iban: string | null;
  raastId: string | null;
}

export function bankDetails(config: Config): BankDetails | null {
  if (!config.PLATFORM_BANK_TITLE || !(config.PLATFORM_BANK_IBAN || config.PLATFORM_RAAST_ID)) return null;
  return { title: config.PLATFORM_BANK_TITLE, bankName: config.PLATFORM_BANK_NAME ?? null, iban: config.PLATFORM_BANK_IBAN ?? null, raastId: config.PLATFORM_RAAST_ID ?? null };
}

/** The checkout simulator runs outside production only (and loadConfig refuses to enable it there). */
export function simulatorEnabled(config: Config): boolean {
  return config.NODE_ENV !== 'production' && (config.PAYMENT_SIMULATOR ?? true);
}

/** Where a client goes right after starting a top-up. */
export type NextStep = { kind: 'instructions'; url: string } | { kind: 'redirect'; url: string };

/**
 * A way of paying money in. A hosted checkout (JazzCash, Easypaisa, a card gateway) implements
 * start() as a redirect to its page and settles through a signed webhook, as the simulator does; a
 * bank transfer shows instructions and is settled by an admin. See docs/decisions/0025.
 */
export interface PaymentProvider {
  method: TopUpMethod;
  /** i18n key of its name, as every page shows it. */
  nameKey: string;
  available(config: Config): boolean;
  /** How long a started payment may stay pending before it expires (null: never). */
  expiresAfterMinutes(config: Config): number | null;
  start(topUp: { id: string }): NextStep;
}

export const bankTransferProvider: PaymentProvider = {
  method: 'bank_transfer',
  nameKey: 'payments.method.bank_transfer',
  available: (config) => bankDetails(config) !== null,
  // A transfer can take days to arrive; an admin matches it whenever it does.
  expiresAfterMinutes: () => null,
  start: (t) => ({ kind: 'instructions', url: `/wallet/top-ups/${t.id}` }),
};

/** The checkout simulator (development only): stands in for a hosted card or wallet checkout. */
export const checkoutSimulatorProvider: PaymentProvider = {
  method: 'simulator',
  nameKey: 'payments.method.simulator',
  available: simulatorEnabled,
  expiresAfterMinutes: (config) => config.PAYMENT_TIMEOUT_MINUTES,
  start: (t) => ({ kind: 'redirect', url: `/simulator/checkout/${t.id}` }),
};

export const PROVIDERS: Readonly<Record<TopUpMethod, PaymentProvider>> = { bank_transfer: bankTransferProvider, simulator: checkoutSimulatorProvider };

export const availableMethods = (config: Config): TopUpMethod[] => TOP_UP_METHODS.filter((m) => PROVIDERS[m].available(config));

// --- Reading ---------------------------------------------------------------------------------------

export interface TopUpView {
  id: string;
  userId: string;
  method: TopUpMethod;
  reference: string;
  amount: Money;
  status: TopUpStatus;
  credited: Money | null;
  returnTo: string | null;
  expiresAt: Date | null;
  settledAt: Date | null;
  createdAt: Date;
  next: NextStep;
}

type TopUpRow = {
  id: string;
  user_id: string;
  method: TopUpMethod;
  reference: string;
  amount_minor: string;
  currency: Currency;
  status: TopUpStatus;
  credited_minor: string | null;
  credited_currency: Currency | null;
  return_to: string | null;
  expires_at: Date | null;
  settled_at: Date | null;
  created_at: Date;
};

const COLUMNS = ['id', 'user_id', 'method', 'reference', 'amount_minor', 'currency', 'status', 'credited_minor', 'credited_currency', 'return_to', 'expires_at', 'settled_at', 'created_at'] as const;

function view(r: TopUpRow): TopUpView {
  return {
    id: r.id,
    userId: r.user_id,
    method: r.method,
    reference: r.reference,
    amount: money(BigInt(r.amount_minor), r.currency),
    status: r.status,
    credited: r.credited_minor && r.credited_currency ? money(BigInt(r.credited_minor), r.credited_currency) : null,
    returnTo: r.return_to,
    expiresAt: r.expires_at,
    settledAt: r.settled_at,
    createdAt: r.created_at,
    next: PROVIDERS[r.method].start(r),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The actor's top-ups, newest first (pending, succeeded, failed and expired). */
export async function listTopUps(deps: Deps, actor: Actor | null, limit = 100): Promise<TopUpView[]> {
  const me = requireActor(actor);
  const rows = await deps.db.selectFrom('top_ups').select(COLUMNS).where('user_id', '=', me.userId).orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
  return rows.map(view);
}

/** One of the actor's own top-ups; anyone else's is not_found. */
export async function getTopUp(deps: Deps, actor: Actor | null, id: string): Promise<TopUpView> {
  const me = requireActor(actor);
  if (!UUID.test(id)) throw new AppError('not_found');
  const row = await deps.db.selectFrom('top_ups').select(COLUMNS).where('id', '=', id).where('user_id', '=', me.userId).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return view(row);
}

async function audit(tx: Executor, deps: Deps, kind: string, actorId: string | null, subjectId: string | null, data: Record<string, unknown>) {
  await tx
    .insertInto('audit_events')
    .values({ kind, actor_id: actorId, subject_id: subjectId, data: JSON.stringify(data), ip: null, created_at: deps.clock.now() })
    .execute();
}

// --- Starting a top-up ---------------------------------------------------------------------------

export interface StartTopUp {
  amount: Money;
  method: TopUpMethod;
  /** A same-site path to come back to (anything else is dropped): e.g. an order page with a shortfall. */
  returnTo?: string | null | undefined;
  /** The request's idempotency key; a fresh one when the caller has none (another feature's page). */
  key?: string | null | undefined;
  /** The client confirmed an amount far above their past top-ups (needsTopUpConfirmation). */
  confirmLarge?: boolean | undefined;
}

/** The client's largest completed top-up in a currency, or null when they have none. */
export async function largestCompletedTopUp(db: Executor, userId: string, currency: Currency): Promise<Money | null> {
  const row = await db
    .selectFrom('top_ups')
    .select((eb) => eb.fn.max('credited_minor').as('largest'))
    .where('user_id', '=', userId)
    .where('status', '=', 'succeeded')
    .where('credited_currency', '=', currency)
    .executeTakeFirst();
  return row?.largest ? money(BigInt(row.largest), currency) : null;
}

/**
 * Starts a top-up: a unique reference, and where the client goes next (the bank details, or the
 * provider's checkout). Nothing is credited yet. The same key with the same request returns the
 * same top-up; with a different request it is a 409.
 */
export async function startTopUp(deps: Deps, actor: Actor | null, input: StartTopUp): Promise<TopUpView> {
  const me = requireActor(actor);
  const key = input.key === undefined || input.key === null ? randomUUID() : requestKey(input.key);
  const provider = PROVIDERS[input.method];
  if (!provider?.available(deps.config)) throw new AppError('payment.method_unavailable');
  const tooSmall = checkTopUpAmount(input.amount);
  if (tooSmall) throw new AppError('validation.failed', {}, { amount: { key: tooSmall, params: { min: input.amount.currency === 'PKR' ? 'Rs 100' : '$1' } } });
  const returnTo = input.returnTo ? safeNext(input.returnTo, '') || null : null;
  // A slip of the finger ("3000" rupees sent as dollars) is asked about before any payment starts.
  if (!input.confirmLarge && needsTopUpConfirmation(input.amount, await largestCompletedTopUp(deps.db, me.userId, input.amount.currency))) throw new AppError('payment.confirm_large');
  const fingerprint = requestFingerprint(me.userId, 'top_up.start', { amount: moneyToJson(input.amount), method: input.method, returnTo });
  return deps.db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`topup:${me.userId}:${key}`}, 0))`.execute(tx);
    const existing = await tx.selectFrom('top_ups').select([...COLUMNS, 'start_fingerprint']).where('user_id', '=', me.userId).where('start_key', '=', key).executeTakeFirst();
    if (existing) {
      if (existing.start_fingerprint !== fingerprint) throw new AppError('idempotency.conflict');
      return view(existing);
    }
    const now = deps.clock.now();
    const minutes = provider.expiresAfterMinutes(deps.config);
    for (let attempt = 0; ; attempt++) {
      const row = await tx
        .insertInto('top_ups')
        .values({
          user_id: me.userId,
          method: input.method,
          reference: makeReference(randomBytes(7)),
          amount_minor: input.amount.amount,
          currency: input.amount.currency,
          return_to: returnTo,
          start_key: key,
          start_fingerprint: fingerprint,
          expires_at: minutes === null ? null : new Date(now.getTime() + minutes * 60_000),
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) => oc.column('reference').doNothing())
        .returning(COLUMNS)
        .executeTakeFirst();
      if (row) {
        await audit(tx, deps, 'top_up.started', me.userId, row.id, { method: input.method, amount: moneyToJson(input.amount), reference: row.reference });
        return view(row);
      }
      // 22 billion references: a collision is rare, two in a row would be a bug.
      if (attempt >= 3) throw new Error('could not make a unique top-up reference');
    }
  });
}

/** startTopUp from a form or JSON body ({ amount, method, return_to }). */
export async function startTopUpRequest(deps: Deps, actor: Actor | null, raw: unknown, key: string | null | undefined): Promise<TopUpView> {
  requireActor(actor);
  const input = parseWith(topUpInput, raw);
  return startTopUp(deps, actor, { amount: input.amount, method: input.method, returnTo: input.return_to ?? null, key: requestKey(key), confirmLarge: input.confirm_large === true });
}

// --- Crediting ------------------------------------------------------------------------------------

const clearing = (currency: Currency): AccountRef => ({ kind: 'payment_clearing', currency });
const wallet = (ownerId: string, currency: Currency): AccountRef => ({ kind: 'client_wallet', ownerId, currency });

/** Posts payment_in for a locked, not yet succeeded top-up and marks it succeeded. */
async function credit(tx: Tx, deps: Deps, t: TopUpRow, received: Money, ledgerKey: string, fingerprint: string, actorId: string | null, reason: string): Promise<string> {
  const transactionId = await post(tx, deps, {
    kind: 'payment_in',
    key: ledgerKey,
    fingerprint,
    actorId,
    reason,
    legs: [{ from: clearing(received.currency), to: wallet(t.user_id, received.currency), amount: received }],
    result: { top_up: t.id, reference: t.reference, credited: moneyToJson(received) },
  });
  const now = deps.clock.now();
  await tx
    .updateTable('top_ups')
    .set({ status: 'succeeded', credited_minor: received.amount, credited_currency: received.currency, ledger_transaction_id: transactionId, settled_at: now, updated_at: now })
    .where('id', '=', t.id)
    .execute();
  return transactionId;
}

// --- The checkout simulator -------------------------------------------------------------------------

export const SIMULATOR_WEBHOOK_JOB = 'payments.simulator_webhook';
export const EXPIRE_TOP_UPS_JOB = 'payments.expire_top_ups';
export const SIMULATOR_WEBHOOK_PATH = '/api/v1/payments/webhooks/simulator';
export type SimulatedOutcome = 'succeed' | 'fail' | 'timeout';

function requireSimulator(config: Config): void {
  if (!simulatorEnabled(config)) throw new AppError('payment.simulator_disabled');
}

/** The simulator's checkout page: the actor's own pending simulator top-up. */
export async function getCheckout(deps: Deps, actor: Actor | null, id: string): Promise<TopUpView> {
  requireSimulator(deps.config);
  const t = await getTopUp(deps, actor, id);
  if (t.method !== 'simulator') throw new AppError('not_found');
  return t;
}

/**
 * The client presses Succeed, Fail or Time out on the simulator's page. Succeed and Fail queue a
 * signed webhook, delivered (and retried) by the job queue as a real provider would; Time out sends
 * nothing, and the top-up expires when its time is up (expireDueTopUps). Answers where the client
 * goes next: the top-up's own page, which leads on to its return_to once the money is in.
 */
export async function simulateCheckout(deps: Deps, actor: Actor | null, id: string, outcome: SimulatedOutcome): Promise<{ url: string }> {
  const t = await getCheckout(deps, actor, id);
  if (t.status !== 'pending') throw new AppError('payment.not_pending');
  if (outcome !== 'timeout') {
    const event: WebhookEvent = {
      id: `evt_${randomUUID().replace(/-/g, '')}`,
      type: outcome === 'succeed' ? 'payment.succeeded' : 'payment.failed',
      created: Math.floor(deps.clock.now().getTime() / 1000),
      data: { top_up: t.id, reference: t.reference, amount: moneyToJson(t.amount) },
    };
    await deps.jobs.send(deps.db, SIMULATOR_WEBHOOK_JOB, { body: JSON.stringify(event) });
  }
  // The return page: it refreshes itself until the webhook lands, then goes on to return_to.
  return { url: `/wallet/top-ups/${t.id}?waiting=1` };
}

export type WebhookOutcome = 'applied' | 'ignored' | 'duplicate' | 'mismatch' | 'unknown_top_up';

/**
 * Receives the simulator's webhook: the signature over the raw body (401), its age (400), its
 * shape (400), then applyEvent. Safe to call any number of times with the same body.
 */
export async function receiveSimulatorWebhook(deps: Deps, rawBody: string, signature: string | undefined): Promise<{ event: string; outcome: WebhookOutcome; status: TopUpStatus | null }> {
  requireSimulator(deps.config);
  const check = verifyWebhook(deps.config.PAYMENT_SIMULATOR_SECRET, rawBody, signature, Math.floor(deps.clock.now().getTime() / 1000));
  if (!check.ok) throw new AppError(check.problem === 'stale' ? 'payment.webhook_stale' : 'payment.webhook_signature');
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    throw new AppError('payment.webhook_invalid');
  }
  const parsed = webhookEvent.safeParse(json);
  if (!parsed.success) throw new AppError('payment.webhook_invalid');
  return applyEvent(deps, 'simulator', parsed.data, json);
}

/**
 * Applies one provider event exactly once. The top-up is locked first, so events about it are
 * applied one at a time; the event id is then inserted with ON CONFLICT DO NOTHING, so a second
 * delivery (even a concurrent one) finds it and changes nothing. The state machine (domain.ts)
 * ignores stale and late events. Success credits the wallet with the event id as the ledger key.
 */
export async function applyEvent(deps: Deps, provider: TopUpMethod, event: WebhookEvent, body: unknown): Promise<{ event: string; outcome: WebhookOutcome; status: TopUpStatus | null }> {
  return deps.db.transaction().execute(async (tx) => {
    const t = await tx.selectFrom('top_ups').select(COLUMNS).where('id', '=', event.data.top_up).where('method', '=', provider).forUpdate().executeTakeFirst();
    const type = eventType(event);
    const amount = money(BigInt(event.data.amount.amount), event.data.amount.currency);
    let outcome: WebhookOutcome;
    let next: TopUpStatus | null = t?.status ?? null;
    if (!t) outcome = 'unknown_top_up';
    else if (t.reference !== event.data.reference || t.currency !== amount.currency || BigInt(t.amount_minor) !== amount.amount) outcome = 'mismatch';
    else {
      const step = nextTopUpStatus(t.status, type);
      outcome = step.changed ? 'applied' : 'ignored';
      next = step.status;
    }
    const now = deps.clock.now();
    const inserted = await tx
      .insertInto('payment_events')
      .values({ id: event.id, provider, top_up_id: t?.id ?? null, type, occurred_at: new Date(event.created * 1000), outcome, body: JSON.stringify(body), received_at: now })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return { event: event.id, outcome: 'duplicate' as const, status: t?.status ?? null };
    if (t && outcome === 'applied' && next) {
      if (next === 'succeeded') {
        const fingerprint = requestFingerprint(provider, 'payment_in.webhook', { event: event.id, top_up: t.id, amount: moneyToJson(amount) });
        const seen = await claimKey(tx, `${provider}:${event.id}`, fingerprint);
        if (!seen) await credit(tx, deps, t, amount, `${provider}:${event.id}`, fingerprint, null, `top-up ${t.reference} paid (${provider} event ${event.id})`);
      } else {
        await tx.updateTable('top_ups').set({ status: next, settled_at: now, updated_at: now }).where('id', '=', t.id).execute();
      }
      await audit(tx, deps, `top_up.${next}`, null, t.id, { event: event.id, provider });
    }
    return { event: event.id, outcome, status: next };
  });
}

/** Pending top-ups whose time is up become expired (the queued job runs this every minute). */
export async function expireDueTopUps(deps: Deps): Promise<number> {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    const rows = await tx
      .updateTable('top_ups')
      .set({ status: 'expired', settled_at: now, updated_at: now })
      .where('status', '=', 'pending')
      .where('expires_at', '<=', now)
      .returning(['id', 'reference'])
      .execute();
    for (const r of rows) await audit(tx, deps, 'top_up.expired', null, r.id, { reference: r.reference });
    return rows.length;
  });
}

/** Delivers a signed webhook body; answers the HTTP status (2xx = delivered). */
export type Deliver = (body: string, signature: string) => Promise<{ status: number }>;

export const deliverOverHttp =
  (baseUrl: string): Deliver =>
  async (body, signature) => {
    const res = await fetch(`${baseUrl}${SIMULATOR_WEBHOOK_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature }, body });
    await res.body?.cancel();
    return { status: res.status };
  };

/**
 * The payments workers: the simulator's webhook delivery (signed when sent, so a retry is not
 * stale; any answer but 2xx throws, and the queue retries) and the expiry sweep. boot.ts calls
 * this; tests call it with a `deliver` that goes through the in-process app.
 */
export async function startPaymentWorkers(deps: Deps, opts: { deliver?: Deliver; schedule?: boolean } = {}): Promise<void> {
  if (simulatorEnabled(deps.config)) {
    const deliver = opts.deliver ?? deliverOverHttp(deps.config.baseUrl);
    await deps.jobs.work(SIMULATOR_WEBHOOK_JOB, async (data) => {
      const body = String(data.body);
      const signature = signWebhook(deps.config.PAYMENT_SIMULATOR_SECRET, body, Math.floor(deps.clock.now().getTime() / 1000));
      const res = await deliver(body, signature);
      if (res.status < 200 || res.status > 299) throw new Error(`simulator webhook answered ${res.status}`);
    });
  }
  await deps.jobs.work(EXPIRE_TOP_UPS_JOB, async () => {
    await expireDueTopUps(deps);
  });
  if (opts.schedule ?? true) await deps.jobs.schedule(EXPIRE_TOP_UPS_JOB, '* * * * *');
}

// --- Admin: bank transfers ------------------------------------------------------------------------

export interface IncomingTransfer {
  reference: string;
  amount: Money;
  receivedOn: string;
  bankTxnId: string;
  referenceText: string;
  source: 'manual' | 'statement';
}

export interface AppliedTransfer {
  topUpId: string;
  reference: string;
  credited: Money;
  bankTxnId: string;
  transactionId: string;
  replayed: boolean;
}

/**
 * Credits one incoming bank transfer to the top-up with its reference, in the currency received.
 * The bank transaction id is the idempotency key: the same transfer again (matched twice, or in a
 * statement imported twice) replays the first answer and moves nothing; the same id with other
 * details is a 409.
 */
async function applyBankTransfer(deps: Deps, admin: Actor, transfer: IncomingTransfer): Promise<AppliedTransfer> {
  const ledgerKey = `bank:${transfer.bankTxnId}`;
  const fingerprint = requestFingerprint('bank', 'payment_in.bank', { bankTxnId: transfer.bankTxnId, reference: transfer.reference, amount: moneyToJson(transfer.amount), receivedOn: transfer.receivedOn });
  return deps.db.transaction().execute(async (tx) => {
    const seen = await claimKey(tx, ledgerKey, fingerprint);
    if (seen) {
      const r = seen.result as { top_up: string; reference: string; credited: { amount: string; currency: Currency } };
      return { topUpId: r.top_up, reference: r.reference, credited: money(BigInt(r.credited.amount), r.credited.currency), bankTxnId: transfer.bankTxnId, transactionId: seen.transactionId, replayed: true };
    }
    const t = await tx.selectFrom('top_ups').select(COLUMNS).where('reference', '=', transfer.reference).forUpdate().executeTakeFirst();
    if (!t) throw new AppError('payment.reference_unknown');
    if (t.method !== 'bank_transfer') throw new AppError('payment.not_bank_transfer');
    if (t.status === 'succeeded') throw new AppError('payment.already_settled');
    const transactionId = await credit(tx, deps, t, transfer.amount, ledgerKey, fingerprint, admin.userId, `bank transfer ${transfer.bankTxnId} for top-up ${t.reference}`);
    await tx
      .insertInto('bank_transfers')
      .values({
        bank_txn_id: transfer.bankTxnId,
        top_up_id: t.id,
        amount_minor: transfer.amount.amount,
        currency: transfer.amount.currency,
        received_on: transfer.receivedOn,
        reference_text: transfer.referenceText.slice(0, 500),
        source: transfer.source,
        matched_by: admin.userId,
        ledger_transaction_id: transactionId,
        created_at: deps.clock.now(),
      })
      .execute();
    await audit(tx, deps, 'payment.bank_matched', admin.userId, t.id, {
      reference: t.reference,
      bank_txn_id: transfer.bankTxnId,
      received: moneyToJson(transfer.amount),
      announced: { amount: t.amount_minor, currency: t.currency },
      source: transfer.source,
    });
    return { topUpId: t.id, reference: t.reference, credited: transfer.amount, bankTxnId: transfer.bankTxnId, transactionId, replayed: false };
  });
}

/** An admin matches one incoming transfer (reference, amount, date, bank transaction id). */
export async function matchTransfer(deps: Deps, actor: Actor | null, raw: unknown): Promise<AppliedTransfer> {
  const admin = requireAdmin(actor);
  const input = parseWith(matchInput, raw);
  return applyBankTransfer(deps, admin, { reference: input.reference, amount: input.amount, receivedOn: input.received_on, bankTxnId: input.bank_txn_id, referenceText: input.reference, source: 'manual' });
}

export interface PreviewLine extends StatementLine {
  status: LineStatus;
  topUp: { id: string; reference: string; amount: Money; clientName: string } | null;
}

export interface StatementPreview {
  lines: PreviewLine[];
  problems: StatementProblem[];
  counts: Record<LineStatus | 'invalid', number>;
}

export interface StatementResult extends StatementPreview {
  applied: AppliedTransfer[];
  /** Lines refused while applying (a race with another admin, say): bank transaction id → error code. */
  refused: { bankTxnId: string; code: string }[];
}

async function preview(deps: Deps, csv: string): Promise<StatementPreview> {
  const { lines, problems } = parseStatement(csv);
  const refs = [...new Set(lines.map((l) => l.found).filter((r): r is string => r !== null))];
  const txns = lines.map((l) => l.bankTxnId);
  const topUps = refs.length
    ? await deps.db
        .selectFrom('top_ups as t')
        .innerJoin('users as u', 'u.id', 't.user_id')
        .select(['t.id', 't.reference', 't.status', 't.method', 't.amount_minor', 't.currency', 'u.display_name'])
        .where('t.reference', 'in', refs)
        .execute()
    : [];
  const applied = txns.length ? new Set((await deps.db.selectFrom('bank_transfers').select('bank_txn_id').where('bank_txn_id', 'in', txns).execute()).map((r) => r.bank_txn_id)) : new Set<string>();
  const byRef = new Map(topUps.map((t) => [t.reference, t]));
  const counts: StatementPreview['counts'] = { matched: 0, amount_differs: 0, unmatched: 0, already_applied: 0, invalid: problems.length };
  const out = lines.map((l): PreviewLine => {
    const t = l.found ? byRef.get(l.found) : undefined;
    const amount = t ? money(BigInt(t.amount_minor), t.currency) : null;
    const status = classifyLine(l, t && amount ? { status: t.status, amount, method: t.method } : null, applied.has(l.bankTxnId));
    counts[status]++;
    return { ...l, status, topUp: t && amount ? { id: t.id, reference: t.reference, amount, clientName: t.display_name } : null };
  });
  return { lines: out, problems, counts };
}

/**
 * An admin imports a bank statement. Without `confirm` it only previews (matched, amount differs,
 * unmatched, already applied, bad rows). With `confirm` it credits the matched lines, and the
 * "amount differs" lines the admin ticked (credited with the amount received); each line is its
 * own ledger transaction keyed by its bank transaction id, so importing a statement twice applies
 * nothing the second time.
 */
export async function importStatement(deps: Deps, actor: Actor | null, raw: unknown): Promise<StatementResult> {
  const admin = requireAdmin(actor);
  const input = parseWith(statementInput, raw);
  const p = await preview(deps, input.csv);
  const applied: AppliedTransfer[] = [];
  const refused: StatementResult['refused'] = [];
  if (input.confirm) {
    const accept = new Set(input.accept_different_amounts);
    for (const l of p.lines) {
      if (!(l.status === 'matched' || (l.status === 'amount_differs' && accept.has(l.bankTxnId))) || !l.found) continue;
      try {
        applied.push(await applyBankTransfer(deps, admin, { reference: l.found, amount: l.amount, receivedOn: l.date, bankTxnId: l.bankTxnId, referenceText: l.reference, source: 'statement' }));
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        refused.push({ bankTxnId: l.bankTxnId, code: e.code });
      }
    }
    await deps.db.transaction().execute((tx) => audit(tx, deps, 'payment.statement_imported', admin.userId, null, { lines: p.lines.length, applied: applied.length, refused: refused.length, bad_rows: p.problems.length }));
  }
  return { ...p, applied, refused };
}

export interface AdminPaymentsOverview {
  pending: (TopUpView & { clientName: string; clientEmail: string })[];
  recentTransfers: { bankTxnId: string; reference: string; amount: Money; receivedOn: string; source: 'manual' | 'statement'; matchedBy: string; createdAt: Date }[];
}

/** What the admin payments page lists: bank top-ups waiting for money, and transfers matched lately. */
export async function adminOverview(deps: Deps, actor: Actor | null): Promise<AdminPaymentsOverview> {
  requireAdmin(actor);
  const pending = await deps.db
    .selectFrom('top_ups as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['t.id', 't.user_id', 't.method', 't.reference', 't.amount_minor', 't.currency', 't.status', 't.credited_minor', 't.credited_currency', 't.return_to', 't.expires_at', 't.settled_at', 't.created_at', 'u.display_name', 'u.email'])
    .where('t.status', '=', 'pending')
    .where('t.method', '=', 'bank_transfer')
    .orderBy('t.created_at', 'desc')
    .limit(200)
    .execute();
  const transfers = await deps.db
    .selectFrom('bank_transfers as b')
    .innerJoin('top_ups as t', 't.id', 'b.top_up_id')
    .innerJoin('users as u', 'u.id', 'b.matched_by')
    .select(['b.bank_txn_id', 't.reference', 'b.amount_minor', 'b.currency', 'b.source', 'b.created_at', 'u.display_name', sql<string>`to_char(b.received_on, 'YYYY-MM-DD')`.as('received_on')])
    .orderBy('b.created_at', 'desc')
    .limit(50)
    .execute();
  return {
    pending: pending.map((r) => ({ ...view(r), clientName: r.display_name, clientEmail: r.email })),
    recentTransfers: transfers.map((b) => ({ bankTxnId: b.bank_txn_id, reference: b.reference, amount: money(BigInt(b.amount_minor), b.currency), receivedOn: b.received_on, source: b.source, matchedBy: b.display_name, createdAt: b.created_at })),
  };
}
