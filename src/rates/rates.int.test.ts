import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { associationWith, buyer, sellerIn, soldAt } from '../../test/rates-world.ts';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import type { Person } from '../../test/world.ts';

let env: TestEnv;
let ayesha: Person; // Lahore, level one
let sana: Person; // Lahore, level one
let hina: Person; // Lahore, level one
let bilal: Person; // Lahore, top rated
let usman: Person; // Karachi, level two
let client: Person;
let visitor: TestClient;

const text = async (res: Response) => visibleText(await res.text());
const api = async (q: string) => {
  const res = await visitor.get(`/api/v1/rates?${q}`);
  return { status: res.status, body: (await res.json()) as any };
};
// Orders complete in October 2026; the figures are read in November (the window is whole months).
const OCT = (day: number) => `2026-10-${String(day).padStart(2, '0')}T09:00:00Z`;
const READ_AT = new Date('2026-11-15T12:00:00Z');

beforeAll(async () => {
  env = await testEnv();
  ayesha = await sellerIn(env, 'Ayesha Siddiqui', 'lahore', 'level_one');
  sana = await sellerIn(env, 'Sana Javed', 'lahore', 'level_one');
  hina = await sellerIn(env, 'Hina Aslam', 'lahore', 'level_one');
  bilal = await sellerIn(env, 'Bilal Ahmed', 'lahore', 'top_rated');
  usman = await sellerIn(env, 'Usman Tariq', 'karachi', 'level_two');
  client = await buyer(env);
  visitor = new TestClient(env.app);
  // Nine logo orders in Lahore, by four freelancers: one short of showing anything.
  const lahore: [Person, number][] = [
    [ayesha, 3000],
    [ayesha, 5000],
    [sana, 6000],
    [sana, 7500],
    [hina, 8000],
    [hina, 9000],
    [ayesha, 10000],
    [sana, 12000],
    [bilal, 15000],
  ];
  let day = 1;
  for (const [s, price] of lahore) await soldAt(env, s, client, 'logo-design', price, OCT(day++));
  // Karachi: three orders (Pakistan has twelve).
  for (const price of [4000, 4500, 5000]) await soldAt(env, usman, client, 'logo-design', price, OCT(day++));
  env.clock.set(READ_AT);
}, 120_000);
afterAll(() => env.close());

describe('/rates and GET /api/v1/rates', () => {
  it('hides a city under ten orders, and shows all of Pakistan once it has ten', async () => {
    const page = await text(await visitor.get('/rates?skill=logo-design&city=lahore'));
    expect(page).toContain('Logo design: market rates');
    expect(page).toContain('In Lahore');
    expect(page).toContain('Not enough data yet');
    // The time range, in words.
    expect(page).toContain('Orders completed from 1 November 2025 to 31 October 2026');
    const { status, body } = await api('skill=logo-design&city=lahore');
    expect(status).toBe(200);
    expect(body.in_city.orders.all).toBeNull();
    // All of Pakistan: twelve orders by five freelancers; rounded to Rs 100.
    expect(body.pakistan.orders.all).toEqual({
      q1: { amount: '490000', currency: 'PKR' },
      median: { amount: '680000', currency: 'PKR' },
      q3: { amount: '930000', currency: 'PKR' },
      count: 12,
    });
    expect(body.window).toEqual({ from: '2025-10-31T19:00:00.000Z', to: '2026-10-31T19:00:00.000Z' });
  });

  it('shows the city at ten orders, and each seller level only where it has ten of its own', async () => {
    env.clock.set(new Date(OCT(20)));
    await soldAt(env, hina, client, 'logo-design', 9500, OCT(20));
    env.clock.set(READ_AT);
    const { body } = await api('skill=logo-design&city=lahore');
    // 3,000 … 15,000: quartiles interpolated (6,375 / 8,500 / 9,875), then rounded to Rs 100.
    expect(body.in_city.orders.all).toEqual({ q1: { amount: '640000', currency: 'PKR' }, median: { amount: '850000', currency: 'PKR' }, q3: { amount: '990000', currency: 'PKR' }, count: 10 });
    // Level one has nine of the ten (Bilal is top rated): not shown; top rated has one.
    expect(body.in_city.orders.level_one).toBeNull();
    expect(body.in_city.orders.top_rated).toBeNull();
    const page = await text(await visitor.get('/rates?skill=logo-design&city=lahore'));
    expect(page).toContain('Rs 8,500');
    expect(page).toContain('Rs 6,400 to Rs 9,900');

    // A tenth level-one order: that level now shows on its own.
    env.clock.set(new Date(OCT(21)));
    await soldAt(env, sana, client, 'logo-design', 11000, OCT(21));
    env.clock.set(READ_AT);
    const again = await api('skill=logo-design&city=lahore');
    expect(again.body.in_city.orders.level_one?.count).toBe(10);
    expect(again.body.pakistan.orders.level_two).toBeNull();
  });

  it('counts only the whole months before this one, so one new order cannot be singled out', async () => {
    const before = (await api('skill=logo-design')).body.pakistan.orders.all;
    await soldAt(env, usman, client, 'logo-design', 50000, '2026-11-10T09:00:00Z');
    env.clock.set(READ_AT);
    expect((await api('skill=logo-design')).body.pakistan.orders.all).toEqual(before);
    expect((await api('skill=logo-design')).body.in_city).toBeNull();
  });

  it('lists skills with figures on the overview, and says so where there are none', async () => {
    const page = await text(await visitor.get('/rates'));
    expect(page).toContain('Skills with figures for all of Pakistan');
    expect(page).toContain('Logo design');
    const wp = await text(await visitor.get('/rates?skill=wordpress'));
    expect(wp).toContain('WordPress: market rates');
    expect(wp).toContain('Not enough data yet');
    expect((await api('skill=wordpress')).body.pakistan.orders.all).toBeNull();
  });

  it('refuses an unknown skill or city with a translated 400 naming the field', async () => {
    const bad = await api('skill=juggling&city=atlantis');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual({ skill: 'Choose a skill from the list.', city: 'Choose a city from the list, or all of Pakistan.' });
    expect((await api('city=lahore')).status).toBe(400);
    const page = await visitor.get('/rates?skill=juggling', { 'accept-language': 'ur' });
    expect(page.status).toBe(400);
    const urdu = new TestClient(env.app, { 'accept-language': 'ur' });
    const ur = await urdu.get('/rates?skill=logo-design&city=atlantis');
    expect(ur.status).toBe(400);
    expect(await text(ur)).toContain('فہرست میں سے کوئی شہر چنیں');
  });

  it('shows a signed-in freelancer where their gigs stand', async () => {
    const page = await text(await ayesha.client.get('/rates?skill=logo-design&city=lahore'));
    expect(page).toContain('Your gigs in this skill');
    expect(page).toMatch(/from Rs 3,000 — below the middle half of orders/);
  });
});

describe('associations’ recommended minimums', () => {
  it('lets officers set a minimum per skill, shown on /rates; members and strangers cannot', async () => {
    await associationWith(env, 'lahore-designers', ayesha, { officers: [ayesha], members: [sana] });
    expect((await sana.client.post('/rates/associations/lahore-designers', { skill: 'logo-design', order: '6000' })).status).toBe(403);
    expect((await client.client.post('/rates/associations/lahore-designers', { skill: 'logo-design', order: '6000' })).status).toBe(403);
    const bad = await ayesha.client.post('/rates/associations/lahore-designers', { skill: 'logo-design', order: 'a lot' });
    expect(bad.status).toBe(400);
    expect(await env.deps.db.selectFrom('association_min_rates').selectAll().execute()).toEqual([]);
    const ok = await ayesha.client.post('/rates/associations/lahore-designers', { skill: 'logo-design', order: '6,000', hourly: '1500' });
    expect(ok.status).toBe(303);
    const page = await text(await visitor.get('/rates?skill=logo-design&city=lahore'));
    expect(page).toMatch(/Lahore Designers\s*: at least Rs 6,000 an order · at least Rs 1,500 an hour/);
    const { body } = await api('skill=logo-design');
    expect(body.minimums).toEqual([expect.objectContaining({ association: expect.objectContaining({ slug: 'lahore-designers' }), per_order: { amount: '600000', currency: 'PKR' } })]);
    // Removing: both empty.
    expect((await ayesha.client.post('/rates/associations/lahore-designers', { skill: 'logo-design', order: '', hourly: '' })).status).toBe(303);
    expect((await api('skill=logo-design')).body.minimums).toEqual([]);
    expect((await visitor.get('/rates/associations/nobody-here')).status).toBe(404);
  });
});

describe('the note on the gig pricing form', () => {
  it('says how the price compares with the market and with the freelancer’s associations’ minimums', async () => {
    expect((await ayesha.client.post('/rates/associations/lahore-designers', { skill: 'logo-design', order: '6000' })).status).toBe(303);
    const gig = await env.deps.db.selectFrom('gigs').select('id').where('seller_id', '=', ayesha.user.id).where('min_price_minor', '=', '300000').executeTakeFirstOrThrow();
    const page = await text(await ayesha.client.get(`/gigs/${gig.id}/edit`));
    expect(page).toContain('Your price and the market');
    expect(page).toContain('Logo design in Lahore: the middle half of orders were Rs 6,800 to Rs 10,500; the median was Rs 9,000.');
    expect(page).toContain('Your lowest package, Rs 3,000, is below the middle half of orders.');
    expect(page).toContain('Lahore Designers recommends at least Rs 6,000 an order for Logo design: your price is below it.');
    // Someone in no association sees the market only; a skill without data says so.
    const other = await text(await usman.client.get(`/gigs/${(await env.deps.db.selectFrom('gigs').select('id').where('seller_id', '=', usman.user.id).executeTakeFirstOrThrow()).id}/edit`));
    expect(other).toContain('Logo design in all of Pakistan');
    expect(other).not.toContain('recommends at least');
    // A gig tagged first with a skill that has no figures is compared in the next one that has them.
    const tagged = await env.deps.db.selectFrom('gigs').select('id').where('seller_id', '=', usman.user.id).executeTakeFirstOrThrow();
    await env.deps.db.updateTable('gigs').set({ skills: ['graphic-design', 'logo-design'] }).where('id', '=', tagged.id).execute();
    expect(await text(await usman.client.get(`/gigs/${tagged.id}/edit`))).toContain('Logo design in all of Pakistan');
  });
});
