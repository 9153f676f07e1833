import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { SMALL_TOWNS_AND_RURAL_DISTRICTS } from '../taxonomy/data.ts';
import { checkWholeLedger } from '../ledger/service.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seed, seedIfEmpty } from './seed.ts';

let env: TestEnv;
const lines: string[] = [];
let seeded: boolean;
beforeAll(async () => {
  env = await testEnv();
  seeded = await seedIfEmpty(env.deps, (line) => lines.push(line));
}, 120_000);
afterAll(() => env.close());

const ARABIC = /[\u0600-\u06FF]/;

describe('demo data', () => {
  it('seeds an empty database and says what it is doing', () => {
    expect(seeded).toBe(true);
    expect(lines[0]).toMatch(/^Seeding reference data… \d+ cities, 11 categories, 51 skills$/);
    expect(lines).toContain('Seeding freelancers 36/36');
    // The demo logins and their password are printed once.
    expect(lines.join('\n')).toContain(DEMO_PASSWORD);
    for (const a of DEMO_ACCOUNTS) expect(lines.join('\n')).toContain(a.email);
  });

  it('has a published gig for every demo freelancer and open jobs from clients, found by search and on the home page', async () => {
    expect(lines).toContain('Seeding listings… 36 gigs, 10 jobs');
    const published = await env.deps.db.selectFrom('gigs').select('slug').where('status', '=', 'published').execute();
    expect(published.length).toBe(36);
    // Readable addresses from the titles, Urdu ones transliterated: no random codes.
    for (const g of published) expect(g.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(published.map((g) => g.slug)).toContain('logo-poster-aur-social-media-design-multan-se');
    expect(published.map((g) => g.slug)).toContain('full-stack-web-developer-react-node-js-wordpress');
    expect(published.some((g) => g.slug.startsWith('demo-'))).toBe(false);
    const jobs = await env.deps.db.selectFrom('jobs').select(['currency']).where('status', '=', 'open').where('visibility', '=', 'public').execute();
    expect(jobs.length).toBe(10);
    expect(new Set(jobs.map((j) => j.currency))).toEqual(new Set(['PKR', 'USD']));
    const home = visibleText(await (await new TestClient(env.app, { 'accept-language': 'en' }).get('/')).text());
    expect(home).toContain('New gigs');
    expect(home).toMatch(/from Rs \d/);
    const search = await (await new TestClient(env.app).get('/api/v1/search?q=logo%20design&type=gig')).json() as { items: { url: string }[] };
    expect(search.items.length).toBeGreaterThan(0);
    const jobsPage = await new TestClient(env.app).get('/jobs');
    expect(jobsPage.status).toBe(200);
  });

  it('has freelancers across Pakistan, small towns included, in Urdu and English', async () => {
    const freelancers = await env.deps.db
      .selectFrom('users')
      .innerJoin('profiles', 'profiles.user_id', 'users.id')
      .select(['users.display_name', 'users.locale', 'users.is_client', 'users.email_verified_at', 'users.onboarding_completed_at', 'profiles.city_slug', 'profiles.main_category', 'profiles.payout_method', 'profiles.show_city', 'profiles.show_photo', 'profiles.languages'])
      .where('users.is_freelancer', '=', true)
      .execute();
    expect(freelancers.length).toBeGreaterThanOrEqual(30);
    const cities = new Set(freelancers.map((f) => f.city_slug));
    expect(cities.size).toBeGreaterThanOrEqual(9);
    for (const city of ['lahore', 'karachi', 'islamabad', 'peshawar', 'quetta', 'multan', 'faisalabad', 'hyderabad', 'gilgit']) expect(cities.has(city), city).toBe(true);
    expect(freelancers.filter((f) => SMALL_TOWNS_AND_RURAL_DISTRICTS.has(f.city_slug ?? '')).length).toBeGreaterThanOrEqual(5);
    expect(freelancers.some((f) => ARABIC.test(f.display_name))).toBe(true);
    expect(freelancers.some((f) => /^[A-Za-z .'-]+$/.test(f.display_name))).toBe(true);
    expect(new Set(freelancers.map((f) => f.locale))).toEqual(new Set(['en', 'ur']));
    expect(new Set(freelancers.map((f) => f.payout_method))).toEqual(new Set(['bank', 'jazzcash', 'easypaisa', 'payoneer']));
    expect(new Set(freelancers.map((f) => f.main_category)).size).toBe(11);
    expect(freelancers.filter((f) => f.is_client).length).toBeGreaterThanOrEqual(2);
    expect(freelancers.filter((f) => !f.show_city).length).toBeGreaterThanOrEqual(3);
    expect(freelancers.filter((f) => !f.show_photo).length).toBeGreaterThan(freelancers.length / 2);
    for (const f of freelancers) {
      expect(f.email_verified_at).not.toBeNull();
      expect(f.onboarding_completed_at).not.toBeNull();
      expect(f.languages.length).toBeGreaterThan(0);
    }
  });

  it('has clients at home and abroad, and an admin', async () => {
    const clients = await env.deps.db
      .selectFrom('users')
      .innerJoin('profiles', 'profiles.user_id', 'users.id')
      .select(['users.display_name', 'profiles.country', 'profiles.city_slug', 'profiles.client_needs'])
      .where('users.is_client', '=', true)
      .where('users.is_freelancer', '=', false)
      .execute();
    expect(clients.length).toBeGreaterThanOrEqual(8);
    const abroad = clients.filter((c) => c.country !== 'PK');
    expect(abroad.length).toBeGreaterThanOrEqual(3);
    for (const c of abroad) expect(c.city_slug).toBeNull();
    expect(clients.filter((c) => c.country === 'PK').map((c) => c.city_slug)).toEqual(expect.arrayContaining(['lahore', 'karachi', 'islamabad']));
    for (const c of clients) expect(c.client_needs?.length).toBeGreaterThan(10);
    expect(clients.some((c) => ARABIC.test(c.client_needs ?? ''))).toBe(true);

    const admins = await env.deps.db.selectFrom('users').select('email').where('is_admin', '=', true).execute();
    expect(admins.map((a) => a.email)).toEqual([DEMO_ACCOUNTS.find((a) => a.role === 'admin')!.email]);
  });

  it('lets the demo freelancer log in through the log-in form, in Urdu', async () => {
    const ayesha = DEMO_ACCOUNTS.find((a) => a.role === 'freelancer')!;
    const client = new TestClient(env.app);
    const res = await client.post('/login', { email: ayesha.email, password: ayesha.password });
    expect(res.status).toBe(303);
    expect(client.cookies.get('hunar_session')).toBeTruthy();
    const settings = await client.get('/settings');
    expect(settings.status).toBe(200);
    // Ayesha's account is in Urdu, so the page is too.
    const html = await settings.text();
    expect(html).toContain('lang="ur"');
    expect(visibleText(html)).toContain(ayesha.email);
  });

  it('opens each demo dashboard on work to do: orders to deliver and review, a proposal to answer, milestones to fund', async () => {
    const dashboardOf = async (key: string) => {
      const a = DEMO_ACCOUNTS.find((x) => x.email.startsWith(`${key}@`))!;
      const client = new TestClient(env.app);
      expect((await client.post('/login', { email: a.email, password: a.password })).status).toBe(303);
      const html = await (await client.get('/dashboard')).text();
      return visibleText(html.match(/<section class="card actions-now"[\s\S]*?<\/section>/)?.[0] ?? '');
    };
    const hamza = await dashboardOf('hamza');
    expect(hamza).toMatch(/Review the delivery of order HNR-\d+/);
    expect(hamza).toMatch(/accepted automatically on/);
    expect(hamza).toContain('Answer 1 new proposal');
    expect(hamza).toMatch(/Fund milestone HNR-\d+ · Store design, theme and 60 products/);
    const ayesha = await dashboardOf('ayesha');
    expect(ayesha).toMatch(/آرڈر HNR-\d+ ڈیلیور کریں/);
    expect(ayesha).toContain('Hamza Sheikh کے لیے؛ ڈیلیوری کی آخری تاریخ');
    const bilal = await dashboardOf('bilal');
    expect(bilal).toMatch(/Deliver order HNR-\d+ · Full-stack web developer/);
    expect(bilal).toContain('For Usman Tariq; delivery due');
    // The money behind it balances.
    const { results } = await checkWholeLedger(env.deps.db);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  });

  it('lets every listed demo account log in', async () => {
    for (const a of DEMO_ACCOUNTS) {
      const res = await new TestClient(env.app).post('/login', { email: a.email, password: a.password });
      expect(res.status, a.email).toBe(303);
    }
  });

  it('does nothing on a database that already has users', async () => {
    const before = await env.deps.db.selectFrom('users').select(['id', 'updated_at']).orderBy('id').execute();
    const more: string[] = [];
    expect(await seedIfEmpty(env.deps, (l) => more.push(l))).toBe(false);
    expect(await seed(env.deps, (l) => more.push(l))).toBeNull();
    expect(more).toEqual([]);
    expect(await env.deps.db.selectFrom('users').select(['id', 'updated_at']).orderBy('id').execute()).toEqual(before);
  });

  it('is never loaded by itself in production', async () => {
    const other = await testEnv({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) });
    try {
      expect(await seedIfEmpty(other.deps, () => {})).toBe(false);
      expect(await other.deps.db.selectFrom('users').select('id').execute()).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
