// Search quality (issue 17): recall@10 and mean reciprocal rank of the labelled query set
// (test/search-quality/queries.ts) on the demo data, per kind of query and overall, measured by the
// same evaluator as test/search-quality/quality.int.test.ts. The demo data goes into a fresh embedded
// PostgreSQL of this suite's own, in a throwaway directory: the app's database also holds the search
// suite's 100k generated documents, which would crowd the demo gigs out of the first ten results.
// Reported only: the test's thresholds are the guard, not a budget.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { startEmbeddedPostgres } from '../src/db/embedded.ts';
import { createDb, migrateToLatest } from '../src/db/pool.ts';
import { systemClock } from '../src/platform/clock.ts';
import type { Deps } from '../src/platform/deps.ts';
import type { Jobs } from '../src/platform/jobs.ts';
import { createMailer } from '../src/platform/mail.ts';
import { localStorage } from '../src/platform/storage.ts';
import { seed } from '../src/seed/seed.ts';
import { evaluateSearchQuality, type QualityFigures } from '../test/search-quality/evaluate.ts';
import { QUERY_KINDS } from '../test/search-quality/queries.ts';
import type { BenchContext, Measurement, Suite } from './types.ts';

const round = (x: number) => Math.round(x * 1000) / 1000;

// Seeding sends no mail and enqueues no job (as `npm run seed`, src/cli/seed.ts).
const noJobs: Jobs = {
  send: async () => {
    throw new Error('no job queue in the search quality benchmark');
  },
  work: async () => {
    throw new Error('no job queue in the search quality benchmark');
  },
  schedule: async () => {
    throw new Error('no job queue in the search quality benchmark');
  },
  stop: async () => {},
};

function measurement(queryKind: string, f: QualityFigures, extra: Record<string, unknown> = {}): Measurement {
  return {
    name: `search_quality_${queryKind}`,
    kind: 'search_quality',
    // A kind without queries measures nothing: the set lost it.
    ok: f.queries > 0,
    ...(f.queries > 0 ? {} : { problem: 'no labelled queries of this kind' }),
    query_kind: queryKind,
    queries: f.queries,
    recall_at_10: round(f.recallAt10),
    mrr: round(f.mrr),
    ...extra,
  };
}

export function searchQualitySuite(): Suite {
  return {
    name: 'search_quality',
    async run(ctx: BenchContext): Promise<Measurement[]> {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'hunar-bench-quality-'));
      const server = await startEmbeddedPostgres({ dataDir: dir, preferredPort: 0 });
      const db = createDb(server.url, { max: 2 });
      try {
        await migrateToLatest(db);
        const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: server.url, LOG_LEVEL: 'silent', DATA_DIR: dir });
        const deps: Deps = { config, db, clock: systemClock, log: pino({ level: 'silent' }), mailer: createMailer({ from: config.MAIL_FROM, db, clock: systemClock }), jobs: noJobs, storage: localStorage(config.storageDir) };
        const seeding = Date.now();
        await seed(deps, () => {});
        ctx.log(`search_quality: demo data seeded into a fresh database in ${((Date.now() - seeding) / 1000).toFixed(1)} s`);
        const report = await evaluateSearchQuality(deps);
        for (const kind of QUERY_KINDS) {
          const f = report.byKind[kind];
          ctx.log(`  ${kind.padEnd(16)} ${String(f.queries).padStart(4)} queries  recall@10 ${f.recallAt10.toFixed(3)}  MRR ${f.mrr.toFixed(3)}`);
        }
        ctx.log(`  ${'overall'.padEnd(16)} ${String(report.overall.queries).padStart(4)} queries  recall@10 ${report.overall.recallAt10.toFixed(3)}  MRR ${report.overall.mrr.toFixed(3)}  (${report.misses.length} queries missed a gig)`);
        return [...QUERY_KINDS.map((kind) => measurement(kind, report.byKind[kind])), measurement('overall', report.overall, { queries_missing_a_gig: report.misses.length })];
      } finally {
        await db.destroy();
        await server.stop();
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
