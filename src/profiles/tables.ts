// Kysely's view of the profiles tables (see src/db/migrations/); part of Database in src/db/schema.ts.
export interface ProfileTables {}
