// The shape of the academy's seed content (src/seed/academy-courses.ts, written for this project):
// what the academy loads as courses and lessons (src/academy) and the assessments load as the quiz's
// question bank and the project's rubric (src/assessments). Text in both languages.
import type { Currency } from '../platform/money.ts';
import type { Track } from './tables.ts';

export interface Both {
  en: string;
  ur: string;
}

export interface SeedQuestion {
  kind: 'single' | 'multiple';
  prompt: Both;
  choices: { text: Both; correct: boolean }[];
}

export interface SeedCourse {
  slug: string;
  track: Track;
  /** A skill of src/taxonomy/data.ts. */
  skill: string;
  /** The demo account (src/seed/demo-people.ts key) who wrote it: an instructor. */
  author: string;
  title: Both;
  summary: Both;
  /** 0 for a free course. */
  priceMinor: number;
  currency: Currency;
  lessons: { title: Both; body: Both; videoUrl?: string }[];
  quiz: { passPercent: number; timeLimitSeconds: number | null; attempts: number; perAttempt: number | null; questions: SeedQuestion[] };
  project: { brief: Both; passPercent: number; rubric: { id: string; criterion: Both; points: number }[] };
}
