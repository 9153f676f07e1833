// GET /api/v1/search: the same search the /search page runs. Query parameters: q, type
// (gig | freelancer | job), category, skill, city, language, currency, price_min, price_max
// (major units in that currency; for jobs, the budget or hourly rate range), delivery_days, kind
// (fixed | hourly, jobs), experience (entry | intermediate | expert, jobs), sort (relevance | newest
// | price | rating, or budget for jobs: highest first), min_rating (1..5, gigs and freelancers),
// certified_in (a skill slug: only people holding a certificate in it, gigs and freelancers; 0060), cursor.
import type { Money } from '../platform/money.ts';
import type { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import { averageRating } from '../reviews/domain.ts';
import { searchResponse } from './schemas.ts';
import { type SearchResult, search, searchParams } from './service.ts';

const money = (m: Money | null) => (m ? { amount: m.amount.toString(), currency: m.currency } : null);

export function searchJson(r: SearchResult): z.input<typeof searchResponse> {
  return {
    items: r.items.map((i) => ({
      id: i.id,
      type: i.type,
      title: i.title,
      url: i.url,
      snippet: i.snippet,
      price: money(i.price),
      job: i.job ? { kind: i.job.kind, experience: i.job.experience, budget: money(i.job.budget), rate_min: money(i.job.rateMin), rate_max: money(i.job.rateMax) } : null,
      delivery_days: i.deliveryDays,
      person: { display_name: i.person.displayName, handle: i.person.handle, url: `/u/${encodeURIComponent(i.person.handle)}` },
      headline: i.headline,
      city: i.citySlug,
      category: i.categorySlug,
      skills: i.skills,
      date: i.date.toISOString(),
      rating: i.rating ? { average: averageRating(i.rating.sum, i.rating.count), count: i.rating.count } : null,
      seller_level: i.level,
    })),
    total: r.total,
    total_capped: r.totalCapped,
    next_cursor: r.nextCursor,
    suggestions: r.suggestions?.queries ?? [],
  };
}

export const searchEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'search',
    method: 'get',
    path: '/api/v1/search',
    tag: 'search',
    auth: 'optional',
    query: {
      schema: searchParams.in,
      describe: Object.fromEntries(Object.keys(searchParams.in.shape).map((k) => [k, `api.query.search.${k}`])),
    },
    status: 200,
    response: searchResponse,
    problems: ['validation.failed', 'search.bad_cursor'],
    handle: async (c) => searchJson(await search(c.get('deps'), c.get('actor'), c.req.query())),
  }),
];
