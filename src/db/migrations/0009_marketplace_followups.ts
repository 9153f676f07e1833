// Follow-ups to the marketplace (issue 4):
// - proposals declined because the client hired someone else say so (declined_by = 'hire'), in the
//   freelancer's language, instead of carrying a reason the client never wrote;
// - the index behind the daily gig limit and the client's "jobs posted" count.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE proposals
      ADD COLUMN declined_by text CHECK (declined_by IN ('client', 'hire')),
      ADD CONSTRAINT proposals_declined_by CHECK ((status = 'declined') = (declined_by IS NOT NULL))
      NOT VALID`.execute(db);
  // Proposals declined before this migration were all declined by their client.
  await sql`UPDATE proposals SET declined_by = 'client' WHERE status = 'declined'`.execute(db);
  await sql`ALTER TABLE proposals VALIDATE CONSTRAINT proposals_declined_by`.execute(db);
  await sql`CREATE INDEX gigs_seller_created ON gigs (seller_id, created_at DESC)`.execute(db);
}
