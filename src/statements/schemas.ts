// What the statement endpoints answer (listed in src/api/schemas.ts responseSchemas). Amounts are
// the platform's Money JSON (minor units as decimal strings); months are YYYY-MM in Pakistan time.
import { z } from 'zod';
import { PAYOUT_CHANNELS } from '../payouts/domain.ts';
import { CURRENCIES, moneyResponse } from '../platform/money.ts';

const timestamp = z.iso.datetime({ offset: true });
const currency = z.enum(CURRENCIES);
const regime = z.object({
  tax: moneyResponse,
  rate_bp: z.number().int().nullable().describe('The final tax’s rate in basis points (25 = 0.25%); null for the normal slabs'),
  applies: z.boolean().describe('Whether the person met this regime’s conditions as their tax profile stood'),
  why: z.array(z.string()).describe('Why, in the caller’s language'),
});

export const statementSummaryResponse = z.object({
  id: z.uuid(),
  tax_year: z.number().int().describe('Named by the year it ends: 2026 is 1 July 2025 – 30 June 2026'),
  code: z.string().describe('The verification code: 20 characters of Crockford base32'),
  code_display: z.string().describe('As printed: XXXX-XXXX-XXXX-XXXX-XXXX'),
  status: z.enum(['valid', 'withdrawn']),
  issued_at: timestamp,
  withdrawn_at: timestamp.nullable(),
  verify_url: z.string().describe('The public page where anyone can check the statement by its code'),
  page_url: z.string().describe('The print-ready page; its PDF is at the same address + .pdf, its CSV + .csv'),
});

export const statementResponse = statementSummaryResponse.extend({
  figures: z
    .object({
      period: z.object({ start: timestamp, end: timestamp.describe('The first instant after the tax year') }),
      as_of: timestamp.describe('When the figures were read from the ledger (the issue): a year still running is shown up to here'),
      holder: z.object({ name: z.string(), ntn: z.string().nullable() }),
      earnings: z.object({
        lines: z.array(
          z.object({
            month: z.string(),
            currency,
            source: z.enum(['export', 'local']).describe('export: clients abroad; local: clients in Pakistan'),
            gross: moneyResponse.describe('What the clients paid for the work'),
            fees: moneyResponse.describe('Hunar’s fee'),
            earned: moneyResponse.describe('Credited to the freelancer: gross − fees'),
            pkr: moneyResponse.describe('The earned amount in rupees, each credit at its day’s rate'),
            refunds: moneyResponse.describe('Money of their orders returned to clients'),
          }),
        ),
        totals: z.array(z.object({ currency, gross: moneyResponse, fees: moneyResponse, earned: moneyResponse, pkr: moneyResponse, refunds: moneyResponse })).describe('Per currency, summed from the lines'),
        export_pkr: moneyResponse,
        local_pkr: moneyResponse,
        total_pkr: moneyResponse.describe('The income the estimate uses'),
      }),
      withdrawals: z.object({
        lines: z.array(
          z.object({
            reference: z.string(),
            channel: z.enum(PAYOUT_CHANNELS),
            destination: z.string().describe('Masked'),
            amount: moneyResponse,
            fee: moneyResponse,
            net: moneyResponse.describe('What was paid out'),
            paid_at: timestamp,
            bank_reference: z.string().nullable(),
            prc: z.object({ number: z.string().nullable(), attached: z.boolean(), purpose_code: z.string(), payer_country: z.string() }).nullable().describe('Foreign-currency payouts: the proceeds realisation certificate'),
          }),
        ),
        totals: z.array(z.object({ channel: z.enum(PAYOUT_CHANNELS), currency, count: z.number().int(), amount: moneyResponse, fee: moneyResponse, net: moneyResponse })),
      }),
      estimate: z.object({
        regimes: z.object({ final_154a: regime, normal: regime }),
        recommended: z.enum(['final_154a', 'normal']),
        assumed: z.object({ pseb_registered: z.boolean(), filer: z.boolean(), salary: moneyResponse }),
      }).describe('An estimate, not tax advice'),
      sources: z.array(z.object({ title: z.string(), url: z.string(), date: z.string(), confidence: z.enum(['confirmed', 'reported', 'unconfirmed']) })),
    })
    .describe('Frozen when the statement was issued'),
});

export const statementListResponse = z.object({
  years: z.array(z.number().int()).describe('The tax years you may issue a statement for (with earnings or withdrawals), newest first'),
  items: z.array(statementSummaryResponse).describe('Newest first'),
});

export const statementResponseSchemas = { TaxStatementSummary: statementSummaryResponse, TaxStatement: statementResponse, TaxStatementList: statementListResponse } as const;
