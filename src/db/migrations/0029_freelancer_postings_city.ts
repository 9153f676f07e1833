// Freelancer postings carry the freelancer's shown city, as gig postings do since
// 0028_gig_postings_city.ts (issue 4; docs/decisions/0030-search-postings.md): a freelancer search with
// a city walks each of its words' freelancers in that city newest first. Before, it started from the
// city's index and tested every freelancer of the city (`graphic design` in Karachi: about 5 ms of
// PostgreSQL CPU on the benchmark data). Null when the city is hidden: a hidden city is never matched.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX freelancer_postings_walk`.execute(db);
  await sql`ALTER TABLE freelancer_postings DROP CONSTRAINT freelancer_postings_pkey, DROP CONSTRAINT freelancer_postings_user_id_fkey`.execute(db);
  await sql`TRUNCATE freelancer_postings`.execute(db);
  await sql`ALTER TABLE freelancer_postings ADD COLUMN city text`.execute(db);
  await sql`
    CREATE OR REPLACE FUNCTION hunar_refresh_freelancer_postings(uid uuid) RETURNS void
    LANGUAGE sql VOLATILE AS $$
      DELETE FROM freelancer_postings WHERE user_id = uid;
      INSERT INTO freelancer_postings (term, at, user_id, city)
      SELECT DISTINCT t, u.created_at, u.id, CASE WHEN p.show_city THEN p.city_slug END
      FROM users u JOIN profiles p ON p.user_id = u.id,
        unnest(hunar_search_terms(p.search_tsv || to_tsvector('simple', hunar_normalize(u.display_name)), p.skills, p.main_category)) t
      WHERE u.id = uid AND u.is_freelancer
    $$`.execute(db);
  await sql`DROP TRIGGER profiles_postings_update ON profiles`.execute(db);
  await sql`
    CREATE TRIGGER profiles_postings_update AFTER UPDATE ON profiles FOR EACH ROW
    WHEN ((OLD.search_tsv, OLD.skills, OLD.main_category, OLD.city_slug, OLD.show_city) IS DISTINCT FROM (NEW.search_tsv, NEW.skills, NEW.main_category, NEW.city_slug, NEW.show_city))
    EXECUTE FUNCTION hunar_freelancer_postings()`.execute(db);
  await sql`
    INSERT INTO freelancer_postings (term, at, user_id, city)
    SELECT DISTINCT t, u.created_at, u.id, CASE WHEN p.show_city THEN p.city_slug END
    FROM users u JOIN profiles p ON p.user_id = u.id,
      unnest(hunar_search_terms(p.search_tsv || to_tsvector('simple', hunar_normalize(u.display_name)), p.skills, p.main_category)) t
    WHERE u.is_freelancer`.execute(db);
  await sql`ALTER TABLE freelancer_postings ADD PRIMARY KEY (user_id, term)`.execute(db);
  await sql`ALTER TABLE freelancer_postings ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE`.execute(db);
  await sql`CREATE INDEX freelancer_postings_walk ON freelancer_postings (term, at DESC, user_id DESC)`.execute(db);
  await sql`CREATE INDEX freelancer_postings_city ON freelancer_postings (term, city, at DESC, user_id DESC) WHERE city IS NOT NULL`.execute(db);
  await sql`ANALYZE freelancer_postings`.execute(db);
}
