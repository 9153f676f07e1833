import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { balanceOf, checkWholeLedger, post } from '../ledger/service.ts';
import { money } from '../platform/money.ts';
import { weekCharge } from './contracts.ts';
import { sweepOrders } from './service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

let n = 0;
const DAY = 86_400_000;
async function person(role: 'freelancer' | 'client', locale: 'en' | 'ur' = 'en') {
  const email = `contract-${role}${++n}-${Date.now()}@example.pk`;
  const user = await createAccount(env.deps.db, env.deps, { email, password: 'a long enough password', displayName: `${role} ${n}`, isFreelancer: role === 'freelancer', isClient: role === 'client', locale, verified: true, onboarded: true });
  const client = new TestClient(env.app, { 'accept-language': locale });
  expect((await client.post('/login', { email, password: 'a long enough password' })).status).toBe(303);
  return { user, client };
}

async function fund(userId: string, paisa: bigint) {
  await env.deps.db.transaction().execute((tx) =>
    post(tx, env.deps, {
      kind: 'payment_in',
      key: `contract-top-up-${userId}-${paisa}`,
      fingerprint: requestFingerprint(userId, 'test', {}),
      actorId: userId,
      reason: 'test',
      legs: [{ from: { kind: 'payment_clearing', currency: 'PKR' }, to: { kind: 'client_wallet', ownerId: userId, currency: 'PKR' }, amount: money(paisa, 'PKR') }],
    }),
  );
}

/** Posts a job, gets a proposal on it, shortlists and hires: returns the contract the hire made. */
async function hire(job: Record<string, unknown>, proposal: Record<string, unknown>) {
  const c = await person('client');
  const f = await person('freelancer', 'ur');
  const posted = (await (await c.client.json('POST', '/api/v1/jobs', { title: 'Shop website', description: 'Five pages.', duration: '1_4_weeks', experience: 'intermediate', currency: 'PKR', ...job })).json()) as { id: string };
  const sent = await f.client.json('POST', `/api/v1/jobs/${posted.id}/proposals`, { cover_letter: 'I can do it.', delivery_days: 14, ...proposal });
  expect(sent.status).toBe(201);
  const p = (await sent.json()) as { id: string };
  expect((await c.client.json('POST', `/api/v1/proposals/${p.id}/shortlist`)).status).toBe(200);
  expect((await c.client.json('POST', `/api/v1/proposals/${p.id}/hire`)).status).toBe(200);
  const list = (await (await c.client.get('/api/v1/contracts')).json()) as { contracts: { id: string }[] };
  expect(list.contracts).toHaveLength(1);
  return { c, f, contractId: list.contracts[0]!.id };
}

const ledgerHolds = async () => expect((await checkWholeLedger(env.deps.db)).results.filter((r) => !r.ok)).toEqual([]);
type Contract = { kind: string; orders: { id: string; state: string; amount: { amount: string }; billed: { amount: string } | null; minutes_logged: number; title: string }[] };

describe('a hired proposal becomes a contract', () => {
  it('fixed price: one order per milestone, each funded before work starts', async () => {
    const { c, f, contractId } = await hire(
      { kind: 'fixed', budget: { amount: '5000000', currency: 'PKR' } },
      { amount: { amount: '4500000', currency: 'PKR' }, milestones: [{ title: 'Design', amount: { amount: '1500000', currency: 'PKR' } }, { title: 'Build', amount: { amount: '3000000', currency: 'PKR' } }] },
    );
    const k = (await (await f.client.get(`/api/v1/contracts/${contractId}`)).json()) as Contract;
    expect(k.kind).toBe('fixed');
    expect(k.orders.map((o) => [o.title, o.state, o.amount.amount])).toEqual([
      ['Design', 'awaiting_payment', '1500000'],
      ['Build', 'awaiting_payment', '3000000'],
    ]);
    expect(visibleText(await (await f.client.get(`/contracts/${contractId}`)).text())).toContain('مائل اسٹونز');

    await fund(c.user.id, 1_500_000n);
    const first = k.orders[0]!.id;
    expect((await c.client.json('POST', `/api/v1/orders/${first}/pay`, undefined, { 'idempotency-key': `m1-${first}` })).status).toBe(200);
    expect((await f.client.json('POST', `/api/v1/orders/${first}/deliver`, { message: 'Mock-ups attached' })).status).toBe(200);
    expect((await c.client.json('POST', `/api/v1/orders/${first}/accept`, undefined, { 'idempotency-key': `a1-${first}` })).status).toBe(200);
    expect(await balanceOf(env.deps.db, { kind: 'freelancer_pending', ownerId: f.user.id, currency: 'PKR' })).toBe(1_425_000n);
    const order = (await (await c.client.get(`/orders/${first}`)).text());
    expect(visibleText(order)).toContain('Part of the contract');
    await ledgerHolds();
  });

  it('hourly: a week funded to its cap, time logged within it, billed when it ends and the rest refunded', async () => {
    const { c, f, contractId } = await hire(
      { kind: 'hourly', budget: null, rate_min: { amount: '150000', currency: 'PKR' }, rate_max: { amount: '250000', currency: 'PKR' }, weekly_hours: 10 },
      { amount: { amount: '200000', currency: 'PKR' } },
    );
    let k = (await (await c.client.get(`/api/v1/contracts/${contractId}`)).json()) as Contract;
    expect(k.orders.map((o) => [o.state, o.amount.amount])).toEqual([['awaiting_payment', '2000000']]);
    const week = k.orders[0]!.id;
    // Not before the week is funded.
    const early = await f.client.json('POST', `/api/v1/orders/${week}/time`, { work_date: new Date().toISOString().slice(0, 10), hours: '1' });
    expect(early.status).toBe(409);

    await fund(c.user.id, 2_000_000n);
    expect((await c.client.json('POST', `/api/v1/orders/${week}/pay`, undefined, { 'idempotency-key': `w1-${week}` })).status).toBe(200);
    expect(await balanceOf(env.deps.db, { kind: 'client_wallet', ownerId: c.user.id, currency: 'PKR' })).toBe(0n);
    const today = env.clock.now().toISOString().slice(0, 10);
    expect((await f.client.post(`/orders/${week}/time`, { work_date: today, hours: '۲٫۵', note: 'Home page' })).status).toBe(303);
    expect((await f.client.json('POST', `/api/v1/orders/${week}/time`, { work_date: today, hours: '1:30' })).status).toBe(201);
    // Over the 10-hour cap, on a day outside the week, by the client, or nonsense: refused, nothing logged.
    const over = await f.client.json('POST', `/api/v1/orders/${week}/time`, { work_date: today, hours: '7' });
    expect(over.status).toBe(400);
    expect(((await over.json()) as { errors: Record<string, string> }).errors.hours).toBe('یہ کنٹریکٹ کی ہفتہ وار حد 10 گھنٹوں سے زیادہ ہے۔');
    expect((await f.client.json('POST', `/api/v1/orders/${week}/time`, { work_date: '2020-01-01', hours: '1' })).status).toBe(400);
    expect((await f.client.json('POST', `/api/v1/orders/${week}/time`, { work_date: today, hours: '-1' })).status).toBe(400);
    expect((await c.client.json('POST', `/api/v1/orders/${week}/time`, { work_date: today, hours: '1' })).status).toBe(403);
    // An hourly week is not delivered or accepted.
    expect((await f.client.json('POST', `/api/v1/orders/${week}/deliver`, { message: 'x' })).status).toBe(409);
    // Only one open week at a time.
    expect((await c.client.json('POST', `/api/v1/contracts/${contractId}/weeks`)).status).toBe(409);

    k = (await (await c.client.get(`/api/v1/contracts/${contractId}`)).json()) as Contract;
    expect(k.orders[0]!.minutes_logged).toBe(240);
    env.clock.advance(7 * DAY + 60_000);
    try {
      const [a, b] = await Promise.all([sweepOrders(env.deps), sweepOrders(env.deps)]);
      expect(a.weeksBilled + b.weeksBilled).toBe(1);
    } finally {
      env.clock.set(new Date());
    }
    // 4 hours × Rs 2,000 = Rs 8,000 billed: Rs 7,600 to the freelancer, Rs 400 to Hunar, Rs 12,000 back.
    k = (await (await c.client.get(`/api/v1/contracts/${contractId}`)).json()) as Contract;
    expect(k.orders[0]).toMatchObject({ state: 'completed', billed: { amount: '800000' } });
    expect(await balanceOf(env.deps.db, { kind: 'freelancer_pending', ownerId: f.user.id, currency: 'PKR' })).toBe(760_000n);
    expect(await balanceOf(env.deps.db, { kind: 'client_wallet', ownerId: c.user.id, currency: 'PKR' })).toBe(1_200_000n);

    // The next week: the client opens it; the freelancer cannot; strangers see nothing.
    expect((await f.client.json('POST', `/api/v1/contracts/${contractId}/weeks`)).status).toBe(403);
    const next = await c.client.json('POST', `/api/v1/contracts/${contractId}/weeks`);
    expect(next.status).toBe(201);
    const stranger = await person('client');
    expect((await stranger.client.get(`/api/v1/contracts/${contractId}`)).status).toBe(404);
    expect((await stranger.client.get(`/contracts/${contractId}`)).status).toBe(404);
    await ledgerHolds();
  });
});

describe('week charges', () => {
  it('are minutes × rate, half-even to the paisa, never above the cap', () => {
    expect(weekCharge(240, 200_000n, 2_000_000n)).toBe(800_000n);
    expect(weekCharge(1, 100n, 10_000n)).toBe(2n); // 1.666… paisa
    expect(weekCharge(30, 1n, 10n)).toBe(0n); // 0.5 → 0 (even)
    expect(weekCharge(90, 1n, 10n)).toBe(2n); // 1.5 → 2 (even)
    expect(weekCharge(6000, 200_000n, 2_000_000n)).toBe(2_000_000n);
  });
});
