import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gigIn } from '../../test/rates-world.ts';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { completedOrder, fundWallet, paidOrder, person, type Person } from '../../test/world.ts';
import { balanceOf, checkWholeLedger } from '../ledger/service.ts';
import { settleReferrals } from './service.ts';

let env: TestEnv;
let admin: Person;
let ayesha: Person; // the referrer, a freelancer
let bilal: Person; // sells the gigs the referred clients buy
let gig: string;

const text = async (res: Response) => visibleText(await res.text());
const pool = () => balanceOf(env.deps.db, { kind: 'promotions', currency: 'PKR' });
const earnings = (p: Person) => balanceOf(env.deps.db, { kind: 'freelancer_available', ownerId: p.user.id, currency: 'PKR' });
const referralOf = (p: Person) => env.deps.db.selectFrom('referrals').selectAll().where('referred_id', '=', p.user.id).executeTakeFirst();
async function ledgerClean() {
  const { results } = await checkWholeLedger(env.deps.db);
  expect(results.filter((r) => !r.ok)).toEqual([]);
}
async function codeOf(p: Person): Promise<string> {
  const res = await p.client.get('/referrals');
  if (res.status !== 200) throw new Error(`/referrals: ${res.status} ${(await res.text()).slice(0, 3000)}`);
  return (await env.deps.db.selectFrom('referral_codes').select('code').where('user_id', '=', p.user.id).executeTakeFirstOrThrow()).code;
}
/** A client who says `code` referred them (the form on /referrals), with money to order. */
async function referredClient(name: string, code: string, device?: string) {
  const p = await person(env, name, { role: 'client' });
  if (device) p.client.cookies.set('hunar_device', device);
  expect((await p.client.post('/referrals/claim', { code })).status).toBe(303);
  await fundWallet(env, p, 10_000_000n, 'PKR');
  return p;
}
let day = 1;
const nextDay = () => `2026-09-${String(day++).padStart(2, '0')}T09:00:00Z`;

beforeAll(async () => {
  env = await testEnv();
  env.clock.set(new Date('2026-09-01T08:00:00Z'));
  admin = await person(env, 'Sana Admin', { role: 'admin' });
  ayesha = await person(env, 'Ayesha Siddiqui', { role: 'freelancer' });
  bilal = await person(env, 'Bilal Ahmed', { role: 'freelancer' });
  gig = await gigIn(env, bilal, 'wordpress', 30_000, 'I will build a fast WordPress site for your business');
}, 60_000);
afterAll(() => env.close());

describe('the operator’s pool', () => {
  it('is funded and the reward set by admins only, through the ledger, audited, once per form', async () => {
    expect((await ayesha.client.get('/admin/referrals')).status).toBe(403);
    expect((await ayesha.client.post('/admin/referrals/fund', { amount: '5000', idempotency_key: crypto.randomUUID() })).status).toBe(403);
    const page = await admin.client.get('/admin/referrals');
    const key = (await page.text()).match(/name="idempotency_key" value="([\w-]+)"/)?.[1];
    expect(key).toBeTruthy();
    expect((await admin.client.post('/admin/referrals/fund', { amount: 'lots', idempotency_key: key! })).status).toBe(400);
    expect((await admin.client.post('/admin/referrals/fund', { amount: '1,000', note: 'HBL ref 88213', idempotency_key: key! })).status).toBe(303);
    expect((await admin.client.post('/admin/referrals/fund', { amount: '1,000', note: 'HBL ref 88213', idempotency_key: key! })).status).toBe(303);
    expect(await pool()).toBe(100_000n);
    expect((await admin.client.post('/admin/referrals/reward', { reward: '500' })).status).toBe(303);
    expect(await text(await admin.client.get('/admin/referrals'))).toContain('Promotions pool: Rs 1,000');
    const audits = await env.deps.db.selectFrom('audit_events').select('kind').where('kind', 'like', 'referrals.%').execute();
    expect(audits.map((a) => a.kind).sort()).toEqual(['referrals.pool_funded', 'referrals.reward_set']);
    await ledgerClean();
  });
});

describe('being referred', () => {
  it('records a sign-up that came through a referral link', async () => {
    const code = await codeOf(ayesha);
    const page = await text(await ayesha.client.get('/referrals'));
    expect(page).toContain(`http://localhost:3000/r/${code}`);
    expect(page).toContain('you earn Rs 500');
    const visitor = new TestClient(env.app);
    expect(await text(await visitor.get(`/r/${code}`))).toContain('Ayesha Siddiqui invited you to Hunar');
    expect((await visitor.get('/r/nosuchcode')).status).toBe(404);
    await visitor.get('/signup');
    const res = await visitor.post('/signup', { display_name: 'Hamza Malik', email: 'hamza.referred@example.pk', password: 'correct horse battery', role: 'client', locale: 'en' });
    expect(res.status).toBe(200);
    const hamza = await env.deps.db.selectFrom('users').select('id').where('email', '=', 'hamza.referred@example.pk').executeTakeFirstOrThrow();
    const r = await env.deps.db.selectFrom('referrals').selectAll().where('referred_id', '=', hamza.id).executeTakeFirstOrThrow();
    expect(r).toMatchObject({ referrer_id: ayesha.user.id, source: 'link', status: 'pending' });
    expect(await text(await ayesha.client.get('/referrals'))).toContain('Hamza Malik');
  });

  it('refuses a referral to oneself, a second one, and a bad code, with a translated message and nothing written', async () => {
    const code = await codeOf(ayesha);
    const self = await ayesha.client.post('/referrals/claim', { code });
    expect(self.status).toBe(400);
    expect(await text(self)).toContain('You cannot refer yourself.');
    const urdu = await person(env, 'عائشہ', { role: 'freelancer', locale: 'ur' });
    const ownCode = await codeOf(urdu);
    const ur = await urdu.client.post('/referrals/claim', { code: ownCode });
    expect(ur.status).toBe(400);
    expect(await text(ur)).toContain('آپ خود کو ریفر نہیں کر سکتے۔');
    expect(await referralOf(ayesha)).toBeUndefined();
    const unknown = await urdu.client.post('/referrals/claim', { code: 'zzzzzzzz' });
    expect(unknown.status).toBe(400);
    expect((await urdu.client.post('/referrals/claim', { code })).status).toBe(303);
    const again = await urdu.client.post('/referrals/claim', { code: await codeOf(bilal) });
    expect(again.status).toBe(409);
    expect((await referralOf(urdu))?.referrer_id).toBe(ayesha.user.id);
  });
});

describe('the reward', () => {
  it('is paid once, from the pool, when the referred client’s first order completes', async () => {
    const code = await codeOf(ayesha);
    const emma = await referredClient('Emma Client', code);
    const before = await earnings(ayesha);
    // An order in progress earns nothing yet.
    const open = await paidOrder(emma, gig);
    expect(await settleReferrals(env.deps)).toEqual({ rewarded: 0, refused: 0 });
    await completedOrder(env, bilal, emma, gig, nextDay());
    expect(await settleReferrals(env.deps)).toEqual({ rewarded: 1, refused: 0 });
    expect(await earnings(ayesha)).toBe(before + 50_000n);
    expect(await pool()).toBe(50_000n);
    const r = await referralOf(emma);
    expect(r).toMatchObject({ status: 'rewarded', reward_minor: '50000' });
    const tx = await env.deps.db.selectFrom('ledger_transactions').select('kind').where('id', '=', r!.ledger_transaction_id!).executeTakeFirstOrThrow();
    expect(tx.kind).toBe('referral_reward');
    // The referrer is told, once.
    const told = await env.deps.db.selectFrom('notifications').select('kind').where('user_id', '=', ayesha.user.id).where('kind', '=', 'referral_reward_paid').execute();
    expect(told).toHaveLength(1);
    // A second completed order, and the sweep again: nothing more.
    await completedOrder(env, bilal, emma, gig, nextDay());
    expect(await settleReferrals(env.deps)).toEqual({ rewarded: 0, refused: 0 });
    expect(await earnings(ayesha)).toBe(before + 50_000n);
    expect(await text(await ayesha.client.get('/referrals'))).toContain('Paid: Rs 500');
    expect(open).toBeTruthy();
    await ledgerClean();
  });

  it('is not paid for a refunded order; the next completed one counts', async () => {
    const usman = await referredClient('Usman Tariq', await codeOf(ayesha));
    const id = await paidOrder(usman, gig);
    expect((await usman.client.json('POST', `/api/v1/orders/${id}/cancel`, { message: 'Plans changed' })).status).toBe(200);
    expect((await bilal.client.json('POST', `/api/v1/orders/${id}/cancel`, { message: 'Agreed' })).status).toBe(200);
    expect(await settleReferrals(env.deps)).toEqual({ rewarded: 0, refused: 0 });
    expect((await referralOf(usman))?.status).toBe('pending');
    expect(await pool()).toBe(50_000n);
  });

  it('is not paid when both used one device', async () => {
    const code = await codeOf(ayesha);
    const device = ayesha.client.cookies.get('hunar_device')!;
    expect(device).toBeTruthy();
    const sister = await referredClient('Fatima Siddiqui', code, device);
    await completedOrder(env, bilal, sister, gig, nextDay());
    expect(await settleReferrals(env.deps)).toEqual({ rewarded: 0, refused: 1 });
    expect(await referralOf(sister)).toMatchObject({ status: 'no_reward', reason: 'shared_device' });
    expect(await pool()).toBe(50_000n);
    expect(await text(await ayesha.client.get('/referrals'))).toContain('No reward: you both used one device');
  });

  it('is not paid when the pool holds less than the reward, and is not paid later', async () => {
    expect((await admin.client.post('/admin/referrals/reward', { reward: '800' })).status).toBe(303);
    const zain = await referredClient('Zain Qureshi', await codeOf(ayesha));
    await completedOrder(env, bilal, zain, gig, nextDay());
    expect(await settleReferrals(env.deps)).toEqual({ rewarded: 0, refused: 1 });
    expect(await referralOf(zain)).toMatchObject({ status: 'no_reward', reason: 'pool_short' });
    expect(await pool()).toBe(50_000n);
    // Funding the pool afterwards changes nothing for a decided referral.
    const key = crypto.randomUUID();
    expect((await admin.client.post('/admin/referrals/fund', { amount: '5000', idempotency_key: key })).status).toBe(303);
    expect(await settleReferrals(env.deps)).toEqual({ rewarded: 0, refused: 0 });
    await ledgerClean();
  });

  it('publishes its rules', async () => {
    const page = await text(await new TestClient(env.app).get('/referrals/rules'));
    expect(page).toContain('Referral rules');
    expect(page).toContain('now Rs 800');
    expect(page).toContain('used the same phone or computer');
  });
});
