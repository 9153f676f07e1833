// Order pages: place an order for a package, one order (amounts, deadlines, timeline, what each side
// can do next), and the list of one's orders.
import { ConversationLink } from '../messages/views.tsx';
import type { GigView } from '../gigs/service.ts';
import { Form, type FormState, TextArea } from '../platform/form-views.tsx';
import { formatDate, formatDateTime, isolate } from '../platform/format.ts';
import { CsrfField, Layout, type PageCtx } from '../platform/layout.tsx';
import { formatMoney, type Money } from '../platform/money.ts';
import { type OrderAction, timeLeft } from './domain.ts';
import { ANSWER_MAX, MESSAGE_MAX, type OrderSummary, type OrderView, orderNumber, type PayConversion, type PaymentPlan } from './service.ts';
import { type DisplayCurrency, type EstimateRates, estimatePrice } from '../fx/domain.ts';
import { EstimateNote, formatEstimate, RateLine } from '../fx/views.tsx';
import type { OrderReviews } from '../reviews/service.ts';
import { OrderReviewBox } from '../reviews/views.tsx';
import { DisputeSection, FilesField, OpenDisputeForm, StepFiles, Timeline } from '../disputes/views.tsx';
import type { DisputeView } from '../disputes/service.ts';


function leftText(ctx: PageCtx, deadline: Date, now: Date): string {
  const left = timeLeft(now, deadline);
  return left ? ctx.t(`orders.left.${left.unit}`, { n: left.n }) : ctx.t('orders.left.passed');
}

/** An order's number as a reader sees it in a line: left to right and never broken at its hyphen. */
export function OrderRef({ number }: { number: string }) {
  return (
    <bdi dir="ltr" class="ref">
      {orderNumber(number)}
    </bdi>
  );
}

export function NewOrderPage({ ctx, gig, position, state }: { ctx: PageCtx; gig: GigView; position: number; state: FormState }) {
  const { t } = ctx;
  const pkg = gig.packages[position - 1]!;
  return (
    <Layout ctx={ctx} title={t('orders.new.title', { title: gig.title })}>
      <h1 dir="auto">{t('orders.new.title', { title: isolate(gig.title) })}</h1>
      <ul class="invites">
        <li>{t('orders.new.package', { name: isolate(pkg.name) })}</li>
        {pkg.price ? <li>{formatMoney(ctx.locale, pkg.price)}</li> : null}
        {pkg.delivery_days ? <li>{t('orders.new.delivery', { days: pkg.delivery_days })}</li> : null}
        <li>{pkg.revisions === -1 ? t('orders.new.revisions_unlimited') : t('orders.new.revisions', { n: pkg.revisions })}</li>
      </ul>
      <Form ctx={ctx} action="/orders" state={state}>
        <input type="hidden" name="gig" value={gig.slug} />
        <input type="hidden" name="package" value={String(position)} />
        {gig.questions.length ? <h2>{t('orders.new.questions')}</h2> : null}
        {gig.questions.map((q, i) => (
          <TextArea ctx={ctx} state={state} name={`answers.${i}`} label={`${q.question}${q.required ? ` ${t('orders.new.required')}` : ''}`} maxlength={ANSWER_MAX} rows={3} />
        ))}
        <p class="muted">{t('orders.new.note')}</p>
        <button type="submit">{t('orders.new.submit')}</button>
      </Form>
    </Layout>
  );
}

function Amounts({ ctx, o }: { ctx: PageCtx; o: OrderView }) {
  const { t } = ctx;
  const m = (x: Money) => formatMoney(ctx.locale, x, { decimals: 'always' });
  const client = o.viewerSide === 'client';
  return (
    <section aria-labelledby="amounts-heading">
      <h2 id="amounts-heading">{t('orders.page.amounts')}</h2>
      <dl class="summary">
        <dt>{client ? t('orders.page.you_pay') : t('orders.page.client_pays')}</dt>
        <dd>{m(o.fees.clientPays)}</dd>
        <dt>{client ? t('orders.page.freelancer_receives') : t('orders.page.you_receive')}</dt>
        <dd>{m(o.fees.freelancerReceives)}</dd>
        <dt>{t('orders.page.hunar_keeps')}</dt>
        <dd>{m(o.fees.hunarKeeps)}</dd>
      </dl>
      <p class="muted">{t('orders.page.fee_note')}</p>
    </section>
  );
}

/** The checkout summary's estimate: "About £45 (estimate)", with the rate behind it. */
function PayEstimate({ ctx, o, estimate }: { ctx: PageCtx; o: OrderView; estimate: { reader: DisplayCurrency; rates: EstimateRates } }) {
  const e = estimatePrice(o.fees.clientPays, estimate.reader, estimate.rates);
  if (!e) return null;
  return (
    <p class="muted estimate">
      {ctx.t('fx.estimate.about', { amount: formatEstimate(ctx.locale, e) })} <EstimateNote ctx={ctx} reader={estimate.reader} rates={estimate.rates} sellerCurrency={o.fees.clientPays.currency} />
    </p>
  );
}

/**
 * Convert and pay in one confirmed step: the client's balance in the order's currency falls short and
 * their other currency covers the rest. The button names what converts into what, at which rate;
 * the form carries that rate and amount, so a changed figure is refused and shown again.
 */
function ConvertAndPay({ ctx, o, plan, convert, idempotencyKey }: { ctx: PageCtx; o: OrderView; plan: PaymentPlan; convert: PayConversion; idempotencyKey: string }) {
  const { t } = ctx;
  const m = (x: Money) => formatMoney(ctx.locale, x, { decimals: 'always' });
  return (
    <section class="card" aria-labelledby="convert-pay-heading">
      <h3 id="convert-pay-heading">{t('orders.convert_pay.title')}</h3>
      <p>
        {t('orders.convert_pay.explain', { other: m(plan.otherBalance), from: m(convert.from), to: m(convert.to), rate: convert.rate.quoted, total: m(o.fees.clientPays) })}{' '}
        <span class="muted">
          (<RateLine ctx={ctx} rate={convert.rate} />)
        </span>
      </p>
      <form method="post" action={`/orders/${o.id}/pay`}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="idempotency_key" value={idempotencyKey} />
        <input type="hidden" name="convert_from" value={convert.from.currency} />
        <input type="hidden" name="convert_amount" value={convert.from.amount.toString()} />
        <input type="hidden" name="expected_rate" value={convert.rate.quoted} />
        <button type="submit">{t('orders.convert_pay.submit', { from: m(convert.from), to: m(convert.to), rate: convert.rate.quoted })}</button>
      </form>
      <p class="hint">{t('orders.convert_pay.hint')}</p>
    </section>
  );
}

function MessageAction({ ctx, o, action, field, label }: { ctx: PageCtx; o: OrderView; action: string; field: string; label: string }) {
  return (
    <Form ctx={ctx} action={`/orders/${o.id}/${action}`}>
      <TextArea ctx={ctx} state={{ values: {}, errors: {} }} name="message" label={field} maxlength={MESSAGE_MAX} rows={3} />
      <button type="submit" class="secondary">
        {label}
      </button>
    </Form>
  );
}

export interface OrderPageProps {
  ctx: PageCtx;
  o: OrderView;
  now: Date;
  /** The client's balance and what they lack, for an order awaiting payment. */
  balance?: Money | null;
  shortfall?: Money | null;
  /** How the client can pay now, converting from the other currency when that covers the rest. */
  plan?: PaymentPlan | null;
  /** The checkout summary's estimate in the client's own currency (display only). */
  estimate?: { reader: DisplayCurrency; rates: EstimateRates } | null;
  /** Fresh idempotency keys for the forms that move money. */
  keys: { pay: string; accept: string; convertPay?: string };
  state?: FormState;
  /** A completed order's reviews: where the viewer stands (src/reviews). */
  reviews?: OrderReviews | null;
  /** Which form `state` belongs to (deliver, dispute, statement), shown again with the person's input. */
  failed?: string;
  /** The order's dispute, once one was opened. */
  dispute?: DisputeView | null;
}

/** The freelancer's delivery: a message and files (multipart, so it works with JavaScript off). */
function DeliverForm({ ctx, o, state }: { ctx: PageCtx; o: OrderView; state: FormState }) {
  const { t } = ctx;
  return (
    <form method="post" action={`/orders/${o.id}/deliver`} enctype="multipart/form-data" class="stack" novalidate>
      <CsrfField ctx={ctx} />
      <TextArea ctx={ctx} state={state} name="message" label={t('orders.field.delivery_message')} maxlength={MESSAGE_MAX} rows={3} />
      <FilesField ctx={ctx} state={state} label={t('orders.field.delivery_files')} />
      <button type="submit">{t('orders.action.deliver')}</button>
    </form>
  );
}

/** Each delivery with its message and files, newest first. */
function Deliveries({ ctx, o }: { ctx: PageCtx; o: OrderView }) {
  const { t } = ctx;
  const list = o.events.filter((e) => e.kind === 'delivered').reverse();
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="deliveries-heading">
      <h2 id="deliveries-heading">{t('orders.page.deliveries')}</h2>
      <ol class="invites">
        {list.map((e, i) => (
          <li>
            <strong>{t('orders.page.delivery_n', { n: list.length - i })}</strong> <span class="muted">· {formatDateTime(ctx.locale, e.at)}</span>
            {e.message ? (
              <p class="user-text" dir="auto">
                {e.message}
              </p>
            ) : null}
            {e.files.length ? <StepFiles ctx={ctx} files={e.files} /> : <p class="muted">{t('orders.page.no_files')}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function OrderPage({ ctx, o, now, balance = null, shortfall = null, plan = null, estimate = null, keys, state, failed, dispute = null, reviews = null }: OrderPageProps) {
  const { t } = ctx;
  const can = (a: OrderAction) => o.actions.includes(a);
  const other = o.viewerSide === 'client' ? o.freelancer : o.client;
  return (
    <Layout ctx={ctx} title={orderNumber(o.number)} wide>
      {/* An open page learns when the order changes (public/live.js) and offers a reload. */}
      <article class="gig" data-live-order={o.id} data-live-order-message={t('live.order_changed')}>
        <p class="muted">
          {t('orders.number', { number: orderNumber(o.number) })} · <span class={`badge status-${o.state}`}>{t(`orders.state.${o.state}`)}</span>
        </p>
        <h1 dir="auto">{o.gigSlug ? <a href={`/g/${o.gigSlug}`}>{o.title}</a> : o.title}</h1>
        {o.contract ? (
          <p>
            <a href={`/contracts/${o.contract.id}`}>{t('orders.contract_link', { title: isolate(o.contract.title) })}</a>
          </p>
        ) : null}
        <p>
          {o.packageName ? <>{t('orders.new.package', { name: isolate(o.packageName) })} · </> : null}
          <a href={`/u/${encodeURIComponent(other.handle)}`}>{t('orders.with', { name: isolate(other.displayName) })}</a>
        </p>
        <ConversationLink ctx={ctx} href={`/orders/${o.id}/conversation`} />
        {state?.message && failed !== 'dispute' && failed !== 'statement' ? (
          <p class="alert" role="alert">
            {state.message}
          </p>
        ) : null}
        <Amounts ctx={ctx} o={o} />
        <p class="muted">
          <a href={`/orders/${o.id}/receipt.pdf`}>{t(o.viewerSide === 'freelancer' ? 'receipts.link_statement' : o.state === 'awaiting_payment' ? 'receipts.link_invoice' : 'receipts.link')}</a> ·{' '}
          <a href={`/orders/${o.id}/receipt`}>{t('receipts.link_html')}</a>
        </p>
        <ul class="invites">
          {o.dueAt && (o.state === 'in_progress' || o.state === 'revision_requested') ? (
            <li>{t('orders.page.due', { date: formatDateTime(ctx.locale, o.dueAt), left: leftText(ctx, o.dueAt, now) })}</li>
          ) : null}
          {o.autoAcceptAt && o.state === 'delivered' ? (
            <li>{t('orders.page.auto_accept', { date: formatDateTime(ctx.locale, o.autoAcceptAt), left: leftText(ctx, o.autoAcceptAt, now) })}</li>
          ) : null}
          {o.revisionsIncluded === -1 ? (
            <li>{t('orders.page.revisions_used_unlimited', { used: o.revisionsUsed })}</li>
          ) : (
            <li>{t('orders.page.revisions_left', { used: o.revisionsUsed, included: o.revisionsIncluded })}</li>
          )}
          {o.state === 'completed' && o.holdUntil && !o.clearedAt ? <li>{t('orders.page.hold', { date: formatDate(ctx.locale, o.holdUntil) })}</li> : null}
          {o.clearedAt ? <li>{t('orders.page.cleared', { date: formatDate(ctx.locale, o.clearedAt) })}</li> : null}
          {o.state === 'disputed' ? <li>{t('orders.page.frozen')}</li> : null}
        </ul>

        <section aria-labelledby="next-heading">
          <h2 id="next-heading">{t('orders.page.next')}</h2>
          {o.cancelRequestedBy ? <p class="alert">{o.cancelRequestedBy === o.viewerSide ? t('orders.page.cancel_asked_by_you') : t('orders.page.cancel_asked_by_other')}</p> : null}
          {o.actions.length === 0 ? (
            <p class="muted">{o.state === 'completed' || o.state === 'cancelled' ? t('orders.page.nothing_to_do') : o.state === 'disputed' ? t('disputes.waiting_admin') : t('orders.page.waiting_for_other')}</p>
          ) : null}
          {can('pay') ? (
            <div>
              {estimate ? <PayEstimate ctx={ctx} o={o} estimate={estimate} /> : null}
              {balance ? <p>{t('orders.balance', { amount: formatMoney(ctx.locale, balance, { decimals: 'always' }) })}</p> : null}
              {plan?.convert ? <ConvertAndPay ctx={ctx} o={o} plan={plan} convert={plan.convert} idempotencyKey={keys.convertPay ?? keys.pay} /> : null}
              {shortfall && shortfall.amount > 0n ? (
                <p>
                  {t('orders.shortfall', { amount: formatMoney(ctx.locale, shortfall, { decimals: 'always' }) })}{' '}
                  <a
                    class="button small"
                    href={`/wallet/top-up?amount=${encodeURIComponent(String(Number(shortfall.amount) / 100))}&currency=${shortfall.currency}&return_to=${encodeURIComponent(`/orders/${o.id}`)}`}
                  >
                    {t('orders.top_up', { amount: formatMoney(ctx.locale, shortfall, { decimals: 'always' }) })}
                  </a>
                </p>
              ) : null}
              <form method="post" action={`/orders/${o.id}/pay`}>
                <CsrfField ctx={ctx} />
                <input type="hidden" name="idempotency_key" value={keys.pay} />
                <button type="submit" disabled={shortfall !== null && shortfall.amount > 0n}>
                  {t('orders.action.pay', { amount: formatMoney(ctx.locale, o.fees.clientPays, { decimals: 'always' }) })}
                </button>
              </form>
            </div>
          ) : null}
          {can('deliver') ? <DeliverForm ctx={ctx} o={o} state={failed === 'deliver' && state ? state : { values: {}, errors: {} }} /> : null}
          {can('accept') ? (
            <form method="post" action={`/orders/${o.id}/accept`}>
              <CsrfField ctx={ctx} />
              <input type="hidden" name="idempotency_key" value={keys.accept} />
              <button type="submit">{t('orders.action.accept')}</button>
            </form>
          ) : null}
          {can('request_revision') ? <MessageAction ctx={ctx} o={o} action="revision" field={t('orders.field.revision_message')} label={t('orders.action.request_revision')} /> : null}
          {can('cancel') ? <MessageAction ctx={ctx} o={o} action="cancel" field={t('orders.field.message')} label={t('orders.action.cancel')} /> : null}
          {can('agree_cancel') ? (
            <MessageAction ctx={ctx} o={o} action="cancel" field={t('orders.field.message')} label={o.cancelRequestedBy ? t('orders.action.agree_cancel_other') : t('orders.action.agree_cancel')} />
          ) : null}
          {can('dispute') ? <OpenDisputeForm ctx={ctx} orderId={o.id} state={failed === 'dispute' ? state : undefined} /> : null}
        </section>

        {reviews ? <OrderReviewBox ctx={ctx} box={reviews} /> : null}

        {dispute ? <DisputeSection ctx={ctx} d={dispute} state={failed === 'statement' ? state : undefined} /> : null}

        <Deliveries ctx={ctx} o={o} />

        {o.answers.length ? (
          <section aria-labelledby="answers-heading">
            <h2 id="answers-heading">{t(o.viewerSide === 'client' ? 'orders.page.answers_yours' : 'orders.page.answers_client')}</h2>
            <dl>
              {o.answers.map((a) => (
                <>
                  <dt dir="auto">{a.question}</dt>
                  <dd class="user-text" dir="auto">
                    {a.answer || t('orders.page.no_answer')}
                  </dd>
                </>
              ))}
            </dl>
          </section>
        ) : null}

        <section aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">{t('orders.page.timeline')}</h2>
          <Timeline ctx={ctx} events={o.events} />
        </section>
      </article>
    </Layout>
  );
}

export function OrdersPage({ ctx, orders }: { ctx: PageCtx; orders: OrderSummary[] }) {
  const { t } = ctx;
  const groups: ['client' | 'freelancer', string][] = [
    ['client', t('orders.as_client')],
    ['freelancer', t('orders.as_freelancer')],
  ];
  return (
    <Layout ctx={ctx} title={t('orders.title')} wide>
      <h1>{t('orders.title')}</h1>
      {orders.length === 0 ? <p class="muted">{t('orders.empty')}</p> : null}
      {groups.map(([side, heading]) => {
        const mine = orders.filter((o) => o.side === side);
        return mine.length ? (
          <section>
            <h2>{heading}</h2>
            <ul class="gig-list">
              {mine.map((o) => (
                <li>
                  <a href={`/orders/${o.id}`} dir="auto">
                    {o.title}
                  </a>{' '}
                  <span class="muted">
                    · <OrderRef number={o.number} /> · <bdi>{o.otherParty}</bdi> · {t(`orders.state.${o.state}`)} · {formatMoney(ctx.locale, o.amount)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ) : null;
      })}
    </Layout>
  );
}
