import { describe, expect, it } from 'vitest';
import { checkBudgets, RULES } from './budgets.ts';
import type { Measurement } from './types.ts';

const search = (overrides: Partial<Record<string, Partial<Measurement>>> = {}): Measurement[] => [
  { name: 'search_keyword', kind: 'http_load', ok: true, rps: 600, p50_ms: 50, p99_ms: 140, ...overrides.search_keyword },
  { name: 'search_filtered', kind: 'http_load', ok: true, rps: 500, p50_ms: 60, p99_ms: 170, ...overrides.search_filtered },
  { name: 'search_single', kind: 'http_load', ok: true, rps: 300, p50_ms: 3, p99_ms: 9, ...overrides.search_single },
  { name: 'search_open_loop', kind: 'open_loop', ok: true, rps: 300, p50_ms: 4, p99_ms: 27, ...overrides.search_open_loop },
];
const verdicts = (measurements: Measurement[]) =>
  Object.fromEntries(checkBudgets(measurements, { ratio_search_http_to_sql: 0.6 }, RULES, ['search']).map((b) => [b.name, b.pass ? 'pass' : `fail ${b.value}`]));

describe('search latency budgets (decision 0043)', () => {
  it('judge one connection and the open loop, not the closed-loop p99 at 32 connections', () => {
    const v = verdicts(search());
    expect(v).toMatchObject({ search_single_p50_ms: 'pass', search_single_p99_ms: 'pass', search_open_loop_p99_ms: 'pass', ratio_search_http_to_sql: 'pass' });
    expect(Object.keys(v).filter((name) => /search_(keyword|filtered)/.test(name))).toEqual([]);
  });

  it('fail on a slow single search, a slow open loop, or an open loop that is invalid', () => {
    expect(verdicts(search({ search_single: { p50_ms: 16 } })).search_single_p50_ms).toBe('fail 16');
    expect(verdicts(search({ search_single: { p99_ms: 41 } })).search_single_p99_ms).toBe('fail 41');
    expect(verdicts(search({ search_open_loop: { p99_ms: 51 } })).search_open_loop_p99_ms).toBe('fail 51');
    // Requests failed or the rate was not kept: the figure does not count, so the budget is not met.
    expect(verdicts(search({ search_open_loop: { ok: false, problem: 'sent 200 req/s, below 95 % of the 300 asked for' } })).search_open_loop_p99_ms).toBe('fail null');
  });
});
