// The review endpoints under /api/v1: thin calls into the reviews service (the same use cases the
// pages call).
import { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import type { Ctx } from '../platform/http.ts';
import { averageRating, replyInput, reviewInput } from './domain.ts';
import { personReviewsResponse, reviewResponse } from './schemas.ts';
import * as reviews from './service.ts';

const V1 = '/api/v1';
const deps = (c: Ctx) => c.get('deps');
const person = (p: reviews.Person) => ({ id: p.id, display_name: p.displayName, handle: p.handle, url: `/u/${encodeURIComponent(p.handle)}` });
const figures = (f: reviews.RatingFigures) => ({ average: averageRating(f.sum, f.count), count: f.count });

export function reviewJson(r: reviews.ReviewView): z.input<typeof reviewResponse> {
  return {
    id: r.id,
    order: { id: r.orderId, number: `HNR-${r.orderNumber}` },
    gig: r.gig ? { slug: r.gig.slug, title: r.gig.title, url: `/g/${r.gig.slug}` } : null,
    author: person(r.author),
    reviewee: person(r.reviewee),
    author_side: r.authorSide,
    rating: r.rating,
    communication: r.communication,
    quality: r.quality,
    on_time: r.onTime,
    text: r.text,
    created_at: r.createdAt.toISOString(),
    shown: r.shown,
    shown_at: r.shownAt.toISOString(),
    reply: r.reply ? { text: r.reply.text, at: r.reply.at.toISOString() } : null,
  };
}

const reviewsQuery = z.object({ cursor: z.string().optional() });

export const reviewEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'writeReview',
    method: 'post',
    path: `${V1}/orders/{order}/review`,
    tag: 'reviews',
    auth: 'required',
    params: { order: 'api.param.order' },
    request: { name: 'ReviewRequest', schema: reviewInput },
    status: 201,
    response: reviewResponse,
    problems: ['not_found', 'review.not_completed', 'review.window_closed', 'review.already_written'],
    handle: async (c, body) => reviewJson(await reviews.writeReview(deps(c), c.get('actor'), c.req.param('order') ?? '', body)),
  }),
  endpoint({
    operationId: 'listProfileReviews',
    method: 'get',
    path: `${V1}/profiles/{handle}/reviews`,
    tag: 'reviews',
    auth: 'optional',
    params: { handle: 'api.param.handle' },
    query: { schema: reviewsQuery, describe: { cursor: 'api.query.reviews.cursor' } },
    status: 200,
    response: personReviewsResponse,
    problems: ['not_found', 'review.bad_cursor'],
    async handle(c) {
      const r = await reviews.personReviews(deps(c), c.req.param('handle') ?? '', { cursor: c.req.query('cursor') ?? null });
      return {
        person: person(r.person),
        seller_level: r.person.isFreelancer ? r.level : null,
        as_freelancer: r.person.isFreelancer ? figures(r.asFreelancer) : null,
        as_client: r.person.isClient ? figures(r.asClient) : null,
        items: r.items.map(reviewJson),
        next_cursor: r.nextCursor,
      };
    },
  }),
  endpoint({
    operationId: 'replyToReview',
    method: 'post',
    path: `${V1}/reviews/{review}/reply`,
    tag: 'reviews',
    auth: 'required',
    params: { review: 'api.param.review' },
    request: { name: 'ReviewReplyRequest', schema: replyInput },
    status: 200,
    response: reviewResponse,
    problems: ['not_found', 'review.reply_not_yours', 'review.already_replied'],
    handle: async (c, body) => reviewJson(await reviews.replyToReview(deps(c), c.get('actor'), c.req.param('review') ?? '', body)),
  }),
];
