// Disputes: what a party may say and what an admin may decide, and how the escrow is divided.
// Pure: no I/O (docs/decisions/0051).
//
// Invariants (asserted in domain.test.ts, with fast-check for the arithmetic):
// - a decision gives the freelancer an amount F of the order's price P: all of it (release), none
//   (refund), or 0 < F < P (split), in whole minor units of the order's currency;
// - the escrow is divided exactly: what the freelancer receives + what Hunar keeps + what goes back
//   to the client = what the client paid into escrow (price + client fee). Nothing is made or lost;
// - fees follow the released part: each fee fixed when the order was placed is kept in proportion
//   F / P (rounded half-even to the minor unit), so a release keeps exactly the order's fees and a
//   refund keeps none; the client's fee on the refunded part goes back to the client;
// - the freelancer never receives more than F, the client never gets back more than they paid.
import { z } from 'zod';
import type { FeeBreakdown } from '../fees/domain.ts';
import { divideHalfEven, type Money, money } from '../platform/money.ts';
import { multiLine } from '../platform/text.ts';

export const DISPUTE_REASONS = ['not_delivered', 'not_as_described', 'late', 'quality', 'communication', 'other'] as const;
export type DisputeReason = (typeof DISPUTE_REASONS)[number];

export const DISPUTE_OUTCOMES = ['release', 'refund', 'split'] as const;
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number];

export const STATEMENT_MAX = 5000;
export const DECISION_REASON_MAX = 2000;
/** Files with one statement (the opening one included) or one delivery; each within MEDIA_LIMITS.documentBytes. */
export const FILES_PER_STEP = 5;

/** Opening a dispute: a reason from the list and a description (the first statement). */
export const openDisputeInput = z.object({
  // Left out by API clients written before reasons existed: "other". The page's list has no default.
  reason: z.enum(DISPUTE_REASONS, { error: 'field.choose' }).default('other'),
  message: multiLine(STATEMENT_MAX, 1).describe('What went wrong, in your words: the first statement of the dispute'),
});

/** A statement while the dispute is open. */
export const statementInput = z.object({ message: multiLine(STATEMENT_MAX, 1) });

/**
 * An admin's decision. `freelancer_amount` is read in the order's currency once the dispute is
 * loaded (the service parses it with moneyInput), so here it is only carried: either what a person
 * typed ("Rs 12,000") or the API's money object ({ "amount": "1200000", "currency": "PKR" }).
 */
export const decisionInput = z.object({
  outcome: z.enum(DISPUTE_OUTCOMES, { error: 'field.choose' }),
  freelancer_amount: z
    .union([z.string(), z.object({ amount: z.string(), currency: z.string() })])
    .optional()
    .describe('With outcome split only: what the freelancer gets of the price, before Hunar’s fee on it; more than 0 and less than the price'),
  reason: multiLine(DECISION_REASON_MAX, 1).describe('Why, in words both parties will read'),
});

/** The order action that carries out each outcome (src/orders/domain.ts). */
export const SETTLE_ACTION = { release: 'settle_release', refund: 'settle_refund', split: 'settle_split' } as const satisfies Record<DisputeOutcome, string>;

/** Why a split amount is refused, as a field message key; null when it is within the escrow. */
export function splitAmountProblem(price: Money, amount: Money): 'field.choose' | 'field.split_bounds' | null {
  if (amount.currency !== price.currency) return 'field.choose';
  if (amount.amount <= 0n || amount.amount >= price.amount) return 'field.split_bounds';
  return null;
}

/** What the freelancer is given of the price, for each outcome (a split's amount already checked). */
export function freelancerShare(outcome: DisputeOutcome, price: Money, splitAmount: Money | null): Money {
  if (outcome === 'release') return price;
  if (outcome === 'refund') return money(0n, price.currency);
  if (!splitAmount || splitAmountProblem(price, splitAmount)) throw new RangeError('a split needs an amount strictly between 0 and the price');
  return splitAmount;
}

export interface Settlement {
  /** Of the price, what the freelancer was given (F). */
  freelancerAmount: Money;
  /** The fees kept on F: the freelancer's (taken from F) and the client's. */
  freelancerFee: Money;
  clientFee: Money;
  /** Into the freelancer's pending earnings: F − freelancer fee. */
  freelancerReceives: Money;
  /** Into Hunar's revenue: both fees on F. */
  hunarKeeps: Money;
  /** Back to the client's Hunar balance: the rest of the price and of the client fee. */
  clientRefund: Money;
}

const proportion = (fee: bigint, part: bigint, whole: bigint) => (part === whole ? fee : whole === 0n ? 0n : divideHalfEven(fee * part, whole));

/** Divides an order's escrow (its fees as fixed when it was placed) when the freelancer is given F of the price. */
export function settle(fees: Pick<FeeBreakdown, 'price' | 'clientFee' | 'freelancerFee'>, freelancerAmount: Money): Settlement {
  const c = fees.price.currency;
  const P = fees.price.amount;
  const F = freelancerAmount.amount;
  if (freelancerAmount.currency !== c) throw new RangeError('the amount must be in the order’s currency');
  if (F < 0n || F > P) throw new RangeError('the freelancer’s amount must be between 0 and the price');
  const freelancerFee = proportion(fees.freelancerFee.amount, F, P);
  const clientFee = proportion(fees.clientFee.amount, F, P);
  return {
    freelancerAmount: money(F, c),
    freelancerFee: money(freelancerFee, c),
    clientFee: money(clientFee, c),
    freelancerReceives: money(F - freelancerFee, c),
    hunarKeeps: money(freelancerFee + clientFee, c),
    clientRefund: money(P - F + (fees.clientFee.amount - clientFee), c),
  };
}
