import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byLevel, figuresOf, MIN_ORDERS, minimumRateInput, rateWindow, ratesQuery, ROUND_ORDER, roundTo, type Sample, showable, standing } from './domain.ts';

const rs = (n: number) => BigInt(n) * 100n;
const samples = (prices: number[], sellers = 5): Sample[] => prices.map((p, i) => ({ price: rs(p), seller: `s${i % sellers}`, level: 'new', city: 'lahore' }));

describe('when a group of orders may be shown', () => {
  it('needs ten orders', () => {
    expect(figuresOf(samples([3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000, 12000]), ROUND_ORDER)).toBeNull();
    expect(figuresOf(samples([3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000, 12000, 15000]), ROUND_ORDER)).toEqual({ q1: rs(5300), median: rs(7500), q3: rs(9800), count: 10 });
  });

  it('needs three freelancers, none with more than half the orders', () => {
    const ten = [3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000, 12000, 15000];
    expect(showable(samples(ten, 2))).toBe(false);
    expect(showable(samples(ten, 3))).toBe(true);
    // Six of ten by one freelancer: that person's prices would be most of the figures.
    const dominated = ten.map((p, i) => ({ price: rs(p), seller: i < 6 ? 'a' : `b${i}` }));
    expect(showable(dominated)).toBe(false);
    const half = ten.map((p, i) => ({ price: rs(p), seller: i < 5 ? 'a' : `b${i}` }));
    expect(showable(half)).toBe(true);
  });

  it('splits by seller level, each level by the same rules', () => {
    const all: Sample[] = [...samples([5000, 6000, 7000, 8000, 9000, 10000, 11000, 12000, 13000, 14000]).map((s) => ({ ...s, level: 'top_rated' as const })), ...samples([3000, 3500], 2)];
    const r = byLevel(all, ROUND_ORDER);
    expect(r.all?.count).toBe(12);
    expect(r.levels.top_rated?.count).toBe(10);
    expect(r.levels.new).toBeNull();
    expect(r.levels.level_one).toBeNull();
  });

  it('rounds each figure to Rs 100, keeping q1 <= median <= q3 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50_000_000 }), { minLength: MIN_ORDERS, maxLength: 60 }), (xs) => {
        const f = figuresOf(
          xs.map((x, i) => ({ price: BigInt(x), seller: `s${i % 4}` })),
          ROUND_ORDER,
        );
        if (!f) return false;
        return f.q1 <= f.median && f.median <= f.q3 && f.q1 % ROUND_ORDER === 0n && f.q3 % ROUND_ORDER === 0n;
      }),
    );
    expect(roundTo(14_949n, 100n)).toBe(14_900n);
    expect(roundTo(14_950n, 100n)).toBe(15_000n);
  });
});

describe('the window', () => {
  it('is the twelve whole months before the current one, in Pakistan time', () => {
    // 1 Dec 2026 at 02:00 in Pakistan is still 30 Nov in UTC: the current month is December.
    const w = rateWindow(new Date('2026-11-30T21:00:00Z'));
    expect(w.from.toISOString()).toBe('2025-11-30T19:00:00.000Z');
    expect(w.to.toISOString()).toBe('2026-11-30T19:00:00.000Z');
    // The same for every moment of a month: the figures change once a month.
    expect(rateWindow(new Date('2026-12-31T18:59:59Z'))).toEqual(w);
  });
});

describe('where a price stands', () => {
  const f = { q1: rs(5000), median: rs(7500), q3: rs(10000) };
  it('says below, in the lower or upper part of the middle half, or above', () => {
    expect(standing(rs(4999), f)).toBe('below');
    expect(standing(rs(5000), f)).toBe('lower_middle');
    expect(standing(rs(7500), f)).toBe('upper_middle');
    expect(standing(rs(10000), f)).toBe('upper_middle');
    expect(standing(rs(10001), f)).toBe('above');
  });
});

describe('the query', () => {
  it('takes a skill and an optional city, and names the field that is unknown', () => {
    expect(ratesQuery.parse({ skill: 'Logo-Design', city: 'lahore' })).toEqual({ skill: 'logo-design', city: 'lahore' });
    expect(ratesQuery.parse({ skill: 'wordpress', city: '' })).toEqual({ skill: 'wordpress', city: null });
    expect(ratesQuery.parse({ skill: 'wordpress' })).toEqual({ skill: 'wordpress', city: null });
    const bad = ratesQuery.safeParse({ skill: 'juggling', city: 'atlantis' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['skill', 'field.rates_unknown_skill'],
      ['city', 'field.rates_unknown_city'],
    ]);
    expect(minimumRateInput.safeParse({ skill: 'nope' }).success).toBe(false);
  });
});
