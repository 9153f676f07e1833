// The academy's pages: /academy, /academy/courses/:slug (and its lessons), /learning,
// /academy/skills/:slug, the instructors' /academy/teach pages and the admins' /admin/roles. Thin:
// read the form, call the service, redirect with a flash, or show the page again with the message.
import { randomUUID } from 'node:crypto';
import { AppError } from '../platform/errors.ts';
import type { FormState } from '../platform/form-views.tsx';
import { type FormValues, readFile, readForm } from '../platform/forms.ts';
import { acceptUploads, type App, type Ctx, flash } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { assessmentStatus, mayGradeProjects } from '../assessments/service.ts';
import { formatMoney } from '../platform/money.ts';
import * as authoring from './authoring.ts';
import { skillDemand } from './demand.ts';
import * as lessonFiles from './lesson-files.ts';
import * as academy from './service.ts';
import * as roles from './staff-roles.ts';
import {
  AcademyHomePage,
  CoursePage,
  coursePath,
  EditCoursePage,
  type EnrolState,
  LearningPage,
  LessonFormPage,
  lessonPath,
  LessonPage,
  NewCoursePage,
  RolesPage,
  SkillPage,
  TeachPage,
} from './views.tsx';

const toLogIn = (c: Ctx) => c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
const str = (v: FormValues, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
const position = (c: Ctx) => (/^\d{1,4}$/.test(c.req.param('n') ?? '') ? Number(c.req.param('n')) : -1);
const slugOf = (c: Ctx) => c.req.param('slug') ?? '';

function failure(c: Ctx, e: unknown, values: FormValues): { state: FormState; status: number } {
  if (!(e instanceof AppError) || e.status >= 500 || e.code === 'not_found' || e.code === 'auth.forbidden' || e.code === 'auth.required') throw e;
  const message = e.code === 'validation.failed' ? c.get('t')('errors.validation.failed') : c.get('t')(`errors.${e.code}`, e.params);
  return { state: { values, errors: e.fields, message }, status: e.status };
}

const courseFields = (v: FormValues) => ({
  track: str(v, 'track'),
  skill: str(v, 'skill'),
  title_en: str(v, 'title_en'),
  title_ur: str(v, 'title_ur'),
  summary_en: str(v, 'summary_en'),
  summary_ur: str(v, 'summary_ur'),
  price: str(v, 'price'),
  currency: str(v, 'currency') || 'PKR',
});
const lessonFields = (v: FormValues) => ({ title_en: str(v, 'title_en'), title_ur: str(v, 'title_ur'), body_en: str(v, 'body_en'), body_ur: str(v, 'body_ur'), video_url: str(v, 'video_url') });

async function coursePage(c: Ctx, slug: string, extra: Partial<EnrolState> = {}, status = 200) {
  const deps = c.get('deps');
  const v = await academy.getCourse(deps, c.get('actor'), slug);
  const balance = await academy.balanceFor(deps.db, c.get('actor'), v.course.price);
  // An enrolled learner's way to the quiz and the project (and where they stand with each).
  const assessments = v.enrolment ? await assessmentStatus(deps.db, v.enrolment.id) : null;
  return render(c, <CoursePage ctx={pageCtx(c)} v={v} enrol={{ key: randomUUID(), balance, ...extra }} assessments={assessments} />, status);
}

/** A lesson's edit page, with its pictures and files; after a refused upload, with that message. */
async function lessonFormPage(c: Ctx, uploadState?: FormState, status = 200) {
  if (!c.get('actor')) return toLogIn(c);
  const deps = c.get('deps');
  const slug = slugOf(c);
  const n = position(c);
  const lesson = await authoring.lessonForEditing(deps, c.get('actor'), slug, n);
  const attachments = await lessonFiles.lessonAttachmentsForEditing(deps, c.get('actor'), slug, n);
  return render(c, <LessonFormPage ctx={pageCtx(c)} slug={slug} lesson={lesson} attachments={attachments} uploadState={uploadState} />, status);
}

export function mountAcademy(app: App): void {
  app.get('/academy', async (c) => {
    const deps = c.get('deps');
    const [tracks, teach] = await Promise.all([academy.academyHome(deps), authoring.canTeach(deps, c.get('actor'))]);
    return render(c, <AcademyHomePage ctx={pageCtx(c)} tracks={tracks} canTeach={teach} />);
  });

  app.get('/academy/courses/:slug', (c) => coursePage(c, slugOf(c)));

  app.post('/academy/courses/:slug/enrol', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const deps = c.get('deps');
    const slug = slugOf(c);
    const values = await readForm(c);
    try {
      // The price the page showed (an older page sends none: the price now is paid, as before).
      const shown = str(values, 'expected_amount') ? { expected_price: { amount: str(values, 'expected_amount'), currency: str(values, 'expected_currency') } } : {};
      const r = await academy.enrol(deps, c.get('actor'), slug, str(values, 'idempotency_key'), shown);
      flash(c, r.created ? 'academy.flash.enrolled' : 'academy.flash.already_enrolled');
      return c.redirect(r.created ? lessonPath(slug, 1) : coursePath(slug), 303);
    } catch (e) {
      if (e instanceof AppError && e.code === 'ledger.insufficient_funds') {
        // Nothing changed: say what is missing and offer a top-up of exactly that, coming back here.
        const v = await academy.getCourse(deps, c.get('actor'), slug);
        const balance = await academy.balanceFor(deps.db, c.get('actor'), v.course.price);
        const short = v.course.price.amount - (balance?.amount ?? 0n);
        const t = c.get('t');
        const message = t('academy.enrol.short', { balance: formatMoney(c.get('locale'), balance ?? v.course.price), price: formatMoney(c.get('locale'), v.course.price) });
        const topUp = `/wallet/top-up?amount=${(Number(short) / 100).toFixed(2)}&currency=${v.course.price.currency}&return_to=${encodeURIComponent(coursePath(slug))}`;
        return coursePage(c, slug, { message, topUp }, 409);
      }
      if (e instanceof AppError && e.code === 'academy.price_changed') {
        // Nothing was charged: the page again, with the new price on its button and in the message.
        const v = await academy.getCourse(deps, c.get('actor'), slug);
        return coursePage(c, slug, { message: c.get('t')('errors.academy.price_changed', { price: formatMoney(c.get('locale'), v.course.price) }) }, 409);
      }
      const f = failure(c, e, values);
      return coursePage(c, slug, { message: f.state.message }, f.status);
    }
  });

  app.get('/academy/courses/:slug/lessons/:n', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const slug = slugOf(c);
    try {
      const l = await academy.getLesson(c.get('deps'), c.get('actor'), slug, position(c), c.req.query('lang'));
      return render(c, <LessonPage ctx={pageCtx(c)} l={l} />);
    } catch (e) {
      // Not enrolled yet: the course page, with the way to enrol.
      if (e instanceof AppError && e.code === 'academy.not_enrolled') return coursePage(c, slug, { message: c.get('t')('errors.academy.not_enrolled') }, 403);
      throw e;
    }
  });

  app.post('/academy/courses/:slug/lessons/:n/done', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const slug = slugOf(c);
    const r = await academy.markLessonDone(c.get('deps'), c.get('actor'), slug, position(c));
    flash(c, 'academy.flash.done');
    return c.redirect(r.next ? lessonPath(slug, r.next) : coursePath(slug), 303);
  });

  app.get('/learning', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const deps = c.get('deps');
    const [items, mayGrade] = await Promise.all([academy.myLearning(deps, c.get('actor')), mayGradeProjects(deps.db, c.get('actor'))]);
    return render(c, <LearningPage ctx={pageCtx(c)} items={items} mayGrade={mayGrade} />);
  });

  app.get('/academy/skills/:slug', async (c) => render(c, <SkillPage ctx={pageCtx(c)} d={await skillDemand(c.get('deps'), slugOf(c))} />));

  // --- Teaching ------------------------------------------------------------------------------------

  app.get('/academy/teach', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return render(c, <TeachPage ctx={pageCtx(c)} courses={await authoring.coursesToEdit(c.get('deps'), c.get('actor'))} />);
  });

  app.get('/academy/teach/new', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    // Only instructors see the form (the service checks again on submit).
    await authoring.coursesToEdit(c.get('deps'), c.get('actor'));
    return render(c, <NewCoursePage ctx={pageCtx(c)} state={{ values: { currency: 'PKR', price: '0' }, errors: {} }} />);
  });

  app.post('/academy/teach/new', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    try {
      const r = await authoring.createCourse(c.get('deps'), c.get('actor'), { ...courseFields(values), slug: str(values, 'slug') });
      flash(c, 'academy.flash.created');
      return c.redirect(`/academy/teach/${r.slug}`, 303);
    } catch (e) {
      const f = failure(c, e, values);
      return render(c, <NewCoursePage ctx={pageCtx(c)} state={f.state} />, f.status);
    }
  });

  app.get('/academy/teach/:slug', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return render(c, <EditCoursePage ctx={pageCtx(c)} course={await authoring.courseForEditing(c.get('deps'), c.get('actor'), slugOf(c))} />);
  });

  app.post('/academy/teach/:slug', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const slug = slugOf(c);
    const values = await readForm(c);
    try {
      await authoring.updateCourse(c.get('deps'), c.get('actor'), slug, courseFields(values));
    } catch (e) {
      const f = failure(c, e, values);
      return render(c, <EditCoursePage ctx={pageCtx(c)} course={await authoring.courseForEditing(c.get('deps'), c.get('actor'), slug)} state={f.state} />, f.status);
    }
    flash(c, 'academy.flash.saved');
    return c.redirect(`/academy/teach/${slug}`, 303);
  });

  app.post('/academy/teach/:slug/publish', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const slug = slugOf(c);
    try {
      await authoring.publishCourse(c.get('deps'), c.get('actor'), slug);
    } catch (e) {
      const f = failure(c, e, {});
      return render(c, <EditCoursePage ctx={pageCtx(c)} course={await authoring.courseForEditing(c.get('deps'), c.get('actor'), slug)} state={{ values: {}, errors: {}, message: f.state.message }} />, f.status);
    }
    flash(c, 'academy.flash.published');
    return c.redirect(coursePath(slug), 303);
  });

  app.post('/academy/teach/:slug/unpublish', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const slug = slugOf(c);
    const values = await readForm(c);
    try {
      await authoring.unpublishCourse(c.get('deps'), c.get('actor'), slug, { note: str(values, 'note') });
    } catch (e) {
      const f = failure(c, e, values);
      const course = await authoring.courseForEditing(c.get('deps'), c.get('actor'), slug);
      return render(c, <EditCoursePage ctx={pageCtx(c)} course={course} unpublishState={f.state} />, f.status);
    }
    flash(c, 'academy.flash.unpublished');
    return c.redirect(coursePath(slug), 303);
  });

  app.get('/academy/teach/:slug/lessons/new', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const slug = slugOf(c);
    await authoring.courseForEditing(c.get('deps'), c.get('actor'), slug);
    return render(c, <LessonFormPage ctx={pageCtx(c)} slug={slug} lesson={{ position: null, title_en: '', title_ur: '', body_en: '', body_ur: '', video_url: '' }} />);
  });

  app.get('/academy/teach/:slug/lessons/:n', async (c) => lessonFormPage(c));

  // A lesson's pictures and files: upload one (the page then shows the Markdown to paste), or remove one.
  for (const kind of ['image', 'file'] as const) {
    const path = `/academy/teach/:slug/lessons/:n/${kind}s`;
    acceptUploads(app, path);
    app.post(path, async (c) => {
      if (!c.get('actor')) return toLogIn(c);
      const slug = slugOf(c);
      const n = position(c);
      let added: lessonFiles.LessonAttachment;
      try {
        added = await lessonFiles.addLessonAttachment(c.get('deps'), c.get('actor'), slug, n, kind, await readFile(c, kind));
      } catch (e) {
        const f = failure(c, e, {});
        return lessonFormPage(c, f.state, f.status);
      }
      flash(c, kind === 'image' ? 'academy.flash.image_added' : 'academy.flash.file_added');
      return c.redirect(`/academy/teach/${slug}/lessons/${n}#attachment-${added.key}`, 303);
    });
  }

  app.post('/academy/teach/:slug/lessons/:n/attachments/:key/delete', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const slug = slugOf(c);
    const n = position(c);
    await lessonFiles.removeLessonAttachment(c.get('deps'), c.get('actor'), slug, n, c.req.param('key') ?? '');
    flash(c, 'academy.flash.attachment_removed');
    return c.redirect(`/academy/teach/${slug}/lessons/${n}#attachments`, 303);
  });

  for (const path of ['/academy/teach/:slug/lessons/new', '/academy/teach/:slug/lessons/:n']) {
    app.post(path, async (c) => {
      if (!c.get('actor')) return toLogIn(c);
      const slug = slugOf(c);
      const n = path.endsWith('/new') ? null : position(c);
      const values = await readForm(c);
      try {
        await authoring.saveLesson(c.get('deps'), c.get('actor'), slug, n, lessonFields(values));
      } catch (e) {
        const f = failure(c, e, values);
        const attachments = n === null ? [] : await lessonFiles.lessonAttachmentsForEditing(c.get('deps'), c.get('actor'), slug, n);
        return render(c, <LessonFormPage ctx={pageCtx(c)} slug={slug} lesson={{ position: n, ...lessonFields(values) }} state={f.state} attachments={attachments} />, f.status);
      }
      flash(c, 'academy.flash.saved');
      return c.redirect(`/academy/teach/${slug}`, 303);
    });
  }

  // --- Roles (admins) ------------------------------------------------------------------------------

  app.get('/admin/roles', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return render(c, <RolesPage ctx={pageCtx(c)} holders={await roles.roleHolders(c.get('deps'), c.get('actor'))} />);
  });

  app.post('/admin/roles', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    try {
      await roles.grantRole(c.get('deps'), c.get('actor'), { person: str(values, 'person'), role: str(values, 'role'), note: str(values, 'note') });
    } catch (e) {
      const f = failure(c, e, values);
      return render(c, <RolesPage ctx={pageCtx(c)} holders={await roles.roleHolders(c.get('deps'), c.get('actor'))} state={f.state} />, f.status);
    }
    flash(c, 'academy.flash.granted');
    return c.redirect('/admin/roles', 303);
  });

  app.post('/admin/roles/:id/revoke', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    try {
      await roles.revokeRole(c.get('deps'), c.get('actor'), c.req.param('id'), { note: str(values, 'note') });
    } catch (e) {
      const f = failure(c, e, values);
      return render(c, <RolesPage ctx={pageCtx(c)} holders={await roles.roleHolders(c.get('deps'), c.get('actor'))} state={{ values: {}, errors: {}, message: f.state.message }} />, f.status);
    }
    flash(c, 'academy.flash.revoked');
    return c.redirect('/admin/roles', 303);
  });
}
