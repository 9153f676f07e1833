// `npm run soak`: the concurrency soak (test/soak/soak.ts) for SOAK_SECONDS (60) with SOAK_WORKERS
// (32) workers against two app processes, one killed midway. Uses DATABASE_URL when set (an empty
// database of its own: the soak adds people, gigs and money to it), else an embedded PostgreSQL in
// a temporary directory. Prints the counts and every invariant; exits 1 when any fails.
import { formatReport, runSoak } from './soak.ts';

function intSetting(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    process.stderr.write(`Invalid setting ${name}: must be a whole number from ${min} to ${max}\n`);
    process.exit(2);
  }
  return n;
}

const seconds = intSetting('SOAK_SECONDS', 60, 5, 3600);
const workers = intSetting('SOAK_WORKERS', 32, 1, 256);
const seed = process.env.SOAK_SEED ? intSetting('SOAK_SEED', 0, 0, 2 ** 31) : undefined;

// The first Ctrl-C (or SIGTERM) ends the run early: the checks still run and the processes and
// temporary files are cleaned up. A second one gives up at once.
const stop = new AbortController();
let signals = 0;
for (const s of ['SIGINT', 'SIGTERM'] as const)
  process.on(s, () => {
    if (++signals > 1) process.exit(130);
    process.stderr.write('soak: stopping early (again to give up at once)\n');
    stop.abort();
  });

runSoak({ seconds, workers, seed, signal: stop.signal, databaseUrl: process.env.DATABASE_URL || undefined, log: (line) => process.stdout.write(`${line}\n`) }).then(
  (report) => {
    process.stdout.write(`\n${formatReport(report)}\n`);
    process.exit(report.ok ? 0 : 1);
  },
  (e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
