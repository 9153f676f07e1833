// Legal help desk pages: /legal (ask, my questions), /legal/questions/<id> (the thread, the attached
// order's record, follow-ups, consent and publishing), /legal/advisor (the queue), /legal/faq and
// /legal/templates. Plain forms throughout: everything works with JavaScript off. People's words are
// shown as written (dir="auto", escaped by JSX, line breaks kept by CSS); every page says the answers
// are not a lawyer's advice for the reader's case.
import { Field, Form, type FormState, PostButton, Select, TextArea } from '../platform/form-views.tsx';
import { formatDate, formatDateTime } from '../platform/format.ts';
import { CsrfField, Layout, type PageCtx } from '../platform/layout.tsx';
import { formatMoney } from '../platform/money.ts';
import { BODY_MAX, MESSAGE_MAX, QUESTION_CATEGORIES, TEMPLATE_KINDS, TITLE_MAX, templateSlug } from './domain.ts';
import type { FaqEntry, QuestionSummary, QuestionView } from './service.ts';

const questionPath = (id: string) => `/legal/questions/${encodeURIComponent(id)}`;

function NotAdvice({ ctx }: { ctx: PageCtx }) {
  return (
    <p class="legal-notice" role="note">
      {ctx.t('legal.not_advice')}
    </p>
  );
}

function Links({ ctx, advisor }: { ctx: PageCtx; advisor: boolean }) {
  return (
    <p class="legal-links">
      <a href="/legal/faq">{ctx.t('legal.links.faq')}</a> · <a href="/legal/templates">{ctx.t('legal.links.templates')}</a>
      {advisor ? (
        <>
          {' · '}
          <a href="/legal/advisor">{ctx.t('legal.links.queue')}</a>
        </>
      ) : null}
    </p>
  );
}

function Status({ ctx, status }: { ctx: PageCtx; status: QuestionSummary['status'] }) {
  return <span class={`legal-status legal-status-${status}`}>{ctx.t(`legal.status.${status}`)}</span>;
}

function QuestionList({ ctx, items, none }: { ctx: PageCtx; items: QuestionSummary[]; none: string }) {
  if (!items.length) return <p class="muted">{none}</p>;
  return (
    <ul class="legal-questions">
      {items.map((q) => (
        <li class="card">
          <a href={questionPath(q.id)} dir="auto">
            {q.title}
          </a>
          <div class="muted">
            {ctx.t(`legal.category.${q.category}`)} · <Status ctx={ctx} status={q.status} /> · {ctx.t('legal.asked_on', { date: formatDate(ctx.locale, q.createdAt) })}
            {q.hasOrder ? ` · ${ctx.t('legal.queue.has_order')}` : ''}
          </div>
        </li>
      ))}
    </ul>
  );
}

export interface HomeData {
  mine: QuestionSummary[];
  orders: { id: string; number: string; title: string }[];
  advisor: boolean;
}

export function LegalHome({ ctx, data, state }: { ctx: PageCtx; data: HomeData; state: FormState }) {
  const { t, actor } = ctx;
  return (
    <Layout ctx={ctx} title={t('legal.title')}>
      <h1>{t('legal.title')}</h1>
      <p>{t('legal.intro')}</p>
      <NotAdvice ctx={ctx} />
      <Links ctx={ctx} advisor={data.advisor} />
      <section aria-labelledby="ask">
        <h2 id="ask">{t('legal.ask.heading')}</h2>
        {!actor ? (
          <p>
            <a href="/login?next=%2Flegal">{t('legal.ask.login')}</a>
          </p>
        ) : !actor.isFreelancer ? (
          <p class="muted">{t('legal.ask.freelancers')}</p>
        ) : (
          <Form ctx={ctx} action="/legal/questions" state={state}>
            <Select ctx={ctx} state={state} name="category" label={t('legal.ask.category')} options={QUESTION_CATEGORIES.map((c) => ({ value: c, label: t(`legal.category.${c}`) }))} />
            <Field ctx={ctx} state={state} name="title" label={t('legal.ask.title')} maxlength={TITLE_MAX} required />
            <TextArea ctx={ctx} state={state} name="body" label={t('legal.ask.body')} hint={t('legal.ask.body_hint')} maxlength={BODY_MAX} rows={8} />
            <Select
              ctx={ctx}
              state={state}
              name="order_id"
              label={t('legal.ask.order')}
              options={[{ value: '', label: t('legal.ask.order_none') }, ...data.orders.map((o) => ({ value: o.id, label: t('legal.templates.order_option', { order: o.number, title: o.title }) }))]}
            />
            <p class="hint">{t('legal.ask.order_hint')}</p>
            <p class="muted">{t('legal.ask.private')}</p>
            <button type="submit">{t('legal.ask.submit')}</button>
          </Form>
        )}
      </section>
      {actor ? (
        <section aria-labelledby="mine">
          <h2 id="mine">{t('legal.mine.heading')}</h2>
          <QuestionList ctx={ctx} items={data.mine} none={t('legal.mine.none')} />
        </section>
      ) : null}
    </Layout>
  );
}

function Text({ text, lang }: { text: string; lang?: string | undefined }) {
  return (
    <div class="legal-text" dir="auto" lang={lang}>
      {text}
    </div>
  );
}

function OrderRecord({ ctx, q }: { ctx: PageCtx; q: QuestionView }) {
  const o = q.order;
  if (!o) return null;
  const { t, locale } = ctx;
  const dates: [string, Date | null][] = [
    ['legal.order.placed', o.createdAt],
    ['legal.order.paid', o.paidAt],
    ['legal.order.due', o.dueAt],
    ['legal.order.delivered', o.deliveredAt],
    ['legal.order.completed', o.completedAt],
    ['legal.order.cancelled', o.cancelledAt],
  ];
  return (
    <section class="card legal-order" aria-labelledby="order-record">
      <h2 id="order-record">{t('legal.order.heading')}</h2>
      <p class="muted">{t(q.side === 'advisor' ? 'legal.order.advisor_note' : 'legal.order.asker_note')}</p>
      <dl class="legal-facts">
        <dt>{t('legal.order.number')}</dt>
        <dd>
          <bdi dir="ltr">{`HNR-${o.number}`}</bdi>
        </dd>
        <dt>{t('legal.order.title')}</dt>
        <dd dir="auto">{o.title}</dd>
        <dt>{t('legal.order.client')}</dt>
        <dd>
          <bdi>{o.client.displayName}</bdi>
        </dd>
        <dt>{t('legal.order.freelancer')}</dt>
        <dd>
          <bdi>{o.freelancer.displayName}</bdi>
        </dd>
        <dt>{t('legal.order.state')}</dt>
        <dd>{t(`orders.state.${o.state}`)}</dd>
        <dt>{t('legal.order.price')}</dt>
        <dd>
          <bdi dir="ltr">{formatMoney(locale, o.fees.price)}</bdi>
        </dd>
        <dt>{t('legal.order.client_fee')}</dt>
        <dd>
          <bdi dir="ltr">{formatMoney(locale, o.fees.clientFee)}</bdi>
        </dd>
        <dt>{t('legal.order.freelancer_fee')}</dt>
        <dd>
          <bdi dir="ltr">{formatMoney(locale, o.fees.freelancerFee)}</bdi>
        </dd>
        {dates
          .filter(([, d]) => d)
          .map(([k, d]) => (
            <>
              <dt>{t(k)}</dt>
              <dd>{formatDateTime(locale, d as Date)}</dd>
            </>
          ))}
      </dl>
      <h3>{t('legal.order.events')}</h3>
      <ol class="legal-events">
        {o.events.map((e) => (
          <li>
            <span class="muted">{formatDateTime(locale, e.at)}</span> · {t(`legal.order.side.${e.actor}`)}: {t(`orders.event.${e.kind}`)}
            {e.message ? <Text text={e.message} /> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Thread({ ctx, q }: { ctx: PageCtx; q: QuestionView }) {
  const { t, locale } = ctx;
  const who = (m: QuestionView['messages'][number]) =>
    m.side === 'advisor' ? (m.mine ? t('legal.thread.advisor_you') : t('legal.thread.advisor', { name: m.authorName })) : m.mine ? t('legal.thread.you') : t('legal.thread.asker');
  return (
    <ol class="legal-thread">
      {q.messages.map((m) => (
        <li class={`legal-message legal-message-${m.side}`}>
          <div class="muted">
            <strong>{who(m)}</strong> · {formatDateTime(locale, m.at)}
          </div>
          <Text text={m.body} />
        </li>
      ))}
    </ol>
  );
}

function ConsentSection({ ctx, q }: { ctx: PageCtx; q: QuestionView }) {
  const { t, locale } = ctx;
  if (q.category === 'harassment') return <p class="muted">{t('legal.consent.private')}</p>;
  if (q.side === 'asker') {
    if (!q.consentOffered) return null;
    return (
      <section class="card" aria-labelledby="consent">
        <h2 id="consent">{t('legal.consent.heading')}</h2>
        <p>{t('legal.consent.explain')}</p>
        {q.consent && q.consentAt ? <p>{t('legal.consent.given', { date: formatDate(locale, q.consentAt) })}</p> : null}
        <form method="post" action={`${questionPath(q.id)}/consent`}>
          <CsrfField ctx={ctx} />
          <input type="hidden" name="consent" value={q.consent ? 'no' : 'yes'} />
          <button type="submit" class="secondary">
            {t(q.consent ? 'legal.consent.withdraw' : 'legal.consent.give')}
          </button>
        </form>
      </section>
    );
  }
  return q.consent ? null : <p class="muted">{t('legal.consent.waiting')}</p>;
}

function FaqSection({ ctx, q, state }: { ctx: PageCtx; q: QuestionView; state: FormState }) {
  const { t, locale } = ctx;
  const published = q.faq && !q.faq.withdrawnAt ? q.faq : null;
  // The form starts from the anonymised draft; after a refused submit, from what the advisor wrote.
  const form: FormState = Object.keys(state.values).length || !q.draft ? state : { ...state, values: { ...q.draft } };
  return (
    <>
      {published ? (
        <p class="legal-published">
          <a href={`/legal/faq#faq-${published.id}`}>{t('legal.faq.published_as', { date: formatDate(locale, published.publishedAt), title: published.title })}</a>
        </p>
      ) : q.faq?.withdrawnAt ? (
        <p class="muted">{t('legal.faq.withdrawn_as')}</p>
      ) : null}
      {q.canPublish && q.draft ? (
        <section class="card" aria-labelledby="publish">
          <h2 id="publish">{t('legal.faq.publish.heading')}</h2>
          <p>{t('legal.faq.publish.explain')}</p>
          <Form ctx={ctx} action={`${questionPath(q.id)}/faq`} state={form}>
            <Select
              ctx={ctx}
              state={form}
              name="language"
              label={t('legal.faq.publish.language')}
              options={[
                { value: 'ur', label: t('legal.language.ur') },
                { value: 'en', label: t('legal.language.en') },
              ]}
            />
            <Field ctx={ctx} state={form} name="title" label={t('legal.faq.publish.title')} maxlength={TITLE_MAX} />
            <TextArea ctx={ctx} state={form} name="question" label={t('legal.faq.publish.question')} maxlength={BODY_MAX} rows={6} />
            <TextArea ctx={ctx} state={form} name="answer" label={t('legal.faq.publish.answer')} maxlength={MESSAGE_MAX} rows={10} />
            <button type="submit">{t('legal.faq.publish.submit')}</button>
          </Form>
        </section>
      ) : null}
    </>
  );
}

export function QuestionPage({ ctx, q, reply, publish }: { ctx: PageCtx; q: QuestionView; reply: FormState; publish: FormState }) {
  const { t, locale } = ctx;
  const closed = q.status === 'closed';
  const replyLabel = q.side === 'advisor' ? t('legal.reply.answer') : q.messages.some((m) => m.side === 'advisor') ? t('legal.reply.follow_up') : t('legal.reply.add');
  return (
    <Layout ctx={ctx} title={q.title}>
      <p>
        <a href={q.side === 'advisor' ? '/legal/advisor' : '/legal'}>{q.side === 'advisor' ? t('legal.links.queue') : t('legal.back')}</a>
      </p>
      <h1 dir="auto">{q.title}</h1>
      <p class="muted">
        {t(`legal.category.${q.category}`)} · <Status ctx={ctx} status={q.status} /> · {t('legal.asked_on', { date: formatDate(locale, q.createdAt) })}
        {q.order ? ` · ${t('legal.about_order', { order: `HNR-${q.order.number}` })}` : ''}
      </p>
      <NotAdvice ctx={ctx} />
      <Text text={q.body} />
      <OrderRecord ctx={ctx} q={q} />
      <Thread ctx={ctx} q={q} />
      {closed ? (
        <p class="alert">{t('legal.closed_note')}</p>
      ) : (
        <Form ctx={ctx} action={`${questionPath(q.id)}/messages`} state={reply}>
          <TextArea ctx={ctx} state={reply} name="body" label={replyLabel} hint={q.side === 'advisor' ? t('legal.reply.answer_hint') : undefined} maxlength={MESSAGE_MAX} rows={q.side === 'advisor' ? 10 : 5} />
          <button type="submit">{t('legal.reply.send')}</button>
        </Form>
      )}
      {q.side === 'asker' && !closed ? <PostButton ctx={ctx} action={`${questionPath(q.id)}/close`} label={t('legal.close')} /> : null}
      <ConsentSection ctx={ctx} q={q} />
      <FaqSection ctx={ctx} q={q} state={publish} />
    </Layout>
  );
}

export function QueuePage({ ctx, waiting, mine }: { ctx: PageCtx; waiting: QuestionSummary[]; mine: QuestionSummary[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('legal.queue.title')}>
      <h1>{t('legal.queue.title')}</h1>
      <p>{t('legal.queue.intro')}</p>
      <Links ctx={ctx} advisor={false} />
      <h2>{t('legal.queue.waiting')}</h2>
      <QuestionList ctx={ctx} items={waiting} none={t('legal.queue.none')} />
      <h2>{t('legal.queue.mine')}</h2>
      <QuestionList ctx={ctx} items={mine} none={t('legal.queue.mine_none')} />
    </Layout>
  );
}

export function FaqPage({ ctx, entries }: { ctx: PageCtx; entries: FaqEntry[] }) {
  const { t, locale } = ctx;
  const categories = [...new Set(entries.map((e) => e.category))];
  return (
    <Layout ctx={ctx} title={t('legal.faq.title')}>
      <h1>{t('legal.faq.title')}</h1>
      <p>{t('legal.faq.intro')}</p>
      <NotAdvice ctx={ctx} />
      <p>
        <a href="/legal">{t('legal.ask.heading')}</a> · <a href="/legal/templates">{t('legal.links.templates')}</a>
      </p>
      {entries.length === 0 ? <p class="muted">{t('legal.faq.none')}</p> : null}
      {categories.map((c) => (
        <section aria-labelledby={`cat-${c}`}>
          <h2 id={`cat-${c}`}>{t(`legal.category.${c}`)}</h2>
          {entries
            .filter((e) => e.category === c)
            .map((e) => (
              <article class="card legal-faq" id={`faq-${e.id}`} lang={e.language} dir={e.language === 'ur' ? 'rtl' : 'ltr'}>
                <h3>{e.title}</h3>
                <p class="muted" lang={locale} dir="auto">
                  {t('legal.faq.published_on', { date: formatDate(locale, e.publishedAt) })}
                </p>
                <h4 lang={locale}>{t('legal.faq.question')}</h4>
                <Text text={e.question} />
                <h4 lang={locale}>{t('legal.faq.answer')}</h4>
                <Text text={e.answer} />
              </article>
            ))}
        </section>
      ))}
    </Layout>
  );
}

export interface TemplatesData {
  orders: { id: string; number: string; title: string }[];
  contracts: { id: string; title: string }[];
}

export function TemplatesPage({ ctx, data }: { ctx: PageCtx; data: TemplatesData | null }) {
  const { t } = ctx;
  const subjects = data ? [...data.orders.map((o) => ({ value: o.id, label: t('legal.templates.order_option', { order: o.number, title: o.title }) })), ...data.contracts.map((c) => ({ value: c.id, label: t('legal.templates.contract_option', { title: c.title }) }))] : [];
  return (
    <Layout ctx={ctx} title={t('legal.templates.title')}>
      <h1>{t('legal.templates.title')}</h1>
      <p>{t('legal.templates.intro')}</p>
      <p class="legal-notice" role="note">
        {t('legal.tpl.notice')}
      </p>
      <ul class="legal-templates">
        {TEMPLATE_KINDS.map((k) => (
          <li class="card">
            <h2>{t(`legal.tpl.${k}.name`)}</h2>
            <p>{t(`legal.tpl.${k}.about`)}</p>
            <p>
              <a href={`/legal/templates/${templateSlug(k)}`}>{t('legal.templates.blank')}</a>
            </p>
            {data && subjects.length ? (
              <form method="get" action="/legal/templates/open" class="legal-fill">
                <input type="hidden" name="template" value={templateSlug(k)} />
                <label for={`subject-${k}`}>{t('legal.templates.from')}</label>
                <select id={`subject-${k}`} name="subject">
                  {subjects.map((s) => (
                    <option value={s.value}>{s.label}</option>
                  ))}
                </select>
                <button type="submit" class="secondary small">
                  {t('legal.templates.open')}
                </button>
              </form>
            ) : data ? (
              <p class="muted">{t('legal.templates.none')}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </Layout>
  );
}
