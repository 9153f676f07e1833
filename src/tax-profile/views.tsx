// Pages of the tax profile: the freelancer's form at /tax/profile (one multipart form, JavaScript
// off), the registration checklist at /tax/checklist, and the admins' list and audited view. The
// CNIC is only ever drawn masked; the one exception is the admin page right after an audited reveal.
import { MEDIA_LIMITS } from '../media/domain.ts';
import { NotAdvice, TaxNav } from '../tax/views.tsx';
import { fileSize } from '../media/views.tsx';
import { Checkbox, Field, FieldError, type FormState, Radios, Select, value } from '../platform/form-views.tsx';
import type { FormValues } from '../platform/forms.ts';
import { formatDate, formatDateTime, formatDay } from '../platform/format.ts';
import { CsrfField, Layout, type PageCtx } from '../platform/layout.tsx';
import { formatMoney, toInputString } from '../platform/money.ts';
import type { Source } from '../tax/domain.ts';
import { PROVINCES as PROVINCE_NAMES } from '../taxonomy/data.ts';
import { PROVINCES, type Province } from '../tax/tables.ts';
import { ATL_SMS, PSEB_RATE_SOURCE, type Step, type StepFee } from './checklist.ts';
import { PROVINCE_TAXONOMY_SLUG, PSEB_NUMBER_MAX, parseNtn, REVEAL_REASON_MAX } from './domain.ts';
import type { ChecklistEntry, StaffListEntry, StaffLook, StaffTaxView, TaxProfileView } from './service.ts';

export function provinceName(ctx: PageCtx, p: Province): string {
  const names = PROVINCE_NAMES.find((x) => x.slug === PROVINCE_TAXONOMY_SLUG[p]);
  return names ? names[ctx.locale] : p;
}

/** The tax pages' navigation and the not-advice notice (src/tax/views.tsx). */
export function TaxHeading({ ctx, current, title }: { ctx: PageCtx; current: 'profile' | 'checklist'; title: string }) {
  return (
    <>
      <TaxNav ctx={ctx} current={current} />
      <h1>{title}</h1>
      <NotAdvice ctx={ctx} />
    </>
  );
}

/** A source with its date and how sure it is: "Title (2025, unconfirmed)". */
export function SourceLink({ ctx, source }: { ctx: PageCtx; source: Source }) {
  return (
    <span class="tax-source">
      <a href={source.url} rel="noopener noreferrer" hreflang="en">
        <bdi>{source.title}</bdi>
      </a>{' '}
      <span class={source.confidence === 'unconfirmed' ? 'badge unconfirmed' : 'muted'}>
        (<bdi>{source.date}</bdi>, {ctx.t(`tax_profile.confidence.${source.confidence}`)})
      </span>
    </span>
  );
}


/** The saved profile as the form's values; the CNIC is never put back into a field. */
export function profileAsValues(p: TaxProfileView): FormValues {
  const v: FormValues = {
    ntn_kind: p.ntn?.kind ?? 'none',
    ntn: p.ntn?.kind === 'entity' ? p.ntn.shown : '',
    pseb_number: p.psebNumber ?? '',
    pseb_expires_on: p.psebExpiresOn ?? '',
    province: p.province ?? '',
    salary: p.salary ? toInputString(p.salary) : '',
  };
  if (p.filer) v.filer = 'on';
  if (p.hasSalary) v.has_salary = 'on';
  return v;
}

function PsebStateLine({ ctx, p }: { ctx: PageCtx; p: TaxProfileView }) {
  if (!p.psebExpiresOn || !p.psebState) return null;
  return <p class={p.psebState === 'valid' ? 'muted' : 'alert'}>{ctx.t(`tax_profile.pseb_state.${p.psebState}`, { date: formatDay(ctx.locale, p.psebExpiresOn) })}</p>;
}

const CERTIFICATE_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

export function TaxProfilePage({ ctx, profile, looks, state: given }: { ctx: PageCtx; profile: TaxProfileView; looks: StaffLook[]; state: FormState }) {
  const { t, locale } = ctx;
  // A CNIC typed into the NTN field is not written back into the page either.
  const typedNtn = parseNtn(value(given, 'ntn'));
  const state: FormState = typedNtn.ok && typedNtn.kind === 'individual' ? { ...given, values: { ...given.values, ntn: '' } } : given;
  const certError = state.errors.certificate;
  const hasErrors = Object.keys(state.errors).length > 0;
  return (
    <Layout ctx={ctx} title={t('tax_profile.title')}>
      <TaxHeading ctx={ctx} current="profile" title={t('tax_profile.title')} />
      <p>{t('tax_profile.lead')}</p>
      <p class="hint">{t('tax_profile.private_note')}</p>
      <form method="post" action="/tax/profile" enctype="multipart/form-data" class="stack tax-profile-form" novalidate>
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

        <h2>{t('tax_profile.section.ntn')}</h2>
        <Radios
          ctx={ctx}
          state={state}
          name="ntn_kind"
          legend={t('tax_profile.field.ntn_kind')}
          options={(['none', 'cnic', 'entity'] as const).map((k) => ({ value: k, label: t(`tax_profile.ntn_kind.${k}`) }))}
        />
        <Field ctx={ctx} state={state} name="ntn" label={t('tax_profile.field.ntn')} hint={t('tax_profile.field.ntn_hint')} maxlength={20} dir="ltr" inputmode="numeric" autocomplete="off" />
        <Field
          ctx={ctx}
          state={state}
          name="cnic"
          label={t('tax_profile.field.cnic')}
          hint={profile.cnic ? t('tax_profile.field.cnic_saved_hint', { masked: profile.cnic.masked }) : t('tax_profile.field.cnic_hint')}
          maxlength={20}
          keep={false}
          dir="ltr"
          inputmode="numeric"
          autocomplete="off"
        />

        <h2>{t('tax_profile.section.pseb')}</h2>
        <p>
          {t('tax_profile.pseb_why')} <SourceLink ctx={ctx} source={PSEB_RATE_SOURCE} />
        </p>
        <PsebStateLine ctx={ctx} p={profile} />
        <Field ctx={ctx} state={state} name="pseb_number" label={t('tax_profile.field.pseb_number')} hint={t('tax_profile.field.pseb_number_hint')} maxlength={PSEB_NUMBER_MAX} dir="ltr" autocomplete="off" />
        <Field ctx={ctx} state={state} name="pseb_expires_on" type="date" label={t('tax_profile.field.pseb_expires_on')} hint={t('tax_profile.field.pseb_expires_on_hint')} dir="ltr" />
        <div class="field">
          <label for="certificate">{t('tax_profile.field.certificate')}</label>
          <span class="hint" id="certificate-hint">
            {t('tax_profile.field.certificate_hint', { mb: MEDIA_LIMITS.documentBytes / (1024 * 1024) })}
          </span>
          {profile.certificate ? (
            <p class="hint">
              {t('tax_profile.certificate_on_file', { date: formatDate(locale, profile.certificate.uploadedAt) })}{' '}
              <a href={profile.certificate.url} download={profile.certificate.name}>
                <bdi>{profile.certificate.name}</bdi>
              </a>{' '}
              <span class="muted">({fileSize(ctx, profile.certificate.bytes)})</span> {t('tax_profile.certificate_replace_hint')}
            </p>
          ) : null}
          <input
            id="certificate"
            name="certificate"
            type="file"
            accept={CERTIFICATE_ACCEPT}
            aria-invalid={certError ? 'true' : undefined}
            aria-describedby={certError ? 'certificate-hint certificate-error' : 'certificate-hint'}
          />
          <FieldError ctx={ctx} state={state} name="certificate" />
        </div>

        <h2>{t('tax_profile.section.filer')}</h2>
        <Checkbox ctx={ctx} state={state} name="filer" label={t('tax_profile.field.filer')} hint={t('tax_profile.filer_hint')} />
        <p class="hint">
          <SourceLink ctx={ctx} source={ATL_SMS.source} />
        </p>

        <h2>{t('tax_profile.section.more')}</h2>
        <Select
          ctx={ctx}
          state={state}
          name="province"
          label={t('tax_profile.field.province')}
          options={[{ value: '', label: t('tax_profile.field.province_none') }, ...PROVINCES.map((p) => ({ value: p, label: provinceName(ctx, p) }))]}
        />
        <Checkbox ctx={ctx} state={state} name="has_salary" label={t('tax_profile.field.has_salary')} />
        <Field ctx={ctx} state={state} name="salary" label={t('tax_profile.field.salary')} hint={t('tax_profile.field.salary_hint')} maxlength={40} dir="ltr" inputmode="decimal" />

        <div class="actions">
          <button type="submit">{t('tax_profile.submit')}</button>
        </div>
      </form>

      {profile.certificate || profile.cnic ? (
        <div class="actions tax-profile-removals">
          {profile.certificate ? (
            <form method="post" action="/tax/profile/certificate/delete">
              <CsrfField ctx={ctx} />
              <button type="submit" class="danger small">
                {t('tax_profile.certificate_remove')}
              </button>
            </form>
          ) : null}
          {profile.cnic ? (
            <form method="post" action="/tax/profile/cnic/delete">
              <CsrfField ctx={ctx} />
              <button type="submit" class="danger small" aria-describedby="cnic-remove-hint">
                {t('tax_profile.cnic_remove')}
              </button>
              <span class="hint" id="cnic-remove-hint">
                {' '}
                {t('tax_profile.cnic_remove_hint')}
              </span>
            </form>
          ) : null}
        </div>
      ) : null}

      <h2>{t('tax_profile.staff_looks.title')}</h2>
      {looks.length === 0 ? (
        <p class="muted">{t('tax_profile.staff_looks.none')}</p>
      ) : (
        <ul class="tax-staff-looks">
          {looks.map((l) => (
            <li>
              {t(`tax_profile.staff_looks.${l.kind}`)} <span class="muted">{formatDateTime(locale, l.at)}</span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

// --- The checklist ------------------------------------------------------------------------------

function FeeLine({ ctx, fee }: { ctx: PageCtx; fee: StepFee }) {
  const { t, locale } = ctx;
  if (fee.kind === 'amount') {
    return (
      <p>
        {t(fee.noteKey, { amount: formatMoney(locale, fee.amount) })} <SourceLink ctx={ctx} source={fee.source} />
      </p>
    );
  }
  return (
    <p>
      <span class="badge unconfirmed">{t('tax_profile.checklist.unconfirmed')}</span> {t(fee.noteKey)}
      {fee.claim ? (
        <>
          {' '}
          {t(fee.claim.noteKey, { amount: formatMoney(locale, fee.claim.amount) })} <SourceLink ctx={ctx} source={fee.claim.source} />
        </>
      ) : null}
    </p>
  );
}

function StepCard({ ctx, entry, n }: { ctx: PageCtx; entry: ChecklistEntry; n: number }) {
  const { t, locale } = ctx;
  const s: Step = entry.step;
  const done = entry.doneAt !== null;
  return (
    <li class={`card tax-step${done ? ' tax-step-done' : ''}`} id={`step-${s.id}`}>
      <h2>
        {n}. {t(s.titleKey)}
      </h2>
      <p class={done ? 'flash' : 'muted'}>{done ? t('tax_profile.checklist.done', { date: formatDate(locale, entry.doneAt!) }) : t('tax_profile.checklist.not_done')}</p>
      {entry.fromProfile ? <p class="hint">{t(entry.fromProfile)}</p> : null}
      <p>{t(s.whatKey)}</p>
      <h3>{t('tax_profile.checklist.documents')}</h3>
      <ul>
        {s.documentKeys.map((key) => (
          <li>{t(key)}</li>
        ))}
      </ul>
      <h3>{t('tax_profile.checklist.fee')}</h3>
      <FeeLine ctx={ctx} fee={s.fee} />
      <h3>{t('tax_profile.checklist.links')}</h3>
      {s.links.length === 0 ? (
        <p class="muted">{t('tax_profile.checklist.no_links')}</p>
      ) : (
        <ul>
          {s.links.map((l) => (
            <li>
              <a href={l.url} rel="noopener noreferrer" hreflang="en">
                {t(l.labelKey)}
              </a>
            </li>
          ))}
        </ul>
      )}
      {s.here ? (
        <p>
          <a href={s.here.href}>{t(s.here.labelKey)}</a>
        </p>
      ) : null}
      <details>
        <summary>{t('tax_profile.sources')}</summary>
        <ul>
          {s.sources.map((src) => (
            <li>
              <SourceLink ctx={ctx} source={src} />
            </li>
          ))}
        </ul>
      </details>
      <form method="post" action={`/tax/checklist/${s.id}`}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="done" value={done ? '0' : '1'} />
        <button type="submit" class={done ? 'secondary small' : 'small'}>
          {t(done ? 'tax_profile.checklist.untick' : 'tax_profile.checklist.tick')}
        </button>
      </form>
    </li>
  );
}

export function ChecklistPage({ ctx, entries }: { ctx: PageCtx; entries: ChecklistEntry[] }) {
  const { t } = ctx;
  const done = entries.filter((e) => e.doneAt !== null).length;
  return (
    <Layout ctx={ctx} title={t('tax_profile.checklist.title')}>
      <TaxHeading ctx={ctx} current="checklist" title={t('tax_profile.checklist.title')} />
      <p>{t('tax_profile.checklist.lead')}</p>
      <p>
        <strong>{t('tax_profile.checklist.progress', { done, total: entries.length })}</strong>
      </p>
      <ol class="tax-checklist">
        {entries.map((e, i) => (
          <StepCard ctx={ctx} entry={e} n={i + 1} />
        ))}
      </ol>
    </Layout>
  );
}

// --- Admin --------------------------------------------------------------------------------------

export function AdminListPage({ ctx, rows }: { ctx: PageCtx; rows: StaffListEntry[] }) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('tax_profile.admin.section')}>
      <p>
        <a href="/admin">{t('admin.title')}</a>
      </p>
      <h1>{t('tax_profile.admin.section')}</h1>
      <p>{t('tax_profile.admin.list_intro')}</p>
      {rows.length === 0 ? (
        <p class="muted">{t('tax_profile.admin.list_empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('tax_profile.admin.col_person')}</th>
              <th scope="col">{t('tax_profile.admin.col_certificate')}</th>
              <th scope="col">{t('tax_profile.admin.col_updated')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td>
                  <a href={`/admin/tax-profiles/${r.userId}`}>
                    <bdi>{r.displayName}</bdi>
                  </a>{' '}
                  <span class="muted">
                    <bdi>@{r.handle}</bdi>
                  </span>
                </td>
                <td>{t(r.hasCertificate ? 'tax_profile.admin.has_certificate' : 'tax_profile.admin.no_certificate')}</td>
                <td>{formatDateTime(locale, r.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

/** The profile's values as a list, for the admin view (masked CNIC, entity NTN in full). */
function ProfileSummary({ ctx, p, certificateHref }: { ctx: PageCtx; p: TaxProfileView; certificateHref: string }) {
  const { t, locale } = ctx;
  const none = <span class="muted">{t('tax_profile.value.none')}</span>;
  return (
    <dl class="summary">
      <dt>{t('tax_profile.label.ntn')}</dt>
      <dd>{p.ntn ? p.ntn.kind === 'cnic' ? t('tax_profile.value.ntn_cnic', { masked: p.ntn.shown }) : <bdi dir="ltr">{p.ntn.shown}</bdi> : none}</dd>
      <dt>{t('tax_profile.label.cnic')}</dt>
      <dd>{p.cnic ? <bdi dir="ltr">{p.cnic.masked}</bdi> : none}</dd>
      <dt>{t('tax_profile.label.pseb_number')}</dt>
      <dd>{p.psebNumber ? <bdi dir="ltr">{p.psebNumber}</bdi> : none}</dd>
      <dt>{t('tax_profile.label.pseb_expires_on')}</dt>
      <dd>{p.psebExpiresOn && p.psebState ? t(`tax_profile.pseb_state.${p.psebState}`, { date: formatDay(locale, p.psebExpiresOn) }) : none}</dd>
      <dt>{t('tax_profile.label.certificate')}</dt>
      <dd>
        {p.certificate ? (
          <>
            <a href={certificateHref}>{t('tax_profile.admin.download_certificate')}</a>{' '}
            <span class="muted">
              (<bdi>{p.certificate.name}</bdi>, {fileSize(ctx, p.certificate.bytes)}, {formatDate(locale, p.certificate.uploadedAt)})
            </span>
          </>
        ) : (
          none
        )}
      </dd>
      <dt>{t('tax_profile.label.filer')}</dt>
      <dd>{t(p.filer ? 'tax_profile.value.filer_yes' : 'tax_profile.value.filer_no')}</dd>
      <dt>{t('tax_profile.label.province')}</dt>
      <dd>{p.province ? provinceName(ctx, p.province) : none}</dd>
      <dt>{t('tax_profile.label.salary')}</dt>
      <dd>{p.salary ? <bdi>{formatMoney(locale, p.salary)}</bdi> : t('tax_profile.value.no_salary')}</dd>
      <dt>{t('tax_profile.label.updated')}</dt>
      <dd>{p.updatedAt ? formatDateTime(locale, p.updatedAt) : none}</dd>
    </dl>
  );
}

export function AdminProfilePage({ ctx, view, reveal }: { ctx: PageCtx; view: StaffTaxView; reveal: FormState }) {
  const { t, locale } = ctx;
  const { person, profile } = view;
  const base = `/admin/tax-profiles/${person.userId}`;
  const name = person.displayName;
  return (
    <Layout ctx={ctx} title={t('tax_profile.admin.title', { name })}>
      <p>
        <a href="/admin/tax-profiles">{t('tax_profile.admin.back')}</a>
      </p>
      <h1>{t('tax_profile.admin.title', { name })}</h1>
      <p class="muted">
        <bdi>@{person.handle}</bdi> · <bdi>{person.email}</bdi>
      </p>
      <p class="hint" role="note">
        {t('tax_profile.admin.recorded', { name })}
      </p>
      {profile.saved ? <ProfileSummary ctx={ctx} p={profile} certificateHref={`${base}/certificate`} /> : <p>{t('tax_profile.admin.none', { name })}</p>}

      {view.revealedCnic ? (
        <p class="alert" role="status">
          {t('tax_profile.admin.revealed')} <bdi dir="ltr">{view.revealedCnic}</bdi>
        </p>
      ) : profile.cnic ? (
        <section class="card">
          <h2>{t('tax_profile.admin.reveal_title')}</h2>
          <p class="hint">{t('tax_profile.admin.reveal_hint', { name })}</p>
          <form method="post" action={`${base}/reveal`} class="stack" novalidate>
            <CsrfField ctx={ctx} />
            {reveal.message ? (
              <p class="alert" role="alert">
                {reveal.message}
              </p>
            ) : null}
            <Field ctx={ctx} state={reveal} name="reason" label={t('tax_profile.admin.reason')} maxlength={REVEAL_REASON_MAX} required />
            <div class="actions">
              <button type="submit" class="danger">
                {t('tax_profile.admin.reveal_submit')}
              </button>
            </div>
          </form>
        </section>
      ) : null}

      <h2>{t('tax_profile.admin.looks_title')}</h2>
      <ul class="tax-staff-looks">
        {view.looks.map((l) => (
          <li>
            {t('tax_profile.admin.look_line', { what: t(`tax_profile.admin.look.${l.kind}`), name: l.staffName ?? '' })} <span class="muted">{formatDateTime(locale, l.at)}</span>
            {l.reason ? <div class="muted">{t('tax_profile.admin.look_reason', { reason: l.reason })}</div> : null}
          </li>
        ))}
      </ul>
    </Layout>
  );
}
