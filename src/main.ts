// Composition root for `npm start`: config -> start (one app process, or one per core: start.ts) -> signals.
import { ConfigError, loadConfig } from './config.ts';
import { type Started, start } from './start.ts';

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  // Signals are handled from the first moment: one that comes while starting stops the app once
  // it has started (so the database and any workers are stopped in order); a second one exits.
  let started: Started | undefined;
  let stopRequested = false;
  let signals = 0;
  const shutdown = (signal: string) => {
    signals += 1;
    if (signals > 1) process.exit(1);
    stopRequested = true;
    if (!started) return;
    started.log.info({ signal }, 'shutting down');
    started.stop().then(
      () => process.exit(0),
      (e) => {
        started?.log.error({ err: e }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  started = await start(config, process.env);
  if (stopRequested) {
    signals = 0;
    shutdown('a signal while starting');
    return;
  }
  const processes = started.processes > 1 ? ` (${started.processes} processes)` : '';
  process.stdout.write(`\nHunar is running at ${config.BASE_URL ?? `http://localhost:${started.port}`}${processes}\n`);
}

main().catch((e) => {
  process.stderr.write(`Hunar could not start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
