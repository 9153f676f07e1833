// One pg Pool per process, wrapped by Kysely. The pool's error handler keeps an idle client's
// disconnect (e.g. 57P01 at database shutdown) from crashing the process (DESIGN.md, measured facts).
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { migrations } from './migrations/index.ts';
import type { Database } from './schema.ts';

// bigint columns come back as strings by default; count(*) and ids stay exact that way.
export type DB = Kysely<Database>;
export type Tx = Transaction<Database>;
export type Executor = DB | Tx;

export function createDb(url: string, opts: { max?: number; onError?: (e: Error) => void } = {}): DB {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10 });
  pool.on('error', (e) => opts.onError?.(e));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  // Migrations are numbered and forward-only, but features are built side by side: a database that
  // already ran 0016 still takes a 0015 that landed later (docs/decisions/0005). Each migration is
  // independent of the ones numbered after it.
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function pendingMigrations(db: Kysely<any>): Promise<number> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const all = await migrator.getMigrations();
  return all.filter((m) => !m.executedAt).length;
}
