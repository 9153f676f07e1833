// The payout endpoints under /api/v1: thin calls into the payouts service, the same use cases the
// pages call. Withdrawing moves money, so it needs an Idempotency-Key header; a replay of the same
// request answers the first answer again (with Idempotent-Replayed: true).
import type { z } from 'zod';
import { type Endpoint, endpoint, idempotencyKeyOf } from '../api/openapi.ts';
import type { Ctx } from '../platform/http.ts';
import { CURRENCIES, money, moneyToJson } from '../platform/money.ts';
import { batchInput, CHANNEL_FEES, failedInput, PAYOUT_CHANNELS, paidInput, payoutMethodInput, WITHDRAWAL_MINIMUM, withdrawalInput } from './domain.ts';
import { payoutBatchDetailResponse, payoutBatchResponse, payoutMethodListResponse, payoutMethodResponse, payoutQueueResponse, withdrawalListResponse, withdrawalResponse } from './schemas.ts';
import * as payouts from './service.ts';

const V1 = '/api/v1';
const deps = (c: Ctx) => c.get('deps');
const methodParams = { method: 'api.param.payout_method' };
const withdrawalParams = { withdrawal: 'api.param.withdrawal' };
const batchParams = { batch: 'api.param.batch' };

function methodJson(m: payouts.MethodView): z.input<typeof payoutMethodResponse> {
  return {
    id: m.id,
    channel: m.channel,
    destination: m.masked,
    account_title: m.accountTitle,
    bank: m.bank ? { code: m.bank.code, name_en: m.bank.en, name_ur: m.bank.ur } : null,
    is_default: m.isDefault,
    created_at: m.createdAt.toISOString(),
  };
}

const batchJson = (b: payouts.BatchSummary): z.input<typeof payoutBatchResponse> => ({
  id: b.id,
  channel: b.channel,
  created_at: b.createdAt.toISOString(),
  count: b.count,
  waiting: b.open,
  paid: b.paid,
  failed: b.failed,
});

export const payoutEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'listPayoutMethods',
    method: 'get',
    path: `${V1}/me/payout-methods`,
    tag: 'payouts',
    auth: 'required',
    status: 200,
    response: payoutMethodListResponse,
    problems: ['payout.members_only'],
    async handle(c) {
      return { items: (await payouts.listMethods(deps(c), c.get('actor'))).map(methodJson) };
    },
  }),
  endpoint({
    operationId: 'addPayoutMethod',
    method: 'post',
    path: `${V1}/me/payout-methods`,
    tag: 'payouts',
    auth: 'required',
    request: { name: 'PayoutMethodInput', schema: payoutMethodInput },
    status: 201,
    response: payoutMethodResponse,
    problems: ['payout.members_only', 'payout.methods_full', 'payout.method_duplicate'],
    async handle(c, body) {
      return methodJson(await payouts.addMethod(deps(c), c.get('actor'), body));
    },
  }),
  endpoint({
    operationId: 'setDefaultPayoutMethod',
    method: 'put',
    path: `${V1}/me/payout-methods/{method}/default`,
    tag: 'payouts',
    auth: 'required',
    params: methodParams,
    status: 200,
    response: payoutMethodResponse,
    problems: ['payout.members_only', 'not_found'],
    async handle(c) {
      return methodJson(await payouts.setDefaultMethod(deps(c), c.get('actor'), c.req.param('method') ?? ''));
    },
  }),
  endpoint({
    operationId: 'removePayoutMethod',
    method: 'delete',
    path: `${V1}/me/payout-methods/{method}`,
    tag: 'payouts',
    auth: 'required',
    params: methodParams,
    status: 204,
    problems: ['payout.members_only', 'not_found'],
    async handle(c) {
      await payouts.removeMethod(deps(c), c.get('actor'), c.req.param('method') ?? '');
      return undefined;
    },
  }),
  endpoint({
    operationId: 'listWithdrawals',
    method: 'get',
    path: `${V1}/me/withdrawals`,
    tag: 'payouts',
    auth: 'required',
    status: 200,
    response: withdrawalListResponse,
    problems: ['payout.members_only'],
    async handle(c) {
      const [sources, holds, items] = await Promise.all([payouts.availableBalances(deps(c), c.get('actor')), payouts.earningsOnHold(deps(c), c.get('actor')), payouts.listWithdrawals(deps(c), c.get('actor'))]);
      return {
        balances: CURRENCIES.map((currency) => moneyToJson(money(sources.filter((s) => s.balance.currency === currency).reduce((sum, s) => sum + s.balance.amount, 0n), currency))),
        sources: sources.map((s) => ({ source: s.source, balance: moneyToJson(s.balance) })),
        on_hold: holds.map((h) => ({ order: { id: h.orderId, number: h.orderNumber }, amount: moneyToJson(h.amount), clears_at: h.clearsAt.toISOString() })),
        minimums: Object.values(WITHDRAWAL_MINIMUM).map(moneyToJson),
        fees: PAYOUT_CHANNELS.flatMap((channel) => Object.values(CHANNEL_FEES[channel]).map((fee) => ({ channel, fee: moneyToJson(fee) }))),
        items: items.map(payouts.withdrawalJson),
      };
    },
  }),
  endpoint({
    operationId: 'requestWithdrawal',
    method: 'post',
    path: `${V1}/me/withdrawals`,
    tag: 'payouts',
    auth: 'required',
    idempotent: true,
    request: { name: 'WithdrawalInput', schema: withdrawalInput },
    status: 201,
    response: withdrawalResponse,
    problems: ['payout.members_only', 'payout.below_minimum', 'payout.currency_not_supported', 'payout.fee_exceeds_amount', 'payout.nothing_available', 'payout.insufficient', 'payout.insufficient_on_hold', 'payout.insufficient_beyond_hold', 'payout.wallet_nothing_available', 'payout.wallet_insufficient', 'ledger.insufficient_funds'],
    async handle(c, body) {
      const { withdrawal, replayed } = await payouts.requestWithdrawal(deps(c), c.get('actor'), body, idempotencyKeyOf(c));
      if (replayed) c.header('idempotent-replayed', 'true');
      return withdrawal;
    },
  }),
  endpoint({
    operationId: 'getWithdrawal',
    method: 'get',
    path: `${V1}/me/withdrawals/{withdrawal}`,
    tag: 'payouts',
    auth: 'required',
    params: withdrawalParams,
    status: 200,
    response: withdrawalResponse,
    problems: ['payout.members_only', 'not_found'],
    async handle(c) {
      return payouts.withdrawalJson(await payouts.getWithdrawal(deps(c), c.get('actor'), c.req.param('withdrawal') ?? ''));
    },
  }),
  endpoint({
    operationId: 'cancelWithdrawal',
    method: 'post',
    path: `${V1}/me/withdrawals/{withdrawal}/cancel`,
    tag: 'payouts',
    auth: 'required',
    params: withdrawalParams,
    status: 200,
    response: withdrawalResponse,
    problems: ['payout.members_only', 'not_found', 'payout.cannot_cancel'],
    async handle(c) {
      return payouts.withdrawalJson(await payouts.cancelWithdrawal(deps(c), c.get('actor'), c.req.param('withdrawal') ?? ''));
    },
  }),
  endpoint({
    operationId: 'payoutQueue',
    method: 'get',
    path: `${V1}/admin/payouts`,
    tag: 'payouts',
    auth: 'required',
    status: 200,
    response: payoutQueueResponse,
    problems: ['auth.forbidden'],
    async handle(c) {
      const q = await payouts.payoutQueue(deps(c), c.get('actor'));
      return { waiting: q.waiting.map((w) => ({ channel: w.channel, count: w.count, total: moneyToJson(w.total) })), batches: q.batches.map(batchJson) };
    },
  }),
  endpoint({
    operationId: 'createPayoutBatch',
    method: 'post',
    path: `${V1}/admin/payout-batches`,
    tag: 'payouts',
    auth: 'required',
    request: { name: 'PayoutBatchInput', schema: batchInput },
    status: 201,
    response: payoutBatchResponse,
    problems: ['auth.forbidden', 'payout.nothing_to_batch'],
    async handle(c, body) {
      return batchJson(await payouts.createBatch(deps(c), c.get('actor'), body));
    },
  }),
  endpoint({
    operationId: 'getPayoutBatch',
    method: 'get',
    path: `${V1}/admin/payout-batches/{batch}`,
    tag: 'payouts',
    auth: 'required',
    params: batchParams,
    status: 200,
    response: payoutBatchDetailResponse,
    problems: ['auth.forbidden', 'not_found'],
    async handle(c) {
      const { batch, withdrawals } = await payouts.getBatch(deps(c), c.get('actor'), c.req.param('batch') ?? '');
      return { batch: batchJson(batch), withdrawals: withdrawals.map((w) => ({ ...payouts.withdrawalJson(w), freelancer: { id: w.freelancer.id, display_name: w.freelancer.displayName } })) };
    },
  }),
  endpoint({
    operationId: 'markWithdrawalPaid',
    method: 'post',
    path: `${V1}/admin/withdrawals/{withdrawal}/paid`,
    tag: 'payouts',
    auth: 'required',
    params: withdrawalParams,
    request: { name: 'WithdrawalPaidInput', schema: paidInput },
    status: 200,
    response: withdrawalResponse,
    problems: ['auth.forbidden', 'not_found', 'payout.status_conflict'],
    async handle(c, body) {
      return payouts.withdrawalJson(await payouts.markPaid(deps(c), c.get('actor'), c.req.param('withdrawal') ?? '', body));
    },
  }),
  endpoint({
    operationId: 'markWithdrawalFailed',
    method: 'post',
    path: `${V1}/admin/withdrawals/{withdrawal}/failed`,
    tag: 'payouts',
    auth: 'required',
    params: withdrawalParams,
    request: { name: 'WithdrawalFailedInput', schema: failedInput },
    status: 200,
    response: withdrawalResponse,
    problems: ['auth.forbidden', 'not_found', 'payout.status_conflict'],
    async handle(c, body) {
      return payouts.withdrawalJson(await payouts.markFailed(deps(c), c.get('actor'), c.req.param('withdrawal') ?? '', body));
    },
  }),
];
