// Nothing is a dead end (issue 17): on the demo marketplace, a search that finds nothing says so and
// offers a corrected query as a link that keeps the type and filters, the categories closest to the
// query and the newest gigs, in English and in Urdu; the API answers the same suggestions beside its
// empty items, and a search that finds something answers none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { seedIfEmpty } from '../seed/seed.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
  await seedIfEmpty(env.deps, () => {});
}, 180_000);
afterAll(() => env?.close());

interface Api {
  items: { url: string }[];
  suggestions: string[];
}
const api = async (qs: string) => (await (await new TestClient(env.app).get(`/api/v1/search?${qs}`)).json()) as Api;
const page = async (path: string, language: 'en' | 'ur') => {
  const res = await new TestClient(env.app, { 'accept-language': language }).get(path);
  expect(res.status).toBe(200);
  return res.text();
};
/** The page's text with the spaces left where tags were (around a link or user text) closed up. */
const read = (html: string) => visibleText(html).replace(/“ /g, '“').replace(/ ([”?؟])/g, '$1');
const links = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*>([^<]*)</g)].map((m) => ({ href: m[1]!.replace(/&amp;/g, '&'), text: m[2]! }));

describe('a search that finds nothing', () => {
  it('offers "did you mean" with the corrected query as a link, in English, keeping the type and filters', async () => {
    const html = await page('/search?q=logo+desgn+qqq&type=gig&currency=PKR&price_max=50000', 'en');
    const text = read(html);
    expect(text).toContain('Nothing matches “logo desgn qqq”.');
    expect(text).toContain('Did you mean logo design?');
    const dym = links(html).find((l) => l.text === 'logo design');
    expect(dym).toBeDefined();
    const target = new URL(dym!.href, 'http://x');
    expect(target.pathname).toBe('/search');
    expect(Object.fromEntries(target.searchParams)).toMatchObject({ q: 'logo design', type: 'gig', currency: 'PKR', price_max: '50000' });
    // Following it finds Ayesha's Urdu logo gig.
    const followed = await page(dym!.href, 'en');
    expect(followed).toContain('/g/ayesha-logo-design');
    expect(visibleText(followed)).not.toContain('Did you mean');
  });

  it('shows the closest categories as links and the newest gigs as cards', async () => {
    const html = await page('/search?q=logo+desgn+qqq', 'en');
    const text = read(html);
    expect(text).toContain('Categories close to your search');
    expect(links(html)).toContainEqual({ href: '/c/design', text: 'Design' });
    expect(text).toContain('Newest gigs');
    const newest = await api('type=gig&sort=newest');
    expect(html).toContain(`href="${newest.items[0]!.url}"`);
  });

  it('says the same in Urdu, right to left, with the Urdu category names', async () => {
    const html = await page('/search?q=logo+desgn+qqq', 'ur');
    expect(html).toMatch(/<html[^>]+dir="rtl"/);
    const text = read(html);
    expect(text).toContain('کیا آپ کا مطلب تھا logo design؟');
    expect(links(html)).toContainEqual({ href: '/c/design', text: 'ڈیزائن' });
    expect(text).toContain('نئی گِگز');
  });

  it('corrects an Urdu query in Urdu script', async () => {
    const found = await api('q=' + encodeURIComponent('ورڈپریسس qqq'));
    expect(found.items).toEqual([]);
    expect(found.suggestions[0]).toBe('ورڈپریس');
    expect((await api(`q=${encodeURIComponent(found.suggestions[0]!)}`)).items.map((i) => i.url)).toContain('/g/faisal-wordpress-website-small-business');
  });

  it('answers suggestions in the API: the corrected query first, then close skill names in the query script', async () => {
    const r = await api('q=logo+desgn+qqq&type=gig');
    expect(r.items).toEqual([]);
    expect(r.suggestions[0]).toBe('logo design');
    // "Logo design" is the corrected query again; the next closest skills follow, in English.
    expect(r.suggestions.slice(1)).toContain('Graphic design');
    // Every suggestion, tried, finds something.
    for (const s of r.suggestions) expect((await api(`q=${encodeURIComponent(s)}&type=gig`)).items.length, s).toBeGreaterThan(0);
  });

  it('lists every category when none is close, and offers no correction for nonsense', async () => {
    const r = await api('q=qqqq+zzzz');
    expect(r).toMatchObject({ items: [], suggestions: [] });
    const html = await page('/search?q=qqqq+zzzz', 'en');
    expect(visibleText(html)).toContain('Browse a category');
    expect(visibleText(html)).not.toContain('Did you mean');
    expect(links(html).filter((l) => l.href.startsWith('/c/')).length).toBeGreaterThanOrEqual(11);
  });

  it('replaces a word by the near word that finds the most, and checks the whole corrected query finds something of the type searched', async () => {
    // "entery" is one letter from "enter" and from "entry"; "data entry" is what the listings say.
    expect((await api('q=data+entery+zzzz')).suggestions[0]).toBe('data entry');
    // For jobs too: the corrected query is one that finds jobs.
    const jobs = await api('q=logo+desgn+qqq&type=job');
    expect(jobs.items).toEqual([]);
    expect(jobs.suggestions[0]).toBeDefined();
    expect((await api(`q=${encodeURIComponent(jobs.suggestions[0]!)}&type=job`)).items.length).toBeGreaterThan(0);
  });
});

describe('a search that finds something', () => {
  it('has no suggestions, and the page offers none', async () => {
    const r = await api('q=logo+desing');
    expect(r.items.map((i) => i.url)).toContain('/g/ayesha-logo-design');
    expect(r.suggestions).toEqual([]);
    const text = read(await page('/search?q=logo+desing', 'en'));
    expect(text).not.toContain('Did you mean');
    expect(text).not.toContain('Newest gigs');
  });

  it('has none without words either (everything, newest first)', async () => {
    expect((await api('')).suggestions).toEqual([]);
  });
});
