// Exchange rates, with no I/O: what a valid rate is, the rate table's CSV format, and how the rate
// for a pair is chosen.
//
// Decisions (docs/decisions/0025-payments-in.md):
// - admins give the rate as Pakistani banks and the State Bank quote it: rupees per one US dollar
//   (USD → PKR). Only that direction is stored; PKR → USD is derived with invertRate (8 places,
//   half-even), so the two directions can never disagree;
// - a rate is an exact decimal string, never a float, between RATE_BOUNDS (a slip of the finger,
//   28 or 2800, is refused rather than applied to someone's money);
// - the current rate is the newest by effective date, then by when it was entered;
// - estimates fall back to the placeholder PLATFORM_RATES when no admin has set a rate (flagged as a
//   placeholder); a real conversion never uses the placeholder.
import { z } from 'zod';
import { PLATFORM_RATES } from '../gigs/domain.ts';
import { type Currency, type FxRate, invertRate, moneyInput, parseRate } from '../platform/money.ts';
import { asciiDigits } from '../platform/text.ts';
import { parseCsv, parseDay } from '../payments/domain.ts';

/** The direction admins enter: PKR per one USD. */
export const QUOTED: { from: Currency; to: Currency } = { from: 'USD', to: 'PKR' };

/** Sane bounds for PKR per USD (the rupee was about 280 in 2024–25; 50 and 1,000 leave wide room). */
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

/** An admin setting today's rate: PKR per one USD. */
export const rateInput = z.object({ rate: rateField });

export const rateCsvInput = z.object({ csv: z.string({ error: 'field.required' }).min(1, 'field.required').max(200_000, 'field.statement_too_large') });

export interface RateLine {
  line: number;
  date: string;
  rate: string;
}
export interface RateProblemLine {
  line: number;
  key: string;
}

export const RATE_COLUMNS = ['date', 'from', 'to', 'rate'] as const;

/**
 * A rate file: a header row naming date, from, to, rate (any order), then one row per day, e.g.
 * `2025-01-31,USD,PKR,278.45`. Rows must be USD → PKR (see the top of this file).
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
    if (get('from').toUpperCase() !== QUOTED.from || get('to').toUpperCase() !== QUOTED.to) {
      problems.push({ line, key: 'fx.csv.usd_to_pkr_only' });
      continue;
    }
    const r = checkRate(get('rate'));
    if (!r.ok) {
      problems.push({ line, key: r.key });
      continue;
    }
    lines.push({ line, date, rate: r.rate });
  }
  return { lines, problems };
}

export interface StoredRate {
  id: string;
  rate: string;
  effectiveOn: string;
  createdAt: Date;
}

export interface CurrentRate extends FxRate {
  /** True when no admin has set a rate: the placeholder from src/gigs/domain.ts PLATFORM_RATES. */
  placeholder: boolean;
  /** The fx_rates row it comes from (null for the placeholder). */
  id: string | null;
  effectiveOn: string | null;
}

/** The rate for a pair from the newest stored USD → PKR rate (or the placeholder). */
export function rateFor(from: Currency, to: Currency, stored: StoredRate | null): CurrentRate {
  if (from === to) return { from, to, rate: '1', placeholder: false, id: null, effectiveOn: null };
  const base: FxRate = stored ? { ...QUOTED, rate: stored.rate } : PLATFORM_RATES.usdToPkr;
  const r = from === QUOTED.from ? base : invertRate(base);
  return { ...r, placeholder: !stored, id: stored?.id ?? null, effectiveOn: stored?.effectiveOn ?? null };
}

/** A client converting part of their wallet: the amount in the currency it is in, and the target. */
export const convertInput = z.object({
  from: moneyInput(),
  to: z.enum(['PKR', 'USD'], { error: 'field.choose' }),
});
