// Contract endpoints under /api/v1: the same use cases as the contract pages (src/orders/contracts.ts).
import { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import type { Ctx } from '../platform/http.ts';
import { moneyResponse, moneyToJson } from '../platform/money.ts';
import * as contracts from './contracts.ts';
import { ORDER_STATES } from './domain.ts';
import { orderNumber } from './service.ts';

const timestamp = z.iso.datetime({ offset: true });
const person = z.object({ id: z.uuid(), display_name: z.string(), handle: z.string() });

export const contractResponse = z.object({
  id: z.uuid(),
  url: z.string(),
  title: z.string(),
  kind: z.enum(['fixed', 'hourly']),
  status: z.enum(['active', 'ended']),
  job_url: z.string(),
  client: person,
  freelancer: person,
  rate: moneyResponse.nullable().describe('Hourly contracts: the rate an hour'),
  weekly_hours: z.number().int().nullable(),
  orders: z
    .array(
      z.object({
        id: z.uuid(),
        number: z.string(),
        url: z.string(),
        title: z.string(),
        position: z.number().int().nullable(),
        state: z.enum(ORDER_STATES),
        amount: moneyResponse.describe('A milestone’s price, or a week’s cap (rate × weekly hours)'),
        week_ends_at: timestamp.nullable(),
        billed: moneyResponse.nullable().describe('A billed week: what its logged hours came to'),
        minutes_logged: z.number().int(),
      }),
    )
    .describe('Milestones (fixed price) or weeks (hourly), each an order'),
  time: z.array(z.object({ id: z.uuid(), order_id: z.uuid(), work_date: z.string(), minutes: z.number().int(), note: z.string() })),
  your_side: z.enum(['client', 'freelancer']),
  created_at: timestamp,
  agreed_price: moneyResponse.nullable().describe('Fixed price: the hired proposal’s price, which its milestones add up to'),
  total: moneyResponse.describe('to_fund + funded + released, in prices before fees (hourly: so far); cancelled parts count nowhere'),
  funded: moneyResponse.describe('In escrow: parts paid for and not yet released or refunded'),
  released: moneyResponse.describe('Released to the freelancer (who receives it less Hunar’s fee); a billed week counts at what was billed'),
  to_fund: moneyResponse.describe('Parts waiting for the client to fund them'),
});
export const contractListResponse = z.object({
  contracts: z.array(z.object({ id: z.uuid(), url: z.string(), title: z.string(), kind: z.enum(['fixed', 'hourly']), status: z.enum(['active', 'ended']), side: z.enum(['client', 'freelancer']), other_party: z.string() })),
});
export const weekResponse = z.object({ order_id: z.uuid(), url: z.string() });
export const contractResponseSchemas = { Contract: contractResponse, ContractList: contractListResponse, ContractWeek: weekResponse } as const;

const p = (x: { id: string; displayName: string; handle: string }) => ({ id: x.id, display_name: x.displayName, handle: x.handle });
function contractJson(c: contracts.ContractView): z.input<typeof contractResponse> {
  return {
    id: c.id,
    url: `/contracts/${c.id}`,
    title: c.title,
    kind: c.kind,
    status: c.status,
    job_url: `/jobs/${c.jobId}`,
    client: p(c.client),
    freelancer: p(c.freelancer),
    rate: c.rate ? moneyToJson(c.rate) : null,
    weekly_hours: c.weeklyHours,
    orders: c.orders.map((o) => ({
      id: o.id,
      number: orderNumber(o.number),
      url: `/orders/${o.id}`,
      title: o.title,
      position: o.position,
      state: o.state,
      amount: moneyToJson(o.amount),
      week_ends_at: o.weekEndsAt?.toISOString() ?? null,
      billed: o.billed ? moneyToJson(o.billed) : null,
      minutes_logged: o.minutesLogged,
    })),
    time: c.time.map((t) => ({ id: t.id, order_id: t.orderId, work_date: t.workDate, minutes: t.minutes, note: t.note })),
    your_side: c.viewerSide,
    created_at: c.createdAt.toISOString(),
    agreed_price: c.agreedPrice ? moneyToJson(c.agreedPrice) : null,
    total: moneyToJson(c.totals.total),
    funded: moneyToJson(c.totals.funded),
    released: moneyToJson(c.totals.released),
    to_fund: moneyToJson(c.totals.toFund),
  };
}

const deps = (c: Ctx) => c.get('deps');

export const contractEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'listContracts',
    method: 'get',
    path: '/api/v1/contracts',
    tag: 'orders',
    auth: 'required',
    status: 200,
    response: contractListResponse,
    async handle(c) {
      const list = await contracts.listMyContracts(deps(c), c.get('actor'));
      return { contracts: list.map((k) => ({ id: k.id, url: `/contracts/${k.id}`, title: k.title, kind: k.kind, status: k.status, side: k.side, other_party: k.otherParty })) };
    },
  }),
  endpoint({
    operationId: 'getContract',
    method: 'get',
    path: '/api/v1/contracts/{contract}',
    tag: 'orders',
    auth: 'required',
    params: { contract: 'api.param.contract' },
    status: 200,
    response: contractResponse,
    problems: ['not_found'],
    handle: async (c) => contractJson(await contracts.getContract(deps(c), c.get('actor'), c.req.param('contract') ?? '')),
  }),
  endpoint({
    operationId: 'openWeek',
    method: 'post',
    path: '/api/v1/contracts/{contract}/weeks',
    tag: 'orders',
    auth: 'required',
    params: { contract: 'api.param.contract' },
    status: 201,
    response: weekResponse,
    problems: ['not_found', 'order.not_your_turn', 'order.invalid_transition', 'contract.week_open'],
    async handle(c) {
      const { orderId } = await contracts.openNextWeek(deps(c), c.get('actor'), c.req.param('contract') ?? '');
      return { order_id: orderId, url: `/orders/${orderId}` };
    },
  }),
  endpoint({
    operationId: 'logTime',
    method: 'post',
    path: '/api/v1/orders/{order}/time',
    tag: 'orders',
    auth: 'required',
    params: { order: 'api.param.order' },
    request: { name: 'TimeEntryRequest', schema: contracts.timeInput },
    status: 201,
    response: contractResponse,
    problems: ['not_found', 'order.not_your_turn', 'contract.week_not_running'],
    handle: async (c, body) => contractJson(await contracts.logTime(deps(c), c.get('actor'), c.req.param('order') ?? '', body)),
  }),
];
