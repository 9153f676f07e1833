// The seed courses' quizzes and projects (src/seed/academy-courses.ts): each course's question bank
// into quiz_questions, and its quiz settings, project brief and rubric onto its course row. The
// academy's loader (loadAcademyCourses) inserts the course rows first; they are matched by slug.
// Not wired into the seed here: the coordinator calls it after the academy's loader.
import type { Tx } from '../db/pool.ts';
import type { SeedCourse } from '../academy/seed-types.ts';
import type { Deps } from '../platform/deps.ts';
import { ACADEMY_COURSES } from '../seed/academy-courses.ts';
import type { BankChoice } from './domain.ts';

/** A seed question's choices with stable ids: a, b, c… in the order written. */
export const seedChoices = (choices: SeedCourse['quiz']['questions'][number]['choices']): BankChoice[] =>
  choices.map((c, i) => ({ id: String.fromCharCode(97 + i), text_en: c.text.en, text_ur: c.text.ur, correct: c.correct }));

/**
 * Loads every seed course's quiz and project. A course that already has questions keeps them (so
 * loading twice changes nothing and attempts already drawn stay answerable). Returns how many
 * questions were written.
 */
export async function loadAcademyAssessments(tx: Tx, deps: Pick<Deps, 'clock'>, courses: readonly SeedCourse[] = ACADEMY_COURSES): Promise<number> {
  const now = deps.clock.now();
  let written = 0;
  for (const course of courses) {
    const row = await tx.selectFrom('courses').select('id').where('slug', '=', course.slug).executeTakeFirst();
    if (!row) throw new Error(`loadAcademyAssessments: no course ${course.slug}; load the academy's courses first`);
    await tx
      .updateTable('courses')
      .set({
        quiz_pass_percent: course.quiz.passPercent,
        quiz_time_limit_seconds: course.quiz.timeLimitSeconds,
        quiz_attempts: course.quiz.attempts,
        quiz_questions_per_attempt: course.quiz.perAttempt,
        project_brief_en: course.project.brief.en,
        project_brief_ur: course.project.brief.ur,
        rubric: JSON.stringify(course.project.rubric.map((r) => ({ id: r.id, criterion_en: r.criterion.en, criterion_ur: r.criterion.ur, points: r.points }))),
        project_pass_percent: course.project.passPercent,
      })
      .where('id', '=', row.id)
      .execute();
    const has = await tx.selectFrom('quiz_questions').select('id').where('course_id', '=', row.id).limit(1).executeTakeFirst();
    if (has || course.quiz.questions.length === 0) continue;
    await tx
      .insertInto('quiz_questions')
      .values(
        course.quiz.questions.map((q, i) => ({
          course_id: row.id,
          position: i + 1,
          kind: q.kind,
          prompt_en: q.prompt.en,
          prompt_ur: q.prompt.ur,
          choices: JSON.stringify(seedChoices(q.choices)),
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    written += course.quiz.questions.length;
  }
  return written;
}
