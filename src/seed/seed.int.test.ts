import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { checkWholeLedger } from '../ledger/service.ts';
import { taxYearOf } from '../tax/domain.ts';
import { yearIncome } from '../tax/figures.ts';
import { SKILLS, SMALL_TOWNS_AND_RURAL_DISTRICTS } from '../taxonomy/data.ts';
import { DEMO_GIGS } from './demo-gigs.ts';
import { DEMO_JOBS } from './demo-jobs.ts';
import { DEMO_FREELANCERS, demoEmail } from './demo-people.ts';
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
    expect(lines).toContain(`Seeding listings… ${DEMO_GIGS.length} gigs, ${DEMO_JOBS.length} jobs`);
    const published = await env.deps.db
      .selectFrom('gigs')
      .innerJoin('users', 'users.id', 'gigs.seller_id')
      .select(['gigs.slug', 'users.email'])
      .where('gigs.status', '=', 'published')
      .execute();
    expect(published.length).toBe(DEMO_GIGS.filter((g) => g.status === 'published').length);
    // Fixed readable addresses: the search examples and tests name the gigs by them.
    for (const g of published) expect(g.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(published.map((g) => g.slug)).toEqual(expect.arrayContaining(['ayesha-logo-design', 'faisal-wordpress-website-small-business', 'zeeshan-wordpress-website-urdu']));
    for (const f of DEMO_FREELANCERS) expect(published.some((g) => g.email === demoEmail(f.key)), f.key).toBe(true);
    const jobs = await env.deps.db.selectFrom('jobs').select(['currency']).where('status', '=', 'open').where('visibility', '=', 'public').execute();
    expect(jobs.length).toBe(DEMO_JOBS.filter((j) => j.status === 'open' && j.visibility === 'public').length);
    expect(new Set(jobs.map((j) => j.currency))).toEqual(new Set(['PKR', 'USD']));
    const home = visibleText(await (await new TestClient(env.app, { 'accept-language': 'en' }).get('/')).text());
    expect(home).toContain('New gigs');
    expect(home).toMatch(/from Rs \d/);
    const search = await (await new TestClient(env.app).get('/api/v1/search?q=logo%20design&type=gig')).json() as { items: { url: string }[] };
    expect(search.items.map((i) => i.url)).toContain('/g/ayesha-logo-design');
    const jobsPage = await new TestClient(env.app).get('/jobs');
    expect(jobsPage.status).toBe(200);
  });

  it('is a showcase for search: 60+ gigs each written for itself, every skill of the filters and every home-page category with gigs, paused gigs and private jobs hidden', async () => {
    const gigs = await env.deps.db.selectFrom('gigs').select(['slug', 'description', 'skills', 'status', 'category_slug']).execute();
    const published = gigs.filter((g) => g.status === 'published');
    expect(published.length).toBeGreaterThanOrEqual(60);
    expect(new Set(published.map((g) => g.description)).size).toBe(published.length);
    expect(new Set(published.flatMap((g) => g.skills)).size).toBeGreaterThanOrEqual(30);
    // Every category the home page links to has gigs; so has every skill the search filter offers.
    const home = await (await new TestClient(env.app, { 'accept-language': 'en' }).get('/')).text();
    const categories = [...home.matchAll(/href="\/c\/([a-z-]+)"/g)].map((m) => m[1]!);
    expect(categories.length).toBeGreaterThan(3);
    for (const c of categories) expect(published.some((g) => g.category_slug === c), c).toBe(true);
    const anon = new TestClient(env.app);
    for (const skill of SKILLS) {
      const found = (await (await anon.get(`/api/v1/search?type=gig&skill=${skill.slug}`)).json()) as { items: { url: string }[] };
      expect(found.items.length, skill.slug).toBeGreaterThan(0);
    }
    // Paused gigs are kept but shown nowhere: not in search, not at their address.
    const paused = gigs.filter((g) => g.status === 'paused');
    expect(paused.length).toBeGreaterThanOrEqual(2);
    for (const g of paused) {
      const found = (await (await anon.get(`/api/v1/search?type=gig&category=${g.category_slug}&skill=${g.skills[0]}`)).json()) as { items: { url: string }[] };
      expect(found.items.map((i) => i.url), g.slug).not.toContain(`/g/${g.slug}`);
      expect((await anon.get(`/g/${g.slug}`)).status, g.slug).toBe(404);
    }
    // One invite-only job (Karim is invited) and one closed job exist, and strangers see neither.
    const hidden = await env.deps.db.selectFrom('jobs').select(['id', 'title', 'visibility', 'status']).where((eb) => eb.or([eb('visibility', '=', 'invite_only'), eb('status', '=', 'closed')])).execute();
    const invite = hidden.find((j) => j.visibility === 'invite_only')!;
    expect(invite).toBeTruthy();
    expect(hidden.some((j) => j.status === 'closed' && j.title === 'Logo for a small candle brand')).toBe(true);
    const invited = await env.deps.db.selectFrom('job_invites').innerJoin('users', 'users.id', 'job_invites.freelancer_id').select('users.email').where('job_invites.job_id', '=', invite.id).execute();
    expect(invited.map((i) => i.email)).toEqual([demoEmail('karim')]);
    const openJobs = visibleText(await (await anon.get('/jobs')).text());
    for (const j of hidden) {
      expect(openJobs, j.title).not.toContain(j.title);
      const found = (await (await anon.get(`/api/v1/search?type=job&q=${encodeURIComponent(j.title)}`)).json()) as { items: { url: string }[] };
      expect(found.items.map((i) => i.url), j.title).not.toContain(`/jobs/${j.id}`);
    }
  });

  it('gives every demo gig a picture, stored as uploads are, shown as a card on the home page and in search', async () => {
    expect(lines).toContain(`Seeding gig pictures… ${DEMO_GIGS.length}`);
    const images = await env.deps.db
      .selectFrom('media')
      .innerJoin('gigs', 'gigs.id', 'media.gig_id')
      .select(['media.key', 'media.width', 'media.height', 'media.purpose'])
      .where('gigs.status', '=', 'published')
      .execute();
    expect(images).toHaveLength(DEMO_GIGS.filter((g) => g.status === 'published').length);
    expect(images.every((i) => i.purpose === 'gig_image' && i.width === 640 && i.height === 480)).toBe(true);
    const anon = new TestClient(env.app, { 'accept-language': 'ur' });
    const home = await (await anon.get('/')).text();
    expect(home.match(/<img src="\/media\/[\w-]{22}\/card" width="320" height="240" alt="[^"]+" loading="lazy"/g)?.length).toBeGreaterThan(3);
    const card = await anon.get(`/media/${images[0]!.key}/card`);
    expect(card.status).toBe(200);
    expect(card.headers.get('content-type')).toBe('image/webp');
    expect((await anon.get('/search?q=design')).status).toBe(200);
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

  it('has money to show: Ayesha’s earnings available and on hold, Hamza’s unused balance and JazzCash, and a payout batch with a client’s withdrawal', async () => {
    expect(lines).toContain('Seeding money… 2 completed orders, 2 withdrawals in a payout batch');
    const { results } = await checkWholeLedger(env.deps.db);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const login = async (key: string) => {
      const a = DEMO_ACCOUNTS.find((x) => x.email.startsWith(`${key}@`))!;
      const c = new TestClient(env.app);
      expect((await c.post('/login', { email: a.email, password: a.password })).status).toBe(303);
      return c;
    };
    // Ayesha (Urdu): earnings available, and some on hold with the day they clear.
    const ayesha = visibleText(await (await (await login('ayesha')).get('/payouts')).text());
    expect(ayesha).toContain('روکی ہوئی کمائی');
    expect(ayesha).toMatch(/Rs [\d,]+\.00 کی کمائی .+ تک روکی ہوئی ہے/);
    expect(ayesha).toContain('بھیجی جا رہی ہے');
    // Hamza: an unused balance to withdraw, his JazzCash, and a withdrawal being sent.
    const hamzaClient = await login('hamza');
    const hamza = visibleText(await (await hamzaClient.get('/payouts')).text());
    expect(hamza).toContain('Withdraw unused balance');
    expect(hamza).toMatch(/Rupees \(PKR\) Rs [1-9][\d,]*\.00/);
    expect(hamza).toContain('JazzCash •••• 0101');
    expect(hamza).toContain('Being sent');
    expect(visibleText(await (await hamzaClient.get('/wallet')).text())).toContain('Withdraw unused balance');
    // The admin's batch holds a freelancer's and a client's withdrawal.
    const admin = await login('admin');
    const queue = await (await admin.get('/admin/payouts')).text();
    const batch = queue.match(/href="(\/admin\/payouts\/batches\/[0-9a-f-]{36})"/)![1]!;
    const batchText = visibleText(await (await admin.get(batch)).text());
    expect(batchText).toContain('Hamza Sheikh');
    expect(batchText).toContain('Client’s unused balance');
    expect(batchText).toContain('Freelancer’s earnings');
  });

  it('has a contract with money in it: Hamza hired Bilal, one milestone released, one funded, one to fund', async () => {
    const login = async (key: string) => {
      const client = new TestClient(env.app);
      expect((await client.post('/login', { email: `${key}@demo.hunar.pk`, password: DEMO_PASSWORD })).status).toBe(303);
      return client;
    };
    const hamza = await login('hamza');
    const list = (await (await hamza.get('/api/v1/contracts')).json()) as { contracts: { id: string; other_party: string }[] };
    expect(list.contracts.map((c) => c.other_party)).toEqual(['Bilal Ahmed']);
    const k = (await (await hamza.get(`/api/v1/contracts/${list.contracts[0]!.id}`)).json()) as Record<string, { amount: string }> & { orders: { state: string }[] };
    expect([k.agreed_price!.amount, k.total!.amount, k.funded!.amount, k.released!.amount, k.to_fund!.amount]).toEqual(['6000000', '6000000', '3000000', '1500000', '1500000']);
    expect(k.orders.map((o) => o.state)).toEqual(['completed', 'in_progress', 'awaiting_payment']);
    const page = visibleText(await (await (await login('bilal')).get(`/contracts/${list.contracts[0]!.id}`)).text());
    expect(page).toContain('Contract total Rs 60,000 Funded (in escrow) Rs 30,000 Released to the freelancer Rs 15,000 Still to fund Rs 15,000');
    // Every demo plan adds up to its price, and the money moved through a ledger that balances.
    const plans = await env.deps.db.selectFrom('proposals').select(['price_minor', 'milestones']).execute();
    for (const p of plans.filter((x) => x.milestones.length)) expect(p.milestones.reduce((a, m) => a + BigInt(m.amount_minor), 0n)).toBe(BigInt(p.price_minor!));
    expect((await checkWholeLedger(env.deps.db)).results.filter((r) => !r.ok)).toEqual([]);
    // Ayesha's shortlisted proposal lets Hamza try hiring.
    const ayesha = await env.deps.db.selectFrom('proposals').innerJoin('users', 'users.id', 'proposals.freelancer_id').select(['proposals.id', 'proposals.status']).where('users.email', '=', 'ayesha@demo.hunar.pk').executeTakeFirstOrThrow();
    expect(ayesha.status).toBe('shortlisted');
    expect(visibleText(await (await hamza.get(`/proposals/${ayesha.id}/hire`)).text())).toContain('Contract total Rs 24,000');
  });

  it('gives Emma (UK) dollars and an unpaid rupee order she can pay in one step, with estimates in pounds', async () => {
    expect(lines).toContain('Seeding dollars… 4 estimate rates, 1 order awaiting payment');
    const emma = DEMO_ACCOUNTS.find((a) => a.email.startsWith('emma@'))!;
    const client = new TestClient(env.app, { 'accept-language': 'en' });
    expect((await client.post('/login', { email: emma.email, password: emma.password })).status).toBe(303);
    const order = await env.deps.db
      .selectFrom('orders as o')
      .innerJoin('users as u', 'u.id', 'o.client_id')
      .select(['o.id', 'o.currency'])
      .innerJoin('users as f', 'f.id', 'o.freelancer_id')
      .where('u.email', '=', emma.email)
      .where('f.email', '=', 'hamid@demo.hunar.pk')
      .where('o.state', '=', 'awaiting_payment')
      .executeTakeFirstOrThrow();
    expect(order.currency).toBe('PKR');
    const page = visibleText(await (await client.get(`/orders/${order.id}`)).text());
    expect(page).toMatch(/Convert \$\d+\.\d\d to Rs [\d,]+\.\d\d at 1 USD = 280\.91 PKR and pay/);
    // Her country is the UK: the checkout summary and gig pages estimate in pounds, at a labelled demo rate.
    expect(page).toMatch(/About £\d+ \(estimate\)/);
    expect(page).toContain('a demo rate for');
    const hamid = await env.deps.db.selectFrom('gigs').innerJoin('users', 'users.id', 'gigs.seller_id').select('gigs.slug').where('users.email', '=', 'hamid@demo.hunar.pk').executeTakeFirstOrThrow();
    const gig = visibleText(await (await client.get(`/g/${hamid.slug}`)).text());
    expect(gig).toMatch(/About £\d+/);
    expect(gig).toContain('1 GBP = 375 PKR');
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
    expect(hamza).toMatch(/Fund milestone HNR-\d+ · Launch and training/);
    const ayesha = await dashboardOf('ayesha');
    expect(ayesha).toMatch(/آرڈر HNR-\d+ ڈیلیور کریں/);
    expect(ayesha).toContain('Hamza Sheikh کے لیے؛ ڈیلیوری کی آخری تاریخ');
    const bilal = await dashboardOf('bilal');
    expect(bilal).toMatch(/Deliver order HNR-\d+ · Full-stack React and Node.js development/);
    expect(bilal).toContain('For Usman Tariq; delivery due');
    // The money behind it balances.
    const { results } = await checkWholeLedger(env.deps.db);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  });

  it('opens each demo inbox on conversations before and inside orders, some unread, with a flagged message and a report for the admin', async () => {
    expect(lines.find((l) => l.startsWith('Seeding messages'))).toBe('Seeding messages… 8 conversations, 22 messages, 1 report');
    const signIn = async (key: string) => {
      const client = new TestClient(env.app);
      expect((await client.post('/login', { email: demoEmail(key), password: DEMO_PASSWORD })).status).toBe(303);
      return client;
    };
    const ayesha = await signIn('ayesha');
    const inbox = visibleText(await (await ayesha.get('/messages')).text());
    expect(inbox).toContain('ندا رحمان');
    expect(inbox).toContain('1 نیا');
    const nida = (await (await ayesha.get('/messages')).text()).match(/href="(\/messages\/[0-9a-f-]{36})"[^>]*>\s*<strong>\s*<bdi>ندا رحمان/)![1]!;
    const thread = visibleText(await (await ayesha.get(nida)).text());
    expect(thread).toContain('اس پیغام میں رابطے یا ادائیگی کی تفصیلات ہیں');
    const emma = await signIn('emma');
    const emmaInbox = visibleText(await (await emma.get('/messages')).text());
    expect(emmaInbox).toContain('حامد خان');
    expect(emmaInbox).toContain('1 new');
    const emmaHtml = await (await emma.get('/messages')).text();
    const withHamid = emmaHtml.match(/href="(\/messages\/[0-9a-f-]{36})"[^>]*>\s*<strong>\s*<bdi>حامد خان/)![1]!;
    const file = (await (await emma.get(withHamid)).text()).match(/href="(\/media\/[\w-]{22}\/file)" download="flu-leaflet-page-1.png"/)![1]!;
    const png = await emma.get(file);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    // Hamza's order conversation shows the order's events among the messages.
    const hamza = await signIn('hamza');
    const hamzaInbox = await (await hamza.get('/messages')).text();
    expect(visibleText(hamzaInbox)).toContain('Order');
    const ordersWithEvents = await Promise.all(
      [...hamzaInbox.matchAll(/href="(\/messages\/[0-9a-f-]{36})"/g)].map(async (m) => visibleText(await (await hamza.get(m[1]!)).text())),
    );
    expect(ordersWithEvents.some((t) => t.includes('Paid into escrow') && t.includes('brand-colours.png'))).toBe(true);
    const admin = await signIn('admin');
    const queue = visibleText(await (await admin.get('/admin/reports')).text());
    expect(queue).toContain('Bilal Ahmed reported Lena Schmidt');
  });

  it('lets every listed demo account log in', async () => {
    for (const a of DEMO_ACCOUNTS) {
      const res = await new TestClient(env.app).post('/login', { email: a.email, password: a.password });
      expect(res.status, a.email).toBe(303);
    }
  });

  it('shows Emma, in London, her invoice with her company, address and VAT number, in UK time', async () => {
    const emma = new TestClient(env.app);
    expect((await emma.post('/login', { email: 'emma@demo.hunar.pk', password: DEMO_PASSWORD })).status).toBe(303);
    const me = (await (await emma.get('/api/v1/me')).json()) as { id: string; time_zone: string };
    expect(me.time_zone).toBe('Europe/London');
    const order = await env.deps.db.selectFrom('orders').select(['id', 'state']).where('client_id', '=', me.id).executeTakeFirstOrThrow();
    expect(order.state).toBe('awaiting_payment');
    const invoice = visibleText(await (await emma.get(`/orders/${order.id}/receipt`)).text());
    for (const s of ['Invoice', 'Emma Clarke', 'Hartley & Finch Ltd', 'London EC1M 5RN', 'United Kingdom', 'Tax / VAT number: GB 123 4567 89', 'Dates are in United Kingdom Time.']) expect(invoice).toContain(s);
    const page = visibleText(await (await emma.get(`/orders/${order.id}`)).text());
    expect(page).toMatch(/\d{4}, \d{1,2}:\d{2} [ap]m GMT(\+1)?/);
    // Hamza keeps Pakistan time and has an NTN; Usman keeps the default zone.
    const zones = await env.deps.db.selectFrom('users').select(['email', 'time_zone']).where('email', 'in', ['hamza@demo.hunar.pk', 'usman@demo.hunar.pk']).execute();
    expect(zones.map((z) => z.time_zone)).toEqual(['Asia/Karachi', 'Asia/Karachi']);
    const hamza = await env.deps.db
      .selectFrom('profiles')
      .innerJoin('users', 'users.id', 'profiles.user_id')
      .select(['profiles.tax_number', 'profiles.billing_address'])
      .where('users.email', '=', 'hamza@demo.hunar.pk')
      .executeTakeFirstOrThrow();
    expect(hamza.tax_number).toBe('1234567-8');
    expect(hamza.billing_address).toContain('Karachi');
  });

  it('shows reviews and levels: Ayesha at level one with replies, her review of Hamza’s latest order still to write, ratings in search', async () => {
    expect(lines.some((l) => /^Seeding reviews… \d+ reviews and seller levels$/.test(l))).toBe(true);
    const visitor = new TestClient(env.app, { 'accept-language': 'en' });
    const ayesha = await env.deps.db.selectFrom('users').select(['id', 'handle', 'seller_level', 'rating_count']).where('email', '=', demoEmail('ayesha')).executeTakeFirstOrThrow();
    expect(ayesha.seller_level).toBe('level_one');
    expect(ayesha.rating_count).toBe(3);
    const profile = visibleText(await (await visitor.get(`/u/${ayesha.handle}`)).text());
    expect(profile).toContain('Level one');
    expect(profile).toContain('Reply from عائشہ صدیقی');
    expect(profile).toContain('ہمارے ریستوران کا نیا مینیو');
    // Hamza's review of her newest order waits for hers: she is told, and cannot read it yet.
    const login = new TestClient(env.app);
    expect((await login.post('/login', { email: demoEmail('ayesha'), password: DEMO_PASSWORD })).status).toBe(303);
    const newest = await env.deps.db.selectFrom('orders').select('id').where('freelancer_id', '=', ayesha.id).where('state', '=', 'completed').orderBy('completed_at', 'desc').executeTakeFirstOrThrow();
    const pending = visibleText(await (await login.get(`/orders/${newest.id}/review`)).text());
    expect(pending).toContain('Hamza Sheikh نے آپ کا ریویو لکھ دیا ہے۔');
    expect(pending).not.toContain('Eid campaign');
    const search = visibleText(await (await visitor.get('/search?type=gig&sort=rating')).text());
    expect(search).toMatch(/★ \d\.\d \(\d+ reviews?\)/);
    expect(search).toContain('Level one');
    expect((await checkWholeLedger(env.deps.db)).results.filter((r) => !r.ok)).toEqual([]);
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
    const other = await testEnv({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), SECRETS_KEYS: 'k1:aHVuYXItdGVzdC1rZXktbm90LWZvci1yZWFsLXVzZSE=' });
    try {
      expect(await seedIfEmpty(other.deps, () => {})).toBe(false);
      expect(await other.deps.db.selectFrom('users').select('id').execute()).toEqual([]);
    } finally {
      await other.close();
    }
  });
  // Notifications (issue 18, src/seed/demo-notifications.ts).
  it('gives the demo people read and unread notifications about their own orders and jobs, in their language', async () => {
    for (const [key, words] of [
      ['ayesha', 'آرڈر'],
      ['bilal', 'Order'],
    ] as const) {
      const client = new TestClient(env.app);
      expect((await client.post('/login', { email: demoEmail(key), password: DEMO_PASSWORD })).status).toBe(303);
      const api = (await (await client.get('/api/v1/notifications')).json()) as { unread: number; notifications: { read_at: string | null; text: string }[] };
      expect(api.unread, key).toBe(2);
      expect(api.notifications.length, key).toBeGreaterThan(2);
      expect(api.notifications.some((n) => n.text.includes(words)), key).toBe(true);
      expect(visibleText(await (await client.get('/notifications')).text())).toContain(visibleText(api.notifications[0]!.text));
    }
    const hamza = new TestClient(env.app);
    await hamza.post('/login', { email: demoEmail('hamza'), password: DEMO_PASSWORD });
    expect(((await (await hamza.get('/api/v1/notifications')).json()) as { notifications: unknown[] }).notifications.length).toBeGreaterThan(0);
  });
  it('gives three freelancers a year and a half of tax figures: Ayesha registered with PSEB, Bilal not a filer, Usman with a salary', async () => {
    expect(lines.find((l) => l.startsWith('Seeding tax'))).toMatch(/^Seeding tax… 3 tax profiles, \d+ paid orders over 16 months, \d+ withdrawals, \d+ PRCs, 3 year statements$/);
    const id = async (key: string) => (await env.deps.db.selectFrom('users').select('id').where('email', '=', demoEmail(key)).executeTakeFirstOrThrow()).id;
    const now = env.deps.clock.now();
    for (const key of ['ayesha', 'bilal', 'usman']) {
      const last = await yearIncome(env.deps.db, await id(key), taxYearOf(now) - 1);
      const current = await yearIncome(env.deps.db, await id(key), taxYearOf(now));
      // A whole last year from clients abroad, and this year so far.
      expect(last.exportPkr.amount, key).toBeGreaterThan(0n);
      expect(current.totalPkr.amount, key).toBeGreaterThan(0n);
      expect(last.byCurrency.map((c) => c.currency)).toContain('USD');
    }
    expect((await yearIncome(env.deps.db, await id('ayesha'), taxYearOf(now) - 1)).localPkr.amount).toBeGreaterThan(0n);
    const profiles = await env.deps.db.selectFrom('tax_profiles').selectAll().execute();
    expect(profiles.length).toBe(3);
    // The CNIC is sealed: no digits of it in the column.
    for (const p of profiles) if (p.cnic_sealed) expect(p.cnic_sealed).not.toMatch(/\d{5}/);
    const ayesha = profiles.find((p) => p.pseb_number)!;
    expect(ayesha.filer).toBe(true);
    expect(profiles.filter((p) => p.has_salary).length).toBe(1);
    // Dollar payouts keep what a PRC needs; some have the bank's certificate attached.
    const records = await env.deps.db.selectFrom('remittance_records').select(['prc_media_id', 'payer_country']).execute();
    expect(records.length).toBeGreaterThan(30);
    expect(records.some((r) => r.prc_media_id)).toBe(true);
    expect(records.some((r) => !r.prc_media_id)).toBe(true);
    expect(new Set(records.map((r) => r.payer_country))).toEqual(new Set(['GB', 'US', 'AE']));
    // Bilal's assistant: his dollar payouts this year have no PRCs, and registering and filing would save him money.
    const bilal = new TestClient(env.app, { 'accept-language': 'en' });
    await bilal.post('/login', { email: demoEmail('bilal'), password: DEMO_PASSWORD });
    const page = visibleText(await (await bilal.get('/tax')).text());
    expect(page).toMatch(/0 of your \d+ dollar payouts this tax year have the bank’s PRC attached\./);
    expect(page).toContain('Not registered with PSEB.');
    // Last year's statements verify by their codes; Ayesha's first one is withdrawn.
    const statements = await env.deps.db.selectFrom('tax_statements').select(['code', 'withdrawn_at']).orderBy('issued_at').execute();
    expect(statements.map((x) => x.withdrawn_at !== null)).toEqual([true, false, false]);
    const visitor = new TestClient(env.app, { 'accept-language': 'en' });
    for (const x of statements) {
      const json = (await (await visitor.get(`/api/v1/verify/${x.code}`)).json()) as { status: string };
      expect(json.status).toBe(x.withdrawn_at ? 'withdrawn' : 'valid');
    }
    expect((await checkWholeLedger(env.deps.db)).results.filter((r) => !r.ok)).toEqual([]);
  });
  it('opens the academy on three courses in both languages, learners part-way, and certificates that verify (one revoked)', async () => {
    expect(lines.find((l) => l.startsWith('Seeding the academy'))).toBe('Seeding the academy… 3 courses, 15 lessons, 6 learners, 3 certificates');
    const visitor = new TestClient(env.app, { 'accept-language': 'ur' });
    const home = visibleText(await (await visitor.get('/academy')).text());
    expect(home).toMatch(ARABIC);
    const certs = await env.deps.db.selectFrom('credentials').select(['code', 'status']).where('kind', '=', 'course').execute();
    expect(certs.map((c) => c.status).sort()).toEqual(['revoked', 'valid', 'valid']);
    // From outside: one waiting for the admin's check, one checked.
    const outside = await env.deps.db.selectFrom('credentials').select('status').where('kind', '=', 'external').execute();
    expect(outside.map((c) => c.status).sort()).toEqual(['self_reported', 'verified']);
    for (const c of certs) {
      const res = await visitor.get(`/api/v1/credentials/${c.code}`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { jwt: string; status: string };
      expect(body.status).toBe(c.status);
      expect(body.jwt.split('.')).toHaveLength(3);
    }
    const bilal = new TestClient(env.app, { 'accept-language': 'en' });
    await bilal.post('/login', { email: demoEmail('bilal'), password: DEMO_PASSWORD });
    expect(visibleText(await (await bilal.get('/learning')).text())).toContain('Prompting and using AI tools for client work');
    // The instructor's prompt template is a file under lesson 2, for its learners to download.
    expect(visibleText(await (await bilal.get('/academy/courses/ai-tools-for-client-work/lessons/2')).text())).toContain('client-prompt-template.md');
    expect((await checkWholeLedger(env.deps.db)).results.filter((r) => !r.ok)).toEqual([]);
  });
  it('shows the two associations’ events: a full meet-up in Lahore with Hamza first on its waiting list, an online workshop, and a members-only circle only members see', async () => {
    expect(lines).toContain('Seeding association events… 4 events of 2 associations, 22 RSVPs');
    const visitor = new TestClient(env.app, { 'accept-language': 'ur' });
    const list = visibleText(await (await visitor.get('/events')).text());
    expect(list).toContain('لاہور ڈویلپرز کی ملاقات: بیرونِ ملک سے ادائیگی کیسے لیں');
    expect(list).toContain('بیرونِ ملک کے کلائنٹس کے لیے لوگو کی قیمت کیسے طے کریں');
    expect(list).not.toContain('ممبرز کا پورٹ فولیو ریویو حلقہ');
    const hamza = new TestClient(env.app, { 'accept-language': 'en' });
    await hamza.post('/login', { email: demoEmail('hamza'), password: DEMO_PASSWORD });
    const lahore = (await (await hamza.get('/api/v1/associations/lahore-developers/events')).json()) as { items: { id: string; going: number; capacity: number; mine: unknown }[] };
    expect(lahore.items[0]).toMatchObject({ going: 8, capacity: 8, mine: { status: 'waiting', position: 1 } });
    expect(visibleText(await (await hamza.get(`/events/${lahore.items[0]!.id}`)).text())).toContain('You are number 1 on the waiting list.');
    const ayesha = new TestClient(env.app);
    await ayesha.post('/login', { email: demoEmail('ayesha'), password: DEMO_PASSWORD });
    expect(visibleText(await (await ayesha.get('/associations/multan-women-designers/events')).text())).toContain('ممبرز کا پورٹ فولیو ریویو حلقہ');
  });

  it('makes an association’s page its hub: coming events and the calendar feed, the members’ board, minimum rates, and the officer told of a request', async () => {
    // Sadia, its second officer (Ayesha's logins are counted by the log-in limit elsewhere in this file).
    const sadia = new TestClient(env.app, { 'accept-language': 'en' });
    expect((await sadia.post('/login', { email: demoEmail('sadia'), password: DEMO_PASSWORD })).status).toBe(303);
    const html = await (await sadia.get('/associations/multan-women-designers')).text();
    const text = visibleText(html);
    expect(text).toContain('Coming events');
    expect(text).toContain('Members’ portfolio review circle');
    expect(html).toContain('href="/associations/multan-women-designers/events.ics"');
    expect(html).toContain('href="/forum/a/multan-women-designers"');
    expect(text).toContain('Recommended minimum rates');
    expect(html).toContain('href="/rates/associations/multan-women-designers"');
    expect(html).toContain('href="/associations/multan-women-designers/edit"');
    expect(text).toContain('عظمیٰ ناز');
    const told = await env.deps.db.selectFrom('notifications as n').innerJoin('users as u', 'u.id', 'n.user_id').select(['u.email', 'n.params']).where('n.kind', '=', 'association_join_requested').execute();
    expect(told.filter((n) => (n.params as { by?: string }).by === 'عظمیٰ ناز').map((n) => n.email).sort()).toEqual([demoEmail('ayesha'), demoEmail('sadia')].sort());
    const visitor = new TestClient(env.app, { 'accept-language': 'ur' });
    const seen = await (await visitor.get('/associations/multan-women-designers')).text();
    expect(visibleText(seen)).toContain('تجویز کردہ کم از کم ریٹس');
    expect(visibleText(seen)).toContain('آنے والے ایونٹس');
    expect(seen).not.toContain('/forum/a/multan-women-designers');
  });

  it('fills the forum: threads with replies in Urdu, English and Roman Urdu in every category, one pinned and one locked, found by search', async () => {
    const all = await env.deps.db.selectFrom('forum_threads').select(['category', 'association_id', 'pinned_at', 'locked_at', 'reply_count']).execute();
    // The private board of Multan Women Designers has its own thread (the association is seeded first).
    expect(all.filter((t) => t.association_id !== null)).toHaveLength(1);
    const threads = all.filter((t) => t.category !== null);
    expect(new Set(threads.map((t) => t.category))).toEqual(new Set(['getting-started', 'tax-payments', 'skills', 'clients-contracts', 'women-freelancers']));
    expect(threads.every((t) => t.reply_count > 0)).toBe(true);
    expect(threads.filter((t) => t.pinned_at)).toHaveLength(1);
    expect(threads.filter((t) => t.locked_at)).toHaveLength(1);
    const ayesha = new TestClient(env.app, { 'accept-language': 'ur' });
    expect((await ayesha.post('/login', { email: demoEmail('ayesha'), password: DEMO_PASSWORD })).status).toBe(303);
    const forum = visibleText(await (await ayesha.get('/forum')).text());
    expect(forum).toContain('خواتین فری لانسرز');
    expect(forum).toContain('گھر سے کام کے بارے میں گھر والوں کو کیسے سمجھائیں؟');
    const search = visibleText(await (await ayesha.get(`/forum/search?q=${encodeURIComponent('PRC payoneer')}`)).text());
    expect(search).toContain('PRC for Payoneer payouts?');
  });

  it('opens /spaces on three co-working spaces in three cities, with bookings and reviews by demo freelancers', async () => {
    expect(lines.find((l) => l.startsWith('Seeding co-working spaces'))).toBe('Seeding co-working spaces… 3 spaces, 6 desk bookings, 4 reviews');
    const visitor = new TestClient(env.app, { 'accept-language': 'ur' });
    const page = visibleText(await (await visitor.get('/spaces')).text());
    for (const name of ['Bethak Co-work', 'Kaam Ghar', 'Margalla Desk']) expect(page).toContain(name);
    expect(page).toContain('ای روزگار');
    // One placeholder photo each (the gig pictures' generator, captioned with the space's name).
    expect(await env.deps.db.selectFrom('media').select('id').where('purpose', '=', 'space_photo').execute()).toHaveLength(3);
    const ayesha = new TestClient(env.app, { 'accept-language': 'ur' });
    await ayesha.post('/login', { email: demoEmail('ayesha'), password: DEMO_PASSWORD });
    expect(visibleText(await (await ayesha.get('/spaces/bookings')).text())).toContain('چیک اِن کوڈ');
    const owner = new TestClient(env.app, { 'accept-language': 'ur' });
    expect((await owner.post('/login', { email: demoEmail('nasreen'), password: DEMO_PASSWORD })).status).toBe(303);
    expect((await owner.get('/spaces/manage/bethak-co-work-multan')).status).toBe(200);
    expect((await checkWholeLedger(env.deps.db)).results.filter((r) => !r.ok)).toEqual([]);
  });
  it('shows the demo admin a contested mentoring report waiting, its money in escrow', async () => {
    const admin = new TestClient(env.app, { 'accept-language': 'en' });
    await admin.post('/login', { email: demoEmail('admin'), password: DEMO_PASSWORD });
    const page = visibleText(await (await admin.get('/admin/mentors')).text());
    expect(page).toContain('Contested absence reports (1)');
    expect(page).toContain('I was in the Jitsi room from the start for 25 minutes');
    expect((await checkWholeLedger(env.deps.db)).results.filter((r) => !r.ok)).toEqual([]);
  });
});
