// Money-in pages: add money and the top-up history, one top-up (bank details or its checkout's
// result), the checkout simulator's page, and the admins' payments page (match a transfer, import a
// bank statement with a preview before anything is applied). No client script: every action is a form.
import { displayIban } from '../payouts/domain.ts';
import { Field, FieldError, Form, type FormState, PostButton, Select, TextArea, value } from '../platform/form-views.tsx';
import { formatDateTime, formatDay, ltr } from '../platform/format.ts';
import { CsrfField, Layout, type PageCtx } from '../platform/layout.tsx';
import { CURRENCIES, formatMoney, type Money, toInputString } from '../platform/money.ts';
import type { StatementLine, TopUpMethod } from './domain.ts';
import type { AdminPaymentsOverview, BankDetails, StatementResult, TopUpView } from './service.ts';
import { PROVIDERS } from './service.ts';

const amount = (ctx: PageCtx, m: Money) => <bdi>{formatMoney(ctx.locale, m)}</bdi>;
const ref = (r: string) => (
  <code dir="ltr" translate="no">
    {r}
  </code>
);

function Status({ ctx, status }: { ctx: PageCtx; status: string }) {
  return <span class={`badge status-${status}`}>{ctx.t(`payments.status.${status}`)}</span>;
}

export function BankAccount({ ctx, bank }: { ctx: PageCtx; bank: BankDetails }) {
  const { t } = ctx;
  return (
    <dl class="summary">
      <dt>{t('payments.bank.title')}</dt>
      <dd dir="auto">{bank.title}</dd>
      {bank.bankName ? (
        <>
          <dt>{t('payments.bank.name')}</dt>
          <dd dir="auto">{bank.bankName}</dd>
        </>
      ) : null}
      {bank.iban ? (
        <>
          <dt>{t('payments.bank.iban')}</dt>
          <dd>
            <code dir="ltr">{displayIban(bank.iban)}</code>
          </dd>
        </>
      ) : null}
      {bank.raastId ? (
        <>
          <dt>{t('payments.bank.raast_id')}</dt>
          <dd>
            <code dir="ltr">{bank.raastId}</code>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

/** A top-up far above the client's past ones, waiting for them to say the amount is right. */
export interface LargeTopUp {
  amount: Money;
  largest: Money | null;
}

/** The top-up form's own address with a currency chosen (and where to return), the amount left empty. */
const formIn = (currency: string, returnTo: string) => `/wallet/top-ups?currency=${currency}${returnTo ? `&return_to=${encodeURIComponent(returnTo)}` : ''}`;

/**
 * The currency is chosen first, by a link that opens the form again in that currency with the amount
 * empty: an amount typed for rupees can never be sent as dollars, and no script is needed.
 */
function CurrencyChoice({ ctx, currency, returnTo }: { ctx: PageCtx; currency: string; returnTo: string }) {
  const { t } = ctx;
  return (
    <nav class="currency-tabs" aria-label={t('payments.field.currency')}>
      <span>{t('payments.topups.pay_in')}</span>{' '}
      {CURRENCIES.map((c) =>
        c === currency ? (
          <strong aria-current="true">{t(`payments.currency.${c}`)}</strong>
        ) : (
          <a href={formIn(c, returnTo)}>{t(`payments.currency.${c}`)}</a>
        ),
      )}
    </nav>
  );
}

/** "Is this amount right?" before a top-up far above the client's past ones starts any payment. */
function ConfirmLarge({ ctx, state, large }: { ctx: PageCtx; state: FormState; large: LargeTopUp }) {
  const { t } = ctx;
  const m = (x: Money) => formatMoney(ctx.locale, x, { decimals: 'always' });
  const returnTo = value(state, 'return_to');
  return (
    <section class="card" aria-labelledby="confirm-large-h">
      <h2 id="confirm-large-h">{t('payments.large.title')}</h2>
      <p>{large.largest ? t('payments.large.above_past', { amount: m(large.amount), largest: m(large.largest) }) : t('payments.large.first', { amount: m(large.amount) })}</p>
      <form method="post" action="/wallet/top-ups" class="actions">
        <CsrfField ctx={ctx} />
        {['idempotency_key', 'return_to', 'amount', 'currency', 'method'].map((k) => (value(state, k) ? <input type="hidden" name={k} value={value(state, k)} /> : null))}
        <input type="hidden" name="confirm_large" value="1" />
        <button type="submit">{t('payments.large.yes', { amount: m(large.amount) })}</button> <a href={formIn(large.amount.currency, returnTo)}>{t('payments.large.change')}</a>
      </form>
    </section>
  );
}

export function TopUpsPage({ ctx, state, methods, bankConfigured, topUps, large = null }: { ctx: PageCtx; state: FormState; methods: TopUpMethod[]; bankConfigured: boolean; topUps: TopUpView[]; large?: LargeTopUp | null }) {
  const { t } = ctx;
  const chosen = value(state, 'method') || methods[0] || '';
  const currency = value(state, 'currency') === 'USD' ? 'USD' : 'PKR';
  return (
    <Layout ctx={ctx} title={t('payments.topups.title')} wide>
      <h1>{t('payments.topups.title')}</h1>
      <p>{t('payments.topups.lead')}</p>
      {large ? <ConfirmLarge ctx={ctx} state={state} large={large} /> : null}
      {methods.length === 0 ? (
        <p class="alert">{t('payments.topups.no_methods')}</p>
      ) : large ? null : (
        <Form ctx={ctx} action="/wallet/top-ups" state={state}>
          <CurrencyChoice ctx={ctx} currency={currency} returnTo={value(state, 'return_to')} />
          <input type="hidden" name="idempotency_key" value={value(state, 'idempotency_key')} />
          {value(state, 'return_to') ? <input type="hidden" name="return_to" value={value(state, 'return_to')} /> : null}
          <input type="hidden" name="currency" value={currency} />
          <Field ctx={ctx} state={state} name="amount" label={t('payments.field.amount_in', { currency: t(`payments.currency.${currency}`) })} hint={t(`payments.field.amount_hint_${currency}`)} inputmode="decimal" maxlength={40} required />
          <fieldset id="method">
            <legend>{t('payments.field.method')}</legend>
            <FieldError ctx={ctx} state={state} name="method" />
            {methods.map((m) => (
              <label class="choice option">
                <input type="radio" name="method" value={m} checked={m === chosen} />
                <span>
                  <span class="option-label">{t(PROVIDERS[m].nameKey)}</span>
                  <span class="hint">{t(`${PROVIDERS[m].nameKey}_hint`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <FieldError ctx={ctx} state={state} name="idempotency_key" />
          <button type="submit">{t('payments.topups.submit')}</button>
        </Form>
      )}
      {bankConfigured ? null : <p class="muted">{t('payments.bank.not_configured')}</p>}
      <p>
        <a href="/wallet/convert">{t('payments.topups.convert_link')}</a>
      </p>
      <h2>{t('payments.history.title')}</h2>
      {topUps.length === 0 ? (
        <p class="muted">{t('payments.history.empty')}</p>
      ) : (
        <table class="stack">
          <thead>
            <tr>
              <th scope="col">{t('payments.col.date')}</th>
              <th scope="col">{t('payments.col.reference')}</th>
              <th scope="col">{t('payments.col.method')}</th>
              <th scope="col">{t('payments.col.amount')}</th>
              <th scope="col">{t('payments.col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {topUps.map((u) => (
              <tr>
                <td data-label={t('payments.col.date')}>{formatDateTime(ctx.locale, u.createdAt)}</td>
                <td data-label={t('payments.col.reference')}>
                  <a href={`/wallet/top-ups/${u.id}`}>{ref(u.reference)}</a>
                </td>
                <td data-label={t('payments.col.method')}>{t(PROVIDERS[u.method].nameKey)}</td>
                <td data-label={t('payments.col.amount')}>{amount(ctx, u.credited ?? u.amount)}</td>
                <td data-label={t('payments.col.status')}>
                  <Status ctx={ctx} status={u.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

/** How often the return page of a hosted checkout looks again while the payment is pending. */
export const RETURN_REFRESH_SECONDS = 3;

/**
 * One top-up. Coming back from a hosted checkout (`waiting`), a pending page reloads itself every few
 * seconds (a meta refresh, no JavaScript) until the provider's answer lands; the route then sends the
 * client on to where they were. A failed or expired one says so and offers to try again.
 */
export function TopUpPage({ ctx, topUp, bank, waiting = false }: { ctx: PageCtx; topUp: TopUpView; bank: BankDetails | null; waiting?: boolean }) {
  const { t } = ctx;
  const hosted = topUp.method !== 'bank_transfer';
  const refresh = topUp.status === 'pending' && hosted ? { seconds: RETURN_REFRESH_SECONDS, url: `/wallet/top-ups/${topUp.id}?waiting=1` } : undefined;
  const again = `/wallet/top-ups?amount=${encodeURIComponent(toInputString(topUp.amount))}&currency=${topUp.amount.currency}${topUp.returnTo ? `&return_to=${encodeURIComponent(topUp.returnTo)}` : ''}`;
  return (
    <Layout ctx={ctx} title={t('payments.topup.title', { reference: topUp.reference })} refresh={refresh}>
      <h1>
        {t('payments.topup.heading')} {ref(topUp.reference)}
      </h1>
      <p>
        <Status ctx={ctx} status={topUp.status} /> · {t(PROVIDERS[topUp.method].nameKey)} · {amount(ctx, topUp.amount)}
      </p>
      {topUp.status === 'pending' && topUp.method === 'bank_transfer' ? (
        <>
          <p>{t('payments.bank.instructions', { amount: formatMoney(ctx.locale, topUp.amount) })}</p>
          <h2>{t('payments.bank.reference')}</h2>
          <p class="kicker">{ref(topUp.reference)}</p>
          <p class="hint">{t('payments.bank.reference_hint')}</p>
          {bank ? <BankAccount ctx={ctx} bank={bank} /> : <p class="alert">{t('payments.bank.not_configured')}</p>}
        </>
      ) : null}
      {topUp.status === 'pending' && hosted ? (
        <>
          <p role="status">{t(waiting ? 'payments.topup.checking' : 'payments.topup.waiting_auto', { seconds: RETURN_REFRESH_SECONDS })}</p>
          <p>
            <a href={topUp.next.url}>{t('payments.topup.open_checkout')}</a>
          </p>
        </>
      ) : null}
      {topUp.status === 'succeeded' && topUp.credited ? <p class="flash">{t('payments.topup.succeeded', { amount: formatMoney(ctx.locale, topUp.credited) })}</p> : null}
      {topUp.status === 'failed' ? <p class="alert" role="alert">{t('payments.topup.failed')}</p> : null}
      {topUp.status === 'expired' ? <p class="alert" role="alert">{t('payments.topup.expired')}</p> : null}
      <p class="actions">
        {topUp.status === 'failed' || topUp.status === 'expired' ? (
          <a class="button" href={again}>
            {t('payments.topup.try_again', { amount: formatMoney(ctx.locale, topUp.amount) })}
          </a>
        ) : null}{' '}
        {topUp.returnTo ? (
          <a class={topUp.status === 'failed' || topUp.status === 'expired' ? 'button secondary' : 'button'} href={topUp.returnTo}>
            {t('payments.topup.continue')}
          </a>
        ) : null}{' '}
        <a href="/wallet/top-ups">{t('payments.topup.back')}</a>
      </p>
    </Layout>
  );
}

export function SimulatorPage({ ctx, topUp, minutes }: { ctx: PageCtx; topUp: TopUpView; minutes: number }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('payments.simulator.title')}>
      <p class="alert" role="note">
        {t('payments.simulator.warning')}
      </p>
      <h1>{t('payments.simulator.title')}</h1>
      <p>{t('payments.simulator.paying', { amount: formatMoney(ctx.locale, topUp.amount), reference: ltr(topUp.reference) })}</p>
      <p class="muted">{t('payments.simulator.explain', { minutes })}</p>
      <div class="actions">
        <PostButton ctx={ctx} action={`/simulator/checkout/${topUp.id}/succeed`} label={t('payments.simulator.succeed')} cls="" />
        <PostButton ctx={ctx} action={`/simulator/checkout/${topUp.id}/fail`} label={t('payments.simulator.fail')} cls="danger" />
        <PostButton ctx={ctx} action={`/simulator/checkout/${topUp.id}/timeout`} label={t('payments.simulator.timeout')} cls="secondary" />
      </div>
    </Layout>
  );
}

function Preview({ ctx, result, csv }: { ctx: PageCtx; result: StatementResult; csv: string }) {
  const { t } = ctx;
  const applicable = result.lines.filter((l) => l.status === 'matched').length;
  const line = (l: StatementLine) => l.line;
  return (
    <section aria-labelledby="preview-h">
      <h2 id="preview-h">{t('payments.admin.preview')}</h2>
      <p>{t('payments.admin.counts', { ...result.counts })}</p>
      {result.applied.length || result.refused.length ? (
        <p class="flash" role="status">
          {t('payments.admin.applied', { applied: result.applied.filter((a) => !a.replayed).length, replayed: result.applied.filter((a) => a.replayed).length, refused: result.refused.length })}
        </p>
      ) : null}
      {result.problems.length ? (
        <ul>
          {result.problems.map((p) => (
            <li class="error">{t('payments.admin.problem', { line: p.line, field: p.field, message: t(p.key, { min: '', max: '' }) })}</li>
          ))}
        </ul>
      ) : null}
      <form method="post" action="/admin/payments/import" class="stack">
        <CsrfField ctx={ctx} />
        <input type="hidden" name="confirm" value="1" />
        <input type="hidden" name="csv" value={csv} />
        <table class="stack">
          <thead>
            <tr>
              <th scope="col">{t('payments.col.line')}</th>
              <th scope="col">{t('payments.col.date')}</th>
              <th scope="col">{t('payments.col.amount')}</th>
              <th scope="col">{t('payments.col.reference_text')}</th>
              <th scope="col">{t('payments.col.bank_txn_id')}</th>
              <th scope="col">{t('payments.col.top_up')}</th>
              <th scope="col">{t('payments.col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {result.lines.map((l) => (
              <tr>
                <td data-label={t('payments.col.line')}>{line(l)}</td>
                <td data-label={t('payments.col.date')}>{formatDay(ctx.locale, l.date)}</td>
                <td data-label={t('payments.col.amount')}>{amount(ctx, l.amount)}</td>
                {/* Shown as text, whatever it looks like (a formula is never evaluated here). */}
                <td data-label={t('payments.col.reference_text')} dir="auto">{l.reference}</td>
                <td data-label={t('payments.col.bank_txn_id')}>
                  <code dir="ltr">{l.bankTxnId}</code>
                </td>
                <td data-label={t('payments.col.top_up')}>
                  {l.topUp ? (
                    <>
                      {ref(l.topUp.reference)} · <span dir="auto">{l.topUp.clientName}</span> · {amount(ctx, l.topUp.amount)}
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td data-label={t('payments.col.status')}>
                  <span class={`badge status-${l.status}`}>{t(`payments.line.${l.status}`)}</span>
                  {l.status === 'amount_differs' ? (
                    <label class="choice">
                      <input type="checkbox" name="accept_different_amounts" value={l.bankTxnId} />
                      <span>{t('payments.admin.accept_different')}</span>
                    </label>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="submit">{t('payments.admin.confirm_submit', { n: applicable })}</button>
      </form>
    </section>
  );
}

export function AdminPaymentsPage({
  ctx,
  overview,
  match,
  statement,
  result,
  bank,
}: {
  ctx: PageCtx;
  overview: AdminPaymentsOverview;
  match: FormState;
  statement: FormState;
  result: StatementResult | null;
  bank: BankDetails | null;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('payments.admin.title')} wide>
      <h1>{t('payments.admin.title')}</h1>
      <p>{t('admin.intro')}</p>
      {bank ? <BankAccount ctx={ctx} bank={bank} /> : <p class="alert">{t('payments.bank.not_configured')}</p>}
      <h2>{t('payments.admin.pending')}</h2>
      {overview.pending.length === 0 ? (
        <p class="muted">{t('payments.admin.pending_empty')}</p>
      ) : (
        <table class="stack">
          <thead>
            <tr>
              <th scope="col">{t('payments.col.date')}</th>
              <th scope="col">{t('payments.col.reference')}</th>
              <th scope="col">{t('payments.col.client')}</th>
              <th scope="col">{t('payments.col.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.pending.map((p) => (
              <tr>
                <td data-label={t('payments.col.date')}>{formatDateTime(ctx.locale, p.createdAt)}</td>
                <td data-label={t('payments.col.reference')}>{ref(p.reference)}</td>
                <td data-label={t('payments.col.client')}>
                  <span dir="auto">{p.clientName}</span> <span class="muted">{p.clientEmail}</span>
                </td>
                <td data-label={t('payments.col.amount')}>{amount(ctx, p.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('payments.admin.match')}</h2>
      <Form ctx={ctx} action="/admin/payments/match" state={match}>
        <Field ctx={ctx} state={match} name="reference" label={t('payments.field.reference')} hint={t('payments.field.reference_hint')} maxlength={200} dir="ltr" required />
        <Field ctx={ctx} state={match} name="amount" label={t('payments.field.received_amount')} inputmode="decimal" maxlength={40} required />
        <Select ctx={ctx} state={match} name="currency" label={t('payments.field.currency')} options={CURRENCIES.map((c) => ({ value: c, label: t(`payments.currency.${c}`) }))} fallback="PKR" />
        <Field ctx={ctx} state={match} name="received_on" label={t('payments.field.received_on')} hint={t('payments.field.received_on_hint')} maxlength={20} dir="ltr" required />
        <Field ctx={ctx} state={match} name="bank_txn_id" label={t('payments.field.bank_txn_id')} hint={t('payments.field.bank_txn_id_hint')} maxlength={100} dir="ltr" required />
        <button type="submit">{t('payments.admin.match_submit')}</button>
      </Form>

      <h2>{t('payments.admin.import')}</h2>
      <p class="hint">{t('payments.admin.import_hint')}</p>
      <form method="post" action="/admin/payments/import" enctype="multipart/form-data" class="stack" novalidate>
        <CsrfField ctx={ctx} />
        {statement.message ? (
          <p class="alert" role="alert">
            {statement.message}
          </p>
        ) : null}
        <div class="field">
          <label for="statement">{t('payments.field.statement_file')}</label>
          <input id="statement" name="statement" type="file" accept=".csv,text/csv" />
        </div>
        <TextArea ctx={ctx} state={statement} name="csv" label={t('payments.field.statement_text')} maxlength={200_000} rows={6} />
        <button type="submit">{t('payments.admin.preview_submit')}</button>
      </form>
      {result ? <Preview ctx={ctx} result={result} csv={value(statement, 'csv')} /> : null}

      <h2>{t('payments.admin.recent')}</h2>
      {overview.recentTransfers.length === 0 ? (
        <p class="muted">{t('payments.admin.recent_empty')}</p>
      ) : (
        <table class="stack">
          <thead>
            <tr>
              <th scope="col">{t('payments.col.received_on')}</th>
              <th scope="col">{t('payments.col.reference')}</th>
              <th scope="col">{t('payments.col.bank_txn_id')}</th>
              <th scope="col">{t('payments.col.amount')}</th>
              <th scope="col">{t('payments.col.source')}</th>
              <th scope="col">{t('payments.col.matched_by')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.recentTransfers.map((r) => (
              <tr>
                <td data-label={t('payments.col.received_on')}>{formatDay(ctx.locale, r.receivedOn)}</td>
                <td data-label={t('payments.col.reference')}>{ref(r.reference)}</td>
                <td data-label={t('payments.col.bank_txn_id')}>
                  <code dir="ltr">{r.bankTxnId}</code>
                </td>
                <td data-label={t('payments.col.amount')}>{amount(ctx, r.amount)}</td>
                <td data-label={t('payments.col.source')}>{t(`payments.source.${r.source}`)}</td>
                <td data-label={t('payments.col.matched_by')} dir="auto">{r.matchedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
