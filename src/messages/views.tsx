// Messages pages: the inbox, one conversation (its messages with the order's events between them,
// the send form with files, Block and Report), the "Contact" form that starts one, the links on
// gig, job, profile, order and contract pages, and the admins' report queue. Everything people
// wrote is shown with dir="auto" and escaped by JSX. No script is needed: sending reloads the page.
//
// For the live script (public/live.js) the thread's list carries data-live-conversation and each
// message item data-message-id; GET /messages/:id/after/:messageId answers those items (MessageItems).
import { ATTACHMENT_ACCEPT, fileSize } from '../media/views.tsx';
import { orderNumber } from '../orders/service.ts';
import { type FormState, FieldError, Form, TextArea, value } from '../platform/form-views.tsx';
import { formatDateTime, isolate } from '../platform/format.ts';
import { CsrfField, Layout, type PageCtx } from '../platform/layout.tsx';
import { FILES_PER_MESSAGE, MESSAGE_MAX, REPORT_NOTE_MAX, REPORT_REASONS } from './domain.ts';
import type { About, AdminConversation, EventView, InboxItem, MessageView, Person, ReportSummary, ThreadView } from './service.ts';

const profileUrl = (p: Person) => `/u/${encodeURIComponent(p.handle)}`;

/** "About: <gig title>" as a link, or the kind of conversation. */
function AboutLine({ ctx, about }: { ctx: PageCtx; about: About | null }) {
  const { t } = ctx;
  if (!about) return <span class="muted">{t('messages.about.direct')}</span>;
  return (
    <span>
      {t(`messages.about.${about.kind}`)}{' '}
      <a href={about.url} dir="auto">
        {about.title}
      </a>
      {about.kind === 'order' ? (
        <span class="muted">
          {' '}
          · <bdi dir="ltr" class="ref">{orderNumber(about.number)}</bdi>
        </span>
      ) : null}
    </span>
  );
}

function preview(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

export function InboxPage({ ctx, items }: { ctx: PageCtx; items: InboxItem[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('messages.inbox.title')}>
      <h1>{t('messages.inbox.title')}</h1>
      {items.length === 0 ? <p class="muted">{t('messages.inbox.empty')}</p> : null}
      <ul class="inbox">
        {items.map((c) => (
          <li class={c.unread ? 'unread' : undefined}>
            <a href={`/messages/${c.id}`} class="inbox-link">
              <strong>
                <bdi>{c.other.displayName}</bdi>
              </strong>
              {c.unread ? <span class="badge unread-count">{t('messages.inbox.unread', { n: c.unread })}</span> : null}
            </a>
            <p class="muted">
              <AboutLine ctx={ctx} about={c.about} />
            </p>
            {c.last ? (
              <p>
                {c.last.mine ? <span class="muted">{t('messages.inbox.you')} </span> : null}
                <span dir="auto">{c.last.text ? preview(c.last.text) : t('messages.inbox.files', { n: c.last.files })}</span>{' '}
                <span class="muted">· {formatDateTime(ctx.locale, c.last.at)}</span>
              </p>
            ) : (
              <p class="muted">{t('messages.inbox.no_messages')}</p>
            )}
          </li>
        ))}
      </ul>
    </Layout>
  );
}

const readBy = (m: MessageView, upTo: string) => /^\d+$/.test(upTo) && BigInt(m.id) <= BigInt(upTo);

/**
 * One message as an item of the thread's list; also what GET /messages/:id/after/:messageId
 * answers. "Seen" is written under the newest of the viewer's messages the other has read; the
 * viewer's messages also carry data-seen (read) and the word, so when the live script marks a newer
 * one read, the stylesheet moves "Seen" to it without a reload.
 */
export function MessageItem({ ctx, m, seen, upTo = '0' }: { ctx: PageCtx; m: MessageView; seen: boolean; upTo?: string }) {
  const { t } = ctx;
  const mine = m.mine ? { 'data-seen-text': t('messages.thread.seen'), ...(readBy(m, upTo) ? { 'data-seen': '' } : {}) } : {};
  return (
    <li class={`message ${m.mine ? 'mine' : 'theirs'}`} id={`m${m.id}`} data-message-id={m.id} {...mine}>
      <p class="message-meta">
        <bdi>{m.mine ? t('messages.thread.you') : m.sender.displayName}</bdi> · <time datetime={m.at.toISOString()}>{formatDateTime(ctx.locale, m.at)}</time>
      </p>
      {m.text ? (
        <p class="message-text user-text" dir="auto">
          {m.text}
        </p>
      ) : null}
      {m.attachments.length ? (
        <ul class="message-files">
          {m.attachments.map((a) => (
            <li>
              <a href={a.url} download={a.name}>
                <bdi>{a.name}</bdi>
              </a>{' '}
              <span class="muted">({fileSize(ctx, a.bytes)})</span>
            </li>
          ))}
        </ul>
      ) : null}
      {m.flags.length ? <p class="message-flag">{t(m.mine ? 'messages.flag.yours' : 'messages.flag.theirs')}</p> : null}
      {seen ? <p class="message-seen">{t('messages.thread.seen')}</p> : null}
    </li>
  );
}

/** Only the message items (for an open page that fetches what is new). */
export function MessageItems({ ctx, messages, seenId, upTo }: { ctx: PageCtx; messages: MessageView[]; seenId: string | null; upTo: string }) {
  return (
    <>
      {messages.map((m) => (
        <MessageItem ctx={ctx} m={m} seen={m.id === seenId} upTo={upTo} />
      ))}
    </>
  );
}

function EventItem({ ctx, e, showOrder }: { ctx: PageCtx; e: EventView; showOrder: boolean }) {
  const { t } = ctx;
  return (
    <li class="message-event">
      <p>
        <strong>{t(`orders.event.${e.kind}`)}</strong>{' '}
        <span class="muted">
          · {t(`orders.by.${e.by}`)}
          {showOrder ? (
            <>
              {' '}
              ·{' '}
              <a href={`/orders/${e.order.id}`} dir="auto">
                {e.order.title}
              </a>
            </>
          ) : null}{' '}
          · <time datetime={e.at.toISOString()}>{formatDateTime(ctx.locale, e.at)}</time>
        </span>
      </p>
      {e.message ? (
        <p class="user-text" dir="auto">
          {e.message}
        </p>
      ) : null}
    </li>
  );
}

export function ThreadPage({ ctx, thread, form }: { ctx: PageCtx; thread: ThreadView; form: FormState }) {
  const { t } = ctx;
  const other = thread.other;
  const canSend = !thread.blockedByMe && !thread.blockedMe;
  return (
    <Layout ctx={ctx} title={t('messages.thread.title', { name: isolate(other.displayName) })}>
      <p>
        <a href="/messages">{t('messages.thread.back')}</a>
      </p>
      <h1>
        <a href={profileUrl(other)}>
          <bdi>{other.displayName}</bdi>
        </a>
      </h1>
      <p class="muted">
        <AboutLine ctx={ctx} about={thread.about} />
      </p>
      {thread.beforeWork ? <p class="hint">{t('messages.thread.pay_on_hunar')}</p> : null}
      {thread.olderCursor ? (
        <p>
          <a href={`/messages/${thread.id}?before=${thread.olderCursor}`}>{t('messages.thread.older')}</a>
        </p>
      ) : null}
      <ol class="thread" data-live-conversation={thread.id} aria-label={t('messages.thread.list_label')}>
        {thread.items.map((i) => (i.type === 'message' ? <MessageItem ctx={ctx} m={i.message} seen={i.message.id === thread.seenId} upTo={thread.otherReadUpTo} /> : <EventItem ctx={ctx} e={i.event} showOrder={thread.kind === 'contract'} />))}
      </ol>
      {thread.items.length === 0 ? <p class="muted">{t('messages.thread.empty')}</p> : null}

      {thread.blockedMe ? <p class="alert">{t('errors.message.blocked')}</p> : null}
      {thread.blockedByMe ? <p class="alert">{t('messages.thread.you_blocked')}</p> : null}
      {canSend ? (
        <form method="post" action={`/messages/${thread.id}`} enctype="multipart/form-data" class="stack send-message" novalidate>
          <CsrfField ctx={ctx} />
          {form.message ? (
            <p class="alert" role="alert">
              {form.message}
            </p>
          ) : null}
          <TextArea ctx={ctx} state={form} name="text" label={t('messages.field.text')} maxlength={MESSAGE_MAX} rows={3} />
          <div class="field">
            <label for="files">{t('messages.field.files')}</label>
            <span class="hint" id="files-hint">
              {t('messages.field.files_hint', { max: FILES_PER_MESSAGE, mb: 10 })}
            </span>
            <input id="files" name="files" type="file" multiple accept={ATTACHMENT_ACCEPT} aria-describedby="files-hint" />
            <FieldError ctx={ctx} state={form} name="files" />
          </div>
          <button type="submit">{t('messages.action.send')}</button>
        </form>
      ) : null}

      <section class="thread-safety" aria-labelledby="safety-heading">
        <h2 id="safety-heading">{t('messages.safety.title')}</h2>
        <form method="post" action={`/messages/${thread.id}/${thread.blockedByMe ? 'unblock' : 'block'}`}>
          <CsrfField ctx={ctx} />
          <button type="submit" class="secondary small">
            {t(thread.blockedByMe ? 'messages.action.unblock' : 'messages.action.block', { name: isolate(other.displayName) })}
          </button>
        </form>
        <details>
          <summary>{t('messages.action.report')}</summary>
          <ReportForm ctx={ctx} id={thread.id} state={{ values: {}, errors: {} }} />
        </details>
      </section>
    </Layout>
  );
}

function ReportForm({ ctx, id, state }: { ctx: PageCtx; id: string; state: FormState }) {
  const { t } = ctx;
  const current = value(state, 'reason');
  return (
    <Form ctx={ctx} action={`/messages/${id}/report`} state={state}>
      <fieldset>
        <legend>{t('messages.report.reason')}</legend>
        <FieldError ctx={ctx} state={state} name="reason" />
        {REPORT_REASONS.map((r) => (
          <label class="choice">
            <input type="radio" name="reason" value={r} checked={r === current} required />
            <span>{t(`messages.report.reason.${r}`)}</span>
          </label>
        ))}
      </fieldset>
      <TextArea ctx={ctx} state={state} name="note" label={t('messages.report.note')} maxlength={REPORT_NOTE_MAX} rows={2} />
      <button type="submit" class="danger small">
        {t('messages.report.send')}
      </button>
    </Form>
  );
}

/** The report form on its own page, shown again with its message when a report is refused. */
export function ReportPage({ ctx, id, other, state }: { ctx: PageCtx; id: string; other: Person; state: FormState }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('messages.action.report')}>
      <p>
        <a href={`/messages/${id}`}>{t('messages.thread.back_to', { name: isolate(other.displayName) })}</a>
      </p>
      <h1>{t('messages.action.report')}</h1>
      <ReportForm ctx={ctx} id={id} state={state} />
    </Layout>
  );
}

/** The "Contact" form: the first message to someone, about a gig, a job or their profile. */
export function NewConversationPage({ ctx, to, about, hidden, state }: { ctx: PageCtx; to: Person; about: About | null; hidden: Record<string, string>; state: FormState }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('messages.new.title', { name: isolate(to.displayName) })}>
      <h1>{t('messages.new.title', { name: isolate(to.displayName) })}</h1>
      <p class="muted">
        <AboutLine ctx={ctx} about={about} />
      </p>
      <p class="hint">{t('messages.thread.pay_on_hunar')}</p>
      <Form ctx={ctx} action="/messages/new" state={state}>
        <input type="hidden" name="to" value={to.handle} />
        {Object.entries(hidden).map(([k, v]) => (
          <input type="hidden" name={k} value={v} />
        ))}
        <FieldError ctx={ctx} state={state} name="with" />
        <TextArea ctx={ctx} state={state} name="text" label={t('messages.field.text')} maxlength={MESSAGE_MAX} rows={5} />
        <button type="submit">{t('messages.action.send')}</button>
      </Form>
    </Layout>
  );
}

/** "Contact" / "Ask a question" on gig, job and profile pages (a link: signing in first if need be). */
export function ContactLink({ ctx, handle, gig, job, label }: { ctx: PageCtx; handle: string; gig?: string; job?: string; label: 'contact' | 'ask' }) {
  const q = new URLSearchParams({ to: handle, ...(gig ? { gig } : {}), ...(job ? { job } : {}) });
  return (
    <p class="contact-link">
      <a class="button secondary small" href={`/messages/new?${q}`}>
        {ctx.t(label === 'ask' ? 'messages.link.ask' : 'messages.link.contact')}
      </a>
    </p>
  );
}

/** The order's or contract's conversation, from its page. */
export function ConversationLink({ ctx, href }: { ctx: PageCtx; href: string }) {
  return (
    <p class="contact-link">
      <a class="button secondary small" href={href}>
        {ctx.t('messages.link.conversation')}
      </a>
    </p>
  );
}

// --- Admins ------------------------------------------------------------------------------------

function ReportRows({ ctx, reports }: { ctx: PageCtx; reports: ReportSummary[] }) {
  const { t } = ctx;
  return (
    <ul class="invites">
      {reports.map((r) => (
        <li>
          <a href={`/admin/reports/${r.id}`}>{t(`messages.report.reason.${r.reason}`)}</a>{' '}
          <span class="muted">
            · {t('messages.admin.by', { reporter: isolate(r.reporter.displayName), reported: isolate(r.reported.displayName) })} · {formatDateTime(ctx.locale, r.createdAt)}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function AdminReportsPage({ ctx, open, resolved }: { ctx: PageCtx; open: ReportSummary[]; resolved: ReportSummary[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('messages.admin.title')}>
      <p>
        <a href="/admin">{t('nav.admin')}</a>
      </p>
      <h1>{t('messages.admin.title')}</h1>
      <h2>{t('messages.admin.open', { n: open.length })}</h2>
      {open.length ? <ReportRows ctx={ctx} reports={open} /> : <p class="muted">{t('messages.admin.none')}</p>}
      {resolved.length ? (
        <>
          <h2>{t('messages.admin.resolved')}</h2>
          <ReportRows ctx={ctx} reports={resolved} />
        </>
      ) : null}
    </Layout>
  );
}

/** A conversation as an admin reads it (a report, a dispute): every message and event, nothing to send. */
export function ConversationRecord({ ctx, c, bare = false }: { ctx: PageCtx; c: AdminConversation; bare?: boolean }) {
  const { t } = ctx;
  const items = [...c.messages.map((m) => ({ at: m.at, m })), ...c.events.map((e) => ({ at: e.at, e }))].sort((a, b) => a.at.getTime() - b.at.getTime());
  // Which order an event is about, only when there are several (a contract's): one order's record need not repeat its title.
  const showOrder = new Set(c.events.map((e) => e.order.id)).size > 1;
  // bare: only the list, for a page that has its own heading (the admin's dispute record).
  if (bare)
    return (
      <ol class="thread">
        {items.map((i) => ('m' in i ? <MessageItem ctx={ctx} m={i.m} seen={false} /> : <EventItem ctx={ctx} e={i.e} showOrder={showOrder} />))}
      </ol>
    );
  return (
    <section aria-labelledby="record-heading">
      <h2 id="record-heading">{t('messages.admin.conversation', { a: isolate(c.people[0].displayName), b: isolate(c.people[1].displayName) })}</h2>
      <ol class="thread">
        {items.map((i) => ('m' in i ? <MessageItem ctx={ctx} m={i.m} seen={false} /> : <EventItem ctx={ctx} e={i.e} showOrder={showOrder} />))}
      </ol>
    </section>
  );
}

export function AdminReportPage({ ctx, report, conversation }: { ctx: PageCtx; report: ReportSummary; conversation: AdminConversation }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('messages.admin.report_title')}>
      <p>
        <a href="/admin/reports">{t('messages.admin.title')}</a>
      </p>
      <h1>{t('messages.admin.report_title')}</h1>
      <dl>
        <dt>{t('messages.report.reason')}</dt>
        <dd>{t(`messages.report.reason.${report.reason}`)}</dd>
        <dt>{t('messages.admin.people')}</dt>
        <dd>
          {t('messages.admin.by', { reporter: isolate(report.reporter.displayName), reported: isolate(report.reported.displayName) })} ·{' '}
          <a href={profileUrl(report.reported)}>{t('messages.admin.profile')}</a>
        </dd>
        <dt>{t('messages.report.note')}</dt>
        <dd class="user-text" dir="auto">
          {report.note || t('messages.admin.no_note')}
        </dd>
        <dt>{t('messages.admin.when')}</dt>
        <dd>{formatDateTime(ctx.locale, report.createdAt)}</dd>
      </dl>
      {report.resolvedAt ? (
        <p class="muted">{t('messages.admin.resolved_at', { date: formatDateTime(ctx.locale, report.resolvedAt) })}</p>
      ) : (
        <form method="post" action={`/admin/reports/${report.id}/resolve`}>
          <CsrfField ctx={ctx} />
          <button type="submit">{t('messages.admin.resolve')}</button>
        </form>
      )}
      <ConversationRecord ctx={ctx} c={conversation} />
    </Layout>
  );
}

export function AdminConversationPage({ ctx, conversation }: { ctx: PageCtx; conversation: AdminConversation }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('messages.admin.conversation_title')}>
      <p>
        <a href="/admin">{t('nav.admin')}</a>
      </p>
      <h1>{t('messages.admin.conversation_title')}</h1>
      <ConversationRecord ctx={ctx} c={conversation} />
    </Layout>
  );
}
