// The dispute endpoints under /api/v1: a party reads their dispute and adds statements; an admin
// decides. Opening one is POST /api/v1/orders/{order}/dispute (src/orders/api.ts).
import type { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import { FILE_PROBLEMS, STEP_FILES, stepFileJson } from '../orders/api.ts';
import { readFiles } from '../platform/forms.ts';
import type { Ctx } from '../platform/http.ts';
import { moneyToJson } from '../platform/money.ts';
import { decisionInput, statementInput } from './domain.ts';
import { disputeDecisionResponse, disputeResponse } from './schemas.ts';
import * as disputes from './service.ts';

const V1 = '/api/v1';
const deps = (c: Ctx) => c.get('deps');
const disputeId = (c: Ctx) => c.req.param('dispute') ?? '';
const params = { dispute: 'api.param.dispute' };

export function disputeJson(d: disputes.DisputeView): z.input<typeof disputeResponse> {
  return {
    id: d.id,
    url: `/orders/${d.orderId}#dispute`,
    order: { id: d.orderId, number: disputes.orderNumber(d.orderNumber), title: d.orderTitle },
    status: d.status,
    reason: d.reason,
    opened_by: d.openedBy,
    opened_at: d.openedAt.toISOString(),
    statements: d.statements.map((s) => ({ by: s.side, author: s.authorName, text: s.body, at: s.at.toISOString(), files: s.files.map(stepFileJson) })),
    decision: d.decision
      ? {
          outcome: d.decision.outcome,
          freelancer_amount: moneyToJson(d.decision.freelancerAmount),
          freelancer_receives: moneyToJson(d.decision.freelancerReceives),
          hunar_keeps: moneyToJson(d.decision.hunarKeeps),
          client_refund: moneyToJson(d.decision.clientRefund),
          reason: d.decision.reason,
          decided_at: d.decision.decidedAt.toISOString(),
        }
      : null,
  };
}

export const disputeEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'getDispute',
    method: 'get',
    path: `${V1}/disputes/{dispute}`,
    tag: 'disputes',
    auth: 'required',
    params,
    status: 200,
    response: disputeResponse,
    problems: ['not_found'],
    handle: async (c) => disputeJson(await disputes.getDispute(deps(c), c.get('actor'), disputeId(c))),
  }),
  endpoint({
    operationId: 'addDisputeStatement',
    method: 'post',
    path: `${V1}/disputes/{dispute}/statements`,
    tag: 'disputes',
    auth: 'required',
    params,
    request: { name: 'DisputeStatementRequest', schema: statementInput, files: STEP_FILES },
    status: 201,
    response: disputeResponse,
    problems: ['not_found', 'dispute.closed', ...FILE_PROBLEMS],
    handle: async (c, body) => disputeJson(await disputes.addStatement(deps(c), c.get('actor'), disputeId(c), body, await readFiles(c, STEP_FILES.field))),
  }),
  endpoint({
    operationId: 'decideDispute',
    method: 'post',
    path: `${V1}/admin/disputes/{dispute}/decision`,
    tag: 'disputes',
    auth: 'required',
    params,
    request: { name: 'DisputeDecisionRequest', schema: decisionInput },
    status: 200,
    response: disputeDecisionResponse,
    problems: ['not_found', 'auth.forbidden', 'dispute.already_decided', 'dispute.own_order'],
    async handle(c, body) {
      const r = await disputes.decideDispute(deps(c), c.get('actor'), disputeId(c), body);
      return {
        id: r.id,
        status: r.status,
        outcome: r.outcome,
        order: { id: r.orderId, state: r.orderState },
        freelancer_amount: moneyToJson(r.settlement.freelancerAmount),
        freelancer_receives: moneyToJson(r.settlement.freelancerReceives),
        hunar_keeps: moneyToJson(r.settlement.hunarKeeps),
        client_refund: moneyToJson(r.settlement.clientRefund),
        ledger_transaction: r.ledgerTransaction,
      };
    },
  }),
];
