// Gigs (service listings) with one to three packages, FAQ and the questions a buyer answers when
// ordering. Deleting a gig removes its rows (ON DELETE CASCADE); the audit log keeps the record.
// One currency per gig is enforced here: packages point at (gig id, currency), so a package in
// another currency than its gig cannot exist.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE gigs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seller_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
      description text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
      category_slug text REFERENCES skill_categories(slug),
      skills text[] NOT NULL DEFAULT '{}' CHECK (cardinality(skills) <= 10),
      currency text NOT NULL DEFAULT 'PKR' CHECK (currency IN ('PKR', 'USD')),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'paused')),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      published_at timestamptz,
      UNIQUE (id, currency)
    )`.execute(db);
  await sql`CREATE INDEX gigs_seller ON gigs (seller_id, updated_at DESC)`.execute(db);
  await sql`CREATE INDEX gigs_published ON gigs (published_at DESC) WHERE status = 'published'`.execute(db);

  // A draft may hold a package that is not complete yet, so price and delivery may be empty;
  // publishing demands them (domain.ts canPublish).
  await sql`
    CREATE TABLE gig_packages (
      gig_id uuid NOT NULL,
      position smallint NOT NULL CHECK (position BETWEEN 1 AND 3),
      name text NOT NULL DEFAULT '' CHECK (length(name) <= 60),
      description text NOT NULL DEFAULT '' CHECK (length(description) <= 500),
      price_minor bigint CHECK (price_minor > 0 AND price_minor <= 10000000000),
      currency text NOT NULL CHECK (currency IN ('PKR', 'USD')),
      delivery_days smallint CHECK (delivery_days BETWEEN 1 AND 90),
      revisions smallint NOT NULL DEFAULT 0 CHECK (revisions BETWEEN -1 AND 20),
      features text[] NOT NULL DEFAULT '{}' CHECK (cardinality(features) <= 10),
      PRIMARY KEY (gig_id, position),
      FOREIGN KEY (gig_id, currency) REFERENCES gigs (id, currency) ON DELETE CASCADE ON UPDATE CASCADE
    )`.execute(db);

  await sql`
    CREATE TABLE gig_faqs (
      gig_id uuid NOT NULL REFERENCES gigs(id) ON DELETE CASCADE,
      position smallint NOT NULL CHECK (position BETWEEN 1 AND 10),
      question text NOT NULL CHECK (length(question) BETWEEN 1 AND 200),
      answer text NOT NULL CHECK (length(answer) <= 1000),
      PRIMARY KEY (gig_id, position)
    )`.execute(db);

  await sql`
    CREATE TABLE gig_questions (
      gig_id uuid NOT NULL REFERENCES gigs(id) ON DELETE CASCADE,
      position smallint NOT NULL CHECK (position BETWEEN 1 AND 10),
      question text NOT NULL CHECK (length(question) BETWEEN 1 AND 300),
      required boolean NOT NULL DEFAULT true,
      PRIMARY KEY (gig_id, position)
    )`.execute(db);
}
