// A freelancer's standing: the denormalised rating figures search sorts and filters by
// (users.rating_*, gigs.rating_*), and the seller level the daily job sets (levels.ts).
//
// Figures count the client reviews whose counted_at is set: the service sets it on both reviews of
// an order when the second arrives (and recounts in that transaction); reviews shown because their
// 14-day window ended are counted by the sweep (REVIEWS_COUNT_JOB, hourly), so a figure trails a
// window's end by at most an hour. A recount reads the reviews again, so running it twice is harmless.
import { sql } from 'kysely';
import type { Executor } from '../db/pool.ts';
import type { Deps } from '../platform/deps.ts';
import { levelFor, type SellerFacts, type SellerLevel } from './levels.ts';
import { responseRates } from '../messages/service.ts';

export const REVIEWS_COUNT_JOB = 'reviews.count';
export const SELLER_LEVELS_JOB = 'reviews.levels';

/** Sets the figures of these freelancers and gigs from their counted client reviews. */
export async function recountFigures(tx: Executor, freelancerIds: readonly string[], gigIds: readonly string[]): Promise<void> {
  if (freelancerIds.length > 0)
    await sql`
      UPDATE users SET (rating_sum, rating_count) = (
        SELECT coalesce(sum(r.rating), 0)::int, count(*)::int FROM reviews r
        WHERE r.reviewee_id = users.id AND r.author_side = 'client' AND r.counted_at IS NOT NULL)
      WHERE users.id = ANY(${[...new Set(freelancerIds)]}::uuid[])`.execute(tx);
  if (gigIds.length > 0)
    await sql`
      UPDATE gigs SET (rating_sum, rating_count) = (
        SELECT coalesce(sum(r.rating), 0)::int, count(*)::int FROM reviews r
        WHERE r.gig_id = gigs.id AND r.author_side = 'client' AND r.counted_at IS NOT NULL)
      WHERE gigs.id = ANY(${[...new Set(gigIds)]}::uuid[])`.execute(tx);
}

/**
 * Counts the reviews shown since the last run because their window ended (the job's work): marks
 * them counted and recounts the figures they touch. One transaction per batch; returns how many.
 */
export async function countShownReviews(deps: Deps, limit = 500): Promise<number> {
  return deps.db.transaction().execute((tx) => countShownReviewsIn(tx, deps.clock.now(), limit));
}

/** countShownReviews' batch, inside the caller's transaction (the seed runs in one). */
export async function countShownReviewsIn(tx: Executor, now: Date, limit = 500): Promise<number> {
  const rows = await tx
    .selectFrom('reviews')
    .select(['id', 'reviewee_id', 'gig_id', 'author_side'])
    .where('counted_at', 'is', null)
    .where('shown_at', '<=', now)
    .orderBy('shown_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
  if (rows.length === 0) return 0;
  await tx
    .updateTable('reviews')
    .set({ counted_at: now })
    .where(
      'id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  const ofFreelancers = rows.filter((r) => r.author_side === 'client');
  await recountFigures(
    tx,
    ofFreelancers.map((r) => r.reviewee_id),
    ofFreelancers.flatMap((r) => (r.gig_id ? [r.gig_id] : [])),
  );
  return rows.length;
}

/**
 * Each freelancer's response rate (0..1), for the levels: src/messages responseRates (enquiries
 * answered within 24 hours over 90 days); absent, so null in levels.ts, for one nobody wrote to.
 */
export async function responseRatesFor(db: Executor, userIds: readonly string[]): Promise<Map<string, number>> {
  return responseRates(db, userIds);
}

/**
 * The facts behind the levels of these freelancers (all of them when `userIds` is null), counted
 * from their orders and figures. A disputed order that ended cancelled counts as a dispute lost:
 * that is what an admin's refund decision leaves (src/disputes); a split completes the order.
 */
export async function sellerFactsFor(db: Executor, userIds: readonly string[] | null, opts: { afterId?: string; limit?: number } = {}): Promise<Map<string, SellerFacts>> {
  const { rows } = await sql<{
    id: string;
    rating_sum: number;
    rating_count: number;
    completed: string;
    with_deadline: string;
    on_time: string;
    cancelled: string;
    disputes_lost: string;
  }>`
    SELECT u.id, u.rating_sum, u.rating_count,
      count(o.id) FILTER (WHERE o.state = 'completed') AS completed,
      count(o.id) FILTER (WHERE o.state = 'completed' AND o.due_at IS NOT NULL) AS with_deadline,
      count(o.id) FILTER (WHERE o.state = 'completed' AND o.due_at IS NOT NULL AND d.first_at <= o.due_at) AS on_time,
      count(o.id) FILTER (WHERE o.state = 'cancelled' AND o.paid_at IS NOT NULL) AS cancelled,
      count(o.id) FILTER (WHERE o.state = 'cancelled' AND EXISTS (SELECT 1 FROM order_events x WHERE x.order_id = o.id AND x.kind = 'disputed')) AS disputes_lost
    FROM users u
    LEFT JOIN orders o ON o.freelancer_id = u.id
    LEFT JOIN LATERAL (SELECT min(e.created_at) AS first_at FROM order_events e WHERE e.order_id = o.id AND e.kind = 'delivered') d ON o.state = 'completed'
    WHERE u.is_freelancer
      ${userIds ? sql`AND u.id = ANY(${[...userIds]}::uuid[])` : sql``}
      ${opts.afterId ? sql`AND u.id > ${opts.afterId}::uuid` : sql``}
    GROUP BY u.id
    ORDER BY u.id
    ${opts.limit ? sql`LIMIT ${sql.lit(opts.limit)}` : sql``}`.execute(db);
  const rates = await responseRatesFor(
    db,
    rows.map((r) => r.id),
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        completedOrders: Number(r.completed),
        ratingSum: r.rating_sum,
        ratingCount: r.rating_count,
        ordersWithDeadline: Number(r.with_deadline),
        onTimeOrders: Number(r.on_time),
        cancelledOrders: Number(r.cancelled),
        disputesLost: Number(r.disputes_lost),
        responseRate: rates.get(r.id) ?? null,
      },
    ]),
  );
}

/**
 * The daily job: every freelancer's level from their facts (levels.ts), written where it changed.
 * Counts the reviews shown by their window first, so the ratings are current. Returns how many
 * freelancers were looked at and how many changed level.
 */
export async function computeSellerLevels(deps: Deps, opts: { db?: Executor; batch?: number } = {}): Promise<{ freelancers: number; changed: number }> {
  const db = opts.db ?? deps.db;
  const batch = opts.batch ?? 1000;
  // Inside the caller's transaction (the seed) the batches run in it; otherwise each is its own.
  while ((opts.db ? await countShownReviewsIn(db, deps.clock.now()) : await countShownReviews(deps)) > 0);
  let afterId: string | undefined;
  let freelancers = 0;
  let changed = 0;
  for (;;) {
    const facts = await sellerFactsFor(db, null, { ...(afterId ? { afterId } : {}), limit: batch });
    if (facts.size === 0) break;
    const ids = [...facts.keys()];
    const current = new Map((await db.selectFrom('users').select(['id', 'seller_level']).where('id', 'in', ids).execute()).map((u) => [u.id, u.seller_level]));
    const now = deps.clock.now();
    const moves = new Map<SellerLevel, string[]>();
    for (const [id, f] of facts) {
      const level = levelFor(f);
      if (current.get(id) === level) continue;
      moves.set(level, [...(moves.get(level) ?? []), id]);
    }
    for (const [level, who] of moves) {
      await db.updateTable('users').set({ seller_level: level, seller_level_at: now }).where('id', 'in', who).execute();
      changed += who.length;
    }
    freelancers += facts.size;
    afterId = ids.at(-1);
    if (facts.size < batch) break;
  }
  return { freelancers, changed };
}
