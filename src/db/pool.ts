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

/**
 * Statements the app sends again and again are prepared once per connection (named statements), so
 * PostgreSQL parses them once instead of on every request. Kysely sends each query as its SQL text
 * and values; a text seen before gets the same name. The number of names is capped, so queries whose
 * text keeps changing (searches with many words) cannot pile up prepared statements: past the cap,
 * new texts run unnamed as before.
 */
export const PREPARED_MAX = 1000;
const PREPARED_TEXT_MAX = 8000;
const statementNames = new Map<string, string>();

function nameFor(text: string): string | undefined {
  if (text.length > PREPARED_TEXT_MAX) return undefined;
  let name = statementNames.get(text);
  if (!name && statementNames.size < PREPARED_MAX) {
    name = `hunar_${statementNames.size.toString(36)}`;
    statementNames.set(text, name);
  }
  return name;
}

export function createDb(url: string, opts: { max?: number; onError?: (e: Error) => void } = {}): DB {
  // PostgreSQL's own choice between a generic and a per-values plan stays (plan_cache_mode auto):
  // forcing per-values plans measured no better for search and lost the escrow gain.
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10 });
  pool.on('error', (e) => opts.onError?.(e));
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    // Only Kysely's form, query(text, values): everything else (pg-boss, COPY, callbacks) passes through.
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const [text, values] = args;
      if (args.length === 2 && typeof text === 'string' && Array.isArray(values)) {
        const name = nameFor(text);
        if (name) return query({ name, text, values });
      }
      return query(...args);
    };
  });
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
