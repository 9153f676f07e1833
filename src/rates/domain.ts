// Market rates (issue 21, "for bargaining together"), with no I/O: when a group of completed orders
// may be shown, the figures shown for it, the time range they cover, and where a price stands
// against them and against an association's recommended minimum.
//
// Invariants (domain.test.ts):
// - a group is shown only from MIN_ORDERS orders up, by at least MIN_SELLERS freelancers, none of
//   whom has more than half of them; otherwise "not enough data yet" (null);
// - the figures are the academy's quartiles (src/academy/domain.ts priceQuartiles), rounded to
//   ROUND_ORDER (order prices) or ROUND_HOUR (hourly rates), half up; q1 <= median <= q3 still;
// - the window is whole calendar months in Pakistan time (the twelve before the current one), so the
//   figures change once a month and one new order cannot be told apart by comparing two days.
// Together these keep any one freelancer's price from being worked out (decision 0070).
import { z } from 'zod';
import { MIN_ORDERS_FOR_PRICES, priceQuartiles } from '../academy/domain.ts';
import { isSkill } from '../academy/tracks.ts';
import { CITIES } from '../taxonomy/data.ts';

/** Fewer completed orders than this in a group, and it says "not enough data yet" (the academy's figure). */
export const MIN_ORDERS = MIN_ORDERS_FOR_PRICES;
/** A group needs orders from at least this many freelancers... */
export const MIN_SELLERS = 3;
/** ...and no one freelancer may have more than this share of them (in percent). */
export const MAX_SHARE_PERCENT = 50;
/** How many whole months the figures cover. */
export const WINDOW_MONTHS = 12;
/** Order prices are rounded to Rs 100, hourly rates to Rs 10 (minor units). */
export const ROUND_ORDER = 10_000n;
export const ROUND_HOUR = 1_000n;

export const SELLER_LEVELS = ['new', 'level_one', 'level_two', 'top_rated'] as const;
export type SellerLevel = (typeof SELLER_LEVELS)[number];

/** One completed order (or hourly contract) in rupees (minor units), with its freelancer. */
export interface Sample {
  price: bigint;
  seller: string;
  level: SellerLevel;
  /** The freelancer's city when they show it. */
  city: string | null;
}

export interface Figures {
  q1: bigint;
  median: bigint;
  q3: bigint;
  /** How many orders (or contracts) the figures come from. */
  count: number;
}

/** Half up, to a multiple of `unit`, for non-negative amounts. */
export function roundTo(amount: bigint, unit: bigint): bigint {
  return ((amount * 2n + unit) / (2n * unit)) * unit;
}

/** Whether a group may be shown at all: enough orders, enough freelancers, nobody dominating. */
export function showable(samples: readonly Pick<Sample, 'seller'>[]): boolean {
  if (samples.length < MIN_ORDERS) return false;
  const per = new Map<string, number>();
  for (const s of samples) per.set(s.seller, (per.get(s.seller) ?? 0) + 1);
  if (per.size < MIN_SELLERS) return false;
  const most = Math.max(...per.values());
  return most * 100 <= samples.length * MAX_SHARE_PERCENT;
}

/** The figures of a group, or null ("not enough data yet"). */
export function figuresOf(samples: readonly Pick<Sample, 'seller' | 'price'>[], unit: bigint): Figures | null {
  if (!showable(samples)) return null;
  const q = priceQuartiles(samples.map((s) => s.price));
  if (!q) return null;
  return { q1: roundTo(q.q1, unit), median: roundTo(q.median, unit), q3: roundTo(q.q3, unit), count: q.count };
}

export interface ByLevel {
  all: Figures | null;
  levels: Record<SellerLevel, Figures | null>;
}

/** A group's figures for every level together and for each seller level. */
export function byLevel(samples: readonly Sample[], unit: bigint): ByLevel {
  const levels = Object.fromEntries(SELLER_LEVELS.map((l) => [l, figuresOf(samples.filter((s) => s.level === l), unit)])) as Record<SellerLevel, Figures | null>;
  return { all: figuresOf(samples, unit), levels };
}

const PKT_OFFSET_MS = 5 * 3_600_000; // Pakistan keeps UTC+5 all year (reference/pakistan-locale.md)

/** The window: the WINDOW_MONTHS whole months before the current month in Pakistan, [from, to). */
export function rateWindow(now: Date): { from: Date; to: Date } {
  const k = new Date(now.getTime() + PKT_OFFSET_MS);
  const y = k.getUTCFullYear();
  const m = k.getUTCMonth();
  return { from: new Date(Date.UTC(y, m - WINDOW_MONTHS, 1) - PKT_OFFSET_MS), to: new Date(Date.UTC(y, m, 1) - PKT_OFFSET_MS) };
}

export type Standing = 'below' | 'lower_middle' | 'upper_middle' | 'above';

/** Where a price stands: below the middle half, in its lower or upper part, or above it. */
export function standing(price: bigint, f: Pick<Figures, 'q1' | 'median' | 'q3'>): Standing {
  if (price < f.q1) return 'below';
  if (price > f.q3) return 'above';
  return price < f.median ? 'lower_middle' : 'upper_middle';
}

// --- Input ------------------------------------------------------------------------------------------

export const isCity = (slug: string): boolean => CITIES.some((c) => c.slug === slug);

const slugField = (known: (s: string) => boolean, message: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .max(60)
    .refine((s) => known(s), { message });

/** ?skill=<slug>&city=<slug> of /rates and GET /api/v1/rates: an unknown skill or city is a 400 naming the field. */
export const ratesQuery = z.object({
  skill: slugField(isSkill, 'field.rates_unknown_skill').describe('A skill of the taxonomy, e.g. logo-design'),
  city: z
    .union([z.literal(''), slugField(isCity, 'field.rates_unknown_city')])
    .optional()
    .transform((v) => v || null)
    .describe('A city, e.g. lahore; left out for all of Pakistan'),
});
export type RatesQuery = z.output<typeof ratesQuery>;

/** An association's recommended minimum for a skill, as officers type it (rupees). */
export const minimumRateInput = z.object({
  skill: slugField(isSkill, 'field.rates_unknown_skill'),
  order: z.string().trim().max(40).optional(),
  hourly: z.string().trim().max(40).optional(),
});
