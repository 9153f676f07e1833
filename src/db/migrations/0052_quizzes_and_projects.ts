// Quizzes and graded projects of the skills academy (issue 20, docs/decisions/0057).
//
// - quiz_questions: a course's question bank. Each question is single or multiple choice; its
//   choices are a JSON array [{ "id": "a", "text_en": "...", "text_ur": "...", "correct": true }]
//   whose ids are stable (an attempt records them), with one correct choice for a single-choice
//   question and at least one for a multiple-choice one.
// - quiz_attempts: one learner's go at the quiz. What was drawn is frozen with it: the questions and
//   the order their choices were shown in ([{ "question": uuid, "choices": ["c", "a", "b"] }]), and
//   the deadline when the course has a time limit. Submitted once: the answers
//   ({ "<question id>": ["a"] }), the questions right (score) and whether it passed. An attempt
//   never submitted before its deadline stays unsubmitted: it counts as used and never passes.
// - project_submissions: the learner's work for the course's project, at most twice (attempt 2 only
//   after attempt 1 was graded and failed): text, links and files (media, purpose project_file).
//   Graded once, against the course's rubric: the points per criterion, the total out of what the
//   rubric allowed then, written feedback, who graded it and when, and whether it passed.
//
// media's CHECKs are widened as in 0043 and 0046: each existing check that names `purpose` becomes
// "ours, or what it said before", and a new check says what a project file needs.
import { type Kysely, sql } from 'kysely';
import { up as rewriteChecks } from './0026_check_constant_arrays.ts';

const OURS = sql.raw(`purpose IN ('project_file')`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE quiz_questions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      course_id uuid NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
      position smallint NOT NULL CHECK (position >= 1),
      kind text NOT NULL CHECK (kind IN ('single', 'multiple')),
      prompt_en text CHECK (char_length(prompt_en) BETWEEN 1 AND 1000),
      prompt_ur text CHECK (char_length(prompt_ur) BETWEEN 1 AND 1000),
      choices jsonb NOT NULL CHECK (jsonb_typeof(choices) = 'array' AND jsonb_array_length(choices) BETWEEN 2 AND 8),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      UNIQUE (course_id, position) DEFERRABLE INITIALLY IMMEDIATE,
      CHECK (prompt_en IS NOT NULL OR prompt_ur IS NOT NULL),
      CHECK (CASE kind
        WHEN 'single' THEN jsonb_array_length(jsonb_path_query_array(choices, '$[*] ? (@.correct == true)')) = 1
        ELSE jsonb_array_length(jsonb_path_query_array(choices, '$[*] ? (@.correct == true)')) >= 1 END)
    )`.execute(db);

  await sql`
    CREATE TABLE quiz_attempts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      enrolment_id uuid NOT NULL REFERENCES enrolments(id) ON DELETE CASCADE,
      number smallint NOT NULL CHECK (number BETWEEN 1 AND 10),
      started_at timestamptz NOT NULL,
      deadline_at timestamptz CHECK (deadline_at > started_at),
      drawn jsonb NOT NULL CHECK (jsonb_typeof(drawn) = 'array' AND jsonb_array_length(drawn) BETWEEN 1 AND 100),
      submitted_at timestamptz,
      answers jsonb CHECK (jsonb_typeof(answers) = 'object'),
      score smallint CHECK (score >= 0),
      passed boolean,
      UNIQUE (enrolment_id, number),
      CHECK ((submitted_at IS NULL) = (answers IS NULL) AND (submitted_at IS NULL) = (score IS NULL) AND (submitted_at IS NULL) = (passed IS NULL))
    )`.execute(db);

  await sql`
    CREATE TABLE project_submissions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      enrolment_id uuid NOT NULL REFERENCES enrolments(id) ON DELETE CASCADE,
      attempt smallint NOT NULL CHECK (attempt BETWEEN 1 AND 2),
      body text CHECK (char_length(body) BETWEEN 1 AND 10000),
      links text[] NOT NULL DEFAULT '{}' CHECK (cardinality(links) <= 5),
      submitted_at timestamptz NOT NULL,
      graded_by uuid REFERENCES users(id),
      graded_at timestamptz,
      -- Points per rubric criterion: { "<criterion id>": 8 }; the total, and what the rubric allowed.
      scores jsonb CHECK (jsonb_typeof(scores) = 'object'),
      total smallint CHECK (total >= 0),
      out_of smallint CHECK (out_of >= 1),
      feedback text CHECK (char_length(feedback) BETWEEN 1 AND 5000),
      passed boolean,
      UNIQUE (enrolment_id, attempt),
      CHECK (total <= out_of),
      CHECK ((graded_at IS NULL) = (graded_by IS NULL) AND (graded_at IS NULL) = (scores IS NULL) AND (graded_at IS NULL) = (total IS NULL)
        AND (graded_at IS NULL) = (out_of IS NULL) AND (graded_at IS NULL) = (feedback IS NULL) AND (graded_at IS NULL) = (passed IS NULL))
    )`.execute(db);
  // The graders' queue: what waits longest first.
  await sql`CREATE INDEX project_submissions_queue ON project_submissions (submitted_at) WHERE graded_at IS NULL`.execute(db);

  await sql`ALTER TABLE media ADD COLUMN project_submission_id uuid REFERENCES project_submissions(id) ON DELETE CASCADE`.execute(db);
  const { rows } = await sql<{ name: string; def: string }>`
    SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
    WHERE conrelid = 'media'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%purpose%'`.execute(db);
  for (const r of rows) {
    const inner = /^CHECK \((.*)\)$/s.exec(r.def)?.[1];
    if (!inner) throw new Error(`unexpected constraint on media: ${r.def}`);
    await sql`ALTER TABLE media DROP CONSTRAINT ${sql.id(r.name)}, ADD CONSTRAINT ${sql.id(r.name)} CHECK (${OURS} OR (${sql.raw(inner)}))`.execute(db);
  }
  await sql`
    ALTER TABLE media ADD CONSTRAINT media_project_files CHECK (
      CASE WHEN ${OURS}
        THEN gig_id IS NULL AND portfolio_item_id IS NULL AND job_id IS NULL AND message_id IS NULL AND order_event_id IS NULL
          AND dispute_statement_id IS NULL AND file_name IS NOT NULL AND width IS NULL AND project_submission_id IS NOT NULL
        ELSE project_submission_id IS NULL
      END)`.execute(db);
  await sql`CREATE INDEX media_project_submission ON media (project_submission_id, position) WHERE project_submission_id IS NOT NULL`.execute(db);

  await rewriteChecks(db);
}
