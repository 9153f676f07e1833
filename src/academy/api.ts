// The academy endpoints under /api/v1 (tag academy): published courses, one course with your
// progress, enrolling (money: an Idempotency-Key, and one payment per learner and course whatever the
// key), "my learning", and marking a lesson done. The same use cases as the pages.
import type { z } from 'zod';
import { type Endpoint, endpoint, idempotencyKeyOf } from '../api/openapi.ts';
import type { Ctx } from '../platform/http.ts';
import { moneyToJson } from '../platform/money.ts';
import { enrolInput } from './domain.ts';
import { type academyCourse, academyCourseDetail, academyCourseList, academyEnrolment, academyLearning, academyLessonDone } from './schemas.ts';
import * as academy from './service.ts';
import { coursePath, lessonPath } from './views.tsx';

const V1 = '/api/v1';
const deps = (c: Ctx) => c.get('deps');
const slug = (c: Ctx) => c.req.param('slug') ?? '';
const n = (c: Ctx) => (/^\d{1,4}$/.test(c.req.param('n') ?? '') ? Number(c.req.param('n')) : -1);
const params = { slug: 'api.param.academy_course_slug' };

export function courseJson(c: academy.CourseCard): z.input<typeof academyCourse> {
  return {
    slug: c.slug,
    url: coursePath(c.slug),
    track: c.track,
    skill: c.skill,
    title: c.title,
    summary: c.summary,
    price: moneyToJson(c.price),
    status: c.status,
    lessons: c.lessons,
    author: c.author,
    published_at: c.publishedAt?.toISOString() ?? null,
  };
}

export const academyEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'listAcademyCourses',
    method: 'get',
    path: `${V1}/academy/courses`,
    tag: 'academy',
    auth: 'none',
    status: 200,
    response: academyCourseList,
    handle: async (c) => ({ courses: (await academy.publishedCourses(deps(c).db)).map(courseJson) }),
  }),
  endpoint({
    operationId: 'getAcademyCourse',
    method: 'get',
    path: `${V1}/academy/courses/{slug}`,
    tag: 'academy',
    auth: 'optional',
    params,
    status: 200,
    response: academyCourseDetail,
    problems: ['not_found'],
    async handle(c) {
      const v = await academy.getCourse(deps(c), c.get('actor'), slug(c));
      const e = v.enrolment;
      return {
        course: courseJson(v.course),
        lessons: v.lessons.map((l) => ({ n: l.position, title: l.title, has_video: l.hasVideo, done: l.done, url: lessonPath(v.course.slug, l.position) })),
        enrolment: e ? { enrolled_at: e.enrolledAt.toISOString(), paid: moneyToJson(e.paid), done: e.done, percent: e.percent, resume_at: e.resumeAt, completed_at: e.completedAt?.toISOString() ?? null } : null,
      };
    },
  }),
  endpoint({
    operationId: 'enrolAcademyCourse',
    method: 'post',
    path: `${V1}/academy/courses/{slug}/enrol`,
    tag: 'academy',
    auth: 'required',
    params,
    idempotent: true,
    request: { name: 'AcademyEnrolRequest', schema: enrolInput, optional: true },
    status: 200,
    response: academyEnrolment,
    problems: ['not_found', 'academy.not_published', 'academy.price_changed', 'ledger.insufficient_funds'],
    async handle(c, body) {
      const r = await academy.enrol(deps(c), c.get('actor'), slug(c), idempotencyKeyOf(c), body ?? {});
      return { enrolment: r.enrolmentId, course: r.course, paid: moneyToJson(r.paid), ledger_transaction: r.ledgerTransaction, created: r.created };
    },
  }),
  endpoint({
    operationId: 'getMyLearning',
    method: 'get',
    path: `${V1}/me/learning`,
    tag: 'academy',
    auth: 'required',
    status: 200,
    response: academyLearning,
    async handle(c) {
      const items = await academy.myLearning(deps(c), c.get('actor'));
      return {
        courses: items.map((i) => ({
          course: courseJson(i.course),
          enrolled_at: i.enrolledAt.toISOString(),
          done: i.done,
          percent: i.percent,
          resume_at: i.resumeAt,
          completed_at: i.completedAt?.toISOString() ?? null,
        })),
      };
    },
  }),
  endpoint({
    operationId: 'markAcademyLessonDone',
    method: 'post',
    path: `${V1}/academy/courses/{slug}/lessons/{n}/done`,
    tag: 'academy',
    auth: 'required',
    params: { ...params, n: 'api.param.academy_lesson_n' },
    status: 200,
    response: academyLessonDone,
    problems: ['not_found', 'academy.not_enrolled'],
    async handle(c) {
      const r = await academy.markLessonDone(deps(c), c.get('actor'), slug(c), n(c));
      return { course: r.course, n: r.position, done: r.done, total: r.total, percent: r.percent, next: r.next };
    },
  }),
];
