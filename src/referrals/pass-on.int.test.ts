import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { fundWallet, person, type Person } from '../../test/world.ts';
import { balanceOf, checkWholeLedger } from '../ledger/service.ts';
import { sweepOrders } from '../orders/service.ts';
import { earningsOnHold } from '../payouts/service.ts';
import { taxYearOf } from '../tax/domain.ts';
import { yearIncome } from '../tax/figures.ts';
import { settleReferralFees } from './pass-on.ts';

let env: TestEnv;
let client: Person; // posts the jobs
let ayesha: Person; // cannot take the job: passes it on
let bilal: Person; // the fellow freelancer who takes it
let zara: Person; // a stranger to the offer

const text = async (res: Response) => visibleText(await res.text());
const handleOf = async (p: Person) => (await env.deps.db.selectFrom('users').select('handle').where('id', '=', p.user.id).executeTakeFirstOrThrow()).handle;
const pending = (p: Person) => balanceOf(env.deps.db, { kind: 'freelancer_pending', ownerId: p.user.id, currency: 'PKR' });
const available = (p: Person) => balanceOf(env.deps.db, { kind: 'freelancer_available', ownerId: p.user.id, currency: 'PKR' });
const offers = () => env.deps.db.selectFrom('job_referrals').selectAll().execute();
async function ledgerClean() {
  const { results } = await checkWholeLedger(env.deps.db);
  expect(results.filter((r) => !r.ok)).toEqual([]);
}
async function postJob(title: string) {
  const res = await client.client.json('POST', '/api/v1/jobs', { title, description: 'A five-page site for a Multan textile shop, in Urdu and English.', duration: '1_4_weeks', experience: 'intermediate', currency: 'PKR', kind: 'fixed', budget: { amount: '5000000', currency: 'PKR' } });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}
/** The fellow proposes, the client hires and pays: the contract's one order, in progress. */
async function hiredAndPaid(job: string, fellow: Person) {
  const sent = await fellow.client.json('POST', `/api/v1/jobs/${job}/proposals`, { cover_letter: 'Ayesha sent me; I can start on Monday.', delivery_days: 10, amount: { amount: '4000000', currency: 'PKR' } });
  expect(sent.status).toBe(201);
  const p = (await sent.json()) as { id: string };
  expect((await client.client.json('POST', `/api/v1/proposals/${p.id}/shortlist`)).status).toBe(200);
  expect((await client.client.json('POST', `/api/v1/proposals/${p.id}/hire`)).status).toBe(200);
  const order = await env.deps.db.selectFrom('orders as o').innerJoin('contracts as k', 'k.id', 'o.contract_id').select('o.id').where('k.job_id', '=', job).executeTakeFirstOrThrow();
  expect((await client.client.json('POST', `/api/v1/orders/${order.id}/pay`, undefined, { 'idempotency-key': `pay-${order.id}` })).status).toBe(200);
  return order.id;
}

beforeAll(async () => {
  env = await testEnv();
  env.clock.set(new Date('2026-10-01T08:00:00Z'));
  client = await person(env, 'Kamran Textiles', { role: 'client' });
  ayesha = await person(env, 'Ayesha Siddiqui', { role: 'freelancer' });
  bilal = await person(env, 'Bilal Ahmed', { role: 'freelancer', locale: 'ur' });
  zara = await person(env, 'Zara Hussain', { role: 'freelancer' });
  await fundWallet(env, client, 20_000_000n, 'PKR');
}, 60_000);
afterAll(() => env.close());

describe('passing a job on', () => {
  let job: string;
  let offer: string;

  it('is offered from the job’s page at a fee both see in rupees; bad offers are refused with a translated message, nothing written', async () => {
    job = await postJob('WordPress site for a textile shop');
    const page = await text(await ayesha.client.get(`/jobs/${job}`));
    expect(page).toContain('Pass this job on');
    const form = await text(await ayesha.client.get(`/jobs/${job}/pass-on`));
    expect(form).toContain('What the fee would be at the job’s budget');
    // Rs 50,000 budget; the rupee effect of each percentage is shown before offering.
    expect(form).toContain('Rs 50,000');
    const tooMuch = await ayesha.client.post(`/jobs/${job}/pass-on`, { handle: await handleOf(bilal), percent: '45', note: '' });
    expect(tooMuch.status).toBe(400);
    expect(await text(tooMuch)).toContain('Enter a whole percentage from 1 to 30.');
    const self = await ayesha.client.post(`/jobs/${job}/pass-on`, { handle: await handleOf(ayesha), percent: '10', note: '' });
    expect(self.status).toBe(400);
    expect(await text(self)).toContain('You cannot pass a job on to yourself.');
    const nobody = await ayesha.client.post(`/jobs/${job}/pass-on`, { handle: 'no-such-person-here', percent: '10', note: '' });
    expect(nobody.status).toBe(400);
    expect(await text(nobody)).toContain('No freelancer on Hunar has this handle.');
    // The client cannot pass their own job on.
    expect((await client.client.post(`/jobs/${job}/pass-on`, { handle: await handleOf(bilal), percent: '10' })).status).toBe(403);
    expect(await offers()).toEqual([]);

    const ok = await ayesha.client.post(`/jobs/${job}/pass-on`, { handle: `@${await handleOf(bilal)}`, percent: '10%', note: 'I am fully booked this month; Bilal builds fast WordPress sites.' });
    expect(ok.status).toBe(303);
    const [row] = await offers();
    expect(row).toMatchObject({ referrer_id: ayesha.user.id, referee_id: bilal.user.id, fee_bps: 1000, status: 'offered' });
    offer = row!.id;
    const again = await ayesha.client.post(`/jobs/${job}/pass-on`, { handle: await handleOf(bilal), percent: '12' });
    expect(again.status).toBe(409);
    // The fellow is told, in Urdu, and sees the fee in rupees before answering.
    const told = await env.deps.db.selectFrom('notifications').select('kind').where('user_id', '=', bilal.user.id).execute();
    expect(told.map((n) => n.kind)).toContain('job_passed_on');
    const theirs = await text(await bilal.client.get('/referrals'));
    expect(theirs).toContain('آگے دی گئی جابز');
    expect(theirs).toContain('Ayesha Siddiqui نے یہ آپ کو آگے دی');
    expect(theirs).toContain('ریفرل فیس: کمائی کا 10%');
    expect(theirs).toContain('جاب اور فیس قبول کریں');
  });

  it('is answered only by the one it was passed to: anyone else gets 404', async () => {
    expect((await zara.client.post(`/referrals/passed/${offer}/accept`, {})).status).toBe(404);
    expect((await ayesha.client.post(`/referrals/passed/${offer}/accept`, {})).status).toBe(404);
    expect((await zara.client.json('POST', `/api/v1/job-referrals/${offer}/accept`)).status).toBe(404);
    expect((await zara.client.json('POST', '/api/v1/job-referrals/not-an-id/decline')).status).toBe(404);
    expect((await offers())[0]?.status).toBe('offered');
    expect((await bilal.client.post(`/referrals/passed/${offer}/accept`, {})).status).toBe(303);
    expect((await offers())[0]?.status).toBe('agreed');
    expect((await bilal.client.post(`/referrals/passed/${offer}/decline`, {})).status).toBe(409);
    const told = await env.deps.db.selectFrom('notifications').select('kind').where('user_id', '=', ayesha.user.id).execute();
    expect(told.map((n) => n.kind)).toContain('job_pass_accepted');
  });

  it('pays the fee once, from the completed order’s earnings to the referrer, and it clears with them', async () => {
    const order = await hiredAndPaid(job, bilal);
    // Paid, not completed: nothing yet.
    expect(await settleReferralFees(env.deps)).toBe(0);
    expect((await bilal.client.json('POST', `/api/v1/orders/${order}/deliver`, { message: 'The site is live.' })).status).toBe(200);
    expect((await client.client.json('POST', `/api/v1/orders/${order}/accept`, undefined, { 'idempotency-key': `accept-${order}` })).status).toBe(200);
    const earned = await pending(bilal);
    expect(earned).toBeGreaterThan(0n);
    expect(await settleReferralFees(env.deps)).toBe(1);
    expect(await settleReferralFees(env.deps)).toBe(0);
    const fee = earned / 10n;
    expect(await pending(ayesha)).toBe(fee);
    expect(await pending(bilal)).toBe(earned - fee);
    const paid = await env.deps.db.selectFrom('referral_fees').selectAll().execute();
    expect(paid).toHaveLength(1);
    const tx = await env.deps.db.selectFrom('ledger_transactions').select('kind').where('id', '=', paid[0]!.ledger_transaction_id).executeTakeFirstOrThrow();
    expect(tx.kind).toBe('referral_fee');
    const kinds = await env.deps.db.selectFrom('notifications').select('kind').where('user_id', '=', ayesha.user.id).execute();
    expect(kinds.map((k) => k.kind)).toContain('referral_fee_paid');
    await ledgerClean();
    // Earnings on hold (/payouts) add up to each one's pending balance: the fee is listed with the referrer.
    const held = async (p: Person) => (await earningsOnHold(env.deps, p.actor)).reduce((sum, h) => sum + h.amount.amount, 0n);
    expect(await held(bilal)).toBe(earned - fee);
    expect(await held(ayesha)).toBe(fee);
    // For tax (/tax and the year statements), the fee is the referrer's income and not the fellow's.
    const year = taxYearOf(env.clock.now());
    expect((await yearIncome(env.deps.db, ayesha.user.id, year)).totalPkr.amount).toBe(fee);
    expect((await yearIncome(env.deps.db, bilal.user.id, year)).totalPkr.amount).toBe(earned - fee);
    // Both see it, and the API says the same.
    expect(await text(await ayesha.client.get('/referrals'))).toMatch(/Paid from order HNR-\d+: Rs [\d,]+/);
    const api = (await (await ayesha.client.get('/api/v1/referrals')).json()) as { jobs_passed_on: { side: string; percent: number; fees_paid: { amount: { amount: string } }[] }[] };
    expect(api.jobs_passed_on[0]).toMatchObject({ side: 'referrer', percent: 10 });
    expect(api.jobs_passed_on[0]?.fees_paid.map((f) => f.amount.amount)).toEqual([fee.toString()]);
    // When the hold ends, each one's share becomes available.
    env.clock.set(new Date('2026-10-30T08:00:00Z'));
    await sweepOrders(env.deps);
    expect(await available(ayesha)).toBe(fee);
    expect(await available(bilal)).toBe(earned - fee);
    expect(await pending(ayesha)).toBe(0n);
    expect(await pending(bilal)).toBe(0n);
    expect(await settleReferralFees(env.deps)).toBe(0);
    await ledgerClean();
  });

  it('pays nothing for a cancelled (refunded) order', async () => {
    const second = await postJob('Shopify store for a Lahore shoe brand');
    const res = await ayesha.client.json('POST', `/api/v1/jobs/${second}/pass-on`, { handle: await handleOf(zara), percent: 15, note: '' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; example: { fee: { amount: string } } };
    expect(body.example.fee.amount).not.toBe('0');
    expect((await zara.client.json('POST', `/api/v1/job-referrals/${body.id}/accept`)).status).toBe(200);
    const order = await hiredAndPaid(second, zara);
    expect((await client.client.json('POST', `/api/v1/orders/${order}/cancel`, { message: 'Plans changed' })).status).toBe(200);
    expect((await zara.client.json('POST', `/api/v1/orders/${order}/cancel`, { message: 'Agreed' })).status).toBe(200);
    expect(await settleReferralFees(env.deps)).toBe(0);
    expect(await env.deps.db.selectFrom('referral_fees').select('order_id').where('order_id', '=', order).executeTakeFirst()).toBeUndefined();
    expect(await pending(zara)).toBe(0n);
    await ledgerClean();
  });

  it('refuses a fee outside the bounds through the API with a translated problem', async () => {
    const third = await postJob('Logo for a Multan bakery');
    const res = await ayesha.client.json('POST', `/api/v1/jobs/${third}/pass-on`, { handle: await handleOf(zara), percent: 0 });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('Enter a whole percentage from 1 to 30.');
  });
});
