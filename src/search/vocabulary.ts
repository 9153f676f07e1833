// What the vocabulary says about the words of a query (domain.ts WordFacts): whether some searchable
// text contains each word, its English stems (hunar_stems, the function documents are indexed with,
// 0036_search_documents.ts), the nearest known words of an unknown one (spelling correction), and
// the known words the last word begins. One statement for the words not remembered.
//
// The vocabulary (search_words, 0010_search_speed.ts) only grows: words are never removed. So what a
// known word is (known, stems) is remembered per database handle for good; what depends on the words
// around it (corrections, completions) for GUESS_TTL_MS by the caller's clock, so that a word that
// first appears in a listing is found by searches within that time. If words are ever pruned, this
// must change.
import { sql } from 'kysely';
import type { Executor } from '../db/pool.ts';
import { COMPLETIONS_MAX, CORRECT_MIN, isPrefixWord, type WordFacts } from './domain.ts';

/** pg_trgm word_similarity a known word needs to stand for an unknown one (typo tolerance). */
export const WORD_SIMILARITY = 0.4;
/** How many known words are weighed as corrections of an unknown word (the nearest by trigrams). */
const ALTERNATIVES = 6;
/**
 * An unknown word stands for the nearest of them only: those one slip away if there are any, else
 * those the fewest letters away (Levenshtein, 0037_fuzzystrmatch.ts), at most NEAREST. A wider net
 * let a misspelling find more than its right spelling ("anmation" also stood for "automation",
 * "shopfy" for "shop").
 */
const NEAREST = 3;
export const GUESS_TTL_MS = 30_000;
const REMEMBER_MAX = 50_000;

interface Remembered {
  facts: WordFacts;
  until: number;
}
const remembered = new WeakMap<object, Map<string, Remembered>>();

const keyOf = (word: string, prefix: boolean) => (prefix ? `${word}*` : word);

/**
 * The facts of each word (the last one also as a prefix when it is long enough), by word. Words one
 * slip away come first among corrections: two neighbouring letters swapped ("desgin") or one letter
 * too many ("dessign"), found by exact look-ups, since trigrams rank a swap poorly; else, among the
 * nearest words by trigram (missing or wrong letters), those the fewest letters away: see NEAREST.
 */
export async function wordFacts(db: Executor, words: readonly string[], now: number = Date.now()): Promise<Map<string, WordFacts>> {
  let memory = remembered.get(db);
  if (!memory) {
    memory = new Map();
    remembered.set(db, memory);
  }
  const asks = words.map((word, i) => ({ word, prefix: i === words.length - 1 && isPrefixWord(word) }));
  const out = new Map<string, WordFacts>();
  const missing: { word: string; prefix: boolean }[] = [];
  for (const a of asks) {
    const r = memory.get(keyOf(a.word, a.prefix));
    if (r && r.until > now) out.set(a.word, r.facts);
    else missing.push(a);
  }
  if (missing.length === 0) return out;
  const { rows } = await sql<{ known: boolean; stems: string[]; corrections: string[]; completions: string[] | null }>`
    SELECT k.known, hunar_stems(w.word) AS stems,
      CASE WHEN k.known OR length(w.word) < ${CORRECT_MIN} THEN '{}'::text[] ELSE ARRAY(
        SELECT n.word FROM (
          SELECT g.word, g.tier, g.distance, g.edits, first_value(g.tier) OVER best AS best_tier, first_value(g.edits) OVER best AS best_edits
          FROM (
            SELECT c.word, min(c.tier) AS tier, min(c.distance) AS distance, levenshtein(w.word, c.word) AS edits FROM (
              SELECT s.word, 0 AS tier, 0::real AS distance FROM search_words s
              WHERE s.word = ANY(ARRAY(
                SELECT left(w.word, i - 1) || substr(w.word, i + 1, 1) || substr(w.word, i, 1) || substr(w.word, i + 2) FROM generate_series(1, length(w.word) - 1) i
                UNION SELECT left(w.word, i - 1) || substr(w.word, i + 1) FROM generate_series(1, length(w.word)) i))
              UNION ALL
              SELECT near.word, 1, near.distance FROM (
                SELECT s.word, s.word <->> w.word AS distance FROM search_words s ORDER BY s.word <->> w.word LIMIT ${ALTERNATIVES}) near
              WHERE word_similarity(w.word, near.word) >= ${WORD_SIMILARITY}) c
            GROUP BY c.word) g
          WINDOW best AS (ORDER BY g.tier, g.edits, g.distance, g.word)) n
        WHERE n.tier = n.best_tier AND n.edits = n.best_edits
        ORDER BY n.tier, n.edits, n.distance, n.word LIMIT ${NEAREST}) END AS corrections,
      CASE WHEN w.prefix THEN ARRAY(SELECT s.word FROM search_words s WHERE s.word LIKE w.word || '%' AND s.word <> w.word ORDER BY s.word LIMIT ${COMPLETIONS_MAX + 1}) END AS completions
    FROM unnest(${missing.map((m) => m.word)}::text[], ${missing.map((m) => m.prefix)}::boolean[]) WITH ORDINALITY AS w(word, prefix, n)
    CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM search_words s WHERE s.word = w.word) AS known) k
    ORDER BY w.n`.execute(db);
  if (memory.size > REMEMBER_MAX) memory.clear();
  rows.forEach((r, i) => {
    const { word, prefix } = missing[i]!;
    const completions = r.completions === null ? [] : r.completions.length > COMPLETIONS_MAX ? null : r.completions;
    const facts: WordFacts = { known: r.known, stems: r.stems, corrections: r.corrections, completions };
    memory.set(keyOf(word, prefix), { facts, until: r.known && !prefix ? Number.POSITIVE_INFINITY : now + GUESS_TTL_MS });
    out.set(word, facts);
  });
  return out;
}
