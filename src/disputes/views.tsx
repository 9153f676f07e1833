// Dispute pages and parts: the dispute on the order page (its status, the statements with their
// evidence, the form to add one), the form that opens one, files with a step, and the admins'
// list and record with the decision form. Everything works with JavaScript off.
import { type FormState, FieldError, TextArea, value } from '../platform/form-views.tsx';
import { formatDateTime, isolate } from '../platform/format.ts';
import { CsrfField, Layout, type PageCtx } from '../platform/layout.tsx';
import { formatMoney, type Money } from '../platform/money.ts';
import { ATTACHMENT_ACCEPT, fileSize } from '../media/views.tsx';
import { MEDIA_LIMITS } from '../media/domain.ts';
import type { OrderEvent } from '../orders/use-cases/read-orders.ts';
import type { StepFile } from '../orders/use-cases/order-row.ts';
import { DECISION_REASON_MAX, DISPUTE_OUTCOMES, DISPUTE_REASONS, FILES_PER_STEP, STATEMENT_MAX } from './domain.ts';
import type { DisputeRecord, DisputeSummary, DisputeView } from './service.ts';
import type { AdminConversation } from '../messages/service.ts';
import { ConversationRecord } from '../messages/views.tsx';

const empty: FormState = { values: {}, errors: {} };
const hnr = (n: string) => `HNR-${n}`;
const m = (ctx: PageCtx, x: Money) => formatMoney(ctx.locale, x, { decimals: 'always' });

/** A step's files as download links with their sizes. */
export function StepFiles({ ctx, files }: { ctx: PageCtx; files: StepFile[] }) {
  if (files.length === 0) return null;
  return (
    <ul class="attachment-list" aria-label={ctx.t('disputes.files')}>
      {files.map((f) => (
        <li>
          <a href={f.url} download={f.name}>
            <bdi>{f.name}</bdi>
          </a>{' '}
          <span class="muted">({fileSize(ctx, f.bytes)})</span>
        </li>
      ))}
    </ul>
  );
}

/** The file input of a step: up to FILES_PER_STEP documents or pictures, with the limits said. */
export function FilesField({ ctx, state, label }: { ctx: PageCtx; state: FormState; label: string }) {
  const id = 'step-files';
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <span class="hint" id={`${id}-hint`}>
        {ctx.t('disputes.files_hint', { max: FILES_PER_STEP, mb: MEDIA_LIMITS.documentBytes / (1024 * 1024) })}
      </span>
      <input id={id} name="files" type="file" multiple accept={ATTACHMENT_ACCEPT} aria-describedby={`${id}-hint`} />
      <FieldError ctx={ctx} state={state} name="files" />
    </div>
  );
}

/** The form that opens a dispute: a reason from the list, what went wrong, evidence. */
export function OpenDisputeForm({ ctx, orderId, state = empty }: { ctx: PageCtx; orderId: string; state?: FormState | undefined }) {
  const { t } = ctx;
  const current = value(state, 'reason');
  return (
    <details class="card" open={Object.keys(state.errors).length > 0 || !!state.message}>
      <summary>{t('orders.action.dispute')}</summary>
      <form method="post" action={`/orders/${orderId}/dispute`} enctype="multipart/form-data" class="stack" novalidate>
        <CsrfField ctx={ctx} />
        {state.message ? (
          <p class="alert" role="alert">
            {state.message}
          </p>
        ) : null}
        <p class="muted">{t('disputes.open.explain')}</p>
        <div class="field">
          <label for="reason">{t('disputes.field.reason')}</label>
          <select id="reason" name="reason" required aria-invalid={state.errors.reason ? 'true' : undefined}>
            <option value="">{t('disputes.field.reason_choose')}</option>
            {DISPUTE_REASONS.map((r) => (
              <option value={r} selected={r === current}>
                {t(`disputes.reason.${r}`)}
              </option>
            ))}
          </select>
          <FieldError ctx={ctx} state={state} name="reason" />
        </div>
        <TextArea ctx={ctx} state={state} name="message" label={t('orders.field.dispute_message')} maxlength={STATEMENT_MAX} rows={4} />
        <FilesField ctx={ctx} state={state} label={t('disputes.field.evidence')} />
        <button type="submit" class="danger">
          {t('orders.action.dispute')}
        </button>
      </form>
    </details>
  );
}

function Decision({ ctx, d }: { ctx: PageCtx; d: NonNullable<DisputeView['decision']> }) {
  const { t } = ctx;
  return (
    <div class="card">
      <h3>{t(`disputes.outcome.${d.outcome}`)}</h3>
      <dl class="summary">
        <dt>{t('disputes.decision.freelancer_receives')}</dt>
        <dd>{m(ctx, d.freelancerReceives)}</dd>
        <dt>{t('disputes.decision.client_refund')}</dt>
        <dd>{m(ctx, d.clientRefund)}</dd>
        <dt>{t('orders.page.hunar_keeps')}</dt>
        <dd>{m(ctx, d.hunarKeeps)}</dd>
      </dl>
      <p>
        <strong>{t('disputes.decision.reason')}</strong>
      </p>
      <p class="user-text" dir="auto">
        {d.reason}
      </p>
      <p class="muted">{t('disputes.decision.at', { date: formatDateTime(ctx.locale, d.decidedAt) })}</p>
    </div>
  );
}

/** The dispute on the order page (and on the admin's record): status, statements, decision, and the form to add a statement. */
export function DisputeSection({ ctx, d, state = empty }: { ctx: PageCtx; d: DisputeView; state?: FormState | undefined }) {
  const { t } = ctx;
  const whose = (side: 'client' | 'freelancer') => (d.viewer === side ? t('disputes.by.you') : t(`orders.by.${side}`));
  return (
    <section id="dispute" aria-labelledby="dispute-heading">
      <h2 id="dispute-heading">{t('disputes.title')}</h2>
      <p>
        <span class={`badge status-${d.status === 'open' ? 'disputed' : 'completed'}`}>{t(`disputes.status.${d.status}`)}</span>{' '}
        {t('disputes.opened', { who: whose(d.openedBy), reason: t(`disputes.reason.${d.reason}`), date: formatDateTime(ctx.locale, d.openedAt) })}
      </p>
      {d.status === 'open' ? <p class="muted">{t('disputes.open_note')}</p> : null}
      {d.decision ? <Decision ctx={ctx} d={d.decision} /> : null}
      <h3>{t('disputes.statements')}</h3>
      <ol class="invites statements">
        {d.statements.map((s) => (
          <li>
            <strong>
              <bdi>{s.authorName}</bdi>
            </strong>{' '}
            <span class="muted">
              · {whose(s.side)} · {formatDateTime(ctx.locale, s.at)}
            </span>
            <p class="user-text" dir="auto">
              {s.body}
            </p>
            <StepFiles ctx={ctx} files={s.files} />
          </li>
        ))}
      </ol>
      {d.canAddStatement ? (
        <form method="post" action={`/disputes/${d.id}/statements`} enctype="multipart/form-data" class="stack" novalidate>
          <CsrfField ctx={ctx} />
          {state.message ? (
            <p class="alert" role="alert">
              {state.message}
            </p>
          ) : null}
          <TextArea ctx={ctx} state={state} name="message" label={t('disputes.field.statement')} maxlength={STATEMENT_MAX} rows={4} />
          <FilesField ctx={ctx} state={state} label={t('disputes.field.evidence')} />
          <button type="submit" class="secondary">
            {t('disputes.action.add_statement')}
          </button>
        </form>
      ) : null}
    </section>
  );
}

// --- Admins ---------------------------------------------------------------------------------------

export function AdminDisputesPage({ ctx, disputes }: { ctx: PageCtx; disputes: DisputeSummary[] }) {
  const { t } = ctx;
  const groups: ['open' | 'decided', string][] = [
    ['open', t('disputes.admin.open')],
    ['decided', t('disputes.admin.decided')],
  ];
  return (
    <Layout ctx={ctx} title={t('disputes.admin.title')} wide>
      <h1>{t('disputes.admin.title')}</h1>
      <p>{t('disputes.admin.intro')}</p>
      {groups.map(([status, heading]) => {
        const list = disputes.filter((d) => d.status === status);
        return (
          <section>
            <h2>{heading}</h2>
            {list.length === 0 ? <p class="muted">{t('disputes.admin.none')}</p> : null}
            <ul class="gig-list">
              {list.map((d) => (
                <li>
                  <a href={`/admin/disputes/${d.id}`} dir="auto">
                    {d.title}
                  </a>{' '}
                  <span class="muted">
                    · <bdi dir="ltr">{hnr(d.orderNumber)}</bdi> · {t(`disputes.reason.${d.reason}`)} · {formatMoney(ctx.locale, d.price)} ·{' '}
                    {t('disputes.admin.parties', { client: isolate(d.clientName), freelancer: isolate(d.freelancerName) })} ·{' '}
                    {d.outcome && d.decidedAt ? `${t(`disputes.outcome.${d.outcome}`)} · ${formatDateTime(ctx.locale, d.decidedAt)}` : t('disputes.admin.opened_at', { date: formatDateTime(ctx.locale, d.openedAt) })}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </Layout>
  );
}

/** An order's timeline with each step's files (the admin's record). */
export function Timeline({ ctx, events }: { ctx: PageCtx; events: OrderEvent[] }) {
  const { t } = ctx;
  return (
    <ol class="invites">
      {events.map((e) => (
        <li>
          <strong>{t(`orders.event.${e.kind}`)}</strong> <span class="muted">· {t(`orders.by.${e.actor}`)} · {formatDateTime(ctx.locale, e.at)}</span>
          {e.message ? (
            <p class="user-text" dir="auto">
              {e.message}
            </p>
          ) : null}
          <StepFiles ctx={ctx} files={e.files} />
        </li>
      ))}
    </ol>
  );
}

export function AdminDisputePage({ ctx, r, state = empty, conversation = null }: { ctx: PageCtx; r: DisputeRecord; state?: FormState | undefined; conversation?: AdminConversation | null }) {
  const { t } = ctx;
  const o = r.order;
  const d = r.dispute;
  const outcome = value(state, 'outcome');
  return (
    <Layout ctx={ctx} title={t('disputes.admin.record_title', { number: hnr(o.number) })} wide>
      <p>
        <a href="/admin/disputes">{t('disputes.admin.back')}</a>
      </p>
      <h1 dir="auto">{t('disputes.admin.record_title', { number: hnr(o.number) })}</h1>
      <p>
        <strong dir="auto">{o.title}</strong> · {t(`disputes.kind.${o.kind}`)} · {t(`orders.state.${o.state}`)}
      </p>
      <p>
        {t('disputes.admin.parties', { client: isolate(o.client.displayName), freelancer: isolate(o.freelancer.displayName) })} ·{' '}
        <a href={`/u/${encodeURIComponent(o.client.handle)}`}>{t('orders.by.client')}</a> · <a href={`/u/${encodeURIComponent(o.freelancer.handle)}`}>{t('orders.by.freelancer')}</a>
      </p>

      <section aria-labelledby="money-heading">
        <h2 id="money-heading">{t('disputes.admin.money')}</h2>
        <dl class="summary">
          <dt>{t('disputes.admin.price')}</dt>
          <dd>{m(ctx, o.price)}</dd>
          {o.clientFee && o.freelancerFee ? (
            <>
              <dt>{t('disputes.admin.client_fee')}</dt>
              <dd>{m(ctx, o.clientFee)}</dd>
              <dt>{t('disputes.admin.freelancer_fee')}</dt>
              <dd>{m(ctx, o.freelancerFee)}</dd>
            </>
          ) : null}
          <dt>{t('disputes.admin.client_paid')}</dt>
          <dd>{m(ctx, o.clientPaid)}</dd>
          <dt>{t('disputes.admin.in_escrow')}</dt>
          <dd>{m(ctx, o.inEscrow)}</dd>
          {o.minutesLogged !== null ? (
            <>
              <dt>{t('disputes.admin.logged')}</dt>
              <dd>{t('contracts.page.logged', { hours: Math.round((o.minutesLogged / 60) * 100) / 100 })}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <DisputeSection ctx={ctx} d={d} />

      {d.status === 'open' ? (
        <section aria-labelledby="decide-heading" class="card">
          <h2 id="decide-heading">{t('disputes.admin.decide')}</h2>
          <form method="post" action={`/admin/disputes/${d.id}/decision`} class="stack" novalidate>
            <CsrfField ctx={ctx} />
            {state.message ? (
              <p class="alert" role="alert">
                {state.message}
              </p>
            ) : Object.keys(state.errors).length ? (
              <p class="alert" role="alert">
                {t('errors.validation.failed')}
              </p>
            ) : null}
            <fieldset id="outcome">
              <legend>{t('disputes.field.outcome')}</legend>
              <FieldError ctx={ctx} state={state} name="outcome" />
              {DISPUTE_OUTCOMES.map((x) => (
                <label class="choice">
                  <input type="radio" name="outcome" value={x} checked={x === outcome} />
                  <span>{t(`disputes.outcome_explain.${x}`, { price: m(ctx, o.price), paid: m(ctx, o.clientPaid) })}</span>
                </label>
              ))}
            </fieldset>
            <div class="field">
              <label for="freelancer_amount">{t('disputes.field.freelancer_amount', { currency: o.price.currency })}</label>
              <span class="hint" id="freelancer_amount-hint">
                {t('disputes.field.freelancer_amount_hint', { price: m(ctx, o.price) })}
              </span>
              <input
                id="freelancer_amount"
                name="freelancer_amount"
                type="text"
                inputmode="decimal"
                dir="ltr"
                value={value(state, 'freelancer_amount')}
                aria-invalid={state.errors.freelancer_amount ? 'true' : undefined}
                aria-describedby="freelancer_amount-hint"
              />
              <FieldError ctx={ctx} state={state} name="freelancer_amount" />
            </div>
            <TextArea ctx={ctx} state={state} name="reason" label={t('disputes.field.decision_reason')} hint={t('disputes.field.decision_reason_hint')} maxlength={DECISION_REASON_MAX} rows={4} />
            <button type="submit">{t('disputes.action.decide')}</button>
          </form>
        </section>
      ) : null}

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('orders.page.timeline')}</h2>
        <Timeline ctx={ctx} events={o.events} />
      </section>

      {/* The order's conversation (src/messages), with its events between the messages. */}
      <section aria-labelledby="conversation-heading" data-slot="order-conversation">
        <h2 id="conversation-heading">{t('disputes.admin.conversation')}</h2>
        {conversation ? <ConversationRecord ctx={ctx} c={conversation} bare /> : <p class="muted">{t('disputes.admin.conversation_note')}</p>}
      </section>
    </Layout>
  );
}
