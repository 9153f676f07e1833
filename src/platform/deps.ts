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
  /**
   * This process's live event streams (src/live/hub.ts, started by boot.ts): absent in tools that
   * serve no pages (the CLI, the benchmarks' loaders).
   */
  live?: LiveStreams;
}

/** Opens a person's stream of live events after a cursor (src/live/hub.ts). */
export interface LiveStreams {
  open(userId: string, after: bigint | null): Promise<ReadableStream<Uint8Array>>;
}
