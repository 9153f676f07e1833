// Payouts (issue 5): the methods a freelancer is paid by, their withdrawals, and the admins'
// batches. Money itself moves only in the ledger (0011); a withdrawal row records which ledger
// transactions requested and settled it. The database holds what must hold whatever the code does:
// - at most one default method per freelancer among those not removed;
// - a withdrawal keeps its own copy of where the money goes (a method may be removed later);
// - its status and its batch agree: requested ones are in no batch, all others are in one;
// - a paid withdrawal has the bank's reference, a failed one its reason.
import { type Kysely, sql } from 'kysely';

const CHANNELS = sql.raw(`'bank', 'raast', 'jazzcash', 'easypaisa', 'payoneer'`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE payout_methods (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      channel text NOT NULL CHECK (channel IN (${CHANNELS})),
      -- IBAN (compact), mobile (E.164) or e-mail, as validated by src/payouts/domain.ts.
      destination text NOT NULL CHECK (length(destination) BETWEEN 1 AND 254),
      account_title text NOT NULL CHECK (length(account_title) BETWEEN 1 AND 80),
      is_default boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL,
      -- Set instead of deleting when a withdrawal refers to the method.
      removed_at timestamptz,
      CHECK (removed_at IS NULL OR NOT is_default)
    )`.execute(db);
  await sql`CREATE INDEX payout_methods_user ON payout_methods (user_id, created_at)`.execute(db);
  await sql`CREATE UNIQUE INDEX payout_methods_one_default ON payout_methods (user_id) WHERE is_default`.execute(db);
  await sql`CREATE UNIQUE INDEX payout_methods_once ON payout_methods (user_id, channel, destination) WHERE removed_at IS NULL`.execute(db);

  await sql`
    CREATE TABLE payout_batches (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      channel text NOT NULL CHECK (channel IN (${CHANNELS})),
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL
    )`.execute(db);

  await sql`
    CREATE TABLE withdrawals (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
      method_id uuid NOT NULL REFERENCES payout_methods(id) ON DELETE RESTRICT,
      channel text NOT NULL CHECK (channel IN (${CHANNELS})),
      destination text NOT NULL,
      account_title text NOT NULL,
      currency text NOT NULL CHECK (currency IN ('PKR', 'USD')),
      -- Taken from the available balance; fee of it to Hunar; amount - fee paid out.
      amount bigint NOT NULL CHECK (amount > 0),
      fee bigint NOT NULL CHECK (fee >= 0 AND fee < amount),
      status text NOT NULL CHECK (status IN ('requested', 'in_batch', 'paid', 'failed')),
      batch_id uuid REFERENCES payout_batches(id),
      bank_reference text CHECK (length(bank_reference) <= 100),
      failure_reason text CHECK (length(failure_reason) <= 300),
      request_tx uuid NOT NULL REFERENCES ledger_transactions(id),
      settle_tx uuid REFERENCES ledger_transactions(id),
      settled_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL,
      settled_at timestamptz,
      CHECK ((status = 'requested') = (batch_id IS NULL)),
      CHECK ((status IN ('paid', 'failed')) = (settle_tx IS NOT NULL AND settled_at IS NOT NULL)),
      CHECK (status <> 'paid' OR bank_reference IS NOT NULL),
      CHECK (status <> 'failed' OR failure_reason IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX withdrawals_user ON withdrawals (user_id, created_at DESC)`.execute(db);
  await sql`CREATE INDEX withdrawals_requested ON withdrawals (channel, created_at) WHERE status = 'requested'`.execute(db);
  await sql`CREATE INDEX withdrawals_batch ON withdrawals (batch_id) WHERE batch_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX withdrawals_method ON withdrawals (method_id)`.execute(db);
}
