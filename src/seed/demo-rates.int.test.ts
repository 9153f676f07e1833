import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { balanceOf, checkWholeLedger } from '../ledger/service.ts';
import { demoEmail } from './demo-people.ts';
import { seedIfEmpty } from './seed.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
  await seedIfEmpty(env.deps, () => {});
}, 180_000);
afterAll(() => env.close());

describe('the market-rates and referrals demo', () => {
  it('shows figures on /rates for logos, articles and Lahore’s WordPress sites, in English and Urdu', async () => {
    const visitor = new TestClient(env.app);
    const overview = visibleText(await (await visitor.get('/rates')).text());
    expect(overview).toContain('Logo design');
    expect(overview).toContain('WordPress');
    expect(overview).toContain('Content writing');
    const api = (await (await visitor.get('/api/v1/rates?skill=wordpress&city=lahore')).json()) as any;
    expect(api.in_city.orders.all.count).toBeGreaterThanOrEqual(10);
    expect(Number(api.in_city.orders.all.median.amount)).toBeGreaterThanOrEqual(2_500_000);
    expect(Number(api.in_city.orders.all.median.amount)).toBeLessThanOrEqual(12_000_000);
    const logos = (await (await visitor.get('/api/v1/rates?skill=logo-design')).json()) as any;
    expect(logos.pakistan.orders.all.count).toBeGreaterThanOrEqual(10);
    const urdu = new TestClient(env.app, { 'accept-language': 'ur' });
    expect(visibleText(await (await urdu.get('/rates?skill=wordpress&city=lahore')).text())).toContain('درمیانی قیمت (میڈین)');
  });

  it('has a funded promotions pool and a referral paid through the ledger', async () => {
    const usman = await env.deps.db.selectFrom('users').select('id').where('email', '=', demoEmail('usman')).executeTakeFirstOrThrow();
    const paid = await env.deps.db.selectFrom('referrals').selectAll().where('referrer_id', '=', usman.id).execute();
    expect(paid).toEqual([expect.objectContaining({ status: 'rewarded', reward_minor: '50000' })]);
    expect(await balanceOf(env.deps.db, { kind: 'promotions', currency: 'PKR' })).toBe(4_950_000n);
    const { results } = await checkWholeLedger(env.deps.db);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  });

  it('has a job passed on from Hira to Saad with the referral fee paid from the first milestone, seen by both', async () => {
    const hira = new TestClient(env.app, { 'accept-language': 'en' });
    expect((await hira.post('/login', { email: demoEmail('hira'), password: 'hunar-demo-2026' })).status).toBe(303);
    const page = visibleText(await (await hira.get('/referrals')).text());
    expect(page).toContain('Website for our Lahore restaurant');
    expect(page).toContain('You passed it on to سعد انور');
    expect(page).toMatch(/Paid from order HNR-\d+: Rs 1,9\d\d/);
    const saad = new TestClient(env.app, { 'accept-language': 'ur' });
    expect((await saad.post('/login', { email: demoEmail('saad'), password: 'hunar-demo-2026' })).status).toBe(303);
    expect(visibleText(await (await saad.get('/referrals')).text())).toContain('Hira Yousaf نے یہ آپ کو آگے دی');
    const fees = await env.deps.db.selectFrom('referral_fees').select('amount_minor').execute();
    expect(fees).toHaveLength(1);
  });
});
