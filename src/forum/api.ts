// The forum endpoints under /api/v1/forum: thin calls into the forum service, the same use cases
// the pages call.
import { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import type { Ctx } from '../platform/http.ts';
import { postModerationInput, replyInput, reportInput, threadInput, threadModerationInput } from './domain.ts';
import { forumBoardResponse, forumCreatedResponse, forumHomeResponse, forumModerationResponse, forumSearchResponse, forumThreadResponse } from './schemas.ts';
import * as forum from './service.ts';

const V1 = '/api/v1/forum';
const deps = (c: Ctx) => c.get('deps');
const person = (p: { displayName: string; handle: string }) => ({ display_name: p.displayName, handle: p.handle, url: `/u/${encodeURIComponent(p.handle)}` });

function boardJson(v: forum.BoardView): z.input<typeof forumBoardResponse>['board'] {
  return {
    kind: v.board.kind,
    category: v.board.kind === 'category' ? v.board.category : null,
    association: v.board.kind === 'association' ? v.board.slug : null,
    names: v.names,
    url: v.path,
  };
}

function threadJson(t: forum.ThreadSummary): z.input<typeof forumBoardResponse>['threads'][number] {
  return {
    id: t.id,
    title: t.title,
    author: person(t.author),
    reply_count: t.replyCount,
    last_post_at: t.lastPostAt.toISOString(),
    created_at: t.createdAt.toISOString(),
    pinned: t.pinned,
    locked: t.locked,
    hidden: t.hidden,
    url: `/forum/t/${t.id}`,
  };
}

function boardPageJson(p: forum.BoardPage): z.input<typeof forumBoardResponse> {
  return { board: boardJson(p.view), threads: p.threads.map(threadJson), total: p.total, page: p.page, pages: p.pages, permissions: { can_post: p.permissions.canPost, can_moderate: p.permissions.canModerate } };
}

function threadPageJson(p: forum.ThreadPage): z.input<typeof forumThreadResponse> {
  return {
    board: boardJson(p.view),
    thread: threadJson(p.thread),
    posts: p.posts.map((x) => ({
      id: x.id,
      author: person(x.author),
      body: x.body,
      opening: x.opening,
      created_at: x.createdAt.toISOString(),
      hidden: x.hidden,
      quote: x.quote ? { id: x.quote.id, author_name: x.quote.authorName, excerpt: x.quote.text } : null,
    })),
    page: p.page,
    pages: p.pages,
    permissions: { can_post: p.permissions.canPost, can_moderate: p.permissions.canModerate, can_reply: p.permissions.canReply },
  };
}

const pageQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).optional() });
const searchQuery = z.object({ q: z.string().max(200) });
const pageOf = (c: Ctx) => Math.max(1, Math.min(10_000, Number.parseInt(c.req.query('page') ?? '1', 10) || 1));
const category = { category: 'api.param.forum_category' };
const association = { association: 'api.param.forum_association' };
const thread = { thread: 'api.param.forum_thread' };
const post = { post: 'api.param.forum_post' };
const pageDescribe = { schema: pageQuery, describe: { page: 'api.query.forum.page' } };
const startProblems = ['not_found', 'auth.email_unverified', 'forum.members_only', 'forum.new_account_limit', 'rate.limited'] as const;

export const forumEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'getForum',
    method: 'get',
    path: V1,
    tag: 'forum',
    auth: 'optional',
    status: 200,
    response: forumHomeResponse,
    async handle(c) {
      const h = await forum.forumHome(deps(c), c.get('actor'));
      return {
        categories: h.categories.map((x) => ({ category: x.category, threads: x.threads, latest: x.latest ? threadJson(x.latest) : null, url: `/forum/c/${x.category}` })),
        private_boards: h.privateBoards.map((b) => ({ association: b.slug, names: b.names, threads: b.threads, url: `/forum/a/${b.slug}` })),
        moderates: h.moderates,
      };
    },
  }),
  endpoint({
    operationId: 'listForumCategoryThreads',
    method: 'get',
    path: `${V1}/categories/{category}/threads`,
    tag: 'forum',
    auth: 'optional',
    params: category,
    query: pageDescribe,
    status: 200,
    response: forumBoardResponse,
    problems: ['not_found'],
    handle: async (c) => boardPageJson(await forum.boardPage(deps(c), c.get('actor'), { kind: 'category', slug: c.req.param('category') ?? '' }, pageOf(c))),
  }),
  endpoint({
    operationId: 'listForumBoardThreads',
    method: 'get',
    path: `${V1}/associations/{association}/threads`,
    tag: 'forum',
    auth: 'optional',
    params: association,
    query: pageDescribe,
    status: 200,
    response: forumBoardResponse,
    problems: ['not_found'],
    handle: async (c) => boardPageJson(await forum.boardPage(deps(c), c.get('actor'), { kind: 'association', slug: c.req.param('association') ?? '' }, pageOf(c))),
  }),
  endpoint({
    operationId: 'startForumCategoryThread',
    method: 'post',
    path: `${V1}/categories/{category}/threads`,
    tag: 'forum',
    auth: 'required',
    params: category,
    request: { name: 'ForumThreadRequest', schema: threadInput },
    status: 201,
    response: forumCreatedResponse,
    problems: [...startProblems],
    async handle(c, body) {
      const { id } = await forum.startThread(deps(c), c.get('actor'), { kind: 'category', slug: c.req.param('category') ?? '' }, body);
      return { thread: id, post: null, url: `/forum/t/${id}` };
    },
  }),
  endpoint({
    operationId: 'startForumBoardThread',
    method: 'post',
    path: `${V1}/associations/{association}/threads`,
    tag: 'forum',
    auth: 'required',
    params: association,
    request: { name: 'ForumThreadRequest', schema: threadInput },
    status: 201,
    response: forumCreatedResponse,
    problems: [...startProblems],
    async handle(c, body) {
      const { id } = await forum.startThread(deps(c), c.get('actor'), { kind: 'association', slug: c.req.param('association') ?? '' }, body);
      return { thread: id, post: null, url: `/forum/t/${id}` };
    },
  }),
  endpoint({
    operationId: 'getForumThread',
    method: 'get',
    path: `${V1}/threads/{thread}`,
    tag: 'forum',
    auth: 'optional',
    params: thread,
    query: pageDescribe,
    status: 200,
    response: forumThreadResponse,
    problems: ['not_found'],
    handle: async (c) => threadPageJson(await forum.threadPage(deps(c), c.get('actor'), c.req.param('thread') ?? '', pageOf(c))),
  }),
  endpoint({
    operationId: 'replyToForumThread',
    method: 'post',
    path: `${V1}/threads/{thread}/replies`,
    tag: 'forum',
    auth: 'required',
    params: thread,
    request: { name: 'ForumReplyRequest', schema: replyInput },
    status: 201,
    response: forumCreatedResponse,
    problems: [...startProblems, 'forum.locked'],
    async handle(c, body) {
      const r = await forum.reply(deps(c), c.get('actor'), c.req.param('thread') ?? '', body);
      return { thread: r.threadId, post: r.postId, url: `/forum/t/${r.threadId}?page=${r.page}#post-${r.postId}` };
    },
  }),
  endpoint({
    operationId: 'searchForum',
    method: 'get',
    path: `${V1}/search`,
    tag: 'forum',
    auth: 'optional',
    query: { schema: searchQuery, describe: { q: 'api.query.forum.q' } },
    status: 200,
    response: forumSearchResponse,
    async handle(c) {
      const r = await forum.searchForum(deps(c), c.get('actor'), (c.req.query('q') ?? '').slice(0, 200));
      return {
        q: r.q,
        hits: r.hits.map((h) => ({ thread: threadJson(h.thread), board_url: h.boardPath, category: h.category, association_names: h.associationNames, excerpt: h.excerpt })),
      };
    },
  }),
  endpoint({
    operationId: 'reportForumPost',
    method: 'post',
    path: `${V1}/posts/{post}/reports`,
    tag: 'forum',
    auth: 'required',
    params: post,
    request: { name: 'ForumReportRequest', schema: reportInput },
    status: 204,
    problems: ['not_found', 'forum.own_post', 'forum.already_reported', 'rate.limited'],
    async handle(c, body) {
      await forum.reportPost(deps(c), c.get('actor'), c.req.param('post') ?? '', body);
      return undefined;
    },
  }),
  endpoint({
    operationId: 'moderateForumThread',
    method: 'post',
    path: `${V1}/threads/{thread}/moderation`,
    tag: 'forum',
    auth: 'required',
    params: thread,
    request: { name: 'ForumThreadModerationRequest', schema: threadModerationInput },
    status: 200,
    response: forumThreadResponse,
    problems: ['not_found', 'auth.forbidden', 'forum.no_change'],
    async handle(c, body) {
      const id = c.req.param('thread') ?? '';
      await forum.moderateThread(deps(c), c.get('actor'), id, body);
      return threadPageJson(await forum.threadPage(deps(c), c.get('actor'), id, 1));
    },
  }),
  endpoint({
    operationId: 'moderateForumPost',
    method: 'post',
    path: `${V1}/posts/{post}/moderation`,
    tag: 'forum',
    auth: 'required',
    params: post,
    request: { name: 'ForumPostModerationRequest', schema: postModerationInput },
    status: 200,
    response: forumThreadResponse,
    problems: ['not_found', 'auth.forbidden', 'forum.no_change'],
    async handle(c, body) {
      const id = c.req.param('post') ?? '';
      const r = await forum.moderatePost(deps(c), c.get('actor'), id, body);
      return threadPageJson(await forum.threadPage(deps(c), c.get('actor'), r.threadId, await forum.locatePost(deps(c), c.get('actor'), r.threadId, id)));
    },
  }),
  endpoint({
    operationId: 'getForumModeration',
    method: 'get',
    path: `${V1}/moderation`,
    tag: 'forum',
    auth: 'required',
    status: 200,
    response: forumModerationResponse,
    problems: ['auth.forbidden'],
    async handle(c) {
      const m = await forum.moderationPage(deps(c), c.get('actor'));
      return {
        every_board: m.everyBoard,
        reports: m.reports.map((r) => ({
          id: r.id,
          reason: r.reason,
          note: r.note,
          created_at: r.createdAt.toISOString(),
          reporter_name: r.reporterName,
          post: { id: r.post.id, thread: r.post.threadId, thread_title: r.post.threadTitle, author_name: r.post.authorName, excerpt: r.post.text, hidden: r.post.hidden },
        })),
        log: m.log.map((e) => ({ kind: e.kind, actor_name: e.actorName, at: e.at.toISOString(), thread: e.threadId, title: e.title, reason: e.reason })),
      };
    },
  }),
  endpoint({
    operationId: 'dismissForumReport',
    method: 'post',
    path: `${V1}/reports/{report}/dismiss`,
    tag: 'forum',
    auth: 'required',
    params: { report: 'api.param.forum_report' },
    status: 204,
    problems: ['not_found', 'auth.forbidden', 'forum.no_change'],
    async handle(c) {
      await forum.dismissReport(deps(c), c.get('actor'), c.req.param('report') ?? '');
      return undefined;
    },
  }),
];
