// What a search that finds nothing offers instead (issue 17, "nothing is a dead end"). Pure: the
// service finds, in one statement and only when a search is empty, which query words find nothing
// and the nearest known words that do (use-cases/suggestions.ts suggestionsFor); this module builds the corrected
// query from that and ranks the skills and categories closest to the query.
//
// Closeness of a query to a skill or category: each query word is compared with every word of every
// spelling of its name (English, Urdu, Urdu variants, Roman Urdu: src/taxonomy/data.ts) by
// character trigrams (the similarity pg_trgm computes: shared trigrams over all trigrams, each word
// padded with two spaces before and one after), and by phonetic key (phonetic.ts), so "ڈیزاین" and
// "dizain" reach Design as "desgn" does. A word scores its best match when that reaches WORD_MIN, and
// an entry's score is the sum over the query's words: "logo desgn" is closer to Logo design than to
// Graphic design. A category scores the best of its own name and its skills'.
import { SKILL_CATEGORIES, SKILLS, type CategorySlug } from '../taxonomy/data.ts';
import { OPTIONAL_WORDS } from './domain.ts';
import { normalizeForSearch } from './normalize.ts';
import { phoneticKey } from './phonetic.ts';

/** A query word counts toward an entry only when it is at least this close to one of its words. */
export const WORD_MIN = 0.3;
/** Two words with the same phonetic key are this close (below an exact match). */
export const PHONETIC_MATCH = 0.8;
export const CLOSEST_CATEGORIES = 3;
/** At most this many skill or category names follow the corrected query among the API's suggestions. */
export const SUGGESTED_NAMES = 3;

/** The trigrams of one word, as pg_trgm makes them ("  w", " wo", "wor", ..., "rd "). */
export function trigrams(word: string): Set<string> {
  const chars = [' ', ' ', ...word, ' '];
  const out = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(''));
  return out;
}

/** Shared trigrams over all trigrams of two words, 0 to 1. */
export function trigramSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const ta = trigrams(a);
  const tb = trigrams(b);
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

/** How close two normalised words are: trigrams, or a shared phonetic key across scripts. */
export function wordCloseness(a: string, b: string): number {
  const byLetters = trigramSimilarity(a, b);
  if (byLetters === 1) return 1;
  const key = phoneticKey(a);
  return key !== '' && key === phoneticKey(b) ? Math.max(byLetters, PHONETIC_MATCH) : byLetters;
}

interface Named {
  slug: string;
  en: string;
  ur: string;
  urAlt?: readonly string[];
  romanUr?: readonly string[];
}

/** The distinct normalised words of every spelling of a name. */
function nameWords(e: Named): string[] {
  const spellings = [e.en, e.ur, ...(e.urAlt ?? []), ...(e.romanUr ?? [])];
  return [...new Set(spellings.flatMap((s) => normalizeForSearch(s).split(' ')).filter((w) => w !== ''))];
}

const wordsOf = new Map<string, string[]>();
function cachedWords(kind: string, e: Named): string[] {
  const k = `${kind}:${e.slug}`;
  let ws = wordsOf.get(k);
  if (!ws) {
    ws = nameWords(e);
    wordsOf.set(k, ws);
  }
  return ws;
}

/** How close a query's words are to a name: each word's best match (from WORD_MIN), summed. */
export function closeness(queryWords: readonly string[], names: readonly string[]): number {
  let total = 0;
  for (const q of queryWords) {
    let best = 0;
    for (const n of names) best = Math.max(best, wordCloseness(q, n));
    if (best >= WORD_MIN) total += best;
  }
  return total;
}

export interface CloseEntry {
  kind: 'skill' | 'category';
  slug: string;
  en: string;
  ur: string;
  score: number;
}

/** The skills and categories closest to a query, closest first (the taxonomy's order breaks ties); those with a score only. */
export function closestEntries(query: string): CloseEntry[] {
  const words = normalizeForSearch(query).split(' ').filter((w) => w !== '');
  if (words.length === 0) return [];
  const out: CloseEntry[] = [];
  for (const s of SKILLS) {
    const score = closeness(words, cachedWords('skill', s));
    if (score > 0) out.push({ kind: 'skill', slug: s.slug, en: s.en, ur: s.ur, score });
  }
  for (const c of SKILL_CATEGORIES) {
    const score = closeness(words, cachedWords('category', c));
    if (score > 0) out.push({ kind: 'category', slug: c.slug, en: c.en, ur: c.ur, score });
  }
  // A stable sort keeps the taxonomy's order among equals.
  return out.sort((a, b) => b.score - a.score);
}

/** The categories closest to a query, closest first: a category is as close as its own name or its closest skill. */
export function closestCategories(query: string, limit = CLOSEST_CATEGORIES): CategorySlug[] {
  const best = new Map<string, number>();
  for (const e of closestEntries(query)) {
    const category = e.kind === 'category' ? e.slug : SKILLS.find((s) => s.slug === e.slug)!.category;
    best.set(category, Math.max(best.get(category) ?? 0, e.score));
  }
  return SKILL_CATEGORIES.filter((c) => best.has(c.slug))
    .sort((a, b) => best.get(b.slug)! - best.get(a.slug)!)
    .slice(0, limit)
    .map((c) => c.slug);
}

const URDU_SCRIPT = /[\u0600-\u06FF]/;

/** Whether a query is written in Urdu script (more of its letters Urdu than Latin). */
export function isUrduScript(query: string): boolean {
  const letters = [...query].filter((c) => /\p{L}/u.test(c));
  return letters.filter((c) => URDU_SCRIPT.test(c)).length * 2 > letters.length;
}

/**
 * The corrected query to offer, from the query's words and the words the service found to stand for
 * them (use-cases/suggestions.ts suggestionsFor: each word kept, replaced by a near known word that finds
 * something, or dropped): null when nothing changed or only glue words are left.
 */
export function correctedQuery(words: readonly string[], corrected: readonly string[]): string | null {
  const out = [...new Set(corrected)];
  if (out.length === 0 || out.every((w) => OPTIONAL_WORDS.has(w))) return null;
  if (out.length === words.length && out.every((w, i) => w === words[i])) return null;
  return out.join(' ');
}

/**
 * The API's suggestions: the corrected query first when there is one, then the closest skill or
 * category names written in the query's script, none twice.
 */
export function suggestedQueries(query: string, corrected: string | null, limit = SUGGESTED_NAMES): string[] {
  const locale = isUrduScript(query) ? 'ur' : 'en';
  const out: string[] = corrected ? [corrected] : [];
  const seen = new Set(out.map(normalizeForSearch));
  seen.add(normalizeForSearch(query));
  let names = 0;
  for (const e of closestEntries(query)) {
    if (names >= limit) break;
    const name = e[locale];
    if (seen.has(normalizeForSearch(name))) continue;
    seen.add(normalizeForSearch(name));
    out.push(name);
    names++;
  }
  return out;
}
