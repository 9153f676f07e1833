// Kysely's view of the legal help desk (src/db/migrations/0064_legal.ts); part of Database in src/db/schema.ts.
import type { ColumnType, Generated } from 'kysely';
import type { FaqCategory, QuestionCategory, QuestionStatus } from './domain.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface LegalQuestionsTable {
  id: Generated<string>;
  asker_id: string;
  category: QuestionCategory;
  title: string;
  body: string;
  order_id: string | null;
  status: ColumnType<QuestionStatus, QuestionStatus | undefined, QuestionStatus>;
  advisor_id: string | null;
  publish_consent: ColumnType<boolean, boolean | undefined, boolean>;
  consent_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  answered_at: Timestamp | null;
  closed_at: Timestamp | null;
}

export interface LegalMessagesTable {
  id: Generated<string>;
  question_id: string;
  author_id: string;
  side: 'asker' | 'advisor';
  body: string;
  created_at: Timestamp;
}

export interface LegalFaqTable {
  id: Generated<string>;
  question_id: string | null;
  category: FaqCategory;
  language: 'en' | 'ur';
  title: string;
  question: string;
  answer: string;
  published_by: string;
  published_at: Timestamp;
  withdrawn_at: Timestamp | null;
}

export interface LegalTables {
  legal_questions: LegalQuestionsTable;
  legal_messages: LegalMessagesTable;
  legal_faq: LegalFaqTable;
}
