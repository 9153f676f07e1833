// Kysely's view of the messages tables (see src/db/migrations/0039_messages.ts); part of Database in src/db/schema.ts.
import type { ColumnType, Generated } from 'kysely';
import type { ContactKind, ConversationKind, ReportReason } from './domain.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface ConversationsTable {
  id: Generated<string>;
  kind: ConversationKind;
  started_by: string;
  user_low: string;
  user_high: string;
  gig_id: string | null;
  job_id: string | null;
  order_id: string | null;
  contract_id: string | null;
  last_message_id: ColumnType<string | null, string | number | bigint | null | undefined, string | number | bigint | null>;
  last_message_at: Timestamp | null;
  created_at: Timestamp;
}

export interface ConversationMembersTable {
  conversation_id: string;
  user_id: string;
  other_id: string;
  /** The id of the last message this person has seen (0: none). */
  read_up_to: ColumnType<string, string | number | bigint | undefined, string | number | bigint>;
  read_at: Timestamp | null;
}

export interface MessagesTable {
  id: Generated<string>;
  conversation_id: string;
  sender_id: string;
  body: string;
  flags: ColumnType<ContactKind[], ContactKind[] | undefined, ContactKind[]>;
  created_at: Timestamp;
}

export interface BlocksTable {
  blocker_id: string;
  blocked_id: string;
  created_at: Timestamp;
}

export interface ConversationReportsTable {
  id: Generated<string>;
  conversation_id: string;
  reporter_id: string;
  reason: ReportReason;
  note: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
  resolved_at: Timestamp | null;
  resolved_by: string | null;
}

export interface MessageTables {
  conversations: ConversationsTable;
  conversation_members: ConversationMembersTable;
  messages: MessagesTable;
  blocks: BlocksTable;
  conversation_reports: ConversationReportsTable;
}

