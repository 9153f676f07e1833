// What the dispute endpoints answer (listed in src/api/schemas.ts responseSchemas).
import { z } from 'zod';
import { stepFile } from '../orders/schemas.ts';
import { ORDER_STATES } from '../orders/domain.ts';
import { moneyResponse } from '../platform/money.ts';
import { DISPUTE_OUTCOMES, DISPUTE_REASONS } from './domain.ts';

const timestamp = z.iso.datetime({ offset: true });

export const disputeResponse = z.object({
  id: z.uuid(),
  url: z.string().describe('The order page, where the dispute is shown'),
  order: z.object({ id: z.uuid(), number: z.string(), title: z.string() }),
  status: z.enum(['open', 'decided']),
  reason: z.enum(DISPUTE_REASONS),
  opened_by: z.enum(['client', 'freelancer']),
  opened_at: timestamp,
  statements: z.array(z.object({ by: z.enum(['client', 'freelancer']), author: z.string(), text: z.string(), at: timestamp, files: z.array(stepFile) })).describe('Oldest first; the first is the description written when it was opened'),
  decision: z
    .object({
      outcome: z.enum(DISPUTE_OUTCOMES),
      freelancer_amount: moneyResponse.describe('Of the price, what the freelancer was given (before Hunar’s fee on it)'),
      freelancer_receives: moneyResponse,
      hunar_keeps: moneyResponse,
      client_refund: moneyResponse.describe('Back to the client’s Hunar balance'),
      reason: z.string(),
      decided_at: timestamp,
    })
    .nullable(),
});

export const disputeDecisionResponse = z.object({
  id: z.uuid(),
  status: z.literal('decided'),
  outcome: z.enum(DISPUTE_OUTCOMES),
  order: z.object({ id: z.uuid(), state: z.enum(ORDER_STATES) }),
  freelancer_amount: moneyResponse,
  freelancer_receives: moneyResponse,
  hunar_keeps: moneyResponse,
  client_refund: moneyResponse,
  ledger_transaction: z.uuid(),
});

export const disputeResponseSchemas = { Dispute: disputeResponse, DisputeDecision: disputeDecisionResponse } as const;
