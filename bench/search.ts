// The search benchmark of issue 4, over the data set of search-seed.ts (seeded by run.ts before any
// suite runs): page weight of /search and a gig page; autocannon load on keyword searches (English,
// Urdu and Roman Urdu, cycled by every connection), filtered searches and gig pages; the same search
// SQL straight on a pool like the app's (prepared statements) at the same concurrency for the same
// time, half just before the keyword searches and half just after (search_sql); and the
// EXPLAIN (ANALYZE, BUFFERS) plans of the keyword and filtered searches of every type. Then the
// latency a person feels (decision 0043): the keyword searches on one connection (search_single) and
// at a fixed arrival rate of half search_keyword's throughput (search_open_loop, bench/open-loop.ts).
//
// search_sql runs searchRows() from src/search/service.ts, the function the service itself calls
// (spelling correction, then the page query), so HTTP and SQL run the same statements; the ratio
// ratio_search_http_to_sql is search_keyword req/s divided by search_sql searches/s.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { createDb } from '../src/db/pool.ts';
import type { Database } from '../src/db/schema.ts';
import { parseWith } from '../src/platform/forms.ts';
import { searchParams, searchRows, searchTerms } from '../src/search/service.ts';
import { type CpuSplit, combineCpu, startCpuCount } from './cpu.ts';
import { measureLoad } from './http-load.ts';
import { measureOpenLoop } from './open-loop.ts';
import { measureWeight } from './page-weight.ts';
import { explainSearch, type SearchPlan } from './search-plans.ts';
import type { BenchContext, Measurement, Suite } from './types.ts';

/** What people type: English, Urdu, Roman Urdu, a typo, common and rarer words. */
export const KEYWORD_QUERIES = [
  'logo design',
  'لوگو ڈیزائن',
  'logo dizain',
  'wordpress',
  'ورڈپریس',
  'video editing',
  'ترجمہ',
  'tarjuma',
  'data entry',
  'ڈیٹا انٹری',
  'seo articles',
  'urdu typing',
  'mobile app development',
  'app banana',
  'shopify store',
  'logo desgin',
  'bookkeeping quickbooks',
  'حساب کتاب',
  'voice over',
  'youtube videos',
];

/** Filters people combine with a query: category, price (PKR and USD), delivery, city, language, and the other types. */
export const FILTERED_QUERIES: Record<string, string>[] = [
  { q: 'logo design', category: 'design', price_max: '20000', delivery_days: '7' },
  { q: 'ویب سائٹ', category: 'web-mobile', price_min: '5000' },
  { q: 'video editing', price_max: '100', currency: 'USD', sort: 'price' },
  { q: 'content writing', language: 'ur', delivery_days: '5' },
  { q: 'wordpress', city: 'lahore' },
  { q: 'translation', type: 'job', kind: 'fixed', experience: 'expert' },
  { q: 'data entry', type: 'job', price_min: '20000', sort: 'newest' },
  { q: 'graphic design', type: 'freelancer', city: 'karachi' },
  { type: 'gig', category: 'marketing', sort: 'newest' },
  { q: 'seo', skill: 'seo', sort: 'relevance' },
  { q: 'logo design', certified_in: 'logo-design' },
];

/** The plans written to docs/benchmarks.md: keyword and filtered, for each type. */
export const PLAN_QUERIES: { name: string; query: Record<string, string> }[] = [
  { name: 'gig_keyword', query: { q: 'logo design' } },
  { name: 'gig_keyword_urdu', query: { q: 'لوگو ڈیزائن' } },
  { name: 'gig_filtered', query: { q: 'logo design', category: 'design', price_max: '20000', delivery_days: '7' } },
  { name: 'job_keyword', query: { q: 'web development', type: 'job' } },
  { name: 'job_filtered', query: { q: 'translation', type: 'job', kind: 'fixed', experience: 'expert' } },
  { name: 'freelancer_keyword', query: { q: 'graphic design', type: 'freelancer' } },
  { name: 'freelancer_filtered', query: { q: 'graphic design', type: 'freelancer', city: 'karachi' } },
  { name: 'gig_city', query: { q: 'wordpress', city: 'lahore' } },
  { name: 'gig_language', query: { q: 'content writing', language: 'ur', delivery_days: '5' } },
  { name: 'gig_price_sort', query: { q: 'video editing', price_max: '100', currency: 'USD', sort: 'price' } },
  { name: 'gig_certified_in', query: { q: 'logo design', certified_in: 'logo-design' } },
  { name: 'freelancer_certified_in', query: { q: 'wordpress', type: 'freelancer', certified_in: 'wordpress' } },
];

const searchPath = (q: Record<string, string>) => `/search?${new URLSearchParams(q).toString()}`;
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** One slice of search_sql: every search's latency (sorted), and what it cost. */
interface SqlSlice {
  latencies: Float64Array;
  seconds: number;
  errors: number;
  problem?: string;
  cpu: CpuSplit | null;
}

/**
 * searchRows() on its own pool, kept open between slices: `connections` loops, each running one
 * search after another over the keyword list. Latency is per search (both statements).
 */
export async function startSearchSql(ctx: BenchContext, databaseUrl: string) {
  // The app's own pool (src/db/pool.ts), so the statements are prepared and their plans kept as the
  // app keeps them (decision 0029); a plain pg Pool would have PostgreSQL plan every search again.
  const db = createDb(databaseUrl, { max: ctx.connections });
  const asks = KEYWORD_QUERIES.map((q) => {
    const params = parseWith(searchParams, { q });
    return { params, terms: searchTerms(params.q) };
  });
  const run = async (seconds: number): Promise<Omit<SqlSlice, 'cpu' | 'seconds'>> => {
    let latencies = new Float64Array(1 << 16);
    let n = 0;
    let errors = 0;
    let problem: string | undefined;
    const until = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: ctx.connections }, async (_, worker) => {
        for (let i = worker; performance.now() < until; i++) {
          const ask = asks[i % asks.length]!;
          const started = performance.now();
          try {
            await searchRows(db, ask.params, null, ask.terms);
          } catch (e) {
            errors += 1;
            problem ??= e instanceof Error ? e.message : String(e);
            continue;
          }
          if (n === latencies.length) {
            const bigger = new Float64Array(latencies.length * 2);
            bigger.set(latencies);
            latencies = bigger;
          }
          latencies[n++] = performance.now() - started;
        }
      }),
    );
    return { latencies: latencies.subarray(0, n).sort(), errors, ...(problem ? { problem } : {}) };
  };
  return {
    /** Searches that are not counted: connections opened, statements prepared, caches warm. */
    async warm(seconds: number): Promise<void> {
      await run(seconds);
    },
    async measure(seconds: number): Promise<SqlSlice> {
      const counting = startCpuCount(ctx.appPid);
      const started = performance.now();
      const slice = await run(seconds);
      const elapsed = (performance.now() - started) / 1000;
      return { ...slice, seconds: elapsed, cpu: counting?.(slice.latencies.length) ?? null };
    },
    close: () => db.destroy(),
  };
}

/** The search_sql measurement from its slices: latencies pooled, throughput and CPU over their whole time. */
export function searchSqlMeasurement(ctx: BenchContext, slices: readonly SqlSlice[]): Measurement {
  const requests = slices.reduce((sum, s) => sum + s.latencies.length, 0);
  const seconds = slices.reduce((sum, s) => sum + s.seconds, 0);
  const errors = slices.reduce((sum, s) => sum + s.errors, 0);
  const sorted = new Float64Array(requests);
  let at = 0;
  for (const s of slices) {
    sorted.set(s.latencies, at);
    at += s.latencies.length;
  }
  sorted.sort();
  const cpu = combineCpu(slices.map((s) => ({ split: s.cpu, requests: s.latencies.length, seconds: s.seconds })));
  const m: Measurement = {
    name: 'search_sql',
    kind: 'sql_load',
    ok: errors === 0 && requests > 0,
    rps: round(requests / seconds, 0),
    p50_ms: round(percentile(sorted, 50), 2),
    p99_ms: round(percentile(sorted, 99), 2),
    requests,
    errors,
    connections: ctx.connections,
    seconds: round(seconds, 1),
    slices: slices.length,
    queries: KEYWORD_QUERIES.length,
    ...(cpu ?? {}),
  };
  const problem = slices.find((s) => s.problem)?.problem;
  if (!m.ok) m.problem = `${errors} failed searches${problem ? ` (${problem})` : ''}`;
  const split = cpu ? `; CPU per search: PostgreSQL ${cpu.cpu_ms_per_request.postgres} ms, client ${cpu.cpu_ms_per_request.load_generator} ms (${cpu.busy_cores} cores busy)` : '';
  ctx.log(`  search_sql: ${m.rps} searches/s, p50 ${m.p50_ms} ms, p99 ${m.p99_ms} ms${split}${m.problem ? ` (INVALID: ${m.problem})` : ''}`);
  return m;
}

async function plans(ctx: BenchContext, databaseUrl: string): Promise<Measurement[]> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    const out: Measurement[] = [];
    for (const { name, query } of PLAN_QUERIES) {
      // Once to warm the cache, then the plan that is kept.
      await explainSearch(db, name, query);
      const p: SearchPlan = await explainSearch(db, name, query);
      ctx.log(`plan ${name}: ${p.ms ?? '?'} ms${p.seqScans.length ? `, SEQ SCAN on ${p.seqScans.join(', ')}` : ''}`);
      out.push({
        name: `plan_${name}`,
        kind: 'search_plan',
        ok: true,
        ms: p.ms ?? undefined,
        seq_scans: p.seqScans,
        query: query,
        plan: p.plan,
      });
    }
    return out;
  } finally {
    await db.destroy();
  }
}

/** A few published gigs of the data set, for the gig page load (cycled). */
async function gigSlugs(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ slug: string }>(
      // Any published gigs: since 0033_gig_slugs their addresses come from their titles.
      `SELECT slug FROM gigs WHERE status = 'published' ORDER BY hashtext(id::text) LIMIT 20`,
    );
    return rows.map((r) => r.slug);
  } finally {
    await client.end();
  }
}

/**
 * Search latency as one person feels it (docs/decisions/0043): the keyword list on one connection
 * (search_single), then arriving at evenly spaced times at half the throughput search_keyword
 * reached at 32 connections, so the machine is half busy (search_open_loop, an open loop).
 */
async function latencyAsFelt(ctx: BenchContext, keyword: Measurement | undefined): Promise<Measurement[]> {
  const paths = KEYWORD_QUERIES.map((q) => searchPath({ q }));
  const headers = { 'accept-language': 'en' };
  const single = await measureLoad(ctx, {
    name: 'search_single',
    server: 'app',
    path: paths[0]!,
    paths: paths.slice(1),
    headers,
    expect: { bodyIncludes: 'class="result"' },
    connections: 1,
    seconds: Math.min(15, ctx.seconds),
  });
  if (!keyword?.ok || !keyword.rps) {
    const problem = 'no valid search_keyword throughput to set the rate from';
    ctx.log(`  search_open_loop: INVALID: ${problem}`);
    return [single, { name: 'search_open_loop', kind: 'open_loop', ok: false, problem }];
  }
  return [single, await measureOpenLoop(ctx, { name: 'search_open_loop', paths, headers, rate: keyword.rps / 2, seconds: ctx.seconds })];
}

export function searchSuite(databaseUrl: () => string): Suite {
  return {
    name: 'search',
    async run(ctx) {
      const url = databaseUrl();
      const slugs = await gigSlugs(url);
      if (slugs.length === 0) throw new Error('no published gigs from the search data set');
      const gig = `/g/${slugs[0]}`;
      const out: Measurement[] = [];
      out.push(await measureWeight(ctx, { name: 'weight_search_en', path: searchPath({ q: 'logo design' }), headers: { 'accept-language': 'en' } }));
      out.push(await measureWeight(ctx, { name: 'weight_search_ur', path: searchPath({ q: 'لوگو ڈیزائن' }), headers: { 'accept-language': 'ur' } }));
      out.push(await measureWeight(ctx, { name: 'weight_gig_en', path: gig, headers: { 'accept-language': 'en' } }));
      out.push(await measureWeight(ctx, { name: 'weight_gig_ur', path: gig, headers: { 'accept-language': 'ur' } }));
      out.push(...(await plans(ctx, url)));
      // search_sql is measured in two halves, just before and just after search_keyword, so the two
      // sides of ratio_search_http_to_sql see the machine in the same minute: a shared machine that
      // slows down or speeds up between them (it did, by a quarter, within minutes) shifts both.
      const sql = await startSearchSql(ctx, url);
      const half = ctx.seconds / 2;
      const sqlSlices: SqlSlice[] = [];
      try {
        const warmup = Math.max(1, Math.min(5, Math.round(ctx.seconds / 4)));
        ctx.log(`sql search_sql: searchRows() on a pool of ${ctx.connections}, warm-up ${warmup} s, then ${half} s before and ${half} s after search_keyword`);
        await sql.warm(warmup);
        sqlSlices.push(await sql.measure(half));
        const [first, ...rest] = KEYWORD_QUERIES.map((q) => searchPath({ q }));
        out.push(
          await measureLoad(ctx, { name: 'search_keyword', server: 'app', path: first!, paths: rest, headers: { 'accept-language': 'en' }, expect: { bodyIncludes: 'class="result"' } }),
        );
        // The pool may have closed idle connections during the load: open them again unmeasured.
        await sql.warm(1);
        sqlSlices.push(await sql.measure(half));
      } finally {
        await sql.close();
      }
      const sqlMeasurement = searchSqlMeasurement(ctx, sqlSlices);
      out.push(...(await latencyAsFelt(ctx, out.find((m) => m.name === 'search_keyword'))));
      const [f1, ...frest] = FILTERED_QUERIES.map(searchPath);
      out.push(await measureLoad(ctx, { name: 'search_filtered', server: 'app', path: f1!, paths: frest, headers: { 'accept-language': 'en' }, expect: { bodyIncludes: 'class="result"' } }));
      out.push(
        await measureLoad(ctx, { name: 'gig_page', server: 'app', path: gig, paths: slugs.slice(1).map((s) => `/g/${s}`), headers: { 'accept-language': 'en' }, expect: { bodyIncludes: '<h1' } }),
      );
      out.push(sqlMeasurement);
      return out;
    },
  };
}
