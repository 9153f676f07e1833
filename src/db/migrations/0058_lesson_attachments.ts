// A lesson's pictures and files (issue 20, docs/decisions/0062): uploaded by the course's author (or
// an admin) on the lesson's edit page, kept as media rows that point at the lesson, as a project's
// files point at their submission (0052). No table of their own: media already holds the key, type,
// name, size and picture dimensions, and its trigger (0008) removes the stored files with the row.
//
// - media.lesson_id: the lesson; deleting it removes its pictures and files.
// - purpose lesson_image: a picture shown in the lesson's Markdown (re-encoded WebP, with its width
//   and height, and the name it was uploaded with for its alt text); purpose lesson_file: a PDF, ZIP
//   or plain text file to download (a file name, no dimensions).
//
// media's CHECKs are widened as in 0043, 0046, 0052 and 0053: each existing check that names
// `purpose` becomes "ours, or what it said before", and a new check says what a lesson's file needs.
import { type Kysely, sql } from 'kysely';
import { up as rewriteChecks } from './0026_check_constant_arrays.ts';

const OURS = sql.raw(`purpose IN ('lesson_image', 'lesson_file')`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE media ADD COLUMN lesson_id uuid REFERENCES lessons(id) ON DELETE CASCADE`.execute(db);
  const { rows } = await sql<{ name: string; def: string }>`
    SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
    WHERE conrelid = 'media'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%purpose%'`.execute(db);
  for (const r of rows) {
    const inner = /^CHECK \((.*)\)$/s.exec(r.def)?.[1];
    if (!inner) throw new Error(`unexpected constraint on media: ${r.def}`);
    await sql`ALTER TABLE media DROP CONSTRAINT ${sql.id(r.name)}, ADD CONSTRAINT ${sql.id(r.name)} CHECK (${OURS} OR (${sql.raw(inner)}))`.execute(db);
  }
  await sql`
    ALTER TABLE media ADD CONSTRAINT media_lesson_files CHECK (
      CASE WHEN ${OURS}
        THEN gig_id IS NULL AND portfolio_item_id IS NULL AND job_id IS NULL AND message_id IS NULL AND order_event_id IS NULL
          AND dispute_statement_id IS NULL AND project_submission_id IS NULL AND credential_id IS NULL AND lesson_id IS NOT NULL
          AND (purpose <> 'lesson_file' OR file_name IS NOT NULL) AND (purpose = 'lesson_image') = (width IS NOT NULL)
        ELSE lesson_id IS NULL
      END)`.execute(db);
  await sql`CREATE INDEX media_lesson ON media (lesson_id, position) WHERE lesson_id IS NOT NULL`.execute(db);

  await rewriteChecks(db);
}
