// Messages (issue 18; docs/decisions/0047): conversations between two people, their messages, who
// has read how far, blocks and reports.
// - A conversation is an enquiry (before any order: from a gig, a job or a profile; one per pair of
//   people), or belongs to exactly one order or one contract (unique order_id / contract_id).
//   Its two people are stored in a fixed order (user_low < user_high), so "one enquiry per pair" is a
//   unique index; each has a row in conversation_members with their read pointer (the id of the last
//   message they have seen) and the other person, so an inbox is one indexed join.
// - Messages have increasing bigint ids: the order of a thread, the read pointer and the keyset
//   cursor are all that id. Text is at most 5,000 characters (MESSAGE_MAX in src/messages/domain.ts).
//   `flags` lists what the safety check found (phone, email, payment, messenger) before the two
//   had an order or contract together.
// - Attachments are media rows with purpose 'message_attachment' and message_id set; media's checks
//   are widened for the new purpose, never rewritten (below).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE conversations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('enquiry', 'order', 'contract')),
      started_by uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      user_low uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      user_high uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      gig_id uuid REFERENCES gigs(id) ON DELETE SET NULL,
      job_id uuid REFERENCES jobs(id) ON DELETE SET NULL,
      order_id uuid UNIQUE REFERENCES orders(id) ON DELETE CASCADE,
      contract_id uuid UNIQUE REFERENCES contracts(id) ON DELETE CASCADE,
      last_message_id bigint,
      last_message_at timestamptz,
      created_at timestamptz NOT NULL,
      CHECK (user_low < user_high),
      CHECK (started_by IN (user_low, user_high)),
      CHECK ((kind = 'order') = (order_id IS NOT NULL)),
      CHECK ((kind = 'contract') = (contract_id IS NOT NULL))
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX conversations_one_enquiry ON conversations (user_low, user_high) WHERE kind = 'enquiry'`.execute(db);

  await sql`
    CREATE TABLE conversation_members (
      conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      other_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      read_up_to bigint NOT NULL DEFAULT 0,
      read_at timestamptz,
      PRIMARY KEY (conversation_id, user_id),
      CHECK (user_id <> other_id)
    )`.execute(db);
  await sql`CREATE INDEX conversation_members_user ON conversation_members (user_id)`.execute(db);

  await sql`
    CREATE TABLE messages (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
      sender_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      body text NOT NULL CHECK (char_length(body) <= 5000),
      flags text[] NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX messages_conversation ON messages (conversation_id, id)`.execute(db);
  await sql`CREATE INDEX messages_sender ON messages (sender_id, created_at)`.execute(db);

  await sql`
    CREATE TABLE blocks (
      blocker_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      blocked_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (blocker_id, blocked_id),
      CHECK (blocker_id <> blocked_id)
    )`.execute(db);
  await sql`CREATE INDEX blocks_blocked ON blocks (blocked_id)`.execute(db);

  await sql`
    CREATE TABLE conversation_reports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      conversation_id uuid NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
      reporter_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      reason text NOT NULL CHECK (reason IN ('spam', 'off_platform', 'abuse', 'scam', 'other')),
      note text NOT NULL DEFAULT '' CHECK (char_length(note) <= 1000),
      created_at timestamptz NOT NULL,
      resolved_at timestamptz,
      resolved_by uuid REFERENCES users(id) ON DELETE SET NULL
    )`.execute(db);
  await sql`CREATE INDEX conversation_reports_open ON conversation_reports (created_at) WHERE resolved_at IS NULL`.execute(db);
  await sql`CREATE UNIQUE INDEX conversation_reports_one_open ON conversation_reports (conversation_id, reporter_id) WHERE resolved_at IS NULL`.execute(db);

  // Attachments: the media row points at its message; deleting a message (or its conversation) removes it.
  await sql`ALTER TABLE media ADD COLUMN message_id bigint REFERENCES messages(id) ON DELETE CASCADE`.execute(db);
  await sql`CREATE INDEX media_message ON media (message_id, position) WHERE message_id IS NOT NULL`.execute(db);
  // media's checks (0008) list the purposes and what each needs. Other features of issue 18 add
  // purposes too, so instead of rewriting those lists (and losing a purpose another migration
  // added), each existing check that names `purpose` is widened to "ours, or what it said before"
  // (as 0043 does), and a new check says what ours needs.
  const ours = sql`purpose = 'message_attachment'`;
  const { rows } = await sql<{ name: string; def: string }>`
    SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
    WHERE conrelid = 'media'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%purpose%'`.execute(db);
  for (const r of rows) {
    const inner = /^CHECK \((.*)\)$/s.exec(r.def)?.[1];
    if (!inner) throw new Error(`unexpected constraint on media: ${r.def}`);
    await sql`ALTER TABLE media DROP CONSTRAINT ${sql.id(r.name)}, ADD CONSTRAINT ${sql.id(r.name)} CHECK (${ours} OR (${sql.raw(inner)}))`.execute(db);
  }
  await sql`
    ALTER TABLE media ADD CONSTRAINT media_message_attachment CHECK (
      CASE WHEN ${ours}
        THEN message_id IS NOT NULL AND gig_id IS NULL AND portfolio_item_id IS NULL AND job_id IS NULL AND file_name IS NOT NULL AND width IS NULL
        ELSE message_id IS NULL
      END)`.execute(db);
}
