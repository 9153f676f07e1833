// Text normalisation for search over Urdu, English and Roman Urdu. The same function prepares the
// text that is indexed and the text that is searched for, so two spellings that normalise alike
// always match. Pure, no I/O.
//
// Invariants:
// - normalizeForSearch is idempotent: normalizeForSearch(normalizeForSearch(x)) === normalizeForSearch(x);
// - its output holds only letters, digits and combining marks of any script, single ASCII spaces
//   between words, no leading or trailing space: punctuation, symbols and quotes (so anything that
//   looks like SQL or markup) become word breaks;
// - Arabic-keyboard letters read as their Urdu counterparts: ي ى → ی, ك → ک, ه ة ۃ → ہ;
// - harakat (zer, zabar, pesh, ...), Quranic marks and tatweel never change a match;
// - Urdu ۰–۹ and Arabic-Indic ٠–٩ digits read as 0–9.
import { type Skill, SKILL_CATEGORIES, type SkillCategory, SKILLS } from '../taxonomy/data.ts';
import { asciiDigits } from '../platform/text.ts';

// Zero-width space and zero-width non-joiner mark a word boundary without a visible space: Urdu
// writers put a ZWNJ between the parts of a compound (فیصل‌آباد for فیصل آباد), so it reads as a space.
const ZW_BREAK = /[\u200B\u200C]/g;
// Every other format character goes: ZWJ, BOM, soft hyphen, LRM/RLM/ALM, bidi embeddings,
// overrides and isolates, word joiner, Arabic number signs.
const FORMAT = /\p{Cf}/gu;

// Arabic code points as typed on Arabic (and some Persian) keyboards → the Urdu letters.
// Beyond the three pairs in issue 4: ۂ ۀ ە (heh with hamza, ae) → ہ, and أ إ ٱ → ا, so that a
// spelling with or without hamza or wasla still matches.
const LETTERS: Readonly<Record<string, string>> = {
  '\u064A': '\u06CC', // ي Arabic yeh → ی
  '\u0649': '\u06CC', // ى alef maksura → ی
  '\u0643': '\u06A9', // ك Arabic kaf → ک
  '\u0647': '\u06C1', // ه Arabic heh → ہ (everywhere: Urdu writes ہ in every position)
  '\u0629': '\u06C1', // ة teh marbuta → ہ
  '\u06C3': '\u06C1', // ۃ Urdu teh marbuta goal → ہ
  '\u06C2': '\u06C1', // ۂ heh goal with hamza (izafat) → ہ
  '\u06C0': '\u06C1', // ۀ heh with yeh above → ہ
  '\u06D5': '\u06C1', // ە ae → ہ
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0671': '\u0627', // ٱ alef wasla → ا
};
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

// Harakat and other Arabic marks: U+0610–061A, U+064B–065F (zabar, zer, pesh, tanween, shadda,
// sukun, hamza/madda marks), U+0670 (superscript alef), U+06D6–06ED (Quranic annotation signs),
// U+08D3–08FF (extended marks); U+0640 tatweel (kashida).
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u08D3-\u08FF\u0640]/g;
// Latin letters with accents lose them ("café" → "cafe"), as Roman-Urdu writers rarely type them.
const LATIN_ACCENTED = /[\u00C0-\u024F\u1E00-\u1EFF]/g;
const LATIN_MARKS = /[\u0300-\u036F]/g;
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/gu;

/** Normalises text for indexing and for queries (see the invariants at the top of this file). */
export function normalizeForSearch(text: string): string {
  return asciiDigits(
    text
      .replace(ZW_BREAK, ' ')
      .replace(FORMAT, '')
      .normalize('NFKC')
      .toLowerCase()
      .replace(LETTER_RE, (c) => LETTERS[c]!),
  )
    .replace(ARABIC_MARKS, '')
    .replace(LATIN_ACCENTED, (c) => c.normalize('NFD'))
    .replace(LATIN_MARKS, '')
    .replace(NOT_WORD, ' ')
    .trim();
}

/**
 * The normalised text without spaces, for exact matching of names written with or without a space
 * or ZWNJ inside them: فیصل آباد, فیصل‌آباد and فیصلآباد have one key, as do "word press" and "WordPress".
 */
export function compactKey(text: string): string {
  return normalizeForSearch(text).replace(/ /g, '');
}

const LATIN_ONLY = /^[a-z]+$/;

/**
 * The distinct words of a text, normalised, in order of first appearance. A single Latin letter is
 * dropped as noise ("a", "i"); a one-letter Urdu word (و "and" aside, rarely typed alone) and
 * numbers of any length are kept. `limit` caps how many are returned (queries use a small cap).
 */
export function tokens(text: string, limit = Number.POSITIVE_INFINITY): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const w of normalizeForSearch(text).split(' ')) {
    if (out.length >= limit) break;
    if (w === '' || seen.has(w) || (w.length < 2 && LATIN_ONLY.test(w))) continue;
    seen.add(w);
    out.push(w);
  }
  return out;
}

// --- Query expansion through the bilingual taxonomy ---------------------------------------------

/** One taxonomy row: a skill or a category, with all the ways people write its name. */
export type TaxonomyEntry = Pick<Skill, 'slug' | 'en' | 'ur' | 'urAlt'> & { romanUr?: readonly string[] };
export type Taxonomy = readonly TaxonomyEntry[];

/** Skills first, then categories: what expandQuery uses when not given a taxonomy. */
export const SEARCH_TAXONOMY: Taxonomy = [...SKILLS, ...(SKILL_CATEGORIES as readonly SkillCategory[])];

/** At most this many phrasings come back from expandQuery (the original first). */
export const MAX_EXPANSIONS = 16;

interface Phrase {
  /** Every normalised phrasing of the rows this phrase names. */
  forms: readonly string[];
  /** The slugs of those rows. */
  slugs: readonly string[];
}

interface PhraseIndex {
  /** compactKey of a phrase → what it names. */
  byKey: Map<string, Phrase>;
  /** The most words any phrase key spans, to bound the scan. */
  maxWords: number;
}

const indexes = new WeakMap<Taxonomy, PhraseIndex>();

// The ways a row's name is written: English, Urdu, Urdu variants, Roman Urdu, and each name
// without its bracketed part plus the bracketed part itself ("Copywriting (web copy)").
function spellings(e: TaxonomyEntry): string[] {
  const names = [e.en, e.ur, ...(e.urAlt ?? []), ...(e.romanUr ?? [])];
  const out: string[] = [];
  for (const n of names) {
    out.push(n);
    const bracket = /^(.*?)\s*\((.*)\)\s*$/.exec(n);
    if (bracket) out.push(bracket[1]!, bracket[2]!);
  }
  return out;
}

function buildIndex(taxonomy: Taxonomy): PhraseIndex {
  const groups = new Map<string, { forms: Set<string>; slugs: Set<string> }>();
  let maxWords = 1;
  for (const entry of taxonomy) {
    const forms = [...new Set(spellings(entry).map(normalizeForSearch).filter((s) => s !== ''))];
    for (const form of forms) {
      const key = form.replace(/ /g, '');
      const group = groups.get(key) ?? { forms: new Set<string>(), slugs: new Set<string>() };
      for (const f of forms) group.forms.add(f);
      group.slugs.add(entry.slug);
      groups.set(key, group);
      maxWords = Math.max(maxWords, form.split(' ').length);
    }
  }
  return { byKey: new Map([...groups].map(([k, g]) => [k, { forms: [...g.forms], slugs: [...g.slugs] }])), maxWords };
}

function indexFor(taxonomy: Taxonomy): PhraseIndex {
  let index = indexes.get(taxonomy);
  if (!index) {
    index = buildIndex(taxonomy);
    indexes.set(taxonomy, index);
  }
  return index;
}

/**
 * The other ways of writing a query, through the taxonomy's English, Urdu and Roman-Urdu names:
 * "لوگو ڈیزائن", "logo design" and "logo dizain" all expand to the same set. Every skill or category
 * name found inside the query (longest match first, ignoring spaces and ZWNJ inside it) is swapped
 * for each of its spellings, so "logo design karachi" also gives "لوگو ڈیزائن karachi". All phrasings
 * come back normalised, the query's own first, at most MAX_EXPANSIONS; a query with no known name
 * returns just itself, and an empty one nothing.
 */
// Splits a normalised query into slots: a name from the taxonomy (longest match first, ignoring
// spaces inside it) or one plain word.
function scan(normalized: string, { byKey, maxWords }: PhraseIndex): { words: string; phrase?: Phrase }[] {
  const words = normalized.split(' ');
  const slots: { words: string; phrase?: Phrase }[] = [];
  for (let i = 0; i < words.length; ) {
    let n = Math.min(maxWords + 2, words.length - i);
    for (; n >= 1; n--) {
      const phrase = byKey.get(words.slice(i, i + n).join(''));
      if (phrase) {
        slots.push({ words: words.slice(i, i + n).join(' '), phrase });
        break;
      }
    }
    if (n === 0) slots.push({ words: words[i]! });
    i += Math.max(n, 1);
  }
  return slots;
}

/**
 * The other ways of writing a query, through the taxonomy's English, Urdu and Roman-Urdu names:
 * "لوگو ڈیزائن", "logo design" and "logo dizain" all expand to the same set. Every skill or category
 * name found inside the query (longest match first, ignoring spaces and ZWNJ inside it) is swapped
 * for each of its spellings, so "logo design karachi" also gives "لوگو ڈیزائن karachi". All phrasings
 * come back normalised, the query's own first, at most MAX_EXPANSIONS; a query with no known name
 * returns just itself, and an empty one nothing.
 */
export function expandQuery(query: string, taxonomy: Taxonomy = SEARCH_TAXONOMY): string[] {
  const normalized = normalizeForSearch(query);
  if (normalized === '') return [];
  // The query's own wording first in each slot, so the original phrasing comes first.
  const slots = scan(normalized, indexFor(taxonomy)).map((s) => (s.phrase ? [s.words, ...s.phrase.forms.filter((f) => f !== s.words)] : [s.words]));
  // The product of the slots, cut at MAX_EXPANSIONS phrasings.
  let out = [''];
  for (const slot of slots) {
    const next: string[] = [];
    for (const prefix of out) {
      for (const form of slot) {
        if (next.length >= MAX_EXPANSIONS) break;
        next.push(prefix === '' ? form : `${prefix} ${form}`);
      }
    }
    out = next;
  }
  return [...new Set(out)];
}

/**
 * The slugs of the taxonomy rows a query names, in any of their spellings ("logo dizain" →
 * ["logo-design"]), so a search can also match listings tagged with that skill or category.
 */
export function slugsNamedIn(query: string, taxonomy: Taxonomy = SEARCH_TAXONOMY): string[] {
  const normalized = normalizeForSearch(query);
  if (normalized === '') return [];
  return [...new Set(scan(normalized, indexFor(taxonomy)).flatMap((s) => s.phrase?.slugs ?? []))];
}
