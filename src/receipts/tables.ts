// Kysely's view of the receipts table (see src/db/migrations/0015_receipts.ts); part of Database in src/db/schema.ts.
import type { ColumnType, Generated } from 'kysely';
import type { Locale } from '../platform/i18n.ts';
import type { ReceiptDocument, ReceiptStatus } from './domain.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface ReceiptsTable {
  id: Generated<string>;
  document: ReceiptDocument;
  subject_id: string;
  locale: Locale;
  version: string;
  status: ColumnType<ReceiptStatus, ReceiptStatus | undefined, ReceiptStatus>;
  storage_key: string | null;
  bytes: number | null;
  render_ms: number | null;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  created_at: Timestamp;
  rendered_at: Timestamp | null;
}

export interface ReceiptTables {
  receipts: ReceiptsTable;
}
