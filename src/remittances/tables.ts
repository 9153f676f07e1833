// Kysely's view of the reminders table (see src/db/migrations/0049_tax_reminders.ts); part of Database
// in src/db/schema.ts. The remittance records themselves are in src/tax/tables.ts (migration 0046).
import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface TaxRemindersTable {
  user_id: string;
  kind: 'tax_return_due' | 'pseb_expiring';
  /** "2026:30" (tax year 2026's return, 30 days before) or "2027-03-31:7" (a PSEB expiry, 7 days before). */
  occasion: string;
  sent_at: Timestamp;
}

export interface RemittanceTables {
  tax_reminders: TaxRemindersTable;
}
