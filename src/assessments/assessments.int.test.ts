// Quizzes and graded projects against a real database, through the pages and the API as people use
// them. Courses and enrolments are inserted as rows (the academy's tables are the contract).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { type Person, person } from '../../test/world.ts';
import type { SeedCourse } from '../academy/seed-types.ts';
import type { BankChoice } from './domain.ts';
import { loadAcademyAssessments } from './seed.ts';
import { assessmentStatus } from './service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

const db = () => env.deps.db;
const RUBRIC = [
  { id: 'brief', criterion_en: 'Follows the brief', criterion_ur: 'تفصیل کے مطابق', points: 10 },
  { id: 'quality', criterion_en: 'Quality of the work', criterion_ur: 'کام کا معیار', points: 20 },
];
const choices = (right: string[], n = 4): BankChoice[] => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i)).map((id) => ({ id, text_en: `Answer ${id.toUpperCase()}`, text_ur: `جواب ${id}`, correct: right.includes(id) }));

/** A published course by `author`, with four questions (two single, two multiple choice) and a two-criterion rubric. */
async function course(author: Person, opts: { attempts?: number; timeLimit?: number | null } = {}) {
  const now = new Date();
  const slug = `course-${randomUUID().slice(0, 8)}`;
  const { id } = await db()
    .insertInto('courses')
    .values({
      slug,
      track: 'cloud',
      skill_slug: 'logo-design',
      author_id: author.user.id,
      title_en: 'Cloud basics on a free tier',
      title_ur: 'مفت ٹیئر پر کلاؤڈ کی بنیادی باتیں',
      status: 'published',
      quiz_pass_percent: 75,
      quiz_time_limit_seconds: opts.timeLimit ?? null,
      quiz_attempts: opts.attempts ?? 2,
      project_brief_en: 'Deploy a static site on a free tier and explain the costs.',
      project_brief_ur: 'مفت ٹیئر پر ایک سادہ ویب سائٹ لگائیں اور اخراجات سمجھائیں۔',
      rubric: JSON.stringify(RUBRIC),
      project_pass_percent: 60,
      created_at: now,
      updated_at: now,
      published_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const bank = [
    { kind: 'single' as const, right: ['b'] },
    { kind: 'multiple' as const, right: ['a', 'c'] },
    { kind: 'single' as const, right: ['d'] },
    { kind: 'multiple' as const, right: ['b', 'c', 'd'] },
  ];
  await db()
    .insertInto('quiz_questions')
    .values(bank.map((q, i) => ({ course_id: id, position: i + 1, kind: q.kind, prompt_en: `Question ${i + 1} about the cloud?`, prompt_ur: `کلاؤڈ کے بارے میں سوال ${i + 1}؟`, choices: JSON.stringify(choices(q.right)), created_at: now, updated_at: now })))
    .execute();
  return { id, slug };
}

async function enrol(p: Person, courseId: string) {
  await db().insertInto('enrolments').values({ course_id: courseId, user_id: p.user.id, enrolled_at: new Date() }).execute();
}

async function grant(p: Person, role: 'mentor' | 'instructor') {
  await db().insertInto('user_roles').values({ user_id: p.user.id, role, granted_at: new Date() }).execute();
}

/** The right answers of an attempt's questions, from the bank (what only the server knows). */
async function rightAnswers(questionIds: string[]): Promise<Record<string, string[]>> {
  const rows = await db().selectFrom('quiz_questions').select(['id', 'choices']).where('id', 'in', questionIds).execute();
  return Object.fromEntries(rows.map((r) => [r.id, r.choices.filter((c) => c.correct).map((c) => c.id)]));
}
async function wrongAnswers(questionIds: string[]): Promise<Record<string, string[]>> {
  const rows = await db().selectFrom('quiz_questions').select(['id', 'choices']).where('id', 'in', questionIds).execute();
  return Object.fromEntries(rows.map((r) => [r.id, [r.choices.find((c) => !c.correct)!.id]]));
}

type AttemptJson = { id: string; state: string; questions: { id: string; choices: { id: string }[]; right: boolean | null }[]; result: { passed: boolean; right: number } | null; attempts_left: number };
const attemptIdOf = (res: Response) => /\/quiz\/attempts\/([0-9a-f-]{36})$/.exec(res.headers.get('location') ?? '')?.[1] ?? '';
const form = (answers: Record<string, string[]>) => Object.fromEntries(Object.entries(answers).map(([q, cs]) => [`q.${q}`, cs]));
const pdf = () => new TextEncoder().encode('%PDF-1.4\n% project\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const enrolment = (p: Person, courseId: string) => db().selectFrom('enrolments').selectAll().where('user_id', '=', p.user.id).where('course_id', '=', courseId).executeTakeFirstOrThrow();
const kindsOf = async (p: Person) => (await db().selectFrom('notifications').select('kind').where('user_id', '=', p.user.id).orderBy('created_at').execute()).map((r) => r.kind);

describe('a learner takes a course: fails the quiz once, passes, sends the project, a mentor and the instructor grade, the course completes', () => {
  it('works end to end through the pages and the API, without a correct answer ever reaching the learner', async () => {
    const instructor = await person(env, 'Usman Tariq', { role: 'freelancer' });
    await grant(instructor, 'instructor');
    const mentor = await person(env, 'Hamza Ali', { role: 'freelancer' });
    await grant(mentor, 'mentor');
    const learner = await person(env, 'Ayesha Siddiqui', { role: 'freelancer', locale: 'ur' });
    const stranger = await person(env, 'Emma Clarke', { role: 'client' });
    const c = await course(instructor);

    // Not enrolled: a clear message, nothing started.
    const notYet = await learner.client.get(`/academy/courses/${c.slug}/quiz`);
    expect(notYet.status).toBe(403);
    expect(visibleText(await notYet.text())).toContain('براہِ کرم پہلے اس کورس میں داخلہ لیں');
    await enrol(learner, c.id);

    // The quiz page in Urdu: its rules, a button to start.
    const page = await learner.client.get(`/academy/courses/${c.slug}/quiz`);
    expect(page.status).toBe(200);
    const text = visibleText(await page.text());
    expect(text).toContain('ہر کوشش میں 4 سوالات پوچھے جاتے ہیں');
    expect(text).toContain('آپ کے پاس کل 2 کوششیں ہیں');

    // Attempt 1 through the page, without JavaScript: the questions in the drawn order, no correct flags.
    const started = await learner.client.post(`/academy/courses/${c.slug}/quiz/attempts`, {});
    expect(started.status).toBe(303);
    const first = attemptIdOf(started);
    const html = await (await learner.client.get(`/academy/courses/${c.slug}/quiz/attempts/${first}`)).text();
    const stored = await db().selectFrom('quiz_attempts').select(['drawn', 'number']).where('id', '=', first).executeTakeFirstOrThrow();
    expect(stored.number).toBe(1);
    const shown = [...html.matchAll(/name="q\.([0-9a-f-]{36})" value="([a-z])"/g)].map((m) => [m[1], m[2]]);
    expect(shown).toEqual(stored.drawn.flatMap((d) => d.choices.map((ch) => [d.question, ch])));
    expect(html).not.toMatch(/correct|data-right|درست جواب:/i);
    expect(visibleText(html)).toContain('وقت کی کوئی حد نہیں');

    // Answered wrong: not passed, the wrong questions marked, one attempt left; still no right answers shown.
    const ids = stored.drawn.map((d) => d.question);
    const wrong = await wrongAnswers(ids);
    const sent = await learner.client.post(`/academy/courses/${c.slug}/quiz/attempts/${first}`, form({ ...wrong, [ids[0]!]: (await rightAnswers([ids[0]!]))[ids[0]!]! }));
    expect(sent.status).toBe(303);
    const result = await (await learner.client.get(`/academy/courses/${c.slug}/quiz/attempts/${first}`)).text();
    expect(visibleText(result)).toContain('پاس نہیں');
    expect(visibleText(result)).toContain('آپ نے 4 میں سے 1 سوالات کے درست جواب دیے');
    expect(visibleText(result)).toContain('1 کوشش باقی');
    expect(result.match(/quiz-question wrong/g)).toHaveLength(3);
    expect(result).not.toMatch(/correct/i);
    // Sending the same attempt again changes nothing.
    const again = await learner.client.post(`/academy/courses/${c.slug}/quiz/attempts/${first}`, form(await rightAnswers(ids)));
    expect(again.status).toBe(409);
    expect((await db().selectFrom('quiz_attempts').select('passed').where('id', '=', first).executeTakeFirstOrThrow()).passed).toBe(false);

    // Attempt 2 through the API: ids and texts only, then passed.
    const api = await learner.client.json('POST', `/api/v1/academy/courses/${c.slug}/quiz/attempts`);
    expect(api.status).toBe(201);
    const raw = await api.text();
    expect(raw).not.toMatch(/correct/i);
    const two = JSON.parse(raw) as AttemptJson;
    for (const q of two.questions) for (const ch of q.choices) expect(Object.keys(ch).sort()).toEqual(['id', 'text']);
    const passed = await learner.client.json('POST', `/api/v1/academy/quiz-attempts/${two.id}/answers`, { answers: await rightAnswers(two.questions.map((q) => q.id)) });
    expect(passed.status).toBe(200);
    const graded = (await passed.json()) as AttemptJson;
    expect(graded.result).toMatchObject({ passed: true, right: 4 });
    expect(graded.questions.every((q) => q.right === true)).toBe(true);
    // No third attempt after a pass.
    const third = await learner.client.json('POST', `/api/v1/academy/courses/${c.slug}/quiz/attempts`);
    expect(third.status).toBe(409);
    expect((await enrolment(learner, c.id)).completed_at).toBeNull();

    // The project, through the page: text, a link and a PDF.
    const body = new FormData();
    if (!learner.client.csrf) await learner.client.get('/forgot-password');
    body.set('_csrf', learner.client.csrf);
    body.set('text', 'میں نے ایک سادہ ویب سائٹ مفت ٹیئر پر لگائی۔');
    body.append('links', 'github.com/ayesha/cloud-site');
    body.append('links', '');
    body.append('files', new Blob([pdf()], { type: 'application/pdf' }), 'costs.pdf');
    const sentProject = await learner.client.request(`/academy/courses/${c.slug}/project`, { method: 'POST', body });
    expect(sentProject.status).toBe(303);
    const projectPage = await (await learner.client.get(`/academy/courses/${c.slug}/project`)).text();
    expect(visibleText(projectPage)).toContain('گریڈ کا انتظار ہے');
    expect(projectPage).toContain('href="https://github.com/ayesha/cloud-site"');
    const fileUrl = /href="(\/media\/[\w-]{22}\/file)"/.exec(projectPage)?.[1] ?? '';
    expect((await learner.client.get(fileUrl)).status).toBe(200);
    expect((await stranger.client.get(fileUrl)).status).toBe(404);
    // A second submission while the first waits: refused.
    const early = await learner.client.json('POST', `/api/v1/academy/courses/${c.slug}/project/submissions`, { text: 'Again' });
    expect(early.status).toBe(409);

    // The mentor's queue has it; the mentor may read the file.
    const queue = await mentor.client.get('/academy/grading');
    expect(queue.status).toBe(200);
    const submission = await db().selectFrom('project_submissions').select('id').where('enrolment_id', '=', (await enrolment(learner, c.id)).id).executeTakeFirstOrThrow();
    expect(await queue.text()).toContain(`/academy/grading/${submission.id}`);
    expect((await mentor.client.get(fileUrl)).status).toBe(200);

    // Someone who is neither the instructor nor a mentor: a clear refusal, nothing changes.
    const otherInstructor = await person(env, 'Bilal Ahmed', { role: 'freelancer' });
    await course(otherInstructor);
    for (const who of [stranger, otherInstructor]) {
      const refused = await who.client.post(`/academy/grading/${submission.id}`, { 'scores.brief': '10', 'scores.quality': '20', feedback: 'Great' });
      expect(refused.status).toBe(403);
      expect(visibleText(await refused.text())).toContain('Only the course’s instructor or a mentor can grade projects.');
      const apiRefused = await who.client.json('POST', `/api/v1/academy/grading/${submission.id}/grade`, { scores: { brief: 10, quality: 20 }, feedback: 'Great' });
      expect(apiRefused.status).toBe(403);
    }
    expect((await db().selectFrom('project_submissions').select('graded_at').where('id', '=', submission.id).executeTakeFirstOrThrow()).graded_at).toBeNull();
    // Points beyond a criterion's: the field's message, nothing saved.
    const tooMany = await mentor.client.post(`/academy/grading/${submission.id}`, { 'scores.brief': '11', 'scores.quality': '5', feedback: 'Good start' });
    expect(tooMany.status).toBe(400);
    expect(visibleText(await tooMany.text())).toContain('Please enter a whole number from 0 to 10.');

    // The mentor grades it below the pass mark, with feedback; the learner is told and sees it.
    const low = await mentor.client.post(`/academy/grading/${submission.id}`, { 'scores.brief': '6', 'scores.quality': '8', feedback: 'The costs are not explained. Add a table of the free tier limits.' });
    expect(low.status).toBe(303);
    const twice = await mentor.client.json('POST', `/api/v1/academy/grading/${submission.id}/grade`, { scores: { brief: 10, quality: 20 }, feedback: 'Changed my mind' });
    expect(twice.status).toBe(409);
    expect(await kindsOf(learner)).toContain('project_graded');
    const failedPage = visibleText(await (await learner.client.get(`/academy/courses/${c.slug}/project`)).text());
    expect(failedPage).toContain('30 میں سے 14 نمبر');
    expect(failedPage).toContain('The costs are not explained.');
    expect(failedPage).toContain('اپنا پروجیکٹ دوبارہ جمع کرائیں');

    // The one resubmission, through the API; a third is refused.
    const resent = await learner.client.json('POST', `/api/v1/academy/courses/${c.slug}/project/submissions`, { text: 'Added the table of limits.', links: ['https://example.pk/costs'] });
    expect(resent.status).toBe(201);
    const second = (await resent.json()) as { submissions: { id: string; attempt: number }[] };
    expect(second.submissions.map((s) => s.attempt)).toEqual([1, 2]);
    const resubmission = second.submissions[1]!.id;

    // The course's instructor grades it as passed: the course completes in the same step.
    const queueApi = (await (await instructor.client.get('/api/v1/academy/grading')).json()) as { items: { id: string }[] };
    expect(queueApi.items.map((i) => i.id)).toEqual([resubmission]);
    const pass = await instructor.client.json('POST', `/api/v1/academy/grading/${resubmission}/grade`, { scores: { brief: 9, quality: 15 }, feedback: 'Clear and complete.' });
    expect(pass.status).toBe(200);
    expect(((await pass.json()) as { submission: { grade: { passed: boolean; total: number } } }).submission.grade).toMatchObject({ passed: true, total: 24 });
    expect((await enrolment(learner, c.id)).completed_at).not.toBeNull();
    expect(await kindsOf(learner)).toEqual(['project_graded', 'project_graded', 'course_completed']);
    const project = (await (await learner.client.get(`/api/v1/academy/courses/${c.slug}/project`)).json()) as { passed: boolean; can_submit: boolean; completed_at: string | null };
    expect(project).toMatchObject({ passed: true, can_submit: false });
    expect(project.completed_at).not.toBeNull();
    // What the academy's course page can show of it.
    const status = await assessmentStatus(db(), (await enrolment(learner, c.id)).id);
    expect(status).toMatchObject({ slug: c.slug, quiz: { passed: true, best: 100, attemptsLeft: 0, hasQuestions: true }, project: { state: 'passed', hasRubric: true } });
    expect(status.completedAt).not.toBeNull();
  });
});

describe('limits the server keeps', () => {
  it('refuses answers after the time limit: nothing is recorded as passed, and the attempt counts', async () => {
    const author = await person(env, 'Usman Tariq', { role: 'freelancer' });
    const learner = await person(env, 'Bilal Ahmed', { role: 'freelancer' });
    const c = await course(author, { timeLimit: 60, attempts: 2 });
    await enrol(learner, c.id);
    const a = (await (await learner.client.json('POST', `/api/v1/academy/courses/${c.slug}/quiz/attempts`)).json()) as AttemptJson & { deadline_at: string; seconds_left: number };
    expect(a.seconds_left).toBe(60);
    const page = visibleText(await (await learner.client.get(`/academy/courses/${c.slug}/quiz/attempts/${a.id}`)).text());
    expect(page).toContain('1 minute left when this page was opened');
    env.clock.advance(60_000 + 31_000);
    const answers = await rightAnswers(a.questions.map((q) => q.id));
    const late = await learner.client.post(`/academy/courses/${c.slug}/quiz/attempts/${a.id}`, form(answers));
    expect(late.status).toBe(409);
    expect(visibleText(await late.text())).toContain('The time for this attempt is over, so these answers were not counted.');
    const lateApi = await learner.client.json('POST', `/api/v1/academy/quiz-attempts/${a.id}/answers`, { answers });
    expect(lateApi.status).toBe(409);
    expect(((await lateApi.json()) as { code: string }).code).toBe('quiz.time_up');
    const row = await db().selectFrom('quiz_attempts').select(['submitted_at', 'passed', 'score']).where('id', '=', a.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ submitted_at: null, passed: null, score: null });
    const quiz = (await (await learner.client.get(`/api/v1/academy/courses/${c.slug}/quiz`)).json()) as { attempts: { state: string }[]; attempts_left: number; passed: boolean };
    expect(quiz).toMatchObject({ attempts: [{ state: 'timed_out' }], attempts_left: 1, passed: false });
  });

  it('refuses a third attempt beyond a limit of two, and starts nothing', async () => {
    const author = await person(env, 'Usman Tariq', { role: 'freelancer' });
    const learner = await person(env, 'Hamza Ali', { role: 'freelancer' });
    const c = await course(author, { attempts: 2 });
    await enrol(learner, c.id);
    for (let i = 0; i < 2; i++) {
      const a = (await (await learner.client.json('POST', `/api/v1/academy/courses/${c.slug}/quiz/attempts`)).json()) as AttemptJson;
      expect((await learner.client.json('POST', `/api/v1/academy/quiz-attempts/${a.id}/answers`, { answers: {} })).status).toBe(200);
    }
    const third = await learner.client.post(`/academy/courses/${c.slug}/quiz/attempts`, {});
    expect(third.status).toBe(409);
    expect(visibleText(await third.text())).toContain('You have used all 2 attempts at this quiz. Nothing was started.');
    const e = await enrolment(learner, c.id);
    expect(await db().selectFrom('quiz_attempts').select('id').where('enrolment_id', '=', e.id).execute()).toHaveLength(2);
  });

  it('keeps attempts to their learner: another person gets not found', async () => {
    const author = await person(env, 'Usman Tariq', { role: 'freelancer' });
    const learner = await person(env, 'Ayesha Siddiqui', { role: 'freelancer' });
    const other = await person(env, 'Emma Clarke', { role: 'client' });
    const c = await course(author);
    await enrol(learner, c.id);
    await enrol(other, c.id);
    const a = (await (await learner.client.json('POST', `/api/v1/academy/courses/${c.slug}/quiz/attempts`)).json()) as AttemptJson;
    expect((await other.client.get(`/api/v1/academy/quiz-attempts/${a.id}`)).status).toBe(404);
    expect((await other.client.json('POST', `/api/v1/academy/quiz-attempts/${a.id}/answers`, { answers: {} })).status).toBe(404);
  });
});

describe('the seed courses’ quizzes', () => {
  it('loads each course’s questions with stable choice ids, its rubric and quiz settings, once', async () => {
    const author = await person(env, 'Usman Tariq', { role: 'freelancer' });
    const c = await course(author);
    await db().deleteFrom('quiz_questions').where('course_id', '=', c.id).execute();
    const both = (en: string) => ({ en, ur: `${en} (اردو)` });
    const seed = {
      slug: c.slug,
      quiz: {
        passPercent: 80,
        timeLimitSeconds: 900,
        attempts: 3,
        perAttempt: 2,
        questions: [
          { kind: 'single', prompt: both('Which is free?'), choices: [{ text: both('A'), correct: false }, { text: both('B'), correct: true }] },
          { kind: 'multiple', prompt: both('Which cost money?'), choices: [{ text: both('A'), correct: true }, { text: both('B'), correct: true }, { text: both('C'), correct: false }] },
        ],
      },
      project: { brief: both('Build it'), passPercent: 70, rubric: [{ id: 'works', criterion: both('It works'), points: 10 }] },
    } as unknown as SeedCourse;
    expect(await db().transaction().execute((tx) => loadAcademyAssessments(tx, env.deps, [seed]))).toBe(2);
    expect(await db().transaction().execute((tx) => loadAcademyAssessments(tx, env.deps, [seed]))).toBe(0);
    const rows = await db().selectFrom('quiz_questions').select(['position', 'kind', 'choices']).where('course_id', '=', c.id).orderBy('position').execute();
    expect(rows.map((r) => [r.kind, r.choices.map((ch) => `${ch.id}${ch.correct ? '+' : ''}`).join()])).toEqual([
      ['single', 'a,b+'],
      ['multiple', 'a+,b+,c'],
    ]);
    const row = await db().selectFrom('courses').select(['quiz_pass_percent', 'quiz_time_limit_seconds', 'quiz_attempts', 'quiz_questions_per_attempt', 'rubric', 'project_pass_percent']).where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ quiz_pass_percent: 80, quiz_time_limit_seconds: 900, quiz_attempts: 3, quiz_questions_per_attempt: 2, rubric: [{ id: 'works', criterion_en: 'It works', criterion_ur: 'It works (اردو)', points: 10 }], project_pass_percent: 70 });
    await expect(db().transaction().execute((tx) => loadAcademyAssessments(tx, env.deps, [{ ...seed, slug: 'no-such-course' }]))).rejects.toThrow(/no course no-such-course/);
  });
});

describe('migration 0052 and media', () => {
  it('a project file needs its submission, and no other kind of file may point at one', async () => {
    const author = await person(env, 'Usman Tariq', { role: 'freelancer' });
    const learner = await person(env, 'Ayesha Siddiqui', { role: 'freelancer' });
    const c = await course(author);
    await enrol(learner, c.id);
    const e = await enrolment(learner, c.id);
    const s = await db().insertInto('project_submissions').values({ enrolment_id: e.id, attempt: 1, body: 'Work', submitted_at: new Date() }).returning('id').executeTakeFirstOrThrow();
    const row = (purpose: string, extra: Record<string, unknown>) =>
      db()
        .insertInto('media')
        .values({ key: randomUUID().replace(/-/g, '').slice(0, 22), owner_id: learner.user.id, purpose: purpose as 'project_file', content_type: 'application/pdf', file_name: 'a.pdf', bytes: 10, created_at: new Date(), ...extra })
        .execute();
    await expect(row('project_file', {})).rejects.toThrow(/check constraint/);
    await expect(row('job_attachment', { project_submission_id: s.id })).rejects.toThrow(/check constraint/);
    await expect(row('project_file', { project_submission_id: s.id })).resolves.toBeDefined();
    // A single-choice question with two correct choices, or a multiple-choice one with none.
    const question = (kind: 'single' | 'multiple', right: string[]) =>
      db().insertInto('quiz_questions').values({ course_id: c.id, position: 99, kind, prompt_en: 'Which?', choices: JSON.stringify(choices(right)), created_at: new Date(), updated_at: new Date() }).execute();
    await expect(question('single', ['a', 'b'])).rejects.toThrow(/check constraint/);
    await expect(question('multiple', [])).rejects.toThrow(/check constraint/);
    // A third submission, or a grade without its feedback, is refused by the table itself.
    await expect(db().insertInto('project_submissions').values({ enrolment_id: e.id, attempt: 3 as 2, submitted_at: new Date() }).execute()).rejects.toThrow(/check constraint/);
    await expect(db().updateTable('project_submissions').set({ graded_at: new Date(), graded_by: author.user.id, scores: '{}', total: 1, out_of: 2, passed: false }).where('id', '=', s.id).execute()).rejects.toThrow(/check constraint/);
  });
});
