// Orders (issue 5): a gig package bought, or a milestone of a contract made from a hired proposal.
// The state machine is src/orders/domain.ts; the money is in the ledger (0011), in the order's own
// escrow account. An order keeps a snapshot of what was agreed (title, price, fees, delivery days,
// revisions), so later edits to the gig change nothing already bought.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE contracts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      proposal_id uuid NOT NULL UNIQUE REFERENCES proposals(id),
      job_id uuid NOT NULL REFERENCES jobs(id),
      client_id uuid NOT NULL REFERENCES users(id),
      freelancer_id uuid NOT NULL REFERENCES users(id),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      kind text NOT NULL CHECK (kind IN ('fixed', 'hourly')),
      currency text NOT NULL CHECK (currency IN ('PKR', 'USD')),
      -- Hourly contracts: the agreed rate and the weekly cap.
      rate_minor bigint CHECK (rate_minor > 0),
      weekly_hours smallint CHECK (weekly_hours BETWEEN 1 AND 80),
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended')),
      created_at timestamptz NOT NULL,
      ended_at timestamptz,
      CHECK ((kind = 'hourly') = (rate_minor IS NOT NULL AND weekly_hours IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX contracts_client ON contracts (client_id, created_at DESC)`.execute(db);
  await sql`CREATE INDEX contracts_freelancer ON contracts (freelancer_id, created_at DESC)`.execute(db);

  await sql`CREATE SEQUENCE order_numbers START 1001`.execute(db);
  await sql`
    CREATE TABLE orders (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      -- What people quote on the phone and on receipts: HNR-1001.
      number bigint NOT NULL UNIQUE DEFAULT nextval('order_numbers'),
      kind text NOT NULL CHECK (kind IN ('gig', 'milestone', 'hourly_week')),
      client_id uuid NOT NULL REFERENCES users(id),
      freelancer_id uuid NOT NULL REFERENCES users(id),
      gig_id uuid REFERENCES gigs(id) ON DELETE SET NULL,
      package_position smallint,
      contract_id uuid REFERENCES contracts(id),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
      package_name text NOT NULL DEFAULT '',
      currency text NOT NULL CHECK (currency IN ('PKR', 'USD')),
      price_minor bigint NOT NULL CHECK (price_minor > 0),
      client_fee_minor bigint NOT NULL CHECK (client_fee_minor >= 0),
      freelancer_fee_minor bigint NOT NULL CHECK (freelancer_fee_minor >= 0 AND freelancer_fee_minor <= price_minor),
      delivery_days smallint CHECK (delivery_days BETWEEN 1 AND 365),
      revisions_included smallint NOT NULL DEFAULT 0 CHECK (revisions_included >= -1),
      revisions_used smallint NOT NULL DEFAULT 0 CHECK (revisions_used >= 0),
      -- The buyer's answers to the gig's questions: [{question, answer}].
      answers jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(answers) = 'array'),
      state text NOT NULL DEFAULT 'awaiting_payment'
        CHECK (state IN ('awaiting_payment', 'in_progress', 'delivered', 'revision_requested', 'completed', 'cancelled', 'disputed')),
      -- Who asked to cancel by agreement and waits for the other side.
      cancel_requested_by text CHECK (cancel_requested_by IN ('client', 'freelancer')),
      paid_at timestamptz,
      due_at timestamptz,
      delivered_at timestamptz,
      auto_accept_at timestamptz,
      completed_at timestamptz,
      cancelled_at timestamptz,
      -- Earnings stay pending until then; cleared_at once moved to the freelancer's available balance.
      hold_until timestamptz,
      cleared_at timestamptz,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      CHECK (client_id <> freelancer_id),
      CHECK ((kind = 'gig') = (gig_id IS NOT NULL OR package_position IS NOT NULL)),
      CHECK ((state = 'delivered') = (auto_accept_at IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX orders_client ON orders (client_id, created_at DESC)`.execute(db);
  await sql`CREATE INDEX orders_freelancer ON orders (freelancer_id, created_at DESC)`.execute(db);
  await sql`CREATE INDEX orders_contract ON orders (contract_id) WHERE contract_id IS NOT NULL`.execute(db);
  // What the sweep job looks for: deliveries to accept, earnings to clear.
  await sql`CREATE INDEX orders_auto_accept ON orders (auto_accept_at) WHERE state = 'delivered'`.execute(db);
  await sql`CREATE INDEX orders_hold ON orders (hold_until) WHERE state = 'completed' AND cleared_at IS NULL`.execute(db);

  await sql`
    CREATE TABLE order_events (
      id bigserial PRIMARY KEY,
      order_id uuid NOT NULL REFERENCES orders(id),
      kind text NOT NULL,
      -- Null for the system (auto-acceptance).
      actor_id uuid REFERENCES users(id),
      message text CHECK (length(message) <= 5000),
      created_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX order_events_order ON order_events (order_id, id)`.execute(db);

  // Hourly contracts: the freelancer logs time against the week's order (funded up to the weekly cap).
  await sql`
    CREATE TABLE time_entries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      order_id uuid NOT NULL REFERENCES orders(id),
      work_date date NOT NULL,
      minutes smallint NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
      note text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
      created_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX time_entries_order ON time_entries (order_id, work_date)`.execute(db);
}
