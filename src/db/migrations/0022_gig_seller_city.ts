// A gig carries its seller's shown city (issue 4; docs/decisions/0030-search-postings.md), so a
// search by city tests a column of the gig and PostgreSQL can intersect the city's gigs with the
// query's matches through two indexes (a BitmapAnd), instead of looking up each match's seller.
// Null when the seller hides their city or has no profile: a hidden city is never matched.
// Kept by triggers: a new gig takes its seller's city; a profile's city or its visibility reaches
// all the seller's gigs.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE gigs ADD COLUMN seller_city text`.execute(db);
  await sql`
    CREATE FUNCTION hunar_gig_seller_city() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      NEW.seller_city := (SELECT p.city_slug FROM profiles p WHERE p.user_id = NEW.seller_id AND p.show_city);
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER gigs_seller_city BEFORE INSERT OR UPDATE OF seller_id ON gigs FOR EACH ROW EXECUTE FUNCTION hunar_gig_seller_city()`.execute(db);
  await sql`
    CREATE FUNCTION hunar_profile_city_to_gigs() RETURNS trigger
    LANGUAGE plpgsql AS $$
    DECLARE
      shown text := CASE WHEN TG_OP <> 'DELETE' AND NEW.show_city THEN NEW.city_slug END;
      owner uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.user_id ELSE NEW.user_id END;
    BEGIN
      UPDATE gigs SET seller_city = shown WHERE seller_id = owner AND seller_city IS DISTINCT FROM shown;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER profiles_city_to_gigs AFTER INSERT OR DELETE OR UPDATE OF city_slug, show_city ON profiles FOR EACH ROW EXECUTE FUNCTION hunar_profile_city_to_gigs()`.execute(db);
  await sql`UPDATE gigs g SET seller_city = p.city_slug FROM profiles p WHERE p.user_id = g.seller_id AND p.show_city AND p.city_slug IS NOT NULL`.execute(db);
  await sql`CREATE INDEX gigs_seller_city ON gigs (seller_city) WHERE status = 'published'`.execute(db);
}
