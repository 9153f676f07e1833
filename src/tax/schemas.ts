// What GET /api/v1/tax/estimate answers (listed in src/api/schemas.ts responseSchemas).
import { z } from 'zod';
import { moneyResponse } from '../platform/money.ts';

const why = z.array(z.string()).describe('Why, as sentences in the caller’s language (Accept-Language or their account’s language)');

export const taxSourceResponse = z.object({
  title: z.string().describe('The source’s title, as our reference notes give it'),
  url: z.string(),
  date: z.string().describe('When it was published or last updated: YYYY-MM-DD, YYYY-MM or YYYY, or "undated"'),
  confidence: z.enum(['confirmed', 'reported', 'unconfirmed']).describe('confirmed: the law’s text or tax firms’ summaries state it; reported: one summary, news report or forum, or sources disagree; unconfirmed: our sources say it is not confirmed'),
});

export const taxEstimateResponse = z.object({
  tax_year: z.number().int().describe('Named by the year it ends in: 2026 is 1 July 2025 to 30 June 2026'),
  income: moneyResponse,
  regimes: z.object({
    final_154a: z.object({
      tax: moneyResponse.describe('The final tax on export proceeds (section 154A), plus the normal slabs on any other income; whole rupees'),
      rate_bp: z.number().int().describe('The final tax’s rate in basis points: 25 = 0.25% (PSEB-registered), 100 = 1%'),
      applies: z.boolean().describe('Whether its conditions are met as described (export proceeds, on the Active Taxpayers List)'),
      why,
    }),
    normal: z.object({
      tax: moneyResponse.describe('The normal slabs on the whole income, with the section 4AB surcharge above Rs 10 million; whole rupees'),
      why,
    }),
  }),
  recommended: z.enum(['final_154a', 'normal']).describe('The cheaper of the regimes whose conditions are met; the normal slabs on a tie'),
  sources: z.array(taxSourceResponse).describe('Every source the figures rest on, each once'),
});

export const taxResponseSchemas = { TaxEstimate: taxEstimateResponse } as const;
