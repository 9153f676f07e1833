// Review use cases: a party writes their review of a completed order, the freelancer replies to the
// client's once it is shown, and anyone reads the shown reviews a person or a gig received. Whether
// a review is shown is decided at read time (shown_at <= now, domain.ts), so nothing waits for a job;
// the seller's figures (users.rating_*, gigs.rating_*) follow in standing.ts.
//
// Authorisation: only the order's client and freelancer see its reviews before they are shown and
// may write; anyone else gets not_found, so order ids cannot be probed. A hidden review is
// not_found for everyone but its author.
import { sql } from 'kysely';
import type { Executor } from '../db/pool.ts';
import { notify } from '../notifications/notify.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import { mayReply, mayWrite, otherSide, replyInput, reviewFor, reviewInput, type ReviewStage, type Side, stageFor, windowEndsAt } from './domain.ts';
import type { SellerLevel } from './levels.ts';
import { recountFigures } from './standing.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Person {
  id: string;
  displayName: string;
  handle: string;
}

export interface ReviewView {
  id: string;
  orderId: string;
  orderNumber: string;
  gig: { slug: string; title: string } | null;
  author: Person;
  reviewee: Person;
  authorSide: Side;
  rating: number;
  communication: number | null;
  quality: number | null;
  onTime: number | null;
  text: string;
  createdAt: Date;
  /** When it is (or becomes) public. */
  shownAt: Date;
  shown: boolean;
  reply: { text: string; at: Date } | null;
}

/** A person's or a gig's figures: revealed ratings from clients. */
export interface RatingFigures {
  sum: number;
  count: number;
}

function reviewQuery(db: Executor) {
  return db
    .selectFrom('reviews as r')
    .innerJoin('orders as o', 'o.id', 'r.order_id')
    .innerJoin('users as a', 'a.id', 'r.author_id')
    .innerJoin('users as e', 'e.id', 'r.reviewee_id')
    .leftJoin('gigs as g', 'g.id', 'r.gig_id')
    .selectAll('r')
    .select(['o.number as order_number', 'a.display_name as author_name', 'a.handle as author_handle', 'e.display_name as reviewee_name', 'e.handle as reviewee_handle', 'g.slug as gig_slug', 'g.title as gig_title']);
}
type ReviewRow = Awaited<ReturnType<ReturnType<typeof reviewQuery>['executeTakeFirstOrThrow']>>;

function toView(r: ReviewRow, now: Date): ReviewView {
  return {
    id: r.id,
    orderId: r.order_id,
    orderNumber: String(r.order_number),
    gig: r.gig_slug && r.gig_title ? { slug: r.gig_slug, title: r.gig_title } : null,
    author: { id: r.author_id, displayName: r.author_name, handle: String(r.author_handle) },
    reviewee: { id: r.reviewee_id, displayName: r.reviewee_name, handle: String(r.reviewee_handle) },
    authorSide: r.author_side,
    rating: r.rating,
    communication: r.communication,
    quality: r.quality,
    onTime: r.on_time,
    text: r.body,
    createdAt: r.created_at,
    shownAt: r.shown_at,
    shown: r.shown_at.getTime() <= now.getTime(),
    reply: r.reply !== null && r.replied_at ? { text: r.reply, at: r.replied_at } : null,
  };
}

const facts = (r: { author_id: string; reviewee_id: string; author_side: Side; revealed_at: Date | null; window_ends_at: Date; reply: string | null }) => ({
  authorId: r.author_id,
  revieweeId: r.reviewee_id,
  authorSide: r.author_side,
  revealedAt: r.revealed_at,
  windowEndsAt: r.window_ends_at,
  reply: r.reply,
});

async function loadOrder(db: Executor, orderId: string, lock: boolean) {
  if (!UUID.test(orderId)) return undefined;
  let q = db.selectFrom('orders').select(['id', 'number', 'state', 'client_id', 'freelancer_id', 'gig_id', 'completed_at']).where('id', '=', orderId);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

const sideIn = (o: { client_id: string; freelancer_id: string }, userId: string): Side | null => (o.client_id === userId ? 'client' : o.freelancer_id === userId ? 'freelancer' : null);

/**
 * A party writes their review of a completed order, within 14 days of its completion, once. When
 * the other side has already written, both are shown from now and count in the freelancer's
 * figures at once. The reviewee is told (notify) in the same transaction.
 */
export async function writeReview(deps: Deps, actorIn: Actor | null, orderId: string, raw: unknown): Promise<ReviewView> {
  const actor = requireActor(actorIn);
  const input = parseWith(reviewInput, raw);
  const id = await deps.db.transaction().execute(async (tx) => {
    // The order's row lock makes the two sides' writes take turns, so the second sees the first.
    const order = await loadOrder(tx, orderId, true);
    const side = order ? sideIn(order, actor.userId) : null;
    if (!order || !side) throw new AppError('not_found');
    const now = deps.clock.now();
    const written = await tx.selectFrom('reviews').select(['id', 'author_side']).where('order_id', '=', order.id).execute();
    const allowed = mayWrite({ state: order.state, completedAt: order.completed_at }, side, written.some((w) => w.author_side === side), now);
    if (!allowed.ok) throw new AppError(allowed.code);
    const values = reviewFor(side, input);
    if (!values.ok) throw new AppError('validation.failed', {}, values.fields);
    const reviewee = side === 'client' ? order.freelancer_id : order.client_id;
    const other = written.find((w) => w.author_side === otherSide(side));
    const row = await tx
      .insertInto('reviews')
      .values({
        order_id: order.id,
        gig_id: order.gig_id,
        author_id: actor.userId,
        reviewee_id: reviewee,
        author_side: side,
        rating: values.values.rating,
        communication: values.values.communication,
        quality: values.values.quality,
        on_time: values.values.onTime,
        body: values.values.body,
        window_ends_at: windowEndsAt(order.completed_at!),
        revealed_at: other ? now : null,
        counted_at: other ? now : null,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (other) {
      await tx.updateTable('reviews').set({ revealed_at: now, counted_at: now }).where('id', '=', other.id).execute();
      await recountFigures(tx, [order.freelancer_id], order.gig_id ? [order.gig_id] : []);
    }
    await notify(deps, tx, { userId: reviewee, kind: 'review_received', params: { from: actor.displayName, order: String(order.number) }, link: `/orders/${order.id}/review` });
    return row.id;
  });
  return (await reviewById(deps.db, id, deps.clock.now()))!;
}

async function reviewById(db: Executor, id: string, now: Date): Promise<ReviewView | null> {
  if (!UUID.test(id)) return null;
  const r = await reviewQuery(db).where('r.id', '=', id).executeTakeFirst();
  return r ? toView(r, now) : null;
}

/** The freelancer replies, once and publicly, to the client's review of them once it is shown. */
export async function replyToReview(deps: Deps, actorIn: Actor | null, reviewId: string, raw: unknown): Promise<ReviewView> {
  const actor = requireActor(actorIn);
  const { text } = parseWith(replyInput, raw);
  if (!UUID.test(reviewId)) throw new AppError('not_found');
  await deps.db.transaction().execute(async (tx) => {
    const r = await tx.selectFrom('reviews').selectAll().where('id', '=', reviewId).forUpdate().executeTakeFirst();
    if (!r) throw new AppError('not_found');
    const now = deps.clock.now();
    const allowed = mayReply(facts(r), actor.userId, now);
    if (!allowed.ok) throw new AppError(allowed.code);
    await tx.updateTable('reviews').set({ reply: text, replied_at: now }).where('id', '=', r.id).execute();
  });
  return (await reviewById(deps.db, reviewId, deps.clock.now()))!;
}

/** Where the viewer stands with an order's reviews, for its page: their own, and the other's once shown. */
export interface OrderReviews {
  orderId: string;
  orderNumber: string;
  stage: ReviewStage;
  viewerSide: Side;
  other: Person;
  /** The window's end (null until the order completes). */
  closesAt: Date | null;
  mine: ReviewView | null;
  /** The other side's review: null while hidden (see otherWrote). */
  theirs: ReviewView | null;
  otherWrote: boolean;
}

export async function orderReviews(deps: Deps, actorIn: Actor | null, orderId: string): Promise<OrderReviews> {
  const actor = requireActor(actorIn);
  const order = await loadOrder(deps.db, orderId, false);
  const side = order ? sideIn(order, actor.userId) : null;
  if (!order || !side) throw new AppError('not_found');
  const now = deps.clock.now();
  const rows = await reviewQuery(deps.db).where('r.order_id', '=', order.id).execute();
  const mine = rows.find((r) => r.author_side === side);
  const theirs = rows.find((r) => r.author_side !== side);
  const otherId = side === 'client' ? order.freelancer_id : order.client_id;
  const other = await deps.db.selectFrom('users').select(['id', 'display_name', 'handle']).where('id', '=', otherId).executeTakeFirstOrThrow();
  return {
    orderId: order.id,
    orderNumber: String(order.number),
    stage: stageFor({ state: order.state, completedAt: order.completed_at }, !!mine, !!theirs, now),
    viewerSide: side,
    other: { id: other.id, displayName: other.display_name, handle: String(other.handle) },
    closesAt: order.completed_at ? windowEndsAt(order.completed_at) : null,
    mine: mine ? toView(mine, now) : null,
    theirs: theirs && theirs.shown_at.getTime() <= now.getTime() ? toView(theirs, now) : null,
    otherWrote: !!theirs,
  };
}

// --- Reading shown reviews ----------------------------------------------------------------------

export const REVIEWS_PAGE = 20;

/** A keyset cursor over shown reviews, newest first: when it was shown and its id (public facts). */
export function encodeReviewCursor(r: { shownAt: Date; id: string }): string {
  return Buffer.from(`${r.shownAt.toISOString()}|${r.id}`).toString('base64url');
}

function decodeReviewCursor(cursor: string | null | undefined): { at: Date; id: string } | null {
  if (!cursor) return null;
  const text = /^[A-Za-z0-9_-]{1,120}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString() : '';
  const [at, id, extra] = text.split('|');
  const date = at && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(at) ? new Date(at) : null;
  if (!date || Number.isNaN(date.getTime()) || !id || !UUID.test(id) || extra !== undefined) throw new AppError('review.bad_cursor');
  return { at: date, id };
}

export interface ReviewPage {
  items: ReviewView[];
  nextCursor: string | null;
}

async function shownPage(deps: Deps, where: { revieweeId?: string; gigId?: string }, cursor: string | null | undefined, limit: number): Promise<ReviewPage> {
  const after = decodeReviewCursor(cursor);
  const now = deps.clock.now();
  let q = reviewQuery(deps.db).where('r.shown_at', '<=', now);
  if (where.revieweeId) q = q.where('r.reviewee_id', '=', where.revieweeId);
  if (where.gigId) q = q.where('r.gig_id', '=', where.gigId).where('r.author_side', '=', 'client');
  if (after) q = q.where(sql<boolean>`(r.shown_at, r.id) < (${after.at}::timestamptz, ${after.id}::uuid)`);
  const rows = await q.orderBy('r.shown_at', 'desc').orderBy('r.id', 'desc').limit(limit + 1).execute();
  const items = rows.slice(0, limit).map((r) => toView(r, now));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeReviewCursor(last) : null };
}

export interface PersonReviews extends ReviewPage {
  person: Person & { isFreelancer: boolean; isClient: boolean };
  /** As a freelancer: the figures search and the seller card use (users.rating_*), and the level. */
  asFreelancer: RatingFigures;
  level: SellerLevel;
  /** As a client: what freelancers gave them, counted now. */
  asClient: RatingFigures;
}

const HANDLE = /^[a-z0-9_-]{1,30}$/;

/** The shown reviews a person received (both sides), newest first, a page at a time. Anyone may read. */
export async function personReviews(deps: Deps, handleIn: string, opts: { cursor?: string | null; limit?: number } = {}): Promise<PersonReviews> {
  const handle = handleIn.normalize('NFC').trim().toLowerCase();
  if (!HANDLE.test(handle)) throw new AppError('not_found');
  const u = await deps.db
    .selectFrom('users')
    .select(['id', 'display_name', 'handle', 'is_freelancer', 'is_client', 'rating_sum', 'rating_count', 'seller_level'])
    .where('handle', '=', handle)
    .executeTakeFirst();
  if (!u || (!u.is_freelancer && !u.is_client)) throw new AppError('not_found');
  const [page, asClient] = await Promise.all([shownPage(deps, { revieweeId: u.id }, opts.cursor, opts.limit ?? REVIEWS_PAGE), clientFigures(deps, u.id)]);
  return {
    ...page,
    person: { id: u.id, displayName: u.display_name, handle: String(u.handle), isFreelancer: u.is_freelancer, isClient: u.is_client },
    asFreelancer: { sum: u.rating_sum, count: u.rating_count },
    level: u.seller_level,
    asClient,
  };
}

async function clientFigures(deps: Deps, userId: string): Promise<RatingFigures> {
  const row = await deps.db
    .selectFrom('reviews')
    .select((eb) => [eb.fn.coalesce(eb.fn.sum<string>('rating'), eb.lit(0)).as('sum'), eb.fn.countAll<string>().as('count')])
    .where('reviewee_id', '=', userId)
    .where('author_side', '=', 'freelancer')
    .where('shown_at', '<=', deps.clock.now())
    .executeTakeFirstOrThrow();
  return { sum: Number(row.sum), count: Number(row.count) };
}

export interface GigReviews extends ReviewPage {
  figures: RatingFigures;
}

/** The shown reviews clients wrote on a gig's orders, newest first, and the gig's figures. */
export async function gigReviews(deps: Deps, gig: { id: string }, opts: { cursor?: string | null; limit?: number } = {}): Promise<GigReviews> {
  const [page, g] = await Promise.all([
    shownPage(deps, { gigId: gig.id }, opts.cursor, opts.limit ?? REVIEWS_PAGE),
    deps.db.selectFrom('gigs').select(['rating_sum', 'rating_count']).where('id', '=', gig.id).executeTakeFirst(),
  ]);
  return { ...page, figures: { sum: g?.rating_sum ?? 0, count: g?.rating_count ?? 0 } };
}

/** A seller's card: their level and figures as a freelancer. */
export interface SellerStanding {
  level: SellerLevel;
  figures: RatingFigures;
}

export async function sellerStandings(db: Executor, userIds: readonly string[]): Promise<Map<string, SellerStanding>> {
  const ids = [...new Set(userIds)].filter((id) => UUID.test(id));
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'seller_level', 'rating_sum', 'rating_count']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, { level: r.seller_level, figures: { sum: r.rating_sum, count: r.rating_count } }]));
}

export { countShownReviews, computeSellerLevels, REVIEWS_COUNT_JOB, responseRatesFor, SELLER_LEVELS_JOB, sellerFactsFor } from './standing.ts';

/** The order a review belongs to, for a party of that order (anyone else: not_found). */
export async function orderOfReview(deps: Deps, actorIn: Actor | null, reviewId: string): Promise<string> {
  const actor = requireActor(actorIn);
  if (!UUID.test(reviewId)) throw new AppError('not_found');
  const r = await deps.db
    .selectFrom('reviews')
    .innerJoin('orders', 'orders.id', 'reviews.order_id')
    .select(['orders.id', 'orders.client_id', 'orders.freelancer_id'])
    .where('reviews.id', '=', reviewId)
    .executeTakeFirst();
  if (!r || !sideIn(r, actor.userId)) throw new AppError('not_found');
  return r.id;
}
