// Runs `npm run ledger:check` as an operator would, against a fresh database (DATABASE_URL).
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabaseUrl } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import type { DB } from '../db/pool.ts';
import { createDb } from '../db/pool.ts';
import { systemClock } from '../platform/clock.ts';
import { money } from '../platform/money.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { post } from '../ledger/service.ts';

let url: string;
let db: DB;
beforeAll(async () => {
  url = await freshDatabaseUrl();
  db = createDb(url, { max: 2 });
});
afterAll(() => db.destroy());

function ledgerCheck(): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/ledger-check.ts'],
      { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_URL: url, LOG_LEVEL: 'silent' }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run ledger:check', { timeout: 120_000 }, () => {
  it('passes a sound ledger and says what it checked, then fails on a stored balance that disagrees with its entries', async () => {
    const deps = { clock: systemClock };
    const u = await createAccount(db, deps, {
      email: 'ledger-cli@example.pk',
      password: 'a long enough password',
      displayName: 'Sana',
      isFreelancer: false,
      isClient: true,
      locale: 'en',
      verified: true,
      onboarded: true,
    });
    await db.transaction().execute((tx) =>
      post(tx, deps, {
        kind: 'payment_in',
        key: 'cli-test-payment-1',
        fingerprint: requestFingerprint(u.id, 'test', {}),
        actorId: u.id,
        reason: 'test',
        legs: [{ from: { kind: 'payment_clearing', currency: 'PKR' }, to: { kind: 'client_wallet', ownerId: u.id, currency: 'PKR' }, amount: money(250_000n, 'PKR') }],
      }),
    );
    const ok = await ledgerCheck();
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Ledger: 2 accounts, 1 transactions, 2 entries');
    expect(ok.stdout).toContain('ok    money in = balances + money out (PKR): in 250000, held 250000, out 0, fx 0');
    expect(ok.stdout).toContain('All 5 checks passed.');

    // Someone edits a stored balance by hand: the check names the account and fails.
    await db.updateTable('ledger_accounts').set({ balance: '250001' }).where('kind', '=', 'client_wallet').execute();
    const bad = await ledgerCheck();
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/FAIL {2}stored balances equal the sum of their entries: client_wallet [0-9a-f-]+: stored 250001, entries 250000 PKR/);
    expect(bad.stderr).toContain('ledger check failed: 1 of 5 checks');
  });
});
