// The academy's ways between its pages (issue 20): /academy and /learning link to the mentors'
// directory; /learning links to the grading queue for the people who may grade (admins, mentors,
// instructors who wrote a course), and only for them; a freelancer's dashboard links to /mentoring.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv } from '../../test/support.ts';
import { type Person, person } from '../../test/world.ts';

let env: TestEnv;
let admin: Person;
let learner: Person;
let mentor: Person;
let instructor: Person;
let client: Person;

const html = async (p: Person | null, path: string) => {
  const res = await (p ? p.client : new TestClient(env.app, { 'accept-language': 'en' })).get(path);
  expect(res.status).toBe(200);
  return res.text();
};
const links = (page: string, href: string) => page.includes(`href="${href}"`);

beforeAll(async () => {
  env = await testEnv();
  admin = await person(env, 'Admin', { role: 'admin' });
  learner = await person(env, 'Zainab Learner', { role: 'freelancer', locale: 'ur' });
  mentor = await person(env, 'Ayesha Mentor', { role: 'freelancer' });
  instructor = await person(env, 'Bilal Instructor', { role: 'freelancer' });
  client = await person(env, 'Emma Client', { role: 'client' });
  expect((await admin.client.post('/admin/roles', { person: mentor.user.email, role: 'mentor' })).status).toBe(303);
  expect((await admin.client.post('/admin/roles', { person: instructor.user.email, role: 'instructor' })).status).toBe(303);
  const now = env.clock.now();
  await env.deps.db
    .insertInto('courses')
    .values({
      slug: `course-${randomUUID().slice(0, 8)}`,
      track: 'cloud',
      skill_slug: 'cloud-computing',
      author_id: instructor.user.id,
      title_en: 'Cloud basics on a free tier',
      summary_en: 'Run a small site on a free tier without a surprise bill.',
      status: 'draft',
      created_at: now,
      updated_at: now,
    })
    .execute();
}, 60_000);
afterAll(() => env.close());

describe('links between the academy’s pages', () => {
  it('the academy home links to the mentors, for visitors and learners alike', async () => {
    expect(links(await html(null, '/academy'), '/mentors')).toBe(true);
    const page = await html(learner, '/academy');
    expect(links(page, '/mentors')).toBe(true);
    expect(page).toContain('کوئی مینٹر تلاش کریں');
  });

  it('my learning links to the mentors, and to the grading queue only for those who may grade', async () => {
    const own = await html(learner, '/learning');
    expect(links(own, '/mentors')).toBe(true);
    expect(links(own, '/academy/grading')).toBe(false);
    for (const grader of [mentor, instructor, admin]) {
      const page = await html(grader, '/learning');
      expect(links(page, '/academy/grading')).toBe(true);
      expect(page).toContain('Projects to grade');
      // The link leads somewhere they may go.
      expect((await grader.client.get('/academy/grading')).status).toBe(200);
    }
  });

  it('a freelancer’s dashboard links to their mentoring; a client’s does not', async () => {
    const page = await html(learner, '/dashboard');
    expect(links(page, '/mentoring')).toBe(true);
    expect(page).toContain('میری مینٹرنگ: مینٹرز کے ساتھ سیشنز');
    expect(links(await html(client, '/dashboard'), '/mentoring')).toBe(false);
  });
});
