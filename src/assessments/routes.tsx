// Quiz and project pages (issue 20). Thin: read the form, call the service, redirect with a flash,
// or show the page again with the message. A refusal the person cannot fix on the page (not
// enrolled, not a grader) is the translated error page.
//   /academy/courses/:slug/quiz                      the quiz's rules and your attempts; POST …/attempts starts one
//   /academy/courses/:slug/quiz/attempts/:attempt    an attempt to answer, or its result; POST answers it
//   /academy/courses/:slug/project                   the brief, rubric, your submissions and grades; POST sends
//   /academy/grading, /academy/grading/:submission   the graders' queue and the grading form; POST grades
import type { FormState } from '../platform/form-views.tsx';
import { AppError } from '../platform/errors.ts';
import { type FormValues, readFiles, readForm } from '../platform/forms.ts';
import { acceptUploads, type App, type Ctx, flash } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import * as assessments from './service.ts';
import { AttemptPage, GradingPage, GradingQueuePage, ProjectPage, QuizPage } from './views.tsx';

const toLogIn = (c: Ctx) => c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);

function failure(c: Ctx, e: unknown, values: FormValues): { state: FormState; status: number } {
  if (!(e instanceof AppError) || e.status >= 500 || e.code === 'not_found' || e.code === 'auth.forbidden' || e.code === 'assessments.not_enrolled' || e.code === 'project.not_grader') throw e;
  const message = e.code === 'validation.failed' ? c.get('t')('errors.validation.failed') : c.get('t')(`errors.${e.code}`, e.params);
  return { state: { values, errors: e.fields, message }, status: e.status };
}

/** The answers of the attempt form: `q.<question id>` fields, one value (radio) or several (checkboxes). */
export function answersOfForm(values: FormValues): { answers: Record<string, string[]> } {
  const answers: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(values)) if (k.startsWith('q.')) answers[k.slice(2)] = Array.isArray(v) ? v : [v];
  return { answers };
}

/** The grading form: `scores.<criterion id>` fields and the feedback. */
export function gradeOfForm(values: FormValues): { scores: Record<string, string>; feedback: unknown } {
  const scores: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) if (k.startsWith('scores.')) scores[k.slice(7)] = Array.isArray(v) ? (v[0] ?? '') : v;
  return { scores, feedback: values.feedback };
}

export function mountAssessments(app: App): void {
  app.get('/academy/courses/:slug/quiz', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return render(c, <QuizPage ctx={pageCtx(c)} q={await assessments.quizOverview(c.get('deps'), c.get('actor'), c.req.param('slug'))} />);
  });

  app.post('/academy/courses/:slug/quiz/attempts', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const deps = c.get('deps');
    const slug = c.req.param('slug');
    try {
      const a = await assessments.startAttempt(deps, c.get('actor'), slug);
      return c.redirect(`/academy/courses/${slug}/quiz/attempts/${a.id}`, 303);
    } catch (e) {
      const f = failure(c, e, {});
      return render(c, <QuizPage ctx={pageCtx(c)} q={await assessments.quizOverview(deps, c.get('actor'), slug)} state={f.state} />, f.status);
    }
  });

  app.get('/academy/courses/:slug/quiz/attempts/:attempt', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const a = await assessments.getAttempt(c.get('deps'), c.get('actor'), c.req.param('attempt'));
    if (a.course.slug !== c.req.param('slug')) throw new AppError('not_found');
    return render(c, <AttemptPage ctx={pageCtx(c)} a={a} />);
  });

  app.post('/academy/courses/:slug/quiz/attempts/:attempt', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const deps = c.get('deps');
    const id = c.req.param('attempt');
    const values = await readForm(c);
    try {
      await assessments.submitAttempt(deps, c.get('actor'), id, answersOfForm(values));
    } catch (e) {
      const f = failure(c, e, values);
      return render(c, <AttemptPage ctx={pageCtx(c)} a={await assessments.getAttempt(deps, c.get('actor'), id)} state={f.state} />, f.status);
    }
    flash(c, 'assessments.flash.submitted');
    return c.redirect(`/academy/courses/${c.req.param('slug')}/quiz/attempts/${id}`, 303);
  });

  acceptUploads(app, '/academy/courses/:slug/project');
  app.get('/academy/courses/:slug/project', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return render(c, <ProjectPage ctx={pageCtx(c)} p={await assessments.projectOf(c.get('deps'), c.get('actor'), c.req.param('slug'))} />);
  });

  app.post('/academy/courses/:slug/project', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const deps = c.get('deps');
    const slug = c.req.param('slug');
    const values = await readForm(c);
    try {
      await assessments.submitProject(deps, c.get('actor'), slug, values, await readFiles(c, 'files'));
    } catch (e) {
      const f = failure(c, e, values);
      return render(c, <ProjectPage ctx={pageCtx(c)} p={await assessments.projectOf(deps, c.get('actor'), slug)} state={f.state} />, f.status);
    }
    flash(c, 'assessments.flash.project_sent');
    return c.redirect(`/academy/courses/${slug}/project`, 303);
  });

  app.get('/academy/grading', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return render(c, <GradingQueuePage ctx={pageCtx(c)} items={await assessments.gradingQueue(c.get('deps'), c.get('actor'))} />);
  });

  app.get('/academy/grading/:submission', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return render(c, <GradingPage ctx={pageCtx(c)} g={await assessments.submissionForGrading(c.get('deps'), c.get('actor'), c.req.param('submission'))} />);
  });

  app.post('/academy/grading/:submission', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const deps = c.get('deps');
    const id = c.req.param('submission');
    const values = await readForm(c);
    try {
      await assessments.gradeSubmission(deps, c.get('actor'), id, gradeOfForm(values));
    } catch (e) {
      const f = failure(c, e, values);
      return render(c, <GradingPage ctx={pageCtx(c)} g={await assessments.submissionForGrading(deps, c.get('actor'), id)} state={f.state} />, f.status);
    }
    flash(c, 'assessments.flash.graded');
    return c.redirect(`/academy/grading/${id}`, 303);
  });
}
