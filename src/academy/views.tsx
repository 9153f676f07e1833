// The academy's pages: the home (tracks by demand with their courses), a course, a lesson (its
// language first, the other as a switch; code left to right inside Urdu), "my learning", a skill's
// demand, the instructors' forms, and /admin/roles. Everything works with JavaScript off.
import type { AssessmentStatus } from '../assessments/service.ts';
import { AssessmentsCard } from '../assessments/views.tsx';
import { MarkdownBlocks } from '../content/views.tsx';
import { MEDIA_LIMITS, TEXT_EXTENSIONS } from '../media/domain.ts';
import { AttachmentList, fileSize } from '../media/views.tsx';
import { Field, Form, type FormState, Select, TextArea } from '../platform/form-views.tsx';
import { formatDate, formatNumber } from '../platform/format.ts';
import { dir, type Locale } from '../platform/i18n.ts';
import { CsrfField, Layout, type PageCtx } from '../platform/layout.tsx';
import { formatMoney, type Money } from '../platform/money.ts';
import { ROLES } from '../platform/roles.ts';
import { SKILLS } from '../taxonomy/data.ts';
import type { AuthoredCourse, CourseForm, LessonForm } from './authoring.ts';
import type { SkillDemand } from './demand.ts';
import type { LessonAttachment } from './lesson-files.ts';
import { inReaderLanguage, MIN_ORDERS_FOR_PRICES, PRICE_WINDOW_DAYS } from './domain.ts';
import type { CourseCard, CourseView, LearningItem, LessonView, TrackView } from './service.ts';
import type { RoleHolder } from './staff-roles.ts';
import { TRACKS } from './tables.ts';
import { skillName, TRACK_INFO, trackInfo, trackName } from './tracks.ts';

const empty: FormState = { values: {}, errors: {} };
const price = (ctx: PageCtx, p: Money) => (p.amount === 0n ? ctx.t('academy.free') : formatMoney(ctx.locale, p));
export const coursePath = (slug: string) => `/academy/courses/${slug}`;
export const lessonPath = (slug: string, n: number) => `/academy/courses/${slug}/lessons/${n}`;

/** Text in the reader's language when it has it, marked with its own language and direction. */
function Localised({ ctx, text, as = 'span' }: { ctx: PageCtx; text: { en: string | null; ur: string | null }; as?: 'span' | 'p' }) {
  const v = inReaderLanguage(ctx.locale, text);
  const attrs = { lang: v.lang, dir: dir(v.lang) };
  return as === 'p' ? <p {...attrs}>{v.text}</p> : <span {...attrs}>{v.text}</span>;
}

const titleText = (ctx: PageCtx, t: { en: string | null; ur: string | null }) => inReaderLanguage(ctx.locale, t).text;

function StatusNote({ ctx, status }: { ctx: PageCtx; status: CourseCard['status'] }) {
  if (status === 'published') return null;
  return <p class="notice">{ctx.t(status === 'draft' ? 'academy.status.draft_note' : 'academy.status.unpublished_note')}</p>;
}

function CourseCardView({ ctx, c }: { ctx: PageCtx; c: CourseCard }) {
  const { t } = ctx;
  return (
    <li class="card course-card">
      <h3>
        <a href={coursePath(c.slug)}>
          <Localised ctx={ctx} text={c.title} />
        </a>
      </h3>
      {c.summary.en || c.summary.ur ? <Localised ctx={ctx} text={c.summary} as="p" /> : null}
      <p class="muted">
        {t('academy.course.meta', { lessons: c.lessons, author: c.author.name })} · <strong>{price(ctx, c.price)}</strong>
      </p>
    </li>
  );
}

// --- The home --------------------------------------------------------------------------------------

export function AcademyHomePage({ ctx, tracks, canTeach }: { ctx: PageCtx; tracks: TrackView[]; canTeach: boolean }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('academy.title')}>
      <h1>{t('academy.title')}</h1>
      <p class="lead">{t('academy.intro')}</p>
      <p>
        {ctx.actor ? (
          <>
            <a href="/learning">{t('academy.learning.title')}</a>
            {' · '}
          </>
        ) : null}
        <a href="/mentors">{t('academy.mentors_link')}</a>
        {canTeach ? (
          <>
            {' · '}
            <a href="/academy/teach">{t('academy.teach.title')}</a>
          </>
        ) : null}
      </p>
      <p class="muted">{t('academy.ordered_by_demand')}</p>
      {tracks.map((tr) => (
        <section class="academy-track" aria-labelledby={`track-${tr.track}`}>
          <h2 id={`track-${tr.track}`}>{trackName(tr.track, ctx.locale)}</h2>
          <p class="muted">{t('academy.track.demand', { jobs: tr.jobs, gigs: tr.gigs })}</p>
          <p class="skill-links">
            {trackInfo(tr.track).skills.map((s, i) => (
              <>
                {i > 0 ? ' · ' : null}
                <a href={`/academy/skills/${s}`}>{skillName(s, ctx.locale)}</a>
              </>
            ))}
          </p>
          {tr.courses.length ? (
            <ul class="course-list">
              {tr.courses.map((c) => (
                <CourseCardView ctx={ctx} c={c} />
              ))}
            </ul>
          ) : (
            <p class="muted">{t('academy.track.no_courses')}</p>
          )}
        </section>
      ))}
    </Layout>
  );
}

// --- A course --------------------------------------------------------------------------------------

export interface EnrolState {
  key: string;
  balance: Money | null;
  /** Set after a refused enrolment: what to show, and the top-up link when money was short. */
  message?: string | undefined;
  topUp?: string | undefined;
}

function EnrolBox({ ctx, v, enrol }: { ctx: PageCtx; v: CourseView; enrol: EnrolState }) {
  const { t } = ctx;
  const c = v.course;
  if (v.enrolment) {
    const e = v.enrolment;
    return (
      <section class="card enrolled" aria-labelledby="progress-title">
        <h2 id="progress-title">{t('academy.progress.title')}</h2>
        <p>
          <progress max={100} value={e.percent} aria-describedby="progress-text">
            {e.percent}%
          </progress>{' '}
          <span id="progress-text">{t('academy.progress.text', { percent: e.percent, done: e.done, total: v.lessons.length })}</span>
        </p>
        {e.completedAt ? <p>{t('academy.progress.completed', { date: formatDate(ctx.locale, e.completedAt) })}</p> : null}
        {e.certificate ? (
          <p>
            <a class="button" href={`/certificates/${e.certificate}`}>
              {t('academy.progress.certificate')}
            </a>
          </p>
        ) : null}
        {e.resumeAt !== null ? (
          <p>
            <a class="button" href={lessonPath(c.slug, e.resumeAt)}>
              {e.done === 0 ? t('academy.start') : t('academy.resume', { n: e.resumeAt })}
            </a>
          </p>
        ) : null}
      </section>
    );
  }
  if (c.status !== 'published') return null;
  if (!ctx.actor) {
    return (
      <p class="card">
        <a class="button" href={`/login?next=${encodeURIComponent(coursePath(c.slug))}`}>
          {t('academy.enrol.log_in')}
        </a>
      </p>
    );
  }
  return (
    <section class="card" aria-labelledby="enrol-title">
      <h2 id="enrol-title">{t('academy.enrol.title')}</h2>
      {enrol.message ? (
        <div class="alert" role="alert">
          <p>{enrol.message}</p>
          {enrol.topUp ? (
            <p>
              <a href={enrol.topUp}>{t('academy.enrol.add_money')}</a>
            </p>
          ) : null}
        </div>
      ) : null}
      {enrol.balance ? <p class="muted">{t('academy.enrol.balance', { balance: formatMoney(ctx.locale, enrol.balance) })}</p> : null}
      <form method="post" action={`${coursePath(c.slug)}/enrol`}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="idempotency_key" value={enrol.key} />
        {/* The price shown here: if it changed before the press, the enrolment is refused and nothing is charged. */}
        <input type="hidden" name="expected_amount" value={c.price.amount.toString()} />
        <input type="hidden" name="expected_currency" value={c.price.currency} />
        <button type="submit">{c.price.amount === 0n ? t('academy.enrol.free') : t('academy.enrol.paid', { price: formatMoney(ctx.locale, c.price) })}</button>
      </form>
      {c.price.amount > 0n ? <p class="hint">{t('academy.enrol.paid_hint')}</p> : null}
    </section>
  );
}

export function CoursePage({ ctx, v, enrol, assessments = null }: { ctx: PageCtx; v: CourseView; enrol: EnrolState; assessments?: AssessmentStatus | null }) {
  const { t } = ctx;
  const c = v.course;
  const canOpen = v.enrolment !== null || v.canPreview;
  return (
    <Layout ctx={ctx} title={titleText(ctx, c.title)}>
      <p class="breadcrumb">
        <a href="/academy">{t('academy.title')}</a> › {trackName(c.track, ctx.locale)}
      </p>
      <h1>
        <Localised ctx={ctx} text={c.title} />
      </h1>
      <StatusNote ctx={ctx} status={c.status} />
      {c.summary.en || c.summary.ur ? <Localised ctx={ctx} text={c.summary} as="p" /> : null}
      <dl class="facts">
        <dt>{t('academy.course.skill')}</dt>
        <dd>
          <a href={`/academy/skills/${c.skill}`}>{skillName(c.skill, ctx.locale)}</a>
        </dd>
        <dt>{t('academy.course.author')}</dt>
        <dd>
          <a href={`/u/${c.author.handle}`}>{c.author.name}</a>
        </dd>
        <dt>{t('academy.course.price')}</dt>
        <dd>{price(ctx, c.price)}</dd>
      </dl>
      <EnrolBox ctx={ctx} v={v} enrol={enrol} />
      <h2>{t('academy.lessons', { n: v.lessons.length })}</h2>
      {v.lessons.length === 0 ? <p class="muted">{t('academy.no_lessons_yet')}</p> : null}
      <ol class="lesson-list">
        {v.lessons.map((l) => (
          <li>
            {canOpen ? (
              <a href={lessonPath(c.slug, l.position)}>
                <Localised ctx={ctx} text={l.title} />
              </a>
            ) : (
              <Localised ctx={ctx} text={l.title} />
            )}
            {l.hasVideo ? <span class="muted"> · {t('academy.lesson.has_video')}</span> : null}
            {l.done ? <span class="done"> · {t('academy.lesson.done_mark')}</span> : null}
          </li>
        ))}
      </ol>
      {assessments && (assessments.quiz.hasQuestions || assessments.project.hasRubric) ? <AssessmentsCard ctx={ctx} s={assessments} /> : null}
      {v.canEdit ? (
        <p>
          <a class="button secondary" href={`/academy/teach/${c.slug}`}>
            {t('academy.teach.edit_course')}
          </a>
        </p>
      ) : null}
      {ctx.actor?.isAdmin && c.status === 'published' ? <UnpublishForm ctx={ctx} slug={c.slug} /> : null}
    </Layout>
  );
}

export function UnpublishForm({ ctx, slug, state = empty }: { ctx: PageCtx; slug: string; state?: FormState }) {
  const { t } = ctx;
  return (
    <details class="card" open={Object.keys(state.errors).length > 0 || !!state.message}>
      <summary>{t('academy.unpublish.title')}</summary>
      <Form ctx={ctx} action={`/academy/teach/${slug}/unpublish`} state={state}>
        <TextArea ctx={ctx} state={state} name="note" label={t('academy.unpublish.note')} maxlength={500} rows={2} />
        <button type="submit" class="danger">
          {t('academy.unpublish.button')}
        </button>
      </Form>
    </details>
  );
}

// --- A lesson --------------------------------------------------------------------------------------

const OTHER_LANGUAGE: Record<Locale, string> = { en: 'Read in English', ur: 'اردو میں پڑھیں' };

export function LessonPage({ ctx, l }: { ctx: PageCtx; l: LessonView }) {
  const { t } = ctx;
  const slug = l.course.slug;
  const title = l.title[l.shown] ?? titleText(ctx, l.title);
  return (
    <Layout ctx={ctx} title={title}>
      <p class="breadcrumb">
        <a href="/academy">{t('academy.title')}</a> ›{' '}
        <a href={coursePath(slug)}>
          <Localised ctx={ctx} text={l.course.title} />
        </a>
      </p>
      <p class="muted">{t('academy.lesson.of', { n: l.position, count: l.count })}</p>
      {l.preview ? <p class="notice">{t('academy.lesson.preview_note')}</p> : null}
      <article class="lesson" lang={l.shown} dir={dir(l.shown)}>
        <h1>{title}</h1>
        {l.other ? (
          <p class="lesson-switch">
            <a href={`${lessonPath(slug, l.position)}?lang=${l.other}`} lang={l.other} hreflang={l.other}>
              {OTHER_LANGUAGE[l.other]}
            </a>
          </p>
        ) : null}
        {l.videoUrl ? (
          <p class="lesson-video">
            <a href={l.videoUrl} rel="noopener noreferrer" target="_blank" lang={ctx.locale} dir={dir(ctx.locale)}>
              {t('academy.lesson.video')}
            </a>
          </p>
        ) : null}
        <MarkdownBlocks blocks={l.blocks} sizes={l.imageSizes} />
      </article>
      {l.files.length ? (
        <section class="lesson-files" aria-labelledby="lesson-files-title">
          <h2 id="lesson-files-title">{t('academy.files.for_learners')}</h2>
          <AttachmentList ctx={ctx} attachments={l.files.map((f, position) => ({ ...f, position }))} />
        </section>
      ) : null}
      {l.enrolled ? (
        l.done ? (
          <p class="done">{t('academy.lesson.done')}</p>
        ) : (
          <form method="post" action={`${lessonPath(slug, l.position)}/done`}>
            <CsrfField ctx={ctx} />
            <button type="submit">{t('academy.lesson.mark_done')}</button>
          </form>
        )
      ) : null}
      <nav class="lesson-nav" aria-label={t('academy.lesson.nav')}>
        {l.position > 1 ? <a href={lessonPath(slug, l.position - 1)}>{t('academy.lesson.previous')}</a> : <span />}
        {l.position < l.count ? <a href={lessonPath(slug, l.position + 1)}>{t('academy.lesson.next')}</a> : <a href={coursePath(slug)}>{t('academy.lesson.back')}</a>}
      </nav>
    </Layout>
  );
}

// --- My learning -----------------------------------------------------------------------------------

export function LearningPage({ ctx, items, mayGrade }: { ctx: PageCtx; items: LearningItem[]; mayGrade: boolean }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('academy.learning.title')}>
      <h1>{t('academy.learning.title')}</h1>
      <p>
        <a href="/mentors">{t('academy.mentors_link')}</a>
        {' · '}
        <a href="/certificates/outside">{t('academy.outside_link')}</a>
        {mayGrade ? (
          <>
            {' · '}
            <a href="/academy/grading">{t('assessments.grading.title')}</a>
          </>
        ) : null}
      </p>
      {items.length === 0 ? (
        <p>
          {t('academy.learning.empty')} <a href="/academy">{t('academy.learning.browse')}</a>
        </p>
      ) : (
        <ul class="course-list">
          {items.map((i) => (
            <li class="card">
              <h2>
                <a href={coursePath(i.course.slug)}>
                  <Localised ctx={ctx} text={i.course.title} />
                </a>
              </h2>
              <p>
                <progress max={100} value={i.percent}>
                  {i.percent}%
                </progress>{' '}
                {t('academy.progress.text', { percent: i.percent, done: i.done, total: i.course.lessons })}
              </p>
              {i.completedAt ? <p>{t('academy.progress.completed', { date: formatDate(ctx.locale, i.completedAt) })}</p> : null}
              {i.resumeAt !== null ? (
                <p>
                  <a class="button small" href={lessonPath(i.course.slug, i.resumeAt)}>
                    {i.done === 0 ? t('academy.start') : t('academy.resume', { n: i.resumeAt })}
                  </a>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

// --- A skill's demand ------------------------------------------------------------------------------

export function SkillPage({ ctx, d }: { ctx: PageCtx; d: SkillDemand }) {
  const { t } = ctx;
  const name = skillName(d.skill, ctx.locale);
  const m = (x: Money) => formatMoney(ctx.locale, x);
  return (
    <Layout ctx={ctx} title={t('academy.skill.title', { skill: name })}>
      <p class="breadcrumb">
        <a href="/academy">{t('academy.title')}</a>
        {d.track ? ` › ${trackName(d.track, ctx.locale)}` : null}
      </p>
      <h1>{t('academy.skill.title', { skill: name })}</h1>
      <section aria-labelledby="prices">
        <h2 id="prices">{t('academy.skill.prices')}</h2>
        <p class="muted">
          {t('academy.skill.window', { days: PRICE_WINDOW_DAYS, from: formatDate(ctx.locale, d.window.from), to: formatDate(ctx.locale, d.window.to), n: d.orders })}
        </p>
        {d.prices ? (
          <>
            <dl class="facts">
              <dt>{t('academy.skill.median')}</dt>
              <dd>{m(d.prices.median)}</dd>
              <dt>{t('academy.skill.middle_half')}</dt>
              <dd>{t('academy.skill.range', { low: m(d.prices.q1), high: m(d.prices.q3) })}</dd>
            </dl>
            <p class="hint">{t('academy.skill.usd_note')}</p>
          </>
        ) : (
          <p>{t('academy.skill.not_enough', { min: MIN_ORDERS_FOR_PRICES })}</p>
        )}
      </section>
      <section aria-labelledby="jobs">
        <h2 id="jobs">{t('academy.skill.open_jobs', { n: d.openJobs })}</h2>
        <ul>
          {d.jobs.map((j) => (
            <li>
              <a href={`/jobs/${j.id}`} dir="auto">
                {j.title}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="gigs">
        <h2 id="gigs">{t('academy.skill.gigs', { n: d.gigs })}</h2>
        <ul>
          {d.gigList.map((g) => (
            <li>
              <a href={`/g/${g.slug}`} dir="auto">
                {g.title}
              </a>
              {g.fromPrice ? <span class="muted"> · {t('academy.skill.from', { price: m(g.fromPrice) })}</span> : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="courses">
        <h2 id="courses">{t('academy.skill.courses')}</h2>
        {d.courses.length ? (
          <ul class="course-list">
            {d.courses.map((c) => (
              <CourseCardView ctx={ctx} c={c} />
            ))}
          </ul>
        ) : (
          <p class="muted">{t('academy.skill.no_courses')}</p>
        )}
      </section>
    </Layout>
  );
}

// --- Teaching --------------------------------------------------------------------------------------

const statusLabel = (ctx: PageCtx, s: CourseCard['status']) => ctx.t(`academy.status.${s}`);

export function TeachPage({ ctx, courses }: { ctx: PageCtx; courses: AuthoredCourse[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('academy.teach.title')}>
      <h1>{t('academy.teach.title')}</h1>
      <p>
        <a class="button" href="/academy/teach/new">
          {t('academy.teach.new_course')}
        </a>
      </p>
      {courses.length === 0 ? <p class="muted">{t('academy.teach.none')}</p> : null}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('academy.teach.course')}</th>
            <th scope="col">{t('academy.teach.status')}</th>
            <th scope="col">{t('academy.teach.lessons')}</th>
            <th scope="col">{t('academy.teach.learners')}</th>
          </tr>
        </thead>
        <tbody>
          {courses.map((c) => (
            <tr>
              <td>
                <a href={`/academy/teach/${c.slug}`}>{titleText(ctx, c.title)}</a>
              </td>
              <td>{statusLabel(ctx, c.status)}</td>
              <td>{formatNumber(ctx.locale, c.lessons)}</td>
              <td>{formatNumber(ctx.locale, c.enrolments)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

function CourseFields({ ctx, state, isNew }: { ctx: PageCtx; state: FormState; isNew: boolean }) {
  const { t } = ctx;
  const skills = SKILLS.filter((s) => TRACK_INFO.some((tr) => tr.skills.includes(s.slug)));
  return (
    <>
      {isNew ? <Field ctx={ctx} state={state} name="slug" label={t('academy.form.slug')} hint={t('academy.form.slug_hint')} maxlength={80} dir="ltr" required /> : null}
      <Select ctx={ctx} state={state} name="track" label={t('academy.form.track')} options={TRACKS.map((tr) => ({ value: tr, label: trackName(tr, ctx.locale) }))} />
      <Select ctx={ctx} state={state} name="skill" label={t('academy.form.skill')} options={skills.map((s) => ({ value: s.slug, label: s[ctx.locale] }))} />
      <Field ctx={ctx} state={state} name="title_en" label={t('academy.form.title_en')} maxlength={120} />
      <Field ctx={ctx} state={state} name="title_ur" label={t('academy.form.title_ur')} maxlength={120} />
      <TextArea ctx={ctx} state={state} name="summary_en" label={t('academy.form.summary_en')} maxlength={1000} rows={3} />
      <TextArea ctx={ctx} state={state} name="summary_ur" label={t('academy.form.summary_ur')} maxlength={1000} rows={3} />
      <Field ctx={ctx} state={state} name="price" label={t('academy.form.price')} hint={t('academy.form.price_hint')} maxlength={40} inputmode="decimal" />
      <Select ctx={ctx} state={state} name="currency" label={t('academy.form.currency')} options={[{ value: 'PKR', label: 'PKR' }, { value: 'USD', label: 'USD' }]} fallback="PKR" />
    </>
  );
}

export function NewCoursePage({ ctx, state = empty }: { ctx: PageCtx; state?: FormState }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('academy.teach.new_course')}>
      <h1>{t('academy.teach.new_course')}</h1>
      <p class="muted">{t('academy.teach.draft_hint')}</p>
      <Form ctx={ctx} action="/academy/teach/new" state={state}>
        <CourseFields ctx={ctx} state={state} isNew />
        <button type="submit">{t('academy.form.create')}</button>
      </Form>
    </Layout>
  );
}

export function EditCoursePage({ ctx, course, state, unpublishState }: { ctx: PageCtx; course: CourseForm; state?: FormState | undefined; unpublishState?: FormState }) {
  const { t } = ctx;
  const { slug, track, skill, title_en, title_ur, summary_en, summary_ur, price: typed, currency } = course;
  const s: FormState = state ?? { values: { slug, track, skill, title_en, title_ur, summary_en, summary_ur, price: typed, currency }, errors: {} };
  const title = course.title_ur && ctx.locale === 'ur' ? course.title_ur : course.title_en || course.title_ur;
  return (
    <Layout ctx={ctx} title={title}>
      <p class="breadcrumb">
        <a href="/academy/teach">{t('academy.teach.title')}</a>
      </p>
      <h1 dir="auto">{title}</h1>
      <p>
        {t('academy.teach.status')}: <strong>{statusLabel(ctx, course.status)}</strong> ·{' '}
        <a href={coursePath(course.slug)}>{t('academy.teach.preview')}</a>
      </p>
      {course.status !== 'published' && (course.status === 'draft' || ctx.actor?.isAdmin) ? (
        <form method="post" action={`/academy/teach/${course.slug}/publish`}>
          <CsrfField ctx={ctx} />
          <button type="submit">{t('academy.teach.publish')}</button>
          <span class="hint"> {t('academy.teach.publish_hint')}</span>
        </form>
      ) : null}
      <h2>{t('academy.lessons', { n: course.lessons.length })}</h2>
      <ol class="lesson-list">
        {course.lessons.map((l) => (
          <li>
            <a href={`/academy/teach/${course.slug}/lessons/${l.position}`}>
              <Localised ctx={ctx} text={l.title} />
            </a>
          </li>
        ))}
      </ol>
      <p>
        <a class="button secondary" href={`/academy/teach/${course.slug}/lessons/new`}>
          {t('academy.teach.add_lesson')}
        </a>
      </p>
      <h2>{t('academy.teach.details')}</h2>
      <Form ctx={ctx} action={`/academy/teach/${course.slug}`} state={s}>
        <CourseFields ctx={ctx} state={s} isNew={false} />
        <button type="submit">{t('academy.form.save')}</button>
      </Form>
      {ctx.actor?.isAdmin && course.status === 'published' ? <UnpublishForm ctx={ctx} slug={course.slug} state={unpublishState ?? empty} /> : null}
    </Layout>
  );
}

const MB = 1024 * 1024;
const FILE_ACCEPT = ['.pdf', '.zip', ...TEXT_EXTENSIONS.map((e) => `.${e}`)].join(',');

/** A lesson's pictures and files on its edit page: each with the Markdown to paste and a remove button, and the two upload forms. */
function LessonAttachments({ ctx, base, attachments, state }: { ctx: PageCtx; base: string; attachments: LessonAttachment[]; state: FormState }) {
  const { t } = ctx;
  return (
    <section id="attachments" class="lesson-attachments" aria-labelledby="attachments-title">
      <h2 id="attachments-title">{t('academy.files.title')}</h2>
      <p class="hint">{t('academy.files.intro', { max: MEDIA_LIMITS.lessonAttachments })}</p>
      {state.message ? (
        <p class="alert" role="alert">
          {state.message}
        </p>
      ) : null}
      {attachments.length === 0 ? <p class="muted">{t('academy.files.none')}</p> : null}
      <ul class="attachment-cards">
        {attachments.map((a) => (
          <li class="card" id={`attachment-${a.key}`}>
            {a.kind === 'image' ? (
              <img src={a.url} alt="" width={a.width ?? undefined} height={a.height ?? undefined} loading="lazy" decoding="async" class="attachment-preview" />
            ) : (
              <p>
                <a href={a.url} download={a.name ?? undefined}>
                  <bdi>{a.name}</bdi>
                </a>
              </p>
            )}
            <p class="muted">
              {t(a.kind === 'image' ? 'academy.files.kind_image' : 'academy.files.kind_file')} · {fileSize(ctx, a.bytes)}
              {a.kind === 'image' && a.width && a.height ? ` · ${a.width} × ${a.height}` : ''}
            </p>
            <label for={`md-${a.key}`}>{t('academy.files.markdown')}</label>
            <input id={`md-${a.key}`} type="text" readonly value={a.markdown} dir="ltr" class="markdown-snippet" />
            <form method="post" action={`${base}/attachments/${a.key}/delete`}>
              <CsrfField ctx={ctx} />
              <button type="submit" class="danger small" aria-label={t('academy.files.remove_label', { name: a.name ?? a.key })}>
                {t('academy.files.remove')}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <form method="post" action={`${base}/images`} enctype="multipart/form-data" class="stack">
        <CsrfField ctx={ctx} />
        <div class="field">
          <label for="lesson-image">{t('academy.files.image_label')}</label>
          <span class="hint" id="lesson-image-hint">
            {t('academy.files.image_hint', { mb: MEDIA_LIMITS.imageBytes / MB })}
          </span>
          <input id="lesson-image" name="image" type="file" accept="image/jpeg,image/png,image/webp" aria-describedby="lesson-image-hint" />
        </div>
        <button type="submit" class="secondary">
          {t('academy.files.upload_image')}
        </button>
      </form>
      <form method="post" action={`${base}/files`} enctype="multipart/form-data" class="stack">
        <CsrfField ctx={ctx} />
        <div class="field">
          <label for="lesson-file">{t('academy.files.file_label')}</label>
          <span class="hint" id="lesson-file-hint">
            {t('academy.files.file_hint', { mb: MEDIA_LIMITS.documentBytes / MB })}
          </span>
          <input id="lesson-file" name="file" type="file" accept={FILE_ACCEPT} aria-describedby="lesson-file-hint" />
        </div>
        <button type="submit" class="secondary">
          {t('academy.files.upload_file')}
        </button>
      </form>
    </section>
  );
}

export function LessonFormPage({
  ctx,
  slug,
  lesson,
  state,
  attachments = [],
  uploadState = empty,
}: {
  ctx: PageCtx;
  slug: string;
  lesson: LessonForm;
  state?: FormState;
  attachments?: LessonAttachment[];
  uploadState?: FormState;
}) {
  const { t } = ctx;
  const s: FormState = state ?? { values: { title_en: lesson.title_en, title_ur: lesson.title_ur, body_en: lesson.body_en, body_ur: lesson.body_ur, video_url: lesson.video_url }, errors: {} };
  const action = lesson.position === null ? `/academy/teach/${slug}/lessons/new` : `/academy/teach/${slug}/lessons/${lesson.position}`;
  const heading = lesson.position === null ? t('academy.teach.add_lesson') : t('academy.lesson.of_edit', { n: lesson.position });
  return (
    <Layout ctx={ctx} title={heading}>
      <p class="breadcrumb">
        <a href={`/academy/teach/${slug}`}>{t('academy.teach.back_to_course')}</a>
      </p>
      <h1>{heading}</h1>
      {lesson.position !== null ? (
        <p>
          <a href={lessonPath(slug, lesson.position)}>{t('academy.teach.preview')}</a>
        </p>
      ) : null}
      <p class="hint">{t('academy.form.markdown_hint')}</p>
      <Form ctx={ctx} action={action} state={s}>
        <Field ctx={ctx} state={s} name="title_en" label={t('academy.form.title_en')} maxlength={160} />
        <Field ctx={ctx} state={s} name="title_ur" label={t('academy.form.title_ur')} maxlength={160} />
        <TextArea ctx={ctx} state={s} name="body_en" label={t('academy.form.body_en')} maxlength={40000} rows={14} />
        <TextArea ctx={ctx} state={s} name="body_ur" label={t('academy.form.body_ur')} maxlength={40000} rows={14} />
        <Field ctx={ctx} state={s} name="video_url" label={t('academy.form.video_url')} maxlength={500} dir="ltr" inputmode="url" />
        <button type="submit">{t('academy.form.save')}</button>
      </Form>
      {lesson.position !== null ? (
        <LessonAttachments ctx={ctx} base={`/academy/teach/${slug}/lessons/${lesson.position}`} attachments={attachments} state={uploadState} />
      ) : (
        <p class="hint">{t('academy.files.save_first')}</p>
      )}
    </Layout>
  );
}

// --- /admin/roles ----------------------------------------------------------------------------------

export function RolesPage({ ctx, holders, state = empty }: { ctx: PageCtx; holders: RoleHolder[]; state?: FormState }) {
  const { t } = ctx;
  const roleLabel = (r: string) => t(`academy.role.${r}`);
  return (
    <Layout ctx={ctx} title={t('academy.roles.title')} wide>
      <p class="breadcrumb">
        <a href="/admin">{t('nav.admin')}</a>
      </p>
      <h1>{t('academy.roles.title')}</h1>
      <p class="muted">{t('academy.roles.intro')}</p>
      <h2>{t('academy.roles.grant')}</h2>
      <Form ctx={ctx} action="/admin/roles" state={state}>
        <Field ctx={ctx} state={state} name="person" label={t('academy.roles.person')} hint={t('academy.roles.person_hint')} maxlength={254} dir="ltr" required />
        <Select ctx={ctx} state={state} name="role" label={t('academy.roles.role')} options={ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} fallback="instructor" />
        <TextArea ctx={ctx} state={state} name="note" label={t('academy.roles.note')} maxlength={500} rows={2} />
        <button type="submit">{t('academy.roles.grant_button')}</button>
      </Form>
      <h2>{t('academy.roles.holders', { n: holders.length })}</h2>
      {holders.length === 0 ? <p class="muted">{t('academy.roles.none')}</p> : null}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('academy.roles.person')}</th>
            <th scope="col">{t('academy.roles.role')}</th>
            <th scope="col">{t('academy.roles.granted')}</th>
            <th scope="col">{t('academy.roles.note')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('academy.roles.revoke')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {holders.map((h) => (
            <tr>
              <td>
                <bdi>{h.user.name}</bdi> <span class="muted" dir="ltr">{h.user.email}</span>
              </td>
              <td>{roleLabel(h.role)}</td>
              <td>
                {formatDate(ctx.locale, h.grantedAt)}
                {h.grantedBy ? (
                  <>
                    {' · '}
                    <bdi>{h.grantedBy}</bdi>
                  </>
                ) : null}
              </td>
              <td dir="auto">{h.note ?? ''}</td>
              <td>
                <form method="post" action={`/admin/roles/${h.grantId}/revoke`}>
                  <CsrfField ctx={ctx} />
                  <input type="hidden" name="note" value="" />
                  <button type="submit" class="secondary small" aria-label={t('academy.roles.revoke_label', { role: roleLabel(h.role), name: h.user.name })}>
                    {t('academy.roles.revoke')}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
