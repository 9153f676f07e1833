// /tax/remittances: dollar payouts waiting for a PRC and those with one, each with its record and
// one form (fields and the PRC file, multipart, so it works with JavaScript off), then the State
// Bank's retention rule applied to the person's own months, with its sources and dates. Until the
// tax pages' shared navigation (TaxNav in src/tax/views.tsx) is merged in, a link back to /tax and
// the "estimate, not advice" notice are drawn here.
import { type FormState, PostButton } from '../platform/form-views.tsx';
import { NotAdvice, TaxNav } from '../tax/views.tsx';
import { formatDate, formatDay, formatMonth, isolate } from '../platform/format.ts';
import { CsrfField, Layout, type PageCtx } from '../platform/layout.tsx';
import { formatMoney, money } from '../platform/money.ts';
import { MEDIA_LIMITS } from '../media/domain.ts';
import type { Source } from '../tax/domain.ts';
import { countryCodes, countryName, IT_EXPORT_PURPOSE_CODE, PRC_NUMBER_MAX, PURPOSE_CODE_SOURCE, RETENTION_SOURCES, retention, retentionByMonth } from './domain.ts';
import type { RemittanceView } from './service.ts';

const PRC_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

export interface RecordForm {
  id: string;
  state: FormState;
}

function SourceLine({ ctx, s }: { ctx: PageCtx; s: Source }) {
  const { t, locale } = ctx;
  return (
    <>
      <a href={s.url} rel="noopener noreferrer" hreflang="en">
        <bdi>{s.title}</bdi>
      </a>
      {' · '}
      {/^\d{4}-\d{2}-\d{2}$/.test(s.date) ? formatDay(locale, s.date) : s.date} <span class={`badge confidence-${s.confidence}`}>{t(`remittances.source.${s.confidence}`)}</span>
    </>
  );
}

/** One labelled input of a record's form: ids carry the record, since a page holds many forms. */
function RecordField(props: { ctx: PageCtx; state: FormState | undefined; id: string; name: string; label: string; hint: string; value: string; maxlength: number; list?: string; inputmode?: 'numeric' | 'text' }) {
  const { ctx, state, id, name } = props;
  const fieldId = `${name}-${id}`;
  const error = state?.errors[name];
  return (
    <div class="field">
      <label for={fieldId}>{props.label}</label>
      <span class="hint" id={`${fieldId}-hint`}>
        {props.hint}
      </span>
      <input
        id={fieldId}
        name={name}
        type="text"
        value={props.value}
        maxlength={props.maxlength}
        dir="ltr"
        list={props.list}
        inputmode={props.inputmode}
        autocomplete="off"
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${fieldId}-hint ${fieldId}-error` : `${fieldId}-hint`}
      />
      {error ? (
        <p class="error" id={`${fieldId}-error`}>
          {ctx.t(error.key, error.params)}
        </p>
      ) : null}
    </div>
  );
}

function RecordEditor({ ctx, r, state }: { ctx: PageCtx; r: RemittanceView; state: FormState | undefined }) {
  const { t } = ctx;
  const short = r.withdrawalId.slice(0, 8);
  const shown = (name: string, current: string) => {
    const v = state?.values[name];
    return typeof v === 'string' ? v : current;
  };
  const fileId = `file-${short}`;
  const failed = !!state && (!!state.message || Object.keys(state.errors).length > 0);
  return (
    <details class="remittance-edit" open={failed}>
      <summary>{t(r.prc ? 'remittances.edit.summary_replace' : 'remittances.edit.summary')}</summary>
      <form method="post" action={`/tax/remittances/${r.withdrawalId}`} enctype="multipart/form-data" class="stack" novalidate>
        <CsrfField ctx={ctx} />
        {failed ? (
          <p class="alert" role="alert">
            {state?.message ?? t('errors.validation.failed')}
          </p>
        ) : null}
        <RecordField
          ctx={ctx}
          state={state}
          id={short}
          name="payer_country"
          label={t('remittances.edit.payer_country')}
          hint={t('remittances.edit.payer_country_hint', { name: countryName(ctx.locale, r.payerCountry) })}
          value={shown('payer_country', r.payerCountry)}
          maxlength={2}
          list="countries"
        />
        <RecordField
          ctx={ctx}
          state={state}
          id={short}
          name="purpose_code"
          label={t('remittances.edit.purpose_code')}
          hint={t('remittances.edit.purpose_code_hint')}
          value={shown('purpose_code', r.purposeCode)}
          maxlength={4}
          inputmode="numeric"
        />
        <RecordField ctx={ctx} state={state} id={short} name="prc_number" label={t('remittances.edit.prc_number')} hint="" value={shown('prc_number', r.prcNumber ?? '')} maxlength={PRC_NUMBER_MAX} />
        <div class="field">
          <label for={fileId}>{t(r.prc ? 'remittances.edit.file_replace' : 'remittances.edit.file')}</label>
          <span class="hint" id={`${fileId}-hint`}>
            {t('remittances.edit.file_hint', { mb: MEDIA_LIMITS.documentBytes / (1024 * 1024) })}
          </span>
          <input id={fileId} name="file" type="file" accept={PRC_ACCEPT} aria-invalid={state?.message ? 'true' : undefined} aria-describedby={`${fileId}-hint`} />
        </div>
        <div class="actions">
          <button type="submit">{t('remittances.edit.save')}</button>
        </div>
      </form>
      {r.prc ? <PostButton ctx={ctx} action={`/tax/remittances/${r.withdrawalId}/prc/remove`} label={t('remittances.remove')} /> : null}
    </details>
  );
}

function RecordItem({ ctx, r, state }: { ctx: PageCtx; r: RemittanceView; state: FormState | undefined }) {
  const { t, locale } = ctx;
  return (
    <li class="card remittance" id={`r-${r.withdrawalId}`}>
      <h3>
        <bdi dir="ltr">{r.reference}</bdi> · {formatMoney(locale, r.amount, { decimals: 'always' })}
      </h3>
      <dl class="summary">
        <dt>{t('remittances.col.date')}</dt>
        <dd>
          {/* The day the money was paid out, or, until then, the day it was asked for: the status says which. */}
          {formatDate(locale, r.paidAt ?? r.requestedAt)} <span class={`badge status-${r.status}`}>{t(`payouts.status.${r.status}`)}</span>
        </dd>
        <dt>{t('remittances.col.amount')}</dt>
        <dd>
          {formatMoney(locale, r.amount, { decimals: 'always' })} · {t(`payouts.channel.${r.channel}`)}
        </dd>
        <dt>{t('remittances.col.payer_country')}</dt>
        <dd>
          {countryName(locale, r.payerCountry)} (<span dir="ltr">{r.payerCountry}</span>)
        </dd>
        <dt>{t('remittances.col.purpose_code')}</dt>
        <dd>
          <span dir="ltr">{r.purposeCode}</span> · {t(r.purposeCode === IT_EXPORT_PURPOSE_CODE ? 'remittances.purpose.it_export' : 'remittances.purpose.other')}
        </dd>
        <dt>{t('remittances.col.prc')}</dt>
        <dd>
          {r.prc ? (
            <>
              <a href={r.prc.url} download>
                {t('remittances.prc.download', { name: isolate(r.prc.name) })}
              </a>
              {r.prcNumber ? (
                <>
                  {' · '}
                  {t('remittances.prc.number', { number: isolate(r.prcNumber) })}
                </>
              ) : null}
              {' · '}
              {t('remittances.prc.attached_on', { date: formatDate(locale, r.prc.attachedAt) })}
            </>
          ) : (
            <>
              <span class="muted">{t('remittances.prc.none')}</span>
              {r.prcNumber ? <> · {t('remittances.prc.number', { number: isolate(r.prcNumber) })}</> : null}
            </>
          )}
        </dd>
      </dl>
      <RecordEditor ctx={ctx} r={r} state={state} />
    </li>
  );
}

function RetentionSection({ ctx, records }: { ctx: PageCtx; records: RemittanceView[] }) {
  const { t, locale } = ctx;
  const m = (x: Parameters<typeof formatMoney>[1]) => formatMoney(locale, x);
  // The reference's two readings, computed by the rule itself (tax-pakistan.md §e).
  const small = retention(money(89_900n, 'USD'));
  const large = retention(money(1_200_000n, 'USD'));
  const months = retentionByMonth(records.filter((r) => r.paidAt).map((r) => ({ paidAt: r.paidAt!, amount: r.amount })));
  return (
    <section aria-labelledby="retention-h">
      <h2 id="retention-h">{t('remittances.retention.title')}</h2>
      <p>{t('remittances.retention.rule')}</p>
      <p>{t('remittances.retention.examples', { small: m(small.proceeds), large: m(large.proceeds), large_keep: m(large.keep) })}</p>
      <p class="muted">{t('remittances.retention.hunar')}</p>
      {months.length === 0 ? (
        <p class="muted">{t('remittances.retention.none')}</p>
      ) : (
        <table class="stack retention">
          <caption>{t('remittances.retention.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('remittances.retention.col.month')}</th>
              <th scope="col">{t('remittances.retention.col.proceeds')}</th>
              <th scope="col">{t('remittances.retention.col.keep')}</th>
              <th scope="col">{t('remittances.retention.col.convert')}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((row) => (
              <tr>
                <th scope="row">{formatMonth(locale, new Date(`${row.month}-15T00:00:00Z`), 'UTC')}</th>
                <td data-label={t('remittances.retention.col.proceeds')}>{formatMoney(locale, row.proceeds, { decimals: 'always' })}</td>
                <td data-label={t('remittances.retention.col.keep')}>{formatMoney(locale, row.keep, { decimals: 'always' })}</td>
                <td data-label={t('remittances.retention.col.convert')}>{formatMoney(locale, row.convert, { decimals: 'always' })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="muted">{t('remittances.retention.circular')}</p>
    </section>
  );
}

function Sources({ ctx }: { ctx: PageCtx }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="sources-h" class="sources">
      <h2 id="sources-h">{t('remittances.sources.title')}</h2>
      <ul>
        <li>
          {t('remittances.source.purpose_code')} <SourceLine ctx={ctx} s={PURPOSE_CODE_SOURCE} />
        </li>
        {RETENTION_SOURCES.map((s) => (
          <li>
            {t('remittances.source.retention')} <SourceLine ctx={ctx} s={s} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function RemittancesPage({ ctx, records, form }: { ctx: PageCtx; records: RemittanceView[]; form?: RecordForm | undefined }) {
  const { t, locale } = ctx;
  const without = records.filter((r) => !r.prc);
  const withPrc = records.filter((r) => r.prc);
  const stateOf = (r: RemittanceView) => (form?.id === r.withdrawalId ? form.state : undefined);
  return (
    <Layout ctx={ctx} title={t('remittances.title')} wide>
      <TaxNav ctx={ctx} current="remittances" />
      <h1>{t('remittances.title')}</h1>
      <NotAdvice ctx={ctx} />
      <p>{t('remittances.lead')}</p>
      <details class="remittance-why">
        <summary>{t('remittances.why.title')}</summary>
        <p>{t('remittances.why.body')}</p>
      </details>

      {records.length === 0 ? (
        <p class="muted">{t('remittances.none')}</p>
      ) : (
        <>
          <section aria-labelledby="without-h">
            <h2 id="without-h">{t('remittances.without.title', { n: without.length })}</h2>
            {without.length === 0 ? (
              <p class="muted">{t('remittances.without.none')}</p>
            ) : (
              <ul class="remittances">
                {without.map((r) => (
                  <RecordItem ctx={ctx} r={r} state={stateOf(r)} />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="with-h">
            <h2 id="with-h">{t('remittances.with.title', { n: withPrc.length })}</h2>
            {withPrc.length === 0 ? (
              <p class="muted">{t('remittances.with.none')}</p>
            ) : (
              <ul class="remittances">
                {withPrc.map((r) => (
                  <RecordItem ctx={ctx} r={r} state={stateOf(r)} />
                ))}
              </ul>
            )}
          </section>
          {/* One list of countries for every record's payer-country field (a plain text field without it). */}
          <datalist id="countries">
            {countryCodes().map((code) => (
              <option value={code}>{countryName(locale, code)}</option>
            ))}
          </datalist>
        </>
      )}

      <RetentionSection ctx={ctx} records={records} />
      <Sources ctx={ctx} />
    </Layout>
  );
}
