// 0033 gives existing gigs addresses from their titles: this loads gigs in the shape the migrations
// before it left them (random slugs, an Urdu title's "gig-<code>", a demo "demo-<name>"), applies
// 0033, and checks the new slugs and that every old one is kept for the redirect.
import { type Kysely, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDatabase, migrationsWhere } from '../../test/support.ts';

// The schema changes half-way through this test, so the database is untyped.
let db: Kysely<any>;
let drop: () => Promise<void>;
const only = migrationsWhere;

beforeAll(async () => {
  ({ db, drop } = await emptyDatabase());
}, 60_000);
afterAll(() => drop?.());

// Oldest first: [old slug, title].
const oldShape: [string, string][] = [
  ['i-will-design-your-logo-k3x9qa', 'I will design your logo'],
  ['gig-a1b2c3', 'لوگو ڈیزائن'],
  ['demo-ayesha', 'لوگو ڈیزائن'],
  ['i-will-design-your-logo-zz0000', 'I will design your logo'],
  ['urdu-typing', 'Urdu typing'],
  ['gig-q9w8e7', '۔۔۔'],
];

describe('migration 0033_gig_slugs on gigs with random slugs', () => {
  it('gives every gig its title’s slug, numbered on a clash, and keeps the old ones', async () => {
    const before = await new Migrator({ db, provider: only((k) => k < '0033') }).migrateToLatest();
    expect(before.error).toBeUndefined();
    const seller = await db.insertInto('users').values({ email: 'seller@example.pk', password_hash: 'x', display_name: 'Seller', is_freelancer: true }).returning('id').executeTakeFirstOrThrow();
    let t = Date.parse('2026-01-01T00:00:00Z');
    for (const [slug, title] of oldShape) {
      t += 60_000;
      await db.insertInto('gigs').values({ seller_id: seller.id, slug, title, description: '', currency: 'PKR', status: 'published', created_at: new Date(t), updated_at: new Date(t), published_at: new Date(t) }).execute();
    }

    const after = await new Migrator({ db, provider: only((k) => k <= '0033_gig_slugs') }).migrateToLatest();
    expect(after.error).toBeUndefined();
    expect(after.results?.map((r) => r.migrationName)).toContain('0033_gig_slugs');

    const gigs = await db.selectFrom('gigs').select(['id', 'slug', 'title']).orderBy('created_at').execute();
    expect(gigs.map((g) => g.slug)).toEqual(['i-will-design-your-logo', 'logo-design', 'logo-design-2', 'i-will-design-your-logo-2', 'urdu-typing', 'gig']);
    const history = await db.selectFrom('gig_slug_history').select(['slug', 'gig_id']).execute();
    const leadsTo = new Map(history.map((h) => [h.slug, gigs.find((g) => g.id === h.gig_id)?.slug]));
    expect(Object.fromEntries(leadsTo)).toEqual({
      'i-will-design-your-logo-k3x9qa': 'i-will-design-your-logo',
      'gig-a1b2c3': 'logo-design',
      'demo-ayesha': 'logo-design-2',
      'i-will-design-your-logo-zz0000': 'i-will-design-your-logo-2',
      'gig-q9w8e7': 'gig',
    });

    // A deleted gig takes its old addresses with it; a malformed old slug is refused.
    await db.deleteFrom('gigs').where('slug', '=', 'gig').execute();
    expect(await db.selectFrom('gig_slug_history').select('slug').where('slug', '=', 'gig-q9w8e7').execute()).toEqual([]);
    await expect(sql`INSERT INTO gig_slug_history (slug, gig_id) VALUES ('Not A Slug', ${gigs[0]!.id})`.execute(db)).rejects.toThrow(/check/);
  });
});
