import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, testPerson, visibleText } from '../../test/support.ts';
import { actorFromUser, createAccount } from '../accounts/service.ts';
import { createGig, pauseGig, publishGig, updateGig } from '../gigs/service.ts';
import type { Actor } from '../platform/actor.ts';
import { AppError } from '../platform/errors.ts';
import { normalizeForSearch } from './normalize.ts';
import { GUESS_TTL_MS, wordFacts } from './vocabulary.ts';
import { COUNT_CAP, PAGE_SIZE, type SearchResult, search, searchParams, searchRows, searchStatement } from './service.ts';
import { setRate } from '../fx/service.ts';
import { parseWith } from '../platform/forms.ts';

let env: TestEnv;
const _n = 0;

const freelancer = (name: string, profile: Record<string, unknown> = {}): Promise<Actor> => testPerson(env.deps, name, { profile });

interface GigSpec {
  title: string;
  description?: string;
  category?: string;
  skills?: string[];
  price?: string; // minor units
  currency?: 'PKR' | 'USD';
  days?: number;
  publish?: boolean;
}

async function gig(actor: Actor, spec: GigSpec): Promise<string> {
  const currency = spec.currency ?? 'PKR';
  const { id } = await createGig(env.deps, actor, {
    title: spec.title,
    description: spec.description ?? 'Made with care.',
    category_slug: spec.category ?? 'design',
    skills: spec.skills ?? [],
    packages: [
      { name: 'Basic', price: { amount: spec.price ?? '150000', currency }, delivery_days: spec.days ?? 3, revisions: 1 },
      { name: 'More', price: { amount: String(BigInt(spec.price ?? '150000') * 3n), currency }, delivery_days: (spec.days ?? 3) + 4, revisions: 2 },
    ],
    faqs: [],
    questions: [],
  }, 1000); // fixtures make more gigs per seller than the daily limit allows
  if (spec.publish !== false) await publishGig(env.deps, actor, id);
  return id;
}

const find = (params: Record<string, string>) => search(env.deps, null, params);
const titles = (r: SearchResult) => r.items.map((i) => i.title);

const ids: Record<string, string> = {};

beforeAll(async () => {
  env = await testEnv();
  const ayesha = await freelancer('Ayesha Khan', { city_slug: 'lahore', show_city: 'on', languages: ['ur', 'en'], headline: 'Logo designer from Lahore', skills: ['logo-design'], hourly_rate: '2000' });
  const bilal = await freelancer('Bilal Ahmed', { city_slug: 'karachi', show_city: false, languages: ['ur'], headline: 'Urdu translator', bio_ur: 'میں اردو اور انگریزی ترجمہ کرتا ہوں۔' });
  ids.english = await gig(ayesha, { title: 'I will design a modern logo for your business', description: 'Three concepts and the source files.', skills: ['logo-design'], price: '500000', days: 5 });
  ids.urdu = await gig(bilal, { title: 'آپ کے کاروبار کے لیے خوبصورت نشان', description: 'تین نمونے اور اصل فائلیں۔', skills: ['logo-design'], price: '300000', days: 2 });
  ids.calligraphy = await gig(bilal, { title: 'ہاتھ سے شادی کارڈ کی خطاطی', description: 'خوبصورت خطاطی، کراچی سے۔', price: '20000', currency: 'USD', days: 7 });
  ids.markup = await gig(ayesha, { title: 'Letterhead design', description: '<script>alert("x")</script> <b>bold</b> letterhead', price: '100000' });
  ids.draft = await gig(ayesha, { title: 'Draft logo design never published', skills: ['logo-design'], publish: false });
  ids.paused = await gig(ayesha, { title: 'Paused logo design', skills: ['logo-design'] });
  await pauseGig(env.deps, ayesha, ids.paused);
  // Twenty-five alike, for paging: same text, so relevance ties are broken by id.
  const pager = await freelancer('Pager Person');
  for (let i = 0; i < 25; i++) {
    env.clock.advance(1000 * (i % 3)); // some equal publication times too
    await gig(pager, { title: `Zebrafish illustration number ${i}`, category: 'design', price: String(100000 + (i % 7) * 1000) });
  }
}, 60_000);
afterAll(() => env.close());

describe('hunar_normalize (SQL) and normalizeForSearch (TS)', () => {
  it('agree on tricky strings', async () => {
    const samples = [
      'كراچي', 'هنر', 'شهر', 'ترجمة', 'ترجمۃ', 'على', 'مسئلۂ', 'تأثیر', 'لوگو ڈيزائن', 'مُحَمَّد', 'اللّٰہ', 'بِسْمِ', 'عِلْمٌ', 'صلى\u06D6',
      'کتابـــــیں', 'فیصل\u200Cآباد', 'logo\u200Bdesign', 'لو\u200Dگو', '\uFEFFlogo', 'lo\u00ADgo', '\u202Elogo\u202C \u2067ڈیزائن\u2069',
      '۰۱۲۳۴۵۶۷۸۹', '٠١٢٣٤٥٦٧٨٩', '۵ دن', '０３００', 'LOGO Design', 'Café Résumé', 'ﬁle', 'ＷＯＲＤＰＲＥＳＳ', 'ﻙﺭﺍﭼﯽ',
      '  logo,   design!! (UI/UX)\n\t', 'ڈیزائن، لوگو۔ کیا؟', 'C++ & C#', '', "'; DROP TABLE gigs; --", '<script>alert("x")</script>',
      'کھانا', 'لڑکے', 'آباد', 'ا\u0653باد', 'ئی', 'سوال؟ جواب!', 'Ayesha Khan — لاہور',
    ];
    for (const s of samples) {
      const { rows } = await sql<{ n: string }>`SELECT hunar_normalize(${s}) AS n`.execute(env.deps.db);
      expect(rows[0]!.n, JSON.stringify(s)).toBe(normalizeForSearch(s));
    }
  });
});

describe('search over gigs', () => {
  it('finds an Urdu gig from English and Roman Urdu, and an English gig from Urdu, through the taxonomy', async () => {
    for (const q of ['logo design', 'Logo Design', 'logo dizain', 'لوگو ڈیزائن', 'لوگو ڈيزائن']) {
      const r = await find({ q });
      expect(r.items.map((i) => i.id), q).toEqual(expect.arrayContaining([ids.english, ids.urdu]));
    }
  });

  it('tolerates typos through trigrams', async () => {
    const r = await find({ q: 'logo desgin' });
    expect(r.items.map((i) => i.id)).toContain(ids.english);
    expect((await find({ q: 'zebrafsh' })).total).toBe(25);
  });

  it('finds Urdu text typed with Arabic-keyboard letters', async () => {
    for (const q of ['شادي كارڈ', 'هاتھ', 'ہاتھ سے', 'خطاطي']) expect(titles(await find({ q })), q).toContain('ہاتھ سے شادی کارڈ کی خطاطی');
  });

  it('never shows drafts or paused gigs', async () => {
    for (const q of ['logo design', 'draft', 'paused', '']) {
      const found = (await find({ q })).items.map((i) => i.id);
      expect(found).not.toContain(ids.draft);
      expect(found).not.toContain(ids.paused);
    }
    expect((await find({ q: 'never published' })).total).toBe(0);
  });

  it('filters by category, skill, price, delivery, city and language', async () => {
    expect((await find({ skill: 'logo-design' })).items.map((i) => i.id).sort()).toEqual([ids.english, ids.urdu].sort());
    expect((await find({ category: 'translation' })).total).toBe(0);
    expect((await find({ category: 'design' })).total).toBe(29);
    // Cheapest package: English 5,000, Urdu 3,000 PKR.
    expect((await find({ q: 'logo design', price_max: '4,000' })).items.map((i) => i.id)).toEqual([ids.urdu]);
    expect((await find({ q: 'logo design', price_min: '4000', currency: 'PKR' })).items.map((i) => i.id)).toEqual([ids.english]);
    // A USD gig is compared on its PKR estimate: $200 is about Rs 56,000.
    expect((await find({ q: 'خطاطی', price_min: '150', currency: 'USD' })).total).toBe(1);
    expect((await find({ q: 'خطاطی', price_max: '50000' })).total).toBe(0);
    expect((await find({ q: 'logo design', delivery_days: '3' })).items.map((i) => i.id)).toEqual([ids.urdu]);
    expect((await find({ q: 'logo design', city: 'lahore' })).items.map((i) => i.id)).toEqual([ids.english]);
    // Bilal hides his city: his gigs are not found by it.
    expect((await find({ q: 'logo design', city: 'karachi' })).total).toBe(0);
    expect((await find({ q: 'logo design', language: 'en' })).items.map((i) => i.id)).toEqual([ids.english]);
  });

  it('compares dollar prices at the admins’ current rate once one is set, as the gig page does', async () => {
    // $200 is Rs 56,182 at the initial rate of 280.91: above a Rs 50,000 limit.
    expect((await find({ q: 'خطاطی', price_max: '50000' })).total).toBe(0);
    const admin = await createAccount(env.deps.db, env.deps, { email: `fx-admin-${Date.now()}@example.pk`, password: 'correct horse battery', displayName: 'Rates Admin', isFreelancer: false, isClient: true, isAdmin: true, locale: 'en', verified: true, onboarded: true });
    await setRate(env.deps, actorFromUser(admin, null), { rate: '240' });
    try {
      // At 240 it is Rs 48,000: within the limit, and a dollar bound converts at the same rate.
      expect((await find({ q: 'خطاطی', price_max: '50000' })).total).toBe(1);
      expect((await find({ q: 'خطاطی', price_min: '47000', price_max: '49000' })).total).toBe(1);
      expect((await find({ q: 'خطاطی', price_min: '199', currency: 'USD' })).total).toBe(1);
      expect((await find({ q: 'خطاطی', price_min: '201', currency: 'USD' })).total).toBe(0);
    } finally {
      await env.deps.db.deleteFrom('fx_rates').where('rate', '=', '240').execute();
    }
    expect((await find({ q: 'خطاطی', price_max: '50000' })).total).toBe(0);
  });

  it('follows the cheapest package as the seller edits, removes and re-prices packages', async () => {
    const seller = await freelancer('Package Editor');
    const id = await gig(seller, { title: 'Quokka mascot drawing', category: 'marketing', price: '200000', days: 4 });
    const found = async (params: Record<string, string>) => (await find({ q: 'quokka', ...params })).items.map((i) => i.id);
    expect(await found({ price_max: '2000' })).toEqual([id]);
    const edit = (packages: unknown[], currency = 'PKR') =>
      updateGig(env.deps, seller, id, { title: 'Quokka mascot drawing', description: 'Made with care.', category_slug: 'marketing', skills: [], packages, faqs: [], questions: [], currency });
    // The cheap package goes: only the Rs 9,000 one is left, delivered in 10 days.
    await edit([{ name: 'Only', price: { amount: '900000', currency: 'PKR' }, delivery_days: 10, revisions: 1 }]);
    expect(await found({ price_max: '2000' })).toEqual([]);
    expect(await found({ price_min: '8000', price_max: '10000' })).toEqual([id]);
    expect(await found({ delivery_days: '5' })).toEqual([]);
    const shown = (await find({ q: 'quokka' })).items[0]!;
    expect(shown.price).toEqual({ amount: 900000n, currency: 'PKR' });
    expect(shown.deliveryDays).toBe(10);
    // Re-priced in dollars: $10 is compared on its PKR estimate (about Rs 2,800).
    await edit([{ name: 'Only', price: { amount: '1000', currency: 'USD' }, delivery_days: 2, revisions: 1 }], 'USD');
    expect(await found({ price_max: '3000' })).toEqual([id]);
    expect(await found({ delivery_days: '2' })).toEqual([id]);
    expect((await find({ q: 'quokka' })).items[0]!.price).toEqual({ amount: 1000n, currency: 'USD' });
  });

  it('sorts by price and by newest', async () => {
    const byPrice = await find({ q: 'logo design', sort: 'price' });
    expect(byPrice.items.map((i) => i.id)).toEqual([ids.urdu, ids.english]);
    const newest = await find({ sort: 'newest' });
    const dates = newest.items.map((i) => i.date.getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it('pages through every result exactly once, in every sort', async () => {
    for (const sort of ['relevance', 'newest', 'price']) {
      const seen: string[] = [];
      let cursor = '';
      for (let page = 0; page < 5; page++) {
        const r = await find({ q: 'zebrafish', sort, ...(cursor ? { cursor } : {}) });
        expect(r.total).toBe(25);
        expect(r.items.length).toBeLessThanOrEqual(PAGE_SIZE);
        seen.push(...r.items.map((i) => i.id));
        if (!r.nextCursor) break;
        cursor = r.nextCursor;
      }
      expect(seen, sort).toHaveLength(25);
      expect(new Set(seen).size, sort).toBe(25);
      if (sort === 'price') {
        const prices = (await Promise.all([find({ q: 'zebrafish', sort })])).flatMap((r) => r.items.map((i) => Number(i.price!.amount)));
        expect([...prices].sort((a, b) => a - b)).toEqual(prices);
      }
    }
  });

  it('refuses a tampered cursor or one from another search', async () => {
    const r = await find({ q: 'zebrafish' });
    const bad = `${r.nextCursor!.slice(0, -1)}${r.nextCursor!.endsWith('A') ? 'B' : 'A'}`;
    await expect(find({ q: 'zebrafish', cursor: bad })).rejects.toMatchObject({ code: 'search.bad_cursor' });
    await expect(find({ q: 'zebrafish', sort: 'price', cursor: r.nextCursor! })).rejects.toBeInstanceOf(AppError);
  });

  it('treats SQL-looking and markup strings as words', async () => {
    for (const q of ["'; DROP TABLE gigs; --", "1' OR '1'='1", '%', '\\', '<script>', 'logo) || (true']) {
      const r = await find({ q });
      expect(r.items.every((i) => i.type === 'gig')).toBe(true);
    }
    expect((await find({ q: "' OR zz=zz --" })).total).toBe(0);
    expect((await find({})).total).toBeGreaterThan(0); // the table is still there
  });

  it('turns away over-long queries and bad filters with field messages', async () => {
    await expect(find({ q: 'x'.repeat(201) })).rejects.toMatchObject({ code: 'validation.failed', fields: { q: { key: 'field.too_long' } } });
    await expect(find({ price_min: '-5' })).rejects.toMatchObject({ code: 'validation.failed' });
    await expect(find({ type: 'everything' })).rejects.toMatchObject({ code: 'validation.failed' });
  });

  it('never mixes gigs with jobs (jobs are searched in jobs-search.int.test.ts)', async () => {
    const r = await find({ q: 'logo', type: 'job' });
    expect(r).toMatchObject({ items: [], total: 0, nextCursor: null });
  });
});

describe('search over freelancers', () => {
  it('finds freelancers by headline, bio, name and skill, in either language', async () => {
    expect(titles(await find({ type: 'freelancer', q: 'translator' }))).toEqual(['Bilal Ahmed']);
    expect(titles(await find({ type: 'freelancer', q: 'ترجمه' }))).toContain('Bilal Ahmed'); // Arabic heh
    expect(titles(await find({ type: 'freelancer', q: 'ayesha' }))).toEqual(['Ayesha Khan']);
    expect(titles(await find({ type: 'freelancer', q: 'لوگو ڈیزائن' }))).toContain('Ayesha Khan');
  });

  it('never matches or shows a hidden city', async () => {
    expect(titles(await find({ type: 'freelancer', city: 'karachi' }))).toEqual([]);
    expect(titles(await find({ type: 'freelancer', city: 'lahore' }))).toEqual(['Ayesha Khan']);
    const bilal = (await find({ type: 'freelancer', q: 'translator' })).items[0]!;
    expect(bilal.citySlug).toBeNull();
    expect((await find({ type: 'freelancer', q: 'ayesha' })).items[0]!.citySlug).toBe('lahore');
  });
});

describe('GET /api/v1/search', () => {
  it('answers the contract', async () => {
    const client = new TestClient(env.app);
    const res = await client.get(`/api/v1/search?q=${encodeURIComponent('logo dizain')}&type=gig`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { id: string; type: string; title: string; url: string }[]; total: number; next_cursor: string | null };
    expect(body.total).toBe(2);
    expect(body.next_cursor).toBeNull();
    expect(body.items.map((i) => i.id).sort()).toEqual([ids.english, ids.urdu].sort());
    expect(body.items[0]).toMatchObject({ type: 'gig', url: expect.stringMatching(/^\/g\//) });
    const page1 = (await (await client.get('/api/v1/search?q=zebrafish')).json()) as { next_cursor: string; items: unknown[] };
    expect(page1.items).toHaveLength(20);
    const page2 = (await (await client.get(`/api/v1/search?q=zebrafish&cursor=${page1.next_cursor}`)).json()) as { next_cursor: string | null; items: unknown[] };
    expect(page2.items).toHaveLength(5);
    expect(page2.next_cursor).toBeNull();
  });

  it('refuses a tampered cursor with a translated problem', async () => {
    const page1 = (await (await new TestClient(env.app).get('/api/v1/search?q=zebrafish')).json()) as { next_cursor: string };
    const forged = `${Buffer.from('{"t":"gig","s":"relevance","id":"00000000-0000-0000-0000-000000000000","v":"9"}').toString('base64url')}.${page1.next_cursor.split('.')[1]}`;
    for (const [lang, text] of [
      ['en', /start the search again/],
      ['ur', /دوبارہ تلاش/],
    ] as const) {
      const res = await new TestClient(env.app, { 'accept-language': lang }).get(`/api/v1/search?q=zebrafish&cursor=${forged}`);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      const problem = (await res.json()) as { code: string; title: string };
      expect(problem.code).toBe('search.bad_cursor');
      expect(problem.title).toMatch(text);
    }
  });
});

describe('the /search page', () => {
  it('shows counts, escaped and highlighted results, and a next-page link, in English and Urdu', async () => {
    const en = new TestClient(env.app, { 'accept-language': 'en' });
    const html = await (await en.get('/search?q=letterhead')).text();
    expect(visibleText(html)).toContain('1 result');
    expect(visibleText(html)).not.toContain('1 results');
    expect(html).toContain('<mark>Letterhead</mark>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<b>bold</b>');
    expect(visibleText(await (await en.get('/search?skill=logo-design')).text())).toContain('2 results');
    expect(Buffer.byteLength(html)).toBeLessThan(50 * 1024);

    const many = await (await en.get('/search?q=zebrafish')).text();
    expect(visibleText(many)).toContain('25 results');
    const next = many.match(/href="(\/search\?[^"]*cursor=[^"]+)"[^>]*rel="next"/)?.[1];
    expect(next).toBeTruthy();
    const page2 = await (await en.get(next!.replace(/&amp;/g, '&'))).text();
    expect((page2.match(/class="result"/g) ?? []).length).toBe(5);
    expect(Buffer.byteLength(many)).toBeLessThan(50 * 1024);

    const ur = new TestClient(env.app, { 'accept-language': 'ur' });
    const urHtml = await (await ur.get(`/search?q=${encodeURIComponent('شادي')}`)).text();
    expect(urHtml).toContain('lang="ur"');
    expect(visibleText(urHtml)).toContain('1 نتیجہ');
    expect(urHtml).toContain('<mark>شادی</mark>');
    expect(visibleText(urHtml)).toContain('تلاش کریں');
  });

  it('marks the chosen skill, city and language in the form, for this search only, in the reader’s language', async () => {
    const chosen = (html: string) => [...html.matchAll(/<option value="([^"]*)" selected="">/g)].map((m) => m[1]);
    const en = new TestClient(env.app, { 'accept-language': 'en' });
    const first = await (await en.get('/search?q=logo&skill=seo&city=lahore&language=ur')).text();
    expect(chosen(first)).toEqual(expect.arrayContaining(['seo', 'lahore', 'ur']));
    const second = await (await en.get('/search?q=logo&skill=logo-design')).text();
    expect(chosen(second)).toContain('logo-design');
    expect(chosen(second)).not.toContain('seo');
    expect(chosen(second)).not.toContain('lahore');
    const ur = new TestClient(env.app, { 'accept-language': 'ur' });
    const urdu = await (await ur.get('/search?q=logo&city=lahore')).text();
    expect(urdu).toMatch(/<option value="lahore" selected="">لاہور<\/option>/);
    expect(urdu).not.toMatch(/<option value="lahore"[^>]*>Lahore<\/option>/);
  });

  it('puts results first: with results, the filters fold closed below the count and still belong to the search form', async () => {
    const en = new TestClient(env.app, { 'accept-language': 'en' });
    const html = await (await en.get('/search?q=logo&city=lahore&sort=price')).text();
    const count = html.indexOf('id="results-count"');
    const folded = html.indexOf('<details class="filters folded">');
    expect(count).toBeGreaterThan(html.indexOf('</form>'));
    expect(folded).toBeGreaterThan(count);
    expect(folded).toBeLessThan(html.indexOf('class="results"'));
    expect(html).toContain('<select id="s-city" name="city" form="search-form">');
    expect(html).toContain('<button type="submit" form="search-form" class="secondary">Apply filters</button>');
    expect(visibleText(html)).toContain('Filters (2 on)');
    // No results, or a search not made yet: the filters stay in the form, open when some are set.
    const none = await (await en.get('/search?q=kangaroo&city=lahore')).text();
    expect(none).not.toContain('filters folded');
    expect(none).toMatch(/<details class="filters" open="">/);
    expect(none.indexOf('name="city"')).toBeLessThan(none.indexOf('</form>'));
  });

  it('keeps bad input in the form with a message, and shows a bad cursor as an error', async () => {
    const en = new TestClient(env.app, { 'accept-language': 'en' });
    const res = await en.get('/search?q=logo&price_min=abc');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('value="abc"');
    const bad = await en.get('/search?q=logo&cursor=nope');
    expect(bad.status).toBe(400);
    expect(visibleText(await bad.text())).toMatch(/start the search again/);
  });

  it('has category pages', async () => {
    const ur = new TestClient(env.app, { 'accept-language': 'ur' });
    const res = await ur.get('/c/design');
    expect(res.status).toBe(200);
    const text = visibleText(await res.text());
    expect(text).toContain('ڈیزائن');
    expect(text).toContain('29 نتائج');
    expect((await ur.get('/c/no-such-category')).status).toBe(404);
  });
});

describe('query plans', () => {
  it('walks the postings, newest or cheapest first, for the statements search runs over many gigs, and never scans gigs', async () => {
    const rollback = new Error('rollback');
    const plans: Record<string, string> = {};
    await env.deps.db
      .transaction()
      .execute(async (tx) => {
        // 20,000 filler gigs, thrown away with the transaction.
        await sql`
          INSERT INTO gigs (seller_id, slug, title, description, category_slug, status, created_at, updated_at, published_at)
          SELECT (SELECT id FROM users LIMIT 1), 'filler-' || i, 'Filler gig number ' || i, 'Words about bookkeeping and spreadsheets ' || md5(i::text),
            'writing', 'published', now(), now(), now()
          FROM generate_series(1, 20000) i`.execute(tx);
        await sql`ANALYZE gigs`.execute(tx);
        await sql`ANALYZE gig_postings`.execute(tx);
        for (const [name, query] of Object.entries({ newest: { q: 'logo design' }, price: { q: 'logo design', sort: 'price' }, browse: { category: 'writing' } })) {
          const statement = await searchStatement(tx, parseWith(searchParams, query), null);
          const { rows } = await sql<{ 'QUERY PLAN': string }>`EXPLAIN ${statement}`.execute(tx);
          plans[name] = rows.map((r) => r['QUERY PLAN']).join('\n');
        }
        throw rollback;
      })
      .catch((e) => {
        if (e !== rollback) throw e;
      });
    expect(plans.newest).toMatch(/gig_postings_walk/);
    expect(plans.price).toMatch(/gig_postings_price/);
    for (const plan of Object.values(plans)) expect(plan).not.toMatch(/Seq Scan on gigs/);
  }, 120_000);
});

describe('bounded work (docs/decisions/0021-search-speed.md)', () => {
  it('corrects misspelt words through the vocabulary, and keeps a correctly spelled word to itself', async () => {
    const facts = await wordFacts(env.deps.db, ['letterhead', 'letterhed', 'qqxqqzz']);
    expect(facts.get('letterhead')).toMatchObject({ known: true, corrections: [] });
    expect(facts.get('letterhed')?.corrections).toContain('letterhead');
    expect(facts.get('qqxqqzz')).toMatchObject({ known: false, corrections: [] });
    // "zebrafish" is a word of 25 gigs: it does not also stand for look-alikes.
    expect((await wordFacts(env.deps.db, ['zebrafish', 'x'])).get('zebrafish')).toMatchObject({ known: true, corrections: [] });
    // Asked again, a known word is answered the same (remembered, since the vocabulary only grows).
    expect((await wordFacts(env.deps.db, ['zebrafish', 'letterhead'])).get('letterhead')).toMatchObject({ known: true, corrections: [] });
  });

  it('puts the word one slip away first (letters swapped, a letter too many), even among many look-alikes', async () => {
    const rollback = new Error('rollback');
    let corrected: string[] = [];
    await env.deps.db
      .transaction()
      .execute(async (tx) => {
        // Forty words that share "des" with the typo, as a large vocabulary has (thrown away with the transaction).
        await sql`INSERT INTO search_words (word) SELECT 'des' || chr(97 + i % 26) || chr(97 + i / 26) || 'u' FROM generate_series(0, 39) i ON CONFLICT DO NOTHING`.execute(tx);
        const facts = await wordFacts(tx, ['desgin', 'letterhaed', 'letterrhead']);
        corrected = ['desgin', 'letterhaed', 'letterrhead'].map((w) => facts.get(w)?.corrections[0] ?? '');
        throw rollback;
      })
      .catch((e) => {
        if (e !== rollback) throw e;
      });
    expect(corrected).toEqual(['design', 'letterhead', 'letterhead']);
    expect((await find({ q: 'logo desgin' })).items.map((i) => i.id)).toContain(ids.english);
  });

  it('corrects a misspelling to a word the vocabulary gained after the misspelling was first searched for: at once when nothing else matches, else within GUESS_TTL_MS', async () => {
    expect((await find({ q: 'wombatograpy' })).total).toBe(0);
    expect((await find({ q: 'wombatograpy lesson' })).total).toBe(0);
    const seller = await freelancer('Wombat Fan');
    const id = await gig(seller, { title: 'Wombatography lessons', category: 'marketing' });
    // The correct spelling is found at once, and so is the misspelling alone: a search that finds
    // nothing looks its words up again.
    expect((await find({ q: 'wombatography' })).items.map((i) => i.id)).toEqual([id]);
    expect((await find({ q: 'wombatograpy' })).items.map((i) => i.id)).toEqual([id]);
    // Its remembered guess (none) stands while another reading finds something: "lesson" does.
    await gig(seller, { title: 'A lesson in wombats', category: 'marketing' });
    expect((await find({ q: 'lesson wombatograpy' })).total).toBe(0);
    env.clock.advance(GUESS_TTL_MS + 1);
    expect((await find({ q: 'lesson wombatograpy' })).items.map((i) => i.id)).toEqual([id]);
  });

  it(`counts to ${COUNT_CAP}, ranks the newest ${COUNT_CAP} matches by relevance, and pages through all of them by newest`, async () => {
    const rollback = new Error('rollback');
    await env.deps.db
      .transaction()
      .execute(async (tx) => {
        await sql`
          INSERT INTO gigs (seller_id, slug, title, description, category_slug, status, created_at, updated_at, published_at)
          SELECT (SELECT id FROM users LIMIT 1), 'wombat-' || i, 'Wombat portrait ' || i, 'A portrait of a wombat.', 'design', 'published',
            now(), now(), now() - i * interval '1 minute'
          FROM generate_series(1, 120) i`.execute(tx);
        await sql`INSERT INTO gig_packages (gig_id, position, price_minor, currency, delivery_days) SELECT id, 1, 100000, 'PKR', 3 FROM gigs WHERE slug LIKE 'wombat-%'`.execute(tx);
        const relevance = await searchRows(tx, parseWith(searchParams, { q: 'wombat portrait' }), null);
        expect(relevance[0]!.window_count).toBe(COUNT_CAP + 1);
        expect(relevance).toHaveLength(PAGE_SIZE + 1);
        // The window is the newest matches: wombat-1 ... wombat-50.
        for (const r of relevance) expect(Number(r.url_part.slice('wombat-'.length))).toBeLessThanOrEqual(COUNT_CAP);
        // Newest pages on past the window, to the oldest.
        const newest = parseWith(searchParams, { q: 'wombat portrait', sort: 'newest' });
        let after: { id: string; key: string; total: number } | null = null;
        const seen: string[] = [];
        for (let page = 0; page < 10; page++) {
          const rows = await searchRows(tx, newest, after);
          seen.push(...rows.slice(0, PAGE_SIZE).map((r) => r.url_part));
          if (rows.length <= PAGE_SIZE) break;
          const last = rows[PAGE_SIZE - 1]!;
          after = { id: last.id, key: last.date_key, total: COUNT_CAP + 1 };
        }
        expect(new Set(seen).size).toBe(120);
        expect(seen.at(-1)).toBe('wombat-120');
        throw rollback;
      })
      .catch((e) => {
        if (e !== rollback) throw e;
      });
  });
});

