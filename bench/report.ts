// Writes one run to bench/results.json and docs/benchmarks.md.
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Budget, Machine, Measurement, Results } from './types.ts';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const RESULTS_JSON = path.join(ROOT, 'bench/results.json');
export const RESULTS_MD = path.join(ROOT, 'docs/benchmarks.md');

function osName(): string {
  try {
    const pretty = readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)"?/m)?.[1];
    if (pretty) return `${pretty} (${os.type()} ${os.release()} ${os.arch()})`;
  } catch {}
  return `${os.type()} ${os.release()} ${os.arch()}`;
}

/** How many app processes served the run (older results did not say: one). */
function processesNote(n: unknown): string {
  const count = typeof n === 'number' ? n : 1;
  return count > 1 ? `${count} app processes on one port, one per core: docs/decisions/0032` : 'one app process';
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    model: cpus[0]?.model.trim() ?? 'unknown',
    memory_gb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: osName(),
    load_average: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

export async function writeResults(results: Results): Promise<void> {
  await fs.writeFile(RESULTS_JSON, `${JSON.stringify(results, null, 2)}\n`);
  await fs.mkdir(path.dirname(RESULTS_MD), { recursive: true });
  await fs.writeFile(RESULTS_MD, markdown(results));
}

const num = (x: unknown, digits = 0) => (typeof x === 'number' && Number.isFinite(x) ? x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '–');

/** The search figures under the names of issue 4, for results.json (`search`) and the report. */
export function searchSummary(measurements: Measurement[], ratios: Record<string, number | null>): Record<string, unknown> | undefined {
  const pick = (name: string) => {
    const m = measurements.find((x) => x.name === name);
    if (!m) return undefined;
    // Where the CPU went (cpu.ts), when it could be counted.
    const cpu = m.cpu_ms_per_request ? { cpu_ms_per_request: m.cpu_ms_per_request, busy_cores: m.busy_cores ?? null } : {};
    // The open loop's own figures (decision 0043): the rate asked for and kept, the worst answer, the mean.
    const open = m.kind === 'open_loop' ? { target_rps: m.target_rps ?? null, achieved_rps: m.achieved_rps ?? null, max_ms: m.max_ms ?? null, mean_ms: m.mean_ms ?? null } : {};
    const connections = typeof m.connections === 'number' ? { connections: m.connections } : {};
    return { rps: m.rps ?? null, p50_ms: m.p50_ms ?? null, p99_ms: m.p99_ms ?? null, ok: m.ok, ...connections, ...open, ...cpu };
  };
  const out: Record<string, unknown> = {};
  for (const name of ['search_keyword', 'search_filtered', 'gig_page', 'home_en', 'search_sql', 'search_single', 'search_open_loop']) {
    const v = pick(name);
    if (v) out[name] = v;
  }
  if (!out.search_keyword && !out.search_sql) return undefined;
  out.ratio_search_http_to_sql = ratios.ratio_search_http_to_sql ?? null;
  return out;
}

/** The escrow figures under the names of issue 5, for results.json (`escrow`). */
export function escrowSummary(measurements: Measurement[], ratios: Record<string, number | null>): Record<string, unknown> | undefined {
  const http = measurements.find((x) => x.name === 'escrow_http');
  const tpcb = measurements.find((x) => x.name === 'pgbench_tpcb');
  if (!http && !tpcb) return undefined;
  return {
    escrow_http: http ? { rps: http.rps ?? null, p50_ms: http.p50_ms ?? null, p99_ms: http.p99_ms ?? null, ok: http.ok } : null,
    pgbench_tpcb: tpcb ? { tps: tpcb.rps ?? null, latency_avg_ms: tpcb.latency_avg_ms ?? null, scale: tpcb.scale ?? null, ok: tpcb.ok } : null,
    ratio_escrow_to_pgbench: ratios.ratio_escrow_to_pgbench ?? null,
  };
}

const KIND_TITLES: Record<string, string> = {
  escrow: 'Escrow: fund and release through the HTTP API',
  pgbench: 'pgbench TPC-B (tpcb-like, at a scale of the connection count: decision 0041) on the same PostgreSQL server',
  http_load: 'Throughput and latency',
  open_loop: 'Search at a fixed arrival rate (open loop)',
  sql_load: 'The same search SQL straight against PostgreSQL',
  search_plan: 'Search query plans (summary)',
  page_weight: 'Page weight (first visit, compressed)',
  first_visit: 'First visit in Chromium over emulated 3G',
  search_quality: 'Search quality (labelled queries)',
};

function table(kind: string, rows: Measurement[]): string[] {
  const status = (m: Measurement) => (m.ok ? 'ok' : `**invalid**: ${m.problem ?? ''}`);
  switch (kind) {
    case 'http_load':
      return [
        '| Measurement | Path | req/s | p50 ms | p99 ms | Requests | Non-2xx / errors | Status |',
        '|---|---|--:|--:|--:|--:|--:|---|',
        ...rows.map(
          (m) =>
            `| ${m.name} | \`${m.path}\`${Object.keys((m.headers as object) ?? {}).length ? ` (${Object.entries(m.headers as Record<string, string>).map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''} | ${num(m.rps)} | ${num(m.p50_ms, 2)} | ${num(m.p99_ms, 2)} | ${num(m.requests)} | ${num(m.non2xx)} / ${num(m.errors)} | ${status(m)} |`,
        ),
      ];
    case 'open_loop':
      return [
        '| Measurement | req/s asked / sent | p50 ms | p99 ms | max ms | mean ms | p99 from the actual send, ms | send lag p99 ms | most in flight | Requests | Non-2xx / errors | Status |',
        '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|',
        ...rows.map(
          (m) =>
            `| ${m.name} | ${num(m.target_rps, 1)} / ${num(m.achieved_rps, 1)} | ${num(m.p50_ms, 2)} | ${num(m.p99_ms, 2)} | ${num(m.max_ms, 2)} | ${num(m.mean_ms, 2)} | ${num(m.service_p99_ms, 2)} | ${num(m.send_lag_p99_ms, 2)} | ${num(m.max_in_flight)} | ${num(m.requests)} | ${num(m.non2xx)} / ${num(m.errors)} | ${status(m)} |`,
        ),
      ];
    case 'sql_load':
      return [
        '| Measurement | Connections | searches/s | p50 ms | p99 ms | Searches | Errors | Status |',
        '|---|--:|--:|--:|--:|--:|--:|---|',
        ...rows.map((m) => `| ${m.name} | ${num(m.connections)} | ${num(m.rps)} | ${num(m.p50_ms, 2)} | ${num(m.p99_ms, 2)} | ${num(m.requests)} | ${num(m.errors)} | ${status(m)} |`),
      ];
    case 'search_plan':
      return [
        '| Plan | Search | Execution ms | Seq Scan on a big table |',
        '|---|---|--:|---|',
        ...rows.map((m) => `| ${m.name} | \`/search?${new URLSearchParams(m.query as Record<string, string>).toString()}\` | ${num(m.ms, 2)} | ${((m.seq_scans as string[]) ?? []).join(', ') || 'none'} |`),
      ];
    case 'page_weight':
      return [
        '| Measurement | Path | KB (gzip) | Files | Status |',
        '|---|---|--:|---|---|',
        ...rows.map(
          (m) =>
            `| ${m.name} | \`${m.path}\` | ${num(m.kb_gz, 1)} | ${((m.resources as { url: string; bytes: number; encoding: string }[]) ?? []).map((r) => `${r.url} ${num(r.bytes)} B (${r.encoding})`).join('; ')} | ${status(m)} |`,
        ),
      ];
    case 'first_visit':
      return [
        '| Measurement | Path | Browser locale | Loaded with font, ms (median) | Each visit: loaded / load event / font arrived, ms | Font loaded on every visit | Font KB | Status |',
        '|---|---|---|--:|---|---|--:|---|',
        ...rows.map((m) => {
          const all = (m.samples_ms as (number | null)[] | undefined) ?? [];
          const load = (m.load_event_ms as (number | null)[] | undefined) ?? [];
          const font = (m.font_ms as (number | null)[] | undefined) ?? [];
          const visits = all.map((x, i) => `${x} / ${load[i] ?? '–'} / ${font[i] ?? 'none'}`).join('; ');
          return `| ${m.name} | \`${m.path}\` | ${m.locale} | ${num(m.ms)} | ${visits} | ${m.font_loaded ? 'yes' : 'no'} | ${num(m.font_kb, 1)} | ${status(m)} |`;
        }),
      ];
    case 'search_quality':
      // bench/search-quality.ts: the labelled queries of test/search-quality/ on the demo data, overall last.
      return [
        'Recall@10: the share of the gigs a query must find that are among its first 10 results; MRR: the mean of 1 ÷ the position of the first of them (0 when none is on the first page). Gigs, relevance sort, no filters, on the demo data (test/search-quality/queries.ts; docs/search.md).',
        '',
        '| Kind | Queries | recall@10 | MRR | Status |',
        '|---|--:|--:|--:|---|',
        ...rows.map((m) => {
          const kind = m.query_kind === 'overall' ? '**overall**' : String(m.query_kind);
          return `| ${kind} | ${num(m.queries)} | ${num(m.recall_at_10, 3)} | ${num(m.mrr, 3)} | ${status(m)} |`;
        }),
      ];
    default: {
      // A kind without its own table yet: show the standard fields.
      return [
        '| Measurement | req/s | p50 ms | p99 ms | KB (gzip) | ms | Status |',
        '|---|--:|--:|--:|--:|--:|---|',
        ...rows.map((m) => `| ${m.name} | ${num(m.rps)} | ${num(m.p50_ms, 2)} | ${num(m.p99_ms, 2)} | ${num(m.kb_gz, 1)} | ${num(m.ms)} | ${status(m)} |`),
      ];
    }
  }
}

interface SearchFigure {
  rps: number | null;
  connections?: number;
  mean_ms?: number | null;
  target_rps?: number | null;
  p50_ms: number | null;
  p99_ms: number | null;
  cpu_ms_per_request?: { app: number; postgres: number; load_generator: number };
  busy_cores?: number | null;
}

function searchSection(r: Results): string[] {
  const s = r.search as Record<string, SearchFigure | number | null>;
  const seed = (r.settings.search_seed ?? {}) as Record<string, unknown>;
  const connections = Number(r.settings.connections);
  const rows = ['search_keyword', 'search_filtered', 'gig_page', 'home_en', 'search_sql', 'search_single', 'search_open_loop']
    .filter((k) => s[k] && typeof s[k] === 'object')
    .map((k) => {
      const v = s[k] as SearchFigure;
      // Little's law: with every connection always waiting for an answer, the mean latency is connections ÷ throughput.
      // The open loop keeps no connection waiting: its mean is measured.
      const mean = v.target_rps !== undefined ? (v.mean_ms ?? null) : v.rps ? ((v.connections ?? connections) * 1000) / v.rps : null;
      const cpu = v.cpu_ms_per_request;
      return `| ${k} | ${num(v.rps)} | ${num(v.p50_ms, 2)} | ${num(v.p99_ms, 2)} | ${num(mean, 1)} | ${cpu ? `${num(cpu.app, 2)} / ${num(cpu.postgres, 2)} / ${num(cpu.load_generator, 2)}` : '–'} | ${num(v.busy_cores, 2)} |`;
    });
  return [
    '## Search (issue 4)',
    '',
    `Data set (bench/search-seed.ts): ${num(seed.gigs)} gigs (${num(seed.gigs_published)} published), ${num(seed.jobs)} jobs (${num(seed.jobs_searchable)} open and public), ` +
      `${num(seed.freelancers)} freelancer profiles, in English, Urdu, Roman Urdu and mixed; ${seed.seeded_now ? `seeded in this run in ${num(seed.seconds, 1)} s` : 'reused from an earlier run'}.`,
    '',
    `autocannon at ${r.settings.connections} connections for ${r.settings.seconds} s each; every connection cycles through the same list of queries ` +
      '(search_keyword: 20 keyword searches in English, Urdu and Roman Urdu, one with a typo; search_filtered: 10 searches with filters, sorts and the ' +
      'job and freelancer types; gig_page: 20 gig pages). search_sql runs `searchRows()` of src/search/service.ts — the very statements the service runs ' +
      '(spelling correction, then the page query) — on its own pool of as many connections, made as the app makes its pool (src/db/pool.ts: prepared statements, plans kept), one search after another per connection, over the keyword ' +
      'list, for the same time in two halves: just before search_keyword and just after it, so both sides of the ratio see the machine in the same minute. ' +
      'ratio_search_http_to_sql = search_keyword req/s ÷ search_sql searches/s.',
    '',
    `The p99 of these closed loops at ${r.settings.connections} connections is a saturation figure, not a latency budget (docs/decisions/0043): with every connection always waiting, the machine ` +
      `is full, so each answer mostly waits its turn and the mean is ${r.settings.connections} ÷ throughput (the mean ms column); the p99 follows the queue. ` +
      'Latency as a person feels it is measured twice, on the same 20 keyword searches: **search_single**, one connection (one request in flight) ' +
      `for ${num(Math.min(15, Number(r.settings.seconds)))} s, and **search_open_loop**, requests sent at evenly spaced times at half the req/s ` +
      'search_keyword reached in this run (the machine half busy), each latency counted from its scheduled send time.',
    '',
    'Two columns explain the latencies on the machine at hand (bench/cpu.ts). Mean ms is connections ÷ req/s (one connection for search_single): every connection always waits ' +
      'for an answer, so this is the mean latency at that throughput, and no p99 can be below it; for search_open_loop it is the mean measured. CPU per request is what the app\'s ' +
      'Node processes, PostgreSQL (the server and its backends) and the bench process running the load took during the measured seconds, ' +
      'divided by the requests; busy cores is their sum over the elapsed time. For search_sql the bench process is the client.',
    '',
    '| Measurement | req/s | p50 ms | p99 ms | mean ms | CPU ms per request: app / PostgreSQL / load | busy cores |',
    '|---|--:|--:|--:|--:|--:|--:|',
    ...rows,
    '',
    `ratio_search_http_to_sql: ${typeof s.ratio_search_http_to_sql === 'number' ? num(s.ratio_search_http_to_sql, 3) : '–'}`,
    '',
  ];
}

function budgetRow(b: Budget): string {
  // Latencies of a few ms keep a decimal; the 3G first visit's seconds do not need one.
  const digits = b.unit.startsWith('×') ? 3 : b.unit === 'ms' ? (b.limit >= 1000 ? 0 : 1) : 1;
  return `| ${b.name} | ${b.op} ${num(b.limit, b.unit === 'ms' ? 0 : digits)} ${b.unit} | ${b.value === null ? 'not measured' : `${num(b.value, digits)} ${b.unit}`} | ${b.pass ? 'pass' : '**FAIL**'} |`;
}

export function markdown(r: Results): string {
  const kinds = [...new Set(r.measurements.map((m) => m.kind))];
  const lines = [
    '# Benchmarks',
    '',
    '<!-- Generated by `npm run bench` (bench/run.ts); do not edit by hand. Raw figures: bench/results.json. -->',
    '',
    `Run on ${r.date}.`,
    '',
    '## Machine',
    '',
    `- CPU: ${r.machine.cpus} cores, ${r.machine.model}`,
    `- Memory: ${r.machine.memory_gb} GB`,
    `- Node: ${r.machine.node}`,
    `- OS: ${r.machine.os}`,
    `- Load average when the run started: ${r.machine.load_average.join(', ')}`,
    '',
    '## How it is measured',
    '',
    `- Throughput: autocannon in the benchmark process, ${r.settings.connections} connections for ${r.settings.seconds} s per target (after up to 5 s of unrecorded warm-up), ` +
      'against servers that each run in their own Node process: a bare Hono hello-world (`@hono/node-server`, one process) and the app booted as `npm start` boots it ' +
      `(NODE_ENV=production, embedded Postgres; production loads no demo data; ${processesNote(r.settings.app_processes)}). ` +
      'The home page for visitors is served from the app\'s 10-second ' +
      'cache of pages that are the same for everyone (docs/decisions/0019), as it is in production; the log-in page renders a form with its ' +
      'own CSRF token on every request and shows the cost of a page that is not cached. Requests carry browser headers (`Accept-Encoding: gzip, deflate, br`), so the app compresses ' +
      'its pages as it would for a browser; `home_en_uncompressed` is the same page asked for with `Accept-Encoding: identity`, a diagnostic ' +
      'without a budget that shows what compression costs. p50/p99 are over every 2xx response. Any error or non-2xx response makes a measurement invalid.',
    '- Search latency (docs/decisions/0043): a closed loop such as autocannon\'s keeps every connection waiting, so at 32 connections it measures ' +
      'the queue of a full machine (mean latency = 32 ÷ throughput); those p99s are reported, not budgeted. The budgets are on one connection ' +
      '(search_single, autocannon with one request in flight) and on an open loop (bench/open-loop.ts over node:http, a keep-alive agent with ' +
      'sockets to spare): requests leave at evenly spaced scheduled times whatever the answers do, cycling the keyword list, at half the req/s ' +
      'search_keyword reached at 32 connections in the same run, and each latency is counted from the scheduled send time, so a request the ' +
      'generator sent late carries its delay (coordinated omission corrected). It is invalid if any request fails or the rate sent falls below 95 % of ' +
      'the rate asked for. autocannon\'s overallRate is not used: it sends each second\'s quota in a burst and measures the bursts\' queue.',
    '- Escrow: 200 clients with money in their balance and an access token each, and orders to 200 freelancers, prepared in the app\'s database ' +
      '(half waiting for payment, half paid and delivered); autocannon then alternates, on every connection, `POST /api/v1/orders/{id}/pay` ' +
      '(client balance → the order\'s escrow) and `POST /api/v1/orders/{id}/accept` (escrow → the freelancer\'s pending earnings and Hunar\'s fee), ' +
      'each with a fresh Idempotency-Key; each request is one ledger transaction. pgbench runs its built-in tpcb-like script (initialised at a scale of the connection count, so its clients do not queue on one branch row) at the ' +
      'same connections for the same time in a database of its own on the same server; ratio_escrow_to_pgbench = escrow req/s ÷ pgbench tps. ' +
      'The whole-ledger check runs after the load.',
    '- Page weight: the HTML plus every stylesheet and script it links, as transferred with `Accept-Encoding: gzip`; the Urdu font (one file, cached for a year) is not counted.',
    `- First visit: Chromium (${r.settings.chromium}), fresh context and disabled cache, 3G emulated through CDP (1.6 Mbit/s down, 750 kbit/s up, 300 ms latency); ` +
      `time from navigation start to the end of the load event, or to the arrival of the Nastaliq font when Chromium only fetches it after the load event ` +
      `(the page is not loaded "with the font" before that); median of ${r.settings.visits} visits. The Urdu page must download and use the font.`,
    '',
    '## Measurements',
    '',
  ];
  if (r.search) lines.push(...searchSection(r));
  for (const kind of kinds) {
    lines.push(`### ${KIND_TITLES[kind] ?? kind}`, '', ...table(kind, r.measurements.filter((m) => m.kind === kind)), '');
  }
  lines.push('## Ratios (same run)', '', '| Ratio | Value |', '|---|--:|');
  for (const [name, v] of Object.entries(r.ratios)) lines.push(`| ${name} | ${v === null ? '–' : num(v, 3)} |`);
  lines.push('', '## Budgets (DESIGN.md)', '', '| Budget | Limit | Measured | Result |', '|---|---|---|---|', ...r.budgets.map(budgetRow), '');
  const failed = r.budgets.filter((b) => !b.pass);
  lines.push(failed.length ? `**${failed.length} budget(s) failed:** ${failed.map((b) => b.name).join(', ')}.` : 'All budgets pass.', '');
  const plans = r.measurements.filter((m) => m.kind === 'search_plan');
  if (plans.length) {
    lines.push(
      '## Search query plans',
      '',
      'EXPLAIN (ANALYZE, BUFFERS) of the page query each search runs (built by `searchQuery()` in src/search/service.ts after its spelling ' +
        'correction), on the benchmark data set, after one unrecorded run to warm the cache.',
      '',
    );
    for (const m of plans) {
      lines.push(`### ${m.name}: \`/search?${new URLSearchParams(m.query as Record<string, string>).toString()}\``, '', '```', String(m.plan ?? ''), '```', '');
    }
  }
  lines.push(
    '## Reading these numbers',
    '',
    `Absolute figures depend on the machine: this one has ${r.machine.cpus} cores shared by the load generator, the server under test, Postgres and ` +
      'whatever else runs at the time (other builds and tests), so req/s and latencies move between runs. What counts is the ratio to the bare ' +
      'hello-world measured in the same run on the same machine; compare ratios, not absolute numbers, across runs and machines.',
    '',
  );
  return lines.join('\n');
}
