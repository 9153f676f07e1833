// The statement behind a result page (docs/decisions/0021, 0030, 0042): the query's words looked up
// and planned (domain.ts, vocabulary.ts), the postings lists to walk, and the SQL that finds the window
// of matches and shapes the page from it, for each type. search() runs it; the benchmark runs exactly it.
//
// Prices: gigs are priced in PKR or USD. The price filter and the price sort work on the cheapest
// package's PKR estimate at the platform's current rate (the newest USD → PKR rate, as the gig
// page's estimates and wallet conversions use it: src/fx, the initial one until an admin sets one); the filter's
// amounts are read in the currency the searcher names (PKR by default).
// Jobs the same way: a fixed job's budget, or an hourly job's rate range, whose PKR estimate must
// overlap the range asked for; the budget sort puts the highest pay (budget or top rate) first.
import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../db/pool.ts';
import { usdToPkrNowSql } from '../../fx/service.ts';
import { firstImageKeySql } from '../../media/service.ts';
import { type Currency, CURRENCIES } from '../../platform/money.ts';
import type { JobExperience, JobKind } from '../../jobs/domain.ts';
import { matchText, type PlannedWord, planWords, type RankPlan, rankPlan, SKILL_BONUS, streamsFor, wordToComplete } from '../domain.ts';
import { expandQuery, normalizeForSearch, slugsNamedIn, tokens } from '../normalize.ts';
import { COUNT_CAP, PAGE_SIZE, type SearchParams, type SearchType } from '../params.ts';
import { wordFacts } from '../vocabulary.ts';

// The USD → PKR rate searches convert at, read by the search statement itself (no extra round trip).
const USD_TO_PKR = usdToPkrNowSql();
/** The PKR estimate of an amount in minor units of its currency, as SQL. */
const pkrEstimate = (amount: RawBuilder<unknown>, currency: RawBuilder<unknown>) =>
  sql`(CASE WHEN ${currency} = 'USD' THEN round(${amount}::numeric * ${USD_TO_PKR}) ELSE ${amount}::numeric END)`;
/** The same for an amount the searcher typed (a filter's bound). */
const toPkr = (amount: bigint, currency: Currency) => (currency === 'USD' ? sql`(${amount.toString()}::numeric * ${USD_TO_PKR})` : sql`${amount.toString()}::numeric`);

export interface Keyset {
  id: string;
  key: string;
  /** The first page's count, carried along so later pages need not count again. */
  total: number;
  /** The first page was found with every word corrected (nothing matched as typed): later pages too. */
  corrected?: boolean;
}

/** One row of a result page, as the search SQL returns it. */
export interface SearchRow {
  /** How many matches the window holds, up to COUNT_CAP + 1 (the same on every row). */
  window_count: number;
  id: string;
  title: string;
  url_part: string;
  snippet: string;
  price_minor: string | null;
  currency: Currency | null;
  delivery_days: number | null;
  display_name: string;
  handle: string;
  headline: string | null;
  city_slug: string | null;
  category_slug: string | null;
  skills: string[];
  date: Date;
  date_key: string;
  score: string;
  price_key: string;
  kind?: JobKind;
  experience?: JobExperience;
  rate_max_minor?: string | null;
  /** Gigs: the key of the first image, if any. */
  image_key?: string | null;
  /** Gigs: the gig's revealed ratings; freelancers: theirs (0 for jobs), and the seller level (src/reviews). */
  rating_sum: number;
  rating_count: number;
  seller_level: 'new' | 'level_one' | 'level_two' | 'top_rated' | null;
}

/** What the query asks for, read once: the words, their phrasings and the taxonomy they name. */
export interface SearchTerms {
  normalized: string;
  /** The query's own phrasing first, then its taxonomy names' other spellings (normalize.ts). */
  expansions: string[];
  slugs: string[];
  /** The query's words (at most QUERY_WORDS), each matched by its alternatives (domain.ts). */
  words: string[];
  /** The normalised words to highlight. */
  highlight: string[];
}

/** At most this many words of a query are matched one by one. */
const QUERY_WORDS = 8;

export function searchTerms(q: string): SearchTerms {
  const expansions = expandQuery(q);
  return {
    normalized: normalizeForSearch(q),
    expansions,
    slugs: slugsNamedIn(q),
    words: tokens(q, QUERY_WORDS),
    highlight: [...new Set(expansions.flatMap((e) => tokens(e)))],
  };
}

/** How a search matches and ranks, once its words are looked up (domain.ts). */
export interface SearchPlan {
  words: PlannedWord[];
  /** The full-text query, in tsquery syntax ('' when there is none). */
  match: string;
  rank: RankPlan;
}

export async function planSearch(db: Executor, terms: SearchTerms, now: number = Date.now(), correctKnown = false): Promise<SearchPlan> {
  const facts = terms.words.length > 0 ? await wordFacts(db, terms.words, now, { complete: wordToComplete(terms.words), correctKnown }) : new Map();
  const words = planWords(terms.words, facts);
  return { words, match: matchText(words, terms.expansions.slice(1)), rank: rankPlan(words) };
}

interface Match {
  hasQuery: boolean;
  tsq: RawBuilder<unknown>;
  slugs: string[];
  rank: RankPlan;
  /** The postings to walk for the window (streamsFor), or null to let PostgreSQL find it. */
  streams?: string[] | null;
}

/** The full-text query of a plan, as SQL. */
export const tsqueryOf = (plan: SearchPlan) => (plan.match === '' ? sql`NULL::tsquery` : sql`${plan.match}::tsquery`);

/** Each type's postings (0020_search_postings.ts): one row per term of each searchable document, newest first. */
const POSTINGS: Record<SearchType, { table: string; owner: string }> = {
  gig: { table: 'gig_postings', owner: 'gig_id' },
  job: { table: 'job_postings', owner: 'job_id' },
  freelancer: { table: 'freelancer_postings', owner: 'user_id' },
};
/** Past this many postings lists, a search lets PostgreSQL find its window (the plain way). */
export const MAX_STREAMS = 12;

// How often each common term occurs, from pg_stats (ANALYZE, run by autovacuum), per database handle
// and postings table, read again after FREQUENCY_TTL_MS. A performance hint only: a stale or missing
// figure makes a walk longer, never a result wrong.
const FREQUENCY_TTL_MS = 10 * 60_000;
const frequencies = new WeakMap<object, Map<string, { until: number; value: Promise<Map<string, number>> }>>();

async function termFrequencies(db: Executor, table: string): Promise<Map<string, number>> {
  let byTable = frequencies.get(db);
  if (!byTable) {
    byTable = new Map();
    frequencies.set(db, byTable);
  }
  const now = performance.now();
  const cached = byTable.get(table);
  if (cached && cached.until > now) return cached.value;
  const value = sql<{ terms: string[] | null; freqs: number[] | null }>`
    SELECT most_common_vals::text::text[] AS terms, most_common_freqs AS freqs
    FROM pg_stats WHERE schemaname = current_schema() AND tablename = ${table} AND attname = 'term'`
    .execute(db)
    .then(({ rows }) => new Map((rows[0]?.terms ?? []).map((t, i) => [t, rows[0]?.freqs?.[i] ?? 0])));
  byTable.set(table, { until: now + FREQUENCY_TTL_MS, value });
  value.catch(() => byTable.delete(table));
  return value;
}

/**
 * The statement behind a result page, after the spelling correction (and, when the window is
 * found through postings, the choice of lists): what searchRows() runs and the benchmark explains.
 */
export async function searchStatement(db: Executor, params: SearchParams, after: Keyset | null, terms: SearchTerms = searchTerms(params.q), now: number = Date.now(), correctKnown = false) {
  const hasQuery = terms.normalized !== '';
  const plan = hasQuery ? await planSearch(db, terms, now, correctKnown) : { words: [], match: '', rank: { queries: [], scores: [], groups: [] } };
  // A city is rarer than most words (one among many), so matches would be sparse along every list:
  // gig and freelancer postings carry the shown city (0028, 0029), and a search with a city walks only
  // the city's part of each list. Jobs have no city (the filter does not apply to them).
  const byDate = params.sort === 'relevance' || params.sort === 'newest';
  // Gig postings also carry the price (0023_gig_postings_price.ts): a first page of gigs by price
  // walks them cheapest first; later pages, and the other types' price and budget sorts, are planned.
  const byPrice = params.type === 'gig' && params.sort === 'price' && after === null && !params.city;
  // "Certified in" keeps the few people holding a certificate in one skill (docs/decisions/0060):
  // PostgreSQL starts from that small set of ids rather than walking lists where its matches are sparse.
  const streams =
    hasQuery && (byDate || byPrice) && !params.certifiedIn ? streamsFor(plan.words, terms.expansions.slice(1), await termFrequencies(db, POSTINGS[params.type].table), MAX_STREAMS) : null;
  return searchQuery(params, { hasQuery, tsq: tsqueryOf(plan), slugs: terms.slugs, rank: plan.rank, streams }, after);
}

/**
 * The rows of one result page, and how many match (up to COUNT_CAP + 1): the SQL behind search(),
 * exported so the benchmark runs exactly what the service runs. Two statements at most: the spelling
 * correction (skipped when every word is known), then one query that finds the window of matches and
 * shapes the page from it.
 */
export async function searchRows(db: Executor, params: SearchParams, after: Keyset | null, terms: SearchTerms = searchTerms(params.q), now: number = Date.now(), correctKnown = false): Promise<SearchRow[]> {
  const { rows } = await (await searchStatement(db, params, after, terms, now, correctKnown)).execute(db);
  return rows;
}

/**
 * How a page is found, in two steps (docs/decisions/0021-search-speed.md, 0030-search-postings.md):
 * 1. the window: the matches in the order an index can give them (newest first; by price for the
 *    price and budget sorts), after the cursor, at most COUNT_CAP + 1 of them on a first page
 *    (that is the count) or a page and one more on later pages. Newest first, with a query, the
 *    postings lists of streamsFor() are merged newest first and each document met is tested with
 *    the whole search until the window is full; a first page of gigs by price walks them cheapest
 *    first (cheapestFirst); otherwise (later pages by price, budget sorts, no words, a city, too
 *    many lists) PostgreSQL plans the window from the search's conditions.
 * 2. the page: the window in the chosen order. Relevance ranks the newest COUNT_CAP matches by
 *    ts_rank (plus a bonus for a skill the query names), so its cost is bounded however common the
 *    words are; newest, price and budget page through every match.
 *
 * Through postings the statement's text depends only on the number of lists and the filters, and
 * every value (the words too: the full-text query is computed once, in the `tsq` CTE) is a
 * parameter, so PostgreSQL can keep one plan for it per connection.
 */
export function searchQuery(params: SearchParams, match: Match, after: Keyset | null) {
  const streams = match.hasQuery && match.streams && match.streams.length > 0 ? match.streams : null;
  const m = streams ? { ...match, tsq: sql`(SELECT q FROM tsq)` } : match;
  const q = params.type === 'gig' ? gigQuery(params, m) : params.type === 'job' ? jobQuery(params, m) : freelancerQuery(params, m);
  const relevance = params.sort === 'relevance';
  const cmp = params.sort === 'price' ? sql`>` : sql`<`;
  const dir = params.sort === 'price' ? sql`ASC` : sql`DESC`;
  // The rating sort (highest first) pages by the rating key the way the amount sorts page by price:
  // it takes the window's price_key column, so a cursor carries it the same way.
  const sortKey = params.sort === 'rating' ? q.ratingKey : q.priceKey;
  const key = params.sort === 'newest' ? { expr: q.date, cast: sql`timestamptz` } : { expr: sortKey, cast: sql`numeric` };
  const windowOrder = relevance || params.sort === 'newest' ? sql`${q.date} DESC, ${q.id} DESC` : sql`${sortKey} ${dir}, ${q.id} ${dir}`;
  const windowAfter = after && !relevance ? sql`(${key.expr}, ${q.id}) ${cmp} (${after.key}::${key.cast}, ${after.id}::uuid)` : sql`true`;
  // Sizes are written into the text (not parameters), so a kept plan knows them.
  const windowLimit = sql.lit(after && !relevance ? PAGE_SIZE + 1 : COUNT_CAP + 1);
  // Relevance pages by one number: the rank, then the newest (rn counts the window newest first).
  const relevanceKey = sql`(w.score * 100 + ${sql.lit(100)} - w.rn)`;
  const pageOrder = relevance ? sql`${relevanceKey} DESC, w.id DESC` : params.sort === 'newest' ? sql`w.date DESC, w.id DESC` : sql`w.price_key ${dir}, w.id ${dir}`;
  const pageAfter = after && relevance ? sql`(${relevanceKey}, w.id) < (${after.key}::numeric, ${after.id}::uuid) AND w.rn <= ${sql.lit(COUNT_CAP)}` : relevance ? sql`w.rn <= ${sql.lit(COUNT_CAP)}` : sql`true`;
  const score = relevance ? q.score : sql`0::numeric`;
  let window: RawBuilder<unknown>;
  if (streams && params.sort === 'price') {
    window = cheapestFirst(q, streams, score, windowLimit);
  } else if (streams) {
    const { table, owner } = POSTINGS[params.type];
    const posted = sql.ref(`p.${owner}`);
    const walkAfter = after && !relevance ? sql`AND (p.at, ${posted}) < (${after.key}::timestamptz, ${after.id}::uuid)` : sql``;
    // The shown city, kept on gig and freelancer postings (0028_gig_postings_city.ts, 0029).
    const walkCity = params.city && params.type !== 'job' ? sql`AND p.city = ${params.city}` : sql``;
    // The lists are merged newest first, a document on several lists is taken once (its postings
    // meet side by side), and each document met is tested with the whole search until the window is
    // full: PostgreSQL reads every list only as far back as the window's oldest match. OFFSET 0 keeps
    // the test a subquery run per document (a nested loop), whatever the estimates.
    const walk = (term: string) => sql`(SELECT p.at, ${posted} AS id FROM ${sql.table(table)} p WHERE p.term = ${term} ${walkCity} ${walkAfter} ORDER BY p.at DESC, ${posted} DESC)`;
    window = sql`SELECT m.id, m.at AS date, c.price_key, c.score, row_number() OVER (ORDER BY m.at DESC, m.id DESC) AS rn
      FROM (SELECT s.at, s.id, lag(s.id) OVER (ORDER BY s.at DESC, s.id DESC) AS previous
            FROM (${sql.join(streams.map(walk), sql` UNION ALL `)}) s) m
      CROSS JOIN LATERAL (SELECT ${q.priceKey} AS price_key, ${score} AS score ${q.from} AND ${q.id} = m.id OFFSET 0) c
      WHERE m.previous IS DISTINCT FROM m.id
      ORDER BY m.at DESC, m.id DESC
      LIMIT ${windowLimit}`;
  } else {
    window = sql`SELECT ${q.id} AS id, ${q.date} AS date, ${sortKey} AS price_key, ${score} AS score,
        row_number() OVER (ORDER BY ${windowOrder}) AS rn
      ${q.from} AND ${windowAfter}
      ORDER BY ${windowOrder}
      LIMIT ${windowLimit}`;
  }
  return sql<SearchRow>`
    WITH ${streams ? sql`tsq AS (SELECT ${match.tsq} AS q),` : sql``} ${q.ctes ?? sql``} w AS MATERIALIZED (${window})
    SELECT (SELECT count(*) FROM w)::int AS window_count, ${q.columns}, ${relevance ? relevanceKey : sql`w.score`}::text AS score, w.price_key::text AS price_key
    FROM (SELECT * FROM w WHERE ${pageAfter} ORDER BY ${pageOrder} LIMIT ${sql.lit(PAGE_SIZE + 1)}) w ${q.page}
    ORDER BY ${pageOrder}`;
}

/**
 * The window of a first page of gigs by price, through the price index of the gig postings: for
 * each currency, the lists merged cheapest first (a gig on several lists taken once), each gig met
 * tested with the whole search until the window is full; then the two windows in the order of their
 * PKR estimates. Within one currency the estimate grows with the price (a USD → PKR rate above 1),
 * so the cheapest matches of each currency hold the cheapest matches of all.
 */
function cheapestFirst(q: TypeQuery, streams: readonly string[], score: RawBuilder<unknown>, limit: RawBuilder<unknown>): RawBuilder<unknown> {
  const inCurrency = (currency: Currency) => {
    const walk = (term: string) =>
      sql`(SELECT p.price, p.gig_id AS id FROM gig_postings p WHERE p.term = ${term} AND p.currency = ${sql.lit(currency)} AND p.price IS NOT NULL ORDER BY p.price, p.gig_id)`;
    return sql`(SELECT m.id, c.date, c.price_key, c.score
      FROM (SELECT s.price, s.id, lag(s.id) OVER (ORDER BY s.price, s.id) AS previous FROM (${sql.join(streams.map(walk), sql` UNION ALL `)}) s) m
      CROSS JOIN LATERAL (SELECT ${q.date} AS date, ${q.priceKey} AS price_key, ${score} AS score ${q.from} AND ${q.id} = m.id OFFSET 0) c
      WHERE m.previous IS DISTINCT FROM m.id
      ORDER BY m.price, m.id
      LIMIT ${limit})`;
  };
  return sql`SELECT b.*, row_number() OVER (ORDER BY b.price_key ASC, b.id ASC) AS rn
    FROM (${sql.join(CURRENCIES.map(inCurrency), sql` UNION ALL `)}) b
    ORDER BY b.price_key ASC, b.id ASC
    LIMIT ${limit}`;
}

function priceFilters(params: SearchParams, key: RawBuilder<unknown>) {
  const out = [];
  if (params.priceMin !== null) out.push(sql`${key} >= ${toPkr(params.priceMin, params.currency)}`);
  if (params.priceMax !== null) out.push(sql`${key} <= ${toPkr(params.priceMax, params.currency)}`);
  return out;
}

/** An average of at least `min` whole stars, exactly (sum >= min × count; src/reviews/domain.ts meetsMinRating). */
const minRating = (total: RawBuilder<unknown>, n: RawBuilder<unknown>, min: number) => sql`${n} > 0 AND ${total} >= ${min}::int * ${n}`;
/**
 * "Certified in" (docs/decisions/0060): the people holding a certificate in the skill that counts — a
 * Hunar certificate still valid (not revoked), or an outside one whose proof an admin verified
 * (self-reported and rejected ones do not count). Found once, in a CTE, as a small array of user ids.
 */
const certifiedCte = (params: SearchParams) =>
  params.certifiedIn
    ? sql`certified AS (SELECT ARRAY(SELECT DISTINCT c.user_id FROM credentials c WHERE c.skill_slug = ${params.certifiedIn} AND c.status IN ('valid', 'verified')) AS ids),`
    : sql``;
const certified = (userId: RawBuilder<unknown>) => sql`${userId} = ANY((SELECT ids FROM certified)::uuid[])`;
const and = (parts: RawBuilder<unknown>[]) => (parts.length ? sql.join(parts, sql` AND `) : sql`true`);
const skillBonus = (skills: RawBuilder<unknown>, category: RawBuilder<unknown>, slugs: string[]) =>
  sql`CASE WHEN ${skills} && ${slugs}::text[] OR ${category} = ANY(${slugs}::text[]) THEN ${sql.lit(SKILL_BONUS)} ELSE 0 END`;
/**
 * A document's rank (domain.ts rankPlan): for each query word, the best entry whose weighted query
 * the document matches, summed. The arrays are parameters, so the statement's text stays the same.
 */
const rankOf = (doc: RawBuilder<unknown>, rank: RankPlan) =>
  sql`(SELECT coalesce(sum(b.best), 0) FROM (SELECT max(r.score) AS best FROM unnest(${rank.queries}::tsquery[], ${rank.scores}::int[], ${rank.groups}::int[]) AS r(q, score, grp)
    WHERE ${doc} @@ r.q GROUP BY r.grp) b)`;
/** A freelancer whose name the query matches ranks as if every word were in a title. */
const NAME_RANK = 12;

/** The pieces searchQuery assembles: the window's FROM ... WHERE, its sort keys, and the page's columns and joins. */
interface TypeQuery {
  /** Common table expressions the window needs (each ending in a comma), or nothing. */
  ctes?: RawBuilder<unknown>;
  /** FROM ... WHERE <match and filters> (the window's scan). */
  from: RawBuilder<unknown>;
  id: RawBuilder<unknown>;
  date: RawBuilder<unknown>;
  priceKey: RawBuilder<unknown>;
  /** The rating sort's key (hunar_rating_key, 0042_reviews.ts): 0 where there are no ratings. */
  ratingKey: RawBuilder<unknown>;
  score: RawBuilder<unknown>;
  /** The page's columns, over the window w and the joins in `page`. */
  columns: RawBuilder<unknown>;
  /** JOINs from the window w to what a result shows. */
  page: RawBuilder<unknown>;
}

function gigQuery(params: SearchParams, m: Match): TypeQuery {
  // The cheapest package's price and delivery time live on the gig (kept by triggers, 0018_search_filters.ts).
  const key = pkrEstimate(sql`g.min_price_minor`, sql`g.currency`);
  const where = [sql`g.status = 'published'`];
  if (m.hasQuery) where.push(sql`g.search_tsv @@ ${m.tsq}`);
  if (params.category) where.push(sql`g.category_slug = ${params.category}`);
  if (params.skill) where.push(sql`g.skills @> ARRAY[${params.skill}]::text[]`);
  if (params.deliveryDays !== null) where.push(sql`g.min_delivery_days <= ${params.deliveryDays}`);
  // The seller's shown city, kept on the gig (0022_gig_seller_city.ts): null when hidden.
  if (params.city) where.push(sql`g.seller_city = ${params.city}`);
  if (params.language) where.push(sql`EXISTS (SELECT 1 FROM profiles sp WHERE sp.user_id = g.seller_id AND sp.languages @> ARRAY[${params.language}]::text[])`);
  where.push(...priceFilters(params, key));
  if (params.minRating !== null) where.push(minRating(sql`g.rating_sum`, sql`g.rating_count`, params.minRating));
  if (params.certifiedIn) where.push(certified(sql`g.seller_id`));
  return {
    ctes: certifiedCte(params),
    from: sql`FROM gigs g WHERE ${and(where)}`,
    id: sql`g.id`,
    date: sql`g.published_at`,
    priceKey: key,
    ratingKey: sql`hunar_rating_key(g.rating_sum, g.rating_count)`,
    score: m.hasQuery ? sql`(${rankOf(sql`g.search_tsv`, m.rank)} + ${skillBonus(sql`g.skills`, sql`g.category_slug`, m.slugs)})::numeric` : sql`0::numeric`,
    columns: sql`g.id, g.title, g.slug AS url_part, left(g.description, 300) AS snippet, g.min_price_minor::text AS price_minor, g.currency,
      g.min_delivery_days AS delivery_days, u.display_name, u.handle::text AS handle, NULL::text AS headline, NULL::text AS city_slug,
      g.category_slug, g.skills, g.published_at AS date, g.published_at::text AS date_key, ${firstImageKeySql(sql`g.id`)} AS image_key,
      g.rating_sum, g.rating_count, u.seller_level`,
    page: sql`JOIN gigs g ON g.id = w.id JOIN users u ON u.id = g.seller_id`,
  };
}

// The name index of 0010_search_speed.ts: the expression must be written exactly so.
export const NAME_TSV = (u: string) => sql`to_tsvector('simple'::regconfig, hunar_normalize(${sql.ref(`${u}.display_name`)}))`;

function freelancerQuery(params: SearchParams, m: Match): TypeQuery {
  // No rate sorts last (the largest bigint).
  const key = sql`coalesce(${pkrEstimate(sql`p.hourly_rate_minor`, sql`p.hourly_rate_currency`)}, 9223372036854775807::numeric)`;
  const where = [sql`u.is_freelancer`];

  if (params.category)
    where.push(sql`(p.main_category = ${params.category} OR EXISTS (SELECT 1 FROM skills s WHERE s.slug = ANY(p.skills) AND s.category_slug = ${params.category}))`);
  if (params.skill) where.push(sql`p.skills @> ARRAY[${params.skill}]::text[]`);
  // A hidden city is never matched (nor shown).
  if (params.city) where.push(sql`p.city_slug = ${params.city} AND p.show_city`);
  if (params.language) where.push(sql`p.languages @> ARRAY[${params.language}]::text[]`);
  if (params.priceMin !== null || params.priceMax !== null) where.push(sql`p.hourly_rate_minor IS NOT NULL`);
  where.push(...priceFilters(params, key));
  if (params.minRating !== null) where.push(minRating(sql`u.rating_sum`, sql`u.rating_count`, params.minRating));
  if (params.certifiedIn) where.push(certified(sql`u.id`));
  // Profile text and taxonomy, or the display name. The names that match are found once, through the
  // name index (the `names` CTE), so every condition is on profiles: PostgreSQL either walks the
  // freelancers newest first (users_freelancers_created) testing each profile, or, for rarer words,
  // ORs the profile indexes together; it never reads all of users (the plans in docs/benchmarks.md).
  if (m.hasQuery) where.push(sql`(p.search_tsv @@ ${m.tsq} OR p.user_id = ANY((SELECT ids FROM names)::uuid[]))`);
  return {
    ctes: sql`${certifiedCte(params)} ${m.hasQuery ? sql`names AS (SELECT ARRAY(SELECT mu.id FROM users mu WHERE mu.is_freelancer AND ${NAME_TSV('mu')} @@ ${m.tsq}) AS ids),` : sql``}`,
    from: sql`FROM users u JOIN profiles p ON p.user_id = u.id WHERE ${and(where)}`,
    id: sql`u.id`,
    date: sql`u.created_at`,
    priceKey: key,
    ratingKey: sql`hunar_rating_key(u.rating_sum, u.rating_count)`,
    score: m.hasQuery
      ? sql`(${rankOf(sql`p.search_tsv`, m.rank)} + CASE WHEN p.user_id = ANY((SELECT ids FROM names)::uuid[]) THEN ${sql.lit(NAME_RANK)} ELSE 0 END + ${skillBonus(sql`p.skills`, sql`p.main_category`, m.slugs)})::numeric`
      : sql`0::numeric`,
    columns: sql`u.id, u.display_name AS title, u.handle::text AS url_part, left(CASE WHEN p.bio_en <> '' THEN p.bio_en ELSE p.bio_ur END, 300) AS snippet,
      p.hourly_rate_minor::text AS price_minor, p.hourly_rate_currency AS currency, NULL::int AS delivery_days, u.display_name, u.handle::text AS handle,
      p.headline, CASE WHEN p.show_city THEN p.city_slug END AS city_slug, p.main_category AS category_slug, p.skills,
      u.created_at AS date, u.created_at::text AS date_key, u.rating_sum, u.rating_count, u.seller_level`,
    page: sql`JOIN users u ON u.id = w.id JOIN profiles p ON p.user_id = w.id`,
  };
}


// Open, public jobs only, whatever else is asked (see the header).
function jobQuery(params: SearchParams, m: Match): TypeQuery {
  const low = pkrEstimate(sql`coalesce(j.budget_minor, j.rate_min_minor)`, sql`j.currency`);
  const high = pkrEstimate(sql`coalesce(j.budget_minor, j.rate_max_minor)`, sql`j.currency`);
  const where = [sql`j.status = 'open'`, sql`j.visibility = 'public'`];
  if (m.hasQuery) where.push(sql`j.search_tsv @@ ${m.tsq}`);
  if (params.category) where.push(sql`j.category_slug = ${params.category}`);
  if (params.skill) where.push(sql`j.skills @> ARRAY[${params.skill}]::text[]`);
  if (params.kind) where.push(sql`j.kind = ${params.kind}`);
  if (params.experience) where.push(sql`j.experience = ${params.experience}`);
  // The job's pay (a budget, or a rate range) overlaps the range asked for.
  if (params.priceMin !== null) where.push(sql`${high} >= ${toPkr(params.priceMin, params.currency)}`);
  if (params.priceMax !== null) where.push(sql`${low} <= ${toPkr(params.priceMax, params.currency)}`);
  return {
    from: sql`FROM jobs j WHERE ${and(where)}`,
    id: sql`j.id`,
    date: sql`j.created_at`,
    priceKey: high,
    ratingKey: sql`0::numeric`,
    score: m.hasQuery ? sql`(${rankOf(sql`j.search_tsv`, m.rank)} + ${skillBonus(sql`j.skills`, sql`j.category_slug`, m.slugs)})::numeric` : sql`0::numeric`,
    columns: sql`j.id, j.title, j.id::text AS url_part, left(j.description, 300) AS snippet, coalesce(j.budget_minor, j.rate_min_minor)::text AS price_minor,
      j.rate_max_minor::text AS rate_max_minor, j.currency, NULL::int AS delivery_days, u.display_name, u.handle::text AS handle, NULL::text AS headline,
      NULL::text AS city_slug, j.category_slug, j.skills, j.kind, j.experience, j.created_at AS date, j.created_at::text AS date_key,
      0 AS rating_sum, 0 AS rating_count, NULL::text AS seller_level`,
    page: sql`JOIN jobs j ON j.id = w.id JOIN users u ON u.id = j.client_id`,
  };
}
