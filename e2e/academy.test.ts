// Issue 20 in Chromium: the skills academy from learning to a certificate anyone can verify, on the
// demo site, with JavaScript off, on a 390-px phone, in Urdu.
// 1. Zainab (a demo freelancer in Quetta, not enrolled anywhere) enrols for free in "From DigiSkills to
//    your first foreign client" from /academy, reads the lessons and marks each done, takes the quiz
//    from the course page: fails her first attempt on purpose (a wrong choice for every question),
//    passes the second (the right choices, read from the question bank by the ids the form shows),
//    and sends her project (text and a link).
// 2. Ayesha, the course's instructor, grades it at /academy/grading against the rubric, with feedback
//    and a passing score.
// 3. Zainab sees the course completed, the certificate as a badge on her public profile and its page.
// 4. A visitor (not signed in) types the code at /verify and sees it valid, with her name and the course.
// Every page on the way is checked with axe, for sideways scroll, for directions and for English words.
import { mkdirSync } from 'node:fs';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFromUser, setLanguage } from '../src/accounts/service.ts';
import type { Running } from '../src/boot.ts';
import { translator } from '../src/platform/i18n.ts';
import { ACADEMY_COURSES } from '../src/seed/academy-courses.ts';
import { DEMO_PASSWORD } from '../src/seed/seed.ts';
import { groupCode } from '../src/verify/domain.ts';
import { logIn } from './flows.ts';
import { checkPage, launch, phone, seenText, startApp, stripMarks } from './support.ts';

const SHOTS = '/tmp/shots20';
const ur = translator('ur');
const SLUG = 'digiskills-to-first-foreign-client';
const COURSE = ACADEMY_COURSES.find((c) => c.slug === SLUG)!;
const COURSE_PATH = `/academy/courses/${SLUG}`;

let app: Running;
let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [app, browser] = await Promise.all([startApp({ SEED_ON_START: 'true', RATE_LIMIT_LOGIN: '1000' }), launch()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const strip = stripMarks;
const seen = seenText;
const path = (page: Page) => new URL(page.url()).pathname;

/** The checks every page passes (e2e/support.ts checkPage), with its screenshot. */
const check = (page: Page, label: string, res?: Response | null, status = 200) => checkPage(page, label, SHOTS, res, status);

async function visit(page: Page, to: string, label: string): Promise<void> {
  await check(page, label, await page.goto(`${app.url}${to}`));
}

/** Clicks a link or a form's button and waits for the page it leads to (checked when a label is given). */
async function go(page: Page, selector: string, label?: string): Promise<void> {
  const [res] = await Promise.all([page.waitForNavigation(), page.click(selector)]);
  expect(res?.status(), `${selector} from ${page.url()}`).toBe(200);
  if (label) await check(page, label, res);
}

const demo = (key: string) => `${key}@demo.hunar.pk`;
const userOf = (key: string) => app.deps.db.selectFrom('users').selectAll().where('email', '=', demo(key)).executeTakeFirstOrThrow();

/** A 390 × 844 phone (JavaScript off) in Urdu, signed in as the demo account (its language set to Urdu first), or a visitor. */
async function urduPhone(key: string | null): Promise<Page> {
  const ctx = await phone(browser, 'ur', { width: 390, height: 844 });
  const page = await ctx.newPage();
  page.setDefaultTimeout(15_000);
  if (key) {
    await setLanguage(app.deps, actorFromUser(await userOf(key), null), { locale: 'ur' });
    await logIn(page, app.url, demo(key), DEMO_PASSWORD);
    await page.waitForURL((u) => u.pathname !== '/login');
  }
  return page;
}

/** Answers the open attempt's questions: the right choices from the bank, or one wrong choice each. */
async function answer(page: Page, right: boolean): Promise<number> {
  const course = await app.deps.db.selectFrom('courses').select('id').where('slug', '=', SLUG).executeTakeFirstOrThrow();
  const bank = new Map((await app.deps.db.selectFrom('quiz_questions').select(['id', 'choices']).where('course_id', '=', course.id).execute()).map((q) => [q.id, q.choices]));
  const questions = page.locator('form fieldset.quiz-question');
  const n = await questions.count();
  for (let i = 0; i < n; i++) {
    const inputs = questions.nth(i).locator('input');
    const name = (await inputs.first().getAttribute('name'))!;
    const choices = bank.get(name.replace(/^q\./, ''));
    expect(choices, `question ${name} is in the bank`).toBeDefined();
    // Only the choices the form shows, by their ids: the page never says which is right.
    const shown = await inputs.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    const pick = right ? choices!.filter((c) => c.correct).map((c) => c.id) : [choices!.find((c) => !c.correct)!.id];
    for (const id of pick) {
      expect(shown).toContain(id);
      await questions.nth(i).locator(`input[value="${id}"]`).check();
    }
  }
  return n;
}

let zainab: Page;
let code: string;

describe('the skills academy in Urdu, on a 390-px phone', () => {
  it('a learner enrols from the academy, reads and finishes the lessons, fails the quiz once and passes, and sends her project', async () => {
    zainab = await urduPhone('zainab');
    const me = await userOf('zainab');

    // The academy home, and the course from it.
    await visit(zainab, '/academy', 'academy home');
    await go(zainab, `main a[href="${COURSE_PATH}"]`, 'course page, not enrolled');
    expect(await seen(zainab)).toContain(COURSE.title.ur);

    // Free enrolment takes her to the first lesson.
    await go(zainab, `form[action="${COURSE_PATH}/enrol"] button[type=submit]`);
    expect(path(zainab)).toBe(`${COURSE_PATH}/lessons/1`);
    await check(zainab, 'lesson 1');
    expect(await zainab.getAttribute('article.lesson', 'lang')).toBe('ur');
    expect(await seen(zainab, 'article.lesson h1')).toBe(strip(COURSE.lessons[0]!.title.ur));

    // Each lesson marked done leads to the next; the last one back to the course page.
    for (let n = 1; n <= COURSE.lessons.length; n++) {
      expect(path(zainab)).toBe(`${COURSE_PATH}/lessons/${n}`);
      await go(zainab, `form[action="${COURSE_PATH}/lessons/${n}/done"] button[type=submit]`);
    }
    expect(path(zainab)).toBe(COURSE_PATH);
    await check(zainab, 'course page, lessons done');
    expect(await seen(zainab, '#progress-text')).toBe(strip(ur('academy.progress.text', { percent: 100, done: COURSE.lessons.length, total: COURSE.lessons.length })));

    // The quiz, from the course page.
    await go(zainab, `#assessments-heading ~ ul a[href="${COURSE_PATH}/quiz"]`, 'quiz');
    expect(await seen(zainab)).toContain(strip(ur('assessments.quiz.attempts_left', { n: COURSE.quiz.attempts })));

    // First attempt: a wrong choice for every question.
    await go(zainab, `form[action="${COURSE_PATH}/quiz/attempts"] button[type=submit]`, 'quiz attempt 1');
    // The page never carries the answers.
    expect(await zainab.content()).not.toMatch(/correct/i);
    const drawn = await answer(zainab, false);
    expect(drawn).toBe(COURSE.quiz.perAttempt ?? COURSE.quiz.questions.length);
    await go(zainab, 'form[action*="/quiz/attempts/"] button[type=submit]', 'quiz attempt 1, failed');
    expect(await seen(zainab, '#result-heading + p strong')).toBe(ur('assessments.result.failed'));
    expect(await seen(zainab, 'section.card')).toContain(strip(ur('assessments.quiz.attempts_left', { n: COURSE.quiz.attempts - 1 })));

    // Second attempt: the right choices.
    await go(zainab, `a[href="${COURSE_PATH}/quiz"]`);
    await go(zainab, `form[action="${COURSE_PATH}/quiz/attempts"] button[type=submit]`);
    expect(await seen(zainab, 'h1')).toBe(strip(ur('assessments.attempt.title', { course: COURSE.title.ur, n: 2, max: COURSE.quiz.attempts })));
    await answer(zainab, true);
    await go(zainab, 'form[action*="/quiz/attempts/"] button[type=submit]', 'quiz attempt 2, passed');
    expect(await seen(zainab, '#result-heading + p strong')).toBe(ur('assessments.result.passed'));
    expect(await seen(zainab, '#result-heading + p')).toContain(strip(ur('assessments.attempt.passed_body', { right: drawn, outOf: drawn, percent: 100, pass: COURSE.quiz.passPercent })));

    // On to the project, from the result.
    await go(zainab, `section.card a[href="${COURSE_PATH}/project"]`, 'project');
    await zainab.fill('#text', 'میری پروفائل اور گِگ تیار ہیں۔ فی گھنٹہ کم از کم حد 12 ڈالر رکھی ہے، تین پیکجز ڈالر میں، اور دو پروپوزلز فائل میں ہیں۔');
    const gig = `${app.url}/g/zainab-virtual-assistant-inbox-calendar`;
    await zainab.fill('#link-0', gig);
    await go(zainab, `form[action="${COURSE_PATH}/project"] button[type=submit]`, 'project, sent');
    expect(await seen(zainab)).toContain(strip(ur('assessments.flash.project_sent')));
    expect(await seen(zainab, '#submission-1')).toContain(strip(ur('assessments.project.waiting')));
    expect(await zainab.locator(`#submission-1 a[href="${gig}"]`).count()).toBe(1);

    // The course page says where she stands.
    await zainab.goto(`${app.url}${COURSE_PATH}`);
    const card = await seen(zainab, 'section[aria-labelledby=assessments-heading]');
    expect(card).toContain(ur('assessments.card.quiz_passed'));
    expect(card).toContain(ur('assessments.card.project.awaiting_grade'));
    const e = await app.deps.db.selectFrom('enrolments').innerJoin('courses', 'courses.id', 'enrolments.course_id').select('enrolments.completed_at').where('enrolments.user_id', '=', me.id).where('courses.slug', '=', SLUG).executeTakeFirstOrThrow();
    expect(e.completed_at).toBeNull();
  });

  it('the course’s instructor grades the project against the rubric, with feedback', async () => {
    const ayesha = await urduPhone('ayesha');
    await visit(ayesha, '/academy/grading', 'grading queue');
    const item = ayesha.locator('main li.card a', { hasText: 'Zainab Baloch' });
    expect(await item.count()).toBe(1);
    await Promise.all([ayesha.waitForNavigation(), item.click()]);
    await check(ayesha, 'grading page');
    expect(await seen(ayesha)).toContain('Zainab Baloch');

    // Points per criterion (80 of 100 against a pass mark of 60%), and the feedback.
    const points: Record<string, number> = { profile: 25, pricing: 20, proposals: 20, 'payment-plan': 15 };
    for (const c of COURSE.project.rubric) await ayesha.fill(`[id="scores.${c.id}"]`, String(points[c.id]));
    await ayesha.fill('#feedback', 'بہت اچھا کام۔ پروپوزلز مختصر اور واضح ہیں؛ اگلی بار پورٹ فولیو میں ایک اور نمونہ شامل کریں۔');
    await go(ayesha, 'form[action^="/academy/grading/"] button[type=submit]', 'grading page, graded');
    expect(await seen(ayesha)).toContain(strip(ur('assessments.flash.graded')));
    expect(await seen(ayesha, '#submission-1 .grade')).toContain(strip(ur('assessments.project.grade', { total: 80, outOf: 100, percent: 80 })));
  });

  it('the learner sees the course completed and the certificate on her profile and its own page', async () => {
    const me = await userOf('zainab');
    // Her project page: passed, with the points and the feedback.
    await visit(zainab, `${COURSE_PATH}/project`, 'project, graded');
    expect(await seen(zainab, '#submission-1 .grade')).toContain(ur('assessments.result.passed'));
    expect(await seen(zainab, '#submission-1 .grade')).toContain('پروپوزلز مختصر اور واضح ہیں');

    // The course page: completed.
    await visit(zainab, COURSE_PATH, 'course page, completed');
    const done = await app.deps.db.selectFrom('enrolments').innerJoin('courses', 'courses.id', 'enrolments.course_id').select('enrolments.completed_at').where('enrolments.user_id', '=', me.id).where('courses.slug', '=', SLUG).executeTakeFirstOrThrow();
    expect(done.completed_at).not.toBeNull();
    expect(await zainab.locator('section[aria-labelledby=assessments-heading] .flash').count()).toBe(1);
    // …with a way to her certificate.
    expect(await zainab.locator('section.enrolled a[href^="/certificates/"]').count()).toBe(1);

    // Her public profile: the certificate as a badge, which leads to its page.
    await visit(zainab, `/u/${me.handle}`, 'profile with the badge');
    const badge = zainab.locator('.credential-badges li.credential-badge', { hasText: COURSE.title.ur });
    expect(await badge.count()).toBe(1);
    expect(await seen(zainab, '#credential-badges-h')).toBe(ur('credentials.badges.heading'));
    const href = (await badge.locator('a[href^="/certificates/"]').getAttribute('href'))!;
    code = href.replace('/certificates/', '');
    await go(zainab, `.credential-badges a[href="${href}"]`, 'certificate page');
    const cert = await seen(zainab, 'article.certificate');
    expect(cert).toContain('Zainab Baloch');
    expect(cert).toContain(strip(COURSE.title.ur));
    expect(cert).toContain(groupCode(code));
    expect(await seen(zainab, 'article.certificate .badge')).toBe(ur('credentials.page.valid'));
  });

  it('a visitor verifies the certificate by typing its code', async () => {
    const visitor = await urduPhone(null);
    await visit(visitor, '/verify', 'verify form');
    await visitor.fill('#code', groupCode(code).toLowerCase());
    await go(visitor, 'form.verify-form button[type=submit]', 'verified certificate');
    expect(path(visitor)).toBe(`/verify/${code}`);
    expect(await seen(visitor, '#verdict')).toBe(ur('verify.valid'));
    const card = await seen(visitor, 'section.verification');
    expect(card).toContain('Zainab Baloch');
    expect(card).toContain(strip(COURSE.title.ur));
  });
});
