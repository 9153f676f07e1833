// Kysely's view of the reviews table (see src/db/migrations/0042_reviews.ts); part of Database in src/db/schema.ts.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type ReviewSide = 'client' | 'freelancer';

export interface ReviewsTable {
  id: Generated<string>;
  order_id: string;
  gig_id: string | null;
  author_id: string;
  reviewee_id: string;
  author_side: ReviewSide;
  rating: number;
  communication: number | null;
  quality: number | null;
  on_time: number | null;
  body: ColumnType<string, string | undefined, string>;
  window_ends_at: Timestamp;
  /** When the second side wrote; the review is public from shown_at = coalesce(revealed_at, window_ends_at). */
  revealed_at: Timestamp | null;
  shown_at: ColumnType<Date, never, never>;
  counted_at: Timestamp | null;
  reply: string | null;
  replied_at: Timestamp | null;
  created_at: Timestamp;
}

export interface ReviewTables {
  reviews: ReviewsTable;
}
