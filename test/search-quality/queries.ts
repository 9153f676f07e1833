// The labelled query set: what people type into Hunar's search, each with the demo gigs
// (src/seed/demo-gigs.ts, by slug) a person typing it wants to find. Gigs only, relevance sort, no
// filters. How to add a query: docs/search.md, "Measuring search quality".

export const QUERY_KINDS = [
  /** Plain English words as a client types them ("wordpress website"). */
  'english',
  /** Urdu script ("لوگو ڈیزائن"). */
  'urdu',
  /** Roman Urdu ("logo banana", "data entri", "content likhna", "tarjama"). */
  'roman',
  /** Typed with Arabic code points (ي ك ه instead of ی ک ہ), harakat, tatweel. */
  'arabic',
  /** Misspellings ("logo desing", "grafic design", "video edting"). */
  'typo',
  /** Other forms of a word ("logo designer", "video editor", "designs", "edited"). */
  'word-form',
  /** One word of a skill name ("logo", "graphic", "لوگو", "ڈیزائن"). */
  'single-word',
  /** Spaces, ZWNJ, case and punctuation variants ("word press", "WORDPRESS", "data-entry", "فیصل‌آباد"). */
  'spacing',
  /** The other script of a loanword outside the taxonomy ("پائتھن" → Python, "ایکسل" → Excel, "ورڈپریس" → a WordPress gig in English). */
  'transliteration',
  /** An unfinished last word ("graph", "logo des", "wordp"). */
  'prefix',
] as const;

export type QueryKind = (typeof QUERY_KINDS)[number];

export interface LabelledQuery {
  q: string;
  kind: QueryKind;
  /** Slugs of the demo gigs this query must find (recall counts how many are in the first 10 results). */
  expect: readonly string[];
  /** Optional note on why these gigs are the right answers. */
  note?: string;
  /** Typo queries: the query spelled correctly, which must find at least as many gigs as the typo. */
  correct?: string;
}

export const QUERIES: readonly LabelledQuery[] = [];
