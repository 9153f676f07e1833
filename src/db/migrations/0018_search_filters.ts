// Search filters that need no per-row lookups (issue 4; docs/decisions/0021-search-speed.md).
//
// - A gig's cheapest package (price and delivery days) is kept on the gig itself, by statement
//   triggers on gig_packages, so the price and delivery filters and the price sort read the gig row
//   instead of aggregating its packages for every match. Search owns these two columns; the gig pages
//   still read the packages themselves.
// - Freelancers' shown city and their languages get indexes, so the city and language filters (on
//   freelancers, and on gigs through their seller) never scan every profile.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE gigs ADD COLUMN min_price_minor bigint, ADD COLUMN min_delivery_days integer`.execute(db);

  await sql`
    CREATE FUNCTION hunar_refresh_gig_cheapest(gig_ids uuid[]) RETURNS void
    LANGUAGE sql VOLATILE AS $$
      UPDATE gigs g SET min_price_minor = c.price, min_delivery_days = c.days
      FROM (SELECT t.id, min(p.price_minor) AS price, min(p.delivery_days) AS days
            FROM unnest(gig_ids) AS t(id) LEFT JOIN gig_packages p ON p.gig_id = t.id
            GROUP BY t.id) c
      WHERE g.id = c.id AND (g.min_price_minor, g.min_delivery_days) IS DISTINCT FROM (c.price, c.days)
    $$`.execute(db);
  // PostgreSQL allows transition tables only on single-event triggers: one function, three triggers.
  await sql`
    CREATE FUNCTION hunar_gig_packages_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        PERFORM hunar_refresh_gig_cheapest(ARRAY(SELECT DISTINCT gig_id FROM new_packages ORDER BY 1));
      ELSIF TG_OP = 'UPDATE' THEN
        PERFORM hunar_refresh_gig_cheapest(ARRAY(SELECT gig_id FROM new_packages UNION SELECT gig_id FROM old_packages ORDER BY 1));
      ELSE
        PERFORM hunar_refresh_gig_cheapest(ARRAY(SELECT DISTINCT gig_id FROM old_packages ORDER BY 1));
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER gig_packages_cheapest_insert AFTER INSERT ON gig_packages REFERENCING NEW TABLE AS new_packages FOR EACH STATEMENT EXECUTE FUNCTION hunar_gig_packages_changed()`.execute(db);
  await sql`CREATE TRIGGER gig_packages_cheapest_update AFTER UPDATE ON gig_packages REFERENCING NEW TABLE AS new_packages OLD TABLE AS old_packages FOR EACH STATEMENT EXECUTE FUNCTION hunar_gig_packages_changed()`.execute(db);
  await sql`CREATE TRIGGER gig_packages_cheapest_delete AFTER DELETE ON gig_packages REFERENCING OLD TABLE AS old_packages FOR EACH STATEMENT EXECUTE FUNCTION hunar_gig_packages_changed()`.execute(db);
  await sql`
    UPDATE gigs g SET min_price_minor = c.price, min_delivery_days = c.days
    FROM (SELECT gig_id, min(price_minor) AS price, min(delivery_days) AS days FROM gig_packages GROUP BY gig_id) c
    WHERE g.id = c.gig_id`.execute(db);

  await sql`CREATE INDEX profiles_shown_city ON profiles (city_slug) WHERE show_city`.execute(db);
  await sql`CREATE INDEX profiles_languages ON profiles USING gin (languages)`.execute(db);
}
