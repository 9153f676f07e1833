// Readable gig addresses (issue 16; docs/decisions/0038): a gig's slug comes from its title, Urdu
// transliterated (src/gigs/slug.ts), numbered on a clash, instead of "<words>-<random code>" (an Urdu
// title gave only "gig-k3x9qa"). This migration keeps every gig's former slugs in gig_slug_history,
// so /g/<old> answers 301 to the new address, and rewrites the slug of every existing gig, oldest
// first (the first gig with a title keeps the plain slug). Every old slug stays taken, so no gig's
// new address is another gig's old one.
import { type Kysely, sql } from 'kysely';
import { firstFreeSlug, slugFor } from '../../gigs/slug.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE gig_slug_history (
      slug text PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
      gig_id uuid NOT NULL REFERENCES gigs(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX gig_slug_history_gig ON gig_slug_history (gig_id)`.execute(db);

  const gigs: { id: string; slug: string; title: string }[] = await db.selectFrom('gigs').select(['id', 'slug', 'title']).orderBy('created_at').orderBy('id').execute();
  const taken = new Set(gigs.map((g) => g.slug));
  const moves: { id: string; from: string; to: string }[] = [];
  for (const g of gigs) {
    const base = slugFor(g.title);
    // A gig that already has its title's slug keeps it.
    if (g.slug === base) continue;
    const to = firstFreeSlug(base, taken);
    taken.add(to);
    moves.push({ id: g.id, from: g.slug, to });
  }
  // In chunks, so a site with many gigs (the benchmark's 100k) is rewritten in seconds.
  for (let i = 0; i < moves.length; i += 1000) {
    const chunk = moves.slice(i, i + 1000);
    const ids = chunk.map((m) => m.id);
    const from = chunk.map((m) => m.from);
    const to = chunk.map((m) => m.to);
    await sql`INSERT INTO gig_slug_history (slug, gig_id) SELECT * FROM unnest(${from}::text[], ${ids}::uuid[])`.execute(db);
    await sql`UPDATE gigs SET slug = m.slug FROM unnest(${ids}::uuid[], ${to}::text[]) AS m(id, slug) WHERE gigs.id = m.id`.execute(db);
  }
}
