// What GET /api/v1/rates answers (listed in src/api/schemas.ts responseSchemas).
import { z } from 'zod';
import { moneyResponse } from '../platform/money.ts';

const timestamp = z.iso.datetime({ offset: true });

const figures = z
  .object({
    q1: moneyResponse.describe('The lower quartile: a quarter of orders were below it'),
    median: moneyResponse,
    q3: moneyResponse.describe('The upper quartile: a quarter of orders were above it'),
    count: z.number().int().describe('How many orders (or hourly contracts) the figures come from'),
  })
  .nullable()
  .describe('Null: not enough data yet (fewer than 10 orders, fewer than 3 freelancers, or one freelancer with more than half)');

const byLevel = z.object({
  all: figures,
  new: figures,
  level_one: figures,
  level_two: figures,
  top_rated: figures,
});

const place = z.object({ orders: byLevel.describe('Prices of completed fixed-price orders, in PKR, rounded to Rs 100'), hourly: byLevel.describe('Rates of hourly contracts with a week completed in the window, in PKR, rounded to Rs 10') });

export const marketRatesResponse = z.object({
  skill: z.string(),
  city: z.string().nullable(),
  window: z.object({ from: timestamp, to: timestamp.describe('Exclusive: the first moment of the current month in Pakistan') }),
  min_orders: z.number().int(),
  min_freelancers: z.number().int(),
  in_city: place.nullable().describe('Null when no city was asked for'),
  pakistan: place,
  minimums: z.array(
    z.object({
      association: z.object({ slug: z.string(), name: z.object({ en: z.string().nullable(), ur: z.string().nullable() }), city: z.string().nullable() }),
      per_order: moneyResponse.nullable(),
      per_hour: moneyResponse.nullable(),
      updated_at: timestamp,
    }),
  ),
});

export const ratesResponseSchemas = { MarketRates: marketRatesResponse };
