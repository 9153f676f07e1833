// GET /api/v1/me/wallet and /api/v1/me/statement: the wallet page's data as JSON.
import { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import { earningsOnHold } from '../payouts/service.ts';
import { moneyResponse, moneyToJson } from '../platform/money.ts';
import { PERSONAL_KINDS, balances, statement, statementQuery } from './service.ts';

const timestamp = z.iso.datetime({ offset: true });

export const walletResponse = z.object({
  balances: z.array(z.object({ account: z.enum(PERSONAL_KINDS), balance: moneyResponse })),
  on_hold: z
    .array(z.object({ order: z.object({ id: z.uuid(), number: z.string() }), amount: moneyResponse, clears_at: timestamp }))
    .describe('Earnings on hold (the freelancer_pending balance, order by order), the soonest to clear first; each becomes available to withdraw at clears_at'),
});
export const statementResponse = z.object({
  lines: z.array(
    z.object({
      id: z.string(),
      at: timestamp,
      account: z.enum(PERSONAL_KINDS),
      kind: z.string().describe('payment_in, escrow_fund, escrow_release, escrow_refund, hold_clear, fx_convert, payout_request, payout_paid, payout_failed, payout_cancelled, hourly_bill, dispute_settlement'),
      order: z.object({ id: z.uuid(), number: z.string(), url: z.string() }).nullable(),
      amount: moneyResponse.describe('Signed: money in is positive'),
      balance_after: moneyResponse,
    }),
  ),
  more: z.boolean().describe('True when older movements were left out; narrow the dates'),
});

export const walletResponseSchemas = { Wallet: walletResponse, Statement: statementResponse } as const;

export const walletEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'getWallet',
    method: 'get',
    path: '/api/v1/me/wallet',
    tag: 'wallet',
    auth: 'required',
    status: 200,
    response: walletResponse,
    async handle(c) {
      const [list, holds] = await Promise.all([balances(c.get('deps'), c.get('actor')), earningsOnHold(c.get('deps'), c.get('actor'))]);
      return {
        balances: list.map((b) => ({ account: b.kind, balance: moneyToJson(b.balance) })),
        on_hold: holds.map((h) => ({ order: { id: h.orderId, number: h.orderNumber }, amount: moneyToJson(h.amount), clears_at: h.clearsAt.toISOString() })),
      };
    },
  }),
  endpoint({
    operationId: 'getStatement',
    method: 'get',
    path: '/api/v1/me/statement',
    tag: 'wallet',
    auth: 'required',
    query: { schema: statementQuery, describe: { from: 'api.query.statement.from', to: 'api.query.statement.to', currency: 'api.query.statement.currency' } },
    status: 200,
    response: statementResponse,
    problems: ['validation.failed'],
    async handle(c) {
      const s = await statement(c.get('deps'), c.get('actor'), c.req.query());
      return {
        lines: s.lines.map((l) => ({
          id: l.id,
          at: l.at.toISOString(),
          account: l.account,
          kind: l.kind,
          order: l.orderId && l.orderNumber ? { id: l.orderId, number: l.orderNumber, url: `/orders/${l.orderId}` } : null,
          amount: moneyToJson(l.amount),
          balance_after: moneyToJson(l.balanceAfter),
        })),
        more: s.more,
      };
    },
  }),
];
