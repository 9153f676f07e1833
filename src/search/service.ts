// Search over gigs, freelancers and jobs (docs/search.md). A query is normalised (normalize.ts); its
// words are looked up in the vocabulary (vocabulary.ts) and each matched by its alternatives — the
// word, its stems, its corrections, its phonetic key shared by Urdu script and Latin letters, and the
// last word as a prefix — against documents that carry their skills' names in every spelling; every
// word counts but glue words (domain.ts, docs/decisions/0042). A taxonomy name in the query also
// matches in its other spellings, whole. Freelancers are also found by their display name. Only
// published gigs and open, public jobs are ever searched: invite-only jobs are shown to invited
// freelancers on the job page only, closed jobs and paused gigs to no one. Results come a page at a
// time with signed keyset cursors (cursor.ts); how a page is found is told at searchQuery().
//
// This file is the feature's entry point; the use cases live in use-cases/: the search itself
// (search.ts), the statement behind a page (statement.ts), and what an empty search offers instead
// (suggestions.ts). What a search takes and gives is in params.ts.
export {
  COUNT_CAP,
  PAGE_SIZE,
  QUERY_MAX,
  SEARCH_TYPES,
  type SearchItem,
  type SearchParams,
  type SearchResult,
  type SearchType,
  type Sort,
  SORTS,
  SORTS_FOR,
  type Suggestions,
  searchParams,
} from './params.ts';
export { search } from './use-cases/search.ts';
export {
  type Keyset,
  MAX_STREAMS,
  planSearch,
  type SearchPlan,
  type SearchRow,
  type SearchTerms,
  searchQuery,
  searchRows,
  searchStatement,
  searchTerms,
  tsqueryOf,
} from './use-cases/statement.ts';
export { suggestionsFor } from './use-cases/suggestions.ts';
