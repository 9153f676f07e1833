import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Currency, type FxRate, money } from '../platform/money.ts';
import { checkFeePolicy, compareFees, DEFAULT_FEE_POLICY, feesFor, MAX_FEE_BP, peerKeeps } from './domain.ts';
import { PEER_RULES } from './peers.ts';

const USD_PKR: FxRate = { from: 'USD', to: 'PKR', rate: '280' };
const rule = (peer: string) => PEER_RULES.find((r) => r.peer === peer)!;

describe('Hunar fee policy', () => {
  it('by default takes 5% from the freelancer and nothing from the client', () => {
    const f = feesFor(money(100_000n, 'USD'));
    expect(f).toEqual({
      price: money(100_000n, 'USD'),
      clientFee: money(0n, 'USD'),
      clientPays: money(100_000n, 'USD'),
      freelancerFee: money(5_000n, 'USD'),
      freelancerReceives: money(95_000n, 'USD'),
      hunarKeeps: money(5_000n, 'USD'),
    });
    expect(DEFAULT_FEE_POLICY).toEqual({ freelancerBp: 500, clientBp: 0 });
  });

  it('rounds each fee half-even to the paisa: ties go to the even neighbour', () => {
    // 5% of Rs 10.10 = 50.5 paisa → 50; of Rs 10.30 = 51.5 → 52; of Rs 0.01 = 0.05 → 0.
    expect(feesFor(money(1010n, 'PKR')).freelancerFee).toEqual(money(50n, 'PKR'));
    expect(feesFor(money(1030n, 'PKR')).freelancerFee).toEqual(money(52n, 'PKR'));
    expect(feesFor(money(1n, 'PKR')).freelancerFee).toEqual(money(0n, 'PKR'));
    expect(feesFor(money(1050n, 'PKR'), { freelancerBp: 500, clientBp: 250 }).clientFee).toEqual(money(26n, 'PKR'));
  });

  it('never makes or loses money, whatever the price and policy', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.integer({ min: 0, max: MAX_FEE_BP }),
        fc.integer({ min: 0, max: MAX_FEE_BP }),
        fc.constantFrom<Currency>('PKR', 'USD'),
        (amount, freelancerBp, clientBp, currency) => {
          const f = feesFor(money(amount, currency), { freelancerBp, clientBp });
          expect(f.clientPays.amount).toBe(f.freelancerReceives.amount + f.hunarKeeps.amount);
          expect(f.hunarKeeps.amount).toBe(f.clientFee.amount + f.freelancerFee.amount);
          expect(f.freelancerFee.amount >= 0n && f.freelancerFee.amount <= amount).toBe(true);
          expect(f.freelancerReceives.amount <= amount && f.clientPays.amount >= amount).toBe(true);
          // Within half a paisa of the exact share.
          const exact2 = amount * BigInt(freelancerBp) * 2n;
          const diff = f.freelancerFee.amount * 20_000n - exact2;
          expect(diff >= -10_000n && diff <= 10_000n).toBe(true);
          for (const m of Object.values(f)) expect(m.currency).toBe(currency);
        },
      ),
    );
  });

  it('is fair over many orders: rounding favours neither side on average', () => {
    let rounded = 0n;
    let exactTimes100 = 0n;
    for (let paisa = 1n; paisa <= 20_000n; paisa++) {
      rounded += feesFor(money(paisa, 'PKR')).freelancerFee.amount;
      exactTimes100 += paisa * 5n;
    }
    // The total rounding error over 20,000 consecutive prices is under one rupee.
    const error = rounded * 100n - exactTimes100;
    expect(error < 10_000n && error > -10_000n).toBe(true);
  });

  it('refuses a negative price and a policy out of bounds', () => {
    expect(() => feesFor(money(-1n, 'PKR'))).toThrow(RangeError);
    expect(() => checkFeePolicy({ freelancerBp: -1, clientBp: 0 })).toThrow(RangeError);
    expect(() => checkFeePolicy({ freelancerBp: 2001, clientBp: 0 })).toThrow(RangeError);
    expect(() => checkFeePolicy({ freelancerBp: 2.5, clientBp: 0 })).toThrow(RangeError);
  });
});

describe('what a freelancer keeps on the peers (fees.md)', () => {
  it('matches the worked examples of the reference', () => {
    const thousand = money(100_000n, 'USD');
    // §8: Fiverr keeps 80%; Freelancer.com 10%; Upwork's variable fee is a range 0–15%.
    expect(peerKeeps(rule('fiverr'), thousand, USD_PKR).keepsMin).toEqual(money(80_000n, 'USD'));
    expect(peerKeeps(rule('freelancer'), thousand, USD_PKR).keepsMin).toEqual(money(90_000n, 'USD'));
    const upwork = peerKeeps(rule('upwork'), thousand, USD_PKR);
    expect([upwork.keepsMin, upwork.keepsMax]).toEqual([money(85_000n, 'USD'), money(100_000n, 'USD')]);
    // §8 client side: Fiverr $1,055; Upwork Basic $1,050; Freelancer.com $1,030; Guru unknown.
    expect(peerKeeps(rule('fiverr'), thousand, USD_PKR).clientPays).toEqual(money(105_500n, 'USD'));
    expect(peerKeeps(rule('upwork'), thousand, USD_PKR).clientPays).toEqual(money(105_000n, 'USD'));
    expect(peerKeeps(rule('freelancer'), thousand, USD_PKR).clientPays).toEqual(money(103_000n, 'USD'));
    expect(peerKeeps(rule('guru'), thousand, USD_PKR).clientPays).toBeNull();
    // §1: a $99 gig costs the buyer 99 × 1.055 + 3 = $107.445, which the reference rounds up to
    // $107.45; we round every fee half-even (Fiverr's own rounding is not published), so $107.44.
    expect(peerKeeps(rule('fiverr'), money(9_900n, 'USD'), USD_PKR).clientPays).toEqual(money(10_744n, 'USD'));
  });

  it('applies minimum fees, converted to rupees at the given rate', () => {
    // Freelancer.com: 10% or $5. On Rs 5,000 (10% = Rs 500) the $5 minimum (Rs 1,400) applies.
    expect(peerKeeps(rule('freelancer'), money(500_000n, 'PKR'), USD_PKR).keepsMin).toEqual(money(360_000n, 'PKR'));
    // A fee is never more than the amount itself.
    expect(peerKeeps(rule('freelancer'), money(100n, 'USD'), USD_PKR).keepsMin).toEqual(money(0n, 'USD'));
  });

  it('Hunar leaves the freelancer at least as much as any peer’s lowest fee but Upwork’s zero end', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.constantFrom<Currency>('PKR', 'USD'), (amount, currency) => {
        const { hunar, peers } = compareFees(money(amount, currency), USD_PKR);
        for (const p of peers) expect(hunar.freelancerReceives.amount >= p.keepsMin.amount).toBe(true);
      }),
    );
  });

  it('keeps every figure with its confidence and a source address', () => {
    for (const r of PEER_RULES) {
      for (const fee of [r.freelancer, ...(r.client ? [r.client] : [])]) {
        expect(['official', 'third_party', 'unconfirmed']).toContain(fee.confidence);
        expect(fee.source).toMatch(/^https:\/\//);
        expect(fee.bpMin).toBeLessThanOrEqual(fee.bpMax);
      }
    }
    expect(rule('guru').freelancer.confidence).toBe('unconfirmed');
  });
});
