// What GET /api/v1/search answers (listed in src/api/schemas.ts responseSchemas). The contract in
// issue 4: { items: [{ id, type, title, url, ... }], total, next_cursor }.
import { z } from 'zod';
import { priceResponse } from '../gigs/schemas.ts';

export const searchItemResponse = z.object({
  id: z.uuid(),
  type: z.enum(['gig', 'job', 'freelancer']),
  title: z.string().describe("The gig's or job's title, or the freelancer's display name, as written"),
  url: z.string().describe('The public page: /g/<slug>, /jobs/<id> or /u/<handle>'),
  snippet: z.string().describe('The start of the description or bio, as written (plain text: escape it)'),
  price: priceResponse.nullable().describe('Gigs: the cheapest package; freelancers: the hourly rate; jobs: null (see job)'),
  job: z
    .object({
      kind: z.enum(['fixed', 'hourly']),
      experience: z.enum(['entry', 'intermediate', 'expert']),
      budget: priceResponse.nullable().describe('Fixed-price jobs: the budget'),
      rate_min: priceResponse.nullable().describe('Hourly jobs: the lowest hourly rate'),
      rate_max: priceResponse.nullable().describe('Hourly jobs: the highest hourly rate'),
    })
    .nullable()
    .describe('Jobs only: how the job pays and the experience it asks for'),
  delivery_days: z.number().int().nullable().describe('Gigs: the fastest package'),
  person: z
    .object({ display_name: z.string(), handle: z.string(), url: z.string() })
    .describe('Gigs: the seller; freelancers: themselves; jobs: the client who posted it'),
  headline: z.string().nullable(),
  city: z.string().nullable().describe('City slug, only when the freelancer shows it'),
  category: z.string().nullable(),
  skills: z.array(z.string()),
  date: z.iso.datetime({ offset: true }).describe('Gigs: when published; jobs: when posted; freelancers: member since'),
  rating: z
    .object({ average: z.number().nullable().describe('To one decimal; null without reviews'), count: z.number().int() })
    .nullable()
    .describe('Gigs: the gig’s reviews from clients; freelancers: theirs; jobs: null'),
  seller_level: z.enum(['new', 'level_one', 'level_two', 'top_rated']).nullable().describe('Gigs: the seller’s level; freelancers: theirs; jobs: null (see /help/levels)'),
});

export const searchResponse = z.object({
  items: z.array(searchItemResponse),
  total: z.number().int().describe('How many match, counted up to 50 (COUNT_CAP)'),
  total_capped: z.boolean().describe('True when more than 50 match ("More than 50 results")'),
  next_cursor: z.string().nullable().describe('Pass as ?cursor= with the same query for the next page; null on the last page'),
  suggestions: z
    .array(z.string())
    .describe(
      'When a search with words finds nothing: queries to try instead, the corrected query first when there is one ("logo desgn qqq" → "logo design"), then the closest skill or category names in the script of the query. Empty when something was found.',
    ),
});

export const searchResponseSchemas = {
  SearchResults: searchResponse,
  SearchItem: searchItemResponse,
} as const;
