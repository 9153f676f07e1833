import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figuresOf, missing, type QueryOutcome, qualityTable, recallAt, reciprocalRank, slugOfUrl, summarise } from './metrics.ts';
import { QUERY_KINDS } from './queries.ts';

const outcome = (kind: QueryOutcome['kind'], expect: string[], found: string[]): QueryOutcome => ({ q: expect.join(' '), kind, expect, found, total: found.length });

describe('recall@10', () => {
  it('is the share of the expected gigs among the first ten results', () => {
    expect(recallAt(['a', 'x', 'b'], ['a', 'b'])).toBe(1);
    expect(recallAt(['x', 'a'], ['a', 'b', 'c', 'd'])).toBe(0.25);
    expect(recallAt([], ['a'])).toBe(0);
  });

  it('does not count a gig found below the tenth result', () => {
    const found = ['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8', 'x9', 'x10', 'a'];
    expect(recallAt(found, ['a'])).toBe(0);
    expect(recallAt(found, ['a'], 11)).toBe(1);
  });

  it('counts an expected gig listed twice once', () => {
    expect(recallAt(['a'], ['a', 'a', 'b'])).toBe(0.5);
  });

  it('refuses a query that expects nothing (it could never miss)', () => {
    expect(() => recallAt(['a'], [])).toThrow(/at least one gig/);
    expect(() => reciprocalRank(['a'], [])).toThrow(/at least one gig/);
  });

  it('stays between 0 and 1', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e')), fc.array(fc.constantFrom('a', 'b', 'c', 'x'), { minLength: 1 }), (found, expected) => {
        const r = recallAt(found, expected);
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('reciprocal rank', () => {
  it('is one over the position of the first expected gig', () => {
    expect(reciprocalRank(['a', 'b'], ['a'])).toBe(1);
    expect(reciprocalRank(['x', 'y', 'b', 'a'], ['a', 'b'])).toBeCloseTo(1 / 3);
  });

  it('is 0 when no expected gig is on the page', () => {
    expect(reciprocalRank(['x', 'y'], ['a'])).toBe(0);
    expect(reciprocalRank([], ['a'])).toBe(0);
  });
});

describe('missing', () => {
  it('lists the expected gigs left out of the first ten, in the order expected', () => {
    expect(missing(['b', 'x'], ['c', 'b', 'a'])).toEqual(['c', 'a']);
    expect(missing(['a'], ['a'])).toEqual([]);
  });
});

describe('slugs from result addresses', () => {
  it('reads a gig address and nothing else', () => {
    expect(slugOfUrl('/g/logo-design-multan')).toBe('logo-design-multan');
    expect(slugOfUrl('/jobs/abc')).toBeNull();
    expect(slugOfUrl('/u/ayesha')).toBeNull();
    expect(slugOfUrl('/g/a/b')).toBeNull();
  });
});

describe('figures per kind and overall', () => {
  it('averages recall and reciprocal rank over the queries', () => {
    const f = figuresOf([outcome('english', ['a'], ['a']), outcome('english', ['a', 'b'], ['x', 'a'])]);
    expect(f).toEqual({ queries: 2, recallAt10: 0.75, mrr: 0.75 });
  });

  it('reports every kind, an empty one as zero queries reaching nothing', () => {
    const report = summarise([outcome('urdu', ['a'], ['a']), outcome('typo', ['a'], []), outcome('typo', ['b'], ['b'])]);
    expect(Object.keys(report.byKind)).toEqual([...QUERY_KINDS]);
    expect(report.byKind.urdu).toEqual({ queries: 1, recallAt10: 1, mrr: 1 });
    expect(report.byKind.typo).toEqual({ queries: 2, recallAt10: 0.5, mrr: 0.5 });
    expect(report.byKind.prefix).toEqual({ queries: 0, recallAt10: 0, mrr: 0 });
    expect(report.overall.queries).toBe(3);
    expect(report.overall.recallAt10).toBeCloseTo(2 / 3);
  });

  it('overall is the mean over queries, not over kinds', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...QUERY_KINDS), fc.boolean()), { minLength: 1 }), (xs) => {
        const report = summarise(xs.map(([kind, hit]) => outcome(kind, ['a'], hit ? ['a'] : [])));
        expect(report.overall.recallAt10).toBeCloseTo(xs.filter(([, hit]) => hit).length / xs.length);
        expect(QUERY_KINDS.reduce((n, k) => n + report.byKind[k].queries, 0)).toBe(xs.length);
      }),
    );
  });

  it('lists each query that missed a gig, with the gigs it missed', () => {
    const report = summarise([outcome('english', ['a', 'b'], ['a']), outcome('english', ['c'], ['c'])]);
    expect(report.misses).toEqual([{ q: 'a b', kind: 'english', missing: ['b'] }]);
  });

  it('prints a table with a line per kind and one overall', () => {
    const table = qualityTable(summarise([outcome('english', ['a'], ['a'])]));
    expect(table.split('\n')).toHaveLength(QUERY_KINDS.length + 2);
    expect(table).toMatch(/^english\s+1\s+1\.000\s+1\.000$/m);
    expect(table).toMatch(/^overall\s+1\s+1\.000\s+1\.000$/m);
  });
});
