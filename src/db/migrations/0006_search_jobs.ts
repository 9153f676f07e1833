// Search index for jobs (issue 4), the same way 0005_search.ts indexes gigs: STORED generated
// columns built by hunar_normalize(), so posting or editing a job re-indexes it with no service code.
// The indexes are partial on what search may ever show: open, public jobs. Invite-only jobs are
// listed to invited freelancers on the job page only, and closed jobs not at all.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE jobs
      ADD COLUMN search_doc text GENERATED ALWAYS AS (hunar_normalize(title || ' ' || description)) STORED,
      ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, hunar_normalize(title || ' ' || description))) STORED`.execute(db);
  await sql`CREATE INDEX jobs_search_trgm ON jobs USING gin (search_doc gin_trgm_ops) WHERE status = 'open' AND visibility = 'public'`.execute(db);
  await sql`CREATE INDEX jobs_search_tsv ON jobs USING gin (search_tsv) WHERE status = 'open' AND visibility = 'public'`.execute(db);
  await sql`CREATE INDEX jobs_search_skills ON jobs USING gin (skills) WHERE status = 'open' AND visibility = 'public'`.execute(db);
  await sql`CREATE INDEX jobs_search_category ON jobs (category_slug, created_at DESC) WHERE status = 'open' AND visibility = 'public'`.execute(db);
}
