// What the certificate tests share: a learner (Urdu by default) who completed a published course in
// both languages and holds its certificate, issued as the assessments module issues it, and an admin.
import { randomUUID } from 'node:crypto';
import type { TestEnv } from '../../test/support.ts';
import { type Person, person } from '../../test/world.ts';
import { issueCourseCertificate } from './issue.ts';

export const COURSE_EN = 'Prompting and using AI tools for clients';
export const COURSE_UR = 'کلائنٹس کے لیے اے آئی ٹولز کا استعمال';

export async function certificateWorld(env: TestEnv, name = 'Ayesha Siddiqui') {
  const learner: Person = await person(env, name, { role: 'freelancer', locale: 'ur' });
  const admin: Person = await person(env, 'Site Admin', { role: 'admin' });
  const skill = await env.deps.db.selectFrom('skills').select(['slug', 'name_en', 'name_ur']).orderBy('slug').limit(1).executeTakeFirstOrThrow();
  const now = env.clock.now();
  const course = await env.deps.db
    .insertInto('courses')
    .values({
      slug: `course-${randomUUID().slice(0, 8)}`,
      track: 'ai',
      skill_slug: skill.slug,
      author_id: admin.user.id,
      title_en: COURSE_EN,
      title_ur: COURSE_UR,
      summary_en: 'Use AI tools to deliver client work faster, and say so honestly.',
      status: 'published',
      published_at: now,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await env.deps.db.insertInto('enrolments').values({ course_id: course.id, user_id: learner.user.id, enrolled_at: now }).execute();
  const issued = await env.deps.db.transaction().execute((tx) => issueCourseCertificate(tx, env.deps, { userId: learner.user.id, courseId: course.id, completedAt: new Date(now.getTime() - 86_400_000) }));
  if (!issued) throw new Error('no certificate issued');
  const { jwt } = await env.deps.db.selectFrom('credentials').select('jwt').where('code', '=', issued.code).executeTakeFirstOrThrow();
  return { learner, admin, skill, code: issued.code, jwt: jwt!, courseId: course.id };
}
