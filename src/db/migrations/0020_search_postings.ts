// Postings: for every searchable gig, job and freelancer, one row per word it can be found by, in
// the order search shows matches (newest first). Issue 4; docs/decisions/0030-search-postings.md.
//
// A search's window is the newest COUNT_CAP + 1 matches. Without postings PostgreSQL finds them by
// walking every published gig newest first and testing each one's tsvector (about 1,700 wide rows
// for "video editing" over 100k gigs), or by reading every match through the GIN index and sorting.
// With postings, each word of the query has its own list in the right order: walking the list of the
// query's rarest word and testing each gig found there costs about as many rows as the page needs.
//
// The terms of a document are the lexemes of its tsvector (for freelancers, their profile's and their
// display name's), plus 'skill <slug>' for each skill and 'category <slug>' for its category: a
// lexeme never holds a space, so the two kinds cannot collide. Only searchable documents have postings
// (published gigs; open, public jobs; freelancers with a profile), and triggers keep them in step
// with the rows that own them, in the same transaction.
import { type Kysely, sql } from 'kysely';

const POSTINGS = [
  { table: 'gig_postings', owner: 'gig_id', parent: 'gigs' },
  { table: 'job_postings', owner: 'job_id', parent: 'jobs' },
  { table: 'freelancer_postings', owner: 'user_id', parent: 'users' },
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION hunar_search_terms(doc tsvector, skills text[], category text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT tsvector_to_array(coalesce(doc, ''::tsvector))
        || ARRAY(SELECT DISTINCT 'skill ' || s FROM unnest(skills) s)
        || CASE WHEN category IS NULL THEN '{}'::text[] ELSE ARRAY['category ' || category] END
    $$`.execute(db);

  // Statistics on a thousand terms let search pick the rarest word of a query (streamsFor() in
  // src/search/service.ts). Keys and indexes come after the first filling (faster built once).
  for (const { table, owner } of POSTINGS) {
    await sql`CREATE TABLE ${sql.table(table)} (term text NOT NULL, at timestamptz NOT NULL, ${sql.ref(owner)} uuid NOT NULL)`.execute(db);
    await sql`ALTER TABLE ${sql.table(table)} ALTER COLUMN term SET STATISTICS 1000`.execute(db);
  }

  await sql`
    CREATE FUNCTION hunar_gig_postings() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' THEN DELETE FROM gig_postings WHERE gig_id = OLD.id; END IF;
      IF NEW.status = 'published' AND NEW.published_at IS NOT NULL THEN
        INSERT INTO gig_postings (term, at, gig_id)
        SELECT DISTINCT t, NEW.published_at, NEW.id FROM unnest(hunar_search_terms(NEW.search_tsv, NEW.skills, NEW.category_slug)) t;
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER gigs_postings_insert AFTER INSERT ON gigs FOR EACH ROW WHEN (NEW.status = 'published') EXECUTE FUNCTION hunar_gig_postings()`.execute(db);
  await sql`
    CREATE TRIGGER gigs_postings_update AFTER UPDATE ON gigs FOR EACH ROW
    WHEN ((OLD.status, OLD.published_at, OLD.search_tsv, OLD.skills, OLD.category_slug) IS DISTINCT FROM (NEW.status, NEW.published_at, NEW.search_tsv, NEW.skills, NEW.category_slug))
    EXECUTE FUNCTION hunar_gig_postings()`.execute(db);

  await sql`
    CREATE FUNCTION hunar_job_postings() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'UPDATE' THEN DELETE FROM job_postings WHERE job_id = OLD.id; END IF;
      IF NEW.status = 'open' AND NEW.visibility = 'public' THEN
        INSERT INTO job_postings (term, at, job_id)
        SELECT DISTINCT t, NEW.created_at, NEW.id FROM unnest(hunar_search_terms(NEW.search_tsv, NEW.skills, NEW.category_slug)) t;
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER jobs_postings_insert AFTER INSERT ON jobs FOR EACH ROW WHEN (NEW.status = 'open' AND NEW.visibility = 'public') EXECUTE FUNCTION hunar_job_postings()`.execute(db);
  await sql`
    CREATE TRIGGER jobs_postings_update AFTER UPDATE ON jobs FOR EACH ROW
    WHEN ((OLD.status, OLD.visibility, OLD.created_at, OLD.search_tsv, OLD.skills, OLD.category_slug) IS DISTINCT FROM (NEW.status, NEW.visibility, NEW.created_at, NEW.search_tsv, NEW.skills, NEW.category_slug))
    EXECUTE FUNCTION hunar_job_postings()`.execute(db);

  // A freelancer's words come from two rows (the profile and the user's name), so any change to
  // either rebuilds that freelancer's postings from both.
  await sql`
    CREATE FUNCTION hunar_refresh_freelancer_postings(uid uuid) RETURNS void
    LANGUAGE sql VOLATILE AS $$
      DELETE FROM freelancer_postings WHERE user_id = uid;
      INSERT INTO freelancer_postings (term, at, user_id)
      SELECT DISTINCT t, u.created_at, u.id
      FROM users u JOIN profiles p ON p.user_id = u.id,
        unnest(hunar_search_terms(p.search_tsv || to_tsvector('simple', hunar_normalize(u.display_name)), p.skills, p.main_category)) t
      WHERE u.id = uid AND u.is_freelancer
    $$`.execute(db);
  await sql`
    CREATE FUNCTION hunar_freelancer_postings() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM hunar_refresh_freelancer_postings(CASE WHEN TG_OP = 'DELETE' THEN OLD.user_id ELSE NEW.user_id END);
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE FUNCTION hunar_freelancer_postings_from_user() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM hunar_refresh_freelancer_postings(NEW.id);
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER profiles_postings_insert AFTER INSERT OR DELETE ON profiles FOR EACH ROW EXECUTE FUNCTION hunar_freelancer_postings()`.execute(db);
  await sql`
    CREATE TRIGGER profiles_postings_update AFTER UPDATE ON profiles FOR EACH ROW
    WHEN ((OLD.search_tsv, OLD.skills, OLD.main_category) IS DISTINCT FROM (NEW.search_tsv, NEW.skills, NEW.main_category))
    EXECUTE FUNCTION hunar_freelancer_postings()`.execute(db);
  await sql`
    CREATE TRIGGER users_postings_update AFTER UPDATE ON users FOR EACH ROW
    WHEN ((OLD.is_freelancer, OLD.display_name, OLD.created_at) IS DISTINCT FROM (NEW.is_freelancer, NEW.display_name, NEW.created_at))
    EXECUTE FUNCTION hunar_freelancer_postings_from_user()`.execute(db);

  // What is already there.
  await sql`
    INSERT INTO gig_postings (term, at, gig_id)
    SELECT DISTINCT t, g.published_at, g.id FROM gigs g, unnest(hunar_search_terms(g.search_tsv, g.skills, g.category_slug)) t
    WHERE g.status = 'published' AND g.published_at IS NOT NULL`.execute(db);
  await sql`
    INSERT INTO job_postings (term, at, job_id)
    SELECT DISTINCT t, j.created_at, j.id FROM jobs j, unnest(hunar_search_terms(j.search_tsv, j.skills, j.category_slug)) t
    WHERE j.status = 'open' AND j.visibility = 'public'`.execute(db);
  await sql`
    INSERT INTO freelancer_postings (term, at, user_id)
    SELECT DISTINCT t, u.created_at, u.id FROM users u JOIN profiles p ON p.user_id = u.id,
      unnest(hunar_search_terms(p.search_tsv || to_tsvector('simple', hunar_normalize(u.display_name)), p.skills, p.main_category)) t
    WHERE u.is_freelancer`.execute(db);
  // The primary key (owner, term) serves the triggers' deletes, the walk index serves search.
  for (const { table, owner, parent } of POSTINGS) {
    await sql`ALTER TABLE ${sql.table(table)} ADD PRIMARY KEY (${sql.ref(owner)}, term)`.execute(db);
    await sql`ALTER TABLE ${sql.table(table)} ADD FOREIGN KEY (${sql.ref(owner)}) REFERENCES ${sql.table(parent)} (id) ON DELETE CASCADE`.execute(db);
    await sql`CREATE INDEX ${sql.raw(`${table}_walk`)} ON ${sql.table(table)} (term, at DESC, ${sql.ref(owner)} DESC)`.execute(db);
    await sql`ANALYZE ${sql.table(table)}`.execute(db);
  }
}
