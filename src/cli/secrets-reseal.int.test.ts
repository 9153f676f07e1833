// Runs `npm run secrets:reseal` as an operator would after a key rotation, against a fresh database.
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabaseUrl } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import { loadConfig } from '../config.ts';
import type { DB } from '../db/pool.ts';
import { createDb } from '../db/pool.ts';
import { systemClock } from '../platform/clock.ts';
import { open, seal, secretKeys } from '../platform/secrets.ts';

const OLD = 'old:aHVuYXItb2xkLWtleS1ub3QtZm9yLXJlYWwtdXNlISE=';
const NEW = 'new:aHVuYXItbmV3LWtleS1ub3QtZm9yLXJlYWwtdXNlISE=';

let url: string;
let db: DB;
beforeAll(async () => {
  url = await freshDatabaseUrl();
  db = createDb(url, { max: 2 });
});
afterAll(() => db.destroy());

function reseal(keys: string): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/secrets-reseal.ts'],
      { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_URL: url, LOG_LEVEL: 'silent', SECRETS_KEYS: keys }, timeout: 60_000 },
      (error, stdout) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout }),
    );
  });
}

describe('npm run secrets:reseal', { timeout: 120_000 }, () => {
  it('seals every CNIC again with the new key after a rotation, so the old key can be dropped', async () => {
    const before = secretKeys(loadConfig({ SECRETS_KEYS: OLD }));
    const u = await createAccount(db, { clock: systemClock }, { email: 'reseal@example.pk', password: 'a long enough password', displayName: 'Sana', isFreelancer: true, isClient: false, locale: 'en', verified: true, onboarded: true });
    const now = new Date();
    await db.insertInto('tax_profiles').values({ user_id: u.id, cnic_sealed: seal(before, '3520212345671'), cnic_last4: '5671', created_at: now, updated_at: now }).execute();

    // The new key first, the old one still listed.
    const first = await reseal(`${NEW},${OLD}`);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Re-sealed 1 CNIC with the current key.');
    const row = await db.selectFrom('tax_profiles').select('cnic_sealed').where('user_id', '=', u.id).executeTakeFirstOrThrow();
    expect(row.cnic_sealed!.split('.')[1]).toBe('new');
    // The new key alone opens it now.
    expect(open(secretKeys(loadConfig({ SECRETS_KEYS: NEW })), row.cnic_sealed!)).toBe('3520212345671');
    expect((await reseal(`${NEW},${OLD}`)).stdout).toContain('none to re-seal');
  });
});
