// The skills academy in the demo (issue 20): the three seed courses (src/seed/academy-courses.ts)
// with their lessons, quiz banks and rubrics; learners part-way through them; and certificates that
// verify, as the use cases leave them:
// - Sadia and Junaid passed "Prompting and using AI tools for client work" (quiz passed, project
//   graded by its instructor) and hold its certificate; Amna passed "Cloud basics on a free tier",
//   and hers was revoked by the admin (the project turned out to be copied);
// - Bilal paid for the AI course from his Hunar balance and is on lesson 4 of 5; Ayesha, who wrote the
//   free DigiSkills course, is learning cloud basics (2 of 5 lessons); Hamid is on lesson 2 of the free
//   course.
// - certificates from outside: Ayesha's DigiSkills "Freelancing" certificate, self-reported with a copy
//   waiting for the admin; Imran's e-Rozgaar one, whose copy the admin has checked.
// Enrolments go through the academy's own enrolWithin (paid ones through the ledger); certificates
// through issueCourseCertificate, the revocation through revokeInTx.
import { enrolWithin } from '../academy/service.ts';
import { loadAcademyCourses } from '../academy/loader.ts';
import { loadAcademyAssessments } from '../assessments/seed.ts';
import { issueCourseCertificate } from '../credentials/issue.ts';
import { revokeInTx } from '../credentials/service.ts';
import type { Tx } from '../db/pool.ts';
import type { Deps } from '../platform/deps.ts';
import { mediaColumns, prepareAttachment, storeWithin } from '../media/service.ts';
import { money } from '../platform/money.ts';
import { demoEmail } from './demo-people.ts';
import { demoBankTopUp } from './demo-top-up.ts';

const DAY = 86_400_000;

export interface DemoAcademy {
  courses: number;
  lessons: number;
  enrolments: number;
  certificates: number;
}

export async function loadDemoAcademy(tx: Tx, deps: Deps): Promise<DemoAcademy> {
  const loaded = await loadAcademyCourses(tx, deps);
  await loadAcademyAssessments(tx, deps);
  const result: DemoAcademy = { courses: loaded.courses, lessons: loaded.lessons, enrolments: 0, certificates: 0 };
  const keys = ['sadia', 'junaid', 'amna', 'bilal', 'ayesha', 'hamid', 'admin'];
  const users = await tx.selectFrom('users').select(['id', 'email']).where('email', 'in', keys.map(demoEmail)).execute();
  const id = (key: string) => users.find((u) => u.email === demoEmail(key))?.id;
  const courses = await tx.selectFrom('courses').select(['id', 'slug', 'price_minor', 'currency', 'author_id', 'rubric', 'quiz_pass_percent']).execute();
  const course = (slug: string) => courses.find((c) => c.slug === slug);
  const ai = course('ai-tools-for-client-work');
  const cloud = course('cloud-basics-free-tier');
  const digi = course('digiskills-to-first-foreign-client');
  if (!ai || !cloud || !digi || keys.some((k) => !id(k))) return result;
  const now = deps.clock.now().getTime();
  const at = (daysAgo: number): Deps => ({ ...deps, clock: { now: () => new Date(now - daysAgo * DAY) } });

  /** Enrolled `daysAgo` (paying from a bank top-up first for a paid course), with `done` lessons finished. */
  async function learner(key: string, c: NonNullable<typeof ai>, daysAgo: number, done: number, seed: number) {
    const userId = id(key)!;
    if (BigInt(c.price_minor) > 0n) await demoBankTopUp(tx, at(daysAgo + 1), { userId, amount: money(BigInt(c.price_minor), c.currency), at: new Date(now - (daysAgo + 1) * DAY), seed, referenceBytes: [23, 31, 47, 59, 61, 73] });
    const e = await enrolWithin(tx, at(daysAgo), userId, c);
    const lessons = await tx.selectFrom('lessons').select(['id', 'position']).where('course_id', '=', c.id).orderBy('position').execute();
    const finished = lessons.slice(0, done);
    if (finished.length) await tx.insertInto('lesson_progress').values(finished.map((l, i) => ({ enrolment_id: e.enrolmentId, lesson_id: l.id, done_at: new Date(now - (daysAgo - i - 1) * DAY) }))).execute();
    const resume = lessons[Math.min(done, lessons.length - 1)];
    if (resume) await tx.updateTable('enrolments').set({ last_lesson_id: resume.id }).where('id', '=', e.enrolmentId).execute();
    result.enrolments += 1;
    return e.enrolmentId;
  }

  /** The whole course: every lesson, a passed quiz and a project the instructor graded; then its certificate. */
  async function graduate(key: string, c: NonNullable<typeof ai>, daysAgo: number, seed: number) {
    const enrolment = await learner(key, c, daysAgo, 5, seed);
    const questions = await tx.selectFrom('quiz_questions').select(['id', 'choices']).where('course_id', '=', c.id).orderBy('position').limit(6).execute();
    const drawn = questions.map((q) => ({ question: q.id, choices: q.choices.map((ch) => ch.id) }));
    const answers = Object.fromEntries(questions.map((q) => [q.id, q.choices.filter((ch) => ch.correct).map((ch) => ch.id)]));
    const quizAt = new Date(now - (daysAgo - 6) * DAY);
    await tx
      .insertInto('quiz_attempts')
      .values({ enrolment_id: enrolment, number: 1, started_at: new Date(quizAt.getTime() - 11 * 60_000), deadline_at: new Date(quizAt.getTime() + 4 * 60_000), drawn: JSON.stringify(drawn), submitted_at: quizAt, answers: JSON.stringify(answers), score: 100, passed: true })
      .execute();
    const gradedAt = new Date(now - (daysAgo - 9) * DAY);
    const scores = Object.fromEntries(c.rubric.map((r) => [r.id, r.points - (r.points >= 20 ? 3 : 1)]));
    const total = Object.values(scores).reduce((a, b) => a + b, 0);
    const outOf = c.rubric.reduce((a, r) => a + r.points, 0);
    await tx
      .insertInto('project_submissions')
      .values({
        enrolment_id: enrolment,
        attempt: 1,
        body: 'My project for the course, with the links to what I made and a short note on each step.',
        links: ['https://github.com/hunar-demo/course-project'],
        submitted_at: new Date(gradedAt.getTime() - 2 * DAY),
        graded_by: c.author_id,
        graded_at: gradedAt,
        scores: JSON.stringify(scores),
        total,
        out_of: outOf,
        feedback: 'Clear, careful work that a client could use as it is. Well done.',
        passed: true,
      })
      .execute();
    await tx.updateTable('enrolments').set({ completed_at: gradedAt }).where('id', '=', enrolment).execute();
    const issued = await issueCourseCertificate(tx, at(daysAgo - 9), { userId: id(key)!, courseId: c.id, completedAt: gradedAt });
    if (issued) result.certificates += 1;
    return issued;
  }

  await graduate('sadia', ai, 40, 101);
  await graduate('junaid', ai, 30, 102);
  const amna = await graduate('amna', cloud, 50, 103);
  if (amna) await revokeInTx(tx, at(20), id('admin')!, amna.code, 'The project was copied from another learner’s submission.');
  // Certificates from outside, each with a copy of it (a small PDF standing in for the scan).
  const outside = [
    { key: 'ayesha', issuer: 'DigiSkills.pk', title: 'Freelancing', skill: 'digital-marketing', issuedOn: '2024-03-18', daysAgo: 3, checked: false },
    { key: 'imran', issuer: 'e-Rozgaar (PITB)', title: 'Data entry and Excel for freelancers', skill: 'data-entry', issuedOn: '2023-09-02', daysAgo: 25, checked: true },
  ];
  for (const o of outside) {
    const userId = id(o.key) ?? (await tx.selectFrom('users').select('id').where('email', '=', demoEmail(o.key)).executeTakeFirst())?.id;
    const skill = await tx.selectFrom('skills').select('slug').where('slug', '=', o.skill).executeTakeFirst();
    if (!userId || !skill) continue;
    const credentialId = crypto.randomUUID();
    const added = new Date(now - o.daysAgo * DAY);
    await tx
      .insertInto('credentials')
      .values({
        id: credentialId,
        kind: 'external',
        user_id: userId,
        course_id: null,
        code: null,
        jwt: null,
        status_list: null,
        status_index: null,
        skill_slug: o.skill,
        title: o.title,
        issuer_name: o.issuer,
        status: o.checked ? 'verified' : 'self_reported',
        issued_at: `${o.issuedOn}T00:00:00+05:00`,
        revoked_at: null,
        revoked_by: null,
        reviewed_at: o.checked ? new Date(added.getTime() + 2 * DAY) : null,
        reviewed_by: o.checked ? id('admin')! : null,
        reason: null,
        created_at: added,
      })
      .execute();
    const pdf = new TextEncoder().encode(`%PDF-1.4\n% ${o.issuer}: ${o.title} (demo copy)\ntrailer <<>>\n%%EOF\n`);
    const prepared = await prepareAttachment({ name: 'certificate.pdf', bytes: pdf }, 'credential_proof');
    await storeWithin(deps, tx, prepared, (t, key) => t.insertInto('media').values({ ...mediaColumns(prepared, key), owner_id: userId, credential_id: credentialId, created_at: added }).execute());
  }

  // Issue 20, a lesson's files (src/academy/lesson-files.ts): the instructors' code samples and
  // checklists that learners download under the lesson, as plain text (docs/decisions/0062).
  async function lessonFile(c: NonNullable<typeof ai>, position: number, name: string, body: string, daysAgo: number) {
    const lesson = await tx.selectFrom('lessons').select('id').where('course_id', '=', c.id).where('position', '=', position).executeTakeFirst();
    if (!lesson || (await tx.selectFrom('media').select('key').where('lesson_id', '=', lesson.id).executeTakeFirst())) return;
    const prepared = await prepareAttachment({ name, bytes: new TextEncoder().encode(body) }, 'lesson_file');
    await storeWithin(deps, tx, prepared, (t, key) => t.insertInto('media').values({ ...mediaColumns(prepared, key), owner_id: c.author_id, lesson_id: lesson.id, created_at: new Date(now - daysAgo * DAY) }).execute());
  }
  await lessonFile(ai, 2, 'client-prompt-template.md', PROMPT_TEMPLATE, 30);
  await lessonFile(cloud, 2, 'budget_alert.py', BUDGET_ALERT, 30);

  await learner('bilal', ai, 12, 3, 104);
  await learner('ayesha', cloud, 8, 2, 105);
  await learner('hamid', digi, 5, 1, 106);
  return result;
}

const PROMPT_TEMPLATE = `# A prompt for client work (copy, then fill in the brackets)

Role: You are helping a freelancer in Pakistan write for a client in [country].
Task: [what to write: a product description, a summary, an email reply].
Context: [who the client is, who will read it, what they already said].
Constraints: [length], [tone], [words to use or avoid], no invented facts or figures.
Output: [format: bullet points, a table, 3 options].

Before sending anything to the client:
- check every fact, name and number yourself;
- remove the client's private data from what you paste into an AI tool;
- say in your offer that you use AI tools, if the client asked.

# کلائنٹ کے کام کے لیے پرامپٹ (کاپی کریں، پھر بریکٹس بھریں)

کردار: آپ پاکستان کے ایک فری لانسر کی [ملک] کے کلائنٹ کے لیے لکھنے میں مدد کر رہے ہیں۔
کام: [کیا لکھنا ہے: پروڈکٹ کی تفصیل، خلاصہ، ای میل کا جواب]۔
پس منظر: [کلائنٹ کون ہے، کون پڑھے گا، انہوں نے پہلے کیا کہا]۔
حدود: [لمبائی]، [انداز]، [کون سے الفاظ لکھنے ہیں یا نہیں]، کوئی گھڑی ہوئی بات یا عدد نہیں۔
نتیجہ: [فارمیٹ: نکات، ٹیبل، تین اختیارات]۔
`;

const BUDGET_ALERT = `"""Lists this month's AWS cost so far, and warns above a budget (in US dollars).

Run it with the CLI's credentials of your daily (non-root) user:  python budget_alert.py 1.00
Needs: pip install boto3. Cost Explorer bills each request it answers: run this once a day, not in a loop.
"""
import sys
from datetime import date

import boto3

budget = float(sys.argv[1]) if len(sys.argv) > 1 else 1.00
today = date.today()
start = today.replace(day=1).isoformat()
end = today.isoformat() if today.day > 1 else None

if end is None:
    print("It is the first of the month: nothing is billed yet.")
    sys.exit(0)

ce = boto3.client("ce", region_name="us-east-1")
result = ce.get_cost_and_usage(TimePeriod={"Start": start, "End": end}, Granularity="MONTHLY", Metrics=["UnblendedCost"])
spent = float(result["ResultsByTime"][0]["Total"]["UnblendedCost"]["Amount"])
print(f"Spent this month: \${spent:.2f} of \${budget:.2f}")
if spent > budget:
    print("Over budget: stop or delete what you do not need (lesson 5).")
    sys.exit(1)
`;
