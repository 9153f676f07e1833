// What a search that found nothing offers instead (docs/decisions/0046): a corrected query that is
// checked to find something, the closest categories and names (suggest.ts).
import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../db/pool.ts';
import { matchText } from '../domain.ts';
import { COUNT_CAP, type SearchParams, type SearchType, type Suggestions } from '../params.ts';
import { closestCategories, correctedQuery, suggestedQueries } from '../suggest.ts';
import { WORD_SIMILARITY, wordFacts } from '../vocabulary.ts';
import { NAME_TSV, planSearch, type SearchTerms } from './statement.ts';

/** At most this many near words are looked at for a query word that finds nothing, and at most OPTIONS_PER_WORD of those that find something are tried. */
const NEAR_WORDS = 6;
/** Corrected queries tried, cheapest first, until one finds something. */
const COMBINATIONS_MAX = 30;

/** What of the type a search is for, visible to anyone, matches the tsquery `q` (a SELECT, in SQL). */
function visibleDocs(type: SearchType, q: RawBuilder<unknown>): RawBuilder<unknown> {
  if (type === 'gig') return sql`SELECT 1 FROM gigs g WHERE g.status = 'published' AND g.search_tsv @@ ${q}`;
  if (type === 'job') return sql`SELECT 1 FROM jobs j WHERE j.status = 'open' AND j.visibility = 'public' AND j.search_tsv @@ ${q}`;
  return sql`SELECT 1 FROM users u JOIN profiles p ON p.user_id = u.id WHERE u.is_freelancer AND (p.search_tsv @@ ${q} OR ${NAME_TSV('u')} @@ ${q})`;
}
const visibleMatch = (type: SearchType, q: RawBuilder<unknown>) => sql`EXISTS (${visibleDocs(type, q)})`;
/** How many visible documents match, counted up to COUNT_CAP. */
const visibleCount = (type: SearchType, q: RawBuilder<unknown>) => sql`(SELECT count(*) FROM (${visibleDocs(type, q)} LIMIT ${sql.lit(COUNT_CAP)}) v)`;

/**
 * What a search that found nothing offers: the corrected query, the closest categories and names
 * (suggest.ts). The corrected query keeps each word that is known and finds something of the type
 * searched (filters aside: the link keeps them, and they may be what empties the page), and glue
 * words; every other word becomes one of the known words near it that find something, its spelling
 * corrections first (vocabulary.ts), then its nearest words by trigrams, or is dropped when there is
 * none; the more listings a near word finds, the likelier it is what was meant ("entery": entry before
 * enter). Of those corrected queries, the first (fewest and nearest replacements) that finds something
 * as a whole is offered; none when none does, so a "did you mean" link never leads to an empty page.
 * One statement; the words' facts are remembered from the search just run (vocabulary.ts), so
 * planning them again reads no table.
 */
export async function suggestionsFor(db: Executor, params: SearchParams, terms: SearchTerms, now: number = Date.now()): Promise<Suggestions> {
  let corrected: string | null = null;
  if (terms.words.length > 0) {
    const [plan, facts] = await Promise.all([planSearch(db, terms, now), wordFacts(db, terms.words, now)]);
    // Fewer options per word as the query grows, so the corrected queries to try stay few.
    const perWord = plan.words.length <= 3 ? 3 : plan.words.length <= 5 ? 2 : 1;
    const { rows } = await sql<{ corrected: string }>`
      WITH RECURSIVE w AS MATERIALIZED (
        SELECT w.n::int AS n, w.word, w.q, w.corrections, w.optional,
          w.optional OR (w.known AND ${visibleMatch(params.type, sql`w.q::tsquery`)}) AS kept
        FROM unnest(${plan.words.map((x) => x.word)}::text[], ${plan.words.map((x) => matchText([{ ...x, optional: false }]))}::text[],
          ${plan.words.map((x) => (facts.get(x.word)?.corrections ?? []).join(' '))}::text[], ${plan.words.map((x) => x.optional)}::boolean[],
          ${plan.words.map((x) => facts.get(x.word)?.known ?? false)}::boolean[]) WITH ORDINALITY AS w(word, q, corrections, optional, known, n)),
      near AS MATERIALIZED (
        SELECT w.n, c.word, c.rank FROM w CROSS JOIN LATERAL (
          SELECT c.word, row_number() OVER (ORDER BY c.tier, c.found DESC, c.rank, c.word) AS rank FROM (
            SELECT c.word, min(c.tier) AS tier, min(c.rank) AS rank, ${visibleCount(params.type, sql`quote_literal(c.word)::tsquery`)} AS found FROM (
              SELECT x.word, 0 AS tier, x.o::real AS rank FROM unnest(string_to_array(w.corrections, ' ')) WITH ORDINALITY AS x(word, o)
              UNION ALL
              SELECT near.word, 1, near.distance FROM (
                SELECT s.word, s.word <->> w.word AS distance FROM search_words s WHERE s.word <> w.word ORDER BY s.word <->> w.word LIMIT ${NEAR_WORDS}) near
              WHERE word_similarity(w.word, near.word) >= ${WORD_SIMILARITY}) c
            WHERE c.word <> w.word GROUP BY c.word) c
          WHERE c.found > 0
          ORDER BY c.tier, c.found DESC, c.rank, c.word LIMIT ${perWord}) c
        WHERE NOT w.kept),
      options AS (
        SELECT n, word, CASE WHEN optional THEN NULL ELSE q END AS piece, 0 AS cost FROM w WHERE kept
        UNION ALL SELECT n, word, quote_literal(word), rank::int FROM near
        UNION ALL SELECT n, NULL, NULL, ${NEAR_WORDS} FROM w WHERE NOT kept AND NOT EXISTS (SELECT 1 FROM near WHERE near.n = w.n)),
      combos (n, words, pieces, cost) AS (
        SELECT 0, ARRAY[]::text[], ARRAY[]::text[], 0
        UNION ALL
        SELECT o.n, c.words || o.word, c.pieces || o.piece, c.cost + o.cost FROM combos c JOIN options o ON o.n = c.n + 1)
      SELECT array_to_string(c.words, ' ') AS corrected
      FROM (SELECT * FROM combos WHERE n = (SELECT max(n) FROM w) ORDER BY cost, words LIMIT ${COMBINATIONS_MAX} OFFSET 0) c
      WHERE ${visibleMatch(params.type, sql`(SELECT string_agg('(' || p || ')', ' & ') FROM unnest(c.pieces) p WHERE p IS NOT NULL)::tsquery`)}
      ORDER BY c.cost, c.words
      LIMIT 1`.execute(db);
    const found = rows[0]?.corrected;
    corrected = found !== undefined ? correctedQuery(terms.words, found.split(' ').filter((x) => x !== '')) : null;
  }
  return { corrected, categories: closestCategories(params.q), queries: suggestedQueries(params.q, corrected) };
}
