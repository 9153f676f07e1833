// How a query becomes a match and a ranking (issue 17; docs/decisions/0042-search-matching.md). Pure:
// the service looks the words up in the vocabulary (WordFacts) and runs what this module writes.
//
// Documents hold, for each of their words, the word itself, '~' + its English stems and '#' + its
// phonetic key (0036_search_documents.ts), weighted A (title), B (skill and category names) or C
// (description). A query word matches a document when the document has any of its alternatives:
// - exact: the word itself (and, for a few Roman-Urdu words, what they mean: "likhna" → writing);
// - stem: '~' + its stems ("designer" → ~design), and for the last word, any word it begins
//   ("graph" → graphic), so the page works as people type;
// - corrected: for a word of CORRECT_MIN letters or more that no text contains, its nearest known
//   words ("desing" → design);
// - phonetic: '#' + its phonetic key, and those of its corrections ("ورڈپریس" → #rdprs → WordPress).
// Every word counts: a document must match each word, except the few words that only glue a query
// together (OPTIONAL_WORDS: "for", "ka", "banana", "chahiye"), which add to the rank when present.
// A taxonomy name the query contains also matches, as a whole, in its other spellings
// (SearchTerms.expansions, normalize.ts); documents carry the names of their skills and category in
// every spelling (weight B), so "logo" or "لوگو" alone reaches a gig tagged "Logo design".
//
// Rank: each query word scores the best place it was found, title above skills above description,
// then exact above stem above corrected above phonetic (RANK); a document's rank is the sum over its
// words, plus SKILL_BONUS when it carries a skill or category the query names; ties go to the newest.
import { phoneticKey } from './phonetic.ts';

export const TIERS = ['exact', 'stem', 'corrected', 'phonetic'] as const;
export type Tier = (typeof TIERS)[number];
/** tsvector weights: where in a document a word was found. */
export const FIELDS = { title: 'A', skills: 'B', description: 'C' } as const;
export type Field = keyof typeof FIELDS;

const FIELD_VALUE: Record<Field, number> = { title: 2, skills: 1, description: 0 };
const TIER_VALUE: Record<Tier, number> = { exact: 3, stem: 2, corrected: 1, phonetic: 0 };
/** A word's score at a place and tier: every title match above every skills match, and so on. */
export const RANK = (field: Field, tier: Tier) => 1 + FIELD_VALUE[field] * 4 + TIER_VALUE[tier];
/** Added to the rank of a document tagged with a skill or category the query names whole. */
export const SKILL_BONUS = 2;

/** Words shorter than this are never corrected (too many known words are one letter away). */
export const CORRECT_MIN = 4;
/** The last word matches as a prefix from this many letters. */
export const PREFIX_MIN = 3;
/** A prefix that begins more known words than this is matched by the index, not walked word by word. */
export const COMPLETIONS_MAX = 8;

/**
 * Words that glue a query together rather than name what is wanted: English function words and
 * Roman-Urdu and Urdu postpositions and verbs of asking ("mujhe logo banana hai"). Our own list.
 */
export const OPTIONAL_WORDS: ReadonlySet<string> = new Set([
  // English
  ...['a', 'an', 'the', 'for', 'of', 'to', 'in', 'on', 'and', 'or', 'with', 'my', 'our', 'your', 'me', 'i', 'we', 'need', 'want', 'someone', 'who', 'can', 'please', 'make', 'get'],
  // Roman Urdu
  ...['ka', 'ki', 'ke', 'ko', 'se', 'mein', 'mai', 'main', 'aur', 'hai', 'hain', 'chahiye', 'chahie', 'chaheye', 'mujhe', 'muje', 'hamein', 'karna', 'karni', 'karne', 'karwana', 'karwani', 'banana', 'banani', 'banane', 'banwana', 'banwani', 'wala', 'wali', 'walay', 'liye', 'lye', 'kaam', 'koi'],
  // Urdu
  ...['کا', 'کی', 'کے', 'کو', 'سے', 'میں', 'اور', 'ہے', 'ہیں', 'چاہیے', 'مجھے', 'ہمیں', 'کرنا', 'کروانا', 'بنانا', 'بنوانا', 'والا', 'والی', 'لیے', 'کام', 'کوئی'],
]);

/**
 * Roman-Urdu words whose meaning is written differently in listings: the exact-tier alternatives
 * they bring. "content likhna" finds content writing. Our own list.
 */
export const ROMAN_URDU_MEANINGS: Readonly<Record<string, readonly string[]>> = {
  likhna: ['writing', 'write', 'writer', 'لکھنا'],
  likhne: ['writing', 'write', 'writer', 'لکھنا'],
  likhnay: ['writing', 'write', 'writer', 'لکھنا'],
  likhai: ['writing', 'write', 'writer', 'لکھائی'],
  likhwana: ['writing', 'write', 'writer', 'لکھنا'],
  tarjama: ['translation', 'ترجمہ'],
  tarjuma: ['translation', 'ترجمہ'],
  tarjumah: ['translation', 'ترجمہ'],
  parhana: ['tutoring', 'teaching', 'tuition', 'پڑھانا'],
  padhana: ['tutoring', 'teaching', 'tuition', 'پڑھانا'],
};

/** What the vocabulary says about one query word; looked up (and remembered) by the service. */
export interface WordFacts {
  /** Some searchable text contains the word. */
  known: boolean;
  /** Its English stems, agent nouns reduced (hunar_stems: "editor" → edit, editor). */
  stems: readonly string[];
  /** For an unknown word of CORRECT_MIN letters or more, its nearest known words, nearest first. */
  corrections: readonly string[];
  /** The stems of the corrections ("edting" → editing → edit). */
  correctionStems?: readonly string[];
  /**
   * For the last word when it alone must match, the known words it begins; null when they were not
   * looked up or are more than COMPLETIONS_MAX: the word can then not be walked through postings.
   */
  completions: readonly string[] | null;
}

export interface PlannedWord {
  word: string;
  optional: boolean;
  /** Matched as the beginning of a word too. */
  prefix: boolean;
  /** The lexemes of each tier (prefix matching aside). */
  tiers: Record<Tier, string[]>;
  /** Every lexeme that can match this word, for walking postings; null when a prefix begins too many words. */
  lexemes: string[] | null;
}

/** Whether the last word of a query is matched as a prefix (it is being typed). */
export function isPrefixWord(word: string): boolean {
  return [...word].length >= PREFIX_MIN && !/^\d+$/.test(word);
}

/**
 * The word whose completions a search needs: the last word, when it is a prefix and the only word
 * that must match (otherwise another word is walked, and the prefix is left to the full-text test).
 */
export function wordToComplete(words: readonly string[]): string | null {
  const last = words.at(-1);
  if (last === undefined || !isPrefixWord(last)) return null;
  const required = words.every((w) => OPTIONAL_WORDS.has(w)) ? words : words.filter((w) => !OPTIONAL_WORDS.has(w));
  return required.length === 1 && required[0] === last ? last : null;
}

/** The alternatives of each query word, from what the vocabulary says about it. */
export function planWords(words: readonly string[], facts: ReadonlyMap<string, WordFacts>): PlannedWord[] {
  const allOptional = words.every((w) => OPTIONAL_WORDS.has(w));
  return words.map((word, i) => {
    const f: WordFacts = facts.get(word) ?? { known: false, stems: [], corrections: [], completions: null };
    const prefix = i === words.length - 1 && isPrefixWord(word);
    const corrections = f.known || [...word].length < CORRECT_MIN ? [] : [...f.corrections];
    const key = phoneticKey(word);
    const tiers: Record<Tier, string[]> = {
      exact: unique([word, ...(ROMAN_URDU_MEANINGS[word] ?? [])]),
      stem: unique(f.stems.map((s) => `~${s}`)),
      corrected: unique([...corrections.filter((c) => c !== word), ...(corrections.length > 0 ? (f.correctionStems ?? []).map((c) => `~${c}`) : [])]),
      phonetic: unique([key, ...corrections.map(phoneticKey)].filter((k) => k !== '').map((k) => `#${k}`)),
    };
    const completions = prefix ? f.completions : [];
    const lexemes = completions === null ? null : unique([...TIERS.flatMap((t) => tiers[t]), ...completions]);
    return { word, optional: !allOptional && OPTIONAL_WORDS.has(word), prefix, tiers, lexemes };
  });
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}

// Lexemes come from normalised text (letters, digits and marks only) or from the vocabulary, so a
// quote cannot occur; a stray one is doubled all the same, as tsquery quoting wants.
const lexeme = (l: string, prefix: boolean, weight = '') => `'${l.replace(/'/g, "''")}'${prefix ? `:*${weight}` : weight ? `:${weight}` : ''}`;

function anyOf(word: PlannedWord, weight = '', tiers: readonly Tier[] = TIERS): string {
  const parts = tiers.flatMap((t) => word.tiers[t].map((l) => lexeme(l, false, weight)));
  if (word.prefix && tiers.includes('stem')) parts.push(lexeme(word.word, true, weight));
  return parts.length === 1 ? parts[0]! : `(${parts.join(' | ')})`;
}

/**
 * The full-text query a document must match (tsquery syntax): every word that is not optional,
 * each by any of its alternatives; or any other spelling of the taxonomy names in the query, whole.
 * Empty when there is nothing to match.
 */
export function matchText(words: readonly PlannedWord[], otherPhrasings: readonly string[] = []): string {
  const required = words.filter((w) => !w.optional);
  const own = required.map((w) => anyOf(w)).join(' & ');
  const phrasings = otherPhrasings
    .map((p) => p.split(' ').filter((w) => w !== ''))
    .filter((ws) => ws.length > 0)
    .map((ws) => (ws.length === 1 ? lexeme(ws[0]!, false) : `(${ws.map((w) => lexeme(w, false)).join(' & ')})`));
  const parts = [own, ...phrasings].filter((p) => p !== '');
  if (parts.length <= 1) return parts[0] ?? '';
  return parts.map((p) => `(${p})`).join(' | ');
}

/**
 * The ranking of a search as three parallel arrays for SQL: for each query word (group), for each
 * place and tier where it has lexemes, a tsquery restricted to that place's weight and the score a
 * match there is worth. A document scores, per group, the best entry it matches, summed.
 */
export interface RankPlan {
  queries: string[];
  scores: number[];
  groups: number[];
}

export function rankPlan(words: readonly PlannedWord[]): RankPlan {
  const plan: RankPlan = { queries: [], scores: [], groups: [] };
  words.forEach((word, group) => {
    for (const field of Object.keys(FIELDS) as Field[]) {
      for (const tier of TIERS) {
        if (word.tiers[tier].length === 0 && !(tier === 'stem' && word.prefix)) continue;
        plan.queries.push(anyOf(word, FIELDS[field], [tier]));
        plan.scores.push(RANK(field, tier));
        plan.groups.push(group);
      }
    }
  });
  return plan;
}

/**
 * A document's rank as the SQL computes it, over the lexemes it has at each place: for tests and
 * for reading. `doc` maps a place to its lexemes.
 */
export function rankOf(words: readonly PlannedWord[], doc: Readonly<Record<Field, readonly string[]>>, taggedWithNamedSkill = false): number {
  let total = 0;
  for (const word of words) {
    let best = 0;
    for (const field of Object.keys(FIELDS) as Field[]) {
      const has = new Set(doc[field]);
      for (const tier of TIERS) {
        const hit = word.tiers[tier].some((l) => has.has(l)) || (tier === 'stem' && word.prefix && doc[field].some((l) => l.startsWith(word.word)));
        if (hit) best = Math.max(best, RANK(field, tier));
      }
    }
    total += best;
  }
  return total + (taggedWithNamedSkill ? SKILL_BONUS : 0);
}

/**
 * The postings lists whose union holds every match (decision 0030): the alternatives of the rarest
 * required word that can be walked, and each other phrasing's rarest word. How common a term is comes from `frequency` (0 when unknown); between equals
 * the longer word. Null when no required word can be walked or the lists are more than `max`.
 */
export function streamsFor(words: readonly PlannedWord[], otherPhrasings: readonly string[], frequency: ReadonlyMap<string, number>, max: number): string[] | null {
  const often = (l: string) => frequency.get(l) ?? 0;
  const weight = (ls: readonly string[]) => ls.reduce((sum, l) => sum + often(l), 0);
  const required = words.filter((w) => !w.optional);
  let best: string[] | null = null;
  for (const w of required) {
    if (w.lexemes === null || w.lexemes.length > max) continue;
    if (best === null || weight(w.lexemes) < weight(best) || (weight(w.lexemes) === weight(best) && w.lexemes.length < best.length)) best = w.lexemes;
  }
  if (required.length > 0 && best === null) return null;
  const streams = new Set(best ?? []);
  const rarer = (a: string, b: string) => (often(b) < often(a) || (often(b) === often(a) && b.length > a.length) ? b : a);
  for (const p of otherPhrasings) {
    const ws = p.split(' ').filter((w) => w !== '');
    if (ws.length > 0) streams.add(ws.reduce(rarer));
  }
  return streams.size > 0 && streams.size <= max ? [...streams] : null;
}
