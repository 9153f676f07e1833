// What the payout endpoints answer (listed in src/api/schemas.ts responseSchemas). Destinations
// are masked in every answer: full ones appear only in an admin's CSV export.
import { z } from 'zod';
import { moneyResponse } from '../platform/money.ts';
import { PAYOUT_CHANNELS, WITHDRAWAL_SOURCES, WITHDRAWAL_STATUSES } from './domain.ts';

const timestamp = z.iso.datetime({ offset: true });
const channel = z.enum(PAYOUT_CHANNELS);

export const payoutMethodResponse = z.object({
  id: z.uuid(),
  channel,
  destination: z.string().describe('Masked: the last four characters of an IBAN or number, the start and domain of an e-mail'),
  account_title: z.string(),
  bank: z.object({ code: z.string(), name_en: z.string(), name_ur: z.string() }).nullable().describe('Bank accounts: the bank named by the IBAN’s code; null when the code is not a confirmed one'),
  is_default: z.boolean(),
  created_at: timestamp,
});

export const payoutMethodListResponse = z.object({ items: z.array(payoutMethodResponse).describe('The default first') });

export const withdrawalResponse = z.object({
  id: z.uuid(),
  reference: z.string().describe('Hunar’s reference for this withdrawal, also in the payout file: HNR-XXXXXXXX'),
  channel,
  destination: z.string().describe('Masked, as in the payout method'),
  account_title: z.string(),
  amount: moneyResponse.describe('Taken from the balance named by source'),
  fee: moneyResponse.describe('Of the amount, kept by Hunar (0 unless the operator set a fee for the channel)'),
  net: moneyResponse.describe('What is paid out: amount − fee'),
  status: z.enum(WITHDRAWAL_STATUSES).describe('requested → in_batch → paid or failed; or requested → cancelled by its owner (a failed or cancelled withdrawal’s money, fee included, is back in the balance it came from)'),
  source: z.enum(WITHDRAWAL_SOURCES).describe('earnings: a freelancer’s available earnings; wallet: a client’s unused Hunar balance (never money in escrow)'),
  batch_id: z.uuid().nullable(),
  bank_reference: z.string().nullable().describe('Paid withdrawals: the bank’s or provider’s reference'),
  failure_reason: z.string().nullable().describe('Failed withdrawals: why'),
  created_at: timestamp,
  settled_at: timestamp.nullable(),
});

export const withdrawalListResponse = z.object({
  balances: z.array(moneyResponse).describe('Available to withdraw, per currency, from all your balances together'),
  sources: z.array(z.object({ source: z.enum(WITHDRAWAL_SOURCES), balance: moneyResponse })).describe('Available to withdraw per balance you have (earnings if you freelance, wallet if you hire) and currency; name one as source when withdrawing'),
  on_hold: z
    .array(z.object({ order: z.object({ id: z.uuid(), number: z.string() }), amount: moneyResponse, clears_at: timestamp }))
    .describe('Earnings on hold after a completed order, the soonest to clear first: each becomes available to withdraw at clears_at'),
  minimums: z.array(moneyResponse).describe('The smallest withdrawal, per currency'),
  fees: z.array(z.object({ channel, fee: moneyResponse })).describe('The fee per channel and currency; a currency missing for a channel cannot be sent there'),
  items: z.array(withdrawalResponse).describe('Newest first'),
});

export const payoutBatchResponse = z.object({
  id: z.uuid(),
  channel,
  created_at: timestamp,
  count: z.number().int(),
  waiting: z.number().int().describe('Still in the batch, neither paid nor failed'),
  paid: z.number().int(),
  failed: z.number().int(),
});

export const payoutQueueResponse = z.object({
  waiting: z.array(z.object({ channel, count: z.number().int(), total: moneyResponse })).describe('Requested withdrawals not yet in a batch, per channel and currency'),
  batches: z.array(payoutBatchResponse).describe('Newest first'),
});

export const payoutBatchDetailResponse = z.object({
  batch: payoutBatchResponse,
  withdrawals: z.array(withdrawalResponse.extend({ freelancer: z.object({ id: z.uuid(), display_name: z.string() }).describe('The person it is paid to: a freelancer, or a client withdrawing unused balance (see source)') })),
});

export const payoutResponseSchemas = {
  PayoutMethod: payoutMethodResponse,
  PayoutMethodList: payoutMethodListResponse,
  Withdrawal: withdrawalResponse,
  WithdrawalList: withdrawalListResponse,
  PayoutBatch: payoutBatchResponse,
  PayoutQueue: payoutQueueResponse,
  PayoutBatchDetail: payoutBatchDetailResponse,
} as const;
