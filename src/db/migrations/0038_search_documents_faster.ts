// The search documents of 0036, built for a third of the cost (issue 17). Same lexemes, so nothing is
// re-indexed: the phonetic key's English spellings become plain replace() calls and one translate()
// (regular expressions cost PostgreSQL a few microseconds each, a back-reference fifty times that),
// and the stems and keys are written into the tsvector text with replace() instead of one
// quote_literal() per word. On the demo descriptions (about 320 characters) a document's part went
// from about 0.72 ms to about 0.45 ms (the normaliser itself takes 0.14). The rules are those of src/search/phonetic.ts as they stood
// (a migration never changes; search.int.test.ts compares both twins on every demo word).
import { type Kysely, sql } from 'kysely';

const LATIN_SPELLINGS: readonly (readonly [string, string])[] = [
  ['tion', 'sn'],
  ['sion', 'sn'],
  ['ign', 'in'],
  ['ph', 'f'],
  ['ch', 'C'],
  ['ck', 'k'],
  ['x', 'ks'],
  ['ce', 'se'],
  ['ci', 'si'],
  ['cy', 'sy'],
  ['ge', 'je'],
  ['gi', 'ji'],
  ['gy', 'jy'],
];
// translate(): the first letters map one to one, the rest (vowels, h w v y) are dropped.
const FROM = 'cqzبپتٹطثسصشزذضظژجچخکقگغدڈرڑفلمنںaeiouyhwv';
const TO = 'kksbptttsssssssssjCkkkggddrrflmnn';
const ALPHABET = 'bcdfgjklmnprst';

export async function up(db: Kysely<unknown>): Promise<void> {
  let key = sql`t`;
  for (const [from, to] of LATIN_SPELLINGS) key = sql`replace(${key}, ${sql.lit(from)}, ${sql.lit(to)})`;
  key = sql`replace(regexp_replace(translate(${key}, ${sql.lit(FROM)}, ${sql.lit(TO)}), '[\u0600-\u06FF]', '', 'g'), 'C', 'c')`;
  for (const letter of ALPHABET) key = sql`regexp_replace(${key}, ${sql.lit(`${letter}{2,}`)}, ${sql.lit(letter)}, 'g')`;
  await sql`CREATE OR REPLACE FUNCTION hunar_phonetic(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT ${key} $$`.execute(db);
  // Keys shorter than three letters are dropped before the text is written out (src/search/phonetic.ts PHONETIC_MIN).
  await sql`
    CREATE OR REPLACE FUNCTION hunar_search_vector(t text, w "char") RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT setweight(to_tsvector('simple'::regconfig, n)
        || CASE WHEN cardinality(s) = 0 THEN ''::tsvector ELSE ('''~' || array_to_string(s, ''':1 ''~') || ''':1')::tsvector END
        || CASE WHEN k = '' THEN ''::tsvector ELSE ('''#' || replace(k, ' ', ''':1 ''#') || ''':1')::tsvector END, w)
      FROM hunar_normalize(t) n,
        hunar_stems(n) s,
        btrim(regexp_replace(regexp_replace(hunar_phonetic(n), '(^| )[^ ]{1,2}(?= |$)', ' ', 'g'), ' {2,}', ' ', 'g')) k
    $$`.execute(db);
}
