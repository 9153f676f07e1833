// The application under test, started exactly as `npm start` starts it (start.ts: production mode,
// so one app process per CPU core up to four, on one port; embedded Postgres on a throwaway data
// dir, demo seed), run as a child of bench/run.ts. Settings come from the parent through BENCH_APP_*
// variables so nothing from the developer's own environment leaks in.
import { loadConfig } from '../src/config.ts';
import { start } from '../src/start.ts';
import { onStopRequest, sendToParent } from './children.ts';

const settings: Record<string, string | undefined> = {
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: '0',
  LOG_LEVEL: 'silent',
  SEED_ON_START: 'true',
  DATA_DIR: process.env.BENCH_APP_DATA_DIR,
  SESSION_SECRET: process.env.BENCH_APP_SESSION_SECRET,
  // A fixed key for the benchmark's throwaway data only (production requires one: src/config.ts).
  SECRETS_KEYS: 'bench:aHVuYXItYmVuY2gta2V5LW5vdC1mb3ItcmVhbC11c2U=',
  EMBEDDED_PG_PORT: '0',
  // Unset: the default of production (BENCH_WEB_CONCURRENCY in run.ts compares other counts).
  WEB_CONCURRENCY: process.env.BENCH_APP_WEB_CONCURRENCY,
};
const booting = (async () => start(loadConfig(settings), settings))();

// A stop that arrives mid-boot waits for the boot, so the embedded Postgres is never left behind.
onStopRequest(async () => {
  const running = await booting.catch(() => undefined);
  await running?.stop();
});

booting.then(
  (running) => sendToParent({ type: 'ready', url: running.url, processes: running.processes }),
  (e: unknown) => {
    sendToParent({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
    process.exitCode = 1;
    process.disconnect?.();
  },
);
