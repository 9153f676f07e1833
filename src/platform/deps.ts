// What every service receives: the composition root (src/main.ts) builds it once per process.
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { DB } from '../db/pool.ts';
import type { Clock } from './clock.ts';
import type { Jobs } from './jobs.ts';
import type { Mailer } from './mail.ts';
import type { Storage } from './storage.ts';

export interface Deps {
  config: Config;
  db: DB;
  clock: Clock;
  log: Logger;
  mailer: Mailer;
  jobs: Jobs;
  /** Uploaded files (images, attachments): local disk under config.storageDir by default. */
  storage: Storage;
}
