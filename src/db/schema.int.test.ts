// Rules about the schema itself, checked on a database with every migration applied.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestEnv, testEnv } from '../../test/support.ts';
import { constantArrays } from './migrations/0026_check_constant_arrays.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

describe('CHECK constraints', () => {
  it('list allowed values as one constant array (0026), which PostgreSQL prepares cheaply on every write', async () => {
    const { rows } = await sql<{ name: string; def: string }>`
      SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE contype = 'c' AND connamespace = 'public'::regnamespace`.execute(env.deps.db);
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.filter((r) => r.def.includes('ARRAY[')).map((r) => r.name)).toEqual([]);
    const state = rows.find((r) => r.name === 'orders_state_check');
    expect(state?.def).toBe("CHECK ((state = ANY ('{awaiting_payment,in_progress,delivered,revision_requested,completed,cancelled,disputed}'::text[])))");
  });

  it('still refuse what they refused', async () => {
    const write = sql`UPDATE ledger_accounts SET kind = 'pocket' WHERE id = (SELECT id FROM ledger_accounts LIMIT 1)`;
    await sql`INSERT INTO ledger_accounts (kind, currency, created_at) VALUES ('payment_clearing', 'PKR', now()) ON CONFLICT DO NOTHING`.execute(env.deps.db);
    await expect(write.execute(env.deps.db)).rejects.toMatchObject({ constraint: 'ledger_accounts_kind_check' });
    await expect(sql`INSERT INTO ledger_accounts (kind, currency, created_at) VALUES ('escrow', 'EUR', now())`.execute(env.deps.db)).rejects.toMatchObject({ constraint: 'ledger_accounts_currency_check' });
    await expect(sql`INSERT INTO ledger_accounts (kind, currency, balance, created_at) VALUES ('escrow', 'PKR', -1, now())`.execute(env.deps.db)).rejects.toMatchObject({ constraint: 'ledger_accounts_non_negative' });
    // A clearing account may go below zero, as before.
    await sql`INSERT INTO ledger_accounts (kind, ref_id, currency, balance, created_at) VALUES ('fx', gen_random_uuid(), 'PKR', -1, now())`.execute(env.deps.db);
  });
});

describe('constantArrays', () => {
  it('rewrites each ARRAY of text values and leaves the rest of the definition alone', () => {
    expect(constantArrays("CHECK (((kind <> ALL (ARRAY['client_wallet'::text, 'escrow'::text])) OR (balance >= 0)))")).toBe(
      "CHECK (((kind <> ALL ('{client_wallet,escrow}'::text[])) OR (balance >= 0)))",
    );
    expect(constantArrays("CHECK (((status = ANY (ARRAY['paid'::text, 'failed'::text])) = (settle_tx IS NOT NULL)))")).toBe(
      "CHECK (((status = ANY ('{paid,failed}'::text[])) = (settle_tx IS NOT NULL)))",
    );
    expect(constantArrays('CHECK ((price_minor > 0))')).toBe('CHECK ((price_minor > 0))');
  });

  it('refuses a value that would need quoting inside an array', () => {
    expect(() => constantArrays("CHECK ((x = ANY (ARRAY['a b'::text])))")).toThrow(/plain array element/);
  });
});
