// Throughput and latency under load: autocannon, in this (parent) process, against a server in a
// child process. Each target gets a short unrecorded warm-up (JIT, connection set-up), then
// `seconds` of measured load at `connections` connections. Latency percentiles are computed from
// every 2xx response's exact time (autocannon's own histogram rounds to whole milliseconds).
import autocannon from 'autocannon';
import { startCpuCount } from './cpu.ts';
import type { BenchContext, Measurement, Suite } from './types.ts';

/** Headers a browser sends on a first visit; compression is part of serving a page. */
export const BROWSER_HEADERS: Record<string, string> = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'accept-encoding': 'gzip, deflate, br',
  'user-agent': 'hunar-bench',
};

export interface LoadTarget {
  name: string;
  /** Which server: the app or the bare hello-world baseline. */
  server: 'app' | 'hello';
  path: string;
  /** Further paths: each connection cycles through [path, ...paths] (autocannon's `requests`). */
  paths?: string[];
  headers?: Record<string, string>;
  /** Checked once before the load: the body must contain this (proves e.g. the Urdu page is served). */
  expect?: { status?: number; bodyIncludes?: string };
  /** Connections and seconds of this target when not the run's (search_single: one connection). */
  connections?: number;
  seconds?: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

function cannon(url: string, headers: Record<string, string>, connections: number, seconds: number, onLatency?: (ms: number) => void, paths?: string[]) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const requests = paths?.length ? paths.map((path) => ({ method: 'GET' as const, path })) : undefined;
    const instance = autocannon({ url, connections, duration: seconds, headers, timeout: 10, ...(requests ? { requests } : {}) }, (err, result) => (err ? reject(err) : resolve(result)));
    if (onLatency) {
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        if (statusCode >= 200 && statusCode < 300) onLatency(responseTime);
      });
    }
  });
}

export async function measureLoad(ctx: BenchContext, target: LoadTarget): Promise<Measurement> {
  const base = target.server === 'app' ? ctx.appUrl : ctx.helloUrl;
  const url = new URL(target.path, base).toString();
  const paths = target.paths?.length ? [target.path, ...target.paths] : undefined;
  const headers = { ...BROWSER_HEADERS, ...target.headers };
  const problems: string[] = [];

  if (target.expect) {
    const res = await fetch(url, { headers, signal: AbortSignal.timeout(10_000), redirect: 'manual' });
    const body = await res.text();
    if (res.status !== (target.expect.status ?? 200)) problems.push(`status ${res.status} before the load`);
    if (target.expect.bodyIncludes && !body.includes(target.expect.bodyIncludes)) problems.push(`body lacks ${JSON.stringify(target.expect.bodyIncludes)}`);
  }

  // Five seconds at full length: the app's first seconds also carry its start-up work (job queue
  // maintenance, JIT), which is not what the page costs.
  const connections = target.connections ?? ctx.connections;
  const seconds = target.seconds ?? ctx.seconds;
  const warmup = Math.max(1, Math.min(5, Math.round(seconds / 4)));
  ctx.log(`load ${target.name}: ${url}${paths ? ` and ${paths.length - 1} more paths` : ''} warm-up ${warmup} s, then ${seconds} s at ${connections} connection${connections === 1 ? '' : 's'}`);
  await cannon(url, headers, connections, warmup, undefined, paths);

  // About 25k responses a second at most here; a growable typed buffer keeps that cheap.
  let latencies = new Float64Array(1 << 18);
  let n = 0;
  const counting = target.server === 'app' ? startCpuCount(ctx.appPid) : null;
  const result = await cannon(url, headers, connections, seconds, (ms) => {
    if (n === latencies.length) {
      const bigger = new Float64Array(latencies.length * 2);
      bigger.set(latencies);
      latencies = bigger;
    }
    latencies[n++] = ms;
  }, paths);
  const cpu = counting?.(result.requests.total) ?? null;
  const sorted = latencies.subarray(0, n).sort();

  if (result.errors > 0) problems.push(`${result.errors} connection errors (${result.timeouts} timeouts)`);
  if (result.non2xx > 0) problems.push(`${result.non2xx} non-2xx responses`);
  if (n === 0) problems.push('no 2xx responses');
  const m: Measurement = {
    name: target.name,
    kind: 'http_load',
    ok: problems.length === 0,
    rps: round(result.requests.average, 0),
    p50_ms: round(percentile(sorted, 50), 2),
    p99_ms: round(percentile(sorted, 99), 2),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    connections,
    seconds,
    path: target.path,
    ...(paths ? { paths } : {}),
    headers: target.headers ?? {},
    ...(cpu ?? {}),
  };
  if (problems.length) m.problem = problems.join('; ');
  const split = cpu ? `; CPU per request: app ${cpu.cpu_ms_per_request.app} ms, PostgreSQL ${cpu.cpu_ms_per_request.postgres} ms, load generator ${cpu.cpu_ms_per_request.load_generator} ms (${cpu.busy_cores} cores busy)` : '';
  ctx.log(`  ${target.name}: ${m.rps} req/s, p50 ${m.p50_ms} ms, p99 ${m.p99_ms} ms${split}${m.problem ? ` (INVALID: ${m.problem})` : ''}`);
  return m;
}

/** The pages every visitor hits first, and the baseline they are compared with. */
export const PAGE_LOAD_TARGETS: LoadTarget[] = [
  { name: 'hello_world', server: 'hello', path: '/', expect: { bodyIncludes: 'Hello' } },
  { name: 'home_en', server: 'app', path: '/', headers: { 'accept-language': 'en' }, expect: { bodyIncludes: '<html lang="en"' } },
  { name: 'home_ur', server: 'app', path: '/', headers: { 'accept-language': 'ur' }, expect: { bodyIncludes: '<html lang="ur"' } },
  { name: 'login_page', server: 'app', path: '/login', headers: { 'accept-language': 'en' }, expect: { bodyIncludes: '<form' } },
  // Diagnostic, no budget: the English home page without compression, to show what gzip costs.
  {
    name: 'home_en_uncompressed',
    server: 'app',
    path: '/',
    headers: { 'accept-language': 'en', 'accept-encoding': 'identity' },
    expect: { bodyIncludes: '<html lang="en"' },
  },
];

export function httpLoadSuite(targets: LoadTarget[] = PAGE_LOAD_TARGETS): Suite {
  return {
    name: 'http_load',
    async run(ctx) {
      const out: Measurement[] = [];
      for (const t of targets) out.push(await measureLoad(ctx, t));
      return out;
    },
  };
}
