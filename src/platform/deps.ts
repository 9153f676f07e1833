// What every service receives: the composition root (src/main.ts) builds it once per process.
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { DB } from '../db/pool.ts';
import type { Clock } from './clock.ts';
import type { Jobs } from './jobs.ts';
import type { Mailer } from './mail.ts';

export interface Deps {
  config: Config;
  db: DB;
  clock: Clock;
  log: Logger;
  mailer: Mailer;
  jobs: Jobs;
}
