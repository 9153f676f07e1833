// Composition root for `npm start`: config -> boot (db, services, http) -> signals.
import { ConfigError, loadConfig } from './config.ts';
import { boot } from './boot.ts';

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
  const running = await boot(config);
  process.stdout.write(`\nHunar is running at ${config.BASE_URL ?? `http://localhost:${running.port}`}\n`);
  let signals = 0;
  const shutdown = (signal: string) => {
    signals += 1;
    if (signals > 1) process.exit(1);
    running.deps.log.info({ signal }, 'shutting down');
    running.stop().then(
      () => process.exit(0),
      (e) => {
        running.deps.log.error({ err: e }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((e) => {
  process.stderr.write(`Hunar could not start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
