// One of the app processes a primary forks (start.ts): a whole app, booted as a single process is,
// on the database the primary opened. It stops when asked (SIGTERM, or SIGINT from a terminal),
// finishing its requests, and when its primary is gone; a request to stop that comes while it is
// still booting is kept until the boot is done.
import cluster from 'node:cluster';
import pino from 'pino';
import { boot, type Running } from './boot.ts';
import { loadConfig } from './config.ts';

const config = loadConfig(process.env);
const log = pino({ level: config.LOG_LEVEL, base: { app: 'hunar', worker: cluster.worker?.id } });
let running: Running | undefined;
let stopRequested = false;
const stop = () => {
  stopRequested = true;
  const stopping = running;
  running = undefined;
  if (!stopping) return;
  stopping.stop().then(
    () => process.exit(0),
    (e) => {
      log.error({ err: e }, 'shutdown failed');
      process.exit(1);
    },
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('disconnect', stop);

try {
  running = await boot(config, { log });
} catch (e) {
  log.fatal({ err: e }, 'could not start');
  process.exit(1);
}
if (stopRequested) stop();
