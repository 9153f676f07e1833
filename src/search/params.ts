// What a search takes and gives (pages and API alike): its parameters, read from a query string, and
// the shape of a result page. The use cases are in use-cases/ (service.ts names them).
import { z } from 'zod';
import { JOB_EXPERIENCE, JOB_KINDS, type JobExperience, type JobKind } from '../jobs/domain.ts';
import type { GigCardImage } from '../media/service.ts';
import { type Currency, CURRENCIES, type Money, parseMoneyInput } from '../platform/money.ts';
import type { CategorySlug } from '../taxonomy/data.ts';
import type { SellerLevel } from '../reviews/levels.ts';
import { normalizeForSearch } from './normalize.ts';

export const PAGE_SIZE = 20;
/**
 * Counting stops here, and the relevance sort ranks at most this many matches (the newest): the
 * page then says "More than 50 results". Both bound the work of a common word (decision 0021).
 */
export const COUNT_CAP = 50;
export const QUERY_MAX = 200;
export const SEARCH_TYPES = ['gig', 'freelancer', 'job'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
export const SORTS = ['relevance', 'newest', 'price', 'budget', 'rating'] as const;
export type Sort = (typeof SORTS)[number];
/**
 * The sorts each type offers: jobs sort by budget (highest first), the others by price (lowest
 * first) and by rating (highest average first, then the most ratings; src/reviews).
 */
export const SORTS_FOR: Record<SearchType, readonly Sort[]> = {
  gig: ['relevance', 'newest', 'price', 'rating'],
  freelancer: ['relevance', 'newest', 'price', 'rating'],
  job: ['relevance', 'newest', 'budget'],
};
/** A minimum rating is whole stars, 1 to 5 (gigs and freelancers; jobs have none). */
export const MIN_RATINGS = [1, 2, 3, 4, 5] as const;

const SLUG = /^[a-z0-9-]{1,60}$/;
const empty = (v: unknown) => v === undefined || v === null || v === '';
const optionalSlug = z
  .union([z.string(), z.null()])
  .optional()
  .transform((v) => (empty(v) ? null : (v as string)))
  .refine((v) => v === null || SLUG.test(v), 'field.invalid');
const optionalText = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((v) => (empty(v) ? '' : String(v).trim()));

/** What a search takes, from a query string (pages and API alike); every field is optional. */
export const searchParams = z
  .object({
    q: z
      .string()
      .optional()
      .transform((v) => (v ?? '').trim())
      .check((ctx) => {
        if (ctx.value.length > QUERY_MAX) ctx.issues.push({ code: 'custom', message: 'field.too_long', params: { max: QUERY_MAX }, input: ctx.value });
      }),
    type: z
      .enum(['', ...SEARCH_TYPES], { error: 'field.choose' })
      .optional()
      .transform((v): SearchType => (v ? v : 'gig')),
    sort: z
      .enum(['', ...SORTS], { error: 'field.choose' })
      .optional()
      .transform((v): Sort | null => (v ? v : null)),
    category: optionalSlug,
    skill: optionalSlug,
    city: optionalSlug,
    language: optionalSlug,
    currency: z
      .enum(['', ...CURRENCIES], { error: 'field.choose' })
      .optional()
      .transform((v): Currency => (v === 'USD' ? 'USD' : 'PKR')),
    price_min: optionalText,
    price_max: optionalText,
    kind: z
      .enum(['', ...JOB_KINDS], { error: 'field.choose' })
      .optional()
      .transform((v): JobKind | null => (v ? v : null)),
    experience: z
      .enum(['', ...JOB_EXPERIENCE], { error: 'field.choose' })
      .optional()
      .transform((v): JobExperience | null => (v ? v : null)),
    delivery_days: optionalText.check((ctx) => {
      if (ctx.value !== '' && !/^(?:[1-9]|[1-8][0-9]|90)$/.test(ctx.value)) ctx.issues.push({ code: 'custom', message: 'field.invalid', input: ctx.value });
    }),
    min_rating: optionalText.check((ctx) => {
      if (ctx.value !== '' && !/^[1-5]$/.test(ctx.value)) ctx.issues.push({ code: 'custom', message: 'field.choose', input: ctx.value });
    }),
    certified_in: optionalSlug,
    cursor: z.string().optional(),
  })
  .transform((v, ctx) => {
    const price = (key: 'price_min' | 'price_max'): bigint | null => {
      if (v[key] === '') return null;
      const r = parseMoneyInput(v[key], v.currency);
      if (!r.ok) {
        ctx.issues.push({ code: 'custom', message: r.key, params: r.params ?? {}, path: [key], input: v[key] });
        return null;
      }
      return r.value.amount;
    };
    const priceMin = price('price_min');
    const priceMax = price('price_max');
    // "Price" and "budget" are the same choice (by amount) under the name each type uses, so a sort
    // kept while switching type still means something.
    // Jobs have no rating: asked for, their usual order.
    const asked = v.sort === 'rating' && v.type === 'job' ? null : v.sort;
    const sort: Sort = asked === 'price' || asked === 'budget' ? (v.type === 'job' ? 'budget' : 'price') : (asked ?? (normalizeForSearch(v.q) === '' ? 'newest' : 'relevance'));
    return {
      q: v.q,
      type: v.type,
      sort,
      category: v.category,
      skill: v.skill,
      city: v.city,
      language: v.language,
      currency: v.currency,
      priceMin,
      priceMax,
      deliveryDays: v.delivery_days === '' ? null : Number(v.delivery_days),
      /** At least this average (whole stars); gigs and freelancers only. */
      minRating: v.min_rating === '' || v.type === 'job' ? null : Number(v.min_rating),
      /** A skill's slug: only people holding a certificate in it (docs/decisions/0060); gigs and freelancers only. */
      certifiedIn: v.type === 'job' ? null : v.certified_in,
      kind: v.kind,
      experience: v.experience,
      cursor: v.cursor && v.cursor !== '' ? v.cursor : null,
    };
  });

export type SearchParams = z.output<typeof searchParams>;

export interface SearchItem {
  id: string;
  type: SearchType;
  title: string;
  url: string;
  /** The start of the description or bio, as written (escaped where shown). */
  snippet: string;
  /** Gigs: the cheapest package; freelancers: the hourly rate. */
  price: { amount: bigint; currency: Currency } | null;
  deliveryDays: number | null;
  /** Jobs only: how it pays and for what experience (price is null for jobs). */
  job: { kind: JobKind; experience: JobExperience; budget: Money | null; rateMin: Money | null; rateMax: Money | null } | null;
  /** Gigs: the seller; freelancers: themselves; jobs: the client who posted it. */
  person: { displayName: string; handle: string };
  headline: string | null;
  /** Only when the freelancer shows it. */
  citySlug: string | null;
  categorySlug: string | null;
  skills: string[];
  date: Date;
  /** Gigs: the first image at the card size, if it has one. */
  image: GigCardImage | null;
  /** Gigs: the gig's ratings; freelancers: theirs (src/reviews); jobs: null. */
  rating: { sum: number; count: number } | null;
  /** Gigs: the seller's level; freelancers: theirs; jobs: null. */
  level: SellerLevel | null;
}

export interface SearchResult {
  params: SearchParams;
  items: SearchItem[];
  total: number;
  /** True when there are more than COUNT_CAP matches ("10,000+"). */
  totalCapped: boolean;
  nextCursor: string | null;
  /** The normalised words to highlight (the query's and its taxonomy expansions'). */
  terms: string[];
  /** What to try instead when a search with words finds nothing (its first page); null otherwise. */
  suggestions: Suggestions | null;
}

/** A way out of an empty search (suggest.ts). */
export interface Suggestions {
  /** The query with each word that is unknown or finds nothing replaced by its nearest known word that finds something; null when there is none. */
  corrected: string | null;
  /** The categories closest to the query, closest first. */
  categories: CategorySlug[];
  /** For the API: the corrected query first, then the closest skill or category names in the query's script. */
  queries: string[];
}
