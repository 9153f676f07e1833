// GET /api/v1/rates (tag rates): the same figures as /rates, from the same use case.
import type { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import { money, moneyToJson } from '../platform/money.ts';
import { type ByLevel, type Figures, MIN_ORDERS, MIN_SELLERS, ratesQuery } from './domain.ts';
import { marketRatesResponse } from './schemas.ts';
import { type MarketRates, marketRates } from './service.ts';

const pkr = (minor: bigint) => moneyToJson(money(minor, 'PKR'));
const fig = (f: Figures | null) => (f ? { q1: pkr(f.q1), median: pkr(f.median), q3: pkr(f.q3), count: f.count } : null);
const levels = (b: ByLevel) => ({ all: fig(b.all), new: fig(b.levels.new), level_one: fig(b.levels.level_one), level_two: fig(b.levels.level_two), top_rated: fig(b.levels.top_rated) });
const place = (p: { orders: ByLevel; hourly: ByLevel }) => ({ orders: levels(p.orders), hourly: levels(p.hourly) });

export function ratesJson(r: MarketRates): z.input<typeof marketRatesResponse> {
  return {
    skill: r.skill,
    city: r.city,
    window: { from: r.window.from.toISOString(), to: r.window.to.toISOString() },
    min_orders: MIN_ORDERS,
    min_freelancers: MIN_SELLERS,
    in_city: r.inCity ? place(r.inCity) : null,
    pakistan: place(r.pakistan),
    minimums: r.minimums.map((m) => ({
      association: { slug: m.association.slug, name: m.association.name, city: m.association.city },
      per_order: m.order === null ? null : pkr(m.order),
      per_hour: m.hourly === null ? null : pkr(m.hourly),
      updated_at: m.updatedAt.toISOString(),
    })),
  };
}

export const ratesEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'getMarketRates',
    method: 'get',
    path: '/api/v1/rates',
    tag: 'rates',
    auth: 'none',
    query: { schema: ratesQuery, describe: { skill: 'api.query.rates.skill', city: 'api.query.rates.city' } },
    status: 200,
    response: marketRatesResponse,
    problems: ['validation.failed'],
    handle: async (c) => ratesJson(await marketRates(c.get('deps'), { skill: c.req.query('skill'), city: c.req.query('city') })),
  }),
];
