// Accounts, sessions, tokens, rate limits, mail outbox, audit log, onboarding profile and the
// reference data (cities, skill taxonomy). Forward-only: later changes are new numbered files.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS citext`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS pgcrypto`.execute(db);

  await sql`
    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email citext NOT NULL UNIQUE,
      email_verified_at timestamptz,
      password_hash text NOT NULL,
      display_name text NOT NULL,
      phone text CHECK (phone IS NULL OR phone ~ '^\\+923[0-9]{9}$'),
      is_freelancer boolean NOT NULL DEFAULT false,
      is_client boolean NOT NULL DEFAULT false,
      is_admin boolean NOT NULL DEFAULT false,
      locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'ur')),
      onboarding_step text,
      onboarding_completed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE sessions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      token_hash text NOT NULL UNIQUE,
      user_agent text NOT NULL DEFAULT '',
      ip text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL,
      last_seen_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX sessions_user ON sessions (user_id) WHERE revoked_at IS NULL`.execute(db);

  await sql`
    CREATE TABLE email_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      purpose text NOT NULL CHECK (purpose IN ('verify_email', 'reset_password', 'change_email')),
      token_hash text NOT NULL UNIQUE,
      new_email citext,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )`.execute(db);

  await sql`
    CREATE TABLE access_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      name text NOT NULL,
      token_hash text NOT NULL UNIQUE,
      prefix text NOT NULL,
      created_at timestamptz NOT NULL,
      last_used_at timestamptz,
      revoked_at timestamptz
    )`.execute(db);

  await sql`
    CREATE TABLE rate_limits (
      key text NOT NULL,
      window_start timestamptz NOT NULL,
      count integer NOT NULL,
      PRIMARY KEY (key, window_start)
    )`.execute(db);

  await sql`
    CREATE TABLE mail_outbox (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      to_address text NOT NULL,
      subject text NOT NULL,
      text_body text NOT NULL,
      html_body text NOT NULL,
      locale text NOT NULL,
      created_at timestamptz NOT NULL,
      sent_at timestamptz,
      transport text NOT NULL DEFAULT 'outbox'
    )`.execute(db);

  await sql`
    CREATE TABLE audit_events (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
      kind text NOT NULL,
      subject_id uuid,
      data jsonb NOT NULL DEFAULT '{}',
      ip text,
      created_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX audit_events_subject ON audit_events (subject_id, created_at DESC)`.execute(db);

  await sql`
    CREATE TABLE cities (
      slug text PRIMARY KEY,
      name_en text NOT NULL,
      name_ur text NOT NULL,
      province text NOT NULL
    )`.execute(db);

  await sql`
    CREATE TABLE skill_categories (
      slug text PRIMARY KEY,
      name_en text NOT NULL,
      name_ur text NOT NULL,
      position integer NOT NULL
    )`.execute(db);

  await sql`
    CREATE TABLE skills (
      slug text PRIMARY KEY,
      category_slug text NOT NULL REFERENCES skill_categories(slug),
      name_en text NOT NULL,
      name_ur text NOT NULL,
      roman_ur text[] NOT NULL DEFAULT '{}'
    )`.execute(db);

  await sql`
    CREATE TABLE profiles (
      user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
      main_category text REFERENCES skill_categories(slug),
      city_slug text REFERENCES cities(slug),
      languages text[] NOT NULL DEFAULT '{}',
      payout_method text CHECK (payout_method IN ('bank', 'jazzcash', 'easypaisa', 'payoneer')),
      show_photo boolean NOT NULL DEFAULT false,
      show_city boolean NOT NULL DEFAULT true,
      client_needs text,
      headline text,
      country text NOT NULL DEFAULT 'PK',
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
}
