// Postings against plain GIN indexes for the new matching (issue 17; docs/decisions/0042): the keyword
// searches of the search suite run one after another on one connection of the app's kind (prepared
// statements), each first through postings (as the service runs it) and then with the window left to
// PostgreSQL, which finds it through the GIN index on search_tsv (the plain design). Alternating
// the two within the same seconds keeps the machine's mood out of the comparison. Report only.
//
//   npx tsx bench/search-plain-gin.ts postgres://… [seconds]
import { performance } from 'node:perf_hooks';
import { createDb } from '../src/db/pool.ts';
import { parseWith } from '../src/platform/forms.ts';
import { planSearch, searchParams, searchQuery, searchStatement, searchTerms, tsqueryOf } from '../src/search/service.ts';
import { KEYWORD_QUERIES } from './search.ts';

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

async function main(): Promise<void> {
  const url = process.argv[2];
  const seconds = Number(process.argv[3] ?? 20);
  if (!url) throw new Error('usage: search-plain-gin.ts <database url> [seconds]');
  const db = createDb(url, { max: 1 });
  const asks = KEYWORD_QUERIES.map((q) => ({ q, params: parseWith(searchParams, { q }), terms: searchTerms(q) }));
  const times = { postings: [] as number[], gin: [] as number[] };
  const perQuery = new Map<string, { postings: number[]; gin: number[] }>();
  const until = performance.now() + seconds * 1000;
  for (let i = 0; performance.now() < until; i++) {
    const a = asks[i % asks.length]!;
    const t0 = performance.now();
    await (await searchStatement(db, a.params, null, a.terms)).execute(db);
    const t1 = performance.now();
    const plan = await planSearch(db, a.terms);
    await searchQuery(a.params, { hasQuery: true, tsq: tsqueryOf(plan), slugs: a.terms.slugs, rank: plan.rank, streams: null }, null).execute(db);
    const t2 = performance.now();
    if (i < asks.length) continue; // the first round warms caches and plans
    times.postings.push(t1 - t0);
    times.gin.push(t2 - t1);
    const q = perQuery.get(a.q) ?? { postings: [], gin: [] };
    q.postings.push(t1 - t0);
    q.gin.push(t2 - t1);
    perQuery.set(a.q, q);
  }
  const line = (name: string, xs: number[]) => `${name.padEnd(10)} n=${xs.length} p50 ${percentile(xs, 50).toFixed(2)} ms  p99 ${percentile(xs, 99).toFixed(2)} ms`;
  console.log(line('postings', times.postings));
  console.log(line('plain GIN', times.gin));
  console.log(`ratio of p50, GIN ÷ postings: ${(percentile(times.gin, 50) / percentile(times.postings, 50)).toFixed(2)}; of p99: ${(percentile(times.gin, 99) / percentile(times.postings, 99)).toFixed(2)}`);
  for (const [q, t] of perQuery) console.log(`  ${q.padEnd(26)} postings p50 ${percentile(t.postings, 50).toFixed(2)}  GIN p50 ${percentile(t.gin, 50).toFixed(2)}`);
  await db.destroy();
}

await main();
