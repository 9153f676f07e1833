// Uploaded files (docs/decisions/0022): one row per upload in `media`, pointing at what it belongs to
// through a foreign key of its own kind (gig_id, portfolio_item_id or job_id; a profile photo
// belongs to its owner), so deleting a gig, a portfolio item, a job or an account removes its rows.
// A trigger copies every deleted row's key into media_trash, cascades included; the media.purge
// job then removes the files from storage, so no code path can forget them.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE media (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      key text NOT NULL UNIQUE CHECK (key ~ '^[A-Za-z0-9_-]{22}$'),
      owner_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      purpose text NOT NULL CHECK (purpose IN ('gig_image', 'portfolio_image', 'profile_photo', 'job_attachment')),
      gig_id uuid REFERENCES gigs(id) ON DELETE CASCADE,
      portfolio_item_id uuid REFERENCES portfolio_items(id) ON DELETE CASCADE,
      job_id uuid REFERENCES jobs(id) ON DELETE CASCADE,
      position integer NOT NULL DEFAULT 0,
      content_type text NOT NULL,
      file_name text,
      bytes integer NOT NULL CHECK (bytes > 0),
      width integer,
      height integer,
      thumb_width integer,
      thumb_height integer,
      created_at timestamptz NOT NULL,
      CHECK (
        (purpose = 'gig_image' AND gig_id IS NOT NULL AND portfolio_item_id IS NULL AND job_id IS NULL)
        OR (purpose = 'portfolio_image' AND portfolio_item_id IS NOT NULL AND gig_id IS NULL AND job_id IS NULL)
        OR (purpose = 'profile_photo' AND gig_id IS NULL AND portfolio_item_id IS NULL AND job_id IS NULL)
        OR (purpose = 'job_attachment' AND job_id IS NOT NULL AND gig_id IS NULL AND portfolio_item_id IS NULL AND file_name IS NOT NULL)
      ),
      CHECK ((purpose = 'job_attachment') = (width IS NULL))
    )`.execute(db);
  await sql`CREATE INDEX media_gig ON media (gig_id, position) WHERE gig_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX media_portfolio_item ON media (portfolio_item_id, position) WHERE portfolio_item_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX media_job ON media (job_id, position) WHERE job_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX media_owner ON media (owner_id)`.execute(db);
  // One photo per person.
  await sql`CREATE UNIQUE INDEX media_one_photo ON media (owner_id) WHERE purpose = 'profile_photo'`.execute(db);

  await sql`
    CREATE TABLE media_trash (
      key text PRIMARY KEY,
      purpose text NOT NULL,
      deleted_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE FUNCTION media_to_trash() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO media_trash (key, purpose) VALUES (OLD.key, OLD.purpose) ON CONFLICT (key) DO NOTHING;
      RETURN OLD;
    END $$`.execute(db);
  await sql`CREATE TRIGGER media_to_trash AFTER DELETE ON media FOR EACH ROW EXECUTE FUNCTION media_to_trash()`.execute(db);
}
