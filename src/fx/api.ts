// Exchange-rate endpoints under /api/v1: rates (read for everyone, written by admins) and wallet
// conversions (Idempotency-Key header).
import { type Endpoint, endpoint, idempotencyKeyOf } from '../api/openapi.ts';
import { conversionResponse, rateImportResponse, ratesResponse } from '../payments/schemas.ts';
import type { Ctx } from '../platform/http.ts';
import { moneyToJson } from '../platform/money.ts';
import { type CurrentRate, convertInput, rateCsvInput, rateInput } from './domain.ts';
import * as fx from './service.ts';

const V1 = '/api/v1';
const deps = (c: Ctx) => c.get('deps');
const rateJson = (r: CurrentRate) => ({ from: r.from, to: r.to, rate: r.rate, source: r.source, effective_on: r.effectiveOn });

async function rates(c: Ctx) {
  const [a, b, inForce] = await Promise.all([fx.currentRate(deps(c).db, 'USD', 'PKR'), fx.currentRate(deps(c).db, 'PKR', 'USD'), fx.ratesInForce(deps(c).db)]);
  const estimate_rates = inForce.flatMap(({ currency, rate }) => (rate && currency !== 'USD' ? [{ currency, pkr_per_unit: rate.rate, effective_on: rate.effectiveOn, source: rate.source }] : []));
  return { rates: [rateJson(a), rateJson(b)], estimate_rates };
}

export const fxEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'getRates',
    method: 'get',
    path: `${V1}/fx/rates`,
    tag: 'fx',
    auth: 'none',
    status: 200,
    response: ratesResponse,
    handle: rates,
  }),
  endpoint({
    operationId: 'setRate',
    method: 'post',
    path: `${V1}/fx/rates`,
    tag: 'fx',
    auth: 'required',
    request: { name: 'SetRateRequest', schema: rateInput },
    status: 201,
    response: ratesResponse,
    problems: ['auth.forbidden'],
    async handle(c, body) {
      await fx.setRate(deps(c), c.get('actor'), body, 'api');
      return rates(c);
    },
  }),
  endpoint({
    operationId: 'importRates',
    method: 'post',
    path: `${V1}/fx/rates/import`,
    tag: 'fx',
    auth: 'required',
    request: { name: 'ImportRatesRequest', schema: rateCsvInput },
    status: 200,
    response: rateImportResponse,
    problems: ['auth.forbidden'],
    async handle(c, body) {
      const t = c.get('t');
      const r = await fx.importRates(deps(c), c.get('actor'), body);
      return { added: r.added.length, unchanged: r.unchanged.length, problems: r.problems.map((p) => ({ line: p.line, message: t(p.key, { min: '50', max: '1000' }) })) };
    },
  }),
  endpoint({
    operationId: 'convertCurrency',
    method: 'post',
    path: `${V1}/fx/conversions`,
    tag: 'fx',
    auth: 'required',
    request: { name: 'ConversionRequest', schema: convertInput },
    idempotent: true,
    status: 201,
    response: conversionResponse,
    problems: ['fx.no_rate', 'fx.too_small', 'ledger.insufficient_funds', 'idempotency.conflict'],
    async handle(c, body) {
      const r = await fx.convert(deps(c), c.get('actor'), body, idempotencyKeyOf(c));
      return { from: moneyToJson(r.from), to: moneyToJson(r.to), rate: rateJson(r.rate), ledger_transaction: r.transactionId, replayed: r.replayed };
    },
  }),
];
