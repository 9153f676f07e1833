// Quizzes and graded projects: the rules, with no I/O (docs/decisions/0057).
//
// Invariants (asserted in domain.test.ts, with fast-check where they are about any input):
// - an attempt draws each question at most once, only from the course's bank, and shows every
//   choice of a drawn question exactly once; the same seed draws the same attempt;
// - grading happens here, on the server, from the bank: a single-choice question is right when
//   exactly its one correct choice is chosen; a multiple-choice question is right when exactly its
//   set of correct choices is chosen (nothing missing, nothing extra: no partial credit). A question
//   left unanswered, or answered with a choice it does not have, is wrong;
// - an attempt passes when right × 100 ≥ pass percent × questions (whole numbers, no rounding);
// - an answer sent after the deadline plus GRACE_MS is refused: the attempt never passes;
// - a learner has at most `attempts` attempts, and none once one has passed;
// - a rubric score gives each criterion a whole number from 0 to its points, every criterion
//   scored, none unknown; the project passes when total × 100 ≥ pass percent × out of;
// - a project is sent at most twice: a second time only after the first was graded and failed.
import { z } from 'zod';
import { linkField } from '../profiles/domain.ts';
import { AppError, type FieldErrors } from '../platform/errors.ts';
import { multiLine } from '../platform/text.ts';

export const QUESTION_KINDS = ['single', 'multiple'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** A choice as the bank keeps it: a stable id (attempts record it), its text, whether it is right. */
export interface BankChoice {
  id: string;
  text_en: string | null;
  text_ur: string | null;
  correct: boolean;
}

export interface BankQuestion {
  id: string;
  kind: QuestionKind;
  choices: readonly BankChoice[];
}

/** A drawn question and the order its choices are shown in (choice ids). */
export interface DrawnQuestion {
  question: string;
  choices: string[];
}

/** What a learner chose: question id -> choice ids. */
export type AttemptAnswers = Record<string, string[]>;

/** An answer this long after the deadline is still taken: a slow 3G upload or a clock a little off. */
export const GRACE_MS = 30_000;
/** Files with one project submission, each within MEDIA_LIMITS.documentBytes. */
export const PROJECT_FILES = 5;
export const PROJECT_LINKS = 5;
export const PROJECT_TEXT_MAX = 10_000;
export const FEEDBACK_MAX = 5_000;
/** Attempt 2 is the one resubmission. */
export const PROJECT_SUBMISSIONS = 2;

// --- Randomness -----------------------------------------------------------------------------------

/** A source of numbers in [0, 1). The service passes a seeded one made from random bytes. */
export type Random = () => number;

/** A small seeded generator (a 32-bit string hash into mulberry32): the same seed, the same numbers. */
export function seededRandom(seed: string): Random {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A new array in a random order (Fisher–Yates). */
export function shuffle<T>(xs: readonly T[], random: Random): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * An attempt's questions: `perAttempt` of the bank (all of it when null or larger), in a random
 * order, each with its choices in a random order.
 */
export function drawAttempt(bank: readonly BankQuestion[], perAttempt: number | null, random: Random): DrawnQuestion[] {
  if (bank.length === 0) throw new AppError('quiz.no_questions');
  const count = perAttempt === null ? bank.length : Math.min(perAttempt, bank.length);
  return shuffle(bank, random)
    .slice(0, count)
    .map((q) => ({ question: q.id, choices: shuffle(q.choices, random).map((c) => c.id) }));
}

// --- Grading --------------------------------------------------------------------------------------

/** Whether the chosen choices answer the question right (the rule at the top of this file). */
export function isRight(q: BankQuestion, chosen: readonly string[] | undefined): boolean {
  const picked = new Set(chosen ?? []);
  const right = new Set(q.choices.filter((c) => c.correct).map((c) => c.id));
  if (q.kind === 'single' && picked.size !== 1) return false;
  if (picked.size !== right.size) return false;
  for (const id of picked) if (!right.has(id)) return false;
  return true;
}

/** Whether `right` of `outOf` reaches the pass mark, in whole numbers (70% of 7 needs 5: 4.9 is not enough). */
export const reachesPassMark = (right: number, outOf: number, passPercent: number): boolean => outOf > 0 && right * 100 >= passPercent * outOf;

/** Whole percent, rounded down (what a person sees; the pass mark is decided by reachesPassMark). */
export const percentOf = (right: number, outOf: number): number => (outOf === 0 ? 0 : Math.floor((right * 100) / outOf));

export interface QuizResult {
  right: number;
  outOf: number;
  percent: number;
  passed: boolean;
  /** The drawn questions answered wrong (or not at all), in the order shown. */
  wrong: string[];
}

/** Grades an attempt's answers against the bank. A drawn question missing from the bank counts as wrong. */
export function gradeAttempt(bank: ReadonlyMap<string, BankQuestion>, drawn: readonly DrawnQuestion[], answers: AttemptAnswers, passPercent: number): QuizResult {
  const wrong: string[] = [];
  for (const d of drawn) {
    const q = bank.get(d.question);
    if (!q || !isRight(q, answers[d.question])) wrong.push(d.question);
  }
  const right = drawn.length - wrong.length;
  return { right, outOf: drawn.length, percent: percentOf(right, drawn.length), passed: reachesPassMark(right, drawn.length, passPercent), wrong };
}

/**
 * Keeps only answers to drawn questions, with choices the question showed, each once; a single-choice
 * question keeps its answer as sent (more than one choice is then graded wrong).
 */
export function cleanAnswers(drawn: readonly DrawnQuestion[], raw: AttemptAnswers): AttemptAnswers {
  const out: AttemptAnswers = {};
  for (const d of drawn) {
    const shown = new Set(d.choices);
    const picked = [...new Set(raw[d.question] ?? [])].filter((c) => shown.has(c));
    if (picked.length) out[d.question] = picked;
  }
  return out;
}

// --- Attempts and the time limit -------------------------------------------------------------------

export interface AttemptFacts {
  submittedAt: Date | null;
  deadlineAt: Date | null;
  passed: boolean | null;
}

export type AttemptState = 'open' | 'submitted' | 'timed_out';

/** An attempt is open until submitted, or until its deadline plus the grace has passed. */
export function attemptState(a: AttemptFacts, now: Date): AttemptState {
  if (a.submittedAt) return 'submitted';
  if (a.deadlineAt && now.getTime() > a.deadlineAt.getTime() + GRACE_MS) return 'timed_out';
  return 'open';
}

/** Seconds left to answer (0 at or after the deadline), or null without a time limit. */
export function secondsLeft(deadlineAt: Date | null, now: Date): number | null {
  if (!deadlineAt) return null;
  return Math.max(0, Math.ceil((deadlineAt.getTime() - now.getTime()) / 1000));
}

/** When an attempt started now must be answered by, given the course's time limit. */
export const deadlineFor = (startedAt: Date, timeLimitSeconds: number | null): Date | null => (timeLimitSeconds ? new Date(startedAt.getTime() + timeLimitSeconds * 1000) : null);

/** Attempts still to take: none once one has passed; every attempt started counts, answered or not. */
export function attemptsLeft(allowed: number, attempts: readonly Pick<AttemptFacts, 'passed'>[]): number {
  if (attempts.some((a) => a.passed === true)) return 0;
  return Math.max(0, allowed - attempts.length);
}

/** What starting an attempt does: resume the open one, start a new one, or why not. */
export function nextAttempt(allowed: number, attempts: readonly AttemptFacts[], now: Date): { resume: number } | { start: number } {
  if (attempts.some((a) => a.passed === true)) throw new AppError('quiz.already_passed');
  const open = attempts.findIndex((a) => attemptState(a, now) === 'open');
  if (open >= 0) return { resume: open };
  if (attempts.length >= allowed) throw new AppError('quiz.no_attempts_left', { attempts: allowed });
  return { start: attempts.length + 1 };
}

/** Refuses an answer to an attempt that is not open (already answered, or too late). */
export function checkCanAnswer(a: AttemptFacts, now: Date): void {
  const state = attemptState(a, now);
  if (state === 'submitted') throw new AppError('quiz.already_submitted');
  if (state === 'timed_out') throw new AppError('quiz.time_up');
}

// --- Projects ---------------------------------------------------------------------------------------

export interface RubricItem {
  id: string;
  points: number;
}

export interface RubricResult {
  scores: Record<string, number>;
  total: number;
  outOf: number;
  percent: number;
  passed: boolean;
}

/**
 * Scores a project against the rubric. Each criterion needs a whole number from 0 to its points;
 * problems come back as field messages named `scores.<criterion id>`, so a form shows each by its box.
 */
export function scoreRubric(rubric: readonly RubricItem[], raw: Record<string, unknown>, passPercent: number): RubricResult {
  if (rubric.length === 0) throw new AppError('project.no_rubric');
  const fields: FieldErrors = {};
  const scores: Record<string, number> = {};
  for (const c of rubric) {
    const v = raw[c.id];
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : Number.NaN;
    if (v === undefined || v === null || v === '') fields[`scores.${c.id}`] = { key: 'field.required' };
    else if (!Number.isInteger(n) || n < 0 || n > c.points) fields[`scores.${c.id}`] = { key: 'field.points_range', params: { max: c.points } };
    else scores[c.id] = n;
  }
  const known = new Set(rubric.map((c) => c.id));
  for (const k of Object.keys(raw)) if (!known.has(k)) fields[`scores.${k}`] = { key: 'field.invalid' };
  if (Object.keys(fields).length) throw new AppError('validation.failed', {}, fields);
  const total = Object.values(scores).reduce((a, b) => a + b, 0);
  const outOf = rubric.reduce((a, c) => a + c.points, 0);
  return { scores, total, outOf, percent: percentOf(total, outOf), passed: reachesPassMark(total, outOf, passPercent) };
}

export interface SubmissionFacts {
  attempt: number;
  graded: boolean;
  passed: boolean | null;
}

/** The attempt number a new submission takes, or why none may be sent. */
export function nextSubmission(submissions: readonly SubmissionFacts[]): number {
  const last = [...submissions].sort((a, b) => b.attempt - a.attempt)[0];
  if (!last) return 1;
  if (!last.graded) throw new AppError('project.awaiting_grade');
  if (last.passed) throw new AppError('project.already_passed');
  if (last.attempt >= PROJECT_SUBMISSIONS) throw new AppError('project.no_resubmissions');
  return last.attempt + 1;
}

/** Whether a new submission may be sent now (the page shows the form only then). */
export function maySubmit(submissions: readonly SubmissionFacts[]): boolean {
  try {
    nextSubmission(submissions);
    return true;
  } catch {
    return false;
  }
}

/** A course is completed when its quiz and its project have both been passed. */
export const isCompleted = (quizPassed: boolean, projectPassed: boolean): boolean => quizPassed && projectPassed;

// --- Inputs -------------------------------------------------------------------------------------------

const id = z.string().regex(/^[\w-]{1,64}$/, { error: 'field.invalid' });

/** Answers as the API sends them: { "answers": { "<question id>": ["<choice id>", ...] } }. */
export const answersInput = z.object({
  answers: z.record(id, z.array(id).max(8, { error: 'field.invalid' })).describe('Question id -> the ids of the chosen choices (one for a single-choice question). Leave a question out to leave it unanswered.'),
});

/** A project submission: text, links (https), and files sent beside it in a multipart form. */
export const submissionInput = z.object({
  text: multiLine(PROJECT_TEXT_MAX).optional().describe('What you did, how, and anything the grader should know'),
  links: z
    .array(linkField)
    .max(PROJECT_LINKS, { error: 'field.too_many_links' })
    .default([])
    .describe('Links to the work (a repository, a live page, a shared document); http or https'),
});

/** A grade: points per rubric criterion and written feedback. */
export const gradeInput = z.object({
  scores: z.record(z.string(), z.union([z.number(), z.string()])).describe('Rubric criterion id -> points, a whole number from 0 to the criterion’s points'),
  feedback: multiLine(FEEDBACK_MAX, 1).describe('Written feedback the learner reads: what was good, what to improve'),
});
