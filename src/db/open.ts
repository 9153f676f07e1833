// Opens the database every entry point uses (the app, the CLI tools, the benchmarks):
// DATABASE_URL when set, else the embedded server on DATA_DIR (started here, or found running).
import type { Config } from '../config.ts';
import { startEmbeddedPostgres } from './embedded.ts';
import { createDb, type DB, migrateToLatest } from './pool.ts';

export interface OpenDatabase {
  db: DB;
  url: string;
  /** Closes the pool, and stops the embedded server if this process started it. */
  close(): Promise<void>;
  embeddedOwned: boolean;
}

export async function openDatabase(
  config: Config,
  opts: { log?: (line: string) => void; onPoolError?: (e: Error) => void; poolMax?: number } = {},
): Promise<OpenDatabase> {
  const server = config.DATABASE_URL
    ? { url: config.DATABASE_URL, owned: false, stop: async () => {} }
    : await startEmbeddedPostgres({ dataDir: config.dataDir, preferredPort: config.EMBEDDED_PG_PORT, ...(opts.log ? { log: opts.log } : {}) });
  const db = createDb(server.url, { max: opts.poolMax ?? 10, ...(opts.onPoolError ? { onError: opts.onPoolError } : {}) });
  try {
    await migrateToLatest(db);
  } catch (e) {
    await db.destroy();
    await server.stop();
    throw e;
  }
  return {
    db,
    url: server.url,
    embeddedOwned: server.owned,
    async close() {
      await db.destroy();
      await server.stop();
    },
  };
}
