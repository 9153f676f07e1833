// Contract pages: /contracts (list) and /contracts/:id (milestones or weeks, time logged, actions).
import { ConversationLink } from '../messages/views.tsx';
import { Field, Form, type FormState, TextArea } from '../platform/form-views.tsx';
import { formatDate, formatDateTime, isolate } from '../platform/format.ts';
import { CsrfField, Layout, type PageCtx } from '../platform/layout.tsx';
import { formatMoney, type Money, money } from '../platform/money.ts';
import { type ContractView, NOTE_MAX } from './contracts.ts';
import { OrderRef } from './views.tsx';

const hours = (minutes: number) => (Math.round((minutes / 60) * 100) / 100).toString();

export function ContractPage({ ctx, c, timeForm }: { ctx: PageCtx; c: ContractView; timeForm: FormState }) {
  const { t } = ctx;
  const running = c.orders.find((o) => o.state === 'in_progress' && c.kind === 'hourly');
  const other = c.viewerSide === 'client' ? c.freelancer : c.client;
  return (
    <Layout ctx={ctx} title={c.title} wide>
      <article class="gig">
        <h1 dir="auto">{c.title}</h1>
        <p>
          <a href={`/u/${encodeURIComponent(other.handle)}`}>{t('orders.with', { name: isolate(other.displayName) })}</a> · <a href={`/jobs/${c.jobId}`}>{t('contracts.page.from_job')}</a>
        </p>
        <p>{c.kind === 'hourly' && c.rate ? t('contracts.page.kind.hourly', { rate: formatMoney(ctx.locale, c.rate), hours: c.weeklyHours ?? 0 }) : t('contracts.page.kind.fixed')}</p>
        <ConversationLink ctx={ctx} href={`/contracts/${c.id}/conversation`} />
        {c.status === 'ended' ? <p class="alert">{t('contracts.page.ended')}</p> : null}
        <ContractMoney ctx={ctx} c={c} />
        <section aria-labelledby="parts-heading">
          <h2 id="parts-heading">{c.kind === 'hourly' ? t('contracts.page.weeks') : t('contracts.page.milestones')}</h2>
          <p class="muted">{c.kind === 'hourly' ? t('contracts.page.week_note') : t('contracts.page.milestone_note')}</p>
          <ol class="invites">
            {c.orders.map((o) => (
              <li>
                <a href={`/orders/${o.id}`} dir="auto">
                  {o.title}
                </a>{' '}
                <span class="muted">
                  · <OrderRef number={o.number} /> · {t(`orders.state.${o.state}`)} · {formatMoney(ctx.locale, o.amount)}
                  {c.kind === 'hourly' ? <> · {t('contracts.page.logged', { hours: hours(o.minutesLogged) })}</> : null}
                  {o.weekEndsAt && o.state === 'in_progress' ? <> · {t('contracts.page.week_ends', { date: formatDateTime(ctx.locale, o.weekEndsAt) })}</> : null}
                  {o.billed ? <> · {t('contracts.page.billed', { amount: formatMoney(ctx.locale, o.billed) })}</> : null}
                  {/* Each completed part is reviewed on its own (src/reviews, decision 0050). */}
                  {o.state === 'completed' ? (
                    <>
                      {' · '}
                      <a href={`/orders/${o.id}/review`}>{t('reviews.title')}</a>
                    </>
                  ) : null}
                </span>
              </li>
            ))}
          </ol>
          {c.canFundWeek ? (
            <form method="post" action={`/contracts/${c.id}/weeks`}>
              <CsrfField ctx={ctx} />
              <button type="submit">{t('contracts.page.open_week')}</button>
            </form>
          ) : null}
        </section>
        {c.kind === 'hourly' ? (
          <section aria-labelledby="time-heading">
            <h2 id="time-heading">{t('contracts.page.time')}</h2>
            {running && c.viewerSide === 'freelancer' ? (
              <Form ctx={ctx} action={`/orders/${running.id}/time`} state={timeForm}>
                <Field ctx={ctx} state={timeForm} name="work_date" type="date" label={t('contracts.field.work_date')} dir="ltr" />
                <Field ctx={ctx} state={timeForm} name="hours" label={t('contracts.field.hours')} inputmode="decimal" dir="ltr" maxlength={6} />
                <TextArea ctx={ctx} state={timeForm} name="note" label={t('contracts.field.note')} maxlength={NOTE_MAX} rows={2} />
                <button type="submit">{t('contracts.page.log_time')}</button>
              </Form>
            ) : null}
            {c.time.length === 0 ? (
              <p class="muted">{t('contracts.page.no_time')}</p>
            ) : (
              <ul class="invites">
                {c.time.map((e) => (
                  <li>
                    <span dir="ltr">{e.workDate}</span> · {t('contracts.page.logged', { hours: hours(e.minutes) })}
                    {e.note ? (
                      <>
                        {' · '}
                        <bdi>{e.note}</bdi>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ) : null}
      </article>
    </Layout>
  );
}

/**
 * The contract's money at a glance (contractTotals): its total, what is funded, released and still
 * to fund, and the next part waiting for the client, with the way to fund it.
 */
function ContractMoney({ ctx, c }: { ctx: PageCtx; c: ContractView }) {
  const { t, locale } = ctx;
  const m = (x: Money) => <bdi>{formatMoney(locale, x)}</bdi>;
  const hourly = c.kind === 'hourly';
  const next = c.orders.find((o) => o.state === 'awaiting_payment');
  const planned = money(
    c.orders.reduce((acc, o) => acc + o.amount.amount, 0n),
    c.currency,
  );
  return (
    <section aria-labelledby="money-heading" class="contract-money">
      <h2 id="money-heading">{t('contracts.money.title')}</h2>
      <dl class="summary">
        <dt>{t(hourly ? 'contracts.money.total_hourly' : 'contracts.money.total')}</dt>
        <dd>
          <strong>{m(c.totals.total)}</strong>
        </dd>
        <dt>{t('contracts.money.funded')}</dt>
        <dd>{m(c.totals.funded)}</dd>
        <dt>{t('contracts.money.released')}</dt>
        <dd>{m(c.totals.released)}</dd>
        <dt>{t('contracts.money.to_fund')}</dt>
        <dd>{m(c.totals.toFund)}</dd>
      </dl>
      <p class="hint">{t(hourly ? 'contracts.money.note_hourly' : 'contracts.money.note')}</p>
      {c.agreedPrice && c.agreedPrice.amount !== planned.amount ? (
        <p class="alert">{t('contracts.money.mismatch', { price: isolate(formatMoney(locale, c.agreedPrice)), sum: isolate(formatMoney(locale, planned)) })}</p>
      ) : null}
      {next && c.status === 'active' ? (
        <p class="actions">
          <span>{t(c.viewerSide === 'client' ? 'contracts.next.client' : 'contracts.next.freelancer', { title: isolate(next.title), amount: isolate(formatMoney(locale, next.amount)) })}</span>
          {c.viewerSide === 'client' ? (
            <a class="button small" href={`/orders/${next.id}`}>
              {t('contracts.next.fund')}
            </a>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}

export function ContractsPage({ ctx, contracts }: { ctx: PageCtx; contracts: { id: string; title: string; kind: string; status: string; otherParty: string; createdAt: Date }[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('contracts.title')} wide>
      <h1>{t('contracts.title')}</h1>
      {contracts.length === 0 ? (
        <p class="muted">{t('contracts.empty')}</p>
      ) : (
        <ul class="gig-list">
          {contracts.map((c) => (
            <li>
              <a href={`/contracts/${c.id}`} dir="auto">
                {c.title}
              </a>{' '}
              <span class="muted">
                · <bdi>{c.otherParty}</bdi> · {formatDate(ctx.locale, c.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
