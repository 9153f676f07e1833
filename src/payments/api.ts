// Money-in endpoints under /api/v1: the same use cases the pages call. Money-moving POSTs take an
// Idempotency-Key header. The simulator's webhook reads the raw body, since the signature is over
// the exact bytes sent.
import type { z } from 'zod';
import { type Endpoint, endpoint, idempotencyKeyOf } from '../api/openapi.ts';
import type { Ctx } from '../platform/http.ts';
import { moneyToJson } from '../platform/money.ts';
import { matchInput, SIGNATURE_HEADER, statementInput, topUpInput } from './domain.ts';
import { appliedTransferResponse, statementResponse, topUpListResponse, topUpResponse, webhookReceiptResponse } from './schemas.ts';
import * as payments from './service.ts';

const V1 = '/api/v1';
const deps = (c: Ctx) => c.get('deps');
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function topUpJson(c: Ctx, t: payments.TopUpView): z.input<typeof topUpResponse> {
  const bank = t.method === 'bank_transfer' ? payments.bankDetails(deps(c).config) : null;
  return {
    id: t.id,
    method: t.method,
    reference: t.reference,
    amount: moneyToJson(t.amount),
    status: t.status,
    credited: t.credited ? moneyToJson(t.credited) : null,
    return_to: t.returnTo,
    expires_at: iso(t.expiresAt),
    settled_at: iso(t.settledAt),
    created_at: t.createdAt.toISOString(),
    next: t.next,
    bank: bank ? { title: bank.title, bank_name: bank.bankName, iban: bank.iban, raast_id: bank.raastId } : null,
  };
}

export const appliedJson = (a: payments.AppliedTransfer): z.input<typeof appliedTransferResponse> => ({
  top_up: a.topUpId,
  reference: a.reference,
  credited: moneyToJson(a.credited),
  bank_txn_id: a.bankTxnId,
  ledger_transaction: a.transactionId,
  replayed: a.replayed,
});

export const paymentEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'startTopUp',
    method: 'post',
    path: `${V1}/payments/top-ups`,
    tag: 'payments',
    auth: 'required',
    request: { name: 'TopUpRequest', schema: topUpInput },
    idempotent: true,
    status: 201,
    response: topUpResponse,
    problems: ['payment.method_unavailable', 'idempotency.conflict', 'payment.confirm_large'],
    async handle(c, body) {
      return topUpJson(c, await payments.startTopUpRequest(deps(c), c.get('actor'), body, idempotencyKeyOf(c)));
    },
  }),
  endpoint({
    operationId: 'listTopUps',
    method: 'get',
    path: `${V1}/payments/top-ups`,
    tag: 'payments',
    auth: 'required',
    status: 200,
    response: topUpListResponse,
    async handle(c) {
      return { top_ups: (await payments.listTopUps(deps(c), c.get('actor'))).map((t) => topUpJson(c, t)) };
    },
  }),
  endpoint({
    operationId: 'getTopUp',
    method: 'get',
    path: `${V1}/payments/top-ups/{top_up_id}`,
    tag: 'payments',
    auth: 'required',
    params: { top_up_id: 'api.param.top_up' },
    status: 200,
    response: topUpResponse,
    problems: ['not_found'],
    async handle(c) {
      return topUpJson(c, await payments.getTopUp(deps(c), c.get('actor'), c.req.param('top_up_id') ?? ''));
    },
  }),
  endpoint({
    operationId: 'simulatorWebhook',
    method: 'post',
    path: `${V1}/payments/webhooks/simulator`,
    tag: 'payments',
    auth: 'none',
    status: 200,
    response: webhookReceiptResponse,
    problems: ['payment.webhook_signature', 'payment.webhook_stale', 'payment.webhook_invalid', 'payment.simulator_disabled'],
    async handle(c) {
      return payments.receiveSimulatorWebhook(deps(c), await c.req.text(), c.req.header(SIGNATURE_HEADER));
    },
  }),
  endpoint({
    operationId: 'matchBankTransfer',
    method: 'post',
    path: `${V1}/admin/payments/match`,
    tag: 'payments',
    auth: 'required',
    request: { name: 'MatchBankTransferRequest', schema: matchInput },
    status: 200,
    response: appliedTransferResponse,
    problems: ['auth.forbidden', 'payment.reference_unknown', 'payment.already_settled', 'payment.not_bank_transfer', 'idempotency.conflict'],
    async handle(c, body) {
      return appliedJson(await payments.matchTransfer(deps(c), c.get('actor'), body));
    },
  }),
  endpoint({
    operationId: 'importBankStatement',
    method: 'post',
    path: `${V1}/admin/payments/statements`,
    tag: 'payments',
    auth: 'required',
    request: { name: 'BankStatementRequest', schema: statementInput },
    status: 200,
    response: statementResponse,
    problems: ['auth.forbidden'],
    async handle(c, body) {
      const t = c.get('t');
      const r = await payments.importStatement(deps(c), c.get('actor'), body);
      return {
        lines: r.lines.map((l) => ({ line: l.line, date: l.date, amount: moneyToJson(l.amount), reference_text: l.reference, bank_txn_id: l.bankTxnId, found_reference: l.found, status: l.status })),
        problems: r.problems.map((p) => ({ line: p.line, field: p.field, message: t(p.key, { min: '', max: '' }) })),
        counts: r.counts,
        applied: r.applied.map(appliedJson),
        refused: r.refused.map((x) => ({ bank_txn_id: x.bankTxnId, code: x.code })),
      };
    },
  }),
];
