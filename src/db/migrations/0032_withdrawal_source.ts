// Clients withdraw too (issue 16; docs/decisions/0037-client-withdrawals-and-holds.md): a withdrawal
// says which of the person's balances it came from, so a failed or cancelled one returns the money
// to that same balance. `earnings` is a freelancer's available earnings (every withdrawal so far),
// `wallet` a client's unused Hunar balance. Existing rows are all earnings: the default says so.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // One constant array, as every list check is written (0026_check_constant_arrays.ts).
  await sql`
    ALTER TABLE withdrawals
      ADD COLUMN source text NOT NULL DEFAULT 'earnings',
      ADD CONSTRAINT withdrawals_source CHECK (source = ANY ('{earnings,wallet}'::text[]))`.execute(db);
}
