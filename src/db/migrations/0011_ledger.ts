// The double-entry ledger (issue 5; rules in src/ledger/domain.ts). The database enforces what
// must hold whatever the code does:
// - an account holds one currency, and every entry on it is in that currency (composite foreign key);
// - accounts that hold someone's money never go below zero (CHECK on the stored balance);
// - the entries of a transaction sum to zero per currency, checked at commit by a deferred
//   constraint trigger, so a transaction cut short or written wrongly cannot commit;
// - one idempotency key, one transaction (unique), with the fingerprint of the request it answered.
import { type Kysely, sql } from 'kysely';

const KINDS = ['client_wallet', 'escrow', 'freelancer_pending', 'freelancer_available', 'platform_revenue', 'payment_clearing', 'payout_clearing', 'payout_sent', 'fx'];
const NON_NEGATIVE = ['client_wallet', 'escrow', 'freelancer_pending', 'freelancer_available', 'platform_revenue', 'payout_clearing', 'payout_sent'];
const list = (xs: string[]) => sql.raw(xs.map((x) => `'${x}'`).join(', '));

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE ledger_accounts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN (${list(KINDS)})),
      -- The person whose money it is (wallets, pending, available), else null.
      owner_id uuid REFERENCES users(id) ON DELETE RESTRICT,
      -- What the account is for (the order or milestone of an escrow), else null.
      ref_id uuid,
      currency text NOT NULL CHECK (currency IN ('PKR', 'USD')),
      balance bigint NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL,
      CONSTRAINT ledger_accounts_non_negative CHECK (kind NOT IN (${list(NON_NEGATIVE)}) OR balance >= 0),
      UNIQUE NULLS NOT DISTINCT (kind, owner_id, ref_id, currency),
      UNIQUE (id, currency)
    )`.execute(db);
  await sql`CREATE INDEX ledger_accounts_owner ON ledger_accounts (owner_id) WHERE owner_id IS NOT NULL`.execute(db);

  await sql`
    CREATE TABLE ledger_transactions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL,
      idempotency_key text NOT NULL UNIQUE CHECK (length(idempotency_key) BETWEEN 8 AND 200),
      fingerprint text NOT NULL,
      actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
      reason text NOT NULL CHECK (length(reason) <= 500),
      -- What the use case answered, so a replay returns the first answer.
      result jsonb NOT NULL DEFAULT '{}',
      -- A conversion's rate, as the exact decimal used.
      fx_rate text,
      created_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX ledger_transactions_created ON ledger_transactions (created_at)`.execute(db);

  await sql`
    CREATE TABLE ledger_entries (
      id bigserial PRIMARY KEY,
      transaction_id uuid NOT NULL REFERENCES ledger_transactions(id),
      account_id uuid NOT NULL,
      amount bigint NOT NULL CHECK (amount <> 0),
      currency text NOT NULL,
      -- The account's balance right after this entry: the running balance of a statement.
      balance_after bigint NOT NULL,
      created_at timestamptz NOT NULL,
      FOREIGN KEY (account_id, currency) REFERENCES ledger_accounts (id, currency)
    )`.execute(db);
  await sql`CREATE INDEX ledger_entries_account ON ledger_entries (account_id, id)`.execute(db);
  await sql`CREATE INDEX ledger_entries_transaction ON ledger_entries (transaction_id)`.execute(db);

  await sql`
    CREATE FUNCTION ledger_transaction_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE bad record;
    BEGIN
      SELECT currency, sum(amount) AS total INTO bad FROM ledger_entries
        WHERE transaction_id = NEW.transaction_id GROUP BY currency HAVING sum(amount) <> 0 LIMIT 1;
      IF FOUND THEN
        RAISE EXCEPTION 'ledger transaction % does not balance: % %', NEW.transaction_id, bad.total, bad.currency
          USING ERRCODE = 'check_violation', CONSTRAINT = 'ledger_transaction_balanced';
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE CONSTRAINT TRIGGER ledger_entries_balanced AFTER INSERT ON ledger_entries
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_transaction_balanced()`.execute(db);
  // The ledger is append-only: entries and transactions are never changed or removed.
  await sql`
    CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'the ledger is append-only (% on %)', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
    END $$`.execute(db);
  await sql`CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries FOR EACH ROW EXECUTE FUNCTION ledger_append_only()`.execute(db);
  await sql`CREATE TRIGGER ledger_transactions_append_only BEFORE UPDATE OR DELETE ON ledger_transactions FOR EACH ROW EXECUTE FUNCTION ledger_append_only()`.execute(db);
}
