// Kysely's view of the verifiable documents table (see src/db/migrations/0046_tax.ts); part of Database in src/db/schema.ts.
import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface VerifiableDocumentsTable {
  /** 20 characters of Crockford base32: 100 random bits. */
  code: string;
  /** What was issued: 'year_statement' (src/tax); certificates later (issue 20). */
  kind: string;
  subject_id: string;
  owner_id: string;
  /** What /verify/<code> shows, frozen at issue. */
  summary: ColumnType<Record<string, unknown>, string, string>;
  issued_at: Timestamp;
  withdrawn_at: Timestamp | null;
}

export interface VerifyTables {
  verifiable_documents: VerifiableDocumentsTable;
}
