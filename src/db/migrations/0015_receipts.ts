// Receipts (issue 5): one row per printed PDF of a receipt, invoice or earnings statement, per
// language and version (src/receipts). The PDF itself lives in storage under storage_key; the row
// says whether it is being made, made, or given up on, so every app process answers the same.
// The version is a hash of the document's HTML: a new one appears exactly when what the reader
// would see changes (an order paid, completed, refunded; a withdrawal paid or failed).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE receipts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      document text NOT NULL CHECK (document IN ('order_client', 'order_freelancer', 'payout')),
      -- The order's or the withdrawal's id (no foreign key: either table).
      subject_id uuid NOT NULL,
      locale text NOT NULL CHECK (locale IN ('en', 'ur')),
      version text NOT NULL CHECK (version ~ '^[0-9a-f]{16}$'),
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'ready', 'failed', 'superseded')),
      storage_key text,
      bytes integer,
      render_ms integer,
      attempts integer NOT NULL DEFAULT 0,
      last_error text CHECK (length(last_error) <= 500),
      created_at timestamptz NOT NULL,
      rendered_at timestamptz,
      UNIQUE (document, subject_id, locale, version),
      CHECK ((status = 'ready') = (storage_key IS NOT NULL))
    )`.execute(db);
}
