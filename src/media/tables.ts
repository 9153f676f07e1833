// Kysely's view of the media tables (see src/db/migrations/0008_media.ts); part of Database in src/db/schema.ts.
import type { ColumnType, Generated } from 'kysely';
import type { Purpose } from './domain.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface MediaTable {
  id: Generated<string>;
  /** The random public key in /media/<key>/... URLs. */
  key: string;
  owner_id: string;
  purpose: Purpose;
  gig_id: string | null;
  portfolio_item_id: string | null;
  job_id: string | null;
  /** A message attachment's message (0039). */
  message_id: ColumnType<string | null, string | number | bigint | null | undefined, string | number | bigint | null>;
  /** A delivery's file (purpose delivery_file) and a dispute statement's evidence (dispute_evidence), migration 0043. */
  order_event_id: ColumnType<string | null, string | bigint | null | undefined, string | bigint | null>;
  dispute_statement_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** A project submission's file (purpose project_file), migration 0052 (src/assessments). */
  project_submission_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** An outside certificate's proof (purpose credential_proof), migration 0053 (src/credentials). */
  credential_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** A lesson's picture (lesson_image) or file to download (lesson_file), migration 0058 (src/academy). */
  lesson_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** A co-working listing's photo (space_photo), migration 0070 (src/spaces). */
  space_id: ColumnType<string | null, string | null | undefined, string | null>;
  position: Generated<number>;
  /** Of what is served: image/webp for images, the sniffed type for attachments. */
  content_type: string;
  /** Attachments only: the cleaned name they download as. */
  file_name: string | null;
  /** Of the stored file (the display size for images). */
  bytes: number;
  width: number | null;
  height: number | null;
  thumb_width: number | null;
  thumb_height: number | null;
  created_at: Timestamp;
}

export interface MediaTrashTable {
  key: string;
  purpose: string;
  deleted_at: Generated<Date>;
}

export interface MediaTables {
  media: MediaTable;
  media_trash: MediaTrashTable;
}
