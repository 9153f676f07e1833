// Associations (issue 21, src/associations; docs/decisions/0064-associations.md): officers'
// announcements, and dues collected from members' Hunar balances into the association's own ledger
// account (kind 'association', 0060).
//
// - association_announcements: what an officer tells the members, in English, Urdu or both (each
//   member reads it, and is mailed it, in their own language when it was written in it).
// - association_dues: the association's current dues, one row or none: an amount each month, due
//   from a day of the month (1–28, so every month has it) in Asia/Karachi.
// - association_dues_charges: one row per member and month once the daily job has come to them:
//   paid (with its ledger transaction) or unpaid (their balance was short; nothing was taken). An
//   unpaid month is tried again each day until it is paid or the month ends. The unique key makes
//   the job safe to run twice.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE association_announcements (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      association_id uuid NOT NULL REFERENCES associations(id) ON DELETE CASCADE,
      author_id uuid NOT NULL REFERENCES users(id),
      title_en text CHECK (char_length(title_en) BETWEEN 3 AND 120),
      title_ur text CHECK (char_length(title_ur) BETWEEN 3 AND 120),
      body_en text CHECK (char_length(body_en) <= 4000),
      body_ur text CHECK (char_length(body_ur) <= 4000),
      created_at timestamptz NOT NULL,
      CHECK (title_en IS NOT NULL OR title_ur IS NOT NULL),
      CHECK ((title_en IS NULL) = (body_en IS NULL)),
      CHECK ((title_ur IS NULL) = (body_ur IS NULL))
    )`.execute(db);
  await sql`CREATE INDEX association_announcements_recent ON association_announcements (association_id, created_at DESC)`.execute(db);

  await sql`
    CREATE TABLE association_dues (
      association_id uuid PRIMARY KEY REFERENCES associations(id) ON DELETE CASCADE,
      amount_minor bigint NOT NULL CHECK (amount_minor > 0),
      currency text NOT NULL CHECK (currency IN ('PKR', 'USD')),
      day_of_month smallint NOT NULL CHECK (day_of_month BETWEEN 1 AND 28),
      set_by uuid NOT NULL REFERENCES users(id),
      set_at timestamptz NOT NULL
    )`.execute(db);

  await sql`
    CREATE TABLE association_dues_charges (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      association_id uuid NOT NULL REFERENCES associations(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      period text NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      amount_minor bigint NOT NULL CHECK (amount_minor > 0),
      currency text NOT NULL CHECK (currency IN ('PKR', 'USD')),
      status text NOT NULL CHECK (status IN ('paid', 'unpaid')),
      ledger_transaction_id uuid REFERENCES ledger_transactions(id),
      first_tried_at timestamptz NOT NULL,
      last_tried_at timestamptz NOT NULL,
      paid_at timestamptz,
      UNIQUE (association_id, user_id, period),
      CHECK ((status = 'paid') = (ledger_transaction_id IS NOT NULL AND paid_at IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX association_dues_charges_unpaid ON association_dues_charges (association_id, period) WHERE status = 'unpaid'`.execute(db);
}
