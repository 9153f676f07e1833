// Fixed-window counters in PostgreSQL, so every app process shares them (docs/decisions/0009).
import { sql } from 'kysely';
import type { Executor } from '../db/pool.ts';
import type { Clock } from './clock.ts';
import { AppError } from './errors.ts';

export interface Limit {
  key: string;
  max: number;
  windowSeconds: number;
}

/** Counts one attempt against every limit; throws rate.limited when any is over. */
export async function consume(db: Executor, clock: Clock, limits: Limit[]): Promise<void> {
  const now = clock.now().getTime();
  for (const limit of limits) {
    const windowMs = limit.windowSeconds * 1000;
    const start = new Date(Math.floor(now / windowMs) * windowMs);
    const row = await db
      .insertInto('rate_limits')
      .values({ key: limit.key, window_start: start, count: 1 })
      .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet({ count: sql`rate_limits.count + 1` }))
      .returning('count')
      .executeTakeFirstOrThrow();
    if (row.count > limit.max) {
      const minutes = Math.max(1, Math.ceil((start.getTime() + windowMs - now) / 60_000));
      throw new AppError('rate.limited', { minutes });
    }
  }
}

/** Drops windows that ended more than a day ago (run by a periodic job). */
export async function pruneRateLimits(db: Executor, clock: Clock): Promise<void> {
  await db.deleteFrom('rate_limits').where('window_start', '<', new Date(clock.now().getTime() - 86_400_000)).execute();
}
