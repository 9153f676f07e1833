// Disputes and files on deliveries (issue 18, docs/decisions/0051).
//
// - disputes: one per order (an order leaves `disputed` only for a final state, so it cannot be
//   disputed twice), opened by one party with a reason from a fixed list; decided once by an admin
//   (outcome, what the freelancer got of the price, the written reason, the ledger transaction).
// - dispute_statements: what each party says while the dispute is open; the first one is the
//   description written when it was opened.
// - media.order_event_id (a delivery's files, purpose delivery_file) and
//   media.dispute_statement_id (a statement's evidence, purpose dispute_evidence).
//
// media's CHECK constraints list the purposes and what each needs. Other features of the same issue
// add purposes too, so instead of rewriting those lists (and losing a purpose another migration
// added), each existing check that names `purpose` is widened to "one of ours, or what it said
// before", and a new check says what ours need.
import { type Kysely, sql } from 'kysely';

const REASONS = ['not_delivered', 'not_as_described', 'late', 'quality', 'communication', 'other'];
const list = (xs: readonly string[]) => sql.raw(xs.map((x) => `'${x}'`).join(', '));
const OURS = sql.raw(`purpose IN ('delivery_file', 'dispute_evidence')`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE disputes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      order_id uuid NOT NULL UNIQUE REFERENCES orders(id),
      opened_by uuid NOT NULL REFERENCES users(id),
      opened_by_side text NOT NULL CHECK (opened_by_side IN ('client', 'freelancer')),
      reason text NOT NULL CHECK (reason IN (${list(REASONS)})),
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'decided')),
      outcome text CHECK (outcome IN ('release', 'refund', 'split')),
      -- Of the order's price, what the freelancer was given (before Hunar's fee on it).
      freelancer_amount_minor bigint CHECK (freelancer_amount_minor >= 0),
      decided_by uuid REFERENCES users(id),
      decision_reason text CHECK (char_length(decision_reason) BETWEEN 1 AND 2000),
      ledger_transaction_id uuid REFERENCES ledger_transactions(id),
      opened_at timestamptz NOT NULL,
      decided_at timestamptz,
      CHECK ((status = 'open') = (outcome IS NULL)),
      CHECK (status = 'open' OR (freelancer_amount_minor IS NOT NULL AND decided_by IS NOT NULL AND decision_reason IS NOT NULL AND decided_at IS NOT NULL AND ledger_transaction_id IS NOT NULL))
    )`.execute(db);
  // The admins' list: open ones first, oldest first.
  await sql`CREATE INDEX disputes_queue ON disputes (status, opened_at)`.execute(db);

  await sql`
    CREATE TABLE dispute_statements (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      dispute_id uuid NOT NULL REFERENCES disputes(id),
      author_id uuid NOT NULL REFERENCES users(id),
      side text NOT NULL CHECK (side IN ('client', 'freelancer')),
      body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 5000),
      created_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX dispute_statements_dispute ON dispute_statements (dispute_id, created_at)`.execute(db);

  await sql`
    ALTER TABLE media
      ADD COLUMN order_event_id bigint REFERENCES order_events(id) ON DELETE CASCADE,
      ADD COLUMN dispute_statement_id uuid REFERENCES dispute_statements(id) ON DELETE CASCADE`.execute(db);
  const { rows } = await sql<{ name: string; def: string }>`
    SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
    WHERE conrelid = 'media'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%purpose%'`.execute(db);
  for (const r of rows) {
    const inner = /^CHECK \((.*)\)$/s.exec(r.def)?.[1];
    if (!inner) throw new Error(`unexpected constraint on media: ${r.def}`);
    await sql`ALTER TABLE media DROP CONSTRAINT ${sql.id(r.name)}, ADD CONSTRAINT ${sql.id(r.name)} CHECK (${OURS} OR (${sql.raw(inner)}))`.execute(db);
  }
  await sql`
    ALTER TABLE media ADD CONSTRAINT media_order_files CHECK (
      CASE WHEN ${OURS}
        THEN gig_id IS NULL AND portfolio_item_id IS NULL AND job_id IS NULL AND file_name IS NOT NULL AND width IS NULL
          AND (purpose = 'delivery_file') = (order_event_id IS NOT NULL)
          AND (purpose = 'dispute_evidence') = (dispute_statement_id IS NOT NULL)
        ELSE order_event_id IS NULL AND dispute_statement_id IS NULL
      END)`.execute(db);
  await sql`CREATE INDEX media_order_event ON media (order_event_id, position) WHERE order_event_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX media_dispute_statement ON media (dispute_statement_id, position) WHERE dispute_statement_id IS NOT NULL`.execute(db);
}
