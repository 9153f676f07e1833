// Certificates print through the receipts pipeline (issue 20): a course certificate's PDF is a
// receipts row of its own document, 'course_certificate', per certificate, language and version.
import { type Kysely, sql } from 'kysely';
import { up as rewriteChecks } from './0026_check_constant_arrays.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE receipts DROP CONSTRAINT receipts_document_check, ADD CONSTRAINT receipts_document_check CHECK (document IN ('order_client', 'order_freelancer', 'payout', 'year_statement', 'course_certificate'))`.execute(db);
  await rewriteChecks(db);
}
