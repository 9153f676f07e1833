// Quizzes and graded projects (issue 20, docs/decisions/0057). A learner enrolled in a course takes
// its quiz (questions and choices drawn and shuffled per attempt, graded here from the bank, the
// time limit enforced here, attempts limited) and sends its project (text, links, files); the
// course's instructor or a mentor grades the project against the rubric with written feedback; one
// resubmission after a failed grade. When both are passed, the enrolment is completed and the
// certificate issued (src/credentials) in the same transaction, and the learner is told.
//
// Who may: the learner alone reads and answers their attempts and their project (anyone else:
// not_found, as if it did not exist); a person not enrolled is told to enrol first. Grading: the
// course's author, a mentor, or an admin; never one's own submission. Everyone else who tries gets
// project.not_grader and nothing changes.
//
// Locks: every use case that changes a learner's quiz or project locks their enrolment row first,
// so two tabs cannot start two attempts or send two submissions at once, and completion is decided once.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Executor, Tx } from '../db/pool.ts';
import type { RubricCriterion } from '../academy/tables.ts';
import { issueCourseCertificate } from '../credentials/issue.ts';
import { attachmentOf, mediaColumns, prepareAttachment, type Prepared, storeAll, type Upload } from '../media/service.ts';
import { notify } from '../notifications/notify.ts';
import { type StepFile, UUID } from '../orders/use-cases/order-row.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import { hasRole } from '../platform/roles.ts';
import {
  type AttemptAnswers,
  type AttemptState,
  answersInput,
  attemptState,
  attemptsLeft,
  type BankChoice,
  type BankQuestion,
  checkCanAnswer,
  cleanAnswers,
  deadlineFor,
  type DrawnQuestion,
  drawAttempt,
  gradeAttempt,
  gradeInput,
  isCompleted,
  maySubmit,
  nextAttempt,
  nextSubmission,
  percentOf,
  PROJECT_FILES,
  type QuestionKind,
  type Random,
  scoreRubric,
  secondsLeft,
  seededRandom,
  submissionInput,
} from './domain.ts';

/** Text an author wrote in either or both languages; the page shows the reader's first. */
export interface Both {
  en: string | null;
  ur: string | null;
}

export interface CourseRef {
  id: string;
  slug: string;
  title: Both;
}

const courseColumns = [
  'c.id as course_id',
  'c.slug',
  'c.title_en',
  'c.title_ur',
  'c.author_id',
  'c.quiz_pass_percent',
  'c.quiz_time_limit_seconds',
  'c.quiz_attempts',
  'c.quiz_questions_per_attempt',
  'c.project_brief_en',
  'c.project_brief_ur',
  'c.rubric',
  'c.project_pass_percent',
] as const;

const courseRef = (r: { course_id: string; slug: string; title_en: string | null; title_ur: string | null }): CourseRef => ({ id: r.course_id, slug: r.slug, title: { en: r.title_en, ur: r.title_ur } });

/** A course by its slug with the actor's enrolment in it (if any). */
async function courseFor(db: Executor, slug: string, userId: string) {
  const row = await db
    .selectFrom('courses as c')
    .leftJoin('enrolments as e', (j) => j.onRef('e.course_id', '=', 'c.id').on('e.user_id', '=', userId))
    .select(courseColumns)
    .select(['e.id as enrolment_id', 'e.completed_at'])
    .where('c.slug', '=', slug)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return row;
}

/** The course and the actor's enrolment in it; assessments.not_enrolled when they have none. */
async function enrolled(db: Executor, actor: Actor, slug: string) {
  const row = await courseFor(db, slug, actor.userId);
  if (!row.enrolment_id) throw new AppError('assessments.not_enrolled');
  return { ...row, enrolment_id: row.enrolment_id };
}

const lockEnrolment = (tx: Tx, enrolmentId: string) => tx.selectFrom('enrolments').select(['id', 'user_id', 'course_id', 'completed_at']).where('id', '=', enrolmentId).forUpdate().executeTakeFirstOrThrow();

// --- The quiz -----------------------------------------------------------------------------------

export interface AttemptSummary {
  id: string;
  number: number;
  startedAt: Date;
  state: AttemptState;
  right: number | null;
  outOf: number;
  percent: number | null;
  passed: boolean;
}

export interface QuizOverview {
  course: CourseRef;
  passPercent: number;
  timeLimitSeconds: number | null;
  attemptsAllowed: number;
  /** Questions one attempt shows. */
  questionsPerAttempt: number;
  attempts: AttemptSummary[];
  attemptsLeft: number;
  passed: boolean;
  /** An attempt still open, to resume. */
  openAttemptId: string | null;
  canStart: boolean;
  completedAt: Date | null;
}

const attemptRows = (db: Executor, enrolmentId: string) =>
  db.selectFrom('quiz_attempts').select(['id', 'number', 'started_at', 'deadline_at', 'submitted_at', 'drawn', 'score', 'passed']).where('enrolment_id', '=', enrolmentId).orderBy('number').execute();

type AttemptRow = Awaited<ReturnType<typeof attemptRows>>[number];
const factsOf = (a: Pick<AttemptRow, 'submitted_at' | 'deadline_at' | 'passed'>) => ({ submittedAt: a.submitted_at ? new Date(a.submitted_at) : null, deadlineAt: a.deadline_at ? new Date(a.deadline_at) : null, passed: a.passed });

/** The quiz of a course for an enrolled learner: its rules, their attempts so far, what they may do next. */
export async function quizOverview(deps: Deps, actorIn: Actor | null, slug: string): Promise<QuizOverview> {
  const actor = requireActor(actorIn);
  const c = await enrolled(deps.db, actor, slug);
  const now = deps.clock.now();
  const rows = await attemptRows(deps.db, c.enrolment_id);
  const bank = await deps.db.selectFrom('quiz_questions').select((eb) => eb.fn.countAll<string>().as('n')).where('course_id', '=', c.course_id).executeTakeFirstOrThrow();
  const bankSize = Number(bank.n);
  const attempts = rows.map((a): AttemptSummary => {
    const outOf = a.drawn.length;
    return { id: a.id, number: a.number, startedAt: a.started_at, state: attemptState(factsOf(a), now), right: a.score, outOf, percent: a.score === null ? null : percentOf(a.score, outOf), passed: a.passed === true };
  });
  const open = attempts.find((a) => a.state === 'open') ?? null;
  const left = attemptsLeft(c.quiz_attempts, rows.map(factsOf));
  const passed = attempts.some((a) => a.passed);
  return {
    course: courseRef(c),
    passPercent: c.quiz_pass_percent,
    timeLimitSeconds: c.quiz_time_limit_seconds,
    attemptsAllowed: c.quiz_attempts,
    questionsPerAttempt: c.quiz_questions_per_attempt === null ? bankSize : Math.min(c.quiz_questions_per_attempt, bankSize),
    attempts,
    attemptsLeft: left,
    passed,
    openAttemptId: open?.id ?? null,
    canStart: !passed && bankSize > 0 && (open !== null || left > 0),
    completedAt: c.completed_at,
  };
}

/** A question as an attempt shows it: its choices in the drawn order, and never which are correct. */
export interface ShownQuestion {
  id: string;
  kind: QuestionKind;
  prompt: Both;
  choices: { id: string; text: Both }[];
  /** After submission: what the learner chose, and whether that was right. */
  chosen: string[] | null;
  right: boolean | null;
}

export interface AttemptView {
  id: string;
  number: number;
  course: CourseRef;
  attemptsAllowed: number;
  passPercent: number;
  startedAt: Date;
  deadlineAt: Date | null;
  /** Seconds left to answer, null without a time limit. */
  secondsLeft: number | null;
  state: AttemptState;
  questions: ShownQuestion[];
  result: { right: number; outOf: number; percent: number; passed: boolean } | null;
  attemptsLeft: number;
}

async function bankOf(db: Executor, courseId: string, ids?: readonly string[]) {
  let q = db.selectFrom('quiz_questions').select(['id', 'kind', 'prompt_en', 'prompt_ur', 'choices']).where('course_id', '=', courseId);
  if (ids) {
    if (ids.length === 0) return [];
    q = q.where('id', 'in', ids);
  }
  return q.orderBy('position').execute();
}

const toBank = (r: { id: string; kind: QuestionKind; choices: BankChoice[] }): BankQuestion => ({ id: r.id, kind: r.kind, choices: r.choices });

/** An attempt of the actor's; anyone else's is not_found. */
async function attemptOf(db: Executor, actor: Actor, attemptId: string) {
  if (!UUID.test(attemptId)) throw new AppError('not_found');
  const row = await db
    .selectFrom('quiz_attempts as a')
    .innerJoin('enrolments as e', 'e.id', 'a.enrolment_id')
    .innerJoin('courses as c', 'c.id', 'e.course_id')
    .select(['a.id', 'a.number', 'a.enrolment_id', 'a.started_at', 'a.deadline_at', 'a.drawn', 'a.submitted_at', 'a.answers', 'a.score', 'a.passed', 'e.user_id'])
    .select(courseColumns)
    .where('a.id', '=', attemptId)
    .executeTakeFirst();
  if (!row || row.user_id !== actor.userId) throw new AppError('not_found');
  return row;
}

/** One of the actor's attempts: open, its questions to answer; answered, the result. */
export async function getAttempt(deps: Deps, actorIn: Actor | null, attemptId: string): Promise<AttemptView> {
  const actor = requireActor(actorIn);
  const a = await attemptOf(deps.db, actor, attemptId);
  const now = deps.clock.now();
  const drawn: DrawnQuestion[] = a.drawn;
  const bank = new Map((await bankOf(deps.db, a.course_id, drawn.map((d) => d.question))).map((q) => [q.id, q]));
  const state = attemptState(factsOf(a), now);
  const submitted = state === 'submitted';
  const answers: AttemptAnswers = a.answers ?? {};
  const graded = submitted ? gradeAttempt(new Map([...bank].map(([k, q]) => [k, toBank(q)])), drawn, answers, a.quiz_pass_percent) : null;
  const wrong = new Set(graded?.wrong ?? []);
  const questions = drawn.flatMap((d): ShownQuestion[] => {
    const q = bank.get(d.question);
    if (!q) return [];
    const byId = new Map(q.choices.map((c) => [c.id, c]));
    return [
      {
        id: q.id,
        kind: q.kind,
        prompt: { en: q.prompt_en, ur: q.prompt_ur },
        // Only the text: the correct flags stay on the server.
        choices: d.choices.flatMap((id) => {
          const c = byId.get(id);
          return c ? [{ id, text: { en: c.text_en, ur: c.text_ur } }] : [];
        }),
        chosen: submitted ? (answers[q.id] ?? []) : null,
        right: submitted ? !wrong.has(q.id) : null,
      },
    ];
  });
  const all = await attemptRows(deps.db, a.enrolment_id);
  return {
    id: a.id,
    number: a.number,
    course: courseRef(a),
    attemptsAllowed: a.quiz_attempts,
    passPercent: a.quiz_pass_percent,
    startedAt: a.started_at,
    deadlineAt: a.deadline_at ? new Date(a.deadline_at) : null,
    secondsLeft: state === 'open' ? secondsLeft(a.deadline_at ? new Date(a.deadline_at) : null, now) : null,
    state,
    questions,
    // The stored score is what was graded at submission; the pass mark is the one of that moment.
    result: submitted && a.score !== null ? { right: a.score, outOf: drawn.length, percent: percentOf(a.score, drawn.length), passed: a.passed === true } : null,
    attemptsLeft: attemptsLeft(a.quiz_attempts, all.map(factsOf)),
  };
}

/** A fresh source of randomness for one attempt's draw. */
const freshRandom = (): Random => seededRandom(randomBytes(16).toString('hex'));

/**
 * Starts an attempt (or resumes the open one): the questions drawn from the bank and their choices
 * shuffled, frozen with the attempt, with a deadline when the course has a time limit. Refused
 * after a pass and beyond the attempts allowed; a timed-out attempt counts as one taken.
 */
export async function startAttempt(deps: Deps, actorIn: Actor | null, slug: string, random: Random = freshRandom()): Promise<AttemptView> {
  const actor = requireActor(actorIn);
  const c = await enrolled(deps.db, actor, slug);
  const id = await deps.db.transaction().execute(async (tx) => {
    await lockEnrolment(tx, c.enrolment_id);
    const now = deps.clock.now();
    const rows = await attemptRows(tx, c.enrolment_id);
    const next = nextAttempt(c.quiz_attempts, rows.map(factsOf), now);
    if ('resume' in next) return rows[next.resume]!.id;
    const bank = (await bankOf(tx, c.course_id)).map(toBank);
    const drawn = drawAttempt(bank, c.quiz_questions_per_attempt, random);
    const r = await tx
      .insertInto('quiz_attempts')
      .values({ enrolment_id: c.enrolment_id, number: next.start, started_at: now, deadline_at: deadlineFor(now, c.quiz_time_limit_seconds), drawn: JSON.stringify(drawn) })
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  });
  return getAttempt(deps, actor, id);
}

/**
 * Answers an open attempt, graded here from the bank. Answers after the deadline (plus the grace)
 * are refused with quiz.time_up and nothing is recorded: the attempt stays unanswered and never
 * passes. A pass may complete the course (completeIfPassed).
 */
export async function submitAttempt(deps: Deps, actorIn: Actor | null, attemptId: string, raw: unknown): Promise<AttemptView> {
  const actor = requireActor(actorIn);
  const a = await attemptOf(deps.db, actor, attemptId);
  const { answers } = parseWith(answersInput, raw);
  await deps.db.transaction().execute(async (tx) => {
    await lockEnrolment(tx, a.enrolment_id);
    const row = await tx.selectFrom('quiz_attempts').select(['submitted_at', 'deadline_at', 'passed', 'drawn']).where('id', '=', a.id).forUpdate().executeTakeFirstOrThrow();
    const now = deps.clock.now();
    checkCanAnswer(factsOf(row), now);
    const drawn: DrawnQuestion[] = row.drawn;
    const bank = new Map((await bankOf(tx, a.course_id, drawn.map((d) => d.question))).map((q) => [q.id, toBank(q)]));
    const kept = cleanAnswers(drawn, answers);
    const r = gradeAttempt(bank, drawn, kept, a.quiz_pass_percent);
    await tx.updateTable('quiz_attempts').set({ submitted_at: now, answers: JSON.stringify(kept), score: r.right, passed: r.passed }).where('id', '=', a.id).execute();
    if (r.passed) await completeIfPassed(tx, deps, a.enrolment_id);
  });
  return getAttempt(deps, actor, attemptId);
}

// --- The project ------------------------------------------------------------------------------------

export interface Grade {
  scores: Record<string, number>;
  total: number;
  outOf: number;
  percent: number;
  passed: boolean;
  feedback: string;
  gradedAt: Date;
  graderName: string;
}

export interface SubmissionView {
  id: string;
  attempt: number;
  learnerName: string;
  text: string | null;
  links: string[];
  files: StepFile[];
  submittedAt: Date;
  grade: Grade | null;
}

export interface ProjectBrief {
  course: CourseRef;
  brief: Both;
  rubric: RubricCriterion[];
  outOf: number;
  passPercent: number;
}

export interface ProjectView extends ProjectBrief {
  submissions: SubmissionView[];
  canSubmit: boolean;
  passed: boolean;
  completedAt: Date | null;
}

const briefOf = (c: { course_id: string; slug: string; title_en: string | null; title_ur: string | null; project_brief_en: string | null; project_brief_ur: string | null; rubric: RubricCriterion[]; project_pass_percent: number }): ProjectBrief => ({
  course: courseRef(c),
  brief: { en: c.project_brief_en, ur: c.project_brief_ur },
  rubric: c.rubric,
  outOf: c.rubric.reduce((s, r) => s + r.points, 0),
  passPercent: c.project_pass_percent,
});

const submissionQuery = (db: Executor) =>
  db
    .selectFrom('project_submissions as s')
    .innerJoin('enrolments as e', 'e.id', 's.enrolment_id')
    .innerJoin('users as l', 'l.id', 'e.user_id')
    .leftJoin('users as g', 'g.id', 's.graded_by')
    .select(['s.id', 's.enrolment_id', 's.attempt', 's.body', 's.links', 's.submitted_at', 's.graded_at', 's.scores', 's.total', 's.out_of', 's.feedback', 's.passed', 'e.user_id', 'e.course_id', 'l.display_name as learner_name', 'g.display_name as grader_name']);

type SubmissionRow = Awaited<ReturnType<ReturnType<typeof submissionQuery>['execute']>>[number];

/** The files of several submissions at once, by submission, in the order they were sent. */
async function filesOf(db: Executor, ids: readonly string[]): Promise<Map<string, StepFile[]>> {
  const out = new Map<string, StepFile[]>();
  if (ids.length === 0) return out;
  const rows = await db.selectFrom('media').select(['key', 'file_name', 'content_type', 'bytes', 'position', 'project_submission_id']).where('project_submission_id', 'in', ids).orderBy('position').execute();
  for (const r of rows) {
    const a = attachmentOf(r);
    const id = r.project_submission_id!;
    out.set(id, [...(out.get(id) ?? []), { url: a.url, name: a.name, bytes: a.bytes, contentType: a.contentType }]);
  }
  return out;
}

async function submissionViews(db: Executor, rows: readonly SubmissionRow[]): Promise<SubmissionView[]> {
  const files = await filesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    attempt: r.attempt,
    learnerName: r.learner_name,
    text: r.body,
    links: r.links,
    files: files.get(r.id) ?? [],
    submittedAt: r.submitted_at,
    grade:
      r.graded_at && r.scores && r.total !== null && r.out_of !== null
        ? { scores: r.scores, total: r.total, outOf: r.out_of, percent: percentOf(r.total, r.out_of), passed: r.passed === true, feedback: r.feedback ?? '', gradedAt: new Date(r.graded_at), graderName: r.grader_name ?? '' }
        : null,
  }));
}

const factsOfSubmission = (s: SubmissionView) => ({ attempt: s.attempt, graded: s.grade !== null, passed: s.grade?.passed ?? null });

/** The project of a course for an enrolled learner: the brief, the rubric, what they sent and its grades. */
export async function projectOf(deps: Deps, actorIn: Actor | null, slug: string): Promise<ProjectView> {
  const actor = requireActor(actorIn);
  const c = await enrolled(deps.db, actor, slug);
  const rows = await submissionQuery(deps.db).where('s.enrolment_id', '=', c.enrolment_id).orderBy('s.attempt').execute();
  const submissions = await submissionViews(deps.db, rows);
  return {
    ...briefOf(c),
    submissions,
    canSubmit: c.rubric.length > 0 && maySubmit(submissions.map(factsOfSubmission)),
    passed: submissions.some((s) => s.grade?.passed),
    completedAt: c.completed_at,
  };
}

/** The link fields of a form (one or several `links`) as a list, blanks dropped. */
export const linksOf = (v: unknown): string[] => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []).filter((x): x is string => typeof x === 'string' && x.trim() !== '');

/**
 * The learner sends their project: text, links and up to PROJECT_FILES files, at least one of the
 * three. The first time, or once more after a failed grade; never while one waits for its grade.
 */
export async function submitProject(deps: Deps, actorIn: Actor | null, slug: string, raw: unknown, files: readonly Upload[] = []): Promise<ProjectView> {
  const actor = requireActor(actorIn);
  const c = await enrolled(deps.db, actor, slug);
  const body = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const input = parseWith(submissionInput, { ...body, text: typeof body.text === 'string' && body.text.trim() === '' ? undefined : body.text, links: linksOf(body.links) });
  const links = input.links.filter((l): l is string => l !== null);
  if (c.rubric.length === 0) throw new AppError('project.no_rubric');
  if (files.length > PROJECT_FILES) throw new AppError('project.too_many_files', { max: PROJECT_FILES });
  if (!input.text && links.length === 0 && files.length === 0) throw new AppError('project.empty');
  // Refused early (before files are read) when nothing may be sent now; checked again under the lock.
  const before = await projectOf(deps, actor, slug);
  nextSubmission(before.submissions.map(factsOfSubmission));
  const prepared: Prepared[] = [];
  for (const f of files) prepared.push(await prepareAttachment(f, 'project_file'));
  await storeAll(deps, prepared, async (tx, keys) => {
    await lockEnrolment(tx, c.enrolment_id);
    const existing = await tx.selectFrom('project_submissions').select(['attempt', 'graded_at', 'passed']).where('enrolment_id', '=', c.enrolment_id).execute();
    const attempt = nextSubmission(existing.map((s) => ({ attempt: s.attempt, graded: s.graded_at !== null, passed: s.passed })));
    const now = deps.clock.now();
    const s = await tx
      .insertInto('project_submissions')
      .values({ enrolment_id: c.enrolment_id, attempt: attempt as 1 | 2, body: input.text ?? null, links, submitted_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (prepared.length) {
      await tx
        .insertInto('media')
        .values(prepared.map((p, i) => ({ ...mediaColumns(p, keys[i]!), owner_id: actor.userId, project_submission_id: s.id, position: i, created_at: now })))
        .execute();
    }
  });
  return projectOf(deps, actor, slug);
}

// --- Grading ------------------------------------------------------------------------------------------

/** Whether the actor may grade a course's projects: its author, a mentor, or an admin. */
async function mayGrade(db: Executor, actor: Actor, authorId: string): Promise<boolean> {
  return actor.userId === authorId || actor.isAdmin || (await hasRole(db, actor.userId, 'mentor'));
}

export interface QueueItem {
  id: string;
  course: CourseRef;
  learnerName: string;
  attempt: number;
  submittedAt: Date;
}

const hasAuthored = async (db: Executor, userId: string) =>
  (await db.selectFrom('courses').select('id').where('author_id', '=', userId).limit(1).executeTakeFirst()) !== undefined;

/** Whether the person may open the grading queue (/academy/grading): admins, mentors, and instructors who wrote a course. */
export async function mayGradeProjects(db: Executor, actor: Actor | null): Promise<boolean> {
  if (!actor) return false;
  return actor.isAdmin || (await hasRole(db, actor.userId, 'mentor')) || (await hasAuthored(db, actor.userId));
}

/**
 * Projects waiting for a grade, the longest waiting first: of every course for mentors and admins,
 * of their own courses for an instructor; never the grader's own work. Anyone else: project.not_grader.
 */
export async function gradingQueue(deps: Deps, actorIn: Actor | null): Promise<QueueItem[]> {
  const actor = requireActor(actorIn);
  const everyCourse = actor.isAdmin || (await hasRole(deps.db, actor.userId, 'mentor'));
  if (!everyCourse && !(await hasAuthored(deps.db, actor.userId))) throw new AppError('project.not_grader');
  let q = deps.db
    .selectFrom('project_submissions as s')
    .innerJoin('enrolments as e', 'e.id', 's.enrolment_id')
    .innerJoin('courses as c', 'c.id', 'e.course_id')
    .innerJoin('users as l', 'l.id', 'e.user_id')
    .select(['s.id', 's.attempt', 's.submitted_at', 'c.id as course_id', 'c.slug', 'c.title_en', 'c.title_ur', 'l.display_name'])
    .where('s.graded_at', 'is', null)
    .where('e.user_id', '!=', actor.userId);
  if (!everyCourse) q = q.where('c.author_id', '=', actor.userId);
  const rows = await q.orderBy('s.submitted_at').limit(200).execute();
  return rows.map((r) => ({ id: r.id, course: courseRef(r), learnerName: r.display_name, attempt: r.attempt, submittedAt: r.submitted_at }));
}

export interface GradingView extends ProjectBrief {
  submission: SubmissionView;
  /** The learner's earlier submission and its grade, when this is the resubmission. */
  earlier: SubmissionView | null;
}

/** A grader's one submission; project.not_grader for anyone else, project.own_submission for one's own. */
async function gradable(db: Executor, actor: Actor, submissionId: string) {
  if (!UUID.test(submissionId)) throw new AppError('not_found');
  const row = await submissionQuery(db).where('s.id', '=', submissionId).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  const course = await db.selectFrom('courses as c').select(courseColumns).where('c.id', '=', row.course_id).executeTakeFirstOrThrow();
  if (!(await mayGrade(db, actor, course.author_id))) throw new AppError('project.not_grader');
  if (row.user_id === actor.userId) throw new AppError('project.own_submission');
  return { row, course };
}

/** A submission as a grader sees it, with the brief, the rubric and the learner's earlier attempt. */
export async function submissionForGrading(deps: Deps, actorIn: Actor | null, submissionId: string): Promise<GradingView> {
  const actor = requireActor(actorIn);
  const { row, course } = await gradable(deps.db, actor, submissionId);
  const all = await submissionQuery(deps.db).where('s.enrolment_id', '=', row.enrolment_id).orderBy('s.attempt').execute();
  const views = await submissionViews(deps.db, all);
  return { ...briefOf(course), submission: views.find((s) => s.id === row.id)!, earlier: views.find((s) => s.attempt < row.attempt) ?? null };
}

/**
 * Grades a submission against the course's rubric, with written feedback, once. The learner is told;
 * a pass may complete the course. Someone who may not grade it: project.not_grader, nothing changes.
 */
export async function gradeSubmission(deps: Deps, actorIn: Actor | null, submissionId: string, raw: unknown): Promise<GradingView> {
  const actor = requireActor(actorIn);
  const { row, course } = await gradable(deps.db, actor, submissionId);
  const input = parseWith(gradeInput, raw);
  const result = scoreRubric(course.rubric, input.scores, course.project_pass_percent);
  await deps.db.transaction().execute(async (tx) => {
    await lockEnrolment(tx, row.enrolment_id);
    const s = await tx.selectFrom('project_submissions').select(['graded_at']).where('id', '=', row.id).forUpdate().executeTakeFirstOrThrow();
    if (s.graded_at) throw new AppError('project.already_graded');
    const now = deps.clock.now();
    await tx
      .updateTable('project_submissions')
      .set({ graded_by: actor.userId, graded_at: now, scores: JSON.stringify(result.scores), total: result.total, out_of: result.outOf, feedback: input.feedback, passed: result.passed })
      .where('id', '=', row.id)
      .execute();
    const learner = await tx.selectFrom('users').select('locale').where('id', '=', row.user_id).executeTakeFirstOrThrow();
    await notify(deps, tx, {
      userId: row.user_id,
      kind: 'project_graded',
      params: { course: titleIn(learner.locale, course), total: result.total, out_of: result.outOf },
      link: `/academy/courses/${course.slug}/project`,
    });
    if (result.passed) await completeIfPassed(tx, deps, row.enrolment_id);
  });
  return submissionForGrading(deps, actor, submissionId);
}

/** A course's title in a reader's language, or the other one when it has only that. */
export const titleIn = (locale: 'en' | 'ur', c: { title_en: string | null; title_ur: string | null }): string => (locale === 'ur' ? (c.title_ur ?? c.title_en) : (c.title_en ?? c.title_ur)) ?? '';

// --- Completion -------------------------------------------------------------------------------------

/**
 * When the learner has passed both the quiz and the project: the enrolment is completed, the
 * certificate issued (src/credentials; null until that module issues one) and the learner told, all
 * in the caller's transaction. Does nothing for an enrolment already completed or not yet passed.
 */
export async function completeIfPassed(tx: Tx, deps: Deps, enrolmentId: string): Promise<{ completedAt: Date; certificate: { code: string } | null } | null> {
  const e = await lockEnrolment(tx, enrolmentId);
  if (e.completed_at) return null;
  const { rows } = await sql<{ quiz: boolean; project: boolean }>`
    SELECT EXISTS (SELECT 1 FROM quiz_attempts WHERE enrolment_id = ${enrolmentId} AND passed) AS quiz,
           EXISTS (SELECT 1 FROM project_submissions WHERE enrolment_id = ${enrolmentId} AND passed) AS project`.execute(tx);
  if (!isCompleted(rows[0]?.quiz === true, rows[0]?.project === true)) return null;
  const completedAt = deps.clock.now();
  await tx.updateTable('enrolments').set({ completed_at: completedAt }).where('id', '=', enrolmentId).execute();
  const certificate = await issueCourseCertificate(tx, deps, { userId: e.user_id, courseId: e.course_id, completedAt });
  const course = await tx.selectFrom('courses').select(['slug', 'title_en', 'title_ur']).where('id', '=', e.course_id).executeTakeFirstOrThrow();
  const learner = await tx.selectFrom('users').select('locale').where('id', '=', e.user_id).executeTakeFirstOrThrow();
  await notify(deps, tx, { userId: e.user_id, kind: 'course_completed', params: { course: titleIn(learner.locale, course) }, link: `/academy/courses/${course.slug}` });
  return { completedAt, certificate };
}

// --- For the academy's pages -------------------------------------------------------------------------

export interface AssessmentStatus {
  slug: string;
  quiz: { passed: boolean; best: number | null; attemptsLeft: number; hasQuestions: boolean };
  project: { state: 'not_sent' | 'awaiting_grade' | 'passed' | 'failed_may_resubmit' | 'failed'; hasRubric: boolean };
  completedAt: Date | null;
}

/** Where a learner stands with a course's quiz and project, for a card on the course page (AssessmentsCard). */
export async function assessmentStatus(db: Executor, enrolmentId: string): Promise<AssessmentStatus> {
  const e = await db
    .selectFrom('enrolments as e')
    .innerJoin('courses as c', 'c.id', 'e.course_id')
    .select(['c.id', 'c.slug', 'c.quiz_attempts', 'c.quiz_pass_percent', 'c.rubric', 'e.completed_at'])
    .where('e.id', '=', enrolmentId)
    .executeTakeFirstOrThrow();
  const attempts = await attemptRows(db, enrolmentId);
  const bank = await db.selectFrom('quiz_questions').select('id').where('course_id', '=', e.id).limit(1).executeTakeFirst();
  const subs = await db.selectFrom('project_submissions').select(['attempt', 'graded_at', 'passed']).where('enrolment_id', '=', enrolmentId).orderBy('attempt', 'desc').execute();
  const best = attempts.reduce<number | null>((b, a) => (a.score === null ? b : Math.max(b ?? 0, percentOf(a.score, a.drawn.length))), null);
  const last = subs[0];
  const state: AssessmentStatus['project']['state'] = !last ? 'not_sent' : !last.graded_at ? 'awaiting_grade' : last.passed ? 'passed' : last.attempt < 2 ? 'failed_may_resubmit' : 'failed';
  return {
    slug: e.slug,
    quiz: { passed: attempts.some((a) => a.passed), best, attemptsLeft: attemptsLeft(e.quiz_attempts, attempts.map(factsOf)), hasQuestions: bank !== undefined },
    project: { state, hasRubric: e.rubric.length > 0 },
    completedAt: e.completed_at,
  };
}

