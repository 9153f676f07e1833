// Association events, second step (issue 21, docs/decisions/0065-association-events.md, "Editing"
// and "Private feed links").
//
// - association_events.sequence: the iCalendar SEQUENCE (RFC 5545 §3.8.7.4), raised by one with each
//   change an officer saves and with a cancellation, so calendars that hold the event replace it
//   rather than keep the old one or add a second. Events already cancelled were written with
//   SEQUENCE:1; they keep that number.
// - association_event_feed_keys: a member's private link to their association's calendar feed (which
//   then includes members-only events). Only a SHA-256 of the random token is kept; one key per
//   member and association (resetting replaces it). The key is honoured only while its holder is an
//   active member: that check is made on each fetch, not here.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE association_events ADD COLUMN sequence integer NOT NULL DEFAULT 0 CHECK (sequence >= 0)`.execute(db);
  await sql`UPDATE association_events SET sequence = 1 WHERE status = 'cancelled'`.execute(db);
  await sql`
    CREATE TABLE association_event_feed_keys (
      association_id uuid NOT NULL REFERENCES associations(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (association_id, user_id)
    )`.execute(db);
}
