// GET /api/v1/fees: the same comparison the /fees page shows, for apps and integrations.
import type { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import { moneyToJson } from '../platform/money.ts';
import { feesQuery } from './domain.ts';
import type { PeerFee } from './peers.ts';
import { feeComparisonResponse } from './schemas.ts';
import { compareFeesFor, type FeeComparison, feesRate, readFeesQuery } from './service.ts';

const fee = (f: PeerFee) => ({
  bp_min: f.bpMin,
  bp_max: f.bpMax,
  min: f.minUsdCents ? moneyToJson({ amount: f.minUsdCents, currency: 'USD' }) : null,
  confidence: f.confidence,
  effective_from: f.effectiveFrom,
  source: f.source,
});

export function feeComparisonJson(r: FeeComparison): z.input<typeof feeComparisonResponse> {
  return {
    amount: moneyToJson(r.amount),
    policy: { freelancer_bp: r.policy.freelancerBp, client_bp: r.policy.clientBp },
    rounding: 'half_even',
    usd_to_pkr: r.usdToPkr.rate,
    usd_to_pkr_source: r.usdToPkr.source ?? 'initial',
    usd_to_pkr_effective_on: r.usdToPkr.effectiveOn,
    hunar: {
      client_pays: moneyToJson(r.hunar.clientPays),
      client_fee: moneyToJson(r.hunar.clientFee),
      freelancer_fee: moneyToJson(r.hunar.freelancerFee),
      freelancer_receives: moneyToJson(r.hunar.freelancerReceives),
      hunar_keeps: moneyToJson(r.hunar.hunarKeeps),
    },
    peers: r.peers.map((p) => {
      const c = p.rule.client;
      return {
        peer: p.rule.peer,
        name: p.rule.name,
        keeps_min: moneyToJson(p.keepsMin),
        keeps_max: moneyToJson(p.keepsMax),
        client_pays: p.clientPays ? moneyToJson(p.clientPays) : null,
        freelancer_fee: fee(p.rule.freelancer),
        client_fee: c
          ? {
              ...fee(c),
              small_order: c.smallOrder ? { under: moneyToJson({ amount: c.smallOrder.underUsdCents, currency: 'USD' }), fee: moneyToJson({ amount: c.smallOrder.feeUsdCents, currency: 'USD' }) } : null,
            }
          : null,
      };
    }),
  };
}

export const feeEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'compareFees',
    method: 'get',
    path: '/api/v1/fees',
    tag: 'fees',
    auth: 'none',
    query: { schema: feesQuery.in, describe: { amount: 'api.query.fees.amount', currency: 'api.query.fees.currency' } },
    status: 200,
    response: feeComparisonResponse,
    problems: ['validation.failed'],
    handle: async (c) => {
      const amount = readFeesQuery({ amount: c.req.query('amount'), currency: c.req.query('currency') });
      return feeComparisonJson(compareFeesFor(c.get('deps'), amount, await feesRate(c.get('deps'))));
    },
  }),
];
