// Kysely's view of the tax tables (see src/db/migrations/0046_tax.ts); part of Database in src/db/schema.ts.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A date without a time (YYYY-MM-DD); pg returns it as a Date at local midnight unless parsed as text. */
type Day = ColumnType<Date, Date | string, Date | string>;
/** bigint columns: pg returns them as strings; written as bigint or string. */
type Minor = ColumnType<string, string | bigint, string | bigint>;

export const PROVINCES = ['punjab', 'sindh', 'khyber_pakhtunkhwa', 'balochistan', 'islamabad', 'gilgit_baltistan', 'azad_kashmir'] as const;
export type Province = (typeof PROVINCES)[number];

export interface TaxProfilesTable {
  user_id: string;
  /** 13 digits (an individual's CNIC as NTN) or 7 digits with an optional "-d" check digit. */
  ntn: string | null;
  /** AES-256-GCM ciphertext with its key id (src/platform/secrets.ts): never the CNIC in the clear. */
  cnic_sealed: string | null;
  cnic_last4: string | null;
  /** The NTN is the CNIC (an individual's): `ntn` is then null and the number only in cnic_sealed (0048). */
  ntn_is_cnic: Generated<boolean>;
  pseb_number: string | null;
  pseb_expires_on: Day | null;
  pseb_certificate_media_id: string | null;
  filer: Generated<boolean>;
  province: Province | null;
  has_salary: Generated<boolean>;
  /** Yearly salary in paisa, when they draw one. */
  salary_minor: Minor | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TaxChecklistTicksTable {
  user_id: string;
  step: string;
  done_at: Timestamp;
}

export interface RemittanceRecordsTable {
  withdrawal_id: string;
  user_id: string;
  payer_country: string;
  purpose_code: Generated<string>;
  prc_number: string | null;
  prc_media_id: string | null;
  prc_attached_at: Timestamp | null;
  reminded_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TaxStatementsTable {
  id: Generated<string>;
  user_id: string;
  tax_year: number;
  figures: ColumnType<unknown, string, string>;
  code: string;
  issued_at: Timestamp;
  withdrawn_at: Timestamp | null;
}

export interface TaxTables {
  tax_profiles: TaxProfilesTable;
  tax_checklist_ticks: TaxChecklistTicksTable;
  remittance_records: RemittanceRecordsTable;
  tax_statements: TaxStatementsTable;
}
