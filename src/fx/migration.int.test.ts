// 0031 ships an initial USD → PKR rate as data, but never over an admin's: this loads a database in
// the shape 0029 left it with a rate an admin had set, applies 0031, and checks that rate stays in
// force; then checks what the table now accepts (estimate-only currencies to PKR, who set a row).
// (A fresh database getting the initial row is checked in src/payments/payments.int.test.ts.)
import { type Kysely, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDatabase, migrationsUpTo } from '../../test/support.ts';

// The schema changes half-way through this test, so the database is untyped.
let db: Kysely<any>;
let drop: () => Promise<void>;
const upTo = migrationsUpTo;

beforeAll(async () => {
  ({ db, drop } = await emptyDatabase());
}, 60_000);
afterAll(() => drop?.());

describe('migration 0031_fx_initial_and_estimate_rates', () => {
  it('keeps an admin’s dollar rate in force (no initial row over it), and accepts estimate-only rates', async () => {
    const before = await new Migrator({ db, provider: upTo('0030_contract_plan_check') }).migrateToLatest();
    expect(before.error).toBeUndefined();
    const { id } = await db.insertInto('users').values({ email: 'rates@example.pk', password_hash: 'x', display_name: 'Rates Admin', is_admin: true }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('fx_rates').values({ from_currency: 'USD', to_currency: 'PKR', rate: '279.4', effective_on: '2025-09-30', source: 'form', set_by: id, created_at: new Date('2025-09-30T09:00:00Z') }).execute();

    const after = await new Migrator({ db, provider: upTo('0031_fx_initial_and_estimate_rates') }).migrateToLatest();
    expect(after.error).toBeUndefined();
    expect(after.results?.map((r) => r.migrationName)).toEqual(['0031_fx_initial_and_estimate_rates']);
    const rows = await db.selectFrom('fx_rates').select(['from_currency', 'rate', 'source']).execute();
    expect(rows).toEqual([{ from_currency: 'USD', rate: '279.4', source: 'form' }]);

    // Pounds, euros, dirhams and riyals to rupees are accepted; the demo data's rows name no admin.
    await db.insertInto('fx_rates').values({ from_currency: 'GBP', to_currency: 'PKR', rate: '375', effective_on: '2026-12-01', source: 'demo', set_by: null, created_at: new Date() }).execute();
    // Anything else is refused by the database itself.
    const bad = (values: Record<string, unknown>) => db.insertInto('fx_rates').values({ from_currency: 'EUR', to_currency: 'PKR', rate: '325', effective_on: '2026-12-01', source: 'form', set_by: id, created_at: new Date(), ...values }).execute();
    await expect(bad({ from_currency: 'PKR', to_currency: 'USD', rate: '0.0035' })).rejects.toThrow(/fx_rates_pair_check/);
    await expect(bad({ from_currency: 'JPY' })).rejects.toThrow(/fx_rates_pair_check/);
    await expect(bad({ set_by: null })).rejects.toThrow(/fx_rates_set_by_check/);
    await expect(bad({ source: 'initial' })).rejects.toThrow(/fx_rates_set_by_check/);
    await expect(bad({ source: 'guess' })).rejects.toThrow(/fx_rates_source_check/);
    await bad({});
    expect((await sql<{ n: string }>`SELECT count(*) AS n FROM fx_rates`.execute(db)).rows[0]!.n).toBe('3');
  });
});
