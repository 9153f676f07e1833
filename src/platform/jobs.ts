// Background work on a Postgres-backed queue (pg-boss, docs/decisions/0007). Jobs are enqueued in
// the caller's transaction (the `tx` argument), so a rolled-back sign-up sends no mail.
import { CompiledQuery } from 'kysely';
import { PgBoss } from 'pg-boss';
import type { Executor } from '../db/pool.ts';

export type JobHandler = (data: Record<string, unknown>) => Promise<void>;

export interface SendOptions {
  /** Not before this time, or this many seconds from now (e.g. a digest 15 minutes later). */
  startAfter?: Date | number;
  /** With singletonSeconds: at most one job with this key per slot of that many seconds. */
  singletonKey?: string;
  singletonSeconds?: number;
}

export interface Jobs {
  send(tx: Executor, name: string, data: Record<string, unknown>, opts?: SendOptions): Promise<void>;
  work(name: string, handler: JobHandler): Promise<void>;
  /** Runs the job on a cron schedule (in UTC), once across all app processes. */
  schedule(name: string, cron: string): Promise<void>;
  stop(): Promise<void>;
}

function viaExecutor(tx: Executor) {
  return {
    executeSql: async (text: string, values: unknown[] = []) => {
      const r = await tx.executeQuery(CompiledQuery.raw(text, values));
      return { rows: r.rows as unknown[] };
    },
  };
}

export async function startJobs(url: string, onError: (e: Error) => void): Promise<Jobs> {
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss', max: 3 });
  boss.on('error', onError);
  await boss.start();
  const created = new Set<string>();
  const ensure = async (name: string) => {
    if (created.has(name)) return;
    await boss.createQueue(name, { retryLimit: 5, retryDelay: 5, retryBackoff: true });
    created.add(name);
  };
  return {
    async send(tx, name, data, opts = {}) {
      await ensure(name);
      await boss.send(name, data, { db: viaExecutor(tx), ...opts });
    },
    async work(name, handler) {
      await ensure(name);
      await boss.work<Record<string, unknown>>(name, { pollingIntervalSeconds: 0.5 }, async (jobs) => {
        for (const job of jobs) await handler(job.data);
      });
    },
    async schedule(name, cron) {
      await ensure(name);
      await boss.schedule(name, cron, {}, { tz: 'UTC' });
    },
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}
