// EXPLAIN (ANALYZE, BUFFERS) of the search SQL (the very statements src/search/service.ts runs,
// built by its exported functions), for docs/benchmarks.md, and the check that no plan reads a big
// table from end to end: a Seq Scan on gigs, jobs, profiles, users or their postings fails the search budget.
import { sql } from 'kysely';
import type { Executor } from '../src/db/pool.ts';
import { parseWith } from '../src/platform/forms.ts';
import { searchParams, searchStatement } from '../src/search/service.ts';

export const BIG_TABLES = ['gigs', 'jobs', 'profiles', 'users', 'gig_postings', 'job_postings', 'freelancer_postings'] as const;

export interface SearchPlan {
  name: string;
  /** The query string of /search this plan answers. */
  query: Record<string, string>;
  plan: string;
  /** Big tables read by a Seq Scan in this plan (should be none). */
  seqScans: string[];
  ms: number | null;
}

/** The plan of one search, as the service would run it (spelling correction and the choice of postings first, for real). */
export async function explainSearch(db: Executor, name: string, raw: Record<string, string>): Promise<SearchPlan> {
  const query = await searchStatement(db, parseWith(searchParams, raw), null);
  const { rows } = await sql<{ 'QUERY PLAN': string }>`EXPLAIN (ANALYZE, BUFFERS) ${query}`.execute(db);
  const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
  const seqScans = [...plan.matchAll(/Seq Scan on (\w+)/g)].map((x) => x[1]!).filter((t) => (BIG_TABLES as readonly string[]).includes(t));
  const ms = Number(plan.match(/Execution Time: ([\d.]+) ms/)?.[1] ?? Number.NaN);
  return { name, query: raw, plan, seqScans: [...new Set(seqScans)], ms: Number.isFinite(ms) ? ms : null };
}
