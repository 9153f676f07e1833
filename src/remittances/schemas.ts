// What the remittance endpoints answer (listed in src/api/schemas.ts responseSchemas).
import { z } from 'zod';
import { PAYOUT_CHANNELS, WITHDRAWAL_STATUSES } from '../payouts/domain.ts';
import type { Locale } from '../platform/i18n.ts';
import { moneyResponse, moneyToJson } from '../platform/money.ts';
import type { Source } from '../tax/domain.ts';
import { countryName, IT_EXPORT_PURPOSE_CODE, type MonthRetention } from './domain.ts';
import type { RemittanceView } from './service.ts';

const timestamp = z.iso.datetime({ offset: true });

const sourceResponse = z.object({
  title: z.string(),
  url: z.string(),
  date: z.string().describe('When it was published, as the reference gives it (YYYY-MM-DD)'),
  confidence: z.enum(['confirmed', 'reported', 'unconfirmed']),
});

export const remittanceResponse = z.object({
  withdrawal_id: z.uuid(),
  reference: z.string().describe('Hunar’s reference of the payout (HNR-XXXXXXXX), as on /payouts'),
  status: z.enum(WITHDRAWAL_STATUSES).describe('The payout’s: requested, in_batch or paid (failed and cancelled payouts sent no money and are not listed)'),
  channel: z.enum(PAYOUT_CHANNELS),
  amount: moneyResponse.describe('What was paid out (less any fee), in the payout’s currency'),
  requested_at: timestamp,
  paid_at: timestamp.nullable(),
  payer_country: z.string().describe('ISO 3166-1 alpha-2: at first the country of the client who paid the freelancer’s dollar earnings most recently (US when none said), editable'),
  payer_country_name: z.string().describe('The country’s name in the caller’s language'),
  purpose_code: z.string().describe(`Four digits; ${IT_EXPORT_PURPOSE_CODE} (IT export, as freelancers cite it; unconfirmed officially) unless changed`),
  prc_number: z.string().nullable(),
  prc: z
    .object({
      url: z.string().describe('Downloads the file; only its owner may'),
      name: z.string(),
      content_type: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
      bytes: z.number().int(),
      attached_at: timestamp,
    })
    .nullable()
    .describe('The PRC the bank issued, when attached'),
  reminded_at: timestamp.nullable().describe('When the “PRC missing” reminder went out (once, a week after the payout was paid)'),
});

export const remittanceListResponse = z.object({
  remittances: z.array(remittanceResponse).describe('Newest payout first, at most 500'),
  with_prc: z.number().int().min(0),
  without_prc: z.number().int().min(0),
  purpose_code: z.object({ default: z.string(), source: sourceResponse }).describe('The IT export code new records start with, and where it comes from'),
  retention: z
    .object({
      months: z.array(z.object({ month: z.string().describe('YYYY-MM, Pakistan time'), proceeds: moneyResponse, keep: moneyResponse, convert: moneyResponse })),
      sources: z.array(sourceResponse),
    })
    .describe('The State Bank’s rule (from Oct 2023: 50% of export proceeds or USD 5,000 a month, whichever is higher, may stay in dollars) applied to the paid payouts of each month'),
  notice: z.string().describe('An estimate, not tax advice, in the caller’s language'),
});

export const remittanceResponseSchemas = {
  Remittance: remittanceResponse,
  RemittanceList: remittanceListResponse,
} as const;

export function remittanceJson(locale: Locale, r: RemittanceView): z.input<typeof remittanceResponse> {
  return {
    withdrawal_id: r.withdrawalId,
    reference: r.reference,
    status: r.status,
    channel: r.channel,
    amount: moneyToJson(r.amount),
    requested_at: r.requestedAt.toISOString(),
    paid_at: r.paidAt ? r.paidAt.toISOString() : null,
    payer_country: r.payerCountry,
    payer_country_name: countryName(locale, r.payerCountry),
    purpose_code: r.purposeCode,
    prc_number: r.prcNumber,
    prc: r.prc ? { url: r.prc.url, name: r.prc.name, content_type: r.prc.contentType as 'application/pdf', bytes: r.prc.bytes, attached_at: r.prc.attachedAt.toISOString() } : null,
    reminded_at: r.remindedAt ? r.remindedAt.toISOString() : null,
  };
}

export const sourceJson = (s: Source) => ({ title: s.title, url: s.url, date: s.date, confidence: s.confidence });

export const monthJson = (m: MonthRetention) => ({ month: m.month, proceeds: moneyToJson(m.proceeds), keep: moneyToJson(m.keep), convert: moneyToJson(m.convert) });
