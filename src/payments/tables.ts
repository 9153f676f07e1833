// Kysely's view of the payments and exchange-rate tables (see src/db/migrations/0013_payments.ts);
// part of Database in src/db/schema.ts.
import type { ColumnType, Generated } from 'kysely';
import type { PaymentEventType, TopUpMethod, TopUpStatus } from './domain.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Minor = ColumnType<string, string | bigint, string | bigint>;
type Currency = 'PKR' | 'USD';
/** date columns: written as 'YYYY-MM-DD'; read them with to_char(…, 'YYYY-MM-DD'), never as a Date (time zones). */
type Day = ColumnType<Date | string, string, string>;

export interface TopUpsTable {
  id: Generated<string>;
  user_id: string;
  method: TopUpMethod;
  reference: string;
  amount_minor: Minor;
  currency: Currency;
  status: ColumnType<TopUpStatus, TopUpStatus | undefined, TopUpStatus>;
  credited_minor: ColumnType<string | null, string | bigint | null | undefined, string | bigint | null>;
  credited_currency: Currency | null;
  ledger_transaction_id: string | null;
  return_to: string | null;
  start_key: string;
  start_fingerprint: string;
  expires_at: Timestamp | null;
  settled_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PaymentEventsTable {
  id: string;
  provider: string;
  top_up_id: string | null;
  type: PaymentEventType;
  occurred_at: Timestamp;
  outcome: string;
  body: ColumnType<unknown, string, never>;
  received_at: Timestamp;
}

export interface BankTransfersTable {
  id: Generated<string>;
  bank_txn_id: string;
  top_up_id: string;
  amount_minor: Minor;
  currency: Currency;
  received_on: Day;
  reference_text: string;
  source: 'manual' | 'statement';
  matched_by: string;
  ledger_transaction_id: string;
  created_at: Timestamp;
}

export interface FxRatesTable {
  id: Generated<string>;
  /** USD (conversions and payments) or GBP, EUR, AED, SAR (estimates only): 0031. */
  from_currency: 'USD' | 'GBP' | 'EUR' | 'AED' | 'SAR';
  to_currency: 'PKR';
  rate: string;
  effective_on: Day;
  /** initial: shipped with Hunar (0031); demo: the demo data; the others: an admin. */
  source: 'form' | 'csv' | 'api' | 'initial' | 'demo';
  /** Null for the initial and demo rows, which no admin set. */
  set_by: string | null;
  created_at: Timestamp;
}

export interface PaymentTables {
  top_ups: TopUpsTable;
  payment_events: PaymentEventsTable;
  bank_transfers: BankTransfersTable;
  fx_rates: FxRatesTable;
}
