// The quiz and project endpoints under /api/v1/academy: a learner reads a course's quiz, starts an
// attempt, answers it and reads the result; reads the project and sends work (JSON, or multipart
// with files); a grader (the course's instructor, a mentor, an admin) reads the queue and grades.
import type { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import { stepFileJson } from '../orders/api.ts';
import { DOCUMENT_TYPES } from '../media/domain.ts';
import { readFiles } from '../platform/forms.ts';
import type { Ctx } from '../platform/http.ts';
import { answersInput, gradeInput, PROJECT_FILES, submissionInput } from './domain.ts';
import { gradingQueueResponse, gradingResponse, projectResponse, quizAttemptResponse, quizResponse } from './schemas.ts';
import * as assessments from './service.ts';

const V1 = '/api/v1/academy';
const deps = (c: Ctx) => c.get('deps');
const course = (c: Ctx) => c.req.param('course') ?? '';
const courseParams = { course: 'api.param.assessments_course' };
const attemptParams = { attempt: 'api.param.quiz_attempt' };
const submissionParams = { submission: 'api.param.project_submission' };
const PROJECT_UPLOADS = { field: 'files', max: PROJECT_FILES, types: DOCUMENT_TYPES } as const;
const FILE_PROBLEMS = ['project.too_many_files', 'media.too_large', 'media.unsupported_file', 'media.unreadable'] as const;

const iso = (d: Date) => d.toISOString();
const courseJson = (c: assessments.CourseRef) => ({ id: c.id, slug: c.slug, title: c.title, url: `/academy/courses/${c.slug}` });

export function quizJson(q: assessments.QuizOverview): z.input<typeof quizResponse> {
  return {
    course: courseJson(q.course),
    pass_percent: q.passPercent,
    time_limit_seconds: q.timeLimitSeconds,
    attempts_allowed: q.attemptsAllowed,
    questions_per_attempt: q.questionsPerAttempt,
    attempts: q.attempts.map((a) => ({ id: a.id, number: a.number, started_at: iso(a.startedAt), state: a.state, right: a.right, out_of: a.outOf, passed: a.passed })),
    attempts_left: q.attemptsLeft,
    passed: q.passed,
    open_attempt: q.openAttemptId,
    can_start: q.canStart,
    completed_at: q.completedAt ? iso(q.completedAt) : null,
  };
}

export function attemptJson(a: assessments.AttemptView): z.input<typeof quizAttemptResponse> {
  return {
    id: a.id,
    number: a.number,
    course: courseJson(a.course),
    url: `/academy/courses/${a.course.slug}/quiz/attempts/${a.id}`,
    state: a.state,
    started_at: iso(a.startedAt),
    deadline_at: a.deadlineAt ? iso(a.deadlineAt) : null,
    seconds_left: a.secondsLeft,
    questions: a.questions.map((q) => ({ id: q.id, kind: q.kind, prompt: q.prompt, choices: q.choices.map((c) => ({ id: c.id, text: c.text })), chosen: q.chosen, right: q.right })),
    result: a.result ? { right: a.result.right, out_of: a.result.outOf, percent: a.result.percent, passed: a.result.passed } : null,
    pass_percent: a.passPercent,
    attempts_left: a.attemptsLeft,
  };
}

const submissionJson = (s: assessments.SubmissionView) => ({
  id: s.id,
  attempt: s.attempt,
  learner: s.learnerName,
  text: s.text,
  links: s.links,
  files: s.files.map(stepFileJson),
  submitted_at: iso(s.submittedAt),
  grade: s.grade
    ? { scores: s.grade.scores, total: s.grade.total, out_of: s.grade.outOf, percent: s.grade.percent, passed: s.grade.passed, feedback: s.grade.feedback, graded_at: iso(s.grade.gradedAt), graded_by: s.grade.graderName }
    : null,
});

const briefJson = (p: assessments.ProjectBrief) => ({
  course: courseJson(p.course),
  brief: p.brief,
  rubric: p.rubric.map((r) => ({ id: r.id, criterion: { en: r.criterion_en, ur: r.criterion_ur }, points: r.points })),
  out_of: p.outOf,
  pass_percent: p.passPercent,
});

export function projectJson(p: assessments.ProjectView): z.input<typeof projectResponse> {
  return { ...briefJson(p), submissions: p.submissions.map(submissionJson), can_submit: p.canSubmit, passed: p.passed, completed_at: p.completedAt ? iso(p.completedAt) : null };
}

const gradingJson = (g: assessments.GradingView): z.input<typeof gradingResponse> => ({ ...briefJson(g), submission: submissionJson(g.submission), earlier: g.earlier ? submissionJson(g.earlier) : null });

export const assessmentsEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'getCourseQuiz',
    method: 'get',
    path: `${V1}/courses/{course}/quiz`,
    tag: 'assessments',
    auth: 'required',
    params: courseParams,
    status: 200,
    response: quizResponse,
    problems: ['not_found', 'assessments.not_enrolled'],
    handle: async (c) => quizJson(await assessments.quizOverview(deps(c), c.get('actor'), course(c))),
  }),
  endpoint({
    operationId: 'startQuizAttempt',
    method: 'post',
    path: `${V1}/courses/{course}/quiz/attempts`,
    tag: 'assessments',
    auth: 'required',
    params: courseParams,
    status: 201,
    response: quizAttemptResponse,
    problems: ['not_found', 'assessments.not_enrolled', 'quiz.no_questions', 'quiz.already_passed', 'quiz.no_attempts_left'],
    handle: async (c) => attemptJson(await assessments.startAttempt(deps(c), c.get('actor'), course(c))),
  }),
  endpoint({
    operationId: 'getQuizAttempt',
    method: 'get',
    path: `${V1}/quiz-attempts/{attempt}`,
    tag: 'assessments',
    auth: 'required',
    params: attemptParams,
    status: 200,
    response: quizAttemptResponse,
    problems: ['not_found'],
    handle: async (c) => attemptJson(await assessments.getAttempt(deps(c), c.get('actor'), c.req.param('attempt') ?? '')),
  }),
  endpoint({
    operationId: 'answerQuizAttempt',
    method: 'post',
    path: `${V1}/quiz-attempts/{attempt}/answers`,
    tag: 'assessments',
    auth: 'required',
    params: attemptParams,
    request: { name: 'QuizAnswersRequest', schema: answersInput },
    status: 200,
    response: quizAttemptResponse,
    problems: ['not_found', 'quiz.already_submitted', 'quiz.time_up'],
    handle: async (c, body) => attemptJson(await assessments.submitAttempt(deps(c), c.get('actor'), c.req.param('attempt') ?? '', body)),
  }),
  endpoint({
    operationId: 'getCourseProject',
    method: 'get',
    path: `${V1}/courses/{course}/project`,
    tag: 'assessments',
    auth: 'required',
    params: courseParams,
    status: 200,
    response: projectResponse,
    problems: ['not_found', 'assessments.not_enrolled'],
    handle: async (c) => projectJson(await assessments.projectOf(deps(c), c.get('actor'), course(c))),
  }),
  endpoint({
    operationId: 'submitCourseProject',
    method: 'post',
    path: `${V1}/courses/{course}/project/submissions`,
    tag: 'assessments',
    auth: 'required',
    params: courseParams,
    request: { name: 'ProjectSubmissionRequest', schema: submissionInput, files: PROJECT_UPLOADS },
    status: 201,
    response: projectResponse,
    problems: ['not_found', 'assessments.not_enrolled', 'project.no_rubric', 'project.empty', 'project.awaiting_grade', 'project.already_passed', 'project.no_resubmissions', ...FILE_PROBLEMS],
    handle: async (c, body) => projectJson(await assessments.submitProject(deps(c), c.get('actor'), course(c), body, await readFiles(c, PROJECT_UPLOADS.field))),
  }),
  endpoint({
    operationId: 'listProjectsToGrade',
    method: 'get',
    path: `${V1}/grading`,
    tag: 'assessments',
    auth: 'required',
    status: 200,
    response: gradingQueueResponse,
    problems: ['project.not_grader'],
    async handle(c) {
      const items = await assessments.gradingQueue(deps(c), c.get('actor'));
      return { items: items.map((i) => ({ id: i.id, course: courseJson(i.course), learner: i.learnerName, attempt: i.attempt, submitted_at: iso(i.submittedAt), url: `/academy/grading/${i.id}` })) };
    },
  }),
  endpoint({
    operationId: 'getProjectForGrading',
    method: 'get',
    path: `${V1}/grading/{submission}`,
    tag: 'assessments',
    auth: 'required',
    params: submissionParams,
    status: 200,
    response: gradingResponse,
    problems: ['not_found', 'project.not_grader', 'project.own_submission'],
    handle: async (c) => gradingJson(await assessments.submissionForGrading(deps(c), c.get('actor'), c.req.param('submission') ?? '')),
  }),
  endpoint({
    operationId: 'gradeProject',
    method: 'post',
    path: `${V1}/grading/{submission}/grade`,
    tag: 'assessments',
    auth: 'required',
    params: submissionParams,
    request: { name: 'ProjectGradeRequest', schema: gradeInput },
    status: 200,
    response: gradingResponse,
    problems: ['not_found', 'project.not_grader', 'project.own_submission', 'project.already_graded', 'project.no_rubric'],
    handle: async (c, body) => gradingJson(await assessments.gradeSubmission(deps(c), c.get('actor'), c.req.param('submission') ?? '', body)),
  }),
];
