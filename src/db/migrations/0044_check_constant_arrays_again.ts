// The checks issue 18's migrations added (0039 conversations and media's message attachments, 0042
// reviews and seller levels, 0043 disputes and delivery files) listed their values with IN (…),
// which PostgreSQL stores as ARRAY[…] and prepares again on every write. They are rewritten as one
// constant array each, as 0026 did for the schema before them (docs/decisions/0031); the rules
// stay the same. src/db/schema.int.test.ts fails on any CHECK that still builds an ARRAY[…].
import type { Kysely } from 'kysely';
import { up as rewriteChecks } from './0026_check_constant_arrays.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await rewriteChecks(db);
}
