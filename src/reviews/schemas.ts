// What the review endpoints answer (listed in src/api/schemas.ts responseSchemas).
import { z } from 'zod';

const timestamp = z.iso.datetime({ offset: true });
const person = z.object({ id: z.uuid(), display_name: z.string(), handle: z.string(), url: z.string() });
const stars = z.number().int().min(1).max(5);
const level = z.enum(['new', 'level_one', 'level_two', 'top_rated']);
const figures = z
  .object({ average: z.number().nullable().describe('To one decimal; null without ratings'), count: z.number().int() })
  .describe('Shown reviews counted so far');

export const reviewResponse = z.object({
  id: z.uuid(),
  order: z.object({ id: z.uuid(), number: z.string().describe('As people quote it: HNR-1001') }),
  gig: z.object({ slug: z.string(), title: z.string(), url: z.string() }).nullable().describe('The gig ordered, for a gig order'),
  author: person,
  reviewee: person,
  author_side: z.enum(['client', 'freelancer']).describe('client: a client reviewing the freelancer; freelancer: the other way round'),
  rating: stars.describe('Overall'),
  communication: stars.nullable().describe('A client’s review only'),
  quality: stars.nullable().describe('A client’s review only'),
  on_time: stars.nullable().describe('A client’s review only'),
  text: z.string().describe('As written, in either script (plain text: escape it)'),
  created_at: timestamp,
  shown: z.boolean().describe('False while hidden: both sides have not written and the 14 days have not passed (only its author sees it then)'),
  shown_at: timestamp.describe('When it is, or will at the latest be, public'),
  reply: z.object({ text: z.string(), at: timestamp }).nullable().describe('The freelancer’s public reply'),
});

export const personReviewsResponse = z.object({
  person,
  seller_level: level.nullable().describe('Freelancers only: new, level_one, level_two or top_rated (see /help/levels)'),
  as_freelancer: figures.nullable().describe('Freelancers only: ratings from clients'),
  as_client: figures.nullable().describe('Clients only: ratings from freelancers'),
  items: z.array(reviewResponse).describe('Shown reviews the person received, both sides, newest first'),
  next_cursor: z.string().nullable().describe('Pass as ?cursor= for the next page; null on the last page'),
});

export const reviewResponseSchemas = { Review: reviewResponse, PersonReviews: personReviewsResponse } as const;
