// Kysely's view of the orders tables (see src/db/migrations/0012_orders.ts); part of Database in src/db/schema.ts.
import type { ColumnType, Generated } from 'kysely';
import type { OrderState } from './domain.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Minor = ColumnType<string, string | bigint, string | bigint>;
type Currency = 'PKR' | 'USD';

export interface ContractsTable {
  id: Generated<string>;
  proposal_id: string;
  job_id: string;
  client_id: string;
  freelancer_id: string;
  title: string;
  kind: 'fixed' | 'hourly';
  currency: Currency;
  rate_minor: ColumnType<string | null, string | bigint | null, string | bigint | null>;
  weekly_hours: number | null;
  status: ColumnType<'active' | 'ended', 'active' | 'ended' | undefined, 'active' | 'ended'>;
  created_at: Timestamp;
  ended_at: Timestamp | null;
}

export interface OrdersTable {
  id: Generated<string>;
  number: Generated<string>;
  kind: 'gig' | 'milestone' | 'hourly_week';
  client_id: string;
  freelancer_id: string;
  gig_id: string | null;
  package_position: number | null;
  contract_id: string | null;
  title: string;
  package_name: ColumnType<string, string | undefined, string>;
  currency: Currency;
  price_minor: Minor;
  client_fee_minor: Minor;
  freelancer_fee_minor: Minor;
  delivery_days: number | null;
  revisions_included: ColumnType<number, number | undefined, number>;
  revisions_used: ColumnType<number, number | undefined, number>;
  answers: ColumnType<{ question: string; answer: string }[], string | undefined, string>;
  state: ColumnType<OrderState, OrderState | undefined, OrderState>;
  cancel_requested_by: 'client' | 'freelancer' | null;
  paid_at: Timestamp | null;
  due_at: Timestamp | null;
  delivered_at: Timestamp | null;
  auto_accept_at: Timestamp | null;
  /** When the client was told the delivery will be accepted for them within a day (0041, notifications). */
  auto_accept_warned_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  completed_at: Timestamp | null;
  cancelled_at: Timestamp | null;
  hold_until: Timestamp | null;
  cleared_at: Timestamp | null;
  position: number | null;
  week_ends_at: Timestamp | null;
  billed_minor: ColumnType<string | null, string | bigint | null, string | bigint | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OrderEventsTable {
  id: Generated<string>;
  order_id: string;
  kind: string;
  actor_id: string | null;
  message: string | null;
  created_at: Timestamp;
}

export interface TimeEntriesTable {
  id: Generated<string>;
  order_id: string;
  work_date: ColumnType<string, string, string>;
  minutes: number;
  note: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
}

export interface OrderTables {
  contracts: ContractsTable;
  orders: OrdersTable;
  order_events: OrderEventsTable;
  time_entries: TimeEntriesTable;
}
