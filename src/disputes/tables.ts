// Kysely's view of the disputes tables (see src/db/migrations/0043_disputes_and_delivery_files.ts); part of Database in src/db/schema.ts.
import type { ColumnType, Generated } from 'kysely';
import type { DisputeOutcome, DisputeReason } from './domain.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface DisputesTable {
  id: Generated<string>;
  order_id: string;
  opened_by: string;
  opened_by_side: 'client' | 'freelancer';
  reason: DisputeReason;
  status: ColumnType<'open' | 'decided', 'open' | 'decided' | undefined, 'open' | 'decided'>;
  outcome: DisputeOutcome | null;
  freelancer_amount_minor: ColumnType<string | null, string | bigint | null | undefined, string | bigint | null>;
  decided_by: ColumnType<string | null, string | null | undefined, string | null>;
  decision_reason: ColumnType<string | null, string | null | undefined, string | null>;
  ledger_transaction_id: ColumnType<string | null, string | null | undefined, string | null>;
  opened_at: Timestamp;
  decided_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface DisputeStatementsTable {
  id: Generated<string>;
  dispute_id: string;
  author_id: string;
  side: 'client' | 'freelancer';
  body: string;
  created_at: Timestamp;
}

export interface DisputeTables {
  disputes: DisputesTable;
  dispute_statements: DisputeStatementsTable;
}
