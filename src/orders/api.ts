// The order endpoints under /api/v1: thin calls into the orders service (the same use cases the
// pages call). Paying and accepting move money: they need an Idempotency-Key header.
import type { z } from 'zod';
import { type Endpoint, endpoint, idempotencyKeyOf } from '../api/openapi.ts';
import type { Ctx } from '../platform/http.ts';
import { moneyToJson } from '../platform/money.ts';
import { FILES_PER_STEP, openDisputeInput } from '../disputes/domain.ts';
import { DOCUMENT_TYPES } from '../media/domain.ts';
import { readFiles } from '../platform/forms.ts';
import { messageInput, placeOrderInput, requiredMessageInput } from './service.ts';
import * as orders from './service.ts';
import { orderListResponse, orderResponse, orderStateResponse, paidOrderResponse } from './schemas.ts';

const V1 = '/api/v1';
/** A delivery's files and a dispute's evidence: multipart/form-data with up to 5 files in `files`. */
export const STEP_FILES = { field: 'files', max: FILES_PER_STEP, types: DOCUMENT_TYPES } as const;
export const FILE_PROBLEMS = ['order.too_many_files', 'media.too_large', 'media.unsupported_file', 'media.unreadable', 'media.too_many_pixels'] as const;
const deps = (c: Ctx) => c.get('deps');
const orderId = (c: Ctx) => c.req.param('order') ?? '';
const params = { order: 'api.param.order' };
export const stepFileJson = (f: { url: string; name: string; bytes: number; contentType: string }) => ({ url: f.url, name: f.name, bytes: f.bytes, content_type: f.contentType });
const person = (p: { id: string; displayName: string; handle: string }) => ({ id: p.id, display_name: p.displayName, handle: p.handle, url: `/u/${encodeURIComponent(p.handle)}` });

export function orderJson(o: orders.OrderView): z.input<typeof orderResponse> {
  return {
    id: o.id,
    number: orders.orderNumber(o.number),
    url: `/orders/${o.id}`,
    kind: o.kind,
    title: o.title,
    package_name: o.packageName,
    gig_url: o.gigSlug ? `/g/${o.gigSlug}` : null,
    client: person(o.client),
    freelancer: person(o.freelancer),
    state: o.state,
    amounts: {
      price: moneyToJson(o.fees.price),
      client_pays: moneyToJson(o.fees.clientPays),
      client_fee: moneyToJson(o.fees.clientFee),
      freelancer_fee: moneyToJson(o.fees.freelancerFee),
      freelancer_receives: moneyToJson(o.fees.freelancerReceives),
      hunar_keeps: moneyToJson(o.fees.hunarKeeps),
    },
    delivery_days: o.deliveryDays,
    revisions_included: o.revisionsIncluded,
    revisions_used: o.revisionsUsed,
    answers: o.answers,
    cancel_requested_by: o.cancelRequestedBy,
    due_at: o.dueAt?.toISOString() ?? null,
    auto_accept_at: o.autoAcceptAt?.toISOString() ?? null,
    hold_until: o.holdUntil?.toISOString() ?? null,
    created_at: o.createdAt.toISOString(),
    events: o.events.map((e) => ({ kind: e.kind, by: e.actor, message: e.message, at: e.at.toISOString(), files: e.files.map(stepFileJson) })),
    dispute_url: o.disputeId ? `/api/v1/disputes/${o.disputeId}` : null,
    your_side: o.viewerSide,
    your_actions: o.actions,
  };
}

const withMessage = (operationId: string, action: string, run: (c: Ctx, body: unknown) => Promise<orders.OrderView>, schema: typeof messageInput | typeof requiredMessageInput) =>
  endpoint({
    operationId,
    method: 'post',
    path: `${V1}/orders/{order}/${action}`,
    tag: 'orders',
    auth: 'required',
    params,
    request: { name: schema === messageInput ? 'OrderMessage' : 'OrderMessageRequired', schema },
    status: 200,
    response: orderResponse,
    problems: ['not_found', 'order.invalid_transition', 'order.not_your_turn', ...(action === 'revision' ? (['order.no_revisions_left'] as const) : []), ...(action === 'cancel' ? (['order.cancel_already_asked'] as const) : [])],
    handle: async (c, body) => orderJson(await run(c, body)),
  });

export const orderEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'placeOrder',
    method: 'post',
    path: `${V1}/orders`,
    tag: 'orders',
    auth: 'required',
    request: { name: 'PlaceOrderRequest', schema: placeOrderInput },
    status: 201,
    response: orderResponse,
    problems: ['not_found', 'auth.email_unverified', 'order.gig_unavailable', 'order.own_gig'],
    async handle(c, body) {
      const { id } = await orders.placeGigOrder(deps(c), c.get('actor'), body);
      return orderJson(await orders.getOrder(deps(c), c.get('actor'), id));
    },
  }),
  endpoint({
    operationId: 'listOrders',
    method: 'get',
    path: `${V1}/orders`,
    tag: 'orders',
    auth: 'required',
    status: 200,
    response: orderListResponse,
    async handle(c) {
      const list = await orders.listMyOrders(deps(c), c.get('actor'));
      return {
        orders: list.map((o) => ({
          id: o.id,
          number: orders.orderNumber(o.number),
          url: `/orders/${o.id}`,
          title: o.title,
          state: o.state,
          side: o.side,
          other_party: o.otherParty,
          amount: moneyToJson(o.amount),
          created_at: o.createdAt.toISOString(),
        })),
      };
    },
  }),
  endpoint({
    operationId: 'getOrder',
    method: 'get',
    path: `${V1}/orders/{order}`,
    tag: 'orders',
    auth: 'required',
    params,
    status: 200,
    response: orderResponse,
    problems: ['not_found'],
    handle: async (c) => orderJson(await orders.getOrder(deps(c), c.get('actor'), orderId(c))),
  }),
  endpoint({
    operationId: 'payOrder',
    method: 'post',
    path: `${V1}/orders/{order}/pay`,
    tag: 'orders',
    auth: 'required',
    params,
    idempotent: true,
    request: { name: 'PayOrderRequest', schema: orders.payOrderInput, optional: true },
    status: 200,
    response: paidOrderResponse,
    problems: ['not_found', 'order.invalid_transition', 'order.not_your_turn', 'ledger.insufficient_funds', 'fx.rate_changed', 'order.convert_changed', 'fx.no_rate'],
    handle: (c, body) => orders.payOrder(deps(c), c.get('actor'), orderId(c), idempotencyKeyOf(c), body ?? {}),
  }),
  endpoint({
    operationId: 'deliverOrder',
    method: 'post',
    path: `${V1}/orders/{order}/deliver`,
    tag: 'orders',
    auth: 'required',
    params,
    request: { name: 'OrderMessageRequired', schema: requiredMessageInput, files: STEP_FILES },
    status: 200,
    response: orderResponse,
    problems: ['not_found', 'order.invalid_transition', 'order.not_your_turn', ...FILE_PROBLEMS],
    handle: async (c, body) => orderJson(await orders.deliverOrder(deps(c), c.get('actor'), orderId(c), body, await readFiles(c, STEP_FILES.field))),
  }),
  withMessage('requestRevision', 'revision', (c, body) => orders.requestRevision(deps(c), c.get('actor'), orderId(c), body), requiredMessageInput),
  endpoint({
    operationId: 'acceptOrder',
    method: 'post',
    path: `${V1}/orders/{order}/accept`,
    tag: 'orders',
    auth: 'required',
    params,
    idempotent: true,
    status: 200,
    response: orderStateResponse,
    problems: ['not_found', 'order.invalid_transition', 'order.not_your_turn'],
    handle: (c) => orders.acceptOrder(deps(c), c.get('actor'), orderId(c), idempotencyKeyOf(c)),
  }),
  withMessage('cancelOrder', 'cancel', (c, body) => orders.cancelOrder(deps(c), c.get('actor'), orderId(c), body), messageInput),
  endpoint({
    operationId: 'disputeOrder',
    method: 'post',
    path: `${V1}/orders/{order}/dispute`,
    tag: 'orders',
    auth: 'required',
    params,
    request: { name: 'OpenDisputeRequest', schema: openDisputeInput, files: STEP_FILES },
    status: 200,
    response: orderResponse,
    problems: ['not_found', 'order.invalid_transition', 'order.not_your_turn', ...FILE_PROBLEMS],
    handle: async (c, body) => orderJson(await orders.disputeOrder(deps(c), c.get('actor'), orderId(c), body, await readFiles(c, STEP_FILES.field))),
  }),
];
