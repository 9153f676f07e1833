// Co-working spaces, second part (issue 21, docs/decisions/0068-coworking-spaces.md, "Photos" and
// "Hidden by an admin"):
//
// - media.space_id: a listing's photos (purpose space_photo), up to eight, in the owner's order; the
//   first is the listing's card in the directory. Deleting a listing removes them (0008's trigger
//   then removes their files). media's CHECKs are widened as in 0043, 0046, 0052, 0053 and 0058:
//   each existing check that names `purpose` becomes "ours, or what it said before", and a new check
//   says what a space's photo needs.
// - spaces.hidden_at / hidden_by / hidden_reason: an admin took the listing down (audited in
//   audit_events). Separate from `status` (the owner's own listed/hidden choice), so an owner's save
//   cannot bring back a listing an admin took down.
// - space_bookings.status gains cancelled_by_hunar: a desk cancelled and refunded because the
//   listing was taken down (the published rule listing_hidden).
import { type Kysely, sql } from 'kysely';
import { up as rewriteChecks } from './0026_check_constant_arrays.ts';

const OURS = sql.raw(`purpose IN ('space_photo')`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE media ADD COLUMN space_id uuid REFERENCES spaces(id) ON DELETE CASCADE`.execute(db);
  const { rows } = await sql<{ name: string; def: string }>`
    SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
    WHERE conrelid = 'media'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%purpose%'`.execute(db);
  for (const r of rows) {
    const inner = /^CHECK \((.*)\)$/s.exec(r.def)?.[1];
    if (!inner) throw new Error(`unexpected constraint on media: ${r.def}`);
    await sql`ALTER TABLE media DROP CONSTRAINT ${sql.id(r.name)}, ADD CONSTRAINT ${sql.id(r.name)} CHECK (${OURS} OR (${sql.raw(inner)}))`.execute(db);
  }
  await sql`
    ALTER TABLE media ADD CONSTRAINT media_space_photos CHECK (
      CASE WHEN ${OURS}
        THEN gig_id IS NULL AND portfolio_item_id IS NULL AND job_id IS NULL AND message_id IS NULL AND order_event_id IS NULL
          AND dispute_statement_id IS NULL AND project_submission_id IS NULL AND credential_id IS NULL AND lesson_id IS NULL
          AND space_id IS NOT NULL AND width IS NOT NULL AND file_name IS NULL
        ELSE space_id IS NULL
      END)`.execute(db);
  await sql`CREATE INDEX media_space ON media (space_id, position) WHERE space_id IS NOT NULL`.execute(db);

  await sql`
    ALTER TABLE spaces
      ADD COLUMN hidden_at timestamptz,
      ADD COLUMN hidden_by uuid REFERENCES users(id),
      ADD COLUMN hidden_reason text CHECK (char_length(hidden_reason) BETWEEN 5 AND 500),
      ADD CONSTRAINT spaces_hidden_together CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL) AND (hidden_at IS NULL) = (hidden_by IS NULL))`.execute(db);
  // The directory's index: listed by the owner and not taken down.
  await sql`DROP INDEX spaces_city`.execute(db);
  await sql`CREATE INDEX spaces_city ON spaces (city_slug) WHERE status = 'listed' AND hidden_at IS NULL`.execute(db);

  await sql`
    ALTER TABLE space_bookings DROP CONSTRAINT space_bookings_status_check,
      ADD CONSTRAINT space_bookings_status_check CHECK (status IN ('booked', 'cancelled_by_booker', 'cancelled_by_owner', 'cancelled_by_hunar', 'completed'))`.execute(db);

  await rewriteChecks(db);
}
