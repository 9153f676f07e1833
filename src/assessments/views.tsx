// Quiz and project pages: the quiz's rules and a learner's attempts, an attempt to answer (questions
// and choices in the drawn order, the time left; never which choice is correct) and its result, the
// project's brief, rubric, submissions, grades and form, and the graders' queue and grading form.
// AssessmentsCard is the small piece the academy's course page can place. Everything works with
// JavaScript off.
import { FilesField, StepFiles } from '../disputes/views.tsx';
import { FieldError, type FormState, TextArea, value } from '../platform/form-views.tsx';
import { formatDateTime } from '../platform/format.ts';
import { CsrfField, Layout, type PageCtx } from '../platform/layout.tsx';
import { FEEDBACK_MAX, PROJECT_LINKS, PROJECT_TEXT_MAX } from './domain.ts';
import type { AssessmentStatus, AttemptView, Both, GradingView, ProjectBrief, ProjectView, QueueItem, QuizOverview, SubmissionView } from './service.ts';

const empty: FormState = { values: {}, errors: {} };

/** An author's text in the reader's language first, the other when it has only that, marked with its language. */
function Text({ ctx, both }: { ctx: PageCtx; both: Both }) {
  const first = ctx.locale === 'ur' ? both.ur : both.en;
  const lang = first !== null ? ctx.locale : ctx.locale === 'ur' ? 'en' : 'ur';
  return <span lang={lang}>{first ?? (ctx.locale === 'ur' ? both.en : both.ur) ?? ''}</span>;
}

const title = (ctx: PageCtx, b: Both) => (ctx.locale === 'ur' ? (b.ur ?? b.en) : (b.en ?? b.ur)) ?? '';
const quizUrl = (slug: string) => `/academy/courses/${slug}/quiz`;
const attemptUrl = (slug: string, id: string) => `/academy/courses/${slug}/quiz/attempts/${id}`;
const projectUrl = (slug: string) => `/academy/courses/${slug}/project`;

function Alert({ state }: { state: FormState }) {
  if (!state.message) return null;
  return (
    <p class="alert" role="alert">
      {state.message}
    </p>
  );
}

function CourseLinks({ ctx, slug, here }: { ctx: PageCtx; slug: string; here: 'quiz' | 'project' }) {
  const { t } = ctx;
  return (
    <p class="muted">
      <a href={`/academy/courses/${slug}`}>{t('assessments.back_to_course')}</a> · {here === 'quiz' ? <a href={projectUrl(slug)}>{t('assessments.to_project')}</a> : <a href={quizUrl(slug)}>{t('assessments.to_quiz')}</a>}
    </p>
  );
}

function Completed({ ctx, at }: { ctx: PageCtx; at: Date | null }) {
  if (!at) return null;
  return (
    <p class="flash" role="status">
      {ctx.t('assessments.completed', { date: formatDateTime(ctx.locale, at) })}
    </p>
  );
}

// --- The quiz ---------------------------------------------------------------------------------------

export function QuizPage({ ctx, q, state = empty }: { ctx: PageCtx; q: QuizOverview; state?: FormState }) {
  const { t } = ctx;
  const slug = q.course.slug;
  return (
    <Layout ctx={ctx} title={t('assessments.quiz.title', { course: title(ctx, q.course.title) })}>
      <h1>{t('assessments.quiz.title', { course: title(ctx, q.course.title) })}</h1>
      <CourseLinks ctx={ctx} slug={slug} here="quiz" />
      <Completed ctx={ctx} at={q.completedAt} />
      <Alert state={state} />
      <ul class="stack quiz-rules">
        <li>{t('assessments.quiz.rules', { questions: q.questionsPerAttempt, percent: q.passPercent })}</li>
        <li>{q.timeLimitSeconds ? t('assessments.quiz.time_limit', { minutes: Math.ceil(q.timeLimitSeconds / 60) }) : t('assessments.quiz.no_time_limit')}</li>
        <li>{t('assessments.quiz.attempts_rule', { attempts: q.attemptsAllowed })}</li>
      </ul>
      {q.passed ? (
        <p class="flash" role="status">
          {t('assessments.quiz.passed')}
        </p>
      ) : (
        <p>{t('assessments.quiz.attempts_left', { n: q.attemptsLeft })}</p>
      )}
      {q.openAttemptId ? (
        <p>
          <a class="button" href={attemptUrl(slug, q.openAttemptId)}>
            {t('assessments.quiz.resume')}
          </a>
        </p>
      ) : q.canStart ? (
        <form method="post" action={`${quizUrl(slug)}/attempts`}>
          <CsrfField ctx={ctx} />
          <button type="submit">{t('assessments.quiz.start', { n: q.attempts.length + 1 })}</button>
        </form>
      ) : !q.passed && q.attemptsLeft === 0 ? (
        <p class="muted">{t('assessments.quiz.none_left')}</p>
      ) : null}
      {q.attempts.length ? (
        <section aria-labelledby="attempts-heading">
          <h2 id="attempts-heading">{t('assessments.quiz.your_attempts')}</h2>
          <ul class="stack">
            {q.attempts.map((a) => (
              <li>
                <a href={attemptUrl(slug, a.id)}>{t('assessments.quiz.attempt_n', { n: a.number })}</a> <span class="muted">({t('assessments.quiz.started', { date: formatDateTime(ctx.locale, a.startedAt) })})</span>:{' '}
                {a.state === 'submitted' && a.right !== null ? (
                  <span>
                    {t('assessments.quiz.score', { right: a.right, outOf: a.outOf, percent: a.percent ?? 0 })} — <strong>{t(a.passed ? 'assessments.result.passed' : 'assessments.result.failed')}</strong>
                  </span>
                ) : (
                  <span>{t(`assessments.quiz.state.${a.state}`)}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}

function Question({ ctx, q, n, state }: { ctx: PageCtx; q: AttemptView['questions'][number]; n: number; state: FormState }) {
  const { t } = ctx;
  const name = `q.${q.id}`;
  const submitted = q.chosen !== null;
  const sent = state.values[name];
  const picked = new Set(submitted ? q.chosen : Array.isArray(sent) ? sent : typeof sent === 'string' ? [sent] : []);
  return (
    <fieldset class={`card quiz-question${submitted ? (q.right ? ' right' : ' wrong') : ''}`} id={`question-${n}`}>
      <legend>
        {t('assessments.attempt.question_n', { n })}
        {submitted ? <strong class="quiz-mark"> — {t(q.right ? 'assessments.attempt.right' : 'assessments.attempt.wrong')}</strong> : null}
      </legend>
      <p class="quiz-prompt">
        <Text ctx={ctx} both={q.prompt} />
      </p>
      <p class="hint">{t(q.kind === 'single' ? 'assessments.attempt.choose_one' : 'assessments.attempt.choose_all')}</p>
      {q.choices.map((c) => (
        <label class="choice">
          <input type={q.kind === 'single' ? 'radio' : 'checkbox'} name={name} value={c.id} checked={picked.has(c.id)} disabled={submitted} />
          <span>
            <Text ctx={ctx} both={c.text} />
          </span>
        </label>
      ))}
      {submitted && q.chosen?.length === 0 ? <p class="muted">{t('assessments.attempt.not_answered')}</p> : null}
    </fieldset>
  );
}

export function AttemptPage({ ctx, a, state = empty }: { ctx: PageCtx; a: AttemptView; state?: FormState }) {
  const { t } = ctx;
  const slug = a.course.slug;
  const heading = t('assessments.attempt.title', { course: title(ctx, a.course.title), n: a.number, max: a.attemptsAllowed });
  return (
    <Layout ctx={ctx} title={heading}>
      <h1>{heading}</h1>
      <p class="muted">
        <a href={quizUrl(slug)}>{t('assessments.attempt.back')}</a>
      </p>
      <Alert state={state} />
      {a.result ? (
        <section class="card" aria-labelledby="result-heading">
          <h2 id="result-heading">{t('assessments.attempt.result_title')}</h2>
          <p>
            <strong>{t(a.result.passed ? 'assessments.result.passed' : 'assessments.result.failed')}</strong>:{' '}
            {t(a.result.passed ? 'assessments.attempt.passed_body' : 'assessments.attempt.failed_body', { right: a.result.right, outOf: a.result.outOf, percent: a.result.percent, pass: a.passPercent })}
          </p>
          {a.result.passed ? null : (
            <p>
              {t('assessments.quiz.attempts_left', { n: a.attemptsLeft })} {a.attemptsLeft > 0 ? t('assessments.attempt.try_again') : null}
            </p>
          )}
          <p class="muted">{t('assessments.attempt.no_answers_shown')}</p>
          <p>
            <a href={a.result.passed ? projectUrl(slug) : quizUrl(slug)}>{t(a.result.passed ? 'assessments.to_project' : 'assessments.to_quiz')}</a>
          </p>
        </section>
      ) : a.state === 'timed_out' ? (
        <p class="alert" role="alert">
          {t('assessments.attempt.timed_out')}
        </p>
      ) : (
        <p class="quiz-time">
          {a.deadlineAt && a.secondsLeft !== null ? t('assessments.attempt.deadline', { time: formatDateTime(ctx.locale, a.deadlineAt), minutes: Math.floor(a.secondsLeft / 60) }) : t('assessments.attempt.no_deadline')}
        </p>
      )}
      {a.state === 'open' ? (
        <form method="post" action={attemptUrl(slug, a.id)} class="stack">
          <CsrfField ctx={ctx} />
          <p class="muted">{t('assessments.attempt.once')}</p>
          {a.questions.map((q, i) => (
            <Question ctx={ctx} q={q} n={i + 1} state={state} />
          ))}
          <button type="submit">{t('assessments.attempt.submit')}</button>
        </form>
      ) : a.state === 'submitted' ? (
        <div class="stack">
          {a.questions.map((q, i) => (
            <Question ctx={ctx} q={q} n={i + 1} state={empty} />
          ))}
        </div>
      ) : null}
    </Layout>
  );
}

// --- The project ------------------------------------------------------------------------------------

function Rubric({ ctx, p, scores }: { ctx: PageCtx; p: ProjectBrief; scores?: Record<string, number> | undefined }) {
  const { t } = ctx;
  return (
    <table class="rubric">
      <thead>
        <tr>
          <th scope="col">{t('assessments.project.criterion')}</th>
          <th scope="col">{t('assessments.project.points')}</th>
        </tr>
      </thead>
      <tbody>
        {p.rubric.map((c) => (
          <tr>
            <td>
              <Text ctx={ctx} both={{ en: c.criterion_en, ur: c.criterion_ur }} />
            </td>
            <td>{scores ? t('assessments.project.points_of', { points: scores[c.id] ?? 0, max: c.points }) : c.points}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Brief({ ctx, p }: { ctx: PageCtx; p: ProjectBrief }) {
  const { t } = ctx;
  return (
    <>
      <section aria-labelledby="brief-heading">
        <h2 id="brief-heading">{t('assessments.project.brief')}</h2>
        <div class="user-text brief">
          <Text ctx={ctx} both={p.brief} />
        </div>
      </section>
      <section aria-labelledby="rubric-heading">
        <h2 id="rubric-heading">{t('assessments.project.rubric')}</h2>
        <p>{t('assessments.project.rubric_intro', { percent: p.passPercent, points: p.outOf })}</p>
        <Rubric ctx={ctx} p={p} />
      </section>
    </>
  );
}

/** One submission: what was sent and, once graded, the points per criterion and the feedback. */
export function Submission({ ctx, p, s, heading = 'h3' }: { ctx: PageCtx; p: ProjectBrief; s: SubmissionView; heading?: 'h2' | 'h3' }) {
  const { t } = ctx;
  const H = heading;
  return (
    <article class="card stack" id={`submission-${s.attempt}`}>
      <H>{t(s.attempt === 1 ? 'assessments.project.attempt_1' : 'assessments.project.attempt_2')}</H>
      <p class="muted">{t('assessments.project.sent_on', { date: formatDateTime(ctx.locale, s.submittedAt) })}</p>
      {s.text ? (
        <p class="user-text" dir="auto">
          {s.text}
        </p>
      ) : null}
      {s.links.length ? (
        <ul aria-label={t('assessments.project.links')}>
          {s.links.map((l) => (
            <li>
              <a href={l} rel="nofollow noopener noreferrer" dir="ltr">
                {l}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <StepFiles ctx={ctx} files={s.files} />
      {s.grade ? (
        <div class="grade">
          <p>
            <strong>{t(s.grade.passed ? 'assessments.result.passed' : 'assessments.result.failed')}</strong> — {t('assessments.project.grade', { total: s.grade.total, outOf: s.grade.outOf, percent: s.grade.percent })}
          </p>
          <Rubric ctx={ctx} p={p} scores={s.grade.scores} />
          <p>
            <strong>{t('assessments.project.feedback')}</strong>
          </p>
          <p class="user-text" dir="auto">
            {s.grade.feedback}
          </p>
          <p class="muted">{t('assessments.project.graded_by', { name: s.grade.graderName, date: formatDateTime(ctx.locale, s.grade.gradedAt) })}</p>
        </div>
      ) : (
        <p>{t('assessments.project.waiting')}</p>
      )}
    </article>
  );
}

export function ProjectPage({ ctx, p, state = empty }: { ctx: PageCtx; p: ProjectView; state?: FormState }) {
  const { t } = ctx;
  const slug = p.course.slug;
  const resubmission = p.submissions.length > 0;
  const last = p.submissions.at(-1);
  const sentLinks = state.values.links;
  const links = Array.isArray(sentLinks) ? sentLinks : typeof sentLinks === 'string' ? [sentLinks] : [];
  return (
    <Layout ctx={ctx} title={t('assessments.project.title', { course: title(ctx, p.course.title) })}>
      <h1>{t('assessments.project.title', { course: title(ctx, p.course.title) })}</h1>
      <CourseLinks ctx={ctx} slug={slug} here="project" />
      <Completed ctx={ctx} at={p.completedAt} />
      <Brief ctx={ctx} p={p} />
      {p.submissions.length ? (
        <section aria-labelledby="work-heading" class="stack">
          <h2 id="work-heading">{t('assessments.project.your_work')}</h2>
          {p.submissions.map((s) => (
            <Submission ctx={ctx} p={p} s={s} />
          ))}
        </section>
      ) : null}
      {!p.canSubmit && last?.grade && !last.grade.passed && last.attempt >= 2 ? <p class="muted">{t('assessments.project.failed_final')}</p> : null}
      {p.canSubmit ? (
        <section aria-labelledby="send-heading">
          <h2 id="send-heading">{t(resubmission ? 'assessments.project.resend_title' : 'assessments.project.send_title')}</h2>
          <form method="post" action={projectUrl(slug)} enctype="multipart/form-data" class="stack" novalidate>
            <CsrfField ctx={ctx} />
            <Alert state={state} />
            <p class="muted">{t(resubmission ? 'assessments.project.resend_intro' : 'assessments.project.send_intro')}</p>
            <TextArea ctx={ctx} state={state} name="text" label={t('assessments.project.field.text')} hint={t('assessments.project.field.text_hint')} maxlength={PROJECT_TEXT_MAX} rows={8} />
            <fieldset>
              <legend>{t('assessments.project.field.links')}</legend>
              <p class="hint">{t('assessments.project.field.links_hint')}</p>
              {Array.from({ length: PROJECT_LINKS }, (_, i) => (
                <div class="field">
                  <label for={`link-${i}`}>{t('assessments.project.field.link_n', { n: i + 1 })}</label>
                  <input id={`link-${i}`} name="links" type="url" inputmode="url" dir="ltr" maxlength={500} value={links[i] ?? ''} aria-invalid={state.errors[`links.${i}`] ? 'true' : undefined} />
                  <FieldError ctx={ctx} state={state} name={`links.${i}`} />
                </div>
              ))}
              <FieldError ctx={ctx} state={state} name="links" />
            </fieldset>
            <FilesField ctx={ctx} state={state} label={t('assessments.project.field.files')} />
            <button type="submit">{t('assessments.project.send')}</button>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}

// --- Grading ------------------------------------------------------------------------------------------

export function GradingQueuePage({ ctx, items }: { ctx: PageCtx; items: QueueItem[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('assessments.grading.title')}>
      <h1>{t('assessments.grading.title')}</h1>
      <p class="muted">{t('assessments.grading.intro')}</p>
      {items.length === 0 ? (
        <p>{t('assessments.grading.none')}</p>
      ) : (
        <ul class="stack">
          {items.map((i) => (
            <li class="card">
              <a href={`/academy/grading/${i.id}`}>{t('assessments.grading.item', { learner: i.learnerName, course: title(ctx, i.course.title) })}</a>
              <span class="muted">
                {' '}
                — {t(i.attempt === 1 ? 'assessments.project.attempt_1' : 'assessments.project.attempt_2')}, {t('assessments.project.sent_on', { date: formatDateTime(ctx.locale, i.submittedAt) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function GradingPage({ ctx, g, state = empty }: { ctx: PageCtx; g: GradingView; state?: FormState }) {
  const { t } = ctx;
  const heading = t('assessments.grading.page_title', { course: title(ctx, g.course.title) });
  return (
    <Layout ctx={ctx} title={heading}>
      <h1>{heading}</h1>
      <p class="muted">
        <a href="/academy/grading">{t('assessments.grading.back')}</a>
      </p>
      <p>
        {t('assessments.grading.learner')}: <bdi>{g.submission.learnerName}</bdi>
      </p>
      <Submission ctx={ctx} p={g} s={g.submission} heading="h2" />
      {g.earlier ? (
        <details>
          <summary>{t('assessments.grading.earlier')}</summary>
          <Submission ctx={ctx} p={g} s={g.earlier} />
        </details>
      ) : null}
      <details>
        <summary>{t('assessments.project.brief')}</summary>
        <div class="user-text brief">
          <Text ctx={ctx} both={g.brief} />
        </div>
      </details>
      {g.submission.grade ? null : (
        <section aria-labelledby="grade-heading">
          <h2 id="grade-heading">{t('assessments.grading.save')}</h2>
          <form method="post" action={`/academy/grading/${g.submission.id}`} class="stack" novalidate>
            <CsrfField ctx={ctx} />
            <Alert state={state} />
            <p class="muted">{t('assessments.grading.form_intro')}</p>
            <p>{t('assessments.project.rubric_intro', { percent: g.passPercent, points: g.outOf })}</p>
            {g.rubric.map((c) => {
              const n = `scores.${c.id}`;
              return (
                <div class="field">
                  <label for={n}>
                    <Text ctx={ctx} both={{ en: c.criterion_en, ur: c.criterion_ur }} /> ({t('assessments.grading.max_points', { max: c.points })})
                  </label>
                  <input id={n} name={n} type="number" inputmode="numeric" min={0} max={c.points} step={1} value={value(state, n)} required aria-invalid={state.errors[n] ? 'true' : undefined} />
                  <FieldError ctx={ctx} state={state} name={n} />
                </div>
              );
            })}
            <TextArea ctx={ctx} state={state} name="feedback" label={t('assessments.grading.field.feedback')} maxlength={FEEDBACK_MAX} rows={6} />
            <button type="submit">{t('assessments.grading.save')}</button>
          </form>
        </section>
      )}
    </Layout>
  );
}

// --- For the academy's course page ------------------------------------------------------------------

/** Where the learner stands with the quiz and the project, with links to both (for the course page). */
export function AssessmentsCard({ ctx, s }: { ctx: PageCtx; s: AssessmentStatus }) {
  const { t } = ctx;
  return (
    <section class="card" aria-labelledby="assessments-heading">
      <h2 id="assessments-heading">{t('assessments.card.title')}</h2>
      <Completed ctx={ctx} at={s.completedAt} />
      <ul class="stack">
        {s.quiz.hasQuestions ? (
          <li>
            <a href={quizUrl(s.slug)}>{t('assessments.to_quiz')}</a>:{' '}
            {s.quiz.passed ? t('assessments.card.quiz_passed') : s.quiz.best === null ? t('assessments.card.quiz_not_started') : t('assessments.card.quiz_best', { percent: s.quiz.best, n: s.quiz.attemptsLeft })}
          </li>
        ) : null}
        {s.project.hasRubric ? (
          <li>
            <a href={projectUrl(s.slug)}>{t('assessments.to_project')}</a>: {t(`assessments.card.project.${s.project.state}`)}
          </li>
        ) : null}
      </ul>
      {s.completedAt ? null : <p class="muted">{t('assessments.card.both')}</p>}
    </section>
  );
}
