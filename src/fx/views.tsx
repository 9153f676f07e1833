// Exchange-rate pages: a client converting between their rupee and dollar wallets (the rate and the
// result shown before confirming), and the admins' rate table (the rates in force and where each came
// from, set today's rate for a currency, import a file). Also the pieces other pages show estimates
// with ("about £45", and the note naming the rate behind it).
import { Field, Form, type FormState, Select, TextArea, value } from '../platform/form-views.tsx';
import { formatDateTime, formatDay, ltr } from '../platform/format.ts';
import type { Locale } from '../platform/i18n.ts';
import { CsrfField, Layout, type PageCtx } from '../platform/layout.tsx';
import { CURRENCIES, divideHalfEven, formatMoney, type Money, toInputString } from '../platform/money.ts';
import { type CurrentRate, type DisplayCurrency, type Estimate, type EstimateRates, RATE_BOUNDS, RATE_CURRENCIES, type RateCurrency, type RateSource, type StoredRate } from './domain.ts';
import type { ConversionQuote, RateHistoryItem, RateImport } from './service.ts';

const day = (ctx: PageCtx, d: string | null) => (d ? formatDay(ctx.locale, d) : '—');

/** Where a rate came from, as people read it: "Hunar's initial rate (…)", "a demo rate", "set by an admin for 4 Dec 2026". */
export function rateOrigin(ctx: PageCtx, source: RateSource | null, effectiveOn: string | null): string {
  if (source === 'initial') return ctx.t('fx.origin.initial', { date: day(ctx, effectiveOn) });
  if (source === 'demo') return ctx.t('fx.origin.demo', { date: day(ctx, effectiveOn) });
  return ctx.t('fx.origin.admin', { date: day(ctx, effectiveOn) });
}

/** "1 US dollar = 280.91 rupees (…where it came from)", the way admins set it, whatever the direction of a conversion. */
export function RateLine({ ctx, rate }: { ctx: PageCtx; rate: CurrentRate }) {
  return <bdi>{ctx.t('fx.rate.line', { rate: rate.quoted, origin: rateOrigin(ctx, rate.source, rate.effectiveOn) })}</bdi>;
}

const estimateFormats = new Map<string, Intl.NumberFormat>();

/** An estimate for people: "£45", "€1,204", "AED 210"; whole units from 10 up (it is an estimate), else two decimals. */
export function formatEstimate(locale: Locale, e: Estimate): string {
  if (e.currency === 'PKR' || e.currency === 'USD') return formatMoney(locale, { amount: e.amount, currency: e.currency });
  const digits = e.amount >= 1000n ? 0 : 2;
  const key = `${locale}:${e.currency}:${digits}`;
  let f = estimateFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'ur' ? 'ur-PK' : 'en-PK', { style: 'currency', currency: e.currency, currencyDisplay: 'narrowSymbol', minimumFractionDigits: digits, maximumFractionDigits: digits });
    estimateFormats.set(key, f);
  }
  // Exact decimal text, never a float: whole units rounded half-even, or units and hundredths.
  const text = digits === 0 ? divideHalfEven(e.amount, 100n).toString() : `${e.amount / 100n}.${(e.amount % 100n).toString().padStart(2, '0')}`;
  // Inside Urdu text the amount is a left-to-right run ("£48", never "48£"), as formatMoney's are.
  const shown = f.format(text as Intl.StringNumericLiteral);
  return locale === 'ur' ? ltr(shown) : shown;
}

/**
 * The footnote under estimates: which rate they are at and where it came from. For PKR and USD it is
 * the rate conversions and payments use; for GBP, EUR, AED and SAR a display-only rate.
 */
export function EstimateNote({ ctx, reader, rates, sellerCurrency }: { ctx: PageCtx; reader: DisplayCurrency; rates: EstimateRates; sellerCurrency: string }) {
  const usd = rates.usdToPkr;
  if (reader === 'PKR' || reader === 'USD' || !rates.target) {
    return <>{ctx.t('fx.estimate.note_usd', { currency: reader, rate: usd.quoted, origin: rateOrigin(ctx, usd.source, usd.effectiveOn), seller_currency: sellerCurrency })}</>;
  }
  const r = rates.target;
  return (
    <>
      {ctx.t('fx.estimate.note_other', { currency: reader, rate: r.rate, origin: rateOrigin(ctx, r.source, r.effectiveOn), usd: usd.quoted, seller_currency: sellerCurrency })}
    </>
  );
}

export function ConvertPage({ ctx, state, balances, quote, usdRate }: { ctx: PageCtx; state: FormState; balances: Money[]; quote: ConversionQuote | null; usdRate: CurrentRate }) {
  const { t } = ctx;
  const [pkr, usd] = balances;
  return (
    <Layout ctx={ctx} title={t('fx.convert.title')}>
      <h1>{t('fx.convert.title')}</h1>
      <p>{t('fx.convert.lead')}</p>
      <p>{t('fx.convert.balances', { pkr: formatMoney(ctx.locale, pkr!), usd: formatMoney(ctx.locale, usd!) })}</p>
      <p>
        <RateLine ctx={ctx} rate={usdRate} />
      </p>
      {quote ? (
        <section aria-labelledby="quote-h" class="card">
          <h2 id="quote-h">{t('fx.convert.quote_title')}</h2>
          <p>{t('fx.convert.quote', { from: formatMoney(ctx.locale, quote.from), to: formatMoney(ctx.locale, quote.to), rate: quote.rate.quoted })}</p>
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

export function AdminFxPage({
  ctx,
  inForce,
  history,
  setState,
  importState,
  imported,
}: {
  ctx: PageCtx;
  inForce: { currency: RateCurrency; rate: StoredRate | null; setBy: string | null }[];
  history: RateHistoryItem[];
  setState: FormState;
  importState: FormState;
  imported: RateImport | null;
}) {
  const { t } = ctx;
  const by = (source: RateSource, setBy: string | null) => (setBy ? <bdi>{setBy}</bdi> : t(`fx.source.${source}`));
  return (
    <Layout ctx={ctx} title={t('fx.admin.title')} wide>
      <h1>{t('fx.admin.title')}</h1>
      <p>{t('admin.intro')}</p>
      <h2>{t('fx.admin.in_force')}</h2>
      <table class="stack">
        <thead>
          <tr>
            <th scope="col">{t('fx.col.currency')}</th>
            <th scope="col">{t('fx.col.rate')}</th>
            <th scope="col">{t('fx.col.used_for')}</th>
            <th scope="col">{t('fx.col.origin')}</th>
          </tr>
        </thead>
        <tbody>
          {inForce.map(({ currency, rate, setBy }) => (
            <tr>
              <td data-label={t('fx.col.currency')}>{t(`fx.currency.${currency}`)}</td>
              <td data-label={t('fx.col.rate')}>{rate ? <code dir="ltr">{`1 ${currency} = ${rate.rate} PKR`}</code> : t('fx.admin.none_set')}</td>
              <td data-label={t('fx.col.used_for')}>{t(currency === 'USD' ? 'fx.used_for.money' : 'fx.used_for.estimates')}</td>
              <td data-label={t('fx.col.origin')}>
                {rate ? (
                  <>
                    {rateOrigin(ctx, rate.source, rate.effectiveOn)} · {by(rate.source, setBy)}
                  </>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">{t('fx.admin.replace_hint')}</p>
      <h2>{t('fx.admin.set')}</h2>
      <Form ctx={ctx} action="/admin/fx" state={setState}>
        <Select ctx={ctx} state={setState} name="currency" label={t('fx.field.currency')} options={RATE_CURRENCIES.map((c) => ({ value: c, label: t(`fx.currency.${c}`) }))} fallback="USD" />
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
            <th scope="col">{t('fx.col.currency')}</th>
            <th scope="col">{t('fx.col.rate')}</th>
            <th scope="col">{t('fx.col.source')}</th>
            <th scope="col">{t('fx.col.set_by')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((h) => (
            <tr>
              <td data-label={t('fx.col.date')}>
                {day(ctx, h.effectiveOn)} <span class="muted">{formatDateTime(ctx.locale, h.createdAt)}</span>
              </td>
              <td data-label={t('fx.col.currency')}>{h.currency}</td>
              <td data-label={t('fx.col.rate')}>
                <code dir="ltr">{h.rate}</code>
              </td>
              <td data-label={t('fx.col.source')}>{t(`fx.source.${h.source}`)}</td>
              <td data-label={t('fx.col.set_by')} dir="auto">{h.setBy ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
