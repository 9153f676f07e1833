// STUB (coordinator, issue 20): the course-writer helper writes the three seed courses here.
import type { SeedCourse } from '../academy/seed-types.ts';

export const ACADEMY_COURSES: readonly SeedCourse[] = [];
