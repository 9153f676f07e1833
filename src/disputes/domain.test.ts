import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feesFor, MAX_FEE_BP } from '../fees/domain.ts';
import { money } from '../platform/money.ts';
import { decisionInput, freelancerShare, openDisputeInput, settle, splitAmountProblem } from './domain.ts';

const rs = (paisa: bigint) => money(paisa, 'PKR');

describe('a split stays strictly inside the escrowed price', () => {
  const price = rs(1_500_000n); // Rs 15,000
  it('takes any whole paisa from 1 to the price less one paisa', () => {
    expect(splitAmountProblem(price, rs(1n))).toBeNull();
    expect(splitAmountProblem(price, rs(1_499_999n))).toBeNull();
    expect(splitAmountProblem(price, rs(750_000n))).toBeNull();
  });
  it('refuses nothing, less than nothing, the whole price and more (those are a refund or a release)', () => {
    for (const bad of [0n, -1n, -750_000n, 1_500_000n, 1_500_001n, 10n ** 12n]) expect(splitAmountProblem(price, rs(bad)), String(bad)).toBe('field.split_bounds');
  });
  it('refuses an amount in the other currency', () => {
    expect(splitAmountProblem(price, money(100n, 'USD'))).toBe('field.choose');
  });
  it('gives the freelancer all, none or the split amount', () => {
    expect(freelancerShare('release', price, null)).toEqual(price);
    expect(freelancerShare('refund', price, null)).toEqual(rs(0n));
    expect(freelancerShare('split', price, rs(600_000n))).toEqual(rs(600_000n));
    expect(() => freelancerShare('split', price, null)).toThrow(RangeError);
    expect(() => freelancerShare('split', price, price)).toThrow(RangeError);
  });
});

describe('dividing the escrow', () => {
  it('releases exactly what accepting would: the order’s own fees', () => {
    const fees = feesFor(rs(1_500_000n), { freelancerBp: 500, clientBp: 0 });
    expect(settle(fees, fees.price)).toEqual({
      freelancerAmount: rs(1_500_000n),
      freelancerFee: rs(75_000n),
      clientFee: rs(0n),
      freelancerReceives: fees.freelancerReceives,
      hunarKeeps: fees.hunarKeeps,
      clientRefund: rs(0n),
    });
  });

  it('refunds everything the client paid, their fee included, and keeps no fee', () => {
    const fees = feesFor(rs(1_500_000n), { freelancerBp: 500, clientBp: 250 });
    const s = settle(fees, rs(0n));
    expect(s.clientRefund).toEqual(fees.clientPays);
    expect(s.hunarKeeps).toEqual(rs(0n));
    expect(s.freelancerReceives).toEqual(rs(0n));
  });

  it('on a split, takes the freelancer fee on the released part only and returns the client fee on the refunded part', () => {
    // Rs 15,000 at 5% / 2%: the freelancer is given Rs 6,000 of it.
    const fees = feesFor(rs(1_500_000n), { freelancerBp: 500, clientBp: 200 });
    const s = settle(fees, rs(600_000n));
    expect(s.freelancerFee).toEqual(rs(30_000n)); // 5% of Rs 6,000
    expect(s.freelancerReceives).toEqual(rs(570_000n)); // Rs 5,700
    expect(s.clientFee).toEqual(rs(12_000n)); // 2% of Rs 6,000
    expect(s.hunarKeeps).toEqual(rs(42_000n));
    // Rs 9,000 of the price and Rs 180 of the Rs 300 client fee go back.
    expect(s.clientRefund).toEqual(rs(918_000n));
  });

  it('rounds the fee on the released part half-even to the paisa', () => {
    // A Rs 10.10 order: 5% is 50.5 paisa → 50 (feesFor). Half of it released: 25 paisa of fee.
    const fees = feesFor(rs(1010n));
    expect(settle(fees, rs(505n)).freelancerFee).toEqual(rs(25n));
    // 50 × 1/1010 = 0.0495 → 0 paisa: a one-paisa release keeps no fee.
    expect(settle(fees, rs(1n)).freelancerFee).toEqual(rs(0n));
  });

  it('never makes or loses money, whatever the price, policy and amount', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 13n }),
        fc.integer({ min: 0, max: MAX_FEE_BP }),
        fc.integer({ min: 0, max: MAX_FEE_BP }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (price, freelancerBp, clientBp, share) => {
          const fees = feesFor(rs(price), { freelancerBp, clientBp });
          const F = BigInt(Math.floor(Number(price) * share));
          const s = settle(fees, rs(F > price ? price : F));
          expect(s.freelancerReceives.amount + s.hunarKeeps.amount + s.clientRefund.amount).toBe(fees.clientPays.amount);
          for (const part of [s.freelancerReceives, s.hunarKeeps, s.clientRefund, s.freelancerFee, s.clientFee]) expect(part.amount >= 0n).toBe(true);
          expect(s.freelancerReceives.amount <= s.freelancerAmount.amount).toBe(true);
          expect(s.freelancerFee.amount <= fees.freelancerFee.amount && s.clientFee.amount <= fees.clientFee.amount).toBe(true);
        },
      ),
    );
  });

  it('refuses amounts outside the price (a bug, not input: the service checks first)', () => {
    const fees = feesFor(rs(1000n));
    expect(() => settle(fees, rs(-1n))).toThrow(RangeError);
    expect(() => settle(fees, rs(1001n))).toThrow(RangeError);
    expect(() => settle(fees, money(10n, 'USD'))).toThrow(RangeError);
  });
});

describe('what a dispute and a decision take', () => {
  it('needs a reason from the list and a description', () => {
    expect(openDisputeInput.safeParse({ reason: 'late', message: 'Two weeks late.' }).success).toBe(true);
    expect(openDisputeInput.safeParse({ reason: 'angry', message: 'x' }).success).toBe(false);
    expect(openDisputeInput.safeParse({ reason: 'late', message: '   ' }).success).toBe(false);
  });
  it('needs an outcome and a written reason', () => {
    expect(decisionInput.safeParse({ outcome: 'release', reason: 'Delivered as agreed.' }).success).toBe(true);
    expect(decisionInput.safeParse({ outcome: 'release', reason: '' }).success).toBe(false);
    expect(decisionInput.safeParse({ outcome: 'half', reason: 'x' }).success).toBe(false);
    expect(decisionInput.safeParse({ outcome: 'split', freelancer_amount: { amount: '100', currency: 'PKR' }, reason: 'x' }).success).toBe(true);
  });
});
