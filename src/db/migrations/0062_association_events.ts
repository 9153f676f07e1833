// Association events (issue 21, docs/decisions/0065-association-events.md).
//
// - association_events: an event of an association, online (with an https link) or at a place (a
//   venue and a city), at a moment stored in UTC (entered and shown in Asia/Karachi, shown to each
//   person in their own zone), with a capacity, and members-only when the association wants it.
//   `going` counts the seats taken; the CHECK (going <= capacity) is the last guard that an event is
//   never over capacity, whatever the code above it does. An officer may cancel it (kept, with who
//   and when, so calendars that hold it learn it is cancelled).
// - association_event_rsvps: one row per person and event: going, on the waiting list, or cancelled
//   (kept, so the person can come back). `queued_at` orders the waiting list (first come, first
//   moved up); `reminded_at` makes the day-before reminder go once.
// Limits repeat the zod schemas' (src/events/domain.ts) as a last guard.
import { type Kysely, sql } from 'kysely';
import { up as rewriteChecks } from './0026_check_constant_arrays.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE association_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      association_id uuid NOT NULL REFERENCES associations(id) ON DELETE CASCADE,
      title_en text CHECK (char_length(title_en) BETWEEN 3 AND 120),
      title_ur text CHECK (char_length(title_ur) BETWEEN 3 AND 120),
      about_en text CHECK (char_length(about_en) <= 4000),
      about_ur text CHECK (char_length(about_ur) <= 4000),
      format text NOT NULL CHECK (format IN ('online', 'in_person')),
      online_url text CHECK (online_url ~ '^https://' AND length(online_url) <= 300),
      venue text CHECK (char_length(venue) BETWEEN 3 AND 200),
      city_slug text REFERENCES cities(slug),
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 5000),
      going integer NOT NULL DEFAULT 0 CHECK (going >= 0),
      members_only boolean NOT NULL DEFAULT false,
      status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      cancelled_by uuid REFERENCES users(id),
      cancelled_at timestamptz,
      CONSTRAINT association_events_within_capacity CHECK (going <= capacity),
      CHECK (title_en IS NOT NULL OR title_ur IS NOT NULL),
      CHECK (starts_at < ends_at AND ends_at <= starts_at + interval '7 days'),
      CHECK (format <> 'online' OR online_url IS NOT NULL),
      CHECK (format <> 'in_person' OR (venue IS NOT NULL AND city_slug IS NOT NULL)),
      CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX association_events_association ON association_events (association_id, starts_at)`.execute(db);
  await sql`CREATE INDEX association_events_upcoming ON association_events (starts_at) WHERE status = 'scheduled'`.execute(db);

  await sql`
    CREATE TABLE association_event_rsvps (
      event_id uuid NOT NULL REFERENCES association_events(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      status text NOT NULL CHECK (status IN ('going', 'waiting', 'cancelled')),
      queued_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      moved_up_at timestamptz,
      reminded_at timestamptz,
      PRIMARY KEY (event_id, user_id)
    )`.execute(db);
  await sql`CREATE INDEX association_event_rsvps_waiting ON association_event_rsvps (event_id, queued_at) WHERE status = 'waiting'`.execute(db);
  await sql`CREATE INDEX association_event_rsvps_user ON association_event_rsvps (user_id) WHERE status <> 'cancelled'`.execute(db);
  await rewriteChecks(db);
}
