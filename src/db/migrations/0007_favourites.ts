// Saved listings ("favourites"): a person's saved gigs, jobs and freelancers. Each row points at
// its target through a foreign key of its own kind (gig_id, job_id or freelancer_id; exactly one,
// equal to target_id), so deleting a gig, a job or an account removes the saved entries with it.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE favourites (
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('gig', 'job', 'freelancer')),
      target_id uuid NOT NULL,
      gig_id uuid REFERENCES gigs(id) ON DELETE CASCADE,
      job_id uuid REFERENCES jobs(id) ON DELETE CASCADE,
      freelancer_id uuid REFERENCES users(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (user_id, kind, target_id),
      CHECK (
        (kind = 'gig' AND gig_id = target_id AND job_id IS NULL AND freelancer_id IS NULL)
        OR (kind = 'job' AND job_id = target_id AND gig_id IS NULL AND freelancer_id IS NULL)
        OR (kind = 'freelancer' AND freelancer_id = target_id AND gig_id IS NULL AND job_id IS NULL)
      )
    )`.execute(db);
  await sql`CREATE INDEX favourites_user_recent ON favourites (user_id, created_at DESC)`.execute(db);
  // The cascades look rows up by target.
  await sql`CREATE INDEX favourites_gig ON favourites (gig_id) WHERE gig_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX favourites_job ON favourites (job_id) WHERE job_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX favourites_freelancer ON favourites (freelancer_id) WHERE freelancer_id IS NOT NULL`.execute(db);
}
