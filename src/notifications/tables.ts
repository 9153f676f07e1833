// Kysely's view of the notifications tables (see src/db/migrations/0041_notifications.ts); part of Database in src/db/schema.ts.
import type { ColumnType, Generated } from 'kysely';
import type { NotificationParam } from './kinds.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  params: ColumnType<Record<string, NotificationParam>, string, string>;
  /** A path on this site. */
  link: string;
  /** False for a row that only carries an e-mail (in-app channel off, or a 'message'). */
  shown: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
  read_at: Timestamp | null;
  emailed_at: Timestamp | null;
}

export interface NotificationPreferencesTable {
  user_id: string;
  kind: string;
  in_app: boolean;
  email: boolean;
  updated_at: Timestamp;
}

export interface NotificationTables {
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
}
