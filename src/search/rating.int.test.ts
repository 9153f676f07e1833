// Search by rating (issue 18): sort=rating (highest average first, then the most reviews) and
// min_rating=1..5 for gigs and freelancers, on the page and in GET /api/v1/search. The figures are the
// denormalised ones the reviews module keeps (users.rating_*, gigs.rating_*; src/reviews/standing.ts),
// written here directly as that module would leave them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, testPerson, visibleText } from '../../test/support.ts';
import { createGig, publishGig } from '../gigs/service.ts';
import type { Actor } from '../platform/actor.ts';
import { PAGE_SIZE, type SearchResult, search } from './service.ts';

let env: TestEnv;

async function gig(actor: Actor, title: string): Promise<string> {
  const { id } = await createGig(
    env.deps,
    actor,
    {
      title,
      description: 'Hand embroidery, made with care.',
      category_slug: 'design',
      skills: [],
      packages: [{ name: 'Basic', price: { amount: '150000', currency: 'PKR' }, delivery_days: 3, revisions: 1 }],
      faqs: [],
      questions: [],
    },
    1000,
  );
  await publishGig(env.deps, actor, id);
  return id;
}

const rate = (table: 'gigs' | 'users', id: string, sum: number, count: number) => env.deps.db.updateTable(table).set({ rating_sum: sum, rating_count: count }).where('id', '=', id).execute();
const find = (params: Record<string, string>) => search(env.deps, null, params);
const titles = (r: SearchResult) => r.items.map((i) => i.title);

let sana: Actor;
let omar: Actor;
let zara: Actor;

beforeAll(async () => {
  env = await testEnv();
  sana = await testPerson(env.deps, 'Sana Zardozi', { profile: { headline: 'Zardozi embroidery designs' } });
  omar = await testPerson(env.deps, 'Omar Zardozi', { profile: { headline: 'Zardozi embroidery patterns' } });
  zara = await testPerson(env.deps, 'Zara Zardozi', { profile: { headline: 'Zardozi embroidery for brides' } });
  // Five stars from one review; 4.9 from ten; 4.5 from two; none.
  await rate('gigs', await gig(sana, 'Zardozi embroidery: one perfect sample'), 5, 1);
  await rate('gigs', await gig(omar, 'Zardozi embroidery: bridal dupatta'), 49, 10);
  await rate('gigs', await gig(omar, 'Zardozi embroidery: cushion covers'), 9, 2);
  await gig(zara, 'Zardozi embroidery: brand new seller');
  await rate('users', sana.userId, 5, 1);
  await rate('users', omar.userId, 58, 12);
  await env.deps.db.updateTable('users').set({ seller_level: 'level_one' }).where('id', '=', omar.userId).execute();
});
afterAll(() => env.close());

describe('sorting by rating', () => {
  it('puts the highest average first, then the most reviews, and unrated gigs last', async () => {
    const r = await find({ q: 'zardozi', type: 'gig', sort: 'rating' });
    expect(r.params.sort).toBe('rating');
    expect(titles(r)).toEqual(['Zardozi embroidery: one perfect sample', 'Zardozi embroidery: bridal dupatta', 'Zardozi embroidery: cushion covers', 'Zardozi embroidery: brand new seller']);
    expect(r.items.map((i) => i.rating)).toEqual([
      { sum: 5, count: 1 },
      { sum: 49, count: 10 },
      { sum: 9, count: 2 },
      { sum: 0, count: 0 },
    ]);
    expect(r.items[1]!.level).toBe('level_one');
  });

  it('sorts freelancers by their own rating', async () => {
    const r = await find({ q: 'zardozi', type: 'freelancer', sort: 'rating' });
    expect(titles(r)).toEqual(['Sana Zardozi', 'Omar Zardozi', 'Zara Zardozi']);
  });

  it('pages through a rating sort with its cursor, each gig once', async () => {
    const seller = await testPerson(env.deps, 'Paging Seller');
    for (let i = 0; i < PAGE_SIZE + 3; i++) await rate('gigs', await gig(seller, `Phulkari shawl number ${i}`), 5 + (i % 11), 3);
    const first = await find({ q: 'phulkari', type: 'gig', sort: 'rating' });
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.nextCursor).not.toBeNull();
    const second = await find({ q: 'phulkari', type: 'gig', sort: 'rating', cursor: first.nextCursor! });
    const all = [...first.items, ...second.items];
    expect(all).toHaveLength(PAGE_SIZE + 3);
    expect(new Set(all.map((i) => i.id)).size).toBe(PAGE_SIZE + 3);
    const averages = all.map((i) => i.rating!.sum / i.rating!.count);
    expect(averages).toEqual([...averages].sort((a, b) => b - a));
    // Without words too: five stars from three reviews come before five stars from one.
    const none = await find({ type: 'gig', sort: 'rating' });
    expect(none.items.slice(0, 3).map((i) => i.rating)).toEqual([
      { sum: 15, count: 3 },
      { sum: 15, count: 3 },
      { sum: 5, count: 1 },
    ]);
  });

  it('falls back to the usual order for jobs, which have no rating', async () => {
    const r = await find({ type: 'job', sort: 'rating', min_rating: '4' });
    expect(r.params.sort).toBe('newest');
    expect(r.params.minRating).toBeNull();
  });
});

describe('filtering by minimum rating', () => {
  it('keeps gigs and freelancers whose average is at least the stars asked for, leaving out the unrated', async () => {
    expect(titles(await find({ q: 'zardozi', type: 'gig', min_rating: '5' }))).toEqual(['Zardozi embroidery: one perfect sample']);
    expect(new Set(titles(await find({ q: 'zardozi', type: 'gig', min_rating: '4' })))).toEqual(
      new Set(['Zardozi embroidery: one perfect sample', 'Zardozi embroidery: bridal dupatta', 'Zardozi embroidery: cushion covers']),
    );
    // 9 of 2 is exactly 4.5: it meets 4 and not 5.
    expect(titles(await find({ q: 'cushion', type: 'gig', min_rating: '4' }))).toEqual(['Zardozi embroidery: cushion covers']);
    expect(titles(await find({ q: 'cushion', type: 'gig', min_rating: '5' }))).toEqual([]);
    expect(titles(await find({ q: 'zardozi', type: 'freelancer', min_rating: '5', sort: 'rating' }))).toEqual(['Sana Zardozi']);
    expect(new Set(titles(await find({ q: 'zardozi', type: 'freelancer', min_rating: '4' })))).toEqual(new Set(['Sana Zardozi', 'Omar Zardozi']));
  });

  it('refuses a minimum outside 1..5 with a field message, on the page and in the API', async () => {
    const api = await new TestClient(env.app).get('/api/v1/search?q=zardozi&min_rating=6');
    expect(api.status).toBe(400);
    expect(((await api.json()) as { errors: Record<string, string> }).errors).toHaveProperty('min_rating');
    const page = await new TestClient(env.app, { 'accept-language': 'ur' }).get('/search?q=zardozi&min_rating=abc');
    expect(page.status).toBe(400);
    expect(visibleText(await page.text())).toContain('ریٹنگ');
  });
});

describe('the page and the API', () => {
  it('offers the sort and the filter, and shows each card’s rating, count and level, in English and Urdu', async () => {
    const en = await (await new TestClient(env.app, { 'accept-language': 'en' }).get('/search?q=zardozi&type=gig&sort=rating&min_rating=4')).text();
    expect(en).toContain('<option value="rating" selected="">Highest rated</option>');
    expect(en).toContain('<option value="4" selected="">4 stars and up</option>');
    const text = visibleText(en);
    expect(text).toContain('★ 4.9 (10 reviews)');
    expect(text).toContain('★ 5.0 (1 review)');
    expect(text).toContain('Level one');
    const ur = visibleText(await (await new TestClient(env.app, { 'accept-language': 'ur' }).get('/search?q=zardozi&type=gig&sort=rating')).text());
    expect(ur).toContain('★ 4.9 (10 ریویوز)');
    expect(ur).toContain('لیول ون');
    expect(ur).toContain('زیادہ ریٹنگ پہلے');
  });

  it('answers sort=rating and min_rating with each item’s rating and seller level', async () => {
    const res = await new TestClient(env.app).get('/api/v1/search?q=zardozi&type=gig&sort=rating&min_rating=4');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { title: string; rating: { average: number | null; count: number }; seller_level: string }[] };
    expect(body.items.map((i) => [i.title, i.rating, i.seller_level])).toEqual([
      ['Zardozi embroidery: one perfect sample', { average: 5, count: 1 }, 'new'],
      ['Zardozi embroidery: bridal dupatta', { average: 4.9, count: 10 }, 'level_one'],
      ['Zardozi embroidery: cushion covers', { average: 4.5, count: 2 }, 'level_one'],
    ]);
    const jobs = (await (await new TestClient(env.app).get('/api/v1/search?type=job')).json()) as { items: { rating: unknown; seller_level: unknown }[] };
    for (const j of jobs.items) expect([j.rating, j.seller_level]).toEqual([null, null]);
  });
});
