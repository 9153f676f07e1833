// Kysely's view of the academy's core tables and the roles table (see src/db/migrations/0050_academy_and_roles.ts); part of Database in src/db/schema.ts.
import type { ColumnType, Generated } from 'kysely';
import type { Currency } from '../platform/money.ts';
import type { Role } from '../platform/roles.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** bigint columns: pg returns them as strings; written as bigint or string. */
type Minor = ColumnType<string, string | bigint | undefined, string | bigint>;

export const TRACKS = ['ai', 'data', 'cloud', 'blockchain', 'security', 'mobile', 'web', 'design', 'writing', 'marketing'] as const;
export type Track = (typeof TRACKS)[number];
export type CourseStatus = 'draft' | 'published' | 'unpublished';

export interface RubricCriterion {
  id: string;
  criterion_en: string | null;
  criterion_ur: string | null;
  points: number;
}

export interface UserRolesTable {
  id: Generated<string>;
  user_id: string;
  role: Role;
  granted_by: string | null;
  granted_at: Timestamp;
  revoked_by: string | null;
  revoked_at: Timestamp | null;
  note: string | null;
}

export interface CoursesTable {
  id: Generated<string>;
  slug: string;
  track: Track;
  skill_slug: string;
  author_id: string;
  title_en: string | null;
  title_ur: string | null;
  summary_en: string | null;
  summary_ur: string | null;
  price_minor: Minor;
  currency: ColumnType<Currency, Currency | undefined, Currency>;
  status: ColumnType<CourseStatus, CourseStatus | undefined, CourseStatus>;
  quiz_pass_percent: ColumnType<number, number | undefined, number>;
  quiz_time_limit_seconds: number | null;
  quiz_attempts: ColumnType<number, number | undefined, number>;
  quiz_questions_per_attempt: number | null;
  project_brief_en: string | null;
  project_brief_ur: string | null;
  rubric: ColumnType<RubricCriterion[], string | undefined, string>;
  project_pass_percent: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  published_at: Timestamp | null;
}

export interface LessonsTable {
  id: Generated<string>;
  course_id: string;
  position: number;
  title_en: string | null;
  title_ur: string | null;
  body_en: string | null;
  body_ur: string | null;
  video_url: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EnrolmentsTable {
  id: Generated<string>;
  course_id: string;
  user_id: string;
  paid_minor: Minor;
  currency: ColumnType<Currency, Currency | undefined, Currency>;
  ledger_transaction_id: string | null;
  last_lesson_id: string | null;
  enrolled_at: Timestamp;
  completed_at: Timestamp | null;
}

export interface LessonProgressTable {
  enrolment_id: string;
  lesson_id: string;
  done_at: Timestamp;
}

export interface AcademyTables {
  user_roles: UserRolesTable;
  courses: CoursesTable;
  lessons: LessonsTable;
  enrolments: EnrolmentsTable;
  lesson_progress: LessonProgressTable;
}
