// Exchange rates, with no I/O: what a valid rate is, the rate table's CSV format, how the rate for
// a pair is chosen, how much of one currency covers a sum in the other, and display-only estimates.
//
// Decisions (docs/decisions/0025-payments-in.md, 0036-rates-as-data.md):
// - admins give every rate as Pakistani banks and the State Bank quote it: rupees per one unit of the
//   other currency (USD → PKR, and GBP, EUR, AED, SAR → PKR for estimates). PKR → USD is derived
//   with invertRate (8 places, half-even), so the two directions can never disagree;
// - a rate is an exact decimal string, never a float, between RATE_BOUNDS (a slip of the finger,
//   28 or 2800, is refused rather than applied to someone's money);
// - the current rate is the newest by effective date, then by when it was entered. A first start
//   holds one: the initial USD → PKR rate shipped with Hunar (0031), replaced by any an admin sets.
//   Estimates, wallet conversions and order payments all use that one current rate: no page quotes a
//   rate that money does not move at;
// - GBP, EUR, AED and SAR are for estimates only: they never reach the ledger (the Currency type of
//   src/platform/money.ts stays PKR | USD).
import { z } from 'zod';
import { AppError } from '../platform/errors.ts';
import { type Currency, convertEstimate, divideHalfEven, type FxRate, invertRate, type Money, money, moneyInput, parseRate } from '../platform/money.ts';
import { asciiDigits } from '../platform/text.ts';
import { parseCsv, parseDay } from '../payments/domain.ts';

/** Currencies with a rate against the rupee: the dollar (money moves at it) and the estimate-only ones. */
export const RATE_CURRENCIES = ['USD', 'GBP', 'EUR', 'AED', 'SAR'] as const;
export type RateCurrency = (typeof RATE_CURRENCIES)[number];
/** Shown as estimates only ("about £45"); money stays in PKR and USD. */
export const ESTIMATE_ONLY_CURRENCIES = ['GBP', 'EUR', 'AED', 'SAR'] as const;
export type EstimateOnlyCurrency = (typeof ESTIMATE_ONLY_CURRENCIES)[number];
/** What a reader may see prices estimated in. */
export const DISPLAY_CURRENCIES = ['PKR', 'USD', ...ESTIMATE_ONLY_CURRENCIES] as const;
export type DisplayCurrency = (typeof DISPLAY_CURRENCIES)[number];
export const isDisplayCurrency = (v: unknown): v is DisplayCurrency => (DISPLAY_CURRENCIES as readonly unknown[]).includes(v);
export const isRateCurrency = (v: unknown): v is RateCurrency => (RATE_CURRENCIES as readonly unknown[]).includes(v);

const EURO_COUNTRIES = new Set(['AT', 'BE', 'CY', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PT', 'SI', 'SK']);

/**
 * The estimate currency a client abroad most likely thinks in, from their profile's country (ISO
 * 3166 alpha-2): pounds in the UK, euros in the euro area, dirhams in the Emirates, riyals in Saudi
 * Arabia, dollars elsewhere abroad. Null in Pakistan (prices are read as they are).
 */
export function currencyForCountry(country: string | null | undefined): DisplayCurrency | null {
  const c = (country ?? '').toUpperCase();
  if (c === '' || c === 'PK') return null;
  if (c === 'GB') return 'GBP';
  if (c === 'AE') return 'AED';
  if (c === 'SA') return 'SAR';
  if (EURO_COUNTRIES.has(c)) return 'EUR';
  return 'USD';
}

/** Where a rate came from: an admin (form, CSV, API), the initial rate shipped with Hunar, or the demo data. */
export const RATE_SOURCES = ['form', 'csv', 'api', 'initial', 'demo'] as const;
export type RateSource = (typeof RATE_SOURCES)[number];

/** The direction admins enter: PKR per one USD. */
export const QUOTED: { from: Currency; to: Currency } = { from: 'USD', to: 'PKR' };

/**
 * Sane bounds for rupees per unit of every rate currency: the dollar was about 280 in 2024–25, the
 * pound about 375, the euro about 325, the dirham and the riyal about 75; 50 and 1,000 leave room.
 */
export const RATE_BOUNDS = { min: 50n, max: 1000n } as const;

export type RateProblem = 'field.required' | 'field.fx_rate_invalid' | 'field.fx_rate_bounds';

/** Reads a typed rate ("278.45", "۲۷۸٫۴۵", " 278.450 ") into its exact decimal text. */
export function checkRate(input: string): { ok: true; rate: string } | { ok: false; key: RateProblem } {
  const s = asciiDigits(input.normalize('NFKC')).replace(/\u066B/g, '.').trim();
  if (s === '') return { ok: false, key: 'field.required' };
  if (!/^\d{1,12}(\.\d{1,12})?$/.test(s)) return { ok: false, key: 'field.fx_rate_invalid' };
  // Strip leading zeros of the whole part and trailing zeros of the fraction: "0278.50" → "278.5".
  const [whole, frac = ''] = s.split('.');
  const rate = `${whole!.replace(/^0+(?=\d)/, '')}${frac.replace(/0+$/, '') ? `.${frac.replace(/0+$/, '')}` : ''}`;
  let parsed: { numerator: bigint; denominator: bigint };
  try {
    parsed = parseRate(rate);
  } catch {
    return { ok: false, key: 'field.fx_rate_invalid' };
  }
  const { numerator, denominator } = parsed;
  if (numerator < RATE_BOUNDS.min * denominator || numerator > RATE_BOUNDS.max * denominator) return { ok: false, key: 'field.fx_rate_bounds' };
  return { ok: true, rate };
}

const rateField = z.string({ error: 'field.required' }).transform((s, ctx) => {
  const r = checkRate(s);
  if (r.ok) return r.rate;
  ctx.issues.push({ code: 'custom', message: r.key, params: { min: String(RATE_BOUNDS.min), max: String(RATE_BOUNDS.max) }, input: s });
  return z.NEVER;
});

/** An admin setting today's rate: rupees per one unit of `currency` (the dollar unless told). */
export const rateInput = z.object({
  rate: rateField,
  currency: z.enum(RATE_CURRENCIES, { error: 'field.choose' }).optional().default('USD').describe('The currency the rate is for: USD (used for conversions and payments) or GBP, EUR, AED, SAR (estimates only)'),
});

export const rateCsvInput = z.object({ csv: z.string({ error: 'field.required' }).min(1, 'field.required').max(200_000, 'field.statement_too_large') });

export interface RateLine {
  line: number;
  date: string;
  currency: RateCurrency;
  rate: string;
}
export interface RateProblemLine {
  line: number;
  key: string;
}

export const RATE_COLUMNS = ['date', 'from', 'to', 'rate'] as const;

/**
 * A rate file: a header row naming date, from, to, rate (any order), then one row per day and
 * currency, e.g. `2025-01-31,USD,PKR,278.45` or `2025-01-31,GBP,PKR,372`. Rows must be to PKR.
 */
export function parseRatesCsv(text: string): { lines: RateLine[]; problems: RateProblemLine[] } {
  const rows = parseCsv(text);
  const header = rows[0]?.map((h) => h.trim().toLowerCase()) ?? [];
  if (!rows.length || RATE_COLUMNS.some((c) => !header.includes(c))) return { lines: [], problems: [{ line: 1, key: 'fx.csv.bad_header' }] };
  if (rows.length > 2001) return { lines: [], problems: [{ line: 1, key: 'fx.csv.too_many_rows' }] };
  const at = (c: (typeof RATE_COLUMNS)[number]) => header.indexOf(c);
  const lines: RateLine[] = [];
  const problems: RateProblemLine[] = [];
  for (const [i, cells] of rows.slice(1).entries()) {
    const line = i + 2;
    const get = (c: (typeof RATE_COLUMNS)[number]) => (cells[at(c)] ?? '').trim();
    const date = parseDay(get('date'));
    if (!date) {
      problems.push({ line, key: 'field.date_invalid' });
      continue;
    }
    const from = get('from').toUpperCase();
    if (!isRateCurrency(from) || get('to').toUpperCase() !== 'PKR') {
      problems.push({ line, key: 'fx.csv.usd_to_pkr_only' });
      continue;
    }
    const r = checkRate(get('rate'));
    if (!r.ok) {
      problems.push({ line, key: r.key });
      continue;
    }
    lines.push({ line, date, currency: from, rate: r.rate });
  }
  return { lines, problems };
}

/** One row of the rate table: rupees per one unit of `currency`. */
export interface StoredRate {
  id: string;
  currency: RateCurrency;
  rate: string;
  effectiveOn: string;
  source: RateSource;
  createdAt: Date;
}

export interface CurrentRate extends FxRate {
  /** The fx_rates row it comes from (null for a currency to itself). */
  id: string | null;
  effectiveOn: string | null;
  source: RateSource | null;
  /** The rupees per dollar it derives from, as admins enter it ("280.91"), whatever the direction. */
  quoted: string;
}

/** The rate for a pair of money currencies from the current USD → PKR row; fx.no_rate without one. */
export function rateFor(from: Currency, to: Currency, stored: StoredRate | null): CurrentRate {
  if (from === to) return { from, to, rate: '1', id: null, effectiveOn: null, source: null, quoted: stored?.rate ?? '1' };
  if (stored?.currency !== 'USD') throw new AppError('fx.no_rate');
  const base: FxRate = { from: 'USD', to: 'PKR', rate: stored.rate };
  const r = from === 'USD' ? base : invertRate(base);
  return { ...r, id: stored.id, effectiveOn: stored.effectiveOn, source: stored.source, quoted: stored.rate };
}

/** A client converting part of their wallet: the amount in the currency it is in, and the target. */
export const convertInput = z.object({
  from: moneyInput(),
  to: z.enum(['PKR', 'USD'], { error: 'field.choose' }),
});

/**
 * The least of `from` that converts (convertEstimate, half-even) to at least `need`, and what it
 * converts to. Paying an order short of rupees from dollars converts this much: the rupees that are
 * there are used first, and at most one minor unit more than needed arrives.
 */
export function amountToCover(need: Money, from: Currency, rate: FxRate): { from: Money; to: Money } {
  if (rate.from !== from || rate.to !== need.currency || from === need.currency) throw new RangeError(`a ${from} → ${need.currency} rate is needed`);
  if (need.amount <= 0n) return { from: money(0n, from), to: money(0n, need.currency) };
  const { numerator, denominator } = parseRate(rate.rate);
  // to(x) = x · n / d (both currencies have 2 minor digits here); start from the exact ceiling of
  // need · d / n, then step down while a smaller amount still rounds up to the need.
  let x = (need.amount * denominator + numerator - 1n) / numerator;
  const to = (a: bigint) => convertEstimate(money(a, from), need.currency, rate);
  while (x > 1n && to(x - 1n).amount >= need.amount) x -= 1n;
  while (to(x).amount < need.amount) x += 1n;
  return { from: money(x, from), to: to(x) };
}

// --- Estimates (display only) -----------------------------------------------------------------------

/** An estimate in a display currency, in its minor units (every display currency has two). */
export interface Estimate {
  amount: bigint;
  currency: DisplayCurrency;
}

/** The rates an estimate needs: rupees per dollar, and rupees per unit of the reader's currency. */
export interface EstimateRates {
  usdToPkr: CurrentRate;
  /** For GBP, EUR, AED, SAR: that currency's row (its `from` is the currency, `to` PKR). */
  target?: { currency: EstimateOnlyCurrency; rate: string; effectiveOn: string; source: RateSource } | undefined;
}

/**
 * A price in a reader's currency, for display. PKR and USD go through the same rate conversions use
 * (convertEstimate, as a real conversion would give); the estimate-only currencies through rupees:
 * price × (rupees per unit of the price's currency) ÷ (rupees per unit of the reader's), rounded
 * half-even. Null when the reader's currency has no rate.
 */
export function estimatePrice(price: Money, to: DisplayCurrency, rates: EstimateRates): Estimate | null {
  if (to === price.currency) return { amount: price.amount, currency: to };
  if (to === 'PKR' || to === 'USD') {
    const usd: FxRate = { from: 'USD', to: 'PKR', rate: rates.usdToPkr.quoted };
    return { ...convertEstimate(price, to, to === 'PKR' ? usd : invertRate(usd)) };
  }
  if (!rates.target || rates.target.currency !== to) return null;
  const perFrom = price.currency === 'PKR' ? { numerator: 1n, denominator: 1n } : parseRate(rates.usdToPkr.quoted);
  const perTo = parseRate(rates.target.rate);
  return { amount: divideHalfEven(price.amount * perFrom.numerator * perTo.denominator, perFrom.denominator * perTo.numerator), currency: to };
}
