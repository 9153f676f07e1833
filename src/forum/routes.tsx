// Forum pages: /forum, /forum/search, /forum/c/<category> and /forum/a/<association> (a board and the
// form to start a thread), /forum/t/<id> (a thread, replies, quoting), reports, moderation buttons,
// and /forum/moderation. Thin: read the form, call the service, redirect with a flash, or show the
// page again with the message.
import { AppError } from '../platform/errors.ts';
import { emptyForm, type FormState } from '../platform/form-views.tsx';
import { type FormValues, readForm } from '../platform/forms.ts';
import { type App, type Ctx, flash } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import type { BoardRef } from './service.ts';
import * as forum from './service.ts';
import { BoardPage, ForumHomePage, ModerationPage, SearchPage, ThreadPage } from './views.tsx';

const toLogIn = (c: Ctx, next = c.req.path) => c.redirect(`/login?next=${encodeURIComponent(next)}`, 303);
const str = (v: FormValues, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
const pageParam = (c: Ctx) => Math.max(1, Math.min(10_000, Number.parseInt(c.req.query('page') ?? '1', 10) || 1));

function failure(c: Ctx, e: unknown, values: FormValues): { state: FormState; status: number } {
  if (!(e instanceof AppError) || e.status >= 500 || e.code === 'not_found' || e.code === 'auth.required') throw e;
  const message = e.code === 'validation.failed' ? c.get('t')('errors.validation.failed') : c.get('t')(`errors.${e.code}`, e.params);
  if (e.status === 429) c.header('retry-after', String(Number(e.params.minutes ?? 1) * 60));
  return { state: { values, errors: e.fields, message }, status: e.status };
}

async function boardPage(c: Ctx, ref: BoardRef, state: FormState = emptyForm, status = 200) {
  const data = await forum.boardPage(c.get('deps'), c.get('actor'), ref, pageParam(c));
  return render(c, <BoardPage ctx={pageCtx(c)} data={data} state={state} />, status);
}

async function threadPage(c: Ctx, id: string, state: FormState = emptyForm, status = 200, page = pageParam(c), alert?: string) {
  const data = await forum.threadPage(c.get('deps'), c.get('actor'), id, page);
  const quoteId = typeof state.values.quote === 'string' ? state.values.quote : (c.req.query('quote') ?? '');
  const quoting = data.posts.find((p) => p.id === quoteId && !p.hidden) ?? null;
  return render(c, <ThreadPage ctx={pageCtx(c)} data={data} state={state} quoting={quoting} alert={alert} />, status);
}

/**
 * A report or a moderator's action that was refused (already reported, nothing to change, no reason
 * to hide): the thread again with the message on top. Not found and forbidden go to the error page.
 */
async function refused(c: Ctx, e: unknown, threadId: string) {
  if (!(e instanceof AppError) || e.status >= 500 || e.status === 404 || e.status === 401 || e.status === 403) throw e;
  const field = Object.values(e.fields)[0];
  const message = field ? c.get('t')(field.key, field.params) : c.get('t')(`errors.${e.code}`, e.params);
  return threadPage(c, threadId, emptyForm, e.status, 1, message);
}

export function mountForum(app: App): void {
  app.get('/forum', async (c) => render(c, <ForumHomePage ctx={pageCtx(c)} home={await forum.forumHome(c.get('deps'), c.get('actor'))} />));
  app.get('/forum/search', async (c) => {
    const result = await forum.searchForum(c.get('deps'), c.get('actor'), c.req.query('q') ?? '');
    return render(c, <SearchPage ctx={pageCtx(c)} result={result} />);
  });

  const boards: [string, BoardRef['kind']][] = [
    ['/forum/c/:slug', 'category'],
    ['/forum/a/:slug', 'association'],
  ];
  for (const [path, kind] of boards) {
    app.get(path, (c) => boardPage(c, { kind, slug: c.req.param('slug') ?? '' }));
    app.post(`${path}/threads`, async (c) => {
      const ref: BoardRef = { kind, slug: c.req.param('slug') ?? '' };
      if (!c.get('actor')) return toLogIn(c, path.replace(':slug', ref.slug));
      const values = await readForm(c);
      try {
        const { id } = await forum.startThread(c.get('deps'), c.get('actor'), ref, { title: str(values, 'title'), body: str(values, 'body') });
        flash(c, 'forum.flash.thread_started');
        return c.redirect(`/forum/t/${id}`, 303);
      } catch (e) {
        const f = failure(c, e, values);
        return boardPage(c, ref, f.state, f.status);
      }
    });
  }

  app.get('/forum/t/:id', async (c) => {
    const id = c.req.param('id');
    const post = c.req.query('post');
    // A link to one post (a notification, a search hit) lands on its page.
    if (post) return c.redirect(`/forum/t/${id}?page=${await forum.locatePost(c.get('deps'), c.get('actor'), id, post)}#post-${encodeURIComponent(post)}`, 303);
    return threadPage(c, id);
  });
  app.post('/forum/t/:id/replies', async (c) => {
    const id = c.req.param('id');
    if (!c.get('actor')) return toLogIn(c, `/forum/t/${id}`);
    const values = await readForm(c);
    try {
      const r = await forum.reply(c.get('deps'), c.get('actor'), id, { body: str(values, 'body'), quote: str(values, 'quote') });
      flash(c, 'forum.flash.replied');
      return c.redirect(`/forum/t/${id}?page=${r.page}#post-${r.postId}`, 303);
    } catch (e) {
      const f = failure(c, e, values);
      return threadPage(c, id, f.state, f.status, Number.MAX_SAFE_INTEGER);
    }
  });
  app.post('/forum/p/:id/report', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/forum');
    const values = await readForm(c);
    const id = c.req.param('id');
    try {
      const { threadId } = await forum.reportPost(c.get('deps'), c.get('actor'), id, { reason: str(values, 'reason'), note: str(values, 'note') });
      flash(c, 'forum.flash.reported');
      return c.redirect(`/forum/t/${threadId}?post=${id}`, 303);
    } catch (e) {
      return refused(c, e, await forum.threadOfPost(c.get('deps'), c.get('actor'), id));
    }
  });
  app.post('/forum/t/:id/moderate', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/forum');
    const values = await readForm(c);
    const id = c.req.param('id');
    try {
      await forum.moderateThread(c.get('deps'), c.get('actor'), id, { action: str(values, 'action'), reason: str(values, 'reason') });
    } catch (e) {
      return refused(c, e, id);
    }
    flash(c, 'forum.flash.moderated');
    return c.redirect(`/forum/t/${id}`, 303);
  });
  app.post('/forum/p/:id/moderate', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/forum');
    const values = await readForm(c);
    const id = c.req.param('id');
    try {
      const r = await forum.moderatePost(c.get('deps'), c.get('actor'), id, { action: str(values, 'action'), reason: str(values, 'reason') });
      flash(c, 'forum.flash.moderated');
      return c.redirect(`/forum/t/${r.threadId}?post=${id}`, 303);
    } catch (e) {
      return refused(c, e, await forum.threadOfPost(c.get('deps'), c.get('actor'), id));
    }
  });
  app.get('/forum/moderation', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return render(c, <ModerationPage ctx={pageCtx(c)} data={await forum.moderationPage(c.get('deps'), c.get('actor'))} />);
  });
  app.post('/forum/reports/:id/dismiss', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/forum/moderation');
    await forum.dismissReport(c.get('deps'), c.get('actor'), c.req.param('id'));
    flash(c, 'forum.flash.dismissed');
    return c.redirect('/forum/moderation', 303);
  });
}
