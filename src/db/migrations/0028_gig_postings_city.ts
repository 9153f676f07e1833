// Gig postings carry the seller's shown city (issue 4; docs/decisions/0030-search-postings.md), with
// an index in date order per term and city, so a search with a city walks each of its words' gigs in
// that city newest first, as a search without one walks them all. Before, a city search started from
// the city's index and tested every gig of the city: `wordpress` in Lahore tested all ~2,000 Lahore
// gigs of the benchmark (8.7 ms of PostgreSQL CPU), where the walk meets the few dozen it needs.
// The city is gigs.seller_city (0022_gig_seller_city.ts, null when hidden), so a seller who moves or
// hides their city rewrites their gigs' postings through the update trigger below.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX gig_postings_walk`.execute(db);
  await sql`DROP INDEX gig_postings_price`.execute(db);
  await sql`ALTER TABLE gig_postings DROP CONSTRAINT gig_postings_pkey, DROP CONSTRAINT gig_postings_gig_id_fkey`.execute(db);
  await sql`TRUNCATE gig_postings`.execute(db);
  await sql`ALTER TABLE gig_postings ADD COLUMN city text`.execute(db);
  await sql`
    CREATE OR REPLACE FUNCTION hunar_gig_postings() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' THEN DELETE FROM gig_postings WHERE gig_id = OLD.id; END IF;
      IF NEW.status = 'published' AND NEW.published_at IS NOT NULL THEN
        INSERT INTO gig_postings (term, at, gig_id, currency, price, city)
        SELECT DISTINCT t, NEW.published_at, NEW.id, NEW.currency, NEW.min_price_minor, NEW.seller_city
        FROM unnest(hunar_search_terms(NEW.search_tsv, NEW.skills, NEW.category_slug)) t;
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`DROP TRIGGER gigs_postings_update ON gigs`.execute(db);
  await sql`
    CREATE TRIGGER gigs_postings_update AFTER UPDATE ON gigs FOR EACH ROW
    WHEN ((OLD.status, OLD.published_at, OLD.search_tsv, OLD.skills, OLD.category_slug, OLD.currency, OLD.min_price_minor, OLD.seller_city)
      IS DISTINCT FROM (NEW.status, NEW.published_at, NEW.search_tsv, NEW.skills, NEW.category_slug, NEW.currency, NEW.min_price_minor, NEW.seller_city))
    EXECUTE FUNCTION hunar_gig_postings()`.execute(db);
  await sql`
    INSERT INTO gig_postings (term, at, gig_id, currency, price, city)
    SELECT DISTINCT t, g.published_at, g.id, g.currency, g.min_price_minor, g.seller_city
    FROM gigs g, unnest(hunar_search_terms(g.search_tsv, g.skills, g.category_slug)) t
    WHERE g.status = 'published' AND g.published_at IS NOT NULL`.execute(db);
  // Keys and indexes again, faster built once than kept while filling (as in 0020 and 0023).
  await sql`ALTER TABLE gig_postings ADD PRIMARY KEY (gig_id, term)`.execute(db);
  await sql`ALTER TABLE gig_postings ADD FOREIGN KEY (gig_id) REFERENCES gigs (id) ON DELETE CASCADE`.execute(db);
  await sql`CREATE INDEX gig_postings_walk ON gig_postings (term, at DESC, gig_id DESC)`.execute(db);
  await sql`CREATE INDEX gig_postings_price ON gig_postings (term, currency, price, gig_id) WHERE price IS NOT NULL`.execute(db);
  await sql`CREATE INDEX gig_postings_city ON gig_postings (term, city, at DESC, gig_id DESC) WHERE city IS NOT NULL`.execute(db);
  await sql`ANALYZE gig_postings`.execute(db);
}
