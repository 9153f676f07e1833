// What GET /api/v1/fees answers (listed in src/api/schemas.ts responseSchemas).
import { z } from 'zod';
import { moneyResponse } from '../platform/money.ts';

const bp = z.number().int().describe('Basis points: 100 = 1%');
const confidence = z.enum(['official', 'third_party', 'unconfirmed']).describe('official: the platform’s own page; third_party: a blog, news site or dataset; unconfirmed: no good source, never to be shown as fact');
const peerFee = z.object({
  bp_min: bp,
  bp_max: bp.describe('Equal to bp_min unless the fee is set per contract'),
  min: moneyResponse.nullable().describe('A minimum fee, in US dollars'),
  confidence,
  effective_from: z.string().nullable().describe('ISO year, month or date the rule applies from; null when the source gives none'),
  source: z.string().describe('Where the figure comes from'),
});

export const feeComparisonResponse = z.object({
  amount: moneyResponse,
  policy: z.object({ freelancer_bp: bp, client_bp: bp }).describe('Hunar’s fee policy on this site, set by its operator'),
  rounding: z.literal('half_even').describe('Each fee is rounded to the minor unit, ties to the even paisa or cent'),
  usd_to_pkr: z.string().describe('The rate at which US-dollar minimum fees are converted for rupee amounts: the platform’s current rate (set by its admins)'),
  usd_to_pkr_source: z.enum(['initial', 'demo', 'form', 'csv', 'api']).describe('Where the rate comes from: initial is the rate shipped with Hunar (until an admin sets one), demo the demo data’s; form, csv and api an admin'),
  usd_to_pkr_effective_on: z.string().nullable().describe('The day the rate is for (YYYY-MM-DD)'),
  hunar: z.object({
    client_pays: moneyResponse,
    client_fee: moneyResponse,
    freelancer_fee: moneyResponse,
    freelancer_receives: moneyResponse,
    hunar_keeps: moneyResponse,
  }),
  peers: z.array(
    z.object({
      peer: z.enum(['fiverr', 'upwork', 'freelancer', 'guru']),
      name: z.string(),
      keeps_min: moneyResponse.describe('What the freelancer keeps at the highest fee'),
      keeps_max: moneyResponse.describe('What the freelancer keeps at the lowest fee'),
      client_pays: moneyResponse.nullable().describe('Null when no source gives the client’s fee'),
      freelancer_fee: peerFee,
      client_fee: peerFee.extend({ small_order: z.object({ under: moneyResponse, fee: moneyResponse }).nullable() }).nullable(),
    }),
  ),
});

export const feeResponseSchemas = { FeeComparison: feeComparisonResponse } as const;
