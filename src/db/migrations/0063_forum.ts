// The forum (issue 21, docs/decisions/0066-forum.md).
//
// - forum_threads: a thread on one board: a public category (getting started, tax and payments,
//   skills, clients and contracts, women freelancers) or an association's private board (members
//   only; association_id). Exactly one of the two. Moderators pin, lock and hide threads (the
//   *_at columns say since when; who and why is in audit_events). search_tsv is the thread's search
//   document, written by the service whenever a post is added, hidden or shown again: the title
//   (weight A) and every visible post's text (weight C), through hunar_search_vector (0036/0038),
//   the same words, stems and phonetic keys as the marketplace's search.
// - forum_posts: the opening post and the replies, as written (Markdown source, either script).
//   A reply may quote one earlier post of the same thread (quote_post_id). Hidden posts stay, shown
//   as hidden; nothing is deleted.
// - forum_reports: a reader's report of a post (once per reader and post), resolved by a moderator
//   (the post hidden, or the report dismissed).
// Limits repeat the zod schemas' (src/forum/domain.ts) as a last guard.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE forum_threads (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      category text CHECK (category IN ('getting-started', 'tax-payments', 'skills', 'clients-contracts', 'women-freelancers')),
      association_id uuid REFERENCES associations(id) ON DELETE CASCADE,
      author_id uuid NOT NULL REFERENCES users(id),
      title text NOT NULL CHECK (char_length(title) BETWEEN 5 AND 150),
      pinned_at timestamptz,
      locked_at timestamptz,
      hidden_at timestamptz,
      reply_count integer NOT NULL DEFAULT 0 CHECK (reply_count >= 0),
      last_post_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL,
      search_tsv tsvector NOT NULL DEFAULT ''::tsvector,
      CHECK ((category IS NULL) <> (association_id IS NULL))
    )`.execute(db);
  await sql`CREATE INDEX forum_threads_category ON forum_threads (category, (pinned_at IS NOT NULL) DESC, last_post_at DESC) WHERE category IS NOT NULL`.execute(db);
  await sql`CREATE INDEX forum_threads_association ON forum_threads (association_id, (pinned_at IS NOT NULL) DESC, last_post_at DESC) WHERE association_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX forum_threads_search ON forum_threads USING gin (search_tsv)`.execute(db);

  await sql`
    CREATE TABLE forum_posts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      thread_id uuid NOT NULL REFERENCES forum_threads(id) ON DELETE CASCADE,
      author_id uuid NOT NULL REFERENCES users(id),
      body text NOT NULL CHECK (char_length(body) BETWEEN 2 AND 10000),
      is_opening boolean NOT NULL DEFAULT false,
      quote_post_id uuid REFERENCES forum_posts(id),
      hidden_at timestamptz,
      hidden_reason text CHECK (char_length(hidden_reason) <= 500),
      created_at timestamptz NOT NULL,
      CHECK (NOT (is_opening AND quote_post_id IS NOT NULL))
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX forum_posts_opening ON forum_posts (thread_id) WHERE is_opening`.execute(db);
  await sql`CREATE INDEX forum_posts_thread ON forum_posts (thread_id, created_at, id)`.execute(db);
  await sql`CREATE INDEX forum_posts_author ON forum_posts (author_id, created_at DESC)`.execute(db);

  await sql`
    CREATE TABLE forum_reports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      post_id uuid NOT NULL REFERENCES forum_posts(id) ON DELETE CASCADE,
      reporter_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      reason text NOT NULL CHECK (reason IN ('spam', 'abuse', 'harassment', 'off_topic', 'other')),
      note text NOT NULL DEFAULT '' CHECK (char_length(note) <= 500),
      created_at timestamptz NOT NULL,
      resolution text CHECK (resolution IN ('hidden', 'dismissed')),
      resolved_by uuid REFERENCES users(id),
      resolved_at timestamptz,
      UNIQUE (post_id, reporter_id),
      CHECK ((resolution IS NULL) = (resolved_at IS NULL))
    )`.execute(db);
  await sql`CREATE INDEX forum_reports_open ON forum_reports (created_at) WHERE resolution IS NULL`.execute(db);
}
