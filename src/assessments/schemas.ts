// What the quiz and project endpoints answer (listed in src/api/schemas.ts responseSchemas). No
// answer ever says which choice is correct: attempts carry choices' ids and texts only, and after
// submission only whether each question was answered right.
import { z } from 'zod';
import { stepFile } from '../orders/schemas.ts';
import { QUESTION_KINDS } from './domain.ts';

const timestamp = z.iso.datetime({ offset: true });
const both = z.object({ en: z.string().nullable(), ur: z.string().nullable() }).describe('Text in English and Urdu; either may be missing');
const course = z.object({ id: z.uuid(), slug: z.string(), title: both, url: z.string() });

export const quizResponse = z.object({
  course,
  pass_percent: z.number().int().describe('The share of questions to answer right to pass'),
  time_limit_seconds: z.number().int().nullable().describe('From the start of an attempt; null: no limit'),
  attempts_allowed: z.number().int(),
  questions_per_attempt: z.number().int(),
  attempts: z.array(
    z.object({
      id: z.uuid(),
      number: z.number().int(),
      started_at: timestamp,
      state: z.enum(['open', 'submitted', 'timed_out']).describe('timed_out: not answered before its deadline; it counts as an attempt and never passes'),
      right: z.number().int().nullable(),
      out_of: z.number().int(),
      passed: z.boolean(),
    }),
  ),
  attempts_left: z.number().int(),
  passed: z.boolean(),
  open_attempt: z.uuid().nullable().describe('An attempt still open, to continue'),
  can_start: z.boolean(),
  completed_at: timestamp.nullable().describe('When the course was completed (its quiz and project passed)'),
});

export const quizAttemptResponse = z.object({
  id: z.uuid(),
  number: z.number().int(),
  course,
  url: z.string().describe('The attempt’s page'),
  state: z.enum(['open', 'submitted', 'timed_out']),
  started_at: timestamp,
  deadline_at: timestamp.nullable().describe('Answers sent after it (and a grace of 30 seconds) are refused with quiz.time_up'),
  seconds_left: z.number().int().nullable(),
  questions: z
    .array(
      z.object({
        id: z.string(),
        kind: z.enum(QUESTION_KINDS).describe('single: choose exactly one; multiple: choose every right one (graded right only when exactly that set is chosen)'),
        prompt: both,
        choices: z.array(z.object({ id: z.string(), text: both })).describe('In the order this attempt shows them'),
        chosen: z.array(z.string()).nullable().describe('After submission: the choices sent'),
        right: z.boolean().nullable().describe('After submission: whether the question was answered right'),
      }),
    )
    .describe('In the order this attempt shows them'),
  result: z.object({ right: z.number().int(), out_of: z.number().int(), percent: z.number().int(), passed: z.boolean() }).nullable(),
  pass_percent: z.number().int(),
  attempts_left: z.number().int(),
});

const grade = z.object({
  scores: z.record(z.string(), z.number().int()).describe('Rubric criterion id -> points given'),
  total: z.number().int(),
  out_of: z.number().int(),
  percent: z.number().int(),
  passed: z.boolean(),
  feedback: z.string(),
  graded_at: timestamp,
  graded_by: z.string().describe('The grader’s name'),
});

const submission = z.object({
  id: z.uuid(),
  attempt: z.number().int().describe('1, or 2 for the one resubmission after a failed grade'),
  learner: z.string(),
  text: z.string().nullable(),
  links: z.array(z.string()),
  files: z.array(stepFile),
  submitted_at: timestamp,
  grade: grade.nullable(),
});

const brief = {
  course,
  brief: both,
  rubric: z.array(z.object({ id: z.string(), criterion: both, points: z.number().int() })),
  out_of: z.number().int(),
  pass_percent: z.number().int(),
};

export const projectResponse = z.object({
  ...brief,
  submissions: z.array(submission),
  can_submit: z.boolean(),
  passed: z.boolean(),
  completed_at: timestamp.nullable(),
});

export const gradingQueueResponse = z.object({
  items: z.array(z.object({ id: z.uuid(), course, learner: z.string(), attempt: z.number().int(), submitted_at: timestamp, url: z.string() })),
});

export const gradingResponse = z.object({ ...brief, submission, earlier: submission.nullable() });

export const assessmentResponseSchemas = {
  Quiz: quizResponse,
  QuizAttempt: quizAttemptResponse,
  Project: projectResponse,
  GradingQueue: gradingQueueResponse,
  ProjectForGrading: gradingResponse,
} as const;
