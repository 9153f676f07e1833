// What the vocabulary says about the words of a query (domain.ts WordFacts): whether some searchable
// text contains each word, its English stems (hunar_stems, the function documents are indexed with,
// 0036_search_documents.ts), the nearest known words of an unknown one (spelling correction), and
// the known words the last word begins. One statement for the words not remembered.
//
// The vocabulary (search_words, 0010_search_speed.ts) only grows: words are never removed. So what a
// known word is (known, stems) is remembered per database handle for good; an unknown word's
// corrections for GUESS_TTL_MS by the caller's clock, so that a word that first appears in a listing
// is recognised by searches within that time; completions are never remembered (LookUp.complete). If
// words are ever pruned, this must change.
import { sql } from 'kysely';
import type { Executor } from '../db/pool.ts';
import { COMPLETIONS_MAX, CORRECT_MIN, type WordFacts } from './domain.ts';

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

export interface LookUp {
  /**
   * The word whose completions to look up (the last word, when it alone must match): read fresh on
   * every search, never remembered, since the postings walk needs every word it begins, a word first
   * published a second ago too. Null: no completions (the word's lexemes then cannot be walked).
   */
  complete?: string | null;
  /**
   * Correct known words too, to their nearest other known words: for a search that found nothing
   * (a word that only drafts or paused gigs contain is known, but finds nothing).
   */
  correctKnown?: boolean;
}

/**
 * The facts of each word, by word. Words one slip away come first among corrections: two
 * neighbouring letters swapped ("desgin") or one letter too many ("dessign"), found by exact
 * look-ups, since trigrams rank a swap poorly; else, among the nearest words by trigram (missing or
 * wrong letters), those the fewest letters away: see NEAREST. Corrections bring their stems too
 * ("edting" → editing → ~edit).
 */
export async function wordFacts(db: Executor, words: readonly string[], now: number = Date.now(), { complete = null, correctKnown = false }: LookUp = {}): Promise<Map<string, WordFacts>> {
  let memory = remembered.get(db);
  if (!memory) {
    memory = new Map();
    remembered.set(db, memory);
  }
  const keyOf = (word: string) => (correctKnown ? `fix ${word}` : word);
  const out = new Map<string, WordFacts>();
  const missing: string[] = [];
  for (const word of words) {
    const r = word === complete ? undefined : memory.get(keyOf(word));
    if (r && r.until > now) out.set(word, r.facts);
    else missing.push(word);
  }
  if (missing.length === 0) return out;
  const { rows } = await sql<{ known: boolean; stems: string[]; corrections: string[]; correction_stems: string[]; completions: string[] | null }>`
    SELECT k.known, hunar_stems(w.word) AS stems, c.corrections, hunar_stems(array_to_string(c.corrections, ' ')) AS correction_stems,
      CASE WHEN w.word = ${complete} THEN ARRAY(SELECT s.word FROM search_words s WHERE s.word LIKE w.word || '%' AND s.word <> w.word ORDER BY s.word LIMIT ${COMPLETIONS_MAX + 1}) END AS completions
    FROM unnest(${missing}::text[]) WITH ORDINALITY AS w(word, n)
    CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM search_words s WHERE s.word = w.word) AS known) k
    CROSS JOIN LATERAL (SELECT CASE WHEN (k.known AND NOT ${correctKnown}) OR length(w.word) < ${CORRECT_MIN} THEN '{}'::text[] ELSE ARRAY(
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
            WHERE c.word <> w.word
            GROUP BY c.word) g
          WINDOW best AS (ORDER BY g.tier, g.edits, g.distance, g.word)) n
        WHERE n.tier = n.best_tier AND n.edits = n.best_edits
        ORDER BY n.tier, n.edits, n.distance, n.word LIMIT ${NEAREST}) END AS corrections) c
    ORDER BY w.n`.execute(db);
  if (memory.size > REMEMBER_MAX) memory.clear();
  rows.forEach((r, i) => {
    const word = missing[i]!;
    const completions = r.completions === null || r.completions.length > COMPLETIONS_MAX ? null : r.completions;
    // A known word being corrected reads as unknown, so its corrections are used (domain.ts planWords).
    const facts: WordFacts = { known: r.known && !correctKnown, stems: r.stems, corrections: r.corrections, correctionStems: r.correction_stems, completions };
    if (word !== complete) memory.set(keyOf(word), { facts: { ...facts, completions: null }, until: r.known && !correctKnown ? Number.POSITIVE_INFINITY : now + GUESS_TTL_MS });
    out.set(word, facts);
  });
  return out;
}
