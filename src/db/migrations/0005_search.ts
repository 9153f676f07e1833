// Search indexes for gigs and freelancers (issue 4). Index upkeep is automatic: the documents are
// STORED generated columns built by hunar_normalize(), the SQL twin of normalizeForSearch in
// src/search/normalize.ts (search.int.test.ts checks that both agree), so no service has to
// remember to re-index. Jobs get the same two columns in a later migration.
//
// Freelancers: the display name lives in users and the rest in profiles. Rather than a trigger
// copying across tables, profiles gets a generated document from its own columns and users an
// expression index on hunar_normalize(display_name): no trigger to keep in step, and each index
// is updated by the row that owns the text.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Steps, in the order normalizeForSearch takes them: ZWSP/ZWNJ → space; other format characters
  // dropped; NFKC; lower case; Arabic-keyboard letters → Urdu letters and Urdu/Arabic-Indic digits
  // → 0–9; Latin accents dropped (NFD, strip U+0300–036F, NFC); Arabic marks and tatweel dropped;
  // anything not a letter or digit → one space; trimmed.
  await sql`
    CREATE FUNCTION hunar_normalize(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
      SELECT btrim(regexp_replace(
        regexp_replace(
          normalize(regexp_replace(normalize(
            translate(lower(normalize(
              regexp_replace(regexp_replace(t, '[\\u200B\\u200C]', ' ', 'g'),
                '[\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u180E\\u200D-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF\\uFFF9-\\uFFFB]', '', 'g'),
              NFKC)),
              'يىكهةۃۂۀەأإٱ۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩',
              'ییکہہہہہہااا01234567890123456789'),
            NFD), '[\\u0300-\\u036F]', '', 'g'), NFC),
          '[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u08D3-\\u08FF\\u0640]', '', 'g'),
        '[^[:alnum:]]+', ' ', 'g'))
    $$`.execute(db);

  await sql`
    ALTER TABLE gigs
      ADD COLUMN search_doc text GENERATED ALWAYS AS (hunar_normalize(title || ' ' || description)) STORED,
      ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, hunar_normalize(title || ' ' || description))) STORED`.execute(db);
  await sql`CREATE INDEX gigs_search_trgm ON gigs USING gin (search_doc gin_trgm_ops) WHERE status = 'published'`.execute(db);
  await sql`CREATE INDEX gigs_search_tsv ON gigs USING gin (search_tsv) WHERE status = 'published'`.execute(db);
  await sql`CREATE INDEX gigs_search_skills ON gigs USING gin (skills) WHERE status = 'published'`.execute(db);
  await sql`CREATE INDEX gigs_search_category ON gigs (category_slug, published_at DESC)`.execute(db);

  await sql`
    ALTER TABLE profiles
      ADD COLUMN search_doc text GENERATED ALWAYS AS (hunar_normalize(coalesce(headline, '') || ' ' || bio_en || ' ' || bio_ur)) STORED,
      ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, hunar_normalize(coalesce(headline, '') || ' ' || bio_en || ' ' || bio_ur))) STORED`.execute(db);
  await sql`CREATE INDEX profiles_search_trgm ON profiles USING gin (search_doc gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX profiles_search_tsv ON profiles USING gin (search_tsv)`.execute(db);
  await sql`CREATE INDEX users_name_search ON users USING gin (hunar_normalize(display_name) gin_trgm_ops) WHERE is_freelancer`.execute(db);
}
