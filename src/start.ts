// Starts Hunar as `npm start` runs it (docs/decisions/0032-one-process-per-core.md). With one process
// (config.processes, from WEB_CONCURRENCY), that process is the app (boot.ts). With more, this
// process is a primary: it opens the database once (starting the embedded server and migrating),
// then forks that many workers (worker.ts) that serve HTTP on one port through node:cluster, each a
// whole app (pool, job queue, caches of its own; everything shared lives in PostgreSQL). The
// primary serves nothing itself: it replaces a worker that dies, and on stop it stops the workers
// (each finishes its requests), then the database.
import cluster, { type Worker } from 'node:cluster';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import { boot, listeningUrl } from './boot.ts';
import type { Config } from './config.ts';
import { openDatabase } from './db/open.ts';

export interface Started {
  url: string;
  port: number;
  /** How many processes serve HTTP. */
  processes: number;
  log: Logger;
  stop(): Promise<void>;
}

/** A worker is replaced after this pause; past RESTARTS_MAX exits in RESTART_WINDOW_MS the primary gives up. */
const RESTART_DELAY_MS = 1_000;
const RESTARTS_MAX = 5;
const RESTART_WINDOW_MS = 60_000;
/** A worker that has not finished its requests by then is killed. */
const STOP_TIMEOUT_MS = 30_000;

/**
 * Starts the app. `settings` are the raw settings `config` was read from (the environment, for
 * `npm start`): workers read their own config from them, on the database the primary opened.
 */
export async function start(config: Config, settings: Record<string, string | undefined>): Promise<Started> {
  const log = pino({ level: config.LOG_LEVEL, base: { app: 'hunar' } });
  if (config.processes <= 1) {
    const running = await boot(config, { log });
    return { url: running.url, port: running.port, processes: 1, log, stop: () => running.stop() };
  }
  return startCluster(config, settings, log);
}

async function startCluster(config: Config, settings: Record<string, string | undefined>, log: Logger): Promise<Started> {
  const database = await openDatabase(config, {
    poolMax: 1,
    log: (line) => log.debug({ postgres: line }),
    onPoolError: (e) => log.warn({ err: e }, 'database connection lost'),
  });
  // Workers run worker.ts with this process's Node flags (the TypeScript loader among them).
  cluster.setupPrimary({ exec: path.join(import.meta.dirname, 'worker.ts') });
  const env = (seed: boolean): Record<string, string> => ({
    ...Object.fromEntries(Object.entries(settings).filter((e): e is [string, string] => e[1] !== undefined)),
    DATABASE_URL: database.url,
    // Only the first worker loads the demo data, before the others start.
    SEED_ON_START: seed && config.SEED_ON_START ? 'true' : 'false',
  });

  let stopping: Promise<void> | undefined;
  /** Forks a worker; resolves with the port once it listens. */
  const fork = (seed: boolean) =>
    new Promise<number>((resolve, reject) => {
      const worker = cluster.fork(env(seed));
      const failed = (code: number | null, signal: string | null) => reject(new Error(`an app process stopped while starting (exit code ${code ?? signal})`));
      worker.once('exit', failed);
      worker.once('listening', (address: AddressInfo) => {
        worker.off('exit', failed);
        resolve(address.port);
      });
    });

  const stop = () => {
    stopping ??= (async () => {
      const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
      await Promise.all(
        workers.map(
          (w) =>
            new Promise<void>((resolve) => {
              if (w.isDead()) return resolve();
              const timer = setTimeout(() => w.process.kill('SIGKILL'), STOP_TIMEOUT_MS);
              w.once('exit', () => {
                clearTimeout(timer);
                resolve();
              });
              w.process.kill('SIGTERM');
            }),
        ),
      );
      await database.close();
      log.info('stopped');
    })();
    return stopping;
  };

  let port: number;
  try {
    port = await fork(true);
    await Promise.all(Array.from({ length: config.processes - 1 }, () => fork(false)));
  } catch (e) {
    await stop();
    throw e;
  }

  // From here on a worker that exits was not asked to: another takes its place.
  const exits: number[] = [];
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    const now = Date.now();
    exits.push(now);
    while (exits.length > 0 && exits[0]! < now - RESTART_WINDOW_MS) exits.shift();
    if (exits.length > RESTARTS_MAX) {
      log.fatal({ exits: exits.length, seconds: RESTART_WINDOW_MS / 1000 }, 'app processes keep stopping; shutting down');
      stop().finally(() => process.exit(1));
      return;
    }
    log.error({ worker: worker.id, pid: worker.process.pid, code, signal }, 'an app process stopped; starting another');
    setTimeout(() => {
      if (!stopping) fork(false).catch((e) => log.error({ err: e }, 'could not start an app process'));
    }, RESTART_DELAY_MS);
  });

  const url = listeningUrl(config.HOST, port);
  log.info({ url, processes: config.processes }, 'Hunar is listening');
  return { url, port, processes: config.processes, log, stop };
}
