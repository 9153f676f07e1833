// Hunar's fees, and what a freelancer keeps here and on the peers. Pure: no I/O.
//
// Invariants (asserted with fast-check in domain.test.ts):
// - money is neither made nor lost: client pays = freelancer receives + Hunar keeps, exactly;
// - each fee is its rate of the price rounded half-even to the minor unit (divideHalfEven in
//   money.ts: ties go to the even paisa/cent, so over many orders rounding favours no side), and is
//   never negative nor more than the price;
// - the freelancer never receives more than the price, the client never pays less.
import { z } from 'zod';
import { type Currency, CURRENCIES, convertEstimate, currencyNamedIn, divideHalfEven, type FxRate, type Money, money, parseMoneyInput } from '../platform/money.ts';
import { PEER_RULES, type PeerRule } from './peers.ts';

/** The operator's fee policy, in basis points (100 bp = 1%). */
export interface FeePolicy {
  /** Taken from the freelancer's price: 500 = 5%. */
  freelancerBp: number;
  /** Added to what the client pays: 0 by default. */
  clientBp: number;
}

/** Hunar's default: 5% from the freelancer, nothing from the client. */
export const DEFAULT_FEE_POLICY: FeePolicy = { freelancerBp: 500, clientBp: 0 };
/** No operator may set a fee above this (a typo guard, and the promise of "lowest in the field"). */
export const MAX_FEE_BP = 2_000;

export function checkFeePolicy(p: FeePolicy): FeePolicy {
  for (const [name, bp] of Object.entries(p)) {
    if (!Number.isInteger(bp) || bp < 0 || bp > MAX_FEE_BP) throw new RangeError(`fee ${name} must be a whole number of basis points from 0 to ${MAX_FEE_BP}, got ${bp}`);
  }
  return p;
}

export interface FeeBreakdown {
  /** The freelancer's price (package, milestone or proposal amount). */
  price: Money;
  /** What the client pays in all: price + client fee. */
  clientPays: Money;
  clientFee: Money;
  freelancerFee: Money;
  /** What reaches the freelancer: price − freelancer fee. */
  freelancerReceives: Money;
  /** Both fees: Hunar's revenue from this amount. */
  hunarKeeps: Money;
}

const share = (price: Money, bp: number): Money => money(divideHalfEven(price.amount * BigInt(bp), 10_000n), price.currency);

/** "You pay", "you receive", "Hunar keeps" for one amount, shown before anyone commits. */
export function feesFor(price: Money, policy: FeePolicy = DEFAULT_FEE_POLICY): FeeBreakdown {
  if (price.amount < 0n) throw new RangeError('a price cannot be negative');
  checkFeePolicy(policy);
  const clientFee = share(price, policy.clientBp);
  const freelancerFee = share(price, policy.freelancerBp);
  const c = price.currency;
  return {
    price,
    clientFee,
    freelancerFee,
    clientPays: money(price.amount + clientFee.amount, c),
    freelancerReceives: money(price.amount - freelancerFee.amount, c),
    hunarKeeps: money(clientFee.amount + freelancerFee.amount, c),
  };
}

/** "5%" / "2.5%" from basis points, for the fee notes. */
export function percentLabel(bp: number): string {
  return `${bp / 100}%`;
}

// --- Comparison with the peers ---------------------------------------------------------------------

export interface PeerKeeps {
  rule: PeerRule;
  /** What the freelancer keeps of the amount; a range when the peer's fee varies per contract. */
  keepsMin: Money;
  keepsMax: Money;
  /** What the client pays for the same amount, when the peer's client fee is known; else null. */
  clientPays: Money | null;
}

/** A flat USD amount (a minimum fee) in the amount's currency, at the given rate. */
function usdIn(usdCents: bigint, currency: Currency, usdToPkr: FxRate): bigint {
  return convertEstimate(money(usdCents, 'USD'), currency, usdToPkr).amount;
}

function freelancerFee(amount: Money, bp: number, minUsdCents: bigint, usdToPkr: FxRate): bigint {
  const pct = divideHalfEven(amount.amount * BigInt(bp), 10_000n);
  const min = minUsdCents > 0n ? usdIn(minUsdCents, amount.currency, usdToPkr) : 0n;
  const fee = pct > min ? pct : min;
  return fee > amount.amount ? amount.amount : fee;
}

/** What a freelancer keeps of `amount` under one peer's rules (before withdrawal and FX costs). */
export function peerKeeps(rule: PeerRule, amount: Money, usdToPkr: FxRate): PeerKeeps {
  const f = rule.freelancer;
  const keep = (bp: number) => money(amount.amount - freelancerFee(amount, bp, f.minUsdCents ?? 0n, usdToPkr), amount.currency);
  let clientPays: Money | null = null;
  if (rule.client) {
    const c = rule.client;
    const pct = divideHalfEven(amount.amount * BigInt(c.bp), 10_000n);
    const min = c.minUsdCents ? usdIn(c.minUsdCents, amount.currency, usdToPkr) : 0n;
    const underUsd = c.smallOrder ? usdIn(c.smallOrder.underUsdCents, amount.currency, usdToPkr) : 0n;
    const small = c.smallOrder && amount.amount < underUsd ? usdIn(c.smallOrder.feeUsdCents, amount.currency, usdToPkr) : 0n;
    clientPays = money(amount.amount + (pct > min ? pct : min) + small, amount.currency);
  }
  // The larger fee leaves the smaller share.
  return { rule, keepsMin: keep(f.bpMax), keepsMax: keep(f.bpMin), clientPays };
}

/** Hunar and every peer for one amount, Hunar first. */
export function compareFees(amount: Money, usdToPkr: FxRate, policy: FeePolicy = DEFAULT_FEE_POLICY): { hunar: FeeBreakdown; peers: PeerKeeps[] } {
  return { hunar: feesFor(amount, policy), peers: PEER_RULES.map((r) => peerKeeps(r, amount, usdToPkr)) };
}

// --- What the /fees page and GET /api/v1/fees are asked ---------------------------------------------

/** The amount compared when none is given: a typical gig or small job in each currency. */
export const DEFAULT_COMPARE_AMOUNT: Readonly<Record<Currency, Money>> = { PKR: money(5_000_000n, 'PKR'), USD: money(100_000n, 'USD') };

/**
 * The comparison's query: `amount` as a person types it ("Rs 50,000", "۵۰۰۰۰", "$200") and
 * `currency` (PKR or USD). A currency named in the amount wins, so "$200" works whatever the
 * currency choice says; otherwise the choice, and PKR when neither says. No amount: the default.
 * Refusals are field messages on `amount` or `currency`; zero is refused (there is nothing to compare).
 */
export const feesQuery = z
  .object({
    amount: z.string().optional(),
    currency: z.enum(['', ...CURRENCIES], { error: 'field.choose' }).optional(),
  })
  .transform((v, ctx): Money => {
    const text = (v.amount ?? '').trim();
    const currency: Currency = (text ? currencyNamedIn(text) : undefined) ?? (v.currency || 'PKR');
    if (text === '') return DEFAULT_COMPARE_AMOUNT[currency];
    const r = parseMoneyInput(text, currency);
    if (!r.ok) {
      ctx.issues.push({ code: 'custom', message: r.key, params: r.params ?? {}, path: ['amount'], input: text });
      return z.NEVER;
    }
    if (r.value.amount === 0n) {
      ctx.issues.push({ code: 'custom', message: 'field.fees_amount_positive', path: ['amount'], input: text });
      return z.NEVER;
    }
    return r.value;
  });
