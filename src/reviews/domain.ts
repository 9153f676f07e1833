// Two-sided reviews: who may write one, when, when it becomes public, and who may reply. Pure: no I/O.
//
// Rules (docs/decisions/0050-reviews-and-levels.md):
// - Each completed order (a gig order, a contract's milestone or an hourly week) opens a window of
//   REVIEW_WINDOW_DAYS from its completion: it is open while now < completedAt + 14 days, to the
//   millisecond, and closed from that instant on.
// - Each side writes one review of the other, once; nothing is edited, before or after it is shown.
// - A review stays hidden until both sides have written theirs or the window closes, whichever is
//   first (shownAt), so neither can answer the other's. Visible exactly when shownAt <= now; computed
//   at read time, so no job reveals anything.
// - The freelancer may reply once, publicly, to the review the client wrote of them, once it is shown.
//
// Invariants (asserted in domain.test.ts): a review is never shown before its author's other side
// wrote or the window closed; a closed window accepts nothing; a reply is only ever the reviewee's,
// on a client's shown review, and only one.
import { z } from 'zod';
import { multiLine } from '../platform/text.ts';

export const REVIEW_WINDOW_DAYS = 14;
const DAY_MS = 86_400_000;
export const REVIEW_WINDOW_MS = REVIEW_WINDOW_DAYS * DAY_MS;
export const REVIEW_TEXT_MAX = 2000;
export const REPLY_MAX = 1000;
export const STARS = [1, 2, 3, 4, 5] as const;

export type Side = 'client' | 'freelancer';
export const otherSide = (s: Side): Side => (s === 'client' ? 'freelancer' : 'client');

/** The three detailed ratings a client gives the freelancer beside the overall one. */
export const DETAILS = ['communication', 'quality', 'on_time'] as const;
export type Detail = (typeof DETAILS)[number];

const star = z.coerce
  .number({ error: 'field.choose' })
  .int('field.choose')
  .min(1, 'field.choose')
  .max(5, 'field.choose')
  .describe('1 to 5 stars')
  .meta({ minimum: 1, maximum: 5 });
const optionalStar = z
  .union([z.literal(''), z.null(), star])
  .optional()
  .transform((v) => (v === '' || v === null || v === undefined ? null : v));

/**
 * A review as sent by the form or the API. The details are required of a client (checked by
 * reviewFor, which knows the side) and refused from a freelancer.
 */
export const reviewInput = z.object({
  rating: star.describe('Overall, 1 to 5 stars'),
  communication: optionalStar.describe('Client reviewing the freelancer only (required then): 1 to 5'),
  quality: optionalStar.describe('Client reviewing the freelancer only (required then): 1 to 5'),
  on_time: optionalStar.describe('Client reviewing the freelancer only (required then): 1 to 5'),
  text: multiLine(REVIEW_TEXT_MAX).default('').describe('In either script; may be empty'),
});
export type ReviewInput = z.output<typeof reviewInput>;

export const replyInput = z.object({ text: multiLine(REPLY_MAX, 1).describe('In either script') });

export interface ReviewValues {
  rating: number;
  communication: number | null;
  quality: number | null;
  onTime: number | null;
  body: string;
}

/**
 * The values to store for a review written by `side`: a client must give the three details, a
 * freelancer gives none (they are about the freelancer's work). Field errors name what is missing.
 */
export function reviewFor(side: Side, input: ReviewInput): { ok: true; values: ReviewValues } | { ok: false; fields: Record<string, { key: string }> } {
  if (side === 'client') {
    const missing = DETAILS.filter((d) => input[d] === null);
    if (missing.length > 0) return { ok: false, fields: Object.fromEntries(missing.map((d) => [d, { key: 'field.choose' }])) };
    return { ok: true, values: { rating: input.rating, communication: input.communication, quality: input.quality, onTime: input.on_time, body: input.text } };
  }
  const extra = DETAILS.filter((d) => input[d] !== null);
  if (extra.length > 0) return { ok: false, fields: Object.fromEntries(extra.map((d) => [d, { key: 'field.invalid' }])) };
  return { ok: true, values: { rating: input.rating, communication: null, quality: null, onTime: null, body: input.text } };
}

/** When the window to review a completed order closes (and its reviews are shown at the latest). */
export const windowEndsAt = (completedAt: Date): Date => new Date(completedAt.getTime() + REVIEW_WINDOW_MS);

/** Whether the window is open at `now`: from completion up to, not including, its end. */
export const windowOpen = (completedAt: Date, now: Date): boolean => now.getTime() >= completedAt.getTime() && now.getTime() < windowEndsAt(completedAt).getTime();

export type WriteRefusal = 'not_found' | 'review.not_completed' | 'review.window_closed' | 'review.already_written';

export interface OrderForReview {
  state: string;
  completedAt: Date | null;
}

/**
 * Whether `side` (null: not a party) may write a review of this order now, or why not. Checked in
 * this order: a stranger learns nothing (not_found); then the order, the window, and a second try.
 */
export function mayWrite(order: OrderForReview, side: Side | null, alreadyWritten: boolean, now: Date): { ok: true } | { ok: false; code: WriteRefusal } {
  if (side === null) return { ok: false, code: 'not_found' };
  if (order.state !== 'completed' || order.completedAt === null) return { ok: false, code: 'review.not_completed' };
  if (alreadyWritten) return { ok: false, code: 'review.already_written' };
  if (!windowOpen(order.completedAt, now)) return { ok: false, code: 'review.window_closed' };
  return { ok: true };
}

/** When a review becomes public: when the second side wrote, or the window's end if sooner. */
export function shownAt(review: { revealedAt: Date | null; windowEndsAt: Date }): Date {
  return review.revealedAt && review.revealedAt < review.windowEndsAt ? review.revealedAt : review.windowEndsAt;
}

export const isShown = (review: { revealedAt: Date | null; windowEndsAt: Date }, now: Date): boolean => shownAt(review).getTime() <= now.getTime();

export interface ReviewFacts {
  authorId: string;
  revieweeId: string;
  authorSide: Side;
  revealedAt: Date | null;
  windowEndsAt: Date;
  reply: string | null;
}

/** Who may read a review now: its author always; anyone else once it is shown. */
export const mayRead = (review: ReviewFacts, viewerId: string | null, now: Date): boolean => review.authorId === viewerId || isShown(review, now);

export type ReplyRefusal = 'not_found' | 'review.reply_not_yours' | 'review.already_replied';

/**
 * Whether `actorId` may reply to this review now. A review the actor cannot read is not_found; only
 * the freelancer it is about replies to a client's review (anyone else: reply_not_yours), once.
 */
export function mayReply(review: ReviewFacts, actorId: string, now: Date): { ok: true } | { ok: false; code: ReplyRefusal } {
  if (!mayRead(review, actorId, now)) return { ok: false, code: 'not_found' };
  if (review.revieweeId !== actorId || review.authorSide !== 'client') return { ok: false, code: 'review.reply_not_yours' };
  if (!isShown(review, now)) return { ok: false, code: 'not_found' };
  if (review.reply !== null) return { ok: false, code: 'review.already_replied' };
  return { ok: true };
}

/**
 * Where a party stands with an order's reviews, for the order page:
 * - none: the order is not completed;
 * - write: the window is open and they have not written (theirWritten: the other side has);
 * - waiting: they wrote, the other has not, the window is open: theirs stays hidden until then;
 * - shown: both wrote, or the window closed with at least one review;
 * - closed: the window closed and nobody wrote.
 */
export type ReviewStage = 'none' | 'write' | 'waiting' | 'shown' | 'closed';

export function stageFor(order: OrderForReview, mine: boolean, theirs: boolean, now: Date): ReviewStage {
  if (order.state !== 'completed' || order.completedAt === null) return 'none';
  const open = windowOpen(order.completedAt, now);
  if (mine && theirs) return 'shown';
  if (!open) return mine || theirs ? 'shown' : 'closed';
  return mine ? 'waiting' : 'write';
}

// --- Figures ------------------------------------------------------------------------------------

/** An average of whole stars to one decimal, as shown (4.75 → 4.8); null without ratings. */
export function averageRating(sum: number, count: number): number | null {
  if (count <= 0) return null;
  return Math.round((sum * 10) / count) / 10;
}

/** The rating sort's key, as SQL's hunar_rating_key (0042_reviews.ts) computes it. */
export function ratingKey(sum: number, count: number): number {
  return count > 0 ? Math.round((sum * 100) / count) * 1_000_000 + Math.min(count, 999_999) : 0;
}

/** Whether a figure meets a minimum rating (an average of at least `min` stars), exactly. */
export const meetsMinRating = (sum: number, count: number, min: number): boolean => count > 0 && sum >= min * count;
