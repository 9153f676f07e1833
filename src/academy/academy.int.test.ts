import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { fundWallet, person, type Person } from '../../test/world.ts';
import { balanceOf, checkWholeLedger } from '../ledger/service.ts';
import { hasRole } from '../platform/roles.ts';
import { loadAcademyCourses } from './loader.ts';
import type { SeedCourse } from './seed-types.ts';

let env: TestEnv;
let admin: Person;
let teacher: Person;
let learner: Person;
let urduLearner: Person;
let stranger: Person;

beforeAll(async () => {
  env = await testEnv();
  admin = await person(env, 'Sana Admin', { role: 'admin' });
  teacher = await person(env, 'Usman Tariq', { role: 'freelancer' });
  learner = await person(env, 'Emma Client', { role: 'client' });
  urduLearner = await person(env, 'عائشہ صدیقی', { role: 'freelancer', locale: 'ur' });
  stranger = await person(env, 'Nobody', { role: 'client' });
});
afterAll(() => env.close());

const text = async (res: Response) => visibleText(await res.text());
const audits = (kind: string) => env.deps.db.selectFrom('audit_events').selectAll().where('kind', '=', kind).execute();
async function ledgerClean() {
  const { results } = await checkWholeLedger(env.deps.db);
  expect(results.filter((r) => !r.ok)).toEqual([]);
}
const wallet = (p: Person) => balanceOf(env.deps.db, { kind: 'client_wallet', ownerId: p.user.id, currency: 'PKR' });
const enrolApi = (p: Person, slug: string, key: string | null = crypto.randomUUID()) => p.client.json('POST', `/api/v1/academy/courses/${slug}/enrol`, undefined, key ? { 'idempotency-key': key } : {});

const LESSON_EN = ['# Your first server', '', 'Run this, then **check** the [console](https://console.aws.amazon.com):', '', '```bash', 'aws ec2 describe-instances --region ap-south-1', '```', '', '<script>alert("x")</script>'].join('\n');
const LESSON_UR = ['# آپ کا پہلا سرور', '', 'یہ کمانڈ چلائیں:', '', '```bash', 'aws ec2 describe-instances --region ap-south-1', '```'].join('\n');

describe('roles at /admin/roles', () => {
  it('lets admins grant a role by e-mail or handle with a note, audited, and no one else', async () => {
    expect((await learner.client.get('/admin/roles')).status).toBe(403);
    expect((await learner.client.post('/admin/roles', { person: learner.user.email, role: 'instructor' })).status).toBe(403);
    expect(await hasRole(env.deps.db, learner.user.id, 'instructor')).toBe(false);

    const granted = await admin.client.post('/admin/roles', { person: teacher.user.email, role: 'instructor', note: 'Writes the cloud course' });
    expect(granted.status).toBe(303);
    expect(await hasRole(env.deps.db, teacher.user.id, 'instructor')).toBe(true);
    const page = await text(await admin.client.get('/admin/roles'));
    expect(page).toContain('Usman Tariq');
    expect(page).toContain('Writes the cloud course');
    const [a] = await audits('role.granted');
    expect(a).toMatchObject({ actor_id: admin.user.id, subject_id: teacher.user.id });
    expect(a!.data).toMatchObject({ role: 'instructor', note: 'Writes the cloud course' });

    // Twice: a clear message, nothing added. An unknown person: the field says so.
    const again = await admin.client.post('/admin/roles', { person: teacher.user.email, role: 'instructor' });
    expect(again.status).toBe(409);
    expect(await text(again)).toContain('already holds that role');
    const unknown = await admin.client.post('/admin/roles', { person: 'nobody@nowhere.pk', role: 'mentor' });
    expect(unknown.status).toBe(400);
    expect(await text(unknown)).toContain('No one on Hunar has this e-mail address or handle');
  });

  it('revokes a grant, keeping the row and auditing it', async () => {
    const { handle } = await env.deps.db.selectFrom('users').select('handle').where('id', '=', stranger.user.id).executeTakeFirstOrThrow();
    expect((await admin.client.post('/admin/roles', { person: `@${handle}`, role: 'mentor' })).status).toBe(303);
    const grant = await env.deps.db.selectFrom('user_roles').select('id').where('user_id', '=', stranger.user.id).where('role', '=', 'mentor').executeTakeFirstOrThrow();
    expect((await stranger.client.post(`/admin/roles/${grant.id}/revoke`, {})).status).toBe(403);
    expect((await admin.client.post(`/admin/roles/${grant.id}/revoke`, {})).status).toBe(303);
    expect(await hasRole(env.deps.db, stranger.user.id, 'mentor')).toBe(false);
    const row = await env.deps.db.selectFrom('user_roles').selectAll().where('id', '=', grant.id).executeTakeFirstOrThrow();
    expect(row.revoked_by).toBe(admin.user.id);
    expect((await audits('role.revoked')).map((r) => r.subject_id)).toEqual([stranger.user.id]);
    expect((await admin.client.post(`/admin/roles/${grant.id}/revoke`, {})).status).toBe(409);
  });
});

describe('authoring, publishing and unpublishing', () => {
  it('lets only instructors write courses, as drafts no learner sees', async () => {
    expect((await learner.client.post('/academy/teach/new', { slug: 'sneaky', track: 'ai', skill: 'ai-ml', title_en: 'Sneaky' })).status).toBe(403);
    const bad = await teacher.client.post('/academy/teach/new', { slug: 'Bad Slug!', track: 'cloud', skill: 'cloud-computing', price: 'lots' });
    expect(bad.status).toBe(400);
    expect(await text(bad)).toContain('Use lowercase English letters, digits and single hyphens');
    const untitled = await teacher.client.post('/academy/teach/new', { slug: 'untitled', track: 'cloud', skill: 'cloud-computing' });
    expect(untitled.status).toBe(400);
    expect(await text(untitled)).toContain('Give a title in English, in Urdu, or both.');

    const made = await teacher.client.post('/academy/teach/new', { slug: 'cloud-basics', track: 'cloud', skill: 'cloud-computing', title_en: 'Cloud basics on a free tier', title_ur: 'مفت ٹیئر پر کلاؤڈ کی بنیادی باتیں', price: '0', currency: 'PKR' });
    expect(made.status).toBe(303);
    expect(made.headers.get('location')).toBe('/academy/teach/cloud-basics');
    expect((await learner.client.get('/academy/courses/cloud-basics')).status).toBe(404);
    expect(await text(await teacher.client.get('/academy/courses/cloud-basics'))).toContain('Draft: only you');

    // Publishing needs a lesson.
    const early = await teacher.client.post('/academy/teach/cloud-basics/publish', {});
    expect(early.status).toBe(409);
    expect(await text(early)).toContain('Add at least one lesson before publishing.');

    expect((await teacher.client.post('/academy/teach/cloud-basics/lessons/new', { title_en: 'Your first server', title_ur: 'آپ کا پہلا سرور', body_en: LESSON_EN, body_ur: LESSON_UR, video_url: 'https://www.youtube.com/watch?v=abc' })).status).toBe(303);
    expect((await teacher.client.post('/academy/teach/cloud-basics/lessons/new', { title_en: 'Budgets and alarms', body_en: 'Set a **budget** of $1.\n\n![The billing page](https://example.com/billing.png) ![A chart](/media/abc123/card)' })).status).toBe(303);
    const badVideo = await teacher.client.post('/academy/teach/cloud-basics/lessons/2', { title_en: 'Budgets', video_url: 'javascript:alert(1)' });
    expect(badVideo.status).toBe(400);
    expect(await text(badVideo)).toContain('Enter a full https:// link.');

    // The author previews a lesson as a learner would (nothing recorded).
    const preview = await text(await teacher.client.get('/academy/courses/cloud-basics/lessons/1'));
    expect(preview).toContain('Preview: you see this lesson as a learner would.');

    // Someone else's course is not theirs to edit, even as an instructor.
    await admin.client.post('/admin/roles', { person: stranger.user.email, role: 'instructor' });
    expect((await stranger.client.get('/academy/teach/cloud-basics')).status).toBe(404);
    expect((await stranger.client.post('/academy/teach/cloud-basics/publish', {})).status).toBe(404);

    expect((await teacher.client.post('/academy/teach/cloud-basics/publish', {})).status).toBe(303);
    const [p] = await audits('course.published');
    expect(p).toMatchObject({ actor_id: teacher.user.id });
    expect((await learner.client.get('/academy/courses/cloud-basics')).status).toBe(200);
    const home = await text(await learner.client.get('/academy'));
    expect(home).toContain('Cloud basics on a free tier');
    expect(home).toContain('Cybersecurity');
  });

  it('lets admins, and only admins, take a course down with a reason; enrolled learners keep reading', async () => {
    await teacher.client.post('/academy/teach/new', { slug: 'take-down', track: 'web', skill: 'wordpress', title_en: 'A course to take down', price: '0' });
    await teacher.client.post('/academy/teach/take-down/lessons/new', { title_en: 'One', body_en: 'Text.' });
    await teacher.client.post('/academy/teach/take-down/publish', {});
    expect((await enrolApi(learner, 'take-down')).status).toBe(200);

    expect((await teacher.client.post('/academy/teach/take-down/unpublish', { note: 'I want to' })).status).toBe(403);
    const noReason = await admin.client.post('/academy/teach/take-down/unpublish', { note: '' });
    expect(noReason.status).toBe(400);
    expect((await admin.client.post('/academy/teach/take-down/unpublish', { note: 'Copied from a paid course' })).status).toBe(303);
    const [u] = await audits('course.unpublished');
    expect(u).toMatchObject({ actor_id: admin.user.id });
    expect(u!.data).toMatchObject({ note: 'Copied from a paid course', before: 'published', after: 'unpublished' });

    expect((await stranger.client.get('/academy/courses/take-down')).status).toBe(404);
    expect((await learner.client.get('/academy/courses/take-down/lessons/1')).status).toBe(200);
    // The instructor cannot put it back; an admin can.
    expect((await teacher.client.post('/academy/teach/take-down/publish', {})).status).toBe(409);
    expect((await admin.client.post('/academy/teach/take-down/publish', {})).status).toBe(303);
  });
});

describe('learning', () => {
  it('enrols for free, shows lessons safely in the reader’s language, records progress and resumes', async () => {
    expect((await learner.client.get('/academy/courses/cloud-basics/lessons/1')).status).toBe(403);
    const enrolled = await enrolApi(learner, 'cloud-basics');
    expect(enrolled.status).toBe(200);
    expect(await enrolled.json()).toMatchObject({ course: 'cloud-basics', paid: { amount: '0', currency: 'PKR' }, ledger_transaction: null, created: true });

    const res = await learner.client.get('/academy/courses/cloud-basics/lessons/1');
    const html = await res.text();
    // The author's <script> is text, never markup; the code block reads left to right.
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toMatch(/<pre class="code md-code" dir="ltr" data-language="bash"><code>aws ec2 describe-instances/);
    expect(html).toContain('href="https://console.aws.amazon.com"');
    expect(visibleText(html)).toContain('اردو میں پڑھیں');
    expect(visibleText(html)).toContain('Watch the video');

    // An Urdu reader gets the Urdu lesson first (code still left to right), English as the switch.
    expect((await enrolApi(urduLearner, 'cloud-basics')).status).toBe(200);
    const ur = await urduLearner.client.get('/academy/courses/cloud-basics/lessons/1');
    const urHtml = await ur.text();
    expect(urHtml).toContain('<article class="lesson" lang="ur" dir="rtl">');
    expect(visibleText(urHtml)).toContain('آپ کا پہلا سرور');
    expect(visibleText(urHtml)).toContain('Read in English');
    expect(urHtml).toContain('<pre class="code md-code" dir="ltr"');
    const switched = await urduLearner.client.get('/academy/courses/cloud-basics/lessons/1?lang=en');
    expect(await switched.text()).toContain('<article class="lesson" lang="en" dir="ltr">');

    // Pictures from this site show in place; one from elsewhere is a link (nothing loads from another server).
    const second = await learner.client.get('/academy/courses/cloud-basics/lessons/2');
    const secondHtml = await second.text();
    expect(secondHtml).toContain('<a href="https://example.com/billing.png" class="md-image-link" rel="noopener noreferrer">The billing page</a>');
    expect(secondHtml).toContain('<img src="/media/abc123/card" alt="A chart"');
    expect(secondHtml).not.toContain('<img src="https://');

    // Done: progress moves, and the next lesson is where to resume.
    const done = await learner.client.post('/academy/courses/cloud-basics/lessons/1/done', {});
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/academy/courses/cloud-basics/lessons/2');
    const again = await learner.client.json('POST', '/api/v1/academy/courses/cloud-basics/lessons/1/done');
    expect(await again.json()).toMatchObject({ n: 1, done: 1, total: 2, percent: 50, next: 2 });
    const course = await (await learner.client.json('GET', '/api/v1/academy/courses/cloud-basics')).json();
    expect(course.enrolment).toMatchObject({ done: 1, percent: 50, resume_at: 2 });
    expect(course.lessons.map((l: { done: boolean }) => l.done)).toEqual([true, false]);

    // Opening lesson 1 again makes it the place to resume.
    await learner.client.get('/academy/courses/cloud-basics/lessons/1');
    const learning = await (await learner.client.json('GET', '/api/v1/me/learning')).json();
    expect(learning.courses.find((c: { course: { slug: string } }) => c.course.slug === 'cloud-basics')).toMatchObject({ done: 1, percent: 50, resume_at: 1 });
    const page = await text(await learner.client.get('/learning'));
    expect(page).toContain('Cloud basics on a free tier');
    expect(page).toContain('50% done (1 of 2 lessons)');
    expect(page).toContain('Resume at lesson 1');

    // A stranger cannot mark lessons of a course they are not enrolled in.
    expect((await stranger.client.json('POST', '/api/v1/academy/courses/cloud-basics/lessons/1/done')).status).toBe(403);
  });

  it('takes a paid course’s price from the wallet once through the ledger; short of money, nothing changes', async () => {
    await teacher.client.post('/academy/teach/new', { slug: 'ai-for-clients', track: 'ai', skill: 'ai-ml', title_en: 'Prompting and AI tools for clients', price: '1,500', currency: 'PKR' });
    await teacher.client.post('/academy/teach/ai-for-clients/lessons/new', { title_en: 'Prompts', body_en: 'Be specific.' });
    await teacher.client.post('/academy/teach/ai-for-clients/publish', {});

    // No money: a translated message with a link to add exactly what is missing; nothing charged or recorded.
    const short = await learner.client.post('/academy/courses/ai-for-clients/enrol', { idempotency_key: crypto.randomUUID() });
    expect(short.status).toBe(409);
    const html = await short.text();
    expect(visibleText(html)).toContain('Nothing was charged. Add money, then enrol.');
    expect(html).toContain('/wallet/top-up?amount=1500.00&amp;currency=PKR&amp;return_to=%2Facademy%2Fcourses%2Fai-for-clients');
    expect(await env.deps.db.selectFrom('enrolments as e').innerJoin('courses as c', 'c.id', 'e.course_id').select('e.id').where('c.slug', '=', 'ai-for-clients').execute()).toEqual([]);
    const api = await enrolApi(learner, 'ai-for-clients');
    expect(api.status).toBe(409);
    expect((await api.json()).code).toBe('ledger.insufficient_funds');

    // Without an Idempotency-Key the API refuses (400).
    expect((await enrolApi(learner, 'ai-for-clients', null)).status).toBe(400);

    await fundWallet(env, learner, 200_000n, 'PKR');
    const first = await enrolApi(learner, 'ai-for-clients');
    const body = await first.json();
    expect(body).toMatchObject({ paid: { amount: '150000', currency: 'PKR' }, created: true });
    expect(body.ledger_transaction).toMatch(/^[0-9a-f-]{36}$/);
    // Again, with another key, and twice at once: enrolled once, charged once.
    const [a, b] = await Promise.all([enrolApi(learner, 'ai-for-clients'), enrolApi(learner, 'ai-for-clients')]);
    expect((await a.json()).created).toBe(false);
    expect((await b.json()).created).toBe(false);
    expect(await wallet(learner)).toBe(50_000n);
    const tx = await env.deps.db.selectFrom('ledger_transactions').select(['kind']).where('id', '=', body.ledger_transaction).executeTakeFirstOrThrow();
    expect(tx.kind).toBe('course_enrolment');
    // The form, too, only says so.
    const form = await learner.client.post('/academy/courses/ai-for-clients/enrol', { idempotency_key: crypto.randomUUID() });
    expect(form.status).toBe(303);
    expect(await wallet(learner)).toBe(50_000n);
    await ledgerClean();
  });

  it('shows a skill’s demand, with "not enough data yet" below ten completed orders', async () => {
    const page = await text(await learner.client.get('/academy/skills/cloud-computing'));
    expect(page).toContain('Cloud computing (AWS, Azure, GCP): demand and pay');
    expect(page).toContain('Not enough data yet');
    expect(page).toContain('Completed orders in the last 365 days');
    expect(page).toContain('Cloud basics on a free tier');
    expect((await learner.client.get('/academy/skills/juggling')).status).toBe(404);
  });
});

describe('the seed loader', () => {
  it('loads courses as published with their lessons, by a demo author made an instructor', async () => {
    // The demo account the fixture names.
    const { createAccount } = await import('../accounts/service.ts');
    const author = await createAccount(env.deps.db, env.deps, { email: 'bilal@demo.hunar.pk', password: 'hunar-demo-2026', displayName: 'Bilal Ahmed', isFreelancer: true, isClient: false, locale: 'en', verified: true, onboarded: true });
    const fixture: SeedCourse = {
      slug: 'web-first-site',
      track: 'web',
      skill: 'web-development',
      author: 'bilal',
      title: { en: 'Your first website', ur: 'آپ کی پہلی ویب سائٹ' },
      summary: { en: 'HTML in an afternoon.', ur: 'ایک دوپہر میں HTML۔' },
      priceMinor: 0,
      currency: 'PKR',
      lessons: [
        { title: { en: 'Tags', ur: 'ٹیگز' }, body: { en: 'Use `<p>`.', ur: '`<p>` استعمال کریں۔' } },
        { title: { en: 'Links', ur: 'لنکس' }, body: { en: 'Use `<a>`.', ur: '`<a>` استعمال کریں۔' }, videoUrl: 'https://www.youtube.com/watch?v=xyz' },
      ],
      quiz: { passPercent: 70, timeLimitSeconds: 600, attempts: 3, perAttempt: null, questions: [] },
      project: { brief: { en: 'Build a page.', ur: 'ایک صفحہ بنائیں۔' }, passPercent: 60, rubric: [{ id: 'works', criterion: { en: 'It works', ur: 'یہ چلتا ہے' }, points: 10 }] },
    };
    const loaded = await env.deps.db.transaction().execute((tx) => loadAcademyCourses(tx, env.deps, [fixture]));
    expect(loaded).toEqual({ courses: 1, lessons: 2 });
    expect(await hasRole(env.deps.db, author.id, 'instructor')).toBe(true);
    const c = await env.deps.db.selectFrom('courses').selectAll().where('slug', '=', 'web-first-site').executeTakeFirstOrThrow();
    expect(c).toMatchObject({ status: 'published', author_id: author.id, quiz_time_limit_seconds: 600, project_brief_ur: 'ایک صفحہ بنائیں۔' });
    expect(c.rubric).toEqual([{ id: 'works', criterion_en: 'It works', criterion_ur: 'یہ چلتا ہے', points: 10 }]);
    // Twice: nothing more.
    expect(await env.deps.db.transaction().execute((tx) => loadAcademyCourses(tx, env.deps, [fixture]))).toEqual({ courses: 0, lessons: 0 });
    const visitor = new TestClient(env.app);
    expect(await text(await visitor.get('/academy/courses/web-first-site'))).toContain('Your first website');
  });
});
