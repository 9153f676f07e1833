// GET /api/v1/tax/estimate: both regimes for one yearly income, public (no sign-in), the same
// figures and reasons the /tax calculator shows.
import type { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import type { T } from '../platform/i18n.ts';
import { moneyToJson } from '../platform/money.ts';
import { type Assessment, estimateQuery, type Why } from './domain.ts';
import { taxEstimateResponse } from './schemas.ts';
import { estimateTax } from './service.ts';

const say = (t: T, whys: Why[]) => whys.map((w) => t(w.key, w.params));

export function taxEstimateJson(t: T, a: Assessment): z.input<typeof taxEstimateResponse> {
  const final = a.regimes.final_154a;
  return {
    tax_year: a.taxYear,
    income: moneyToJson(a.income),
    regimes: {
      final_154a: { tax: moneyToJson(final.tax), rate_bp: final.rateBp ?? 0, applies: final.applies, why: say(t, final.why) },
      normal: { tax: moneyToJson(a.regimes.normal.tax), why: say(t, a.regimes.normal.why) },
    },
    recommended: a.recommended,
    sources: a.sources.map((s) => ({ title: s.title, url: s.url, date: s.date, confidence: s.confidence })),
  };
}

export const taxEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'estimateTax',
    method: 'get',
    path: '/api/v1/tax/estimate',
    tag: 'tax',
    auth: 'none',
    query: {
      schema: estimateQuery.in,
      describe: { tax_year: 'api.query.tax.tax_year', income: 'api.query.tax.income', source: 'api.query.tax.source', pseb: 'api.query.tax.pseb', filer: 'api.query.tax.filer' },
    },
    status: 200,
    response: taxEstimateResponse,
    problems: ['validation.failed'],
    handle: async (c) => {
      const q = (name: string) => c.req.query(name);
      return taxEstimateJson(c.get('t'), estimateTax({ tax_year: q('tax_year'), income: q('income'), source: q('source'), pseb: q('pseb'), filer: q('filer') }));
    },
  }),
];
