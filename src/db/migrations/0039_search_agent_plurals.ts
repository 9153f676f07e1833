// Agent nouns in the plural meet the skill too (issue 17): "designers", "editors", "translators" reduce
// to design, edit, translat as their singulars do (0036_search_documents.ts hunar_stems), so a query
// "painters" finds a gig that says "paints". Documents are built again with the new stems.
import { type Kysely, sql } from 'kysely';
import { rebuildSearchDocuments } from './0036_search_documents.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE OR REPLACE FUNCTION hunar_stems(t text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT coalesce(array_agg(DISTINCT s.lexeme ORDER BY s.lexeme), '{}')
      FROM unnest(to_tsvector('english'::regconfig, t || ' ' || coalesce(
        (SELECT string_agg(m[1] || ' ' || m[1] || 'e', ' ') FROM regexp_matches(t, '\\m([a-z]{3,})(?:er|or|ist)s?\\M', 'g') m), ''))) s
      WHERE s.lexeme ~ '^[a-z]'
    $$`.execute(db);
  // The skills' and categories' own vectors (generated columns) follow their names.
  await sql`UPDATE skills SET search_names = search_names`.execute(db);
  await sql`UPDATE skill_categories SET search_names = search_names`.execute(db);
  await rebuildSearchDocuments(db);
}
