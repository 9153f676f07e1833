// What the home page shows: the popular skill categories and the newest gigs. Read-only and the
// same for every visitor, so the page is cached for a few seconds (src/platform/page-cache.ts).
import { sql } from 'kysely';
import type { Executor } from '../db/pool.ts';
import { firstImageKeySql, type GigCardImage, gigCardImage } from '../media/service.ts';
import { type Currency, type Money, money } from '../platform/money.ts';
import { listCategories } from '../taxonomy/service.ts';

export interface HomeCategory {
  slug: string;
  en: string;
  ur: string;
  gigs: number;
}

export interface HomeGig {
  slug: string;
  title: string;
  sellerName: string;
  /** The cheapest package. */
  from: Money | null;
  /** The first image, at the card size. */
  image: GigCardImage | null;
}

export interface HomeData {
  categories: HomeCategory[];
  newGigs: HomeGig[];
}

export const NEW_GIGS = 8;

export async function getHomeData(db: Executor): Promise<HomeData> {
  const [categories, counts, gigs] = await Promise.all([
    listCategories(db),
    db.selectFrom('gigs').select(['category_slug', sql<string>`count(*)`.as('n')]).where('status', '=', 'published').groupBy('category_slug').execute(),
    newestGigs(db, NEW_GIGS),
  ]);
  const count = new Map(counts.map((r) => [r.category_slug, Number(r.n)]));
  return {
    // Every category, the busiest first; the taxonomy's own order breaks ties (and orders an empty site).
    categories: categories
      .map((c) => ({ slug: c.slug, en: c.en, ur: c.ur, gigs: count.get(c.slug) ?? 0 }))
      .sort((a, b) => b.gigs - a.gigs),
    newGigs: gigs,
  };
}

/** The newest published gigs, as cards (the home page; a search that finds nothing shows a few too). */
export async function newestGigs(db: Executor, limit: number): Promise<HomeGig[]> {
  const gigs = await db
    .selectFrom('gigs')
    .innerJoin('users', 'users.id', 'gigs.seller_id')
    .select([
      'gigs.slug',
      'gigs.title',
      'gigs.currency',
      'users.display_name',
      sql<string | null>`(SELECT min(p.price_minor) FROM gig_packages p WHERE p.gig_id = gigs.id)`.as('from_minor'),
      firstImageKeySql(sql`gigs.id`).as('image_key'),
    ])
    .where('gigs.status', '=', 'published')
    .orderBy('gigs.published_at', 'desc')
    .limit(limit)
    .execute();
  return gigs.map((g) => ({
    slug: g.slug,
    title: g.title,
    sellerName: g.display_name,
    from: g.from_minor === null ? null : money(BigInt(g.from_minor), g.currency as Currency),
    image: gigCardImage(g.image_key),
  }));
}
