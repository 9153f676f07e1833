// The payout pages: /payouts (balances, earnings on hold, methods, withdraw, history) for freelancers
// and for clients withdrawing unused balance, adding a method (one page per
// kind, chosen by a plain link, so it works with JavaScript off), the confirmation page that shows
// the fee and what arrives before anything moves, and the admins' batch pages.
import { Field, Form, type FormState, PostButton, Radios, Select, value } from '../platform/form-views.tsx';
import { formatDate, formatDateTime, isolate, ltr } from '../platform/format.ts';
import { CsrfField, Layout, type PageCtx } from '../platform/layout.tsx';
import { CURRENCIES, formatMoney, type Money, subtract } from '../platform/money.ts';
import { CHANNEL_FEES, canCancel, MAX_PAYOUT_METHODS, PAYOUT_CHANNELS, type PayoutChannel, WITHDRAWAL_MINIMUM, type WithdrawalSource, type WithdrawalStatus } from './domain.ts';
import type { AdminWithdrawal, BatchSummary, HoldView, MethodView, QueueLine, SourceBalance, WithdrawalPreview, WithdrawalView } from './service.ts';

const statusBadge = (ctx: PageCtx, s: WithdrawalStatus) => <span class={`badge status-${s}`}>{ctx.t(`payouts.status.${s}`)}</span>;

/** A method as a person recognises it: kind, masked destination, account title, bank. */
function MethodLabel({ ctx, m }: { ctx: PageCtx; m: MethodView }) {
  const { t, locale } = ctx;
  return (
    <>
      <strong>{t(`payouts.channel.${m.channel}`)}</strong> <bdi dir="ltr">{m.masked}</bdi> · <bdi>{m.accountTitle}</bdi>
      {m.channel === 'bank' ? <> · {m.bank ? (locale === 'ur' ? m.bank.ur : m.bank.en) : <span class="muted">{t('payouts.bank_unknown')}</span>}</> : null}
    </>
  );
}

const methodOption = (ctx: PageCtx, m: MethodView) => {
  const bank = m.channel === 'bank' ? ` · ${m.bank ? (ctx.locale === 'ur' ? m.bank.ur : m.bank.en) : ctx.t('payouts.bank_unknown')}` : '';
  // An <option> holds text only: the masked number and the account title are isolated in the string.
  return `${ctx.t(`payouts.channel.${m.channel}`)} ${ltr(m.masked)} · ${isolate(m.accountTitle)}${bank}`;
};

function FeesTable({ ctx }: { ctx: PageCtx }) {
  const { t, locale } = ctx;
  return (
    <table class="stack">
      <caption>{t('payouts.fees_title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('payouts.col.method')}</th>
          {CURRENCIES.map((c) => (
            <th scope="col">{t(`payouts.currency.${c}`)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {PAYOUT_CHANNELS.map((ch) => (
          <tr>
            <th scope="row">{t(`payouts.channel.${ch}`)}</th>
            {CURRENCIES.map((c) => {
              const fee = CHANNEL_FEES[ch][c];
              return <td data-label={t(`payouts.currency.${c}`)}>{!fee ? t('payouts.fee_unavailable') : fee.amount === 0n ? t('payouts.fee_free') : formatMoney(locale, fee)}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Earnings on hold, each with the day it clears: shown on /payouts and /wallet. */
export function HoldsList({ ctx, holds, holdDays }: { ctx: PageCtx; holds: HoldView[]; holdDays: number }) {
  const { t, locale } = ctx;
  return (
    <>
      <p>{t('payouts.holds.rule', { n: holdDays })}</p>
      {holds.length === 0 ? (
        <p class="muted">{t('payouts.holds.none')}</p>
      ) : (
        <ul class="invites">
          {holds.map((h) => (
            <li>
              {t('payouts.holds.line', { amount: formatMoney(locale, h.amount, { decimals: 'always' }), date: formatDate(locale, h.clearsAt) })}{' '}
              <span class="muted">
                ·{' '}
                <a href={`/orders/${h.orderId}`} dir="ltr">
                  {h.orderNumber}
                </a>
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export interface PayoutsPageProps {
  ctx: PageCtx;
  /** The balances this person may withdraw from, per currency (earnings, wallet or both). */
  balances: SourceBalance[];
  holds: HoldView[];
  holdDays: number;
  methods: MethodView[];
  withdrawals: WithdrawalView[];
  form: FormState;
  idempotencyKey: string;
}

export function PayoutsPage(props: PayoutsPageProps) {
  const { ctx, balances, holds, methods, withdrawals, form } = props;
  const { t, locale } = ctx;
  const defaultMethod = methods.find((m) => m.isDefault)?.id ?? '';
  const sources = [...new Set(balances.map((b) => b.source))];
  const onlyWallet = sources.length === 1 && sources[0] === 'wallet';
  const title = t(onlyWallet ? 'payouts.title_wallet' : 'payouts.title');
  const sourceLabel = (s: WithdrawalSource) => t(`payouts.source.${s}`);
  // The balance the form picks first: the one chosen before, else the first with money in it.
  const firstWithMoney = balances.find((b) => b.balance.amount > 0n)?.source ?? sources[0] ?? 'earnings';
  return (
    <Layout ctx={ctx} title={title} wide>
      <h1>{title}</h1>
      <p>{t(onlyWallet ? 'payouts.intro_wallet' : 'payouts.intro')}</p>
      {sources.includes('wallet') ? <p class="muted">{t('payouts.wallet_note')}</p> : null}

      <section aria-labelledby="balance-h" class="card">
        <h2 id="balance-h">{t('payouts.balance_title')}</h2>
        <dl class="summary">
          {balances.map((b) => (
            <>
              <dt>{sources.length > 1 ? t('payouts.balance_line', { source: sourceLabel(b.source), currency: t(`payouts.currency.${b.balance.currency}`) }) : t(`payouts.currency.${b.balance.currency}`)}</dt>
              <dd>{formatMoney(locale, b.balance, { decimals: 'always' })}</dd>
            </>
          ))}
        </dl>
      </section>

      {sources.includes('earnings') ? (
        <section aria-labelledby="holds-h">
          <h2 id="holds-h">{t('payouts.holds.title')}</h2>
          <HoldsList ctx={ctx} holds={holds} holdDays={props.holdDays} />
        </section>
      ) : null}

      <section aria-labelledby="withdraw-h">
        <h2 id="withdraw-h">{t('payouts.withdraw_title')}</h2>
        <p>{t('payouts.withdraw_rules', { pkr: formatMoney(locale, WITHDRAWAL_MINIMUM.PKR), usd: formatMoney(locale, WITHDRAWAL_MINIMUM.USD) })}</p>
        <FeesTable ctx={ctx} />
        <p class="muted">{t('payouts.fees_note')}</p>
        {methods.length === 0 ? (
          <p>{t('payouts.need_method')}</p>
        ) : (
          <Form ctx={ctx} action="/payouts/withdraw/review" state={form}>
            <input type="hidden" name="idempotency_key" value={props.idempotencyKey} />
            {sources.length > 1 ? (
              <Radios ctx={ctx} state={{ ...form, values: { source: value(form, 'source') || firstWithMoney, ...form.values } }} name="source" legend={t('payouts.field.source')} options={sources.map((s) => ({ value: s, label: sourceLabel(s) }))} />
            ) : (
              <input type="hidden" name="source" value={sources[0] ?? 'earnings'} />
            )}
            <Select ctx={ctx} state={form} name="method_id" label={t('payouts.field.method')} options={methods.map((m) => ({ value: m.id, label: methodOption(ctx, m) }))} fallback={defaultMethod} />
            <Field ctx={ctx} state={form} name="amount" label={t('payouts.field.amount')} inputmode="decimal" maxlength={40} dir="ltr" required />
            <Radios ctx={ctx} state={{ ...form, values: { currency: value(form, 'currency') || 'PKR', ...form.values } }} name="currency" legend={t('payouts.field.currency')} options={CURRENCIES.map((c) => ({ value: c, label: t(`payouts.currency.${c}`) }))} />
            <button type="submit">{t('payouts.review_submit')}</button>
          </Form>
        )}
      </section>

      <section aria-labelledby="methods-h">
        <h2 id="methods-h">{t('payouts.methods_title')}</h2>
        {methods.length === 0 ? (
          <p class="muted">{t('payouts.methods_empty')}</p>
        ) : (
          <ul class="invites">
            {methods.map((m) => (
              <li>
                <MethodLabel ctx={ctx} m={m} /> {m.isDefault ? <span class="badge">{t('payouts.default')}</span> : null}
                <div class="actions">
                  {m.isDefault ? null : <PostButton ctx={ctx} action={`/payouts/methods/${m.id}/default`} label={t('payouts.make_default')} />}
                  <PostButton ctx={ctx} action={`/payouts/methods/${m.id}/remove`} label={t('payouts.remove')} />
                </div>
              </li>
            ))}
          </ul>
        )}
        {methods.length < MAX_PAYOUT_METHODS ? (
          <p>
            <a class="button secondary" href="/payouts/methods/new">
              {t('payouts.add_title')}
            </a>
          </p>
        ) : (
          <p class="muted">{t('payouts.methods_limit', { limit: MAX_PAYOUT_METHODS })}</p>
        )}
      </section>

      <section aria-labelledby="history-h">
        <h2 id="history-h">{t('payouts.history_title')}</h2>
        {withdrawals.length === 0 ? (
          <p class="muted">{t('payouts.history_empty')}</p>
        ) : (
          <table class="stack">
            <thead>
              <tr>
                <th scope="col">{t('payouts.col.date')}</th>
                <th scope="col">{t('payouts.col.amount')}</th>
                <th scope="col">{t('payouts.col.to')}</th>
                <th scope="col">{t('payouts.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {withdrawals.map((w) => (
                <tr id={`w-${w.id}`}>
                  <td data-label={t('payouts.col.date')}>
                    {formatDate(locale, w.createdAt)}
                    <br />
                    <span class="muted">{t('payouts.history.reference', { reference: ltr(w.reference) })}</span>
                  </td>
                  <td data-label={t('payouts.col.amount')}>
                    {formatMoney(locale, w.amount, { decimals: 'always' })}
                    {w.fee.amount > 0n ? <span class="muted"> ({t('payouts.history.fee', { fee: formatMoney(locale, w.fee, { decimals: 'always' }) })})</span> : null}
                  </td>
                  <td data-label={t('payouts.col.to')}>
                    {t(`payouts.channel.${w.channel}`)} <bdi dir="ltr">{w.masked}</bdi>
                    {sources.length > 1 ? <p class="muted">{t('payouts.history.from', { source: sourceLabel(w.source) })}</p> : null}
                  </td>
                  <td data-label={t('payouts.col.status')}>
                    {statusBadge(ctx, w.status)}
                    {w.status === 'paid' && w.bankReference ? <p class="muted">{t('payouts.history.bank_reference', { reference: ltr(w.bankReference) })}</p> : null}
                    {w.status === 'failed' && w.failureReason ? <p>{t('payouts.history.failed_reason', { reason: w.failureReason })}</p> : null}
                    {canCancel(w.status) ? (
                      <>
                        <PostButton ctx={ctx} action={`/payouts/withdrawals/${w.id}/cancel`} label={t('payouts.history.cancel')} />
                        <p class="muted">{t('payouts.history.cancel_note')}</p>
                      </>
                    ) : null}
                    <p class="muted">
                      <a href={`/payouts/withdrawals/${w.id}/receipt.pdf`}>{t('receipts.link')}</a>
                    </p>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </Layout>
  );
}

/** Step one: which kind of method (links, so no script is needed to show the right fields). */
export function ChooseChannelPage({ ctx }: { ctx: PageCtx }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('payouts.add_title')}>
      <h1>{t('payouts.add_title')}</h1>
      <p>{t('payouts.add_choose')}</p>
      <ul class="invites">
        {PAYOUT_CHANNELS.map((ch) => (
          <li>
            <a href={`/payouts/methods/new?channel=${ch}`}>{t(`payouts.channel.${ch}`)}</a> <span class="muted">— {t(`payouts.channel_hint.${ch}`)}</span>
          </li>
        ))}
      </ul>
      <p>
        <a href="/payouts">{t('payouts.title')}</a>
      </p>
    </Layout>
  );
}

/** Step two: the fields of one kind of method. */
export function AddMethodPage({ ctx, channel, state }: { ctx: PageCtx; channel: PayoutChannel; state: FormState }) {
  const { t } = ctx;
  const title = t('payouts.add_page_title', { channel: t(`payouts.channel.${channel}`) });
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>{t(`payouts.channel_hint.${channel}`)}</p>
      <Form ctx={ctx} action="/payouts/methods" state={state}>
        <input type="hidden" name="channel" value={channel} />
        <Field ctx={ctx} state={state} name="account_title" label={t('payouts.field.account_title')} hint={t('payouts.field.account_title_hint')} maxlength={80} autocomplete="name" required />
        {channel === 'bank' ? <Field ctx={ctx} state={state} name="iban" label={t('payouts.field.iban')} hint={t('payouts.field.iban_hint')} maxlength={60} dir="ltr" autocomplete="off" required /> : null}
        {channel === 'raast' || channel === 'jazzcash' || channel === 'easypaisa' ? (
          <Field ctx={ctx} state={state} name="mobile" type="tel" label={t('payouts.field.mobile')} hint={t('payouts.field.mobile_hint')} maxlength={40} dir="ltr" inputmode="tel" autocomplete="tel" required />
        ) : null}
        {channel === 'payoneer' ? <Field ctx={ctx} state={state} name="email" type="email" label={t('payouts.field.email')} maxlength={254} dir="ltr" inputmode="email" autocomplete="email" required /> : null}
        <button type="submit">{t('payouts.add_submit')}</button>
      </Form>
      <p>
        <a href="/payouts/methods/new">{t('payouts.add_other')}</a>
      </p>
    </Layout>
  );
}

/** Step two of a withdrawal: what leaves the balance, the fee and what arrives, before it moves. */
export function ReviewWithdrawalPage({ ctx, preview, amountText, idempotencyKey }: { ctx: PageCtx; preview: WithdrawalPreview; amountText: string; idempotencyKey: string }) {
  const { t, locale } = ctx;
  const { quote, method, balance, source } = preview;
  const show = (m: Money) => formatMoney(locale, m, { decimals: 'always' });
  return (
    <Layout ctx={ctx} title={t('payouts.review_title')}>
      <h1>{t('payouts.review_title')}</h1>
      <dl class="summary">
        <dt>{t(`payouts.review.amount_from.${source}`)}</dt>
        <dd>{show(quote.amount)}</dd>
        <dt>{t('payouts.review.fee')}</dt>
        <dd>{quote.fee.amount === 0n ? t('payouts.fee_free') : show(quote.fee)}</dd>
        <dt>{t('payouts.review.net')}</dt>
        <dd>
          <strong>{show(quote.net)}</strong>
        </dd>
        <dt>{t('payouts.review.to')}</dt>
        <dd>
          <MethodLabel ctx={ctx} m={method} />
        </dd>
        <dt>{t('payouts.review.balance_after')}</dt>
        <dd>{show(subtract(balance, quote.amount))}</dd>
      </dl>
      <p class="muted">{t('payouts.review.note')}</p>
      <form method="post" action="/payouts/withdraw" class="actions">
        <CsrfField ctx={ctx} />
        <input type="hidden" name="idempotency_key" value={idempotencyKey} />
        <input type="hidden" name="method_id" value={method.id} />
        <input type="hidden" name="source" value={source} />
        <input type="hidden" name="amount" value={amountText} />
        <input type="hidden" name="currency" value={quote.amount.currency} />
        <button type="submit">{t('payouts.confirm')}</button>
        <a class="button secondary" href="/payouts">
          {t('payouts.change')}
        </a>
      </form>
    </Layout>
  );
}

// --- Admin --------------------------------------------------------------------------------------

export function AdminPayoutsPage({ ctx, waiting, batches }: { ctx: PageCtx; waiting: QueueLine[]; batches: BatchSummary[] }) {
  const { t, locale } = ctx;
  const channels = [...new Set(waiting.map((w) => w.channel))];
  return (
    <Layout ctx={ctx} title={t('payouts.admin.title')} wide>
      <h1>{t('payouts.admin.title')}</h1>
      <p class="muted">{t('admin.intro')}</p>
      <h2>{t('payouts.admin.waiting_title')}</h2>
      {waiting.length === 0 ? (
        <p class="muted">{t('payouts.admin.waiting_empty')}</p>
      ) : (
        <table class="stack">
          <thead>
            <tr>
              <th scope="col">{t('payouts.admin.col.channel')}</th>
              <th scope="col">{t('payouts.admin.col.count')}</th>
              <th scope="col">{t('payouts.admin.col.total')}</th>
              <th scope="col">{t('payouts.admin.col.action')}</th>
            </tr>
          </thead>
          <tbody>
            {channels.map((ch) => {
              const lines = waiting.filter((w) => w.channel === ch);
              return (
                <tr>
                  <th scope="row">{t(`payouts.channel.${ch}`)}</th>
                  <td data-label={t('payouts.admin.col.count')}>{lines.reduce((n, l) => n + l.count, 0)}</td>
                  <td data-label={t('payouts.admin.col.total')}>{lines.map((l) => formatMoney(locale, l.total, { decimals: 'always' })).join(' + ')}</td>
                  <td data-label={t('payouts.admin.col.action')}>
                    <form method="post" action="/admin/payouts/batches">
                      <CsrfField ctx={ctx} />
                      <input type="hidden" name="channel" value={ch} />
                      <button type="submit" class="small">
                        {t('payouts.admin.create_batch')}
                      </button>
                    </form>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h2>{t('payouts.admin.batches_title')}</h2>
      {batches.length === 0 ? (
        <p class="muted">{t('payouts.admin.batches_empty')}</p>
      ) : (
        <table class="stack">
          <thead>
            <tr>
              <th scope="col">{t('payouts.admin.col.created')}</th>
              <th scope="col">{t('payouts.admin.col.channel')}</th>
              <th scope="col">{t('payouts.admin.col.count')}</th>
              <th scope="col">{t('payouts.admin.col.progress')}</th>
            </tr>
          </thead>
          <tbody>
            {batches.map((b) => (
              <tr>
                <td data-label={t('payouts.admin.col.created')}>
                  <a href={`/admin/payouts/batches/${b.id}`}>{formatDateTime(locale, b.createdAt)}</a>
                </td>
                <td data-label={t('payouts.admin.col.channel')}>{t(`payouts.channel.${b.channel}`)}</td>
                <td data-label={t('payouts.admin.col.count')}>{b.count}</td>
                <td data-label={t('payouts.admin.col.progress')}>
                  {b.open} / {b.paid} / {b.failed}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

/** One row's "mark paid" or "mark failed" form; ids carry the withdrawal's id, so many rows can share a page. */
function SettleForm({ ctx, w, kind, state }: { ctx: PageCtx; w: AdminWithdrawal; kind: 'paid' | 'failed'; state: FormState }) {
  const { t } = ctx;
  const name = kind === 'paid' ? 'reference' : 'reason';
  const id = `${name}-${w.id}`;
  const error = state.errors[name];
  return (
    <form method="post" action={`/admin/payouts/withdrawals/${w.id}/${kind}`} class="stack" novalidate>
      <CsrfField ctx={ctx} />
      <input type="hidden" name="batch_id" value={w.batchId ?? ''} />
      <div class="field">
        <label for={id}>{t(kind === 'paid' ? 'payouts.admin.reference' : 'payouts.admin.reason')}</label>
        <input id={id} name={name} type="text" value={value(state, name)} maxlength={kind === 'paid' ? 100 : 300} dir={kind === 'paid' ? 'ltr' : 'auto'} required aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined} />
        {error ? (
          <p class="error" id={`${id}-error`}>
            {t(error.key, error.params)}
          </p>
        ) : null}
      </div>
      <button type="submit" class={kind === 'paid' ? 'small' : 'small danger'}>
        {t(kind === 'paid' ? 'payouts.admin.mark_paid' : 'payouts.admin.mark_failed')}
      </button>
    </form>
  );
}

export function AdminBatchPage({ ctx, batch, withdrawals, forms }: { ctx: PageCtx; batch: BatchSummary; withdrawals: AdminWithdrawal[]; forms?: { id: string; state: FormState } }) {
  const { t, locale } = ctx;
  const title = t('payouts.admin.batch_title', { channel: t(`payouts.channel.${batch.channel}`) });
  return (
    <Layout ctx={ctx} title={title} wide>
      <h1>{title}</h1>
      <p class="muted">{t('payouts.admin.batch_created_on', { date: formatDateTime(locale, batch.createdAt) })}</p>
      {forms?.state.message ? (
        <p class="alert" role="alert">
          {forms.state.message}
        </p>
      ) : null}
      {batch.open > 0 ? (
        <>
          <p>
            <a class="button" href={`/admin/payouts/batches/${batch.id}/export.csv`} download>
              {t('payouts.admin.export')}
            </a>
          </p>
          <p class="muted">{t('payouts.admin.export_note')}</p>
        </>
      ) : null}
      <table class="stack">
        <thead>
          <tr>
            <th scope="col">{t('payouts.admin.col.person')}</th>
            <th scope="col">{t('payouts.col.to')}</th>
            <th scope="col">{t('payouts.admin.col.amount')}</th>
            <th scope="col">{t('payouts.col.status')}</th>
            <th scope="col">{t('payouts.admin.col.action')}</th>
          </tr>
        </thead>
        <tbody>
          {withdrawals.map((w) => {
            const state = forms && forms.id === w.id ? forms.state : { values: {}, errors: {} };
            return (
              <tr id={`w-${w.id}`}>
                <td data-label={t('payouts.admin.col.person')}>
                  <bdi>{w.freelancer.displayName}</bdi>
                  <br />
                  <span class="muted">{t('payouts.history.reference', { reference: ltr(w.reference) })}</span>
                  <br />
                  <span class="muted">{t(`payouts.admin.source.${w.source}`)}</span>
                </td>
                <td data-label={t('payouts.col.to')}>
                  <bdi dir="ltr">{w.masked}</bdi> · <bdi>{w.accountTitle}</bdi>
                </td>
                <td data-label={t('payouts.admin.col.amount')}>{formatMoney(locale, w.net, { decimals: 'always' })}</td>
                <td data-label={t('payouts.col.status')}>
                  {statusBadge(ctx, w.status)}
                  {w.bankReference ? <p class="muted">{t('payouts.history.bank_reference', { reference: ltr(w.bankReference) })}</p> : null}
                  {w.failureReason ? <p class="muted">{w.failureReason}</p> : null}
                </td>
                <td data-label={t('payouts.admin.col.action')}>
                  {w.status === 'in_batch' ? (
                    <>
                      <SettleForm ctx={ctx} w={w} kind="paid" state={state} />
                      <SettleForm ctx={ctx} w={w} kind="failed" state={state} />
                    </>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        <a href="/admin/payouts">{t('payouts.admin.back')}</a>
      </p>
    </Layout>
  );
}
