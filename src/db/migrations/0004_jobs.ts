// Job posts, invitations to invite-only jobs, and freelancers' proposals. A proposal is in the job's
// currency (enforced by a foreign key on (job id, currency)); a hired proposal with its agreed terms
// is the hand-off to contracts (next issue). Attachments are not stored yet (no file storage).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE jobs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      client_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
      description text NOT NULL CHECK (length(description) BETWEEN 1 AND 5000),
      category_slug text REFERENCES skill_categories(slug),
      skills text[] NOT NULL DEFAULT '{}' CHECK (cardinality(skills) <= 10),
      kind text NOT NULL CHECK (kind IN ('fixed', 'hourly')),
      budget_minor bigint CHECK (budget_minor > 0 AND budget_minor <= 10000000000),
      rate_min_minor bigint CHECK (rate_min_minor > 0 AND rate_min_minor <= 10000000000),
      rate_max_minor bigint CHECK (rate_max_minor > 0 AND rate_max_minor <= 10000000000),
      weekly_hours smallint CHECK (weekly_hours BETWEEN 1 AND 80),
      currency text NOT NULL CHECK (currency IN ('PKR', 'USD')),
      duration text NOT NULL CHECK (duration IN ('lt_1_week', '1_4_weeks', '1_3_months', 'gt_3_months')),
      experience text NOT NULL CHECK (experience IN ('entry', 'intermediate', 'expert')),
      visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'invite_only')),
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      closed_at timestamptz,
      UNIQUE (id, currency),
      CHECK (
        (kind = 'fixed' AND budget_minor IS NOT NULL AND rate_min_minor IS NULL AND rate_max_minor IS NULL AND weekly_hours IS NULL)
        OR (kind = 'hourly' AND budget_minor IS NULL AND rate_min_minor IS NOT NULL AND rate_max_minor IS NOT NULL
            AND rate_min_minor <= rate_max_minor AND weekly_hours IS NOT NULL)
      ),
      CHECK ((status = 'closed') = (closed_at IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX jobs_client ON jobs (client_id, created_at DESC)`.execute(db);
  await sql`CREATE INDEX jobs_open ON jobs (created_at DESC, id DESC) WHERE status = 'open' AND visibility = 'public'`.execute(db);

  await sql`
    CREATE TABLE job_invites (
      job_id uuid NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
      freelancer_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (job_id, freelancer_id)
    )`.execute(db);
  await sql`CREATE INDEX job_invites_freelancer ON job_invites (freelancer_id)`.execute(db);

  await sql`
    CREATE TABLE proposals (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      job_id uuid NOT NULL,
      freelancer_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      cover_letter text NOT NULL CHECK (length(cover_letter) BETWEEN 1 AND 5000),
      price_minor bigint CHECK (price_minor > 0 AND price_minor <= 10000000000),
      rate_minor bigint CHECK (rate_minor > 0 AND rate_minor <= 10000000000),
      currency text NOT NULL CHECK (currency IN ('PKR', 'USD')),
      delivery_days smallint NOT NULL CHECK (delivery_days BETWEEN 1 AND 365),
      milestones jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(milestones) = 'array' AND jsonb_array_length(milestones) <= 10),
      status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'shortlisted', 'declined', 'withdrawn', 'hired')),
      decline_reason text CHECK (length(decline_reason) <= 500),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      UNIQUE (job_id, freelancer_id),
      CHECK ((price_minor IS NULL) <> (rate_minor IS NULL)),
      FOREIGN KEY (job_id, currency) REFERENCES jobs (id, currency) ON DELETE CASCADE ON UPDATE CASCADE
    )`.execute(db);
  await sql`CREATE INDEX proposals_job ON proposals (job_id, created_at)`.execute(db);
  await sql`CREATE INDEX proposals_freelancer ON proposals (freelancer_id, created_at DESC)`.execute(db);
}
