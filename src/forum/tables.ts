// Kysely's view of the forum's tables (src/db/migrations/0063_forum.ts); part of Database in src/db/schema.ts.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type CategorySlug = 'getting-started' | 'tax-payments' | 'skills' | 'clients-contracts' | 'women-freelancers';
export type ReportReason = 'spam' | 'abuse' | 'harassment' | 'off_topic' | 'other';

export interface ForumThreadsTable {
  id: Generated<string>;
  category: CategorySlug | null;
  association_id: string | null;
  author_id: string;
  title: string;
  pinned_at: Timestamp | null;
  locked_at: Timestamp | null;
  hidden_at: Timestamp | null;
  reply_count: ColumnType<number, number | undefined, number>;
  last_post_at: Timestamp;
  created_at: Timestamp;
  /** Written by the service (reindexThread), never read as a value. */
  search_tsv: ColumnType<string, never, never>;
}

export interface ForumPostsTable {
  id: Generated<string>;
  thread_id: string;
  author_id: string;
  body: string;
  is_opening: ColumnType<boolean, boolean | undefined, boolean>;
  quote_post_id: string | null;
  hidden_at: Timestamp | null;
  hidden_reason: string | null;
  created_at: Timestamp;
}

export interface ForumReportsTable {
  id: Generated<string>;
  post_id: string;
  reporter_id: string;
  reason: ReportReason;
  note: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
  resolution: 'hidden' | 'dismissed' | null;
  resolved_by: string | null;
  resolved_at: Timestamp | null;
}

export interface ForumTables {
  forum_threads: ForumThreadsTable;
  forum_posts: ForumPostsTable;
  forum_reports: ForumReportsTable;
}
