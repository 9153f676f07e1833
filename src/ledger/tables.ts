// Kysely's view of the ledger tables (see src/db/migrations/0011_ledger.ts); part of Database in src/db/schema.ts.
import type { ColumnType, Generated } from 'kysely';
import type { AccountKind } from './domain.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** bigint columns: pg returns them as strings; written as bigint or string. */
type Minor = ColumnType<string, string | bigint, string | bigint>;

export interface LedgerAccountsTable {
  id: Generated<string>;
  kind: AccountKind;
  owner_id: string | null;
  ref_id: string | null;
  currency: 'PKR' | 'USD';
  balance: ColumnType<string, string | bigint | undefined, string | bigint>;
  created_at: Timestamp;
}

export interface LedgerTransactionsTable {
  id: Generated<string>;
  kind: string;
  idempotency_key: string;
  fingerprint: string;
  actor_id: string | null;
  reason: string;
  result: ColumnType<unknown, string, never>;
  fx_rate: string | null;
  created_at: Timestamp;
}

export interface LedgerEntriesTable {
  id: Generated<string>;
  transaction_id: string;
  account_id: string;
  amount: Minor;
  currency: 'PKR' | 'USD';
  balance_after: Minor;
  created_at: Timestamp;
}

export interface LedgerTables {
  ledger_accounts: LedgerAccountsTable;
  ledger_transactions: LedgerTransactionsTable;
  ledger_entries: LedgerEntriesTable;
}
