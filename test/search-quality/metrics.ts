// The arithmetic of the search quality measure (docs/search.md, "Measuring search quality"), kept
// apart from the database so it can be checked by hand:
// - recall@10 of a query: the share of its expected gigs among the first 10 results;
// - reciprocal rank: 1 ÷ the position of the first expected gig in the first page, 0 when none is there;
// - both averaged over the queries of each kind and over all of them (MRR is the mean reciprocal rank).
import { QUERY_KINDS, type QueryKind } from './queries.ts';

/** How many results recall looks at: the first screen of a results page. */
export const RECALL_DEPTH = 10;

export interface QualityFigures {
  queries: number;
  recallAt10: number;
  mrr: number;
}

/** What one labelled query found. */
export interface QueryOutcome {
  q: string;
  kind: QueryKind;
  expect: readonly string[];
  /** The slugs of the first page of results, in order. */
  found: readonly string[];
  /** The result count the page shows (capped as search caps it). */
  total: number;
}

export interface QualityReport {
  overall: QualityFigures;
  byKind: Record<QueryKind, QualityFigures>;
  /** Queries that left an expected gig out of their first 10 results, with the gigs left out. */
  misses: { q: string; kind: QueryKind; missing: string[] }[];
  /** Every query's outcome, for a closer look at a miss. */
  outcomes: QueryOutcome[];
}

/** The gig slug of a result's address (/g/<slug>), or null for anything else. */
export function slugOfUrl(url: string): string | null {
  const m = /^\/g\/([a-z0-9-]+)$/.exec(url);
  return m ? m[1]! : null;
}

function checkExpected(expected: readonly string[]): void {
  // A query that expects nothing cannot miss anything: it would only inflate the figures.
  if (expected.length === 0) throw new Error('a labelled query must expect at least one gig');
}

/** |expected among the first `depth` found| ÷ |expected|. */
export function recallAt(found: readonly string[], expected: readonly string[], depth: number = RECALL_DEPTH): number {
  checkExpected(expected);
  const top = new Set(found.slice(0, depth));
  const wanted = [...new Set(expected)];
  return wanted.filter((s) => top.has(s)).length / wanted.length;
}

/** 1 ÷ (1-based position of the first expected slug in `found`), 0 when none is there. */
export function reciprocalRank(found: readonly string[], expected: readonly string[]): number {
  checkExpected(expected);
  const wanted = new Set(expected);
  const at = found.findIndex((s) => wanted.has(s));
  return at < 0 ? 0 : 1 / (at + 1);
}

/** The expected slugs missing from the first `depth` found, in the order they were expected. */
export function missing(found: readonly string[], expected: readonly string[], depth: number = RECALL_DEPTH): string[] {
  const top = new Set(found.slice(0, depth));
  return [...new Set(expected)].filter((s) => !top.has(s));
}

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Mean recall@10 and MRR over some outcomes (0 for none: an empty kind reaches nothing). */
export function figuresOf(outcomes: readonly QueryOutcome[]): QualityFigures {
  return {
    queries: outcomes.length,
    recallAt10: mean(outcomes.map((o) => recallAt(o.found, o.expect))),
    mrr: mean(outcomes.map((o) => reciprocalRank(o.found, o.expect))),
  };
}

/** The report over every outcome: overall, per kind (every kind present, even with no query), and the misses. */
export function summarise(outcomes: readonly QueryOutcome[]): QualityReport {
  const byKind = Object.fromEntries(QUERY_KINDS.map((kind) => [kind, figuresOf(outcomes.filter((o) => o.kind === kind))])) as Record<QueryKind, QualityFigures>;
  return {
    overall: figuresOf(outcomes),
    byKind,
    misses: outcomes.map((o) => ({ q: o.q, kind: o.kind, missing: missing(o.found, o.expect) })).filter((m) => m.missing.length > 0),
    outcomes: [...outcomes],
  };
}

/** The report as a small fixed-width table (kind, queries, recall@10, MRR), for logs. */
export function qualityTable(report: QualityReport): string {
  const rows: [string, QualityFigures][] = [...QUERY_KINDS.map((k): [string, QualityFigures] => [k, report.byKind[k]]), ['overall', report.overall]];
  const width = Math.max(...rows.map(([k]) => k.length));
  return [
    `${'kind'.padEnd(width)}  queries  recall@10    MRR`,
    ...rows.map(([k, f]) => `${k.padEnd(width)}  ${String(f.queries).padStart(7)}  ${f.recallAt10.toFixed(3).padStart(9)}  ${f.mrr.toFixed(3).padStart(5)}`),
  ].join('\n');
}
