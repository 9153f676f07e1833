// Requesting a withdrawal: the preview the confirmation page shows, then the request itself, one
// ledger transaction under the caller's idempotency key written with the withdrawal's row.
import { IDEMPOTENCY_KEY, requestFingerprint } from '../../ledger/domain.ts';
import { claimKey, type Leg, post } from '../../ledger/service.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { parseWith } from '../../platform/forms.ts';
import { formatMoney, type Money } from '../../platform/money.ts';
import { defaultSource, type PayoutChannel, quoteWithdrawal, sourcesFor, type WithdrawalQuote, type WithdrawalSource, withdrawalInput, WITHDRAWAL_MINIMUM } from '../domain.ts';
import { clearing, requirePayee, revenue, sourceAccount } from '../money-flow.ts';
import { activeMethods, audit, type MethodView, methodView, type WithdrawalJson, withdrawalJson, withdrawalView } from '../records.ts';
import { requireCovered } from './check-balances.ts';
import { openRemittanceRecord } from '../../remittances/service.ts';

/** The balance a request draws from: the one it names, or the person's usual one; never one they do not have. */
function sourceOf(actor: Actor, named: WithdrawalSource | undefined): WithdrawalSource {
  const source = named ?? defaultSource(actor);
  if (!sourcesFor(actor).includes(source)) throw new AppError('validation.failed', {}, { source: { key: 'field.choose' } });
  return source;
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
    // Issue 19: a payout of dollar earnings keeps what its PRC needs (src/remittances).
    await openRemittanceRecord(tx, deps, { id, userId: actor.userId, currency: c, source });
    await audit(tx, deps, 'withdrawal.requested', actor, id, { amount: quote.amount.amount.toString(), fee: quote.fee.amount.toString(), currency: c, channel: method.channel, source });
    return { withdrawal: answer, replayed: false };
  });
}
