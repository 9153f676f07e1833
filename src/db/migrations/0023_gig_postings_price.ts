// Gig postings carry the gig's cheapest price (issue 4; docs/decisions/0030-search-postings.md), with an
// index in price order per term and currency, so a search sorted by price walks each of its words'
// gigs cheapest first, as a search by date walks them newest first, instead of sorting every match.
// A price change (a package edit, kept on the gig by 0018's triggers) rewrites the gig's postings.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX gig_postings_walk`.execute(db);
  await sql`ALTER TABLE gig_postings DROP CONSTRAINT gig_postings_pkey, DROP CONSTRAINT gig_postings_gig_id_fkey`.execute(db);
  await sql`TRUNCATE gig_postings`.execute(db);
  await sql`ALTER TABLE gig_postings ADD COLUMN currency text NOT NULL, ADD COLUMN price bigint`.execute(db);
  await sql`
    CREATE OR REPLACE FUNCTION hunar_gig_postings() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' THEN DELETE FROM gig_postings WHERE gig_id = OLD.id; END IF;
      IF NEW.status = 'published' AND NEW.published_at IS NOT NULL THEN
        INSERT INTO gig_postings (term, at, gig_id, currency, price)
        SELECT DISTINCT t, NEW.published_at, NEW.id, NEW.currency, NEW.min_price_minor
        FROM unnest(hunar_search_terms(NEW.search_tsv, NEW.skills, NEW.category_slug)) t;
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`DROP TRIGGER gigs_postings_update ON gigs`.execute(db);
  await sql`
    CREATE TRIGGER gigs_postings_update AFTER UPDATE ON gigs FOR EACH ROW
    WHEN ((OLD.status, OLD.published_at, OLD.search_tsv, OLD.skills, OLD.category_slug, OLD.currency, OLD.min_price_minor)
      IS DISTINCT FROM (NEW.status, NEW.published_at, NEW.search_tsv, NEW.skills, NEW.category_slug, NEW.currency, NEW.min_price_minor))
    EXECUTE FUNCTION hunar_gig_postings()`.execute(db);
  await sql`
    INSERT INTO gig_postings (term, at, gig_id, currency, price)
    SELECT DISTINCT t, g.published_at, g.id, g.currency, g.min_price_minor
    FROM gigs g, unnest(hunar_search_terms(g.search_tsv, g.skills, g.category_slug)) t
    WHERE g.status = 'published' AND g.published_at IS NOT NULL`.execute(db);
  // Keys and indexes again, faster built once than kept while filling (as in 0020).
  await sql`ALTER TABLE gig_postings ADD PRIMARY KEY (gig_id, term)`.execute(db);
  await sql`ALTER TABLE gig_postings ADD FOREIGN KEY (gig_id) REFERENCES gigs (id) ON DELETE CASCADE`.execute(db);
  await sql`CREATE INDEX gig_postings_walk ON gig_postings (term, at DESC, gig_id DESC)`.execute(db);
  await sql`CREATE INDEX gig_postings_price ON gig_postings (term, currency, price, gig_id) WHERE price IS NOT NULL`.execute(db);
  await sql`ANALYZE gig_postings`.execute(db);
}
