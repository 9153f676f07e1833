// A freelancer may cancel a withdrawal while it waits for a batch (issue 5; docs/decisions/0024-payouts.md):
// the status `cancelled`, with no batch, and settled by the ledger transaction that gave the money
// back. The status checks of 0014 are replaced by named ones that allow it.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // 0014 left these checks unnamed: drop every check on withdrawals that mentions the status.
  await sql`
    DO $$
    DECLARE c record;
    BEGIN
      FOR c IN SELECT conname FROM pg_constraint
        WHERE conrelid = 'withdrawals'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%status%'
      LOOP
        EXECUTE format('ALTER TABLE withdrawals DROP CONSTRAINT %I', c.conname);
      END LOOP;
    END $$`.execute(db);
  await sql`
    ALTER TABLE withdrawals
      ADD CONSTRAINT withdrawals_status CHECK (status IN ('requested', 'in_batch', 'paid', 'failed', 'cancelled')),
      ADD CONSTRAINT withdrawals_batched CHECK ((status IN ('requested', 'cancelled')) = (batch_id IS NULL)),
      ADD CONSTRAINT withdrawals_settled CHECK ((status IN ('paid', 'failed', 'cancelled')) = (settle_tx IS NOT NULL AND settled_at IS NOT NULL)),
      ADD CONSTRAINT withdrawals_paid_reference CHECK (status <> 'paid' OR bank_reference IS NOT NULL),
      ADD CONSTRAINT withdrawals_failed_reason CHECK (status <> 'failed' OR failure_reason IS NOT NULL)`.execute(db);
}
