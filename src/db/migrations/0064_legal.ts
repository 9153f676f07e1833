// The legal help desk (issue 21, src/legal; docs/decisions/0067-legal-help-desk.md):
//
// - legal_questions: a private question from a freelancer, in one of five categories, optionally
//   about one of their own orders (the advisor who takes it then sees that order's record). Its
//   advisor is whoever answers first; from then on only the asker and that advisor (and admins,
//   who may do what every role may) can read it. publish_consent is the asker's yes to an
//   anonymised answer in the public FAQ (never offered for harassment questions).
// - legal_messages: the answers and follow-ups, in order.
// - legal_faq: the anonymised question and answer an advisor published with the asker's consent;
//   withdrawn (kept, not shown) when the asker takes the consent back.
// - receipts.document gains the three contract templates, printed through the receipts pipeline;
//   'course_certificate' is in the list too, because another branch adds it.
import { type Kysely, sql } from 'kysely';
import { up as rewriteChecks } from './0026_check_constant_arrays.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE legal_questions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      asker_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      category text NOT NULL CHECK (category IN ('contracts', 'unpaid_work', 'tax', 'intellectual_property', 'harassment')),
      title text NOT NULL CHECK (char_length(title) BETWEEN 5 AND 140),
      body text NOT NULL CHECK (char_length(body) BETWEEN 20 AND 5000),
      order_id uuid REFERENCES orders(id) ON DELETE SET NULL,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'follow_up', 'closed')),
      advisor_id uuid REFERENCES users(id),
      publish_consent boolean NOT NULL DEFAULT false,
      consent_at timestamptz,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      answered_at timestamptz,
      closed_at timestamptz,
      CHECK (NOT publish_consent OR category <> 'harassment'),
      CHECK (status = 'open' OR status = 'closed' OR advisor_id IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX legal_questions_asker ON legal_questions (asker_id, created_at DESC)`.execute(db);
  await sql`CREATE INDEX legal_questions_queue ON legal_questions (created_at) WHERE status IN ('open', 'follow_up')`.execute(db);
  await sql`CREATE INDEX legal_questions_advisor ON legal_questions (advisor_id, updated_at DESC) WHERE advisor_id IS NOT NULL`.execute(db);

  await sql`
    CREATE TABLE legal_messages (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      question_id uuid NOT NULL REFERENCES legal_questions(id) ON DELETE CASCADE,
      author_id uuid NOT NULL REFERENCES users(id),
      side text NOT NULL CHECK (side IN ('asker', 'advisor')),
      body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 8000),
      created_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX legal_messages_question ON legal_messages (question_id, id)`.execute(db);

  await sql`
    CREATE TABLE legal_faq (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      question_id uuid UNIQUE REFERENCES legal_questions(id) ON DELETE SET NULL,
      category text NOT NULL CHECK (category IN ('contracts', 'unpaid_work', 'tax', 'intellectual_property')),
      language text NOT NULL CHECK (language IN ('en', 'ur')),
      title text NOT NULL CHECK (char_length(title) BETWEEN 5 AND 140),
      question text NOT NULL CHECK (char_length(question) BETWEEN 20 AND 5000),
      answer text NOT NULL CHECK (char_length(answer) BETWEEN 20 AND 8000),
      published_by uuid NOT NULL REFERENCES users(id),
      published_at timestamptz NOT NULL,
      withdrawn_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX legal_faq_published ON legal_faq (category, published_at DESC) WHERE withdrawn_at IS NULL`.execute(db);

  await sql`ALTER TABLE receipts DROP CONSTRAINT receipts_document_check, ADD CONSTRAINT receipts_document_check CHECK (document IN ('order_client', 'order_freelancer', 'payout', 'year_statement', 'course_certificate', 'legal_service_agreement', 'legal_nda', 'legal_work_for_hire'))`.execute(
    db,
  );
  await rewriteChecks(db);
}
