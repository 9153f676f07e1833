// Forum pages: /forum (the categories and the viewer's private boards), a board's threads with the
// form to start one, a thread with its posts, quotes, the reply form, reports and the moderators'
// buttons, search results, and /forum/moderation. Plain forms throughout: everything works with
// JavaScript off. People's words are shown with dir="auto" and escaped by JSX; a post's Markdown
// goes through src/content's MarkdownBlocks, which renders text only (nothing a poster writes is
// ever markup).
import { MarkdownBlocks } from '../content/views.tsx';
import { FieldError, Form, type FormState, TextArea, value } from '../platform/form-views.tsx';
import { formatDateTime, isolate } from '../platform/format.ts';
import { CsrfField, Layout, type PageCtx } from '../platform/layout.tsx';
import { BODY_MAX, NEW_ACCOUNT_DAYS, NEW_PER_DAY, NEW_PER_HOUR, NOTE_MAX, postBlocks, REPORT_REASONS, TITLE_MAX } from './domain.ts';
import type { BoardPage as BoardData, BoardView, ForumHome, ForumSearch, ModerationPage as ModerationData, PostView, ThreadPage as ThreadData, ThreadSummary } from './service.ts';

/** A name written in English, Urdu or both: the reader's language first. */
const named = (ctx: PageCtx, n: { en: string | null; ur: string | null }) => (ctx.locale === 'ur' ? (n.ur ?? n.en) : (n.en ?? n.ur)) ?? '';

export const boardName = (ctx: PageCtx, v: Pick<BoardView, 'board' | 'names'>) => (v.board.kind === 'category' ? ctx.t(`forum.category.${v.board.category}`) : named(ctx, v.names ?? { en: null, ur: null }));

function When({ ctx, at }: { ctx: PageCtx; at: Date }) {
  return <time datetime={at.toISOString()}>{formatDateTime(ctx.locale, at)}</time>;
}

function Flags({ ctx, t }: { ctx: PageCtx; t: Pick<ThreadSummary, 'pinned' | 'locked' | 'hidden'> }) {
  return (
    <>
      {t.pinned ? <span class="badge forum-pinned">{ctx.t('forum.pinned')}</span> : null}
      {t.locked ? <span class="badge forum-locked">{ctx.t('forum.locked')}</span> : null}
      {t.hidden ? <span class="badge forum-hidden">{ctx.t('forum.hidden')}</span> : null}
    </>
  );
}

function SearchForm({ ctx, q }: { ctx: PageCtx; q: string }) {
  return (
    <form method="get" action="/forum/search" class="forum-search" role="search">
      <label for="forum-q">{ctx.t('forum.search.label')}</label>
      <input id="forum-q" name="q" type="search" value={q} maxlength={200} dir="auto" />
      <button type="submit" class="secondary small">
        {ctx.t('forum.search.submit')}
      </button>
    </form>
  );
}

function Pager({ ctx, base, page, pages }: { ctx: PageCtx; base: string; page: number; pages: number }) {
  if (pages <= 1) return null;
  return (
    <nav class="pager" aria-label={ctx.t('forum.pages')}>
      {page > 1 ? (
        <a href={`${base}?page=${page - 1}`} rel="prev">
          {ctx.t('forum.prev')}
        </a>
      ) : null}
      <span>{ctx.t('forum.page', { page, pages })}</span>
      {page < pages ? (
        <a href={`${base}?page=${page + 1}`} rel="next">
          {ctx.t('forum.next')}
        </a>
      ) : null}
    </nav>
  );
}

function ThreadLine({ ctx, t }: { ctx: PageCtx; t: ThreadSummary }) {
  return (
    <li class="forum-thread">
      <a href={`/forum/t/${t.id}`} dir="auto" class="forum-thread-title">
        {t.title}
      </a>{' '}
      <Flags ctx={ctx} t={t} />
      <p class="muted">
        {ctx.t('forum.by', { name: isolate(t.author.displayName) })} · {ctx.t('forum.replies', { n: t.replyCount })} · {ctx.t('forum.last_post')} <When ctx={ctx} at={t.lastPostAt} />
      </p>
    </li>
  );
}

export function ForumHomePage({ ctx, home }: { ctx: PageCtx; home: ForumHome }) {
  return (
    <Layout ctx={ctx} title={ctx.t('forum.title')}>
      <h1>{ctx.t('forum.title')}</h1>
      <p>{ctx.t('forum.intro')}</p>
      <SearchForm ctx={ctx} q="" />
      {home.moderates ? (
        <p>
          <a href="/forum/moderation">{ctx.t('forum.moderation.link')}</a>
        </p>
      ) : null}
      <ul class="forum-categories">
        {home.categories.map((c) => (
          <li class="card">
            <h2>
              <a href={`/forum/c/${c.category}`}>{ctx.t(`forum.category.${c.category}`)}</a>
            </h2>
            <p>{ctx.t(`forum.category.${c.category}.about`)}</p>
            <p class="muted">
              {ctx.t('forum.threads', { n: c.threads })}
              {c.latest ? (
                <>
                  {' · '}
                  {ctx.t('forum.latest')}{' '}
                  <a href={`/forum/t/${c.latest.id}`} dir="auto">
                    {c.latest.title}
                  </a>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
      {home.privateBoards.length ? (
        <section class="forum-private-boards">
          <h2>{ctx.t('forum.private.title')}</h2>
          <p class="muted">{ctx.t('forum.private.intro')}</p>
          <ul>
            {home.privateBoards.map((b) => (
              <li>
                <a href={`/forum/a/${b.slug}`} dir="auto">
                  {named(ctx, b.names)}
                </a>{' '}
                <span class="muted">{ctx.t('forum.threads', { n: b.threads })}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p class="muted">{ctx.t('forum.guidelines', { days: NEW_ACCOUNT_DAYS, per_hour: NEW_PER_HOUR, per_day: NEW_PER_DAY })}</p>
    </Layout>
  );
}

function NewThreadForm({ ctx, data, state }: { ctx: PageCtx; data: BoardData; state: FormState }) {
  if (!ctx.actor)
    return (
      <p>
        <a class="button" href={`/login?next=${encodeURIComponent(data.view.path)}`}>
          {ctx.t('forum.login_to_post')}
        </a>
      </p>
    );
  if (!data.permissions.canPost) return null;
  return (
    <section id="new-thread" class="forum-new-thread">
      <h2>{ctx.t('forum.new.heading')}</h2>
      <Form ctx={ctx} action={`${data.view.path}/threads`} state={state}>
        <div class="field">
          <label for="title">{ctx.t('forum.new.title')}</label>
          <input id="title" name="title" value={value(state, 'title')} maxlength={TITLE_MAX} dir="auto" required aria-invalid={state.errors.title ? 'true' : undefined} />
          <FieldError ctx={ctx} state={state} name="title" />
        </div>
        <TextArea ctx={ctx} state={state} name="body" label={ctx.t('forum.new.body')} hint={ctx.t('forum.markdown_hint')} maxlength={BODY_MAX} rows={8} />
        <button type="submit">{ctx.t('forum.new.submit')}</button>
      </Form>
    </section>
  );
}

export function BoardPage({ ctx, data, state }: { ctx: PageCtx; data: BoardData; state: FormState }) {
  const name = boardName(ctx, data.view);
  return (
    <Layout ctx={ctx} title={name}>
      <p class="breadcrumb">
        <a href="/forum">{ctx.t('forum.title')}</a>
      </p>
      <h1 dir="auto">{name}</h1>
      {data.view.board.kind === 'category' ? (
        <p>{ctx.t(`forum.category.${data.view.board.category}.about`)}</p>
      ) : (
        <p class="forum-notice">{ctx.t('forum.private.notice')}</p>
      )}
      <SearchForm ctx={ctx} q="" />
      {data.threads.length === 0 ? <p class="muted">{ctx.t('forum.board.empty')}</p> : null}
      <ul class="forum-threads">
        {data.threads.map((t) => (
          <ThreadLine ctx={ctx} t={t} />
        ))}
      </ul>
      <Pager ctx={ctx} base={data.view.path} page={data.page} pages={data.pages} />
      <NewThreadForm ctx={ctx} data={data} state={state} />
    </Layout>
  );
}

function Quote({ ctx, q }: { ctx: PageCtx; q: NonNullable<PostView['quote']> }) {
  return (
    <blockquote class="forum-quote">
      <p class="muted">{ctx.t('forum.quote.wrote', { name: q.authorName })}</p>
      {q.text === null ? <p class="muted">{ctx.t('forum.quote.hidden')}</p> : <p dir="auto">{q.text}</p>}
    </blockquote>
  );
}

function ReportForm({ ctx, post }: { ctx: PageCtx; post: PostView }) {
  if (post.reported) return <p class="muted">{ctx.t('forum.report.done')}</p>;
  return (
    <details class="forum-report">
      <summary>{ctx.t('forum.report.open')}</summary>
      <form method="post" action={`/forum/p/${post.id}/report`} class="stack">
        <CsrfField ctx={ctx} />
        <label for={`reason-${post.id}`}>{ctx.t('forum.report.reason')}</label>
        <select id={`reason-${post.id}`} name="reason">
          {REPORT_REASONS.map((r) => (
            <option value={r}>{ctx.t(`forum.report.reason.${r}`)}</option>
          ))}
        </select>
        <label for={`note-${post.id}`}>{ctx.t('forum.report.note')}</label>
        <textarea id={`note-${post.id}`} name="note" rows={2} maxlength={NOTE_MAX} dir="auto"></textarea>
        <button type="submit" class="secondary small">
          {ctx.t('forum.report.submit')}
        </button>
      </form>
    </details>
  );
}

/** A moderator's action with its reason (a reason is needed to hide). */
function ModerationForm({ ctx, action, buttons }: { ctx: PageCtx; action: string; buttons: { value: string; label: string }[] }) {
  return (
    <form method="post" action={action} class="forum-moderate">
      <CsrfField ctx={ctx} />
      <label>
        {ctx.t('forum.mod.reason')} <input name="reason" maxlength={NOTE_MAX} dir="auto" />
      </label>
      {buttons.map((b) => (
        <button type="submit" name="action" value={b.value} class="secondary small">
          {b.label}
        </button>
      ))}
    </form>
  );
}

function Post({ ctx, data, post }: { ctx: PageCtx; data: ThreadData; post: PostView }) {
  const { canModerate, canReply, canReport } = data.permissions;
  const mine = ctx.actor?.userId === post.author.id;
  return (
    <article class={post.hidden ? 'card forum-post hidden-post' : 'card forum-post'} id={`post-${post.id}`}>
      <header>
        <a href={`/u/${encodeURIComponent(post.author.handle)}`}>
          <bdi>{post.author.displayName}</bdi>
        </a>{' '}
        <span class="muted">
          <When ctx={ctx} at={post.createdAt} />
        </span>
      </header>
      {post.quote ? <Quote ctx={ctx} q={post.quote} /> : null}
      {post.hidden ? <p class="forum-notice">{ctx.t('forum.post.hidden')}</p> : null}
      {post.hidden && canModerate && post.hiddenReason ? <p class="muted">{ctx.t('forum.post.hidden_reason', { reason: post.hiddenReason })}</p> : null}
      {post.body ? (
        <div class="forum-body">
          <MarkdownBlocks blocks={postBlocks(post.body)} />
        </div>
      ) : null}
      <div class="actions">
        {canReply && !post.hidden ? (
          <a href={`/forum/t/${data.thread.id}?page=${data.page}&quote=${post.id}#reply`} class="button secondary small">
            {ctx.t('forum.quote_reply')}
          </a>
        ) : null}
        {canReport && !mine && !post.hidden ? <ReportForm ctx={ctx} post={post} /> : null}
        {canModerate ? (
          <ModerationForm ctx={ctx} action={`/forum/p/${post.id}/moderate`} buttons={[post.hidden ? { value: 'unhide', label: ctx.t('forum.mod.unhide') } : { value: 'hide', label: ctx.t('forum.mod.hide') }]} />
        ) : null}
      </div>
    </article>
  );
}

function ReplyForm({ ctx, data, state, quoting }: { ctx: PageCtx; data: ThreadData; state: FormState; quoting: PostView | null }) {
  if (!ctx.actor)
    return (
      <p>
        <a class="button" href={`/login?next=${encodeURIComponent(`/forum/t/${data.thread.id}`)}`}>
          {ctx.t('forum.login_to_post')}
        </a>
      </p>
    );
  if (data.thread.locked && !data.permissions.canModerate) return <p class="forum-notice">{ctx.t('forum.locked_note')}</p>;
  if (!data.permissions.canReply) return null;
  return (
    <section id="reply" class="forum-reply">
      <h2>{ctx.t('forum.reply.heading')}</h2>
      <Form ctx={ctx} action={`/forum/t/${data.thread.id}/replies`} state={state}>
        {quoting ? (
          <>
            <input type="hidden" name="quote" value={quoting.id} />
            <p class="muted">{ctx.t('forum.reply.quoting', { name: quoting.author.displayName })}</p>
          </>
        ) : null}
        <FieldError ctx={ctx} state={state} name="quote" />
        <TextArea ctx={ctx} state={state} name="body" label={ctx.t('forum.reply.body')} hint={ctx.t('forum.markdown_hint')} maxlength={BODY_MAX} rows={6} />
        <button type="submit">{ctx.t('forum.reply.submit')}</button>
      </Form>
    </section>
  );
}

export function ThreadPage({ ctx, data, state, quoting, alert }: { ctx: PageCtx; data: ThreadData; state: FormState; quoting: PostView | null; alert?: string | undefined }) {
  const t = data.thread;
  return (
    <Layout ctx={ctx} title={t.title}>
      <p class="breadcrumb">
        <a href="/forum">{ctx.t('forum.title')}</a> › <a href={data.view.path}>{boardName(ctx, data.view)}</a>
      </p>
      <h1 dir="auto">{t.title}</h1>
      {alert ? (
        <p class="alert" role="alert">
          {alert}
        </p>
      ) : null}
      <p>
        <Flags ctx={ctx} t={t} />
      </p>
      {data.view.board.kind === 'association' ? <p class="forum-notice">{ctx.t('forum.private.notice')}</p> : null}
      {data.permissions.canModerate ? (
        <section class="forum-thread-moderation">
          <h2 class="visually-hidden">{ctx.t('forum.mod.heading')}</h2>
          <ModerationForm
            ctx={ctx}
            action={`/forum/t/${t.id}/moderate`}
            buttons={[
              t.pinned ? { value: 'unpin', label: ctx.t('forum.mod.unpin') } : { value: 'pin', label: ctx.t('forum.mod.pin') },
              t.locked ? { value: 'unlock', label: ctx.t('forum.mod.unlock') } : { value: 'lock', label: ctx.t('forum.mod.lock') },
              t.hidden ? { value: 'unhide', label: ctx.t('forum.mod.unhide_thread') } : { value: 'hide', label: ctx.t('forum.mod.hide_thread') },
            ]}
          />
          <p class="muted">{ctx.t('forum.mod.logged')}</p>
        </section>
      ) : null}
      {data.posts.map((p) => (
        <Post ctx={ctx} data={data} post={p} />
      ))}
      <Pager ctx={ctx} base={`/forum/t/${t.id}`} page={data.page} pages={data.pages} />
      <ReplyForm ctx={ctx} data={data} state={state} quoting={quoting} />
    </Layout>
  );
}

export function SearchPage({ ctx, result }: { ctx: PageCtx; result: ForumSearch }) {
  return (
    <Layout ctx={ctx} title={ctx.t('forum.search.title')}>
      <p class="breadcrumb">
        <a href="/forum">{ctx.t('forum.title')}</a>
      </p>
      <h1>{ctx.t('forum.search.title')}</h1>
      <SearchForm ctx={ctx} q={result.q} />
      {result.q ? <p class="muted">{ctx.t('forum.search.count', { n: result.hits.length })}</p> : null}
      {result.q && result.hits.length === 0 ? <p>{ctx.t('forum.search.none')}</p> : null}
      <ul class="forum-threads">
        {result.hits.map((h) => (
          <li class="forum-thread">
            <a href={`/forum/t/${h.thread.id}`} dir="auto" class="forum-thread-title">
              {h.thread.title}
            </a>{' '}
            <Flags ctx={ctx} t={h.thread} />
            <p class="muted">
              <a href={h.boardPath}>{h.category ? ctx.t(`forum.category.${h.category}`) : named(ctx, h.associationNames ?? { en: null, ur: null })}</a> · {ctx.t('forum.replies', { n: h.thread.replyCount })}
            </p>
            {h.excerpt ? <p dir="auto">{h.excerpt}</p> : null}
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function ModerationPage({ ctx, data }: { ctx: PageCtx; data: ModerationData }) {
  return (
    <Layout ctx={ctx} title={ctx.t('forum.moderation.title')}>
      <p class="breadcrumb">
        <a href="/forum">{ctx.t('forum.title')}</a>
      </p>
      <h1>{ctx.t('forum.moderation.title')}</h1>
      <p>{ctx.t(data.everyBoard ? 'forum.moderation.intro_staff' : 'forum.moderation.intro_officer')}</p>
      <h2>{ctx.t('forum.moderation.reports', { n: data.reports.length })}</h2>
      {data.reports.length === 0 ? <p class="muted">{ctx.t('forum.moderation.no_reports')}</p> : null}
      <ul class="forum-reports">
        {data.reports.map((r) => (
          <li class="card">
            <p>
              <a href={`/forum/t/${r.post.threadId}?post=${r.post.id}`} dir="auto">
                {r.post.threadTitle}
              </a>
            </p>
            <p class="muted">{ctx.t('forum.moderation.reported', { reporter: r.reporterName, author: r.post.authorName, reason: ctx.t(`forum.report.reason.${r.reason}`) })}</p>
            {r.note ? <p dir="auto">{r.note}</p> : null}
            <blockquote class="forum-quote">
              <p dir="auto">{r.post.text}</p>
            </blockquote>
            <div class="actions">
              {r.post.hidden ? null : <ModerationForm ctx={ctx} action={`/forum/p/${r.post.id}/moderate`} buttons={[{ value: 'hide', label: ctx.t('forum.mod.hide') }]} />}
              <form method="post" action={`/forum/reports/${r.id}/dismiss`}>
                <CsrfField ctx={ctx} />
                <button type="submit" class="secondary small">
                  {ctx.t('forum.moderation.dismiss')}
                </button>
              </form>
            </div>
          </li>
        ))}
      </ul>
      <h2>{ctx.t('forum.moderation.log')}</h2>
      {data.log.length === 0 ? <p class="muted">{ctx.t('forum.moderation.no_log')}</p> : null}
      <ul class="forum-log">
        {data.log.map((e) => (
          <li>
            <When ctx={ctx} at={e.at} /> — {ctx.t(`forum.log.${e.kind.replace(/^forum\./, '')}`, { who: e.actorName, title: e.title })}
            {e.reason ? <span dir="auto"> ({e.reason})</span> : null}
          </li>
        ))}
      </ul>
    </Layout>
  );
}
