// The "certified in" search filter (docs/decisions/0060) reads the people holding a valid or verified
// certificate in one skill: an index on exactly those rows.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX credentials_certified ON credentials (skill_slug, user_id) WHERE status IN ('valid', 'verified')`.execute(db);
}
