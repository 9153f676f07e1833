// Two-sided reviews and seller standing (issue 18; docs/decisions/0050-reviews-and-levels.md).
//
// - reviews: one per side per completed order (UNIQUE (order_id, author_side)). A client's review of
//   the freelancer carries the three detailed ratings too; a freelancer's review of the client does
//   not. shown_at is when the review becomes public: the moment the second side wrote (revealed_at,
//   set by the service) or the end of the 14-day window, whichever is first; a review is visible
//   exactly when shown_at <= now, so no job is needed to reveal one. counted_at says the seller's
//   figures below include it (set when the second review arrives, or by the reviews sweep).
// - users.rating_sum / rating_count: the freelancer's revealed ratings from clients; gigs the same for
//   the gig's orders. Sum and count (not an average) so a figure is exact and recomputed cheaply.
// - users.seller_level: new, level_one, level_two or top_rated, set by the daily levels job.
// - hunar_rating_key(sum, count): the rating sort's key, average (to two decimals) first, then how
//   many ratings; 0 for none. Indexed, so sorting by rating without words reads an index.
// Limits repeat the zod schemas' (src/reviews/domain.ts) as a last guard.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE reviews (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      order_id uuid NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
      gig_id uuid REFERENCES gigs(id) ON DELETE SET NULL,
      author_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      reviewee_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      author_side text NOT NULL CHECK (author_side IN ('client', 'freelancer')),
      rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
      communication smallint CHECK (communication BETWEEN 1 AND 5),
      quality smallint CHECK (quality BETWEEN 1 AND 5),
      on_time smallint CHECK (on_time BETWEEN 1 AND 5),
      body text NOT NULL DEFAULT '' CHECK (char_length(body) <= 2000),
      window_ends_at timestamptz NOT NULL,
      revealed_at timestamptz,
      shown_at timestamptz GENERATED ALWAYS AS (coalesce(revealed_at, window_ends_at)) STORED,
      counted_at timestamptz,
      reply text CHECK (char_length(reply) BETWEEN 1 AND 1000),
      replied_at timestamptz,
      created_at timestamptz NOT NULL,
      UNIQUE (order_id, author_side),
      CHECK (author_id <> reviewee_id),
      CHECK (CASE WHEN author_side = 'client' THEN communication IS NOT NULL AND quality IS NOT NULL AND on_time IS NOT NULL
                  ELSE communication IS NULL AND quality IS NULL AND on_time IS NULL END),
      CHECK ((reply IS NULL) = (replied_at IS NULL)),
      CHECK (reply IS NULL OR author_side = 'client')
    )`.execute(db);
  // A person's reviews received, newest shown first (profile pages, the API), and a gig's.
  await sql`CREATE INDEX reviews_received ON reviews (reviewee_id, shown_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX reviews_of_gig ON reviews (gig_id, shown_at DESC, id DESC) WHERE gig_id IS NOT NULL AND author_side = 'client'`.execute(db);
  // The sweep's work: reviews not yet in the figures.
  await sql`CREATE INDEX reviews_to_count ON reviews (shown_at) WHERE counted_at IS NULL`.execute(db);

  await sql`
    CREATE FUNCTION hunar_rating_key(total integer, n integer) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT CASE WHEN n > 0 THEN round(total * 100.0 / n) * 1000000 + least(n, 999999) ELSE 0 END
    $$`.execute(db);
  // Constant defaults: PostgreSQL adds the columns without rewriting the tables.
  await sql`
    ALTER TABLE users
      ADD COLUMN rating_sum integer NOT NULL DEFAULT 0 CHECK (rating_sum >= 0),
      ADD COLUMN rating_count integer NOT NULL DEFAULT 0 CHECK (rating_count >= 0),
      ADD COLUMN seller_level text NOT NULL DEFAULT 'new' CHECK (seller_level IN ('new', 'level_one', 'level_two', 'top_rated')),
      ADD COLUMN seller_level_at timestamptz`.execute(db);
  await sql`
    ALTER TABLE gigs
      ADD COLUMN rating_sum integer NOT NULL DEFAULT 0 CHECK (rating_sum >= 0),
      ADD COLUMN rating_count integer NOT NULL DEFAULT 0 CHECK (rating_count >= 0)`.execute(db);
  await sql`CREATE INDEX gigs_by_rating ON gigs (hunar_rating_key(rating_sum, rating_count) DESC, id DESC) WHERE status = 'published'`.execute(db);
  await sql`CREATE INDEX users_freelancers_by_rating ON users (hunar_rating_key(rating_sum, rating_count) DESC, id DESC) WHERE is_freelancer`.execute(db);
}
