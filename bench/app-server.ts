// The application under test, booted exactly as `npm start` boots it (production mode, embedded
// Postgres on a throwaway data dir, demo seed), run as a child of bench/run.ts. Settings come from
// the parent through BENCH_APP_* variables so nothing from the developer's own environment leaks in.
import { boot } from '../src/boot.ts';
import { loadConfig } from '../src/config.ts';
import { onStopRequest, sendToParent } from './children.ts';

const booting = (async () =>
  boot(
    loadConfig({
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'silent',
      SEED_ON_START: 'true',
      DATA_DIR: process.env.BENCH_APP_DATA_DIR,
      SESSION_SECRET: process.env.BENCH_APP_SESSION_SECRET,
      EMBEDDED_PG_PORT: '0',
    }),
  ))();

// A stop that arrives mid-boot waits for the boot, so the embedded Postgres is never left behind.
onStopRequest(async () => {
  const running = await booting.catch(() => undefined);
  await running?.stop();
});

booting.then(
  (running) => sendToParent({ type: 'ready', url: running.url }),
  (e: unknown) => {
    sendToParent({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
    process.exitCode = 1;
    process.disconnect?.();
  },
);
