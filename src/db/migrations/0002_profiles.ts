// Public profiles: a handle for every user (/u/<handle>), the freelancer and client profile
// columns, and portfolio items (title, description, optional link; images come later).
//
// Existing users get a handle from their e-mail's local part, made safe (lower case, only a-z 0-9 _ -,
// 3 to 24 characters) plus a short suffix when that is taken; earlier accounts keep the plain form.
// New accounts get one the same way from a trigger, so every place that inserts users (sign-up,
// seed, admin-create) needs no change. src/profiles/migration.int.test.ts loads rows in the old
// shape and checks the backfill.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE users ADD COLUMN handle citext`.execute(db);
  // citext's ~ ignores case, so the shape is checked on the text value.
  await sql`ALTER TABLE users ADD CONSTRAINT users_handle_shape CHECK (handle::text ~ '^[a-z0-9_-]{3,30}$')`.execute(db);
  await sql`CREATE UNIQUE INDEX users_handle ON users (handle)`.execute(db);

  await sql`
    CREATE FUNCTION hunar_free_handle(address text) RETURNS text
    LANGUAGE plpgsql VOLATILE AS $$
    DECLARE
      base text := left(regexp_replace(lower(split_part(address, '@', 1)), '[^a-z0-9_-]+', '', 'g'), 24);
      candidate text;
      tries integer := 0;
    BEGIN
      base := trim(both '-_' from base);
      IF length(base) < 3 THEN base := left('user' || base, 24); END IF;
      candidate := base;
      -- The reserved words of src/profiles/domain.ts (RESERVED_HANDLES), as this migration found them.
      WHILE candidate = ANY (ARRAY['admin', 'administrator', 'api', 'edit', 'help', 'hunar', 'me', 'moderator', 'new', 'profile', 'root', 'settings', 'staff', 'support', 'system'])
         OR EXISTS (SELECT 1 FROM users WHERE handle = candidate) LOOP
        tries := tries + 1;
        IF tries > 50 THEN RAISE EXCEPTION 'no free handle for %', base; END IF;
        candidate := base || '-' || substr(md5(random()::text || clock_timestamp()::text), 1, 4);
      END LOOP;
      RETURN candidate;
    END $$`.execute(db);

  // Oldest accounts first, one UPDATE per row, so each sees the handles given before it.
  await sql`
    DO $$
    DECLARE r record;
    BEGIN
      FOR r IN SELECT id, email FROM users WHERE handle IS NULL ORDER BY created_at, id LOOP
        UPDATE users SET handle = hunar_free_handle(r.email) WHERE id = r.id;
      END LOOP;
    END $$`.execute(db);
  await sql`ALTER TABLE users ALTER COLUMN handle SET NOT NULL`.execute(db);

  await sql`
    CREATE FUNCTION hunar_assign_handle() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      NEW.handle := hunar_free_handle(NEW.email);
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER users_assign_handle BEFORE INSERT ON users FOR EACH ROW WHEN (NEW.handle IS NULL) EXECUTE FUNCTION hunar_assign_handle()`.execute(db);

  await sql`
    ALTER TABLE profiles
      ADD COLUMN bio_en text NOT NULL DEFAULT '' CHECK (char_length(bio_en) <= 5000),
      ADD COLUMN bio_ur text NOT NULL DEFAULT '' CHECK (char_length(bio_ur) <= 5000),
      ADD COLUMN hourly_rate_minor bigint CHECK (hourly_rate_minor >= 0),
      ADD COLUMN hourly_rate_currency text CHECK (hourly_rate_currency IN ('PKR', 'USD')),
      ADD COLUMN availability text NOT NULL DEFAULT 'available' CHECK (availability IN ('available', 'limited', 'unavailable')),
      ADD COLUMN company_name text NOT NULL DEFAULT '' CHECK (char_length(company_name) <= 120),
      ADD COLUMN about text NOT NULL DEFAULT '' CHECK (char_length(about) <= 5000),
      ADD COLUMN education text NOT NULL DEFAULT '' CHECK (char_length(education) <= 2000),
      ADD COLUMN certificates text NOT NULL DEFAULT '' CHECK (char_length(certificates) <= 2000),
      ADD COLUMN skills text[] NOT NULL DEFAULT '{}' CHECK (cardinality(skills) <= 15),
      ADD CONSTRAINT profiles_rate_whole CHECK ((hourly_rate_minor IS NULL) = (hourly_rate_currency IS NULL)),
      ADD CONSTRAINT profiles_headline_length CHECK (char_length(headline) <= 120)`.execute(db);
  // Search by skill comes later (issue 4, search); the index is ready for it.
  await sql`CREATE INDEX profiles_skills ON profiles USING gin (skills)`.execute(db);

  await sql`
    CREATE TABLE portfolio_items (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 120),
      description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 2000),
      link text CHECK (link IS NULL OR (char_length(link) <= 500 AND link ~* '^https?://')),
      position integer NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX portfolio_items_user ON portfolio_items (user_id, position)`.execute(db);
}
