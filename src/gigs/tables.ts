// Kysely's view of the gigs tables (see src/db/migrations/); part of Database in src/db/schema.ts.
export interface GigTables {}
