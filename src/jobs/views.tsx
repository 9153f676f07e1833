// Job and proposal pages: the public list, the job form, the job page (with the owner's proposals
// and the freelancer's proposal form), the client's jobs and the freelancer's proposals. Everything
// people wrote is shown with dir="auto" and escaped by JSX. No client script: every action is a form.
import { ContactLink } from '../messages/views.tsx';
import { MEDIA_LIMITS } from '../media/domain.ts';
import type { StoredAttachment } from '../media/service.ts';
import { ATTACHMENT_ACCEPT, AttachmentList, UploadForm } from '../media/views.tsx';
import { SaveButton } from '../favourites/views.tsx';
import type { FeePolicy } from '../fees/domain.ts';
import { FeeBreakdown, feePolicyWords } from '../fees/views.tsx';
import { Field, FieldError, Form, type FormState, PostButton, Radios, Select, TextArea } from '../platform/form-views.tsx';
import { formatDate, isolate } from '../platform/format.ts';
import { CsrfField, Layout, type PageCtx } from '../platform/layout.tsx';
import { CURRENCIES, type Currency, formatMoney, type Money } from '../platform/money.ts';
import type { Skill, SkillCategory } from '../taxonomy/data.ts';
import { JOB_DURATIONS, JOB_EXPERIENCE, JOB_KINDS, JOB_VISIBILITY, jobActions, LIMITS, proposalActions } from './domain.ts';
import type { HirePreview, Invite, JobSummary, JobView, MyInvite, ProposalView } from './service.ts';

const name = (ctx: PageCtx, item: { en: string; ur: string }) => item[ctx.locale];
export const MILESTONE_ROWS = 3;

/** Beside a proposal's amount: its fee breakdown when there is one to show; `shown` after the Preview button. */
export interface ProposalPreview {
  price: Money | null;
  shown: boolean;
}

function Pay({ ctx, job }: { ctx: PageCtx; job: Pick<JobSummary, 'budget' | 'rateMin' | 'rateMax'> & { weeklyHours?: number | null } }) {
  const { t } = ctx;
  if (job.budget) return <bdi>{t('jobs.page.budget', { price: formatMoney(ctx.locale, job.budget) })}</bdi>;
  if (job.rateMin && job.rateMax)
    return <bdi>{t('jobs.page.rate', { min: formatMoney(ctx.locale, job.rateMin), max: formatMoney(ctx.locale, job.rateMax), hours: job.weeklyHours ?? '–' })}</bdi>;
  return null;
}

function JobItem({ ctx, job, own }: { ctx: PageCtx; job: JobSummary; own: boolean }) {
  const { t } = ctx;
  return (
    <li class="card">
      <h2 class="gig-list-title">
        <a href={`/jobs/${job.id}`} dir="auto">
          {job.title}
        </a>
      </h2>
      <p class="muted">
        <span class={`badge status-${job.status}`}>{t(`jobs.status.${job.status}`)}</span>
        {job.visibility === 'invite_only' ? <> · {t('jobs.page.invite_only')}</> : null} · <Pay ctx={ctx} job={job} /> · {t('jobs.page.posted', { date: formatDate(ctx.locale, job.createdAt) })}
        {own ? <> · {t('jobs.mine.proposals', { n: job.proposals })}</> : null}
      </p>
    </li>
  );
}

export function OpenJobsPage({ ctx, jobs, nextCursor }: { ctx: PageCtx; jobs: JobSummary[]; nextCursor: string | null }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('jobs.list.title')} wide>
      <h1>{t('jobs.list.title')}</h1>
      <p>{t('jobs.list.lead')}</p>
      {ctx.actor?.isClient ? (
        <p>
          <a class="button" href="/jobs/new">
            {t('jobs.list.post')}
          </a>
        </p>
      ) : null}
      {jobs.length === 0 ? (
        <p class="muted">{t('jobs.list.empty')}</p>
      ) : (
        <ul class="gig-list">
          {jobs.map((j) => (
            <JobItem ctx={ctx} job={j} own={false} />
          ))}
        </ul>
      )}
      {nextCursor ? (
        <p>
          <a href={`/jobs?cursor=${encodeURIComponent(nextCursor)}`}>{t('jobs.list.more')}</a>
        </p>
      ) : null}
    </Layout>
  );
}

export function MyJobsPage({ ctx, jobs }: { ctx: PageCtx; jobs: JobSummary[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('jobs.mine.title')} wide>
      <h1>{t('jobs.mine.title')}</h1>
      <p>
        <a class="button" href="/jobs/new">
          {t('jobs.list.post')}
        </a>
      </p>
      {jobs.length === 0 ? (
        <p class="muted">{t('jobs.mine.empty')}</p>
      ) : (
        <ul class="gig-list">
          {jobs.map((j) => (
            <JobItem ctx={ctx} job={j} own />
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function JobFormPage({ ctx, state, categories, skills, jobId }: { ctx: PageCtx; state: FormState; categories: SkillCategory[]; skills: Skill[]; jobId: string | null }) {
  const { t } = ctx;
  const title = jobId ? t('jobs.edit.title') : t('jobs.new.title');
  const chosen = new Set(Array.isArray(state.values.skills) ? state.values.skills : state.values.skills ? [state.values.skills] : []);
  return (
    <Layout ctx={ctx} title={title} wide>
      <h1>{title}</h1>
      <Form ctx={ctx} action={jobId ? `/jobs/${jobId}/edit` : '/jobs'} state={state}>
        <Field ctx={ctx} state={state} name="title" label={t('jobs.field.title')} hint={t('jobs.field.title_hint')} maxlength={LIMITS.title} required />
        <TextArea ctx={ctx} state={state} name="description" label={t('jobs.field.description')} hint={t('jobs.field.description_hint')} maxlength={LIMITS.description} rows={8} />
        <Select
          ctx={ctx}
          state={state}
          name="category_slug"
          label={t('jobs.field.category')}
          options={[{ value: '', label: t('jobs.field.category_none') }, ...categories.map((c) => ({ value: c.slug, label: name(ctx, c) }))]}
        />
        <fieldset aria-describedby="skills-hint">
          <legend>{t('jobs.field.skills')}</legend>
          <p class="hint" id="skills-hint">
            {t('jobs.field.skills_hint')}
          </p>
          <FieldError ctx={ctx} state={state} name="skills" />
          {categories.map((c) => {
            const list = skills.filter((s) => s.category === c.slug);
            return list.length ? (
              <details open={list.some((s) => chosen.has(s.slug))}>
                <summary>{name(ctx, c)}</summary>
                {list.map((s) => (
                  <label class="choice">
                    <input type="checkbox" name="skills" value={s.slug} checked={chosen.has(s.slug)} />
                    <span>{name(ctx, s)}</span>
                  </label>
                ))}
              </details>
            ) : null;
          })}
        </fieldset>
        <Radios ctx={ctx} state={state} name="kind" legend={t('jobs.field.kind')} options={JOB_KINDS.map((k) => ({ value: k, label: t(`jobs.kind.${k}`) }))} />
        <Select ctx={ctx} state={state} name="currency" label={t('jobs.field.currency')} options={CURRENCIES.map((c) => ({ value: c, label: t(`jobs.currency.${c}`) }))} />
        <Field ctx={ctx} state={state} name="budget" label={t('jobs.field.budget')} hint={t('jobs.field.budget_hint')} inputmode="decimal" dir="ltr" maxlength={20} />
        <Field ctx={ctx} state={state} name="rate_min" label={t('jobs.field.rate_min')} hint={t('jobs.field.rate_hint')} inputmode="decimal" dir="ltr" maxlength={20} />
        <Field ctx={ctx} state={state} name="rate_max" label={t('jobs.field.rate_max')} inputmode="decimal" dir="ltr" maxlength={20} />
        <Field ctx={ctx} state={state} name="weekly_hours" label={t('jobs.field.weekly_hours')} inputmode="numeric" dir="ltr" maxlength={3} />
        <Select ctx={ctx} state={state} name="duration" label={t('jobs.field.duration')} options={JOB_DURATIONS.map((d) => ({ value: d, label: t(`jobs.duration.${d}`) }))} />
        <Select ctx={ctx} state={state} name="experience" label={t('jobs.field.experience')} options={JOB_EXPERIENCE.map((d) => ({ value: d, label: t(`jobs.experience.${d}`) }))} />
        <Radios ctx={ctx} state={state} name="visibility" legend={t('jobs.field.visibility')} options={JOB_VISIBILITY.map((v) => ({ value: v, label: t(`jobs.visibility.${v}`) }))} />
        <p class="hint">{t('jobs.attachments_later')}</p>
        <div class="actions">
          <button type="submit">{jobId ? t('jobs.save_changes') : t('jobs.save')}</button>
        </div>
      </Form>
    </Layout>
  );
}

export function ProposalFields(props: { ctx: PageCtx; state: FormState; kind: JobView['kind']; currency: Currency; fees?: FeePolicy | undefined; preview?: ProposalPreview | undefined }) {
  const { ctx, state, kind, currency, fees, preview } = props;
  const { t } = ctx;
  const planError = state.errors.milestones;
  return (
    <>
      <TextArea ctx={ctx} state={state} name="cover_letter" label={t('proposals.field.cover_letter')} hint={t('proposals.field.cover_letter_hint')} maxlength={LIMITS.coverLetter} rows={6} />
      <Field
        ctx={ctx}
        state={state}
        name="amount"
        label={t(kind === 'fixed' ? 'proposals.field.amount_fixed' : 'proposals.field.amount_hourly')}
        hint={t('proposals.field.amount_hint', { currency })}
        inputmode="decimal"
        dir="ltr"
        maxlength={20}
      />
      {fees ? (
        <div class="proposal-preview">
          {preview?.price ? (
            <>
              {preview.shown ? (
                <p class="hint" role="status">
                  {t('proposals.preview_note')}
                </p>
              ) : null}
              <FeeBreakdown ctx={ctx} price={preview.price} policy={fees} side="freelancer" hourly={kind === 'hourly'} />
            </>
          ) : (
            <p class="hint fee-note">
              {feePolicyWords(ctx, fees)} {t('proposals.preview_hint')}
            </p>
          )}
          {/* Submits the form to be shown again with the breakdown; nothing is sent or saved. */}
          <button type="submit" name="preview" value="1" class="secondary small">
            {t('proposals.preview')}
          </button>
        </div>
      ) : null}
      <Field ctx={ctx} state={state} name="delivery_days" label={t('proposals.field.delivery_days')} inputmode="numeric" dir="ltr" maxlength={3} />
      {kind === 'fixed' ? (
        <fieldset id="milestones" aria-describedby={planError ? 'milestones-hint milestones-error' : 'milestones-hint'}>
          <legend>{t('proposals.milestones.title')}</legend>
          <p class="hint" id="milestones-hint">
            {t('proposals.milestones.hint')}
          </p>
          <FieldError ctx={ctx} state={state} name="milestones" />
          {Array.from({ length: MILESTONE_ROWS }, (_, i) => (
            <div class="gig-row">
              <Field ctx={ctx} state={state} name={`milestones.${i}.title`} label={t('proposals.milestone.title', { n: i + 1 })} maxlength={LIMITS.milestoneTitle} />
              <Field ctx={ctx} state={state} name={`milestones.${i}.amount`} label={t('proposals.milestone.amount', { n: i + 1 })} inputmode="decimal" dir="ltr" maxlength={20} />
            </div>
          ))}
        </fieldset>
      ) : null}
    </>
  );
}

function ProposalCard({ ctx, p, by, showJob, fees }: { ctx: PageCtx; p: ProposalView; by: 'client' | 'freelancer'; showJob: boolean; fees?: FeePolicy | undefined }) {
  const { t } = ctx;
  const actions = proposalActions(p.status, by);
  return (
    <li class="card">
      {showJob ? (
        <h2 class="gig-list-title">
          <a href={`/jobs/${p.jobId}`} dir="auto">
            {p.jobTitle}
          </a>
        </h2>
      ) : (
        <h3>
          {t('proposals.by')}{' '}
          <a href={`/u/${encodeURIComponent(p.freelancer.handle)}`}>
            <bdi>{p.freelancer.displayName}</bdi>
          </a>
        </h3>
      )}
      <p class="muted">
        <span class={`badge status-${p.status}`}>{t(`proposals.status.${p.status}`)}</span> ·{' '}
        <bdi>{t(p.jobKind === 'fixed' ? 'proposals.price' : 'proposals.rate', { price: formatMoney(ctx.locale, p.amount) })}</bdi> · {t('proposals.delivery', { days: p.deliveryDays })}
      </p>
      {fees ? <FeeBreakdown ctx={ctx} price={p.amount} policy={fees} side={by} hourly={p.jobKind === 'hourly'} /> : null}
      <p class="user-text" dir="auto">
        {p.coverLetter}
      </p>
      {p.milestones.length ? (
        <ol>
          {p.milestones.map((m) => (
            <li>
              <bdi>{m.title}</bdi> — <bdi>{formatMoney(ctx.locale, m.amount)}</bdi>
            </li>
          ))}
        </ol>
      ) : null}
      {p.declinedBy === 'hire' ? <p>{t('proposals.declined_by_hire')}</p> : null}
      {p.contractId ? (
        <p>
          <a class="button small" href={`/contracts/${p.contractId}`}>
            {t('proposals.contract_link')}
          </a>
        </p>
      ) : null}
      {p.declineReason ? (
        <p dir="auto">
          {t('proposals.decline_reason', { reason: isolate(p.declineReason) })}
        </p>
      ) : null}
      {actions.length ? (
        <div class="actions">
          {by === 'freelancer' && actions.includes('withdraw') ? (
            <a class="button small" href={`/proposals/${p.id}/edit`}>
              {t('proposals.action.edit')}
            </a>
          ) : null}
          {actions.includes('hire') ? (
            // Hiring is confirmed on its own page, which shows the contract it starts.
            <a class="button small" href={`/proposals/${p.id}/hire`}>
              {t('proposals.action.hire')}
            </a>
          ) : null}
          {actions
            .filter((a) => a !== 'decline' && a !== 'hire')
            .map((a) => (
              <PostButton ctx={ctx} action={`/proposals/${p.id}/${a}`} label={t(`proposals.action.${a}`)} />
            ))}
          {actions.includes('decline') ? (
            <form method="post" action={`/proposals/${p.id}/decline`} class="stack">
              <CsrfField ctx={ctx} />
              <label for={`reason-${p.id}`}>{t('proposals.decline_reason_label')}</label>
              <textarea id={`reason-${p.id}`} name="reason" rows={2} maxlength={LIMITS.declineReason} dir="auto" />
              <button type="submit" class="secondary small">
                {t('proposals.action.decline')}
              </button>
            </form>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

export interface JobPageProps {
  ctx: PageCtx;
  job: JobView;
  /** The owner's view: the proposals on the job. */
  proposals: ProposalView[] | null;
  /** A freelancer's own proposal on this job. */
  mine: ProposalView | null;
  proposalForm: FormState;
  /** The fee breakdown beside the proposal form's amount (after Preview, or a refused send). */
  proposalPreview?: ProposalPreview | undefined;
  inviteForm: FormState;
  /** The owner's view: who is invited. */
  invites?: Invite[] | null;
  /** Whether the viewer has saved this job. */
  saved?: boolean;
  /** The operator's fee policy: proposals then show what each side pays and receives. */
  fees?: FeePolicy;
  /** Files attached to the job (src/jobs/attachments.ts). */
  attachments?: StoredAttachment[];
  /** The owner's attachment form after a refused upload. */
  attachmentForm?: FormState | undefined;
}

export function JobPage({ ctx, job, proposals, mine, proposalForm, proposalPreview, inviteForm, invites = null, saved = false, fees, attachments = [], attachmentForm }: JobPageProps) {
  const { t } = ctx;
  const owner = ctx.actor?.userId === job.client.id;
  return (
    <Layout ctx={ctx} title={job.title} wide>
      <article class="gig">
        {job.status === 'closed' ? <p class="alert">{t('jobs.page.closed')}</p> : null}
        <h1 dir="auto">{job.title}</h1>
        <p class="muted">
          <span class={`badge status-${job.status}`}>{t(`jobs.status.${job.status}`)}</span>
          {job.visibility === 'invite_only' ? <> · {t('jobs.page.invite_only')}</> : null} · <Pay ctx={ctx} job={job} />
        </p>
        {!owner && job.status === 'open' ? <SaveButton ctx={ctx} kind="job" id={job.id} saved={saved} /> : null}
        {owner ? (
          <div class="actions">
            {job.status === 'open' ? (
              <a class="button small" href={`/jobs/${job.id}/edit`}>
                {t('jobs.action.edit')}
              </a>
            ) : null}
            {jobActions(job.status).map((a) => (
              <PostButton ctx={ctx} action={`/jobs/${job.id}/${a}`} label={t(`jobs.action.${a}`)} />
            ))}
          </div>
        ) : null}
        <dl class="summary gig-meta">
          <dt>{t('jobs.page.posted_by')}</dt>
          <dd>
            <a href={`/u/${encodeURIComponent(job.client.handle)}`}>
              <bdi>{job.client.displayName}</bdi>
            </a>{' '}
            · {t('jobs.page.posted', { date: formatDate(ctx.locale, job.createdAt) })}
            {owner ? null : <ContactLink ctx={ctx} handle={job.client.handle} job={job.id} label="ask" />}
          </dd>
          {job.category ? (
            <>
              <dt>{t('jobs.page.category')}</dt>
              <dd>{name(ctx, job.category)}</dd>
            </>
          ) : null}
          {job.skills.length ? (
            <>
              <dt>{t('jobs.page.skills')}</dt>
              <dd>{job.skills.map((s) => name(ctx, s)).join(ctx.locale === 'ur' ? '، ' : ', ')}</dd>
            </>
          ) : null}
          <dt>{t('jobs.page.duration')}</dt>
          <dd>{t(`jobs.duration.${job.duration}`)}</dd>
          <dt>{t('jobs.page.experience')}</dt>
          <dd>{t(`jobs.experience.${job.experience}`)}</dd>
        </dl>
        <p class="user-text" dir="auto">
          {job.description}
        </p>
        <JobAttachments ctx={ctx} job={job} owner={owner} attachments={attachments} form={attachmentForm} />
        {owner && proposals ? (
          <>
            <section aria-labelledby="invite-heading">
              <h2 id="invite-heading">{t('jobs.page.invite_title')}</h2>
              <Form ctx={ctx} action={`/jobs/${job.id}/invites`} state={inviteForm}>
                <Field ctx={ctx} state={inviteForm} name="handle" label={t('jobs.page.invite_handle')} dir="ltr" maxlength={40} />
                <button type="submit" class="secondary">
                  {t('jobs.page.invite_submit')}
                </button>
              </Form>
              <h3>{t('jobs.page.invited_title')}</h3>
              {!invites?.length ? (
                <p class="muted">{t('jobs.page.invited_empty')}</p>
              ) : (
                <ul class="invites">
                  {invites.map((i) => (
                    <li>
                      <a href={`/u/${encodeURIComponent(i.freelancer.handle)}`}>
                        <bdi>{i.freelancer.displayName}</bdi>
                      </a>{' '}
                      <span class="muted">
                        · {t('jobs.page.invited_on', { date: formatDate(ctx.locale, i.invitedAt) })}
                        {i.proposalStatus ? <> · {t('jobs.page.invited_proposal', { status: t(`proposals.status.${i.proposalStatus}`) })}</> : null}
                      </span>
                      {i.proposalStatus === null || i.proposalStatus === 'declined' || i.proposalStatus === 'withdrawn' ? (
                        <PostButton ctx={ctx} action={`/jobs/${job.id}/invites/${encodeURIComponent(i.freelancer.handle)}/remove`} label={t('jobs.page.invite_remove')} />
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="proposals-heading">
              <h2 id="proposals-heading">{t('jobs.page.proposals')}</h2>
              {proposals.length === 0 ? (
                <p class="muted">{t('jobs.page.no_proposals')}</p>
              ) : (
                <ul class="gig-list">
                  {proposals.map((p) => (
                    <ProposalCard ctx={ctx} p={p} by="client" showJob={false} fees={fees} />
                  ))}
                </ul>
              )}
            </section>
          </>
        ) : mine ? (
          <section aria-labelledby="mine-heading">
            <h2 id="mine-heading">{t('jobs.page.your_proposal')}</h2>
            <ul class="gig-list">
              <ProposalCard ctx={ctx} p={mine} by="freelancer" showJob={false} fees={fees} />
            </ul>
          </section>
        ) : owner || job.status !== 'open' ? null : ctx.actor?.isFreelancer ? (
          <section aria-labelledby="propose-heading">
            <h2 id="propose-heading">{t('jobs.page.propose_title')}</h2>
            <Form ctx={ctx} action={`/jobs/${job.id}/proposals`} state={proposalForm}>
              <ProposalFields ctx={ctx} state={proposalForm} kind={job.kind} currency={job.currency} fees={fees} preview={proposalPreview} />
              <button type="submit">{t('proposals.submit')}</button>
            </Form>
            {/* Issue 21: a freelancer who cannot take the job passes it on (src/referrals/pass-on.ts). */}
            <p>
              <a href={`/jobs/${job.id}/pass-on`}>{t('referrals.pass.action')}</a>
            </p>
          </section>
        ) : ctx.actor ? null : (
          <p>
            <a href={`/login?next=${encodeURIComponent(`/jobs/${job.id}`)}`}>{t('jobs.page.login_to_propose')}</a>
          </p>
        )}
      </article>
    </Layout>
  );
}

export function MyProposalsPage({ ctx, proposals, invites = [] }: { ctx: PageCtx; proposals: ProposalView[]; invites?: MyInvite[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('proposals.title')} wide>
      <h1>{t('proposals.title')}</h1>
      <section aria-labelledby="invites-heading">
        <h2 id="invites-heading">{t('proposals.invites_title')}</h2>
        {invites.length === 0 ? (
          <p class="muted">{t('proposals.invites_empty')}</p>
        ) : (
          <ul class="invites">
            {invites.map((i) => (
              <li>
                <a href={`/jobs/${i.jobId}`} dir="auto">
                  {i.jobTitle}
                </a>{' '}
                <span class="muted">· {t('proposals.invites_from', { client: isolate(i.client.displayName), date: formatDate(ctx.locale, i.invitedAt) })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {proposals.length === 0 ? (
        <p class="muted">{t('proposals.empty')}</p>
      ) : (
        <ul class="gig-list">
          {proposals.map((p) => (
            <ProposalCard ctx={ctx} p={p} by="freelancer" showJob />
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function EditProposalPage({ ctx, p, state, fees, preview }: { ctx: PageCtx; p: ProposalView; state: FormState; fees?: FeePolicy; preview?: ProposalPreview }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('proposals.edit.title')}>
      <h1>{t('proposals.edit.title')}</h1>
      <p>
        <a href={`/jobs/${p.jobId}`} dir="auto">
          {p.jobTitle}
        </a>
      </p>
      <Form ctx={ctx} action={`/proposals/${p.id}/edit`} state={state}>
        <ProposalFields ctx={ctx} state={state} kind={p.jobKind} currency={p.amount.currency} fees={fees} preview={preview} />
        <button type="submit">{t('proposals.save')}</button>
      </Form>
    </Layout>
  );
}

/** Files on a job: download links for everyone who sees the job; remove buttons and the upload form for its client. */
function JobAttachments({ ctx, job, owner, attachments, form }: { ctx: PageCtx; job: JobView; owner: boolean; attachments: StoredAttachment[]; form?: FormState | undefined }) {
  const { t } = ctx;
  const editable = owner && job.status === 'open';
  if (!owner && attachments.length === 0) return null;
  return (
    <section aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">{t('media.attachments.title')}</h2>
      <AttachmentList ctx={ctx} attachments={attachments} removeBase={editable ? `/jobs/${job.id}/attachments` : undefined} />
      {editable && attachments.length < MEDIA_LIMITS.jobAttachments ? (
        <>
          <p class="hint">{t('media.attachments.lead', { max: MEDIA_LIMITS.jobAttachments })}</p>
          <UploadForm
            ctx={ctx}
            action={`/jobs/${job.id}/attachments`}
            field="file"
            label={t('media.attachments.add')}
            hint={t('media.attachments.hint', { mb: MEDIA_LIMITS.documentBytes / (1024 * 1024) })}
            accept={ATTACHMENT_ACCEPT}
            submit={t('media.attachments.upload')}
            state={form}
          />
        </>
      ) : null}
    </section>
  );
}

/**
 * The client confirms a hire: the contract it starts (its total, its milestones or its weekly limit
 * and rate), the first part to fund and the fees, as hirePlan lays them out for contractFromHire.
 */
export function HirePage({ ctx, h, fees }: { ctx: PageCtx; h: HirePreview; fees: FeePolicy }) {
  const { t, locale } = ctx;
  const p = h.proposal;
  const hourly = p.jobKind === 'hourly';
  const first = h.parts[0];
  const m = (x: Money) => <bdi>{formatMoney(locale, x)}</bdi>;
  return (
    <Layout ctx={ctx} title={t('hire.title', { name: isolate(p.freelancer.displayName) })}>
      <h1>{t('hire.title', { name: isolate(p.freelancer.displayName) })}</h1>
      <p>
        <a href={`/jobs/${p.jobId}`} dir="auto">
          {p.jobTitle}
        </a>
      </p>
      <p>{t('hire.lead')}</p>
      <dl class="summary hire-summary">
        {hourly ? (
          <>
            <dt>{t('hire.terms')}</dt>
            <dd>
              <bdi>{t('hire.hourly_terms', { rate: formatMoney(locale, p.amount), hours: h.weeklyHours ?? 0 })}</bdi>
            </dd>
            <dt>{t('hire.weekly_limit')}</dt>
            <dd>{m(h.total)}</dd>
          </>
        ) : (
          <>
            <dt>{t('hire.total')}</dt>
            <dd>
              <strong>{m(h.total)}</strong>
            </dd>
            <dt>{t('hire.milestones')}</dt>
            <dd>
              <ol>
                {h.parts.map((part) => (
                  <li>
                    <bdi>{part.title}</bdi> — {m(part.price)}
                  </li>
                ))}
              </ol>
            </dd>
          </>
        )}
        {first ? (
          <>
            <dt>{t(hourly ? 'hire.first_hourly' : 'hire.first_fixed')}</dt>
            <dd>
              {hourly ? null : (
                <>
                  <bdi>{first.title}</bdi> —{' '}
                </>
              )}
              {m(first.price)}
            </dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="hire-fees">
        <h2 id="hire-fees">{t(hourly ? 'hire.fees_hourly' : 'hire.fees_fixed')}</h2>
        <FeeBreakdown ctx={ctx} price={hourly ? p.amount : h.total} policy={fees} side="client" hourly={hourly} />
      </section>
      <p>{t(hourly ? 'hire.after_hourly' : 'hire.after_fixed')}</p>
      <div class="actions">
        <PostButton ctx={ctx} action={`/proposals/${p.id}/hire`} label={t('hire.confirm')} cls="" />
        <a href={`/jobs/${p.jobId}`}>{t('hire.back')}</a>
      </div>
    </Layout>
  );
}
