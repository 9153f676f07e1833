// Kysely's view of the search tables (see src/db/migrations/0005_search.ts); part of Database in
// src/db/schema.ts. Search has no tables of its own: gigs, jobs and profiles carry search_tsv (a
// trigger builds it since 0036_search_documents.ts; search_doc is 0005's generated text), read only
// by the raw SQL in use-cases/statement.ts, so they are not typed here (inserts and updates must
// never set them).
// biome-ignore lint/suspicious/noEmptyInterface: the seam schema.ts extends; jobs' search columns will live in src/jobs.
export interface SearchTables {}
