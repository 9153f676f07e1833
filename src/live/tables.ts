// Kysely's view of the live events table (src/db/migrations/0040_live_events.ts); part of Database in src/db/schema.ts.
import type { ColumnType, Generated } from 'kysely';

export interface LiveEventsTable {
  /** bigserial: a string, exact beyond 2^53. */
  id: Generated<string>;
  user_id: string;
  name: string;
  data: ColumnType<unknown, string, string>;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface LiveTables {
  live_events: LiveEventsTable;
}
