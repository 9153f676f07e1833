// `npm run seed` as an operator runs it, against a fresh database (DATABASE_URL).
import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { freshDatabaseUrl } from '../../test/support.ts';
import { createDb } from '../db/pool.ts';
import { DEMO_GIGS } from '../seed/demo-gigs.ts';
import { DEMO_JOBS } from '../seed/demo-jobs.ts';

function runSeed(url: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/seed.ts'],
      { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_URL: url, LOG_LEVEL: 'silent' }, timeout: 90_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run seed', { timeout: 180_000 }, () => {
  it('loads the demo data with progress lines, then finds nothing to do', async () => {
    const url = await freshDatabaseUrl();
    const first = await runSeed(url);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Seeding reference data… \d+ cities, 11 categories, 51 skills$/m);
    expect(first.stdout).toContain('Seeding freelancers 36/36');
    expect(first.stdout).toContain(`Seeding listings… ${DEMO_GIGS.length} gigs, ${DEMO_JOBS.length} jobs`);
    expect(first.stdout).toContain('ayesha@demo.hunar.pk');
    expect(first.stdout).toContain('hunar-demo-2026');

    const db = createDb(url, { max: 1 });
    try {
      const count = async () => Number((await db.selectFrom('users').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
      const users = await count();
      expect(users).toBeGreaterThanOrEqual(40);
      const second = await runSeed(url);
      expect(second.code).toBe(0);
      expect(second.stdout.trim()).toBe('Database already has data; nothing to do.');
      expect(await count()).toBe(users);
    } finally {
      await db.destroy();
    }
  });
});
