// Kysely's view of the payout tables (see src/db/migrations/0014_payouts.ts); part of Database in src/db/schema.ts.
import type { ColumnType, Generated } from 'kysely';
import type { Currency } from '../platform/money.ts';
import type { PayoutChannel, WithdrawalSource, WithdrawalStatus } from './domain.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** bigint columns: pg returns them as strings; written as bigint or string. */
type Minor = ColumnType<string, string | bigint, string | bigint>;

export interface PayoutMethodsTable {
  id: Generated<string>;
  user_id: string;
  channel: PayoutChannel;
  destination: string;
  account_title: string;
  is_default: Generated<boolean>;
  created_at: Timestamp;
  removed_at: Timestamp | null;
}

export interface PayoutBatchesTable {
  id: Generated<string>;
  channel: PayoutChannel;
  created_by: string | null;
  created_at: Timestamp;
}

export interface WithdrawalsTable {
  id: string;
  user_id: string;
  method_id: string;
  channel: PayoutChannel;
  destination: string;
  account_title: string;
  currency: Currency;
  amount: Minor;
  fee: Minor;
  status: WithdrawalStatus;
  /** 0032: the balance it came from; earnings unless a client withdrew unused wallet money. */
  source: ColumnType<WithdrawalSource, WithdrawalSource | undefined, WithdrawalSource>;
  batch_id: string | null;
  bank_reference: string | null;
  failure_reason: string | null;
  request_tx: string;
  settle_tx: string | null;
  settled_by: string | null;
  created_at: Timestamp;
  settled_at: Timestamp | null;
}

export interface PayoutTables {
  payout_methods: PayoutMethodsTable;
  payout_batches: PayoutBatchesTable;
  withdrawals: WithdrawalsTable;
}
