// The one money type (DESIGN.md, "Money"). Pure: no I/O, no clock, no floating point anywhere.
//
// Invariants:
// - an amount is an integer number of minor units (paisa for PKR, cents for USD) held in a bigint,
//   always with its ISO 4217 currency; a Money value is frozen and never changes;
// - arithmetic never mixes currencies (add, subtract, compare throw CurrencyMismatchError), and
//   never rounds silently: only percentOf and convertEstimate round, half-even, and say so;
// - allocate loses and creates nothing: the parts always sum exactly to the whole;
// - decimal text (typed amounts, FX rates) is parsed digit by digit into bigints, never through
//   Number, so "0.1 + 0.2" problems cannot happen and amounts beyond 2^53 stay exact;
// - amounts cross JSON as strings of minor units ({ "amount": "150000", "currency": "PKR" }):
//   JSON numbers are IEEE doubles in most clients, which lose whole paisa above 2^53 and invite
//   clients to send 1500.5 where 150050 was meant.
import { z } from 'zod';
import type { Locale } from './i18n.ts';
import { ltr } from './format.ts';
import { asciiDigits } from './text.ts';

export const CURRENCIES = ['PKR', 'USD'] as const;
export type Currency = (typeof CURRENCIES)[number];

export interface Money {
  readonly amount: bigint;
  readonly currency: Currency;
}

/** Decimal places of the minor unit (ISO 4217): 1 rupee = 100 paisa, 1 dollar = 100 cents. */
export const MINOR_DIGITS: Readonly<Record<Currency, number>> = { PKR: 2, USD: 2 };

/**
 * The largest amount a person may type into a money field, in major units. Far above any real gig
 * or job, low enough that a slip of the finger (or a pasted phone number) is caught.
 */
export const MAX_INPUT_MAJOR: Readonly<Record<Currency, bigint>> = { PKR: 100_000_000n, USD: 1_000_000n };

/** Longest text accepted by parseMoneyInput ("Rs 100,000,000.00" is 17 characters). */
export const MAX_INPUT_LENGTH = 40;

export class CurrencyMismatchError extends Error {
  constructor(a: Currency, b: Currency) {
    super(`currency mismatch: ${a} and ${b}`);
    this.name = 'CurrencyMismatchError';
  }
}

export function isCurrency(v: unknown): v is Currency {
  return v === 'PKR' || v === 'USD';
}

const scale = (c: Currency) => 10n ** BigInt(MINOR_DIGITS[c]);

function toBigInt(n: bigint | number, what: string): bigint {
  if (typeof n === 'bigint') return n;
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be a safe integer, got ${n}`);
  return BigInt(n);
}

// --- Construction -------------------------------------------------------------------------------

/** Money from minor units: money(150000n, 'PKR') is Rs 1,500. A number must be a safe integer. */
export function money(amount: bigint | number, currency: Currency): Money {
  if (!isCurrency(currency)) throw new RangeError(`unknown currency ${String(currency)}`);
  return Object.freeze({ amount: toBigInt(amount, 'amount'), currency });
}

export const zero = (currency: Currency): Money => money(0n, currency);

const MAJOR = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Money from an exact decimal string in major units, for code and data files: fromMajor('1500.50',
 * 'PKR'). Throws RangeError on anything else (use parseMoneyInput for what a person types).
 */
export function fromMajor(decimal: string, currency: Currency): Money {
  const m = MAJOR.exec(decimal);
  const digits = MINOR_DIGITS[currency];
  if (!m || (m[3] ?? '').length > digits) throw new RangeError(`not a ${currency} amount: ${JSON.stringify(decimal)}`);
  const minor = BigInt(m[2]!) * scale(currency) + BigInt((m[3] ?? '').padEnd(digits, '0') || '0');
  return money(m[1] === '-' ? -minor : minor, currency);
}

/** Exact decimal text in major units with every minor digit: "1500.50", "-0.05", "1500.00". */
export function toMajorString(m: Money): string {
  const digits = MINOR_DIGITS[m.currency];
  const abs = m.amount < 0n ? -m.amount : m.amount;
  const s = abs.toString().padStart(digits + 1, '0');
  const whole = s.slice(0, s.length - digits);
  const frac = s.slice(s.length - digits);
  return `${m.amount < 0n ? '-' : ''}${whole}${digits > 0 ? `.${frac}` : ''}`;
}

/** The text to put back into a form field: "1500" for whole amounts, "1500.50" otherwise. */
export function toInputString(m: Money): string {
  const s = toMajorString(m);
  return m.amount % scale(m.currency) === 0n ? s.replace(/\.0+$/, '') : s;
}

/** The largest amount a person may type, as Money. */
export const maxInput = (currency: Currency): Money => money(MAX_INPUT_MAJOR[currency] * scale(currency), currency);

// --- What a person types ------------------------------------------------------------------------

export type MoneyFieldKey = 'field.required' | 'field.money_invalid' | 'field.money_negative' | 'field.money_decimals' | 'field.money_too_large';
export type MoneyInputResult = { ok: true; value: Money } | { ok: false; key: MoneyFieldKey; params?: { max: string } };

// Currency words people put around a number; matched case-insensitively at either end.
const MARKERS: Readonly<Record<Currency, readonly string[]>> = {
  // The rupee sign ₨ is not listed: NFKC has already turned it into "Rs".
  PKR: ['rs.', 'rs', 'pkr', 'روپے', 'روپیہ', 'روپیے'],
  USD: ['us$', '$', 'usd', 'ڈالر'],
};
const MARKERS_LONGEST_FIRST = Object.fromEntries(CURRENCIES.map((c) => [c, [...MARKERS[c]].sort((a, b) => b.length - a.length)])) as Record<Currency, string[]>;
const LETTER = /\p{L}/u;
// Thousands separators: ASCII comma, Arabic thousands separator ٬, Arabic comma ، (Urdu keyboards).
const GROUP = /[,\u066C\u060C]/g;
// Either three-digit groups (1,500,000) or South-Asian lakh groups (15,00,000).
const GROUPED = /^(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})*,\d{3})$/;

function stripMarker(s: string, currency: Currency): { rest: string; found: boolean } {
  const lower = s.toLowerCase();
  // A marker must stand apart from other letters: "500 dollars" does not end in "rs".
  for (const mk of MARKERS_LONGEST_FIRST[currency]) {
    if (lower.startsWith(mk) && !LETTER.test(s.charAt(mk.length))) return { rest: s.slice(mk.length).trim(), found: true };
    if (lower.endsWith(mk) && !LETTER.test(s.charAt(s.length - mk.length - 1))) return { rest: s.slice(0, s.length - mk.length).trim(), found: true };
  }
  return { rest: s, found: false };
}

/** Which currency a typed amount names ("Rs 500", "$20", "20 USD"), if exactly one. */
export function currencyNamedIn(input: string): Currency | undefined {
  const s = input.normalize('NFKC').trim();
  const named = CURRENCIES.filter((c) => stripMarker(s, c).found);
  return named.length === 1 ? named[0] : undefined;
}

/**
 * Reads an amount as a person types it in a form: " Rs 1,500 ", "1500.5", "۱۵۰۰", "1,50,000".
 * Refuses empty text, letters, negative amounts, fractions of a paisa/cent (trailing zeros are fine)
 * and amounts above MAX_INPUT_MAJOR; the refusal is a field message key (field.*) for the form.
 * Zero is accepted: whether zero is allowed is the caller's rule.
 */
export function parseMoneyInput(input: string, currency: Currency): MoneyInputResult {
  let s = asciiDigits(input.normalize('NFKC')).replace(/[\u00A0\u202F\u2009]/g, ' ').trim();
  if (s === '') return { ok: false, key: 'field.required' };
  if (s.length > MAX_INPUT_LENGTH) return { ok: false, key: 'field.money_invalid' };
  let negative = false;
  const sign = () => {
    // ASCII hyphen-minus and the Unicode minus sign, before or after the currency word.
    if (/^[-\u2212]/.test(s)) {
      negative = true;
      s = s.slice(1).trim();
    }
  };
  sign();
  s = stripMarker(s, currency).rest;
  sign();
  // Arabic decimal separator ٫ reads as a decimal point.
  s = s.replace(/\u066B/g, '.');
  const m = /^([\d,\u066C\u060C]+)(?:\.(\d*))?$/.exec(s) ?? /^()\.(\d+)$/.exec(s);
  if (!m) return { ok: false, key: 'field.money_invalid' };
  const intPart = m[1]!;
  if (/[,\u066C\u060C]/.test(intPart) && !GROUPED.test(intPart.replace(GROUP, ','))) return { ok: false, key: 'field.money_invalid' };
  const frac = (m[2] ?? '').replace(/0+$/, '');
  if (frac.length > MINOR_DIGITS[currency]) return { ok: false, key: 'field.money_decimals' };
  if (negative) return { ok: false, key: 'field.money_negative' };
  const whole = intPart.replace(GROUP, '') || '0';
  const value = fromMajor(frac ? `${whole}.${frac}` : whole, currency);
  if (value.amount > maxInput(currency).amount) return { ok: false, key: 'field.money_too_large', params: { max: maxLabel(currency) } };
  return { ok: true, value };
}

// The limit as shown in the message: "Rs 100,000,000" / "$1,000,000". en-PK and ur-PK print a
// positive amount identically (Western digits, same symbol), so one label serves both languages.
const maxLabel = (currency: Currency) => formatter('en', currency, 0).format(MAX_INPUT_MAJOR[currency]);

/** Checks minor units that arrived as text through the API ("150000"). */
export function parseMinorUnits(amount: string, currency: Currency): MoneyInputResult {
  if (amount.trim() === '') return { ok: false, key: 'field.required' };
  const m = /^(-?)(\d{1,30})$/.exec(amount.trim());
  if (!m) return { ok: false, key: 'field.money_invalid' };
  const value = money(BigInt(m[2]!), currency);
  if (m[1] === '-' && value.amount !== 0n) return { ok: false, key: 'field.money_negative' };
  if (value.amount > maxInput(currency).amount) return { ok: false, key: 'field.money_too_large', params: { max: maxLabel(currency) } };
  return { ok: true, value };
}

// --- Arithmetic ---------------------------------------------------------------------------------

function same(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
}

export function add(a: Money, b: Money): Money {
  same(a, b);
  return money(a.amount + b.amount, a.currency);
}

export function subtract(a: Money, b: Money): Money {
  same(a, b);
  return money(a.amount - b.amount, a.currency);
}

/** The total of several amounts in one currency (zero for an empty list). */
export function sum(currency: Currency, items: readonly Money[]): Money {
  return items.reduce((acc, m) => add(acc, m), zero(currency));
}

/** Multiplies by a whole number (quantity, weeks, hours in whole units). */
export function multiply(m: Money, factor: bigint | number): Money {
  return money(m.amount * toBigInt(factor, 'factor'), m.currency);
}

export function negate(m: Money): Money {
  return money(-m.amount, m.currency);
}

/** -1, 0 or 1; throws on different currencies (there is no order between PKR and USD). */
export function compare(a: Money, b: Money): -1 | 0 | 1 {
  same(a, b);
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
}

export function equals(a: Money, b: Money): boolean {
  return a.currency === b.currency && a.amount === b.amount;
}

export const isZero = (m: Money): boolean => m.amount === 0n;
export const isNegative = (m: Money): boolean => m.amount < 0n;
export const isPositive = (m: Money): boolean => m.amount > 0n;

/**
 * numerator / denominator rounded to the nearest integer, ties to the even neighbour ("banker's
 * rounding"): 0.5 → 0, 1.5 → 2, 2.5 → 2, -2.5 → -2. Unbiased over many amounts, so fees rounded
 * this way neither favour the platform nor the freelancer on average; symmetric around zero.
 */
export function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const negative = numerator < 0n;
  const n = negative ? -numerator : numerator;
  let q = n / denominator;
  const twice = (n % denominator) * 2n;
  if (twice > denominator || (twice === denominator && q % 2n === 1n)) q += 1n;
  return negative ? -q : q;
}

/**
 * basisPoints/10,000 of an amount (500 bp = 5%), rounded half-even to the minor unit (see
 * divideHalfEven). percentOf(Rs 10.10, 500) = Rs 0.50 (50.5 paisa is a tie, to the even 50).
 */
export function percentOf(m: Money, basisPoints: bigint | number): Money {
  return money(divideHalfEven(m.amount * toBigInt(basisPoints, 'basisPoints'), 10_000n), m.currency);
}

/**
 * Splits an amount in proportion to whole-number ratios without losing or creating a minor unit:
 * each part is its exact share rounded down, and the units left over go one each to the parts with
 * the largest remainders (earlier parts first on ties). So every part is within one unit of its
 * exact share, a zero ratio gets zero, and the parts sum to the whole. A negative amount is split
 * as its absolute value, negated.
 */
export function allocate(m: Money, ratios: readonly (bigint | number)[]): Money[] {
  const rs = ratios.map((r) => toBigInt(r, 'ratio'));
  if (rs.length === 0) throw new RangeError('allocate needs at least one ratio');
  if (rs.some((r) => r < 0n)) throw new RangeError('ratios must not be negative');
  const total = rs.reduce((a, b) => a + b, 0n);
  if (total === 0n) throw new RangeError('ratios must not all be zero');
  const negative = m.amount < 0n;
  const whole = negative ? -m.amount : m.amount;
  const parts = rs.map((r) => (whole * r) / total);
  let left = whole - parts.reduce((a, b) => a + b, 0n);
  const byRemainder = rs
    .map((r, i) => ({ i, rem: (whole * r) % total }))
    .filter((x) => x.rem > 0n)
    .sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1));
  // left < number of parts with a remainder, so one pass hands out every unit.
  for (const { i } of byRemainder) {
    if (left === 0n) break;
    parts[i]! += 1n;
    left -= 1n;
  }
  return parts.map((p) => money(negative ? -p : p, m.currency));
}

// --- Formatting ---------------------------------------------------------------------------------

export interface FormatMoneyOptions {
  /**
   * 'auto' (default): the currency's usual form for prices — PKR without decimals ("Rs 1,500", as
   * CLDR 48 prints PKR), USD with cents ("$1,500.00") — except that an amount with a fraction always
   * shows it ("Rs 1,500.50"), so no paisa is hidden by rounding. 'always': two decimals, for
   * statements, receipts and tax documents.
   */
  decimals?: 'auto' | 'always';
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, currency: Currency, fractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${currency}:${fractionDigits}`;
  let f = formatters.get(key);
  if (!f) {
    // narrowSymbol: "$" rather than en-PK's "US$"; PKR stays "Rs" either way (pakistan-locale.md §4).
    f = new Intl.NumberFormat(locale === 'ur' ? 'ur-PK' : 'en-PK', {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * An amount for people, through Intl with en-PK / ur-PK: "Rs 1,500", "$1,500.00". Both languages
 * print Western digits with three-digit grouping (CLDR's default for ur-PK). Exact for any size:
 * Intl gets the decimal string, never a float.
 */
export function formatMoney(locale: Locale, m: Money, opts: FormatMoneyOptions = {}): string {
  const digits = MINOR_DIGITS[m.currency];
  const hasFraction = m.amount % scale(m.currency) !== 0n;
  const usual = m.currency === 'PKR' ? 0 : digits;
  const fractionDigits = opts.decimals === 'always' || hasFraction ? digits : usual;
  const text = formatter(locale, m.currency, fractionDigits).format(toMajorString(m) as Intl.StringNumericLiteral);
  // In Urdu the amount is a left-to-right island in right-to-left text: after Urdu letters the bidi
  // algorithm would otherwise read the digits as Arabic numbers and put "$" after them ("10.00$").
  // Isolating it in the string (not in markup) makes it hold in every place an amount goes: inside
  // translated sentences, search results, e-mails and PDFs (docs/decisions/0039).
  return locale === 'ur' ? ltr(text.replace(/\u200E/g, '')) : text;
}

// --- Exchange-rate estimates --------------------------------------------------------------------

export interface FxRate {
  readonly from: Currency;
  readonly to: Currency;
  /** Units of `to` per one unit of `from`, as an exact positive decimal string ("278.45"). */
  readonly rate: string;
}

/** A decimal rate string as an exact fraction; throws RangeError unless it is a positive decimal. */
export function parseRate(rate: string): { numerator: bigint; denominator: bigint } {
  const m = /^(\d{1,12})(?:\.(\d{1,12}))?$/.exec(rate);
  if (!m) throw new RangeError(`not a decimal rate: ${JSON.stringify(rate)}`);
  const frac = m[2] ?? '';
  const numerator = BigInt(m[1]! + frac);
  if (numerator === 0n) throw new RangeError('a rate must be positive');
  return { numerator, denominator: 10n ** BigInt(frac.length) };
}

/**
 * What an amount comes to in another currency at a given rate, rounded half-even to the target's
 * minor unit. For display only ("about $5.36"): real conversions are ledger transactions at a
 * recorded rate. The same currency returns the amount unchanged.
 */
export function convertEstimate(m: Money, to: Currency, rate: FxRate): Money {
  if (m.currency === to) return m;
  if (rate.from !== m.currency || rate.to !== to) throw new CurrencyMismatchError(m.currency, rate.from);
  const { numerator, denominator } = parseRate(rate.rate);
  // minor(from) → major(from) → major(to) → minor(to), as one exact fraction.
  const num = m.amount * numerator * scale(to);
  const den = denominator * scale(m.currency);
  return money(divideHalfEven(num, den), to);
}

/** The reverse rate ("USD per PKR" from "PKR per USD"), to `places` decimal places, half-even. */
export function invertRate(rate: FxRate, places = 8): FxRate {
  const { numerator, denominator } = parseRate(rate.rate);
  const scaled = divideHalfEven(denominator * 10n ** BigInt(places), numerator);
  if (scaled === 0n) throw new RangeError(`the reverse of ${rate.rate} rounds to zero at ${places} places`);
  const s = scaled.toString().padStart(places + 1, '0');
  const frac = s.slice(s.length - places).replace(/0+$/, '');
  return { from: rate.to, to: rate.from, rate: s.slice(0, s.length - places) + (frac ? `.${frac}` : '') };
}

// --- Schemas for forms and JSON -----------------------------------------------------------------

export const currencySchema = z.enum(CURRENCIES, { error: 'field.choose' });

const moneyJson = z.object({
  amount: z.string({ error: 'field.money_invalid' }).meta({ description: 'Minor units (paisa, cents) as a string of digits: "150000" is Rs 1,500.', pattern: '^[0-9]+$' }),
  currency: currencySchema,
});

/**
 * A money field for forms and JSON. Accepts either what a person types ("Rs 1,500") or, from API
 * clients, { "amount": "150000", "currency": "PKR" } with the amount in minor units as a string
 * (see the top of this file for why not a number). With a currency, a typed amount is read in it
 * and an object must name the same one; without, a typed amount must name its currency ("$20",
 * "Rs 500"). Produces Money; refusals carry field.* keys.
 */
export function moneyInput(currency?: Currency) {
  // Issues are pushed with continue: true, so a union keeps the matching branch's own message
  // instead of a generic "no branch matched".
  const typed = z.string().transform((s, ctx): Money => {
    const c = currency ?? currencyNamedIn(s);
    const r: MoneyInputResult = c ? parseMoneyInput(s, c) : s.trim() === '' ? { ok: false, key: 'field.required' } : { ok: false, key: 'field.money_invalid' };
    if (r.ok) return r.value;
    ctx.issues.push({ code: 'custom', message: r.key, params: r.params ?? {}, input: s, continue: true });
    return z.NEVER;
  });
  const object = moneyJson.transform((o, ctx): Money => {
    if (currency && o.currency !== currency) {
      ctx.issues.push({ code: 'custom', message: 'field.choose', path: ['currency'], input: o.currency, continue: true });
      return z.NEVER;
    }
    const r = parseMinorUnits(o.amount, o.currency);
    if (r.ok) return r.value;
    ctx.issues.push({ code: 'custom', message: r.key, params: r.params ?? {}, path: ['amount'], input: o.amount, continue: true });
    return z.NEVER;
  });
  return z.union([typed, object]);
}

/** The shape of money in API answers, for response schemas. */
export const moneyResponse = z.object({
  amount: z.string().describe('Minor units (paisa or cents) as a decimal string: "150000" is Rs 1,500'),
  currency: z.enum(CURRENCIES),
});

/** Money as JSON for API responses: { amount: "150000", currency: "PKR" }. */
export function moneyToJson(m: Money): { amount: string; currency: Currency } {
  return { amount: m.amount.toString(), currency: m.currency };
}
