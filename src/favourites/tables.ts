// Kysely's view of the favourites table (see src/db/migrations/0007_favourites.ts); part of Database in src/db/schema.ts.
import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type FavouriteKind = 'gig' | 'job' | 'freelancer';

export interface FavouritesTable {
  user_id: string;
  kind: FavouriteKind;
  target_id: string;
  gig_id: string | null;
  job_id: string | null;
  freelancer_id: string | null;
  created_at: Timestamp;
}

export interface FavouriteTables {
  favourites: FavouritesTable;
}
