// Mentorship, issue 20 continued (docs/decisions/0063-mentoring-suspension-and-contested-reports.md).
//
// - mentor_profiles: an admin's suspension of an approved mentor (suspended_at/by and a note the
//   mentor reads); reinstating clears them. The status value 'suspended' was already allowed (0054).
// - mentor_bookings: two new statuses. 'cancelled_mentor_suspended': a session not yet started when
//   its mentor was suspended, refunded in full. 'contested': an absence report the other side
//   contested; its money stays in escrow until an admin decides (resolution: held, learner_absent,
//   mentor_absent). An absence report now waits contest_until (48 hours) before its money moves;
//   report_closed_at says when it was settled, by the sweep or by the admin's decision.
// - The one-slot-one-booking index frees the slot of a session cancelled by a suspension too.
import { type Kysely, sql } from 'kysely';
import { up as rewriteChecks } from './0026_check_constant_arrays.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE mentor_profiles
      ADD COLUMN suspended_at timestamptz,
      ADD COLUMN suspended_by uuid REFERENCES users(id),
      ADD COLUMN suspension_note text CHECK (char_length(suspension_note) <= 500),
      ADD CONSTRAINT mentor_profiles_suspension CHECK ((status = 'suspended') = (suspended_at IS NOT NULL))`.execute(db);

  await sql`
    ALTER TABLE mentor_bookings
      DROP CONSTRAINT mentor_bookings_status_check,
      ADD CONSTRAINT mentor_bookings_status_check CHECK (status IN ('booked', 'cancelled_by_learner', 'cancelled_by_mentor', 'cancelled_mentor_suspended', 'completed', 'no_show_learner', 'no_show_mentor', 'contested')),
      ADD COLUMN contest_until timestamptz,
      ADD COLUMN contested_at timestamptz,
      ADD COLUMN contest_note text CHECK (char_length(contest_note) <= 1000),
      ADD COLUMN report_closed_at timestamptz,
      ADD COLUMN resolved_by uuid REFERENCES users(id),
      ADD COLUMN resolution text CHECK (resolution IN ('held', 'learner_absent', 'mentor_absent')),
      ADD COLUMN resolution_note text CHECK (char_length(resolution_note) <= 500),
      ADD CONSTRAINT mentor_bookings_contest CHECK ((status = 'contested') <= (contested_at IS NOT NULL AND report_closed_at IS NULL)),
      ADD CONSTRAINT mentor_bookings_resolution CHECK ((resolution IS NULL) = (resolved_by IS NULL))`.execute(db);

  await sql`DROP INDEX mentor_bookings_slot`.execute(db);
  await sql`
    CREATE UNIQUE INDEX mentor_bookings_slot ON mentor_bookings (mentor_id, starts_at)
    WHERE status NOT IN ('cancelled_by_learner', 'cancelled_by_mentor', 'cancelled_mentor_suspended')`.execute(db);
  // The sweep's work: absence reports whose contest window may have closed.
  await sql`CREATE INDEX mentor_bookings_open_reports ON mentor_bookings (contest_until) WHERE report_closed_at IS NULL AND status IN ('no_show_learner', 'no_show_mentor')`.execute(db);
  // The admins' queue of contested reports.
  await sql`CREATE INDEX mentor_bookings_contested ON mentor_bookings (contested_at) WHERE status = 'contested'`.execute(db);

  await rewriteChecks(db);
}
