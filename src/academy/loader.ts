// The academy's seed content (src/seed/academy-courses.ts, ACADEMY_COURSES) into the database: each
// course published with its lessons in order, written by the demo account it names, who is made an
// instructor (user_roles, granted by nobody: the seed). The quiz's bank and the project's rubric are
// the assessments module's to load (loadAcademyAssessments); the course row already carries its quiz
// settings and project brief, so both modules read one row. Wired into src/seed/seed.ts by the
// coordinator; safe to run twice (a course already there by slug is left as it is).
import type { Tx } from '../db/pool.ts';
import type { Deps } from '../platform/deps.ts';
import { ACADEMY_COURSES } from '../seed/academy-courses.ts';
import { demoEmail } from '../seed/demo-people.ts';
import type { SeedCourse } from './seed-types.ts';

export interface LoadedCourses {
  courses: number;
  lessons: number;
}

export async function loadAcademyCourses(tx: Tx, deps: Pick<Deps, 'clock'>, courses: readonly SeedCourse[] = ACADEMY_COURSES): Promise<LoadedCourses> {
  const now = deps.clock.now();
  let lessons = 0;
  let loaded = 0;
  for (const c of courses) {
    const author = await tx.selectFrom('users').select('id').where('email', '=', demoEmail(c.author)).executeTakeFirst();
    if (!author) throw new Error(`academy seed: no demo account "${c.author}" for the course ${c.slug}`);
    await tx
      .insertInto('user_roles')
      .values({ user_id: author.id, role: 'instructor', granted_by: null, granted_at: now, note: 'Demo instructor (seed)' })
      .onConflict((oc) => oc.columns(['user_id', 'role']).where('revoked_at', 'is', null).doNothing())
      .execute();
    const row = await tx
      .insertInto('courses')
      .values({
        slug: c.slug,
        track: c.track,
        skill_slug: c.skill,
        author_id: author.id,
        title_en: c.title.en,
        title_ur: c.title.ur,
        summary_en: c.summary.en,
        summary_ur: c.summary.ur,
        price_minor: BigInt(c.priceMinor),
        currency: c.currency,
        status: 'published',
        quiz_pass_percent: c.quiz.passPercent,
        quiz_time_limit_seconds: c.quiz.timeLimitSeconds,
        quiz_attempts: c.quiz.attempts,
        quiz_questions_per_attempt: c.quiz.perAttempt,
        project_brief_en: c.project.brief.en,
        project_brief_ur: c.project.brief.ur,
        rubric: JSON.stringify(c.project.rubric.map((r) => ({ id: r.id, criterion_en: r.criterion.en, criterion_ur: r.criterion.ur, points: r.points }))),
        project_pass_percent: c.project.passPercent,
        created_at: now,
        updated_at: now,
        published_at: now,
      })
      .onConflict((oc) => oc.column('slug').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) continue;
    loaded += 1;
    if (c.lessons.length) {
      await tx
        .insertInto('lessons')
        .values(
          c.lessons.map((l, i) => ({
            course_id: row.id,
            position: i + 1,
            title_en: l.title.en,
            title_ur: l.title.ur,
            body_en: l.body.en,
            body_ur: l.body.ur,
            video_url: l.videoUrl ?? null,
            created_at: now,
            updated_at: now,
          })),
        )
        .execute();
      lessons += c.lessons.length;
    }
  }
  return { courses: loaded, lessons };
}
