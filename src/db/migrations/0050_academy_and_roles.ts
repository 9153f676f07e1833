// Roles, and the skills academy's core (issue 20, docs/decisions/0056).
//
// - user_roles: the one table of granted roles (DESIGN.md, "Roles"): who has which role, who granted
//   it and when; a revocation closes the row (revoked_at, revoked_by) and a new grant is a new row, so
//   the history stays. At most one open grant per person and role. Admins stay users.is_admin (the
//   first admin is made by `npm run admin:create`); the roles here are the ones admins grant.
// - courses: a course in a track, teaching one skill, in English, Urdu or both; free or priced;
//   draft → published (→ unpublished by an admin). Its quiz settings and its project's brief and
//   rubric live here too; the question bank and the attempts are the assessments' own tables.
// - lessons: a course's lessons in order, Markdown in either or both languages, an optional video.
// - enrolments: one per learner and course; what was paid and the ledger transaction that paid it;
//   the lesson to resume at; when the course was completed (its quiz and project passed).
// - lesson_progress: the lessons a learner has finished.
import { type Kysely, sql } from 'kysely';
import { up as rewriteChecks } from './0026_check_constant_arrays.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE user_roles (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id),
      role text NOT NULL CHECK (role IN ('moderator', 'finance', 'support', 'instructor', 'mentor', 'legal_advisor', 'space_owner')),
      granted_by uuid REFERENCES users(id),
      granted_at timestamptz NOT NULL,
      revoked_by uuid REFERENCES users(id),
      revoked_at timestamptz,
      note text CHECK (char_length(note) <= 500),
      CHECK (revoked_by IS NULL OR revoked_at IS NOT NULL)
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX user_roles_open ON user_roles (user_id, role) WHERE revoked_at IS NULL`.execute(db);

  await sql`
    CREATE TABLE courses (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
      track text NOT NULL CHECK (track IN ('ai', 'data', 'cloud', 'blockchain', 'security', 'mobile', 'web', 'design', 'writing', 'marketing')),
      skill_slug text NOT NULL REFERENCES skills(slug),
      author_id uuid NOT NULL REFERENCES users(id),
      title_en text CHECK (char_length(title_en) BETWEEN 3 AND 120),
      title_ur text CHECK (char_length(title_ur) BETWEEN 3 AND 120),
      summary_en text CHECK (char_length(summary_en) <= 1000),
      summary_ur text CHECK (char_length(summary_ur) <= 1000),
      -- Free when 0; otherwise paid from the learner's wallet through the ledger.
      price_minor bigint NOT NULL DEFAULT 0 CHECK (price_minor >= 0),
      currency text NOT NULL DEFAULT 'PKR' CHECK (currency IN ('PKR', 'USD')),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'unpublished')),
      -- The quiz: the share of points to pass (percent), an optional time limit, attempts allowed,
      -- and how many questions an attempt draws from the bank (all of them when null).
      quiz_pass_percent smallint NOT NULL DEFAULT 70 CHECK (quiz_pass_percent BETWEEN 1 AND 100),
      quiz_time_limit_seconds integer CHECK (quiz_time_limit_seconds BETWEEN 60 AND 14400),
      quiz_attempts smallint NOT NULL DEFAULT 3 CHECK (quiz_attempts BETWEEN 1 AND 10),
      quiz_questions_per_attempt smallint CHECK (quiz_questions_per_attempt BETWEEN 1 AND 100),
      -- The graded project: its brief in either language, and the rubric:
      -- [{ "id": "...", "criterion_en": "...", "criterion_ur": "...", "points": 10 }].
      project_brief_en text CHECK (char_length(project_brief_en) <= 10000),
      project_brief_ur text CHECK (char_length(project_brief_ur) <= 10000),
      rubric jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(rubric) = 'array'),
      project_pass_percent smallint NOT NULL DEFAULT 60 CHECK (project_pass_percent BETWEEN 1 AND 100),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      published_at timestamptz,
      CHECK (title_en IS NOT NULL OR title_ur IS NOT NULL),
      CHECK (status = 'draft' OR published_at IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX courses_track ON courses (track, status)`.execute(db);
  await sql`CREATE INDEX courses_skill ON courses (skill_slug) WHERE status = 'published'`.execute(db);

  await sql`
    CREATE TABLE lessons (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      course_id uuid NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
      position smallint NOT NULL CHECK (position >= 1),
      title_en text CHECK (char_length(title_en) BETWEEN 1 AND 160),
      title_ur text CHECK (char_length(title_ur) BETWEEN 1 AND 160),
      body_en text CHECK (char_length(body_en) <= 40000),
      body_ur text CHECK (char_length(body_ur) <= 40000),
      video_url text CHECK (video_url ~ '^https://' AND length(video_url) <= 500),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      UNIQUE (course_id, position) DEFERRABLE INITIALLY IMMEDIATE,
      CHECK (title_en IS NOT NULL OR title_ur IS NOT NULL)
    )`.execute(db);

  await sql`
    CREATE TABLE enrolments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      course_id uuid NOT NULL REFERENCES courses(id),
      user_id uuid NOT NULL REFERENCES users(id),
      paid_minor bigint NOT NULL DEFAULT 0 CHECK (paid_minor >= 0),
      currency text NOT NULL DEFAULT 'PKR' CHECK (currency IN ('PKR', 'USD')),
      ledger_transaction_id uuid REFERENCES ledger_transactions(id),
      last_lesson_id uuid REFERENCES lessons(id) ON DELETE SET NULL,
      enrolled_at timestamptz NOT NULL,
      completed_at timestamptz,
      UNIQUE (course_id, user_id),
      CHECK ((paid_minor = 0) = (ledger_transaction_id IS NULL))
    )`.execute(db);
  await sql`CREATE INDEX enrolments_user ON enrolments (user_id, enrolled_at)`.execute(db);

  await sql`
    CREATE TABLE lesson_progress (
      enrolment_id uuid NOT NULL REFERENCES enrolments(id) ON DELETE CASCADE,
      lesson_id uuid NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,
      done_at timestamptz NOT NULL,
      PRIMARY KEY (enrolment_id, lesson_id)
    )`.execute(db);

  await rewriteChecks(db);
}
