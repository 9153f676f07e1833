// The search behind /search, /c/<category> and GET /api/v1/search: a page of results, its count and
// the signed cursor of the next page (cursor.ts); when a first page finds nothing, every word is
// corrected, and if still nothing, what to try instead (suggestions.ts).
import type { Actor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { parseWith } from '../../platform/forms.ts';
import type { Currency, Money } from '../../platform/money.ts';
import type { JobExperience, JobKind } from '../../jobs/domain.ts';
import { gigCardImage } from '../../media/service.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { CORRECT_MIN } from '../domain.ts';
import { COUNT_CAP, PAGE_SIZE, type SearchItem, type SearchParams, type SearchResult, searchParams } from '../params.ts';
import { type Keyset, searchRows, searchTerms } from './statement.ts';
import { suggestionsFor } from './suggestions.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const NUMERIC = /^-?\d{1,20}(?:\.\d{1,12})?$/;

function readCursor(secret: string, params: SearchParams): Keyset | null {
  if (!params.cursor) return null;
  const p = decodeCursor(secret, params.cursor);
  const id = p.id;
  const key = p.v;
  const total = p.n;
  // Signed by us, so a mismatch means a cursor from another kind of search: start again.
  if (p.t !== params.type || p.s !== params.sort || typeof id !== 'string' || !UUID.test(id) || typeof key !== 'string') throw new AppError('search.bad_cursor');
  if (typeof total !== 'number' || !Number.isInteger(total) || total < 0 || total > COUNT_CAP + 1) throw new AppError('search.bad_cursor');
  if (params.sort !== 'newest' && !NUMERIC.test(key)) throw new AppError('search.bad_cursor');
  if (params.sort === 'newest' && Number.isNaN(Date.parse(key))) throw new AppError('search.bad_cursor');
  return { id, key, total, corrected: p.c === 1 };
}

/** The search behind /search, /c/<category> and GET /api/v1/search. Anyone may search. */
export async function search(deps: Deps, _viewer: Actor | null, raw: unknown): Promise<SearchResult> {
  const params = parseWith(searchParams, raw);
  const after = readCursor(deps.config.secret, params);
  const terms = searchTerms(params.q);
  let corrected = after?.corrected ?? false;
  let found = await searchRows(deps.db, params, after, terms, deps.clock.now().getTime(), corrected);
  // Nothing found: a word that finds nothing is corrected too, known or not (a word that only drafts
  // or paused gigs contain is in the vocabulary). Two more statements, only for an empty first page.
  if (found.length === 0 && after === null && terms.words.some((w) => [...w].length >= CORRECT_MIN)) {
    corrected = true;
    found = await searchRows(deps.db, params, after, terms, deps.clock.now().getTime(), corrected);
  }
  const n = after ? after.total : (found[0]?.window_count ?? 0);
  // Only an empty first page with words pays for suggestions (one statement); a search that finds something runs none.
  const suggestions = found.length === 0 && after === null && terms.normalized !== '' ? await suggestionsFor(deps.db, params, terms, deps.clock.now().getTime()) : null;

  const rows = found.slice(0, PAGE_SIZE);
  const last = rows.at(-1);
  const nextCursor =
    found.length > PAGE_SIZE && last
      ? encodeCursor(deps.config.secret, {
          t: params.type,
          s: params.sort,
          id: last.id,
          // The rating sort's key comes in price_key too (statement.ts).
          v: params.sort === 'newest' ? last.date_key : params.sort === 'price' || params.sort === 'budget' || params.sort === 'rating' ? last.price_key : last.score,
          n,
          ...(corrected ? { c: 1 } : {}),
        })
      : null;
  return {
    params,
    terms: terms.highlight,
    suggestions,
    total: Math.min(n, COUNT_CAP),
    totalCapped: n > COUNT_CAP,
    nextCursor,
    items: rows.map((r) => ({
      id: r.id,
      type: params.type,
      title: r.title,
      url: params.type === 'gig' ? `/g/${r.url_part}` : params.type === 'job' ? `/jobs/${r.url_part}` : `/u/${encodeURIComponent(r.url_part)}`,
      snippet: r.snippet,
      price: params.type === 'job' || r.price_minor === null || r.currency === null ? null : { amount: BigInt(r.price_minor), currency: r.currency },
      job: params.type === 'job' && r.kind && r.experience && r.currency ? jobTerms(r.kind, r.experience, r.currency, r.price_minor, r.rate_max_minor ?? null) : null,
      deliveryDays: r.delivery_days,
      person: { displayName: r.display_name, handle: r.handle },
      headline: r.headline,
      citySlug: r.city_slug,
      categorySlug: r.category_slug,
      skills: r.skills,
      date: new Date(r.date),
      image: gigCardImage(r.image_key),
      rating: params.type === 'job' ? null : { sum: Number(r.rating_sum), count: Number(r.rating_count) },
      level: params.type === 'job' ? null : r.seller_level,
    })),
  };
}

function jobTerms(kind: JobKind, experience: JobExperience, currency: Currency, first: string | null, rateMax: string | null): NonNullable<SearchItem['job']> {
  const money = (v: string | null): Money | null => (v === null ? null : { amount: BigInt(v), currency });
  return kind === 'fixed'
    ? { kind, experience, budget: money(first), rateMin: null, rateMax: null }
    : { kind, experience, budget: null, rateMin: money(first), rateMax: money(rateMax) };
}
