// Runs the labelled query set (queries.ts) through the search every visitor uses (search() of
// src/search/service.ts: gigs, relevance sort, no filters, nobody signed in) on a database that holds
// the demo data, and measures how many of the expected gigs each query brings (metrics.ts).
// Used by quality.int.test.ts (which fails below thresholds.ts) and by `npm run bench` (bench/search-quality.ts).
import type { Deps } from '../../src/platform/deps.ts';
import { search } from '../../src/search/service.ts';
import { type QualityReport, type QueryOutcome, slugOfUrl, summarise } from './metrics.ts';
import { type LabelledQuery, QUERIES } from './queries.ts';

export type { QualityFigures, QualityReport, QueryOutcome } from './metrics.ts';

/** The first page of gig results for a query, as an anonymous visitor gets it: slugs in order, and the count shown. */
export async function findGigs(deps: Deps, q: string): Promise<{ found: string[]; total: number }> {
  const result = await search(deps, null, { q, type: 'gig', sort: 'relevance' });
  return { found: result.items.map((i) => slugOfUrl(i.url)).filter((s): s is string => s !== null), total: result.total };
}

/** Runs every labelled query through search() on a database that holds the demo data. */
export async function evaluateSearchQuality(deps: Deps, queries: readonly LabelledQuery[] = QUERIES): Promise<QualityReport> {
  const outcomes: QueryOutcome[] = [];
  // One after another: the figures must not depend on how busy the pool is.
  for (const query of queries) {
    const { found, total } = await findGigs(deps, query.q);
    outcomes.push({ q: query.q, kind: query.kind, expect: query.expect, found, total });
  }
  return summarise(outcomes);
}
