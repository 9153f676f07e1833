// `npm run bench`: starts the servers under test in child processes, runs every suite, checks the
// budgets of DESIGN.md, and writes bench/results.json and docs/benchmarks.md. Exits non-zero when a
// budget fails or a measurement is invalid.
//
// Settings: BENCH_SECONDS (load per target, default 20), BENCH_CONNECTIONS (default 32),
// BENCH_VISITS (3G visits per page, default 3), CHROMIUM_PATH (default /usr/bin/chromium).
//
// To add a benchmark: write a module exporting a Suite (see types.ts and http-load.ts), add it to
// SUITES below, and its budgets to budgets.ts.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { checkBudgets, computeRatios } from './budgets.ts';
import { type ChildServer, startChild } from './children.ts';
import { firstVisitSuite } from './first-visit.ts';
import { httpLoadSuite } from './http-load.ts';
import { pageWeightSuite } from './page-weight.ts';
import { machine, RESULTS_JSON, RESULTS_MD, ROOT, writeResults } from './report.ts';
import type { BenchContext, Measurement, Results, Suite } from './types.ts';

const SUITES: Suite[] = [pageWeightSuite(), httpLoadSuite(), firstVisitSuite()];

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got ${JSON.stringify(raw)}`);
  return n;
}

const log = (line: string) => process.stdout.write(`${line}\n`);

const children: ChildServer[] = [];
let cleaning: Promise<void> | undefined;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    // The app last: it stops its HTTP server, job queue and embedded Postgres.
    for (const child of [...children].reverse()) {
      await child.stop().catch((e) => log(`could not stop ${child.name}: ${e instanceof Error ? e.message : String(e)}`));
    }
  })();
  return cleaning;
}

function abort(reason: string, code: number) {
  log(`\n${reason}: stopping the servers`);
  cleanup().finally(() => process.exit(code));
}
process.once('SIGINT', () => abort('interrupted', 130));
process.once('SIGTERM', () => abort('terminated', 143));

async function main(): Promise<number> {
  const seconds = positive('BENCH_SECONDS', 20);
  const connections = Math.round(positive('BENCH_CONNECTIONS', 32));
  const timeoutSeconds = positive('BENCH_TIMEOUT_SECONDS', 1800);
  // A backstop: every step is bounded on its own, but the whole run is bounded too.
  const watchdog = setTimeout(() => abort(`the benchmark exceeded BENCH_TIMEOUT_SECONDS=${timeoutSeconds}`, 124), timeoutSeconds * 1000);
  watchdog.unref();

  const started = new Date();
  const machineInfo = machine();
  log(`Hunar benchmark: ${machineInfo.cpus} × ${machineInfo.model}, ${machineInfo.memory_gb} GB, Node ${machineInfo.node}, load ${machineInfo.load_average.join(' ')}`);

  try {
    log('starting the app (production mode, embedded Postgres under bench/.data/app, seed)...');
    children.push(
      await startChild({
        name: 'app',
        script: 'app-server.ts',
        env: {
          BENCH_APP_DATA_DIR: path.join(ROOT, 'bench/.data/app'),
          BENCH_APP_SESSION_SECRET: randomBytes(32).toString('base64url'),
        },
        // Seeding the full demo data set on a fresh data dir takes a while on 2 cores.
        readyTimeoutMs: positive('BENCH_BOOT_TIMEOUT_SECONDS', 900) * 1000,
      }),
    );
    children.push(await startChild({ name: 'hello', script: 'hello.ts', env: {}, readyTimeoutMs: 60_000 }));
    const [app, hello] = children as [ChildServer, ChildServer];
    log(`app at ${app.url} (pid ${app.pid}), hello-world at ${hello.url} (pid ${hello.pid})`);

    const ctx: BenchContext = {
      appUrl: app.url,
      helloUrl: hello.url,
      seconds,
      connections,
      chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      settings: { seconds, connections },
      log,
    };

    const measurements: Measurement[] = [];
    for (const suite of SUITES) {
      log(`\n== ${suite.name}`);
      try {
        measurements.push(...(await suite.run(ctx)));
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        log(`suite ${suite.name} failed: ${message}`);
        measurements.push({ name: suite.name, kind: suite.name, ok: false, problem: `suite failed: ${message}` });
      }
    }
    await cleanup();

    const ratios = computeRatios(measurements);
    const budgets = checkBudgets(measurements, ratios);
    const results: Results = { machine: machineInfo, date: started.toISOString(), settings: ctx.settings, measurements, ratios, budgets };
    await writeResults(results);

    log('\n== ratios to hello-world');
    for (const [name, v] of Object.entries(ratios)) log(`  ${name}: ${v ?? 'not measured'}`);
    log('\n== budgets');
    for (const b of budgets) log(`  ${b.pass ? 'pass' : 'FAIL'}  ${b.name}: ${b.value ?? 'not measured'} (limit ${b.op} ${b.limit} ${b.unit})`);
    log(`\nwrote ${path.relative(ROOT, RESULTS_JSON)} and ${path.relative(ROOT, RESULTS_MD)}`);

    const invalid = measurements.filter((m) => !m.ok);
    const failed = budgets.filter((b) => !b.pass);
    for (const m of invalid) log(`INVALID measurement ${m.name}: ${m.problem}`);
    for (const b of failed) log(`FAILED budget ${b.name}: ${b.value ?? 'not measured'}, limit ${b.op} ${b.limit} ${b.unit}`);
    return invalid.length || failed.length ? 1 : 0;
  } finally {
    await cleanup();
    clearTimeout(watchdog);
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    log(`benchmark failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
