// Messages pages: /messages (inbox), /messages/new (the "Contact" form), /messages/:id (a
// conversation, its send form, Block and Report), the fragment an open page fetches for new
// messages, the order's and contract's conversation links, and the admins' /admin/reports. Thin:
// read the form, call the service, redirect with a flash, or show the page again with the message.
import type { Upload } from '../media/service.ts';
import { getPublicGig } from '../gigs/service.ts';
import { getJob } from '../jobs/service.ts';
import { emptyForm, type FormState } from '../platform/form-views.tsx';
import { type FormValues, readForm } from '../platform/forms.ts';
import { AppError } from '../platform/errors.ts';
import { acceptUploads, type App, type Ctx, flash } from '../platform/http.ts';
import { type PageCtx, pageCtx, render } from '../platform/layout.tsx';
import * as messages from './service.ts';
import type { About } from './service.ts';
import { AdminConversationPage, AdminReportPage, AdminReportsPage, InboxPage, MessageItems, NewConversationPage, ReportPage, ThreadPage } from './views.tsx';

const toLogIn = (c: Ctx) => c.redirect(`/login?next=${encodeURIComponent(c.req.path + (new URL(c.req.url).search || ''))}`, 303);
const str = (v: FormValues, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');

/** Every file chosen in the form's `field` (browsers send an empty part when none is). */
async function readFiles(c: Ctx, field: string): Promise<Upload[]> {
  if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) return [];
  const body = await c.req.parseBody({ all: true });
  const v = body[field];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  const out: Upload[] = [];
  for (const f of list) if (typeof f !== 'string' && f.size > 0) out.push({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
  return out;
}

/** A refused form's state: the person's input and the translated message (404s and faults go on). */
function failure(c: Ctx, e: unknown, values: FormValues): { state: FormState; status: number } {
  if (!(e instanceof AppError) || e.status >= 500 || e.code === 'not_found' || e.code === 'csrf.invalid') throw e;
  const message = c.get('t')(e.code === 'validation.failed' ? 'errors.validation.failed' : `errors.${e.code}`, e.params);
  return { state: { values, errors: e.fields, message }, status: e.status };
}

async function threadPage(c: Ctx, id: string, form: FormState = emptyForm, status = 200) {
  const thread = await messages.getThread(c.get('deps'), c.get('actor'), id, { before: c.req.query('before'), markRead: status === 200 });
  return render(c, <ThreadPage ctx={pageCtx(c)} thread={thread} form={form} />, status);
}

/** The "Contact" form's subject from the query (?gig= or ?job=), checked as the service checks it. */
async function subject(c: Ctx, q: (k: string) => string | undefined): Promise<{ about: About | null; hidden: Record<string, string> }> {
  const deps = c.get('deps');
  const gig = q('gig');
  const job = q('job');
  if (gig) {
    const g = await getPublicGig(deps, c.get('actor'), gig);
    return { about: { kind: 'gig' as const, title: g.title, url: `/g/${g.slug}` }, hidden: { gig: g.id } };
  }
  if (job) {
    const j = await getJob(deps, c.get('actor'), job);
    return { about: { kind: 'job' as const, title: j.title, url: `/jobs/${j.id}` }, hidden: { job: j.id } };
  }
  return { about: null, hidden: {} };
}

async function newPage(c: Ctx, q: (k: string) => string | undefined, state: FormState, status = 200) {
  const to = await messages.personByHandle(c.get('deps').db, q('to') ?? '');
  if (to.id === c.get('actor')?.userId) throw new AppError('message.to_yourself');
  const { about, hidden } = await subject(c, q);
  return render(c, <NewConversationPage ctx={pageCtx(c)} to={to} about={about} hidden={hidden} state={state} />, status);
}

export function mountMessages(app: App): void {
  app.get('/messages', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return render(c, <InboxPage ctx={pageCtx(c)} items={await messages.listConversations(c.get('deps'), c.get('actor'))} />);
  });

  app.get('/messages/new', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return newPage(c, (k) => c.req.query(k), emptyForm);
  });

  app.post('/messages/new', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    const gig = str(values, 'gig');
    const job = str(values, 'job');
    try {
      const sent = await messages.startConversation(c.get('deps'), c.get('actor'), { with: str(values, 'to'), ...(gig ? { about: { gig } } : job ? { about: { job } } : {}), text: str(values, 'text') });
      flash(c, sent.warning ? 'messages.flash.warning' : 'messages.flash.sent');
      return c.redirect(`/messages/${sent.conversationId}#m${sent.id}`, 303);
    } catch (e) {
      const f = failure(c, e, values);
      return newPage(c, (k) => str(values, k) || undefined, f.state, f.status);
    }
  });

  app.get('/messages/:id', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return threadPage(c, c.req.param('id'));
  });

  acceptUploads(app, '/messages/:id');
  app.post('/messages/:id', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const id = c.req.param('id');
    const values = await readForm(c);
    try {
      const sent = await messages.sendMessage(c.get('deps'), c.get('actor'), id, { text: str(values, 'text') }, await readFiles(c, 'files'));
      flash(c, sent.warning ? 'messages.flash.warning' : 'messages.flash.sent');
      return c.redirect(`/messages/${id}#m${sent.id}`, 303);
    } catch (e) {
      const f = failure(c, e, values);
      return threadPage(c, id, f.state, f.status);
    }
  });

  // What an open conversation fetches when the live stream says a message arrived: only the new
  // items. An empty thread has no last id yet and asks for /messages/:id/after/ (everything).
  const after = async (c: Ctx) => {
    if (!c.get('actor')) throw new AppError('auth.required');
    const { messages: list, seenId, otherReadUpTo } = await messages.messagesAfter(c.get('deps'), c.get('actor'), c.req.param('id') ?? '', c.req.param('messageId') ?? '');
    c.header('cache-control', 'no-store');
    // Not pageCtx(c): a fragment must not take the flash message meant for the next whole page.
    const ctx: PageCtx = { t: c.get('t'), locale: c.get('locale'), actor: c.get('actor'), csrf: '', path: c.req.path, requestId: c.get('requestId') };
    return c.html(String(<MessageItems ctx={ctx} messages={list} seenId={seenId} upTo={otherReadUpTo} />));
  };
  app.get('/messages/:id/after/:messageId', after);
  app.get('/messages/:id/after/', after);

  for (const [action, run, key] of [
    ['block', messages.blockInConversation, 'messages.flash.blocked'],
    ['unblock', messages.unblockInConversation, 'messages.flash.unblocked'],
  ] as const) {
    app.post(`/messages/:id/${action}`, async (c) => {
      if (!c.get('actor')) return toLogIn(c);
      const id = c.req.param('id');
      await run(c.get('deps'), c.get('actor'), id);
      flash(c, key);
      return c.redirect(`/messages/${id}`, 303);
    });
  }

  app.post('/messages/:id/report', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const id = c.req.param('id');
    const values = await readForm(c);
    try {
      await messages.reportConversation(c.get('deps'), c.get('actor'), id, { reason: str(values, 'reason'), note: str(values, 'note') });
      flash(c, 'messages.flash.reported');
      return c.redirect(`/messages/${id}`, 303);
    } catch (e) {
      const f = failure(c, e, values);
      const thread = await messages.getThread(c.get('deps'), c.get('actor'), id);
      return render(c, <ReportPage ctx={pageCtx(c)} id={id} other={thread.other} state={f.state} />, f.status);
    }
  });

  // The order's and the contract's conversation, from their pages (made the first time either party opens it).
  app.get('/orders/:id/conversation', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return c.redirect(`/messages/${await messages.orderConversation(c.get('deps'), c.get('actor'), c.req.param('id'))}`, 303);
  });
  app.get('/contracts/:id/conversation', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return c.redirect(`/messages/${await messages.contractConversation(c.get('deps'), c.get('actor'), c.req.param('id'))}`, 303);
  });

  // The admins' queue of reported conversations (src/admin/sections.ts lists it).
  app.get('/admin/reports', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const { open, resolved } = await messages.listReports(c.get('deps'), c.get('actor'));
    return render(c, <AdminReportsPage ctx={pageCtx(c)} open={open} resolved={resolved} />);
  });
  app.get('/admin/reports/:id', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const { report, conversation } = await messages.getReport(c.get('deps'), c.get('actor'), c.req.param('id'));
    return render(c, <AdminReportPage ctx={pageCtx(c)} report={report} conversation={conversation} />);
  });
  app.post('/admin/reports/:id/resolve', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    await messages.resolveReport(c.get('deps'), c.get('actor'), c.req.param('id'));
    flash(c, 'messages.flash.resolved');
    return c.redirect('/admin/reports', 303);
  });
  // A conversation an admin may read (reported, or about a disputed order or contract).
  app.get('/admin/conversations/:id', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return render(c, <AdminConversationPage ctx={pageCtx(c)} conversation={await messages.adminConversation(c.get('deps'), c.get('actor'), c.req.param('id'))} />);
  });
}
