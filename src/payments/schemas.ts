// What the payments and exchange-rate endpoints answer (listed in src/api/schemas.ts responseSchemas).
import { z } from 'zod';
import { moneyResponse } from '../platform/money.ts';
import { ESTIMATE_ONLY_CURRENCIES, RATE_SOURCES } from '../fx/domain.ts';
import { TOP_UP_METHODS, TOP_UP_STATUSES } from './domain.ts';

const timestamp = z.iso.datetime({ offset: true });

export const topUpResponse = z.object({
  id: z.uuid(),
  method: z.enum(TOP_UP_METHODS).describe('simulator is the checkout simulator (development only)'),
  reference: z.string().describe('HNR-XXXX-XXXX: no look-alike characters, the last one a check character'),
  amount: moneyResponse.describe('What the client said they would pay'),
  status: z.enum(TOP_UP_STATUSES),
  credited: moneyResponse.nullable().describe('What was added to the wallet, in the currency received'),
  return_to: z.string().nullable().describe('A same-site path the client is sent back to'),
  expires_at: timestamp.nullable(),
  settled_at: timestamp.nullable(),
  created_at: timestamp,
  next: z.object({ kind: z.enum(['instructions', 'redirect']), url: z.string() }).describe('Where the client goes now: the bank details page, or the checkout'),
  bank: z
    .object({ title: z.string(), bank_name: z.string().nullable(), iban: z.string().nullable(), raast_id: z.string().nullable() })
    .nullable()
    .describe('For bank transfers: the platform account to pay into, with the reference in the description'),
});

export const topUpListResponse = z.object({ top_ups: z.array(topUpResponse).describe('Newest first') });

export const webhookReceiptResponse = z.object({
  event: z.string(),
  outcome: z.enum(['applied', 'ignored', 'duplicate', 'mismatch', 'unknown_top_up']).describe('duplicate: this event id was received before and nothing changed'),
  status: z.enum(TOP_UP_STATUSES).nullable().describe('The top-up’s status after this event'),
});

export const appliedTransferResponse = z.object({
  top_up: z.uuid(),
  reference: z.string(),
  credited: moneyResponse,
  bank_txn_id: z.string(),
  ledger_transaction: z.uuid(),
  replayed: z.boolean().describe('True when this bank transaction had been applied before: nothing moved this time'),
});

const lineStatus = z.enum(['matched', 'amount_differs', 'unmatched', 'already_applied']);

export const statementResponse = z.object({
  lines: z.array(
    z.object({
      line: z.number().int(),
      date: z.string(),
      amount: moneyResponse,
      reference_text: z.string(),
      bank_txn_id: z.string(),
      found_reference: z.string().nullable(),
      status: lineStatus,
    }),
  ),
  problems: z.array(z.object({ line: z.number().int(), field: z.string(), message: z.string() })).describe('Rows that cannot be applied'),
  counts: z.object({ matched: z.number().int(), amount_differs: z.number().int(), unmatched: z.number().int(), already_applied: z.number().int(), invalid: z.number().int() }),
  applied: z.array(appliedTransferResponse).describe('With confirm: true, the lines credited (or replayed)'),
  refused: z.array(z.object({ bank_txn_id: z.string(), code: z.string() })),
});

const rateSource = z.enum(RATE_SOURCES).describe('initial: the rate shipped with Hunar, in force until an admin sets one; demo: the demo data’s; form, csv, api: set by an admin');

const rateResponse = z.object({
  from: z.enum(['PKR', 'USD']),
  to: z.enum(['PKR', 'USD']),
  rate: z.string().describe('Units of `to` per one unit of `from`, an exact decimal'),
  source: rateSource.nullable(),
  effective_on: z.string().nullable(),
});

export const ratesResponse = z.object({
  rates: z.array(rateResponse).describe('The rate wallet conversions, order payments and estimates use, both ways'),
  estimate_rates: z
    .array(z.object({ currency: z.enum(ESTIMATE_ONLY_CURRENCIES), pkr_per_unit: z.string(), effective_on: z.string(), source: rateSource }))
    .describe('Display-only rates for price estimates in pounds, euros, dirhams and riyals (money stays in PKR and USD); a currency without a rate is left out'),
});

export const rateImportResponse = z.object({
  added: z.number().int(),
  unchanged: z.number().int(),
  problems: z.array(z.object({ line: z.number().int(), message: z.string() })).describe('When not empty, nothing was imported'),
});

export const conversionResponse = z.object({
  from: moneyResponse,
  to: moneyResponse,
  rate: rateResponse,
  ledger_transaction: z.uuid(),
  replayed: z.boolean().describe('True when this Idempotency-Key was used before with the same request: nothing moved this time'),
});

export const paymentResponseSchemas = {
  TopUp: topUpResponse,
  TopUpList: topUpListResponse,
  WebhookReceipt: webhookReceiptResponse,
  AppliedTransfer: appliedTransferResponse,
  StatementImport: statementResponse,
  Rates: ratesResponse,
  RateImport: rateImportResponse,
  Conversion: conversionResponse,
} as const;
