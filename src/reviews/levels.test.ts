import { describe, expect, it } from 'vitest';
import { checkRule, LEVEL_RULES, type LevelRule, levelFor, REQUIREMENTS, type SellerFacts, SELLER_LEVELS } from './levels.ts';

/** Facts that meet `rule` exactly at every threshold (each rate exactly its percent). */
function atThresholds(rule: LevelRule): SellerFacts {
  // 100 orders, of which exactly the allowed percent cancelled.
  const completed = 100 - rule.maxCancelledPercent;
  const cancelled = rule.maxCancelledPercent;
  const ratings = rule.minRatings * 10;
  return {
    completedOrders: completed,
    ratingSum: (rule.minRatingTenths * ratings) / 10,
    ratingCount: ratings,
    ordersWithDeadline: 100,
    onTimeOrders: rule.minOnTimePercent,
    cancelledOrders: cancelled,
    disputesLost: rule.maxDisputesLost,
    responseRate: rule.minResponsePercent / 100,
  };
}

const rank = (l: string) => SELLER_LEVELS.indexOf(l as (typeof SELLER_LEVELS)[number]);

describe('the level rules', () => {
  it('rise with each level: every threshold at least as strict as the one below', () => {
    expect(LEVEL_RULES.map((r) => r.level)).toEqual(['level_one', 'level_two', 'top_rated']);
    for (let i = 1; i < LEVEL_RULES.length; i++) {
      const [lo, hi] = [LEVEL_RULES[i - 1]!, LEVEL_RULES[i]!];
      expect(hi.minCompletedOrders).toBeGreaterThan(lo.minCompletedOrders);
      expect(hi.minRatingTenths).toBeGreaterThanOrEqual(lo.minRatingTenths);
      expect(hi.minRatings).toBeGreaterThanOrEqual(lo.minRatings);
      expect(hi.minOnTimePercent).toBeGreaterThanOrEqual(lo.minOnTimePercent);
      expect(hi.minResponsePercent).toBeGreaterThanOrEqual(lo.minResponsePercent);
      expect(hi.maxCancelledPercent).toBeLessThanOrEqual(lo.maxCancelledPercent);
      expect(hi.maxDisputesLost).toBeLessThanOrEqual(lo.maxDisputesLost);
    }
  });

  it('makes a freelancer with nothing yet "new"', () => {
    expect(levelFor({ completedOrders: 0, ratingSum: 0, ratingCount: 0, ordersWithDeadline: 0, onTimeOrders: 0, cancelledOrders: 0, disputesLost: 0, responseRate: null })).toBe('new');
  });

  for (const rule of LEVEL_RULES) {
    describe(rule.level, () => {
      const at = atThresholds(rule);
      it('is reached exactly at every threshold', () => {
        expect(Object.values(checkRule(rule, at)).every(Boolean), JSON.stringify(checkRule(rule, at))).toBe(true);
        expect(levelFor(at)).toBe(rule.level);
      });

      const cases: [string, (f: SellerFacts) => SellerFacts, (f: SellerFacts) => SellerFacts][] = [
        ['completed orders', (f) => ({ ...f, completedOrders: rule.minCompletedOrders - 1, cancelledOrders: 0 }), (f) => ({ ...f, completedOrders: f.completedOrders + 1 })],
        ['average rating', (f) => ({ ...f, ratingSum: f.ratingSum - 1 }), (f) => ({ ...f, ratingSum: Math.min(f.ratingSum + 1, f.ratingCount * 5) })],
        ['number of ratings', (f) => ({ ...f, ratingCount: rule.minRatings - 1, ratingSum: (rule.minRatings - 1) * 5 }), (f) => ({ ...f, ratingCount: f.ratingCount + 1, ratingSum: f.ratingSum + 5 })],
        ['on-time delivery', (f) => ({ ...f, onTimeOrders: f.onTimeOrders - 1 }), (f) => ({ ...f, onTimeOrders: Math.min(f.onTimeOrders + 1, f.ordersWithDeadline) })],
        ['response rate', (f) => ({ ...f, responseRate: (rule.minResponsePercent - 0.01) / 100 }), (f) => ({ ...f, responseRate: (rule.minResponsePercent + 1) / 100 })],
        ['cancellations', (f) => ({ ...f, cancelledOrders: f.cancelledOrders + 1 }), (f) => ({ ...f, cancelledOrders: Math.max(0, f.cancelledOrders - 1) })],
        ['disputes lost', (f) => ({ ...f, disputesLost: f.disputesLost + 1 }), (f) => ({ ...f, disputesLost: Math.max(0, f.disputesLost - 1) })],
      ];
      for (const [name, worse, better] of cases) {
        it(`falls below it just past the ${name} threshold, and stays when better`, () => {
          const lower = levelFor(worse(at));
          expect(rank(lower), `${name}: ${lower}`).toBeLessThan(rank(rule.level));
          expect(levelFor(better(at))).toBe(rule.level);
        });
      }

      it(rule.responseRequired ? 'needs a measured response rate' : 'does not wait for a response rate to be measured', () => {
        const unmeasured = { ...at, responseRate: null };
        expect(checkRule(rule, unmeasured).response).toBe(!rule.responseRequired);
        // Unmeasured, the freelancer holds the highest level that does not need it (level one).
        expect(levelFor(unmeasured)).toBe(rule.responseRequired ? LEVEL_RULES.filter((r) => !r.responseRequired).at(-1)?.level : rule.level);
      });
    });
  }

  it('counts a freelancer without deadlines or cancellable orders as meeting those two', () => {
    const one = LEVEL_RULES[0]!;
    const f = { ...atThresholds(one), ordersWithDeadline: 0, onTimeOrders: 0, cancelledOrders: 0 };
    expect(checkRule(one, f)).toMatchObject({ on_time: true, cancelled: true });
    expect(REQUIREMENTS).toHaveLength(6);
  });
});
