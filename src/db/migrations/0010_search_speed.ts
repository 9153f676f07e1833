// Search that stays fast over 100k gigs, 50k jobs and 50k profiles (issue 4; docs/decisions/0021).
//
// Typo tolerance moves from the documents to a vocabulary. Before, every query word was matched
// against every document with pg_trgm's <% operator, which scores each candidate row's whole text
// at query time: seconds for a common word over 100k gigs. Now search_words holds every distinct
// word of the searchable texts (the lexemes of their tsvectors, and freelancers' display names)
// with a trigram GiST index; a query word that is not in it is replaced by its nearest words
// (word_similarity, nearest first through the index), and the documents are then matched through
// their full-text GIN indexes only. Triggers keep the vocabulary in step with the rows that own the
// text, as the generated columns of 0005/0006 keep the documents in step; words are never removed
// (a stale word only adds an alternative that matches nothing).
//
// Freelancers' names get a full-text expression index, so a name is matched like any other word
// (no per-row hunar_normalize at query time), and freelancers an index in sign-up order for the
// newest-first scans search makes.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE search_words (word text PRIMARY KEY)`.execute(db);
  await sql`CREATE INDEX search_words_trgm ON search_words USING gist (word gist_trgm_ops)`.execute(db);

  // Sorted inserts: two transactions adding the same new words take their locks in one order.
  await sql`
    CREATE FUNCTION hunar_add_search_words(doc tsvector) RETURNS void
    LANGUAGE sql VOLATILE AS $$
      INSERT INTO search_words (word)
      SELECT w FROM unnest(tsvector_to_array(doc)) w WHERE length(w) <= 100 ORDER BY w
      ON CONFLICT (word) DO NOTHING
    $$`.execute(db);
  await sql`
    CREATE FUNCTION hunar_search_words_from_doc() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' OR NEW.search_tsv IS DISTINCT FROM OLD.search_tsv THEN
        PERFORM hunar_add_search_words(NEW.search_tsv);
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE FUNCTION hunar_search_words_from_name() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' OR NEW.display_name IS DISTINCT FROM OLD.display_name THEN
        PERFORM hunar_add_search_words(to_tsvector('simple', hunar_normalize(NEW.display_name)));
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  for (const table of ['gigs', 'jobs', 'profiles']) {
    await sql`CREATE TRIGGER ${sql.raw(`${table}_search_words`)} AFTER INSERT OR UPDATE ON ${sql.table(table)} FOR EACH ROW EXECUTE FUNCTION hunar_search_words_from_doc()`.execute(db);
  }
  await sql`CREATE TRIGGER users_search_words AFTER INSERT OR UPDATE OF display_name ON users FOR EACH ROW EXECUTE FUNCTION hunar_search_words_from_name()`.execute(db);

  await sql`
    INSERT INTO search_words (word)
    SELECT DISTINCT w FROM (
      SELECT unnest(tsvector_to_array(search_tsv)) FROM gigs
      UNION ALL SELECT unnest(tsvector_to_array(search_tsv)) FROM jobs
      UNION ALL SELECT unnest(tsvector_to_array(search_tsv)) FROM profiles
      UNION ALL SELECT unnest(tsvector_to_array(to_tsvector('simple', hunar_normalize(display_name)))) FROM users
    ) words(w)
    WHERE length(w) <= 100
    ON CONFLICT (word) DO NOTHING`.execute(db);

  await sql`CREATE INDEX users_name_tsv ON users USING gin (to_tsvector('simple'::regconfig, hunar_normalize(display_name))) WHERE is_freelancer`.execute(db);
  // A query naming a category finds freelancers by their main category: indexed, so the match is
  // one bitmap over profiles' indexes, never a scan.
  await sql`CREATE INDEX profiles_main_category ON profiles (main_category)`.execute(db);
  await sql`CREATE INDEX users_freelancers_created ON users (created_at DESC, id DESC) WHERE is_freelancer`.execute(db);
  // Newest-first scans over gigs end on (published_at, id), the keyset search pages by.
  await sql`CREATE INDEX gigs_published_id ON gigs (published_at DESC, id DESC) WHERE status = 'published'`.execute(db);
}
