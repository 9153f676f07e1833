// Search documents that find what people type (issue 17; docs/decisions/0042-search-matching.md).
// Each searchable text is indexed three ways, in one tsvector per document:
// - its normalised words, as before (hunar_normalize, 'simple');
// - '~' + the English stem of each Latin word ("designs", "designing" → ~design), and the stem of the
//   word without an agent suffix ("editor", "editors" → ~edit, "writer" → ~write), so the person who
//   does a skill meets the skill (hunar_stems);
// - '#' + the phonetic key of each word, a consonant skeleton shared by Urdu script and Latin letters
//   ("ورڈپریس" and "wordpress" → #rdprs): hunar_phonetic, the SQL twin of src/search/phonetic.ts.
// Weights say where a word was found: A the title (a profile's headline), B the names of the
// document's skills and category in every spelling the taxonomy lists (skills.search_names, so
// "logo" and "لوگو" reach a gig tagged "Logo design"), C the description (a profile's bios).
//
// search_tsv stops being a generated column: a generated column may not read the taxonomy, so a
// BEFORE trigger builds it, and a change to a skill's names re-indexes the documents that carry it.
// The vocabulary (search_words, for spelling correction) keeps plain words only. Postings (0020)
// follow search_tsv through their triggers; they are rebuilt here in one pass.
import { type Kysely, sql } from 'kysely';

// The rules of src/search/phonetic.ts as they stood when this migration was written (a migration
// never changes; a later change of the rules is a later migration).
const LATIN_RULES: readonly (readonly [string, string])[] = [
  ['[ts]ion', 'sn'],
  ['ign', 'in'],
  ['ph', 'f'],
  ['ch', 'C'],
  ['ck', 'k'],
  ['x', 'ks'],
  ['c(?=[eiy])', 's'],
  ['c', 'k'],
  ['q', 'k'],
  ['g(?=[eiy])', 'j'],
  ['z', 's'],
  ['[aeiouyhwv]', ''],
];
const URDU_FROM = 'بپتٹطثسصشزذضظژجچخکقگغدڈرڑفلمنں';
const URDU_TO = 'bptttsssssssssjCkkkggddrrflmnn';
const ALPHABET = 'bcdfgjklmnprst';
const URDU_ALTERNATIVES = {
  skills: {
    'graphic-design': 'Graphic design گرافک ڈیزائن graphic designing grafik dizain گرافک ڈیزائننگ',
    'blog-writing': 'Blog writing بلاگ رائٹنگ blog writing blog likhna بلاگ پوسٹ',
    'copywriting': 'Copywriting (web copy) کاپی رائٹنگ copywriting ویب کاپی',
    'seo': 'SEO ایس ای او (سرچ انجن آپٹیمائزیشن) seo search engine optimization ایس ای او سرچ انجن اوپٹیمائزیشن',
    'advertising': 'Advertising / paid ads ایڈورٹائزنگ advertising ishtiharat اشتہارات',
    'data-analytics': 'Data analytics ڈیٹا اینالیٹکس data analytics data ka tajzia ڈیٹا کا تجزیہ',
    'ai-ml': 'AI / machine learning مصنوعی ذہانت (اے آئی) masnooi zehanat AI مصنوعی ذہانت اے آئی',
    'virtual-assistant': 'Virtual assistant ورچوئل اسسٹنٹ virtual assistant VA ذاتی معاون',
    'bookkeeping': 'Bookkeeping (QuickBooks) بک کیپنگ bookkeeping hisab kitab حساب کتاب',
  },
  categories: {
    'writing': 'Writing رائٹنگ تحریر لکھائی',
    'virtual-assistance': 'Virtual assistance ورچوئل اسسٹنس ذاتی معاونت',
    'teaching': 'Teaching & tutoring تدریس ٹیوشن پڑھانا',
  },
} as const;
const POSTINGS = [
  { table: 'gig_postings', owner: 'gig_id', parent: 'gigs' },
  { table: 'job_postings', owner: 'job_id', parent: 'jobs' },
  { table: 'freelancer_postings', owner: 'user_id', parent: 'users' },
] as const;

// What each document is made of, over a row alias (NEW in the triggers, d in the one-pass rebuild).
const col = (row: string, c: string) => sql.raw(`${row}.${c}`);
const DOCUMENTS = {
  gigs: {
    title: (r: string) => col(r, 'title'),
    names: (r: string) => sql`hunar_taxonomy_vector(${col(r, 'skills')}, ${col(r, 'category_slug')})`,
    body: (r: string) => col(r, 'description'),
    columns: sql`title, description, skills, category_slug`,
  },
  jobs: {
    title: (r: string) => col(r, 'title'),
    names: (r: string) => sql`hunar_taxonomy_vector(${col(r, 'skills')}, ${col(r, 'category_slug')})`,
    body: (r: string) => col(r, 'description'),
    columns: sql`title, description, skills, category_slug`,
  },
  profiles: {
    title: (r: string) => sql`coalesce(${col(r, 'headline')}, '')`,
    names: (r: string) => sql`hunar_taxonomy_vector(${col(r, 'skills')}, ${col(r, 'main_category')})`,
    body: (r: string) => sql`${col(r, 'bio_en')} || ' ' || ${col(r, 'bio_ur')}`,
    columns: sql`headline, bio_en, bio_ur, skills, main_category`,
  },
} as const;
const vector = (d: (typeof DOCUMENTS)[keyof typeof DOCUMENTS], r: string) =>
  sql`hunar_search_vector(${d.title(r)}, 'A') || ${d.names(r)} || hunar_search_vector(${d.body(r)}, 'C')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  if (URDU_FROM.length !== URDU_TO.length) throw new Error('0036: the Urdu letter table is uneven');
  let phonetic = sql`t`;
  for (const [pattern, to] of LATIN_RULES) phonetic = sql`regexp_replace(${phonetic}, ${sql.lit(pattern)}, ${sql.lit(to)}, 'g')`;
  // Urdu letters mapped, every other Arabic-script letter (vowel letters, ہ ھ ح ع ء) dropped, then
  // runs of one letter counted once (a pattern per letter: a back-reference costs PostgreSQL ~50 times more).
  let runs = sql`replace(regexp_replace(translate(${phonetic}, ${sql.lit(URDU_FROM)}, ${sql.lit(URDU_TO)}), '[\u0600-\u06FF]', '', 'g'), 'C', 'c')`;
  for (const letter of ALPHABET) runs = sql`regexp_replace(${runs}, ${sql.lit(`${letter}{2,}`)}, ${sql.lit(letter)}, 'g')`;
  await sql`
    CREATE FUNCTION hunar_phonetic(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT ${runs} $$`.execute(db);
  await sql`
    CREATE FUNCTION hunar_stems(t text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT coalesce(array_agg(DISTINCT s.lexeme ORDER BY s.lexeme), '{}')
      FROM unnest(to_tsvector('english'::regconfig, t || ' ' || coalesce(
        (SELECT string_agg(m[1] || ' ' || m[1] || 'e', ' ') FROM regexp_matches(t, '\\m([a-z]{3,})(?:er|or|ist)s?\\M', 'g') m), ''))) s
      WHERE s.lexeme ~ '^[a-z]'
    $$`.execute(db);
  // The lexemes are written as tsvector text with a position, so that setweight marks them too.
  await sql`
    CREATE FUNCTION hunar_search_vector(t text, w "char") RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT setweight(to_tsvector('simple'::regconfig, n) || (
        array_to_string(ARRAY(SELECT quote_literal('~' || s) || ':1' FROM unnest(hunar_stems(n)) s), ' ') || ' ' ||
        array_to_string(ARRAY(SELECT quote_literal('#' || k) || ':1' FROM unnest(string_to_array(hunar_phonetic(n), ' ')) k WHERE length(k) >= 3), ' ')
      )::tsvector, w)
      FROM hunar_normalize(t) n
    $$`.execute(db);

  // Every spelling of a skill's and a category's name, kept by syncReferenceData (src/taxonomy);
  // filled here from what the tables hold until the next start rewrites it.
  for (const table of ['skills', 'skill_categories']) {
    await sql`ALTER TABLE ${sql.table(table)} ADD COLUMN search_names text NOT NULL DEFAULT ''`.execute(db);
  }
  await sql`UPDATE skills SET search_names = concat_ws(' ', name_en, name_ur, array_to_string(roman_ur, ' '))`.execute(db);
  await sql`UPDATE skill_categories SET search_names = concat_ws(' ', name_en, name_ur)`.execute(db);
  // The other Urdu spellings src/taxonomy/data.ts listed when this was written (its urAlt), in the order
  // syncReferenceData writes them, so the first start after this migration rewrites no name and so
  // re-indexes no document (on the benchmark's data, a rewrite re-indexed tens of thousands one by one).
  for (const [table, names] of [['skills', URDU_ALTERNATIVES.skills], ['skill_categories', URDU_ALTERNATIVES.categories]] as const) {
    for (const [slug, searchNames] of Object.entries(names)) await sql`UPDATE ${sql.table(table)} SET search_names = ${searchNames} WHERE slug = ${slug}`.execute(db);
  }
  // Indexed once per skill, not once per document that carries it.
  for (const table of ['skills', 'skill_categories']) {
    await sql`ALTER TABLE ${sql.table(table)} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (hunar_search_vector(search_names, 'B')) STORED`.execute(db);
  }
  await sql`
    CREATE FUNCTION hunar_taxonomy_vector(skills text[], category text) RETURNS tsvector
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
      SELECT coalesce(string_agg(v::text, ' '), '')::tsvector FROM (
        SELECT s.search_vector AS v FROM skills s WHERE s.slug = ANY(skills)
        UNION ALL SELECT c.search_vector FROM skill_categories c WHERE c.slug = category) x
    $$`.execute(db);

  // Words of the documents become the vocabulary; stems and keys do not.
  await sql`
    CREATE OR REPLACE FUNCTION hunar_add_search_words(doc tsvector) RETURNS void
    LANGUAGE sql VOLATILE AS $$
      INSERT INTO search_words (word)
      SELECT w FROM unnest(tsvector_to_array(doc)) w WHERE length(w) <= 100 AND w !~ '^[~#]' ORDER BY w
      ON CONFLICT (word) DO NOTHING
    $$`.execute(db);

  for (const [table, d] of Object.entries(DOCUMENTS)) {
    await sql`ALTER TABLE ${sql.table(table)} ALTER COLUMN search_tsv DROP EXPRESSION`.execute(db);
    await sql`
      CREATE FUNCTION ${sql.raw(`hunar_${table}_document`)}() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_tsv := ${vector(d, 'NEW')};
        RETURN NEW;
      END $$`.execute(db);
    await sql`CREATE TRIGGER ${sql.raw(`${table}_search_document`)} BEFORE INSERT OR UPDATE OF ${d.columns} ON ${sql.table(table)} FOR EACH ROW EXECUTE FUNCTION ${sql.raw(`hunar_${table}_document`)}()`.execute(db);
  }

  // A skill or category renamed: its documents again (an update of their skills column rebuilds them).
  await sql`
    CREATE FUNCTION hunar_taxonomy_renamed() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_TABLE_NAME = 'skills' THEN
        UPDATE gigs SET skills = skills WHERE skills @> ARRAY[NEW.slug];
        UPDATE jobs SET skills = skills WHERE skills @> ARRAY[NEW.slug];
        UPDATE profiles SET skills = skills WHERE skills @> ARRAY[NEW.slug];
      ELSE
        UPDATE gigs SET skills = skills WHERE category_slug = NEW.slug;
        UPDATE jobs SET skills = skills WHERE category_slug = NEW.slug;
        UPDATE profiles SET skills = skills WHERE main_category = NEW.slug;
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  for (const table of ['skills', 'skill_categories']) {
    await sql`
      CREATE TRIGGER ${sql.raw(`${table}_renamed`)} AFTER UPDATE OF search_names ON ${sql.table(table)} FOR EACH ROW
      WHEN (OLD.search_names IS DISTINCT FROM NEW.search_names) EXECUTE FUNCTION hunar_taxonomy_renamed()`.execute(db);
  }

  await rebuildSearchDocuments(db);
}

/**
 * Every search document built again, in one pass each (with the row triggers off), then postings and
 * vocabulary from them: for this migration and for later ones that change how documents are built.
 */
export async function rebuildSearchDocuments(db: Kysely<unknown>): Promise<void> {
  for (const [table, d] of Object.entries(DOCUMENTS)) {
    await sql`ALTER TABLE ${sql.table(table)} DISABLE TRIGGER USER`.execute(db);
    await sql`UPDATE ${sql.table(table)} d SET search_tsv = ${vector(d, 'd')}`.execute(db);
    await sql`ALTER TABLE ${sql.table(table)} ENABLE TRIGGER USER`.execute(db);
  }
  // Keys and indexes off while the postings fill, built again once after (as 0020, 0023 and 0028 do):
  // on the benchmark's 200,000 documents, filling them with the indexes in place took over 15 minutes.
  await sql`DROP INDEX gig_postings_walk, gig_postings_price, gig_postings_city, job_postings_walk, freelancer_postings_walk, freelancer_postings_city`.execute(db);
  for (const { table, owner } of POSTINGS) {
    await sql`ALTER TABLE ${sql.table(table)} DROP CONSTRAINT ${sql.raw(`${table}_pkey`)}, DROP CONSTRAINT ${sql.raw(`${table}_${owner}_fkey`)}`.execute(db);
  }
  await sql`TRUNCATE gig_postings, job_postings, freelancer_postings`.execute(db);
  await sql`
    INSERT INTO gig_postings (term, at, gig_id, currency, price, city)
    SELECT DISTINCT t, g.published_at, g.id, g.currency, g.min_price_minor, g.seller_city
    FROM gigs g, unnest(hunar_search_terms(g.search_tsv, g.skills, g.category_slug)) t
    WHERE g.status = 'published' AND g.published_at IS NOT NULL`.execute(db);
  await sql`
    INSERT INTO job_postings (term, at, job_id)
    SELECT DISTINCT t, j.created_at, j.id FROM jobs j, unnest(hunar_search_terms(j.search_tsv, j.skills, j.category_slug)) t
    WHERE j.status = 'open' AND j.visibility = 'public'`.execute(db);
  await sql`
    INSERT INTO freelancer_postings (term, at, user_id, city)
    SELECT DISTINCT t, u.created_at, u.id, CASE WHEN p.show_city THEN p.city_slug END
    FROM users u JOIN profiles p ON p.user_id = u.id,
      unnest(hunar_search_terms(p.search_tsv || to_tsvector('simple', hunar_normalize(u.display_name)), p.skills, p.main_category)) t
    WHERE u.is_freelancer`.execute(db);
  await sql`
    INSERT INTO search_words (word)
    SELECT DISTINCT w FROM (
      SELECT unnest(tsvector_to_array(search_tsv)) FROM gigs
      UNION ALL SELECT unnest(tsvector_to_array(search_tsv)) FROM jobs
      UNION ALL SELECT unnest(tsvector_to_array(search_tsv)) FROM profiles
    ) words(w)
    WHERE length(w) <= 100 AND w !~ '^[~#]'
    ON CONFLICT (word) DO NOTHING`.execute(db);
  for (const { table, owner, parent } of POSTINGS) {
    await sql`ALTER TABLE ${sql.table(table)} ADD PRIMARY KEY (${sql.ref(owner)}, term)`.execute(db);
    await sql`ALTER TABLE ${sql.table(table)} ADD FOREIGN KEY (${sql.ref(owner)}) REFERENCES ${sql.table(parent)} (id) ON DELETE CASCADE`.execute(db);
    await sql`CREATE INDEX ${sql.raw(`${table}_walk`)} ON ${sql.table(table)} (term, at DESC, ${sql.ref(owner)} DESC)`.execute(db);
  }
  await sql`CREATE INDEX gig_postings_price ON gig_postings (term, currency, price, gig_id) WHERE price IS NOT NULL`.execute(db);
  await sql`CREATE INDEX gig_postings_city ON gig_postings (term, city, at DESC, gig_id DESC) WHERE city IS NOT NULL`.execute(db);
  await sql`CREATE INDEX freelancer_postings_city ON freelancer_postings (term, city, at DESC, user_id DESC) WHERE city IS NOT NULL`.execute(db);
  await sql`ANALYZE gig_postings, job_postings, freelancer_postings, search_words`.execute(db);
}
