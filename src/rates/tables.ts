// Kysely's view of the rates tables (src/db/migrations/0066_association_min_rates.ts); part of Database in src/db/schema.ts.
import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Minor = ColumnType<string | null, string | bigint | null, string | bigint | null>;

export interface AssociationMinRatesTable {
  association_id: string;
  skill_slug: string;
  order_minor: Minor;
  hourly_minor: Minor;
  currency: ColumnType<'PKR', 'PKR' | undefined, 'PKR'>;
  set_by: string;
  updated_at: Timestamp;
}

export interface RatesTables {
  association_min_rates: AssociationMinRatesTable;
}
