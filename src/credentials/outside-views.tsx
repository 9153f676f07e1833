// Pages of outside certificates: /certificates/outside (the person's own, and the form to add one
// with its proof: multipart, works with JavaScript off) and /admin/credentials/outside (the admins'
// queue: open the proof, then verify or reject).
import { MEDIA_LIMITS } from '../media/domain.ts';
import { emptyForm, Field, FieldError, type FormState, Select } from '../platform/form-views.tsx';
import { formatDate } from '../platform/format.ts';
import { CsrfField, Layout, type PageCtx } from '../platform/layout.tsx';
import { OTHER_ISSUER, OUTSIDE_ISSUERS } from './domain.ts';
import type { OutsideCertificateView } from './outside.ts';
import { inLocale } from './views.tsx';

const ZONE = 'Asia/Karachi';
const PROOF_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

function StatusBadge({ ctx, c }: { ctx: PageCtx; c: OutsideCertificateView }) {
  return <span class={`badge status-${c.status}`}>{ctx.t(`credentials.outside.status.${c.status}`)}</span>;
}

function Facts({ ctx, c }: { ctx: PageCtx; c: OutsideCertificateView }) {
  const { t, locale } = ctx;
  return (
    <p class="muted">
      <bdi>{c.issuerName}</bdi> · <bdi>{inLocale(locale, c.skill.nameEn, c.skill.nameUr)}</bdi> · {formatDate(locale, c.issuedAt, ZONE)}
      {c.proof ? (
        <>
          {' · '}
          <a href={c.proof.url} download={c.proof.name}>
            {t('credentials.outside.proof')}
          </a>
        </>
      ) : null}
    </p>
  );
}

export function OutsidePage({ ctx, mine, skills, form }: { ctx: PageCtx; mine: OutsideCertificateView[]; skills: { slug: string; nameEn: string; nameUr: string }[]; form?: FormState }) {
  const { t, locale } = ctx;
  const state = form ?? emptyForm;
  const hasErrors = Object.keys(state.errors).length > 0;
  const proofError = state.errors.proof;
  const skillOptions = [{ value: '', label: t('credentials.outside.field.skill_choose') }, ...skills.map((s) => ({ value: s.slug, label: inLocale(locale, s.nameEn, s.nameUr) }))];
  return (
    <Layout ctx={ctx} title={t('credentials.outside.title')}>
      <h1>{t('credentials.outside.title')}</h1>
      <p>{t('credentials.outside.lead')}</p>
      {mine.length > 0 ? (
        <ul class="outside-certificates">
          {mine.map((c) => (
            <li class={`card status-${c.status}`}>
              <p>
                <strong>
                  <bdi>{c.title}</bdi>
                </strong>{' '}
                <StatusBadge ctx={ctx} c={c} />
              </p>
              <Facts ctx={ctx} c={c} />
              {c.status === 'rejected' && c.reason ? <p>{t('credentials.outside.rejected_reason', { reason: c.reason })}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <h2>{t('credentials.outside.add')}</h2>
      <form method="post" action="/certificates/outside" enctype="multipart/form-data" class="stack" novalidate>
        <CsrfField ctx={ctx} />
        {state.message ? (
          <p class="alert" role="alert">
            {state.message}
          </p>
        ) : hasErrors ? (
          <p class="alert" role="alert">
            {t('errors.validation.failed')}
          </p>
        ) : null}
        <Select
          ctx={ctx}
          state={state}
          name="issuer"
          label={t('credentials.outside.field.issuer')}
          options={[...OUTSIDE_ISSUERS.map((i) => ({ value: i.id, label: i.name })), { value: OTHER_ISSUER, label: t('credentials.outside.field.issuer_other_choice') }]}
        />
        <Field ctx={ctx} state={state} name="issuer_other" label={t('credentials.outside.field.issuer_other')} hint={t('credentials.outside.field.issuer_other_hint')} maxlength={120} />
        <Field ctx={ctx} state={state} name="title" label={t('credentials.outside.field.title')} hint={t('credentials.outside.field.title_hint')} maxlength={200} />
        <Select ctx={ctx} state={state} name="skill" label={t('credentials.outside.field.skill')} options={skillOptions} />
        <Field ctx={ctx} state={state} name="issued_on" type="date" label={t('credentials.outside.field.issued_on')} dir="ltr" />
        <div class="field">
          <label for="proof">{t('credentials.outside.field.proof')}</label>
          <span class="hint" id="proof-hint">
            {t('credentials.outside.field.proof_hint', { mb: MEDIA_LIMITS.documentBytes / (1024 * 1024) })}
          </span>
          <input id="proof" name="proof" type="file" accept={PROOF_ACCEPT} aria-invalid={proofError ? 'true' : undefined} aria-describedby={proofError ? 'proof-hint proof-error' : 'proof-hint'} />
          <FieldError ctx={ctx} state={state} name="proof" />
        </div>
        <p class="hint">{t('credentials.outside.self_reported_note')}</p>
        <button type="submit">{t('credentials.outside.submit')}</button>
      </form>
    </Layout>
  );
}

export function OutsideQueuePage({ ctx, queue, forms }: { ctx: PageCtx; queue: OutsideCertificateView[]; forms?: { id: string; state: FormState } }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('credentials.outside.queue.title')}>
      <h1>{t('credentials.outside.queue.title')}</h1>
      <p>{t('credentials.outside.queue.lead')}</p>
      {queue.length === 0 ? <p>{t('credentials.outside.queue.empty')}</p> : null}
      {queue.map((c) => {
        const state = forms?.id === c.id ? forms.state : emptyForm;
        return (
          <section class="card" aria-labelledby={`oc-${c.id}`}>
            <h2 id={`oc-${c.id}`}>
              <bdi>{c.title}</bdi>
            </h2>
            <p>
              <a href={`/u/${c.owner.handle}`}>
                <bdi>{c.owner.name}</bdi>
              </a>{' '}
              <StatusBadge ctx={ctx} c={c} />
            </p>
            <Facts ctx={ctx} c={c} />
            <form method="post" action={`/admin/credentials/outside/${c.id}`} class="stack" novalidate>
              <CsrfField ctx={ctx} />
              <fieldset>
                <legend>{t('credentials.outside.queue.decision')}</legend>
                <FieldError ctx={ctx} state={state} name="decision" />
                <label class="choice">
                  <input type="radio" name="decision" value="verified" checked={state.values.decision === 'verified'} />
                  <span>{t('credentials.outside.queue.verify')}</span>
                </label>
                <label class="choice">
                  <input type="radio" name="decision" value="rejected" checked={state.values.decision === 'rejected'} />
                  <span>{t('credentials.outside.queue.reject')}</span>
                </label>
              </fieldset>
              <div class="field">
                <label for={`reason-${c.id}`}>{t('credentials.outside.queue.reason')}</label>
                <textarea id={`reason-${c.id}`} name="reason" rows={2} maxlength={1000} dir="auto" aria-invalid={state.errors.reason ? 'true' : undefined}>
                  {typeof state.values.reason === 'string' ? state.values.reason : ''}
                </textarea>
                <FieldError ctx={ctx} state={state} name="reason" />
              </div>
              <button type="submit">{t('credentials.outside.queue.submit')}</button>
            </form>
          </section>
        );
      })}
    </Layout>
  );
}
