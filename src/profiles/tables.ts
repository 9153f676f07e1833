// Kysely's view of the profiles tables (see src/db/migrations/0002_profiles.ts); part of Database in
// src/db/schema.ts. The columns 0002 adds to `profiles` are declared here and mixed into
// ProfilesTable there.
import type { ColumnType, Generated } from 'kysely';

export type Availability = 'available' | 'limited' | 'unavailable';
export type RateCurrency = 'PKR' | 'USD';

/** Columns of `profiles` added by 0002 (the onboarding ones are in schema.ts). */
export interface ProfileColumns {
  bio_en: Generated<string>;
  bio_ur: Generated<string>;
  /** bigint: read back as a string by pg, written as a number or string. */
  hourly_rate_minor: ColumnType<string | null, number | string | null | undefined, number | string | null>;
  hourly_rate_currency: RateCurrency | null;
  availability: Generated<Availability>;
  company_name: Generated<string>;
  /** Printed on the client's invoices and receipts, never on the public profile (0035). */
  billing_address: Generated<string>;
  tax_number: Generated<string>;
  about: Generated<string>;
  education: Generated<string>;
  certificates: Generated<string>;
  skills: Generated<string[]>;
}

export interface PortfolioItemsTable {
  id: Generated<string>;
  user_id: string;
  title: string;
  description: Generated<string>;
  link: string | null;
  position: number;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface ProfileTables {
  portfolio_items: PortfolioItemsTable;
}
