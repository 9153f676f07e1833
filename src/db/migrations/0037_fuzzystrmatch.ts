// Edit distance for spelling correction (issue 17; src/search/vocabulary.ts): among the known words
// nearest an unknown one by trigrams, the fewest letters away win, so "shopfy" stands for "shopify"
// and not also for "shop", which trigrams find as near.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`.execute(db);
}
