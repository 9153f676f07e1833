// Runs the real command as an operator would, against a fresh database (DATABASE_URL).
import { execFile } from 'node:child_process';
import { verify } from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabaseUrl } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import type { DB } from '../db/pool.ts';
import { createDb } from '../db/pool.ts';
import { systemClock } from '../platform/clock.ts';

let url: string;
let db: DB;
beforeAll(async () => {
  url = await freshDatabaseUrl();
  db = createDb(url, { max: 2 });
});
afterAll(() => db.destroy());

function adminCreate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/admin-create.ts', ...args],
      // Only what an operator's shell would have: the test runner's own variables (vitest sets
      // BASE_URL=/) are not settings.
      { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_URL: url, LOG_LEVEL: 'silent' }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

const user = (email: string) => db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();

// Each case starts the tool as a new process: seconds each on a busy 2-core machine.
describe('npm run admin:create', { timeout: 120_000 }, () => {
  it('creates a verified admin and prints a generated password once', async () => {
    const r = await adminCreate('--email', 'Root@Example.PK', '--name', 'Sana Mirza');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Created admin account root@example.pk (Sana Mirza).');
    const pw = r.stdout.match(/Password \(shown only this once; keep it somewhere safe\): (\S+)/)?.[1];
    expect(pw?.length).toBeGreaterThanOrEqual(20);

    const u = await user('root@example.pk');
    expect(u).toMatchObject({ is_admin: true, display_name: 'Sana Mirza', onboarding_step: null });
    expect(u!.email_verified_at).not.toBeNull();
    expect(u!.onboarding_completed_at).not.toBeNull();
    expect(await verify(u!.password_hash, pw!)).toBe(true);
    const audit = await db.selectFrom('audit_events').selectAll().where('subject_id', '=', u!.id).execute();
    expect(audit.map((a) => a.kind)).toEqual(['admin.created']);
  });

  it('uses a given password and does not print it', async () => {
    const r = await adminCreate('--email', 'ops@example.pk', '--password', 'a long admin passphrase');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('a long admin passphrase');
    const u = await user('ops@example.pk');
    expect(u?.is_admin).toBe(true);
    expect(u?.display_name).toBe('Admin');
    expect(await verify(u!.password_hash, 'a long admin passphrase')).toBe(true);
  });

  it('makes an existing account an admin without touching its password', async () => {
    const existing = await createAccount(db, { clock: systemClock }, { email: 'bilal@example.pk', password: 'his own password', displayName: 'Bilal', isFreelancer: true, isClient: false, locale: 'ur', verified: true });
    const r = await adminCreate('--email', 'bilal@example.pk', '--password', 'something else entirely');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('bilal@example.pk already had an account and is now an admin.');
    const u = await user('bilal@example.pk');
    expect(u).toMatchObject({ is_admin: true, is_freelancer: true, password_hash: existing.password_hash });
    expect((await db.selectFrom('audit_events').select('kind').where('subject_id', '=', existing.id).execute()).map((a) => a.kind)).toEqual(['admin.created']);

    const again = await adminCreate('--email', 'bilal@example.pk');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already an admin; nothing changed');
  });

  it('refuses bad input with one clear line and exit code 1, changing nothing', async () => {
    const before = (await db.selectFrom('users').select('id').execute()).length;
    const cases: [string[], string][] = [
      [['--email', 'not-an-email'], 'Invalid --email: Please enter a valid email address, like name@example.com.'],
      [[], 'Missing --email.'],
      [['--email', 'short@example.pk', '--password', 'short'], 'Invalid --password: Please use at least 10 characters for your password.'],
      [['--email', 'x@example.pk', '--admin'], "Unknown option '--admin'"],
    ];
    for (const [args, message] of cases) {
      const r = await adminCreate(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr, args.join(' ')).toContain(message);
      expect(r.stdout).toBe('');
    }
    expect((await db.selectFrom('users').select('id').execute()).length).toBe(before);
  });
});
