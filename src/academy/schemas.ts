// What the academy endpoints answer (listed in src/api/schemas.ts responseSchemas).
import { z } from 'zod';
import { moneyResponse } from '../platform/money.ts';
import { TRACKS } from './tables.ts';

const timestamp = z.iso.datetime({ offset: true });
const both = z.object({ en: z.string().nullable(), ur: z.string().nullable() });

export const academyCourse = z.object({
  slug: z.string(),
  url: z.string(),
  track: z.enum(TRACKS),
  skill: z.string().describe('A slug of the skill taxonomy'),
  title: both.describe('In English, Urdu or both (null where not written)'),
  summary: both,
  price: moneyResponse.describe('0 for a free course'),
  status: z.enum(['draft', 'published', 'unpublished']),
  lessons: z.number().int(),
  author: z.object({ name: z.string(), handle: z.string() }),
  published_at: timestamp.nullable(),
});

export const academyCourseList = z.object({ courses: z.array(academyCourse) });

const progress = z.object({
  done: z.number().int(),
  percent: z.number().int().min(0).max(100),
  resume_at: z.number().int().nullable().describe('The lesson to go on with (its number), null for a course with no lessons'),
  completed_at: timestamp.nullable().describe('When the quiz and project were both passed'),
});

export const academyCourseDetail = z.object({
  course: academyCourse,
  lessons: z.array(z.object({ n: z.number().int(), title: both, has_video: z.boolean(), done: z.boolean(), url: z.string() })),
  enrolment: progress.extend({ enrolled_at: timestamp, paid: moneyResponse }).nullable().describe('Yours, when you are enrolled'),
});

export const academyEnrolment = z.object({
  enrolment: z.uuid(),
  course: z.string(),
  paid: moneyResponse,
  ledger_transaction: z.uuid().nullable().describe('The payment from your Hunar balance; null for a free course'),
  created: z.boolean().describe('False when you were already enrolled: nothing was charged again'),
});

export const academyLearning = z.object({
  courses: z.array(progress.extend({ course: academyCourse, enrolled_at: timestamp })),
});

export const academyLessonDone = z.object({
  course: z.string(),
  n: z.number().int(),
  done: z.number().int(),
  total: z.number().int(),
  percent: z.number().int(),
  next: z.number().int().nullable(),
});

export const academyResponseSchemas = {
  AcademyCourse: academyCourse,
  AcademyCourseList: academyCourseList,
  AcademyCourseDetail: academyCourseDetail,
  AcademyEnrolment: academyEnrolment,
  AcademyLearning: academyLearning,
  AcademyLessonDone: academyLessonDone,
} as const;
