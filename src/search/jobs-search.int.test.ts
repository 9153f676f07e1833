// Search over jobs: open, public jobs only (never invite-only or closed ones, on the page or the API),
// found across Urdu, English and Roman Urdu through the taxonomy, with typos; filters, sorts and
// keyset pages. Jobs are inserted directly: indexing is the generated columns' job (0006_search_jobs.ts).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import type { JobExperience } from '../jobs/domain.ts';
import { parseWith } from '../platform/forms.ts';
import { PAGE_SIZE, type SearchResult, search, searchParams, searchStatement } from './service.ts';

let env: TestEnv;
let clientId = '';
const ids: Record<string, string> = {};

interface JobSpec {
  title: string;
  description?: string;
  category?: string | null;
  skills?: string[];
  budget?: string; // minor units, fixed price
  rate?: [string, string]; // minor units, hourly
  currency?: 'PKR' | 'USD';
  experience?: JobExperience;
  visibility?: 'public' | 'invite_only';
  status?: 'open' | 'closed';
}

async function job(spec: JobSpec): Promise<string> {
  const now = env.clock.now();
  const row = await env.deps.db
    .insertInto('jobs')
    .values({
      client_id: clientId,
      title: spec.title,
      description: spec.description ?? 'Details on the job page.',
      category_slug: spec.category === undefined ? 'design' : spec.category,
      skills: spec.skills ?? [],
      kind: spec.rate ? 'hourly' : 'fixed',
      budget_minor: spec.rate ? null : (spec.budget ?? '1000000'),
      rate_min_minor: spec.rate ? spec.rate[0] : null,
      rate_max_minor: spec.rate ? spec.rate[1] : null,
      weekly_hours: spec.rate ? 10 : null,
      currency: spec.currency ?? 'PKR',
      duration: '1_4_weeks',
      experience: spec.experience ?? 'intermediate',
      visibility: spec.visibility ?? 'public',
      status: spec.status ?? 'open',
      created_at: now,
      updated_at: now,
      closed_at: spec.status === 'closed' ? now : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const find = (params: Record<string, string>) => search(env.deps, null, { type: 'job', ...params });
const idsOf = (r: SearchResult) => r.items.map((i) => i.id);
const hidden = () => [ids.invite!, ids.closed!];

beforeAll(async () => {
  env = await testEnv();
  const client = await createAccount(env.deps.db, env.deps, {
    email: `jobsearch-${Date.now()}@example.pk`,
    password: 'correct horse battery',
    displayName: 'ثنا بیگ',
    isFreelancer: false,
    isClient: true,
    locale: 'ur',
    verified: true,
    onboarded: true,
  });
  clientId = client.id;
  ids.english = await job({ title: 'Need a logo for my bakery', description: 'A modern mark for a Karachi bakery.', skills: ['logo-design'], budget: '2000000' });
  env.clock.advance(1000);
  ids.urdu = await job({ title: 'ہماری دکان کے لیے نیا نشان چاہیے', description: 'سادہ اور خوبصورت، تین رنگوں میں۔', skills: ['logo-design'], rate: ['150000', '300000'], experience: 'entry' });
  env.clock.advance(1000);
  ids.usd = await job({ title: 'Website copy into Urdu', description: 'Translate ten pages.', category: 'translation', skills: ['translation'], budget: '10000', currency: 'USD', experience: 'expert' });
  ids.invite = await job({ title: 'Kangaroo logo design, invited only', skills: ['logo-design'], visibility: 'invite_only', budget: '9000000' });
  ids.closed = await job({ title: 'Kangaroo logo design, closed', skills: ['logo-design'], status: 'closed', budget: '9000000' });
  ids.closedInvite = await job({ title: 'Kangaroo logo design, closed and invited', skills: ['logo-design'], status: 'closed', visibility: 'invite_only' });
  // Twenty-five alike, for paging: some with equal times and budgets, all above Rs 50,000.
  for (let i = 0; i < 25; i++) {
    env.clock.advance(1000 * (i % 3));
    await job({ title: `Platypus survey number ${i}`, category: 'writing', budget: String(5_000_000 + (i % 6) * 100_000) });
  }
}, 60_000);
afterAll(() => env.close());

describe('search over jobs', () => {
  it('finds an Urdu job from English and Roman Urdu, and an English job from Urdu, through the taxonomy', async () => {
    for (const q of ['logo design', 'Logo Design', 'logo dizain', 'لوگو ڈیزائن', 'لوگو ڈيزائن']) {
      const r = await find({ q });
      expect(idsOf(r).sort(), q).toEqual([ids.english, ids.urdu].sort());
      expect(r.items.every((i) => i.type === 'job')).toBe(true);
    }
    // The category named in Urdu and in Roman Urdu finds a job written in English.
    expect(idsOf(await find({ q: 'ترجمہ' }))).toEqual([ids.usd]);
    expect(idsOf(await find({ q: 'tarjuma' }))).toEqual([ids.usd]);
    // Urdu words of the text itself, typed with Arabic-keyboard letters too.
    expect(idsOf(await find({ q: 'دکان' }))).toEqual([ids.urdu]);
    expect(idsOf(await find({ q: 'خوبصورت' }))).toEqual([ids.urdu]);
  });

  it('tolerates typos through trigrams', async () => {
    expect(idsOf(await find({ q: 'bakry' }))).toEqual([ids.english]);
    expect((await find({ q: 'platypus survy' })).total).toBe(25);
  });

  it('never finds invite-only or closed jobs, whatever is asked', async () => {
    const asks: Record<string, string>[] = [
      { q: 'kangaroo' },
      { q: 'kangaroo logo design', sort: 'budget' },
      { q: 'invited only' },
      { q: 'closed' },
      { q: 'logo design' },
      { skill: 'logo-design' },
      { category: 'design' },
      { price_min: '80000' },
      {},
      { sort: 'budget' },
      { sort: 'newest' },
    ];
    for (const ask of asks) {
      const found = idsOf(await find(ask));
      for (const id of [...hidden(), ids.closedInvite!]) expect(found, JSON.stringify(ask)).not.toContain(id);
    }
    expect((await find({ q: 'kangaroo' })).total).toBe(0);
    expect((await find({})).total).toBe(28);
  });

  it('filters by category, skill, kind, experience and budget (compared in PKR)', async () => {
    expect(idsOf(await find({ skill: 'logo-design' })).sort()).toEqual([ids.english, ids.urdu].sort());
    expect(idsOf(await find({ category: 'translation' }))).toEqual([ids.usd]);
    expect((await find({ category: 'writing' })).total).toBe(25);
    expect(idsOf(await find({ kind: 'hourly' }))).toEqual([ids.urdu]);
    expect((await find({ kind: 'fixed' })).total).toBe(27);
    expect(idsOf(await find({ experience: 'expert' }))).toEqual([ids.usd]);
    expect(idsOf(await find({ experience: 'entry', q: 'logo design' }))).toEqual([ids.urdu]);
    // An hourly job's rate range (Rs 1,500–3,000) overlaps the range asked for.
    expect(idsOf(await find({ price_max: '10,000' }))).toEqual([ids.urdu]);
    expect(idsOf(await find({ q: 'logo design', price_min: '2500', price_max: '2600' }))).toEqual([ids.urdu]);
    expect(idsOf(await find({ q: 'logo design', price_min: '15000' }))).toEqual([ids.english]);
    expect((await find({ q: 'logo design', price_min: '25000' })).total).toBe(0);
    // $100 is about Rs 28,000 at the platform rate.
    expect(idsOf(await find({ q: 'tarjuma', price_min: '27000' }))).toEqual([ids.usd]);
    expect(idsOf(await find({ q: 'tarjuma', price_min: '100', currency: 'USD' }))).toEqual([ids.usd]);
    expect((await find({ q: 'tarjuma', price_min: '101', currency: 'USD' })).total).toBe(0);
    await expect(find({ kind: 'monthly' })).rejects.toMatchObject({ code: 'validation.failed', fields: { kind: { key: 'field.choose' } } });
    await expect(find({ experience: 'guru' })).rejects.toMatchObject({ code: 'validation.failed' });
  });

  it('sorts by budget (highest first), newest and relevance', async () => {
    expect(idsOf(await find({ q: 'logo design', sort: 'budget' }))).toEqual([ids.english, ids.urdu]);
    // "price" is the same choice under the gigs' name.
    const asPrice = await find({ q: 'logo design', sort: 'price' });
    expect(asPrice.params.sort).toBe('budget');
    expect(idsOf(asPrice)).toEqual([ids.english, ids.urdu]);
    const newest = await find({ sort: 'newest' });
    const dates = newest.items.map((i) => i.date.getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect((await find({ q: 'bakery logo' })).items[0]!.id).toBe(ids.english);
  });

  it('pages through every result exactly once, in every sort', async () => {
    for (const sort of ['relevance', 'newest', 'budget']) {
      const seen: string[] = [];
      const budgets: number[] = [];
      let cursor = '';
      for (let page = 0; page < 5; page++) {
        const r = await find({ q: 'platypus', sort, ...(cursor ? { cursor } : {}) });
        expect(r.total).toBe(25);
        expect(r.items.length).toBeLessThanOrEqual(PAGE_SIZE);
        seen.push(...r.items.map((i) => i.id));
        budgets.push(...r.items.map((i) => Number(i.job!.budget!.amount)));
        if (!r.nextCursor) break;
        cursor = r.nextCursor;
      }
      expect(seen, sort).toHaveLength(25);
      expect(new Set(seen).size, sort).toBe(25);
      if (sort === 'budget') expect([...budgets].sort((a, b) => b - a)).toEqual(budgets);
    }
    // A job search's cursor is not taken for a gig search.
    const jobs = await find({ q: 'platypus' });
    await expect(search(env.deps, null, { q: 'platypus', type: 'gig', cursor: jobs.nextCursor! })).rejects.toMatchObject({ code: 'search.bad_cursor' });
  });

  it('describes each job: url, pay, kind, experience and date', async () => {
    const [hourly] = (await find({ kind: 'hourly' })).items;
    expect(hourly).toMatchObject({ id: ids.urdu, type: 'job', url: `/jobs/${ids.urdu}`, price: null, job: { kind: 'hourly', experience: 'entry', budget: null } });
    expect(hourly!.job!.rateMin).toEqual({ amount: 150000n, currency: 'PKR' });
    expect(hourly!.job!.rateMax).toEqual({ amount: 300000n, currency: 'PKR' });
    const [usd] = (await find({ q: 'tarjuma' })).items;
    expect(usd!.job).toMatchObject({ kind: 'fixed', experience: 'expert', budget: { amount: 10000n, currency: 'USD' }, rateMin: null });
    expect(usd!.snippet).toBe('Translate ten pages.');
  });
});

describe('GET /api/v1/search?type=job', () => {
  it('answers the contract, pages, and never lists invite-only or closed jobs', async () => {
    const client = new TestClient(env.app);
    const res = await client.get(`/api/v1/search?type=job&q=${encodeURIComponent('logo dizain')}&sort=budget`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: Record<string, unknown>[]; total: number; next_cursor: string | null };
    expect(body.total).toBe(2);
    expect(body.next_cursor).toBeNull();
    expect(body.items[0]).toMatchObject({
      id: ids.english,
      type: 'job',
      url: `/jobs/${ids.english}`,
      price: null,
      job: { kind: 'fixed', experience: 'intermediate', budget: { amount: '2000000', currency: 'PKR' }, rate_min: null, rate_max: null },
    });
    expect(body.items[1]).toMatchObject({ id: ids.urdu, job: { kind: 'hourly', rate_min: { amount: '150000', currency: 'PKR' }, rate_max: { amount: '300000', currency: 'PKR' } } });

    for (const q of ['kangaroo', 'logo design', '']) {
      const all = (await (await client.get(`/api/v1/search?type=job&q=${encodeURIComponent(q)}`)).json()) as { items: { id: string }[]; next_cursor: string | null };
      const found = all.items.map((i) => i.id);
      for (const id of hidden()) expect(found).not.toContain(id);
    }
    const page1 = (await (await client.get('/api/v1/search?type=job&q=platypus&sort=newest')).json()) as { next_cursor: string; items: { id: string }[] };
    expect(page1.items).toHaveLength(20);
    const page2 = (await (await client.get(`/api/v1/search?type=job&q=platypus&sort=newest&cursor=${page1.next_cursor}`)).json()) as { next_cursor: string | null; items: { id: string }[] };
    expect(page2.items).toHaveLength(5);
    expect(page2.next_cursor).toBeNull();
    expect(new Set([...page1.items, ...page2.items].map((i) => i.id)).size).toBe(25);
    expect((await client.get('/api/v1/search?type=job&kind=monthly')).status).toBe(400);
  });
});

describe('the /search page for jobs', () => {
  it('shows job filters and job results in English', async () => {
    const en = new TestClient(env.app, { 'accept-language': 'en' });
    const html = await (await en.get(`/search?type=job&q=${encodeURIComponent('logo design')}&sort=budget`)).text();
    const text = visibleText(html);
    expect(text).toContain('2 results');
    expect(html).toContain(`href="/jobs/${ids.english}"`);
    expect(text).toMatch(/Fixed budget: Rs\.? ?20,000/);
    expect(text).toMatch(/Hourly: Rs\.? ?1,500 – Rs\.? ?3,000/);
    expect(text).toContain('Intermediate');
    expect(text).toContain('Entry level');
    expect(text).toContain('Posted ');
    expect(html).toContain('name="kind"');
    expect(html).toContain('name="experience"');
    expect(html).toContain('<option value="budget" selected');
    expect(html).not.toContain('name="delivery_days"');
    expect(html).not.toContain('name="city"');
    expect(html).not.toContain('Kangaroo');
    expect(visibleText(await (await en.get('/search?type=job&q=kangaroo')).text())).toContain('0 results');
    // Gigs keep their own filters.
    const gigs = await (await en.get('/search?q=logo')).text();
    expect(gigs).toContain('name="delivery_days"');
    expect(gigs).not.toContain('name="kind"');
  });

  it('has no English leftovers in Urdu for job results and filters', async () => {
    const ur = new TestClient(env.app, { 'accept-language': 'ur' });
    const html = await (await ur.get('/search?type=job&skill=logo-design&sort=budget')).text();
    expect(html).toContain('lang="ur"');
    const text = visibleText(html);
    expect(text).toContain('2 نتائج');
    for (const words of ['طے شدہ بجٹ:', 'فی گھنٹہ:', 'درمیانی', 'ابتدائی', 'کو پوسٹ کی گئی', 'ادائیگی', 'طے شدہ قیمت', 'تجربے کی سطح', 'زیادہ بجٹ پہلے']) expect(text).toContain(words);
    // The form and the results, minus what people wrote in English (the English job's title and
    // description) and the currency codes and sign (formatMoney's), hold no Latin letters.
    const part = html.slice(html.indexOf('<form method="get" action="/search"'), html.lastIndexOf('</section>'));
    const rest = visibleText(part).replace('Need a logo for my bakery', '').replace('A modern mark for a Karachi bakery.', '').replace(/\b(PKR|USD|Rs)\b/g, '');
    expect(rest).not.toMatch(/[A-Za-z]/);
    expect(html).not.toContain('Kangaroo');
  });

  it('offers jobs in the home page search form, in both languages', async () => {
    const en = await (await new TestClient(env.app, { 'accept-language': 'en' }).get('/')).text();
    expect(en).toMatch(/<option value="job">Jobs<\/option>/);
    const ur = await (await new TestClient(env.app, { 'accept-language': 'ur' }).get('/')).text();
    expect(ur).toMatch(/<option value="job">جابز<\/option>/);
  });
});

describe('query plans', () => {
  it('walks the job postings for a keyword search over many jobs, and never scans jobs', async () => {
    const rollback = new Error('rollback');
    const plans: string[] = [];
    await env.deps.db
      .transaction()
      .execute(async (tx) => {
        // 20,000 filler jobs (a few invite-only or closed), thrown away with the transaction.
        await sql`
          INSERT INTO jobs (client_id, title, description, category_slug, kind, budget_minor, currency, duration, experience, visibility, status,
            created_at, updated_at, closed_at)
          SELECT ${clientId}, 'Filler job number ' || i, 'Words about bookkeeping and spreadsheets ' || md5(i::text), 'writing', 'fixed', 100000, 'PKR',
            'lt_1_week', 'entry', CASE WHEN i % 10 = 0 THEN 'invite_only' ELSE 'public' END, CASE WHEN i % 7 = 0 THEN 'closed' ELSE 'open' END,
            now(), now(), CASE WHEN i % 7 = 0 THEN now() END
          FROM generate_series(1, 20000) i`.execute(tx);
        for (const index of ['jobs_search_tsv', 'jobs_search_skills']) await sql`SELECT gin_clean_pending_list(${index}::regclass)`.execute(tx);
        await sql`ANALYZE jobs`.execute(tx);
        await sql`ANALYZE job_postings`.execute(tx);
        for (const query of [{ q: 'logo design', type: 'job' }, { q: 'logo design', type: 'job', sort: 'budget' }]) {
          const statement = await searchStatement(tx, parseWith(searchParams, query), null);
          const { rows } = await sql<{ 'QUERY PLAN': string }>`EXPLAIN ${statement}`.execute(tx);
          plans.push(rows.map((r) => r['QUERY PLAN']).join('\n'));
        }
        throw rollback;
      })
      .catch((e) => {
        if (e !== rollback) throw e;
      });
    expect(plans[0]).toMatch(/job_postings_walk/);
    // By budget, PostgreSQL plans the window from the partial GIN indexes on open public jobs.
    expect(plans[1]).toMatch(/jobs_search_tsv/);
    for (const plan of plans) expect(plan).not.toMatch(/Seq Scan on jobs/);
  }, 120_000);
});
