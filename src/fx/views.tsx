// Exchange-rate pages: a client converting between their rupee and dollar wallets (the rate and the
// result shown before confirming), and the admins' rate table (set today's rate, import a file).
import { Field, Form, type FormState, Select, TextArea, value } from '../platform/form-views.tsx';
import { formatDateTime, formatDay } from '../platform/format.ts';
import { CsrfField, Layout, type PageCtx } from '../platform/layout.tsx';
import { CURRENCIES, formatMoney, type Money, toInputString } from '../platform/money.ts';
import { RATE_BOUNDS, type CurrentRate } from './domain.ts';
import type { ConversionQuote, RateHistoryItem, RateImport } from './service.ts';

const day = (ctx: PageCtx, d: string | null) => (d ? formatDay(ctx.locale, d) : '—');

/** "1 US dollar = 278.45 rupees", the way admins set it, whatever the direction of a conversion. */
export function RateLine({ ctx, rate }: { ctx: PageCtx; rate: CurrentRate }) {
  return <bdi>{ctx.t('fx.rate.line', { rate: rate.from === 'USD' ? rate.rate : '', date: day(ctx, rate.effectiveOn) })}</bdi>;
}

export function ConvertPage({ ctx, state, balances, quote, usdRate }: { ctx: PageCtx; state: FormState; balances: Money[]; quote: ConversionQuote | null; usdRate: CurrentRate }) {
  const { t } = ctx;
  const [pkr, usd] = balances;
  return (
    <Layout ctx={ctx} title={t('fx.convert.title')}>
      <h1>{t('fx.convert.title')}</h1>
      <p>{t('fx.convert.lead')}</p>
      <p>{t('fx.convert.balances', { pkr: formatMoney(ctx.locale, pkr!), usd: formatMoney(ctx.locale, usd!) })}</p>
      {usdRate.placeholder ? <p class="alert">{t('errors.fx.no_rate')}</p> : <p><RateLine ctx={ctx} rate={usdRate} /></p>}
      {quote ? (
        <section aria-labelledby="quote-h" class="card">
          <h2 id="quote-h">{t('fx.convert.quote_title')}</h2>
          <p>{t('fx.convert.quote', { from: formatMoney(ctx.locale, quote.from), to: formatMoney(ctx.locale, quote.to), rate: `${quote.rate.rate}` })}</p>
          <form method="post" action="/wallet/convert" class="stack">
            <CsrfField ctx={ctx} />
            <input type="hidden" name="idempotency_key" value={value(state, 'idempotency_key')} />
            <input type="hidden" name="amount" value={toInputString(quote.from)} />
            <input type="hidden" name="from" value={quote.from.currency} />
            <input type="hidden" name="to" value={quote.to.currency} />
            <input type="hidden" name="rate_id" value={quote.rate.id ?? ''} />
            <button type="submit">{t('fx.convert.confirm_submit')}</button>
          </form>
        </section>
      ) : null}
      <Form ctx={ctx} action="/wallet/convert/preview" state={state}>
        <input type="hidden" name="idempotency_key" value={value(state, 'idempotency_key')} />
        <Field ctx={ctx} state={state} name="amount" label={t('fx.field.amount')} inputmode="decimal" maxlength={40} required />
        <Select ctx={ctx} state={state} name="from" label={t('fx.field.from')} options={CURRENCIES.map((c) => ({ value: c, label: t(`payments.currency.${c}`) }))} fallback="USD" />
        <Select ctx={ctx} state={state} name="to" label={t('fx.field.to')} options={CURRENCIES.map((c) => ({ value: c, label: t(`payments.currency.${c}`) }))} fallback="PKR" />
        <button type="submit" class={quote ? 'secondary' : undefined}>{t('fx.convert.preview_submit')}</button>
      </Form>
      <p>
        <a href="/wallet/top-ups">{t('payments.topups.title')}</a>
      </p>
    </Layout>
  );
}

export function AdminFxPage({ ctx, current, history, setState, importState, imported }: { ctx: PageCtx; current: CurrentRate; history: RateHistoryItem[]; setState: FormState; importState: FormState; imported: RateImport | null }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('fx.admin.title')} wide>
      <h1>{t('fx.admin.title')}</h1>
      <p>{t('admin.intro')}</p>
      {current.placeholder ? <p class="alert">{t('fx.admin.placeholder', { rate: current.rate })}</p> : <p>{t('fx.admin.current', { rate: current.rate, date: day(ctx, current.effectiveOn) })}</p>}
      <h2>{t('fx.admin.set')}</h2>
      <Form ctx={ctx} action="/admin/fx" state={setState}>
        <Field ctx={ctx} state={setState} name="rate" label={t('fx.field.rate')} hint={t('fx.field.rate_hint', { min: String(RATE_BOUNDS.min), max: String(RATE_BOUNDS.max) })} inputmode="decimal" maxlength={30} dir="ltr" required />
        <button type="submit">{t('fx.admin.set_submit')}</button>
      </Form>
      <h2>{t('fx.admin.import')}</h2>
      <p class="hint">{t('fx.admin.import_hint')}</p>
      <form method="post" action="/admin/fx/import" enctype="multipart/form-data" class="stack" novalidate>
        <CsrfField ctx={ctx} />
        {importState.message ? <p class="alert" role="alert">{importState.message}</p> : null}
        <div class="field">
          <label for="rates">{t('fx.field.csv_file')}</label>
          <input id="rates" name="rates" type="file" accept=".csv,text/csv" />
        </div>
        <TextArea ctx={ctx} state={importState} name="csv" label={t('fx.field.csv')} maxlength={200_000} rows={5} />
        <button type="submit">{t('fx.admin.import_submit')}</button>
      </form>
      {imported ? (
        imported.problems.length ? (
          <ul role="alert">
            {imported.problems.map((p) => (
              <li class="error">{t('fx.admin.problem', { line: p.line, message: t(p.key, { min: String(RATE_BOUNDS.min), max: String(RATE_BOUNDS.max) }) })}</li>
            ))}
          </ul>
        ) : (
          <p class="flash" role="status">{t('fx.admin.imported', { added: imported.added.length, unchanged: imported.unchanged.length })}</p>
        )
      ) : null}
      <h2>{t('fx.admin.history')}</h2>
      <table class="stack">
        <thead>
          <tr>
            <th scope="col">{t('fx.col.date')}</th>
            <th scope="col">{t('fx.col.rate')}</th>
            <th scope="col">{t('fx.col.source')}</th>
            <th scope="col">{t('fx.col.set_by')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((h) => (
            <tr>
              <td data-label={t('fx.col.date')}>{day(ctx, h.effectiveOn)} <span class="muted">{formatDateTime(ctx.locale, h.createdAt)}</span></td>
              <td data-label={t('fx.col.rate')}><code dir="ltr">{h.rate}</code></td>
              <td data-label={t('fx.col.source')}>{t(`fx.source.${h.source}`)}</td>
              <td data-label={t('fx.col.set_by')} dir="auto">{h.setBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
