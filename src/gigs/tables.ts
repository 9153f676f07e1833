// Kysely's view of the gigs tables (see src/db/migrations/0003_gigs.ts); part of Database in src/db/schema.ts.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type GigStatus = 'draft' | 'published' | 'paused';
export type Currency = 'PKR' | 'USD';

export interface GigsTable {
  id: Generated<string>;
  seller_id: string;
  slug: string;
  title: string;
  description: string;
  category_slug: string | null;
  skills: string[];
  currency: Currency;
  status: GigStatus;
  created_at: Timestamp;
  updated_at: Timestamp;
  published_at: Timestamp | null;
  /** The cheapest package, kept by triggers on gig_packages for search (0018_search_filters.ts); never written by the app. */
  min_price_minor: ColumnType<string | null, never, never>;
  min_delivery_days: ColumnType<number | null, never, never>;
  /** The seller's city when they show it, kept by triggers for search (0022_gig_seller_city.ts); never written by the app. */
  seller_city: ColumnType<string | null, never, never>;
  /** Revealed ratings from the gig's orders, kept by src/reviews (0042_reviews.ts). */
  rating_sum: Generated<number>;
  rating_count: Generated<number>;
}

export interface GigPackagesTable {
  gig_id: string;
  position: number;
  name: string;
  description: string;
  /** Minor units (paisa, cents); pg returns bigint as a string. */
  price_minor: ColumnType<string | null, string | bigint | null, string | bigint | null>;
  currency: Currency;
  delivery_days: number | null;
  /** -1 means unlimited. */
  revisions: number;
  features: string[];
}

export interface GigFaqsTable {
  gig_id: string;
  position: number;
  question: string;
  answer: string;
}

export interface GigQuestionsTable {
  gig_id: string;
  position: number;
  question: string;
  required: boolean;
}

/** A gig's former addresses (0033_gig_slugs.ts): /g/<slug> answers 301 to the gig's current one. */
export interface GigSlugHistoryTable {
  slug: string;
  gig_id: string;
  created_at: Timestamp;
}

export interface GigTables {
  gigs: GigsTable;
  gig_slug_history: GigSlugHistoryTable;
  gig_packages: GigPackagesTable;
  gig_faqs: GigFaqsTable;
  gig_questions: GigQuestionsTable;
}
