// Foreign clients (issue 16): each account's time zone, and a client's billing details.
//
// - users.time_zone: the IANA zone its owner reads times in (src/platform/time-zone.ts checks it
//   against Intl's list before it is saved). Existing accounts keep Asia/Karachi, the zone every page
//   used until now.
// - profiles.billing_address, profiles.tax_number: printed on the client's invoices and receipts
//   beside the company name (0002), never on the public profile. Empty when not given.
// Limits repeat the zod schemas' (src/accounts/domain.ts, src/profiles/domain.ts) as a last guard.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // A constant default: PostgreSQL adds the column without rewriting the table.
  await sql`ALTER TABLE users ADD COLUMN time_zone text NOT NULL DEFAULT 'Asia/Karachi' CHECK (char_length(time_zone) BETWEEN 1 AND 64)`.execute(db);
  await sql`
    ALTER TABLE profiles
      ADD COLUMN billing_address text NOT NULL DEFAULT '' CHECK (char_length(billing_address) <= 300),
      ADD COLUMN tax_number text NOT NULL DEFAULT '' CHECK (char_length(tax_number) <= 30)`.execute(db);
}
