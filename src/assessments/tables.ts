// Kysely's view of the assessments' tables (see src/db/migrations/0052_quizzes_and_projects.ts); part of Database in src/db/schema.ts.
import type { ColumnType, Generated } from 'kysely';
import type { AttemptAnswers, BankChoice, DrawnQuestion, QuestionKind } from './domain.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Later<T> = ColumnType<T | null, T | null | undefined, T | null>;
/** jsonb: read as parsed JSON, written as a JSON string. */
type Json<T> = ColumnType<T, string, string>;

export interface QuizQuestionsTable {
  id: Generated<string>;
  course_id: string;
  position: number;
  kind: QuestionKind;
  prompt_en: string | null;
  prompt_ur: string | null;
  choices: Json<BankChoice[]>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface QuizAttemptsTable {
  id: Generated<string>;
  enrolment_id: string;
  number: number;
  started_at: Timestamp;
  deadline_at: Later<Date | string>;
  drawn: Json<DrawnQuestion[]>;
  submitted_at: Later<Date | string>;
  answers: ColumnType<AttemptAnswers | null, string | null | undefined, string | null>;
  score: Later<number>;
  passed: Later<boolean>;
}

export interface ProjectSubmissionsTable {
  id: Generated<string>;
  enrolment_id: string;
  attempt: 1 | 2;
  body: string | null;
  links: ColumnType<string[], string[] | undefined, string[]>;
  submitted_at: Timestamp;
  graded_by: Later<string>;
  graded_at: Later<Date | string>;
  scores: ColumnType<Record<string, number> | null, string | null | undefined, string | null>;
  total: Later<number>;
  out_of: Later<number>;
  feedback: Later<string>;
  passed: Later<boolean>;
}

export interface AssessmentTables {
  quiz_questions: QuizQuestionsTable;
  quiz_attempts: QuizAttemptsTable;
  project_submissions: ProjectSubmissionsTable;
}
