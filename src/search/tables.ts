// Kysely's view of the search tables (see src/db/migrations/0005_search.ts); part of Database in
// src/db/schema.ts. Search has no tables of its own: 0005 adds generated columns (search_doc,
// search_tsv) to gigs and profiles, read only by the raw SQL in service.ts, so they are not typed
// here (inserts and updates must never set them).
// biome-ignore lint/suspicious/noEmptyInterface: the seam schema.ts extends; jobs' search columns will live in src/jobs.
export interface SearchTables {}
