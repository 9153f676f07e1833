// Mentorship (issue 20, docs/decisions/0059-mentorship.md).
//
// - mentor_profiles: one per person who applied to mentor: topics, languages, a bio in English,
//   Urdu or both, the price of one session (0 = free) and its length, an optional meeting link, and
//   the application's state: applied → approved | rejected; approved → suspended (and back). An
//   approval also grants the 'mentor' role (user_roles, 0050); decided_by/at say who and when.
// - mentor_availability: the weekly slots a mentor offers, each a weekday (ISO, 1 = Monday) and a
//   range of minutes of the day in the zone it was written in (Asia/Karachi unless chosen). Concrete
//   sessions are cut from these for the coming weeks (src/mentorship/domain.ts), DST-safe.
// - mentor_bookings: a learner's booking of one session. A paid booking's money sits in an escrow
//   account of its own (ledger ref_id = the booking's id) from fund_transaction_id until it is
//   released to the mentor's pending earnings or refunded (settle_transaction_id), by the published
//   rules; the hold then clears (clear_transaction_id). The unique index mentor_bookings_slot is the
//   last guard that one mentor's slot is booked once: a cancelled booking frees its slot.
// - mentor_feedback: after a session, each side's feedback, once (UNIQUE (booking_id, author_side)).
// Limits repeat the zod schemas' (src/mentorship/domain.ts) as a last guard.
import { type Kysely, sql } from 'kysely';
import { up as rewriteChecks } from './0026_check_constant_arrays.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE mentor_profiles (
      user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
      topics text[] NOT NULL CHECK (cardinality(topics) BETWEEN 1 AND 8),
      languages text[] NOT NULL CHECK (cardinality(languages) BETWEEN 1 AND 7 AND languages <@ '{ur,en,pa,sd,ps,skr,bal}'::text[]),
      bio_en text CHECK (char_length(bio_en) BETWEEN 20 AND 2000),
      bio_ur text CHECK (char_length(bio_ur) BETWEEN 20 AND 2000),
      price_minor bigint NOT NULL DEFAULT 0 CHECK (price_minor >= 0),
      currency text NOT NULL DEFAULT 'PKR' CHECK (currency IN ('PKR', 'USD')),
      session_minutes smallint NOT NULL DEFAULT 60 CHECK (session_minutes = ANY ('{30,45,60,90}'::smallint[])),
      meeting_url text CHECK (meeting_url ~ '^https://' AND length(meeting_url) <= 300),
      status text NOT NULL DEFAULT 'applied' CHECK (status IN ('applied', 'approved', 'rejected', 'suspended')),
      applied_at timestamptz NOT NULL,
      decided_by uuid REFERENCES users(id),
      decided_at timestamptz,
      decision_note text CHECK (char_length(decision_note) <= 500),
      updated_at timestamptz NOT NULL,
      CHECK (bio_en IS NOT NULL OR bio_ur IS NOT NULL),
      CHECK (status = 'applied' OR decided_at IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX mentor_profiles_status ON mentor_profiles (status, applied_at)`.execute(db);

  await sql`
    CREATE TABLE mentor_availability (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      mentor_id uuid NOT NULL REFERENCES mentor_profiles(user_id) ON DELETE CASCADE,
      weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
      start_minute smallint NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
      end_minute smallint NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
      time_zone text NOT NULL DEFAULT 'Asia/Karachi' CHECK (time_zone ~ '^[A-Za-z][A-Za-z0-9_+/-]{0,63}$'),
      CHECK (start_minute < end_minute)
    )`.execute(db);
  await sql`CREATE INDEX mentor_availability_mentor ON mentor_availability (mentor_id, weekday, start_minute)`.execute(db);

  await sql`
    CREATE TABLE mentor_bookings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      mentor_id uuid NOT NULL REFERENCES mentor_profiles(user_id),
      learner_id uuid NOT NULL REFERENCES users(id),
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      status text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled_by_learner', 'cancelled_by_mentor', 'completed', 'no_show_learner', 'no_show_mentor')),
      topic text NOT NULL DEFAULT '' CHECK (char_length(topic) <= 500),
      price_minor bigint NOT NULL DEFAULT 0 CHECK (price_minor >= 0),
      currency text NOT NULL DEFAULT 'PKR' CHECK (currency IN ('PKR', 'USD')),
      fund_transaction_id uuid REFERENCES ledger_transactions(id),
      -- What the rules did with the money: released to the mentor or refunded to the learner.
      settlement text CHECK (settlement IN ('released', 'refunded')),
      settle_transaction_id uuid REFERENCES ledger_transactions(id),
      settled_at timestamptz,
      hold_until timestamptz,
      clear_transaction_id uuid REFERENCES ledger_transactions(id),
      cleared_at timestamptz,
      reminded_day_at timestamptz,
      reminded_hour_at timestamptz,
      ended_by uuid REFERENCES users(id),
      ended_at timestamptz,
      created_at timestamptz NOT NULL,
      CHECK (starts_at < ends_at),
      CHECK (mentor_id <> learner_id),
      CHECK ((price_minor = 0) = (fund_transaction_id IS NULL)),
      CHECK ((settlement IS NULL) = (settle_transaction_id IS NULL)),
      CHECK (settlement IS NULL OR fund_transaction_id IS NOT NULL),
      CHECK ((status = 'booked') = (ended_at IS NULL))
    )`.execute(db);
  // One slot, one booking: a second booking of a mentor's moment fails here even if two requests
  // pass the service's check at once. Cancelled bookings free the slot.
  await sql`
    CREATE UNIQUE INDEX mentor_bookings_slot ON mentor_bookings (mentor_id, starts_at)
    WHERE status NOT IN ('cancelled_by_learner', 'cancelled_by_mentor')`.execute(db);
  await sql`CREATE INDEX mentor_bookings_learner ON mentor_bookings (learner_id, starts_at DESC)`.execute(db);
  await sql`CREATE INDEX mentor_bookings_mentor ON mentor_bookings (mentor_id, starts_at DESC)`.execute(db);
  // The sweep's work: sessions still booked (reminders, release after the session) and holds to clear.
  await sql`CREATE INDEX mentor_bookings_open ON mentor_bookings (starts_at) WHERE status = 'booked'`.execute(db);
  await sql`CREATE INDEX mentor_bookings_holds ON mentor_bookings (hold_until) WHERE settlement = 'released' AND cleared_at IS NULL`.execute(db);

  await sql`
    CREATE TABLE mentor_feedback (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      booking_id uuid NOT NULL REFERENCES mentor_bookings(id) ON DELETE CASCADE,
      author_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      author_side text NOT NULL CHECK (author_side IN ('learner', 'mentor')),
      rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
      body text NOT NULL DEFAULT '' CHECK (char_length(body) <= 1000),
      created_at timestamptz NOT NULL,
      UNIQUE (booking_id, author_side)
    )`.execute(db);

  await rewriteChecks(db);
}
