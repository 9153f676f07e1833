// Tax reminders sent (issue 19; docs/decisions/0054-remittance-records-and-reminders.md): one row per
// person, kind and occasion, written in the same transaction as the notification, so the daily job
// (src/remittances/reminders.ts) tells each person once per occasion however often it runs.
// - kind: tax_return_due or pseb_expiring (the "PRC missing" reminder is marked on its remittance
//   record, remittance_records.reminded_at, one per payout);
// - occasion: what the reminder is about and how early it came: "2026:30" is the return of tax
//   year 2026, 30 days before its deadline; "2027-03-31:7" a PSEB registration ending on
//   31 March 2027, 7 days before. A renewed registration (a new expiry) is a new occasion.
import { type Kysely, sql } from 'kysely';
import { up as rewriteChecks } from './0026_check_constant_arrays.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE tax_reminders (
      user_id uuid NOT NULL REFERENCES users(id),
      kind text NOT NULL CHECK (kind IN ('tax_return_due', 'pseb_expiring')),
      occasion text NOT NULL CHECK (occasion ~ '^[0-9][0-9-]{3,9}:[0-9]{1,3}$'),
      sent_at timestamptz NOT NULL,
      PRIMARY KEY (user_id, kind, occasion)
    )`.execute(db);
  // The PRC reminder looks for paid payouts whose record has neither a PRC nor a reminder.
  await sql`CREATE INDEX remittance_records_unreminded ON remittance_records (created_at) WHERE prc_media_id IS NULL AND reminded_at IS NULL`.execute(db);
  await rewriteChecks(db);
}
