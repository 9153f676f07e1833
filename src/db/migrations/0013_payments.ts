// Money in (issue 5): wallet top-ups by bank transfer / Raast (matched by an admin) or through a
// hosted checkout (the checkout simulator in development), the webhook events that settle them, the
// bank transfers applied, and the exchange-rate table. The money itself is in the ledger (0011);
// these tables say why it moved. What the database enforces whatever the code does:
// - one reference per top-up (unique), and one start per client idempotency key;
// - a webhook event is stored once (its id is the primary key), so a redelivery applies nothing;
// - a bank transaction is applied once (its id is unique), so re-importing a statement is harmless;
// - a rate is a positive exact decimal between two different currencies.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE top_ups (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id),
      method text NOT NULL CHECK (method IN ('bank_transfer', 'simulator')),
      reference text NOT NULL UNIQUE CHECK (reference ~ '^HNR-[2-9A-Z]{4}-[2-9A-Z]{4}$'),
      -- What the client said they would pay.
      amount_minor bigint NOT NULL CHECK (amount_minor > 0),
      currency text NOT NULL CHECK (currency IN ('PKR', 'USD')),
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed', 'expired')),
      -- What arrived and was credited (a bank transfer may differ from what was announced).
      credited_minor bigint CHECK (credited_minor > 0),
      credited_currency text CHECK (credited_currency IN ('PKR', 'USD')),
      ledger_transaction_id uuid REFERENCES ledger_transactions(id),
      -- A same-site path to send the client back to (safeNext), e.g. an order page.
      return_to text CHECK (length(return_to) <= 500),
      start_key text NOT NULL CHECK (length(start_key) BETWEEN 8 AND 128),
      start_fingerprint text NOT NULL,
      expires_at timestamptz,
      settled_at timestamptz,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      UNIQUE (user_id, start_key),
      CHECK ((status = 'succeeded') = (ledger_transaction_id IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX top_ups_user ON top_ups (user_id, created_at DESC)`.execute(db);
  await sql`CREATE INDEX top_ups_pending ON top_ups (expires_at) WHERE status = 'pending'`.execute(db);

  await sql`
    CREATE TABLE payment_events (
      -- The provider's event id: a second delivery of the same event conflicts here and changes nothing.
      id text PRIMARY KEY CHECK (length(id) BETWEEN 8 AND 128),
      provider text NOT NULL,
      top_up_id uuid REFERENCES top_ups(id),
      type text NOT NULL CHECK (type IN ('pending', 'succeeded', 'failed', 'expired')),
      occurred_at timestamptz NOT NULL,
      -- What receiving it did: applied (changed the top-up), ignored (stale or after a final state), rejected.
      outcome text NOT NULL,
      body jsonb NOT NULL,
      received_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX payment_events_top_up ON payment_events (top_up_id, received_at)`.execute(db);

  await sql`
    CREATE TABLE bank_transfers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      -- The bank's own transaction id: the idempotency key of crediting it.
      bank_txn_id text NOT NULL UNIQUE CHECK (length(bank_txn_id) BETWEEN 1 AND 100),
      top_up_id uuid NOT NULL REFERENCES top_ups(id),
      amount_minor bigint NOT NULL CHECK (amount_minor > 0),
      currency text NOT NULL CHECK (currency IN ('PKR', 'USD')),
      received_on date NOT NULL,
      reference_text text NOT NULL CHECK (length(reference_text) <= 500),
      source text NOT NULL CHECK (source IN ('manual', 'statement')),
      matched_by uuid NOT NULL REFERENCES users(id),
      ledger_transaction_id uuid NOT NULL REFERENCES ledger_transactions(id),
      created_at timestamptz NOT NULL
    )`.execute(db);

  await sql`
    CREATE TABLE fx_rates (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      from_currency text NOT NULL CHECK (from_currency IN ('PKR', 'USD')),
      to_currency text NOT NULL CHECK (to_currency IN ('PKR', 'USD')),
      -- Units of to_currency per one unit of from_currency, exactly as the admin gave it.
      rate text NOT NULL CHECK (rate ~ '^[0-9]{1,12}(\\.[0-9]{1,12})?$' AND rate !~ '^0+(\\.0+)?$'),
      effective_on date NOT NULL,
      source text NOT NULL CHECK (source IN ('form', 'csv', 'api')),
      set_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      CHECK (from_currency <> to_currency)
    )`.execute(db);
  await sql`CREATE INDEX fx_rates_current ON fx_rates (from_currency, to_currency, effective_on DESC, created_at DESC)`.execute(db);
}
