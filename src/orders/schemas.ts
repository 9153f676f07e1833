// What the order endpoints answer (listed in src/api/schemas.ts responseSchemas).
import { z } from 'zod';
import { moneyResponse } from '../platform/money.ts';
import { ORDER_ACTIONS, ORDER_STATES } from './domain.ts';

const timestamp = z.iso.datetime({ offset: true });
const person = z.object({ id: z.uuid(), display_name: z.string(), handle: z.string(), url: z.string() });
const state = z.enum(ORDER_STATES);
/** A file with a step (a delivery, a dispute statement): downloadable by the order's parties (and admins deciding its dispute). */
export const stepFile = z.object({ url: z.string(), name: z.string(), bytes: z.number().int(), content_type: z.string() });

export const orderResponse = z.object({
  id: z.uuid(),
  number: z.string().describe('As people quote it: HNR-1001'),
  url: z.string(),
  kind: z.enum(['gig', 'milestone', 'hourly_week']),
  title: z.string(),
  package_name: z.string(),
  gig_url: z.string().nullable(),
  client: person,
  freelancer: person,
  state,
  amounts: z
    .object({
      price: moneyResponse,
      client_pays: moneyResponse,
      client_fee: moneyResponse,
      freelancer_fee: moneyResponse,
      freelancer_receives: moneyResponse,
      hunar_keeps: moneyResponse,
    })
    .describe('Fixed when the order was placed; fees rounded half-even to the minor unit'),
  delivery_days: z.number().int().nullable(),
  revisions_included: z.number().int().describe('-1 means unlimited'),
  revisions_used: z.number().int(),
  answers: z.array(z.object({ question: z.string(), answer: z.string() })),
  cancel_requested_by: z.enum(['client', 'freelancer']).nullable(),
  due_at: timestamp.nullable(),
  auto_accept_at: timestamp.nullable(),
  hold_until: timestamp.nullable().describe('Earnings stay pending until then'),
  created_at: timestamp,
  events: z.array(
    z.object({
      kind: z.string().describe('placed, paid, delivered, revision_requested, accepted, auto_accepted, cancel_requested, cancelled, disputed, dispute_statement, dispute_decided, funds_cleared, week_billed'),
      by: z.enum(['client', 'freelancer', 'system', 'admin']).describe('admin: an admin deciding the dispute'),
      message: z.string().nullable(),
      at: timestamp,
      files: z.array(stepFile).describe('A delivery’s files; empty for other events'),
    }),
  ),
  dispute_url: z.string().nullable().describe('GET it for the dispute: its reason, statements with evidence and the decision'),
  your_side: z.enum(['client', 'freelancer']),
  your_actions: z.array(z.enum(ORDER_ACTIONS)).describe('What you can do now'),
});

export const orderListResponse = z.object({
  orders: z.array(
    z.object({ id: z.uuid(), number: z.string(), url: z.string(), title: z.string(), state, side: z.enum(['client', 'freelancer']), other_party: z.string(), amount: moneyResponse, created_at: timestamp }),
  ),
});

export const orderStateResponse = z.object({ id: z.uuid(), state });

export const paidOrderResponse = orderStateResponse.extend({
  conversion: z
    .object({ from: moneyResponse, to: moneyResponse, rate: z.string().describe('Rupees per US dollar, the rate it was converted at'), ledger_transaction: z.uuid() })
    .nullable()
    .describe('With convert_from: what was converted from the other currency, in the same step, to pay the rest; null when nothing was'),
});

export const orderResponseSchemas = { Order: orderResponse, OrderList: orderListResponse, OrderState: orderStateResponse, PaidOrder: paidOrderResponse } as const;
