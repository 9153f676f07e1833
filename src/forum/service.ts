// Forum use cases (docs/decisions/0066-forum.md): the boards and their threads, starting a thread,
// replying (and quoting), search over the forum in Urdu, Roman Urdu and English with the platform's
// bilingual search, reports, and moderation (pin, lock, hide; dismissing a report), each moderator
// action written to audit_events.
//
// Who may (domain.ts): public categories are read by everyone and written by signed-in people with
// a confirmed e-mail; an association's private board is read and written by its active members (and
// read and moderated by Hunar's moderators and admins): anyone else gets not_found, as if it did not
// exist. Membership is asked of src/associations/membership.ts only. A board's officers moderate it.
import { sql } from 'kysely';
import { membershipOf, membershipsOf } from '../associations/membership.ts';
import type { Executor, Tx } from '../db/pool.ts';
import { notify } from '../notifications/notify.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import { consume } from '../platform/rate-limit.ts';
import { hasRole } from '../platform/roles.ts';
import { type PlannedWord, matchText, planWords, type WordFacts } from '../search/domain.ts';
import { expandQuery, tokens } from '../search/normalize.ts';
import {
  applyPostAction,
  applyThreadAction,
  type Board,
  CATEGORIES,
  canModerate,
  canPost,
  canRead,
  excerpt,
  isCategory,
  isNewAccount,
  NEW_ACCOUNT_DAYS,
  NEW_PER_DAY,
  NEW_PER_HOUR,
  POSTS_PER_PAGE,
  postingLimits,
  postModerationInput,
  REPORTS_PER_DAY,
  replyInput,
  reportInput,
  type Standing,
  THREADS_PER_PAGE,
  threadInput,
  threadModerationInput,
} from './domain.ts';
import type { CategorySlug } from './tables.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Where a board lives in addresses: /forum/c/<category> or /forum/a/<association slug>. */
export type BoardRef = { kind: 'category'; slug: string } | { kind: 'association'; slug: string };

export interface BoardView {
  board: Board;
  /** An association's names (a private board); null for a category (its name is a message). */
  names: { en: string | null; ur: string | null } | null;
  path: string;
}

export interface Permissions {
  canPost: boolean;
  canModerate: boolean;
}

const boardPath = (b: Board) => (b.kind === 'category' ? `/forum/c/${b.category}` : `/forum/a/${b.slug}`);

async function isStaff(db: Executor, actor: Actor | null): Promise<boolean> {
  if (!actor) return false;
  return actor.isAdmin || (await hasRole(db, actor.userId, 'moderator'));
}

async function standingOn(db: Executor, actor: Actor | null, board: Board, staff?: boolean): Promise<Standing> {
  const m = actor && board.kind === 'association' ? await membershipOf(db, board.associationId, actor.userId) : null;
  return { signedIn: !!actor, staff: staff ?? (await isStaff(db, actor)), member: !!m, officer: m?.role === 'officer' };
}

/** A board by its address; a private board's association is looked up in any state (membership decides who reads). */
async function findBoard(db: Executor, ref: BoardRef): Promise<BoardView> {
  if (ref.kind === 'category') {
    if (!isCategory(ref.slug)) throw new AppError('not_found');
    const board: Board = { kind: 'category', category: ref.slug };
    return { board, names: null, path: boardPath(board) };
  }
  if (!SLUG.test(ref.slug) || ref.slug.length > 60) throw new AppError('not_found');
  const a = await db.selectFrom('associations').select(['id', 'slug', 'name_en', 'name_ur']).where('slug', '=', ref.slug).executeTakeFirst();
  if (!a) throw new AppError('not_found');
  const board: Board = { kind: 'association', associationId: a.id, slug: a.slug };
  return { board, names: { en: a.name_en, ur: a.name_ur }, path: boardPath(board) };
}

async function boardOfThread(db: Executor, t: { category: CategorySlug | null; association_id: string | null }): Promise<BoardView> {
  if (t.category) return findBoard(db, { kind: 'category', slug: t.category });
  const a = await db.selectFrom('associations').select('slug').where('id', '=', t.association_id as string).executeTakeFirstOrThrow();
  return findBoard(db, { kind: 'association', slug: a.slug });
}

/** The board, when the viewer may read it; not_found otherwise (a private board is not revealed). */
async function readableBoard(db: Executor, actor: Actor | null, ref: BoardRef) {
  const view = await findBoard(db, ref);
  const standing = await standingOn(db, actor, view.board);
  if (!canRead(view.board, standing)) throw new AppError('not_found');
  return { view, standing };
}

// --- Reading -------------------------------------------------------------------------------------

export interface ThreadSummary {
  id: string;
  title: string;
  author: { displayName: string; handle: string };
  replyCount: number;
  lastPostAt: Date;
  createdAt: Date;
  pinned: boolean;
  locked: boolean;
  hidden: boolean;
}

const threadSummaryQuery = (db: Executor) =>
  db
    .selectFrom('forum_threads as t')
    .innerJoin('users as u', 'u.id', 't.author_id')
    .select(['t.id', 't.title', 't.reply_count', 't.last_post_at', 't.created_at', 't.pinned_at', 't.locked_at', 't.hidden_at', 't.category', 't.association_id', 'u.display_name', 'u.handle']);

type SummaryRow = NonNullable<Awaited<ReturnType<ReturnType<typeof threadSummaryQuery>['executeTakeFirst']>>>;

const toSummary = (r: SummaryRow): ThreadSummary => ({
  id: r.id,
  title: r.title,
  author: { displayName: r.display_name, handle: String(r.handle) },
  replyCount: r.reply_count,
  lastPostAt: r.last_post_at,
  createdAt: r.created_at,
  pinned: r.pinned_at !== null,
  locked: r.locked_at !== null,
  hidden: r.hidden_at !== null,
});

export interface CategoryCard {
  category: CategorySlug;
  threads: number;
  latest: ThreadSummary | null;
}

export interface PrivateBoardCard {
  slug: string;
  names: { en: string | null; ur: string | null };
  threads: number;
  officer: boolean;
}

export interface ForumHome {
  categories: CategoryCard[];
  /** The private boards of the viewer's associations. */
  privateBoards: PrivateBoardCard[];
  /** The viewer moderates somewhere (a moderator, an admin, an officer). */
  moderates: boolean;
}

/** /forum: the five categories with their latest thread, and the viewer's associations' boards. */
export async function forumHome(deps: Deps, actor: Actor | null): Promise<ForumHome> {
  const db = deps.db;
  const counts = await db.selectFrom('forum_threads').select(['category', sql<string>`count(*)`.as('n')]).where('category', 'is not', null).where('hidden_at', 'is', null).groupBy('category').execute();
  const latest = await threadSummaryQuery(db)
    .distinctOn('t.category')
    .where('t.category', 'is not', null)
    .where('t.hidden_at', 'is', null)
    .orderBy('t.category')
    .orderBy('t.last_post_at', 'desc')
    .execute();
  const categories = CATEGORIES.map((category) => {
    const l = latest.find((r) => r.category === category);
    return { category, threads: Number(counts.find((c) => c.category === category)?.n ?? 0), latest: l ? toSummary(l) : null };
  });
  let privateBoards: PrivateBoardCard[] = [];
  const memberships = actor ? await membershipsOf(db, actor.userId) : [];
  if (memberships.length) {
    const rows = await db
      .selectFrom('associations as a')
      .select(['a.id', 'a.slug', 'a.name_en', 'a.name_ur'])
      .select((eb) => eb.selectFrom('forum_threads as t').select(sql<string>`count(*)`.as('n')).whereRef('t.association_id', '=', 'a.id').where('t.hidden_at', 'is', null).as('threads'))
      .where(
        'a.id',
        'in',
        memberships.map((m) => m.associationId),
      )
      .orderBy('a.slug')
      .execute();
    privateBoards = rows.map((r) => ({ slug: r.slug, names: { en: r.name_en, ur: r.name_ur }, threads: Number(r.threads ?? 0), officer: memberships.some((m) => m.associationId === r.id && m.role === 'officer') }));
  }
  const moderates = (await isStaff(db, actor)) || memberships.some((m) => m.role === 'officer');
  return { categories, privateBoards, moderates };
}

export interface BoardPage {
  view: BoardView;
  threads: ThreadSummary[];
  total: number;
  page: number;
  pages: number;
  permissions: Permissions;
}

/** A board's threads: pinned first, then by latest post. Hidden threads only for its moderators. */
export async function boardPage(deps: Deps, actor: Actor | null, ref: BoardRef, page = 1): Promise<BoardPage> {
  const { view, standing } = await readableBoard(deps.db, actor, ref);
  const mod = canModerate(view.board, standing);
  let q = threadSummaryQuery(deps.db);
  q = view.board.kind === 'category' ? q.where('t.category', '=', view.board.category) : q.where('t.association_id', '=', view.board.associationId);
  if (!mod) q = q.where('t.hidden_at', 'is', null);
  const totalRow = await q.clearSelect().select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const total = Number(totalRow.n);
  const pages = Math.max(1, Math.ceil(total / THREADS_PER_PAGE));
  const p = Math.min(Math.max(1, page), pages);
  const rows = await q
    .orderBy(sql`t.pinned_at IS NOT NULL`, 'desc')
    .orderBy('t.last_post_at', 'desc')
    .limit(THREADS_PER_PAGE)
    .offset((p - 1) * THREADS_PER_PAGE)
    .execute();
  return { view, threads: rows.map(toSummary), total, page: p, pages, permissions: { canPost: canPost(view.board, standing), canModerate: mod } };
}

export interface PostView {
  id: string;
  author: { id: string; displayName: string; handle: string };
  body: string;
  opening: boolean;
  createdAt: Date;
  hidden: boolean;
  hiddenReason: string | null;
  /** The quoted post: its author and a short excerpt (null text when it was hidden since). */
  quote: { id: string; authorName: string; text: string | null } | null;
  /** The viewer reported it already. */
  reported: boolean;
}

export interface ThreadPage {
  view: BoardView;
  thread: ThreadSummary;
  posts: PostView[];
  page: number;
  pages: number;
  permissions: Permissions & { canReply: boolean; canReport: boolean };
}

async function readableThread(db: Executor, actor: Actor | null, id: string) {
  if (!UUID.test(id)) throw new AppError('not_found');
  const row = await threadSummaryQuery(db).where('t.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  const view = await boardOfThread(db, row);
  const standing = await standingOn(db, actor, view.board);
  if (!canRead(view.board, standing)) throw new AppError('not_found');
  const mod = canModerate(view.board, standing);
  if (row.hidden_at && !mod) throw new AppError('not_found');
  return { row, view, standing, mod };
}

/** One thread with a page of its posts, oldest first. A hidden post's text is kept from everyone but its board's moderators. */
export async function threadPage(deps: Deps, actor: Actor | null, id: string, page = 1): Promise<ThreadPage> {
  const { row, view, standing, mod } = await readableThread(deps.db, actor, id);
  const total = row.reply_count + 1;
  const pages = Math.max(1, Math.ceil(total / POSTS_PER_PAGE));
  const p = Math.min(Math.max(1, page), pages);
  const rows = await deps.db
    .selectFrom('forum_posts as p')
    .innerJoin('users as u', 'u.id', 'p.author_id')
    .leftJoin('forum_posts as q', 'q.id', 'p.quote_post_id')
    .leftJoin('users as qu', 'qu.id', 'q.author_id')
    .select(['p.id', 'p.body', 'p.is_opening', 'p.created_at', 'p.hidden_at', 'p.hidden_reason', 'p.author_id', 'u.display_name', 'u.handle'])
    .select(['q.id as quote_id', 'q.body as quote_body', 'q.hidden_at as quote_hidden_at', 'qu.display_name as quote_author'])
    .select((eb) =>
      actor
        ? eb.exists(eb.selectFrom('forum_reports as r').select('r.id').whereRef('r.post_id', '=', 'p.id').where('r.reporter_id', '=', actor.userId)).as('reported')
        : sql<boolean>`false`.as('reported'),
    )
    .where('p.thread_id', '=', row.id)
    .orderBy('p.created_at')
    .orderBy('p.id')
    .limit(POSTS_PER_PAGE)
    .offset((p - 1) * POSTS_PER_PAGE)
    .execute();
  const posts: PostView[] = rows.map((r) => ({
    id: r.id,
    author: { id: r.author_id, displayName: r.display_name, handle: String(r.handle) },
    body: r.hidden_at && !mod ? '' : r.body,
    opening: r.is_opening,
    createdAt: r.created_at,
    hidden: r.hidden_at !== null,
    hiddenReason: r.hidden_reason,
    quote: r.quote_id ? { id: r.quote_id, authorName: r.quote_author ?? '', text: r.quote_hidden_at ? null : excerpt(r.quote_body ?? '') } : null,
    reported: Boolean(r.reported),
  }));
  const poster = canPost(view.board, standing);
  return {
    view,
    thread: toSummary(row),
    posts,
    page: p,
    pages,
    permissions: { canPost: poster, canModerate: mod, canReply: poster && (!row.locked_at || mod), canReport: !!actor },
  };
}

/** The page of a thread a post is on (for links to one reply). */
async function pageOfPost(db: Executor, threadId: string, postId: string): Promise<number> {
  const r = await sql<{ n: string }>`
    SELECT count(*) AS n FROM forum_posts p, forum_posts me
    WHERE me.id = ${postId} AND p.thread_id = ${threadId} AND (p.created_at, p.id) < (me.created_at, me.id)`.execute(db);
  return Math.floor(Number(r.rows[0]?.n ?? 0) / POSTS_PER_PAGE) + 1;
}

// --- Writing -------------------------------------------------------------------------------------

/** The thread's search document: its title and every visible post (0063_forum.ts). */
export async function reindexThread(tx: Executor, threadId: string): Promise<void> {
  await sql`
    UPDATE forum_threads t SET search_tsv = hunar_search_vector(t.title, 'A') || hunar_search_vector(coalesce(
      (SELECT string_agg(p.body, ' ' ORDER BY p.created_at) FROM forum_posts p WHERE p.thread_id = t.id AND p.hidden_at IS NULL), ''), 'C')
    WHERE t.id = ${threadId}`.execute(tx);
}

/** Counts one post against the author's limits; a new account's limit has its own message. */
async function countPost(tx: Tx, deps: Deps, actor: Actor, staff: boolean): Promise<void> {
  const now = deps.clock.now();
  const me = await tx.selectFrom('users').select('created_at').where('id', '=', actor.userId).executeTakeFirstOrThrow();
  try {
    await consume(tx, deps.clock, postingLimits(actor.userId, me.created_at, now, staff));
  } catch (e) {
    if (e instanceof AppError && e.code === 'rate.limited' && isNewAccount(me.created_at, now)) throw new AppError('forum.new_account_limit', { days: NEW_ACCOUNT_DAYS, per_hour: NEW_PER_HOUR, per_day: NEW_PER_DAY, minutes: e.params.minutes ?? 1 });
    throw e;
  }
}

function requirePoster(actorIn: Actor | null): Actor {
  const actor = requireActor(actorIn);
  if (!actor.emailVerified) throw new AppError('auth.email_unverified');
  return actor;
}

/** A signed-in person starts a thread on a board they may post on. Returns the thread's id. */
export async function startThread(deps: Deps, actorIn: Actor | null, ref: BoardRef, raw: unknown): Promise<{ id: string }> {
  const actor = requirePoster(actorIn);
  const { view, standing } = await readableBoard(deps.db, actor, ref);
  if (!canPost(view.board, standing)) throw new AppError('forum.members_only');
  const input = parseWith(threadInput, raw);
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    await countPost(tx, deps, actor, standing.staff);
    const t = await tx
      .insertInto('forum_threads')
      .values({
        category: view.board.kind === 'category' ? view.board.category : null,
        association_id: view.board.kind === 'association' ? view.board.associationId : null,
        author_id: actor.userId,
        title: input.title,
        last_post_at: now,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.insertInto('forum_posts').values({ thread_id: t.id, author_id: actor.userId, body: input.body, is_opening: true, created_at: now }).execute();
    await reindexThread(tx, t.id);
    return { id: t.id };
  });
}

/**
 * A reply, optionally quoting an earlier visible post of the same thread. A locked thread takes no
 * replies (its moderators may still write, to say why). The thread's author, and the quoted
 * post's author, are told.
 */
export async function reply(deps: Deps, actorIn: Actor | null, threadId: string, raw: unknown): Promise<{ threadId: string; postId: string; page: number }> {
  const actor = requirePoster(actorIn);
  const { view, standing, mod } = await readableThread(deps.db, actor, threadId);
  if (!canPost(view.board, standing)) throw new AppError('forum.members_only');
  const input = parseWith(replyInput, raw);
  const now = deps.clock.now();
  const postId = await deps.db.transaction().execute(async (tx) => {
    const t = await tx.selectFrom('forum_threads').select(['id', 'title', 'author_id', 'locked_at']).where('id', '=', threadId).forUpdate().executeTakeFirstOrThrow();
    if (t.locked_at && !mod) throw new AppError('forum.locked');
    let quotedAuthor: string | null = null;
    if (input.quote) {
      const q = await tx.selectFrom('forum_posts').select(['author_id', 'hidden_at']).where('id', '=', input.quote).where('thread_id', '=', threadId).executeTakeFirst();
      if (!q || q.hidden_at) throw new AppError('validation.failed', {}, { quote: { key: 'field.forum_quote' } });
      quotedAuthor = q.author_id;
    }
    await countPost(tx, deps, actor, standing.staff);
    const p = await tx
      .insertInto('forum_posts')
      .values({ thread_id: threadId, author_id: actor.userId, body: input.body, quote_post_id: input.quote, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .updateTable('forum_threads')
      .set({ reply_count: sql`reply_count + 1`, last_post_at: now })
      .where('id', '=', threadId)
      .execute();
    await reindexThread(tx, threadId);
    const link = `/forum/t/${threadId}?post=${p.id}`;
    const told = new Set<string>([actor.userId]);
    for (const userId of [t.author_id, quotedAuthor]) {
      if (!userId || told.has(userId)) continue;
      told.add(userId);
      await notify(deps, tx, { userId, kind: 'forum_reply', params: { by: actor.displayName, thread: t.title }, link });
    }
    return p.id;
  });
  return { threadId, postId, page: await pageOfPost(deps.db, threadId, postId) };
}

/** Which page a post is on, for /forum/t/<id>?post=<post>: not_found unless the viewer may read it. */
export async function locatePost(deps: Deps, actor: Actor | null, threadId: string, postId: string): Promise<number> {
  await readableThread(deps.db, actor, threadId);
  if (!UUID.test(postId)) return 1;
  return pageOfPost(deps.db, threadId, postId);
}

// --- Reports and moderation ----------------------------------------------------------------------

async function postWithBoard(db: Executor, actor: Actor | null, postId: string) {
  if (!UUID.test(postId)) throw new AppError('not_found');
  const post = await db.selectFrom('forum_posts').select(['id', 'thread_id', 'author_id', 'hidden_at', 'is_opening']).where('id', '=', postId).executeTakeFirst();
  if (!post) throw new AppError('not_found');
  const thread = await readableThread(db, actor, post.thread_id);
  return { post, ...thread };
}

/** The thread a post belongs to, when the viewer may read it (for pages about one post). */
export async function threadOfPost(deps: Deps, actor: Actor | null, postId: string): Promise<string> {
  return (await postWithBoard(deps.db, actor, postId)).post.thread_id;
}

/** A reader reports a post to the board's moderators, once. */
export async function reportPost(deps: Deps, actorIn: Actor | null, postId: string, raw: unknown): Promise<{ threadId: string }> {
  const actor = requireActor(actorIn);
  const { post } = await postWithBoard(deps.db, actor, postId);
  if (post.author_id === actor.userId) throw new AppError('forum.own_post');
  const input = parseWith(reportInput, raw);
  await deps.db.transaction().execute(async (tx) => {
    await consume(tx, deps.clock, [{ key: `forum:report:${actor.userId}`, max: REPORTS_PER_DAY, windowSeconds: 86_400 }]);
    const r = await tx
      .insertInto('forum_reports')
      .values({ post_id: post.id, reporter_id: actor.userId, reason: input.reason, note: input.note, created_at: deps.clock.now() })
      .onConflict((oc) => oc.columns(['post_id', 'reporter_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!r) throw new AppError('forum.already_reported');
  });
  return { threadId: post.thread_id };
}

async function audit(tx: Executor, deps: Deps, actor: Actor, kind: string, subjectId: string, view: BoardView, data: Record<string, unknown>) {
  await tx
    .insertInto('audit_events')
    .values({
      kind,
      actor_id: actor.userId,
      subject_id: subjectId,
      data: JSON.stringify({ board: view.board.kind === 'category' ? view.board.category : view.board.slug, association: view.board.kind === 'association' ? view.board.associationId : null, ...data }),
      ip: null,
      created_at: deps.clock.now(),
    })
    .execute();
}

/** A moderator of the thread's board pins, locks or hides it (or undoes one), with a reason; logged. */
export async function moderateThread(deps: Deps, actorIn: Actor | null, threadId: string, raw: unknown): Promise<{ threadId: string; boardPath: string }> {
  const actor = requireActor(actorIn);
  const { view, mod } = await readableThread(deps.db, actor, threadId);
  if (!mod) throw new AppError('auth.forbidden');
  const input = parseWith(threadModerationInput, raw);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const t = await tx.selectFrom('forum_threads').select(['id', 'title', 'pinned_at', 'locked_at', 'hidden_at']).where('id', '=', threadId).forUpdate().executeTakeFirstOrThrow();
    const before = { pinned: t.pinned_at !== null, locked: t.locked_at !== null, hidden: t.hidden_at !== null };
    const after = applyThreadAction(before, input.action);
    if (!after) throw new AppError('forum.no_change');
    await tx
      .updateTable('forum_threads')
      .set({ pinned_at: after.pinned ? (t.pinned_at ?? now) : null, locked_at: after.locked ? (t.locked_at ?? now) : null, hidden_at: after.hidden ? (t.hidden_at ?? now) : null })
      .where('id', '=', threadId)
      .execute();
    await audit(tx, deps, actor, `forum.thread.${input.action}`, threadId, view, { thread: threadId, title: t.title, before, after, reason: input.reason });
  });
  return { threadId, boardPath: view.path };
}

/** A moderator hides a post (its open reports are resolved with it) or shows it again; logged. */
export async function moderatePost(deps: Deps, actorIn: Actor | null, postId: string, raw: unknown): Promise<{ threadId: string }> {
  const actor = requireActor(actorIn);
  const { post, view, mod, row } = await postWithBoard(deps.db, actor, postId);
  if (!mod) throw new AppError('auth.forbidden');
  const input = parseWith(postModerationInput, raw);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const p = await tx.selectFrom('forum_posts').select(['id', 'hidden_at']).where('id', '=', post.id).forUpdate().executeTakeFirstOrThrow();
    const hidden = applyPostAction(p.hidden_at !== null, input.action);
    if (hidden === null) throw new AppError('forum.no_change');
    await tx
      .updateTable('forum_posts')
      .set(hidden ? { hidden_at: now, hidden_reason: input.reason } : { hidden_at: null, hidden_reason: null })
      .where('id', '=', post.id)
      .execute();
    if (hidden) await tx.updateTable('forum_reports').set({ resolution: 'hidden', resolved_by: actor.userId, resolved_at: now }).where('post_id', '=', post.id).where('resolution', 'is', null).execute();
    await reindexThread(tx, post.thread_id);
    await audit(tx, deps, actor, `forum.post.${input.action}`, post.id, view, { thread: post.thread_id, title: row.title, author: post.author_id, reason: input.reason });
  });
  return { threadId: post.thread_id };
}

/** A moderator dismisses a report (the post stays as it is); logged. */
export async function dismissReport(deps: Deps, actorIn: Actor | null, reportId: string): Promise<void> {
  const actor = requireActor(actorIn);
  if (!UUID.test(reportId)) throw new AppError('not_found');
  const r = await deps.db.selectFrom('forum_reports').select(['id', 'post_id', 'resolution']).where('id', '=', reportId).executeTakeFirst();
  if (!r) throw new AppError('not_found');
  const { view, mod, row } = await postWithBoard(deps.db, actor, r.post_id);
  if (!mod) throw new AppError('auth.forbidden');
  await deps.db.transaction().execute(async (tx) => {
    const done = await tx
      .updateTable('forum_reports')
      .set({ resolution: 'dismissed', resolved_by: actor.userId, resolved_at: deps.clock.now() })
      .where('id', '=', reportId)
      .where('resolution', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!done) throw new AppError('forum.no_change');
    await audit(tx, deps, actor, 'forum.report.dismiss', reportId, view, { thread: row.id, title: row.title, post: r.post_id });
  });
}

export interface OpenReport {
  id: string;
  reason: string;
  note: string;
  createdAt: Date;
  reporterName: string;
  post: { id: string; threadId: string; threadTitle: string; authorName: string; text: string; hidden: boolean };
  boardPath: string;
}

export interface LogEntry {
  kind: string;
  actorName: string;
  at: Date;
  threadId: string | null;
  title: string;
  reason: string;
}

export interface ModerationPage {
  reports: OpenReport[];
  log: LogEntry[];
  /** Hunar's moderators and admins see every board; officers their associations' boards. */
  everyBoard: boolean;
}

/** The moderation queue: open reports and the recent log, of the boards the viewer moderates. */
export async function moderationPage(deps: Deps, actorIn: Actor | null): Promise<ModerationPage> {
  const actor = requireActor(actorIn);
  const staff = await isStaff(deps.db, actor);
  const officerOf = staff ? [] : (await membershipsOf(deps.db, actor.userId)).filter((m) => m.role === 'officer').map((m) => m.associationId);
  if (!staff && officerOf.length === 0) throw new AppError('auth.forbidden');
  let reports = deps.db
    .selectFrom('forum_reports as r')
    .innerJoin('forum_posts as p', 'p.id', 'r.post_id')
    .innerJoin('forum_threads as t', 't.id', 'p.thread_id')
    .innerJoin('users as ru', 'ru.id', 'r.reporter_id')
    .innerJoin('users as pu', 'pu.id', 'p.author_id')
    .leftJoin('associations as a', 'a.id', 't.association_id')
    .select(['r.id', 'r.reason', 'r.note', 'r.created_at', 'ru.display_name as reporter', 'p.id as post_id', 'p.body', 'p.hidden_at', 't.id as thread_id', 't.title', 't.category', 'a.slug as association_slug', 'pu.display_name as author'])
    .where('r.resolution', 'is', null);
  if (!staff) reports = reports.where('t.association_id', 'in', officerOf);
  const rows = await reports.orderBy('r.created_at').limit(200).execute();
  let log = deps.db
    .selectFrom('audit_events as e')
    .innerJoin('users as u', 'u.id', 'e.actor_id')
    .select(['e.kind', 'e.created_at', 'e.data', 'u.display_name'])
    .where('e.kind', 'like', 'forum.%');
  if (!staff) log = log.where(sql<string>`e.data->>'association'`, 'in', officerOf);
  const entries = await log.orderBy('e.created_at', 'desc').limit(100).execute();
  return {
    everyBoard: staff,
    reports: rows.map((r) => ({
      id: r.id,
      reason: r.reason,
      note: r.note,
      createdAt: r.created_at,
      reporterName: r.reporter,
      post: { id: r.post_id, threadId: r.thread_id, threadTitle: r.title, authorName: r.author, text: excerpt(r.body, 400), hidden: r.hidden_at !== null },
      boardPath: r.category ? `/forum/c/${r.category}` : `/forum/a/${r.association_slug}`,
    })),
    log: entries.map((e) => {
      const d = e.data as { thread?: string; title?: string; reason?: string };
      return { kind: e.kind, actorName: e.display_name, at: e.created_at, threadId: d.thread ?? null, title: d.title ?? '', reason: d.reason ?? '' };
    }),
  };
}

// --- Search --------------------------------------------------------------------------------------

export interface SearchHit {
  thread: ThreadSummary;
  boardPath: string;
  /** The board: a category, or an association's names. */
  category: CategorySlug | null;
  associationNames: { en: string | null; ur: string | null } | null;
  excerpt: string;
}

export interface ForumSearch {
  q: string;
  hits: SearchHit[];
}

const SEARCH_WORDS = 8;
const SEARCH_RESULTS = 30;

/**
 * The query's words planned as the marketplace's search plans them (src/search/domain.ts): each word
 * by itself, its English stems, its phonetic key shared by Urdu script and Latin letters (so
 * "payoneer" meets "پائونیر"), the last word as a prefix, and the taxonomy's other spellings of any
 * skill it names. No spelling correction: the marketplace's vocabulary is not the forum's.
 */
async function plannedMatch(db: Executor, q: string): Promise<string> {
  const words = tokens(q, SEARCH_WORDS);
  if (!words.length) return '';
  const { rows } = await sql<{ word: string; stems: string[] }>`SELECT w AS word, hunar_stems(w) AS stems FROM unnest(${words}::text[]) w`.execute(db);
  const facts = new Map<string, WordFacts>(rows.map((r) => [r.word, { known: true, stems: r.stems, corrections: [], completions: null }]));
  const planned: PlannedWord[] = planWords(words, facts);
  return matchText(planned, expandQuery(q).slice(1));
}

/** Threads whose title or visible posts match, on the boards the viewer reads; best match first, then newest. */
export async function searchForum(deps: Deps, actor: Actor | null, rawQ: string): Promise<ForumSearch> {
  const q = rawQ.trim().slice(0, 200);
  const match = await plannedMatch(deps.db, q);
  if (match === '') return { q, hits: [] };
  const staff = await isStaff(deps.db, actor);
  const mine = actor && !staff ? (await membershipsOf(deps.db, actor.userId)).map((m) => m.associationId) : [];
  const tsq = sql`${match}::tsquery`;
  let query = threadSummaryQuery(deps.db)
    .leftJoin('associations as a', 'a.id', 't.association_id')
    .innerJoin('forum_posts as op', (j) => j.onRef('op.thread_id', '=', 't.id').on('op.is_opening', '=', true))
    .select(['a.slug as association_slug', 'a.name_en', 'a.name_ur', 'op.body', 'op.hidden_at as op_hidden'])
    .where('t.hidden_at', 'is', null)
    .where(sql<boolean>`t.search_tsv @@ ${tsq}`);
  if (!staff) query = query.where((eb) => (mine.length ? eb.or([eb('t.category', 'is not', null), eb('t.association_id', 'in', mine)]) : eb('t.category', 'is not', null)));
  const rows = await query
    .orderBy(sql`ts_rank(t.search_tsv, ${tsq})`, 'desc')
    .orderBy('t.last_post_at', 'desc')
    .limit(SEARCH_RESULTS)
    .execute();
  return {
    q,
    hits: rows.map((r) => ({
      thread: toSummary(r),
      boardPath: r.category ? `/forum/c/${r.category}` : `/forum/a/${r.association_slug}`,
      category: r.category,
      associationNames: r.category ? null : { en: r.name_en, ur: r.name_ur },
      excerpt: r.op_hidden ? '' : excerpt(r.body, 200),
    })),
  };
}
