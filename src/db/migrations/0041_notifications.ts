// Notifications (issue 18): what a person is told, in the app and by e-mail. A row is written by
// notify() inside the transaction of the event it reports; `shown` is false for a row that exists
// only to carry an e-mail (the person turned the in-app channel off, or a 'message', whose in-app
// place is the messages page). `emailed_at` is set by the job that sent its mail (one mail per row,
// or one digest for many 'message' rows). Preferences hold only what a person changed: no row means
// both channels on.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE notifications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind ~ '^[a-z_]{1,40}$'),
      params jsonb NOT NULL DEFAULT '{}'::jsonb,
      link text NOT NULL CHECK (left(link, 1) = '/' AND left(link, 2) <> '//' AND length(link) <= 500),
      shown boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL,
      read_at timestamptz,
      emailed_at timestamptz
    )`.execute(db);
  // The list page and the bell: a person's newest first, and their unread count.
  await sql`CREATE INDEX notifications_user_recent ON notifications (user_id, created_at DESC) WHERE shown`.execute(db);
  await sql`CREATE INDEX notifications_user_unread ON notifications (user_id, kind) WHERE read_at IS NULL`.execute(db);
  await sql`
    CREATE TABLE notification_preferences (
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind ~ '^[a-z_]{1,40}$'),
      in_app boolean NOT NULL DEFAULT true,
      email boolean NOT NULL DEFAULT true,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (user_id, kind)
    )`.execute(db);
  // The sweep warns a client once, a day before a delivery is accepted for them.
  await sql`ALTER TABLE orders ADD COLUMN auto_accept_warned_at timestamptz`.execute(db);
  // The development outbox keeps a mail's extra headers (List-Unsubscribe), shown at /dev/mail.
  await sql`ALTER TABLE mail_outbox ADD COLUMN headers jsonb`.execute(db);
}
