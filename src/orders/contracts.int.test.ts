import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { balanceOf, checkWholeLedger, post } from '../ledger/service.ts';
import { money } from '../platform/money.ts';
import { contractTotals, weekCharge } from './contracts.ts';
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
  const hired = await c.client.json('POST', `/api/v1/proposals/${p.id}/hire`);
  expect(hired.status).toBe(200);
  const list = (await (await c.client.get('/api/v1/contracts')).json()) as { contracts: { id: string }[] };
  expect(list.contracts).toHaveLength(1);
  // The hire's answer names the contract it started.
  expect(((await hired.json()) as { contract: { id: string } }).contract.id).toBe(list.contracts[0]!.id);
  return { c, f, contractId: list.contracts[0]!.id };
}

const ledgerHolds = async () => expect((await checkWholeLedger(env.deps.db)).results.filter((r) => !r.ok)).toEqual([]);
type Figures = { total: { amount: string }; funded: { amount: string }; released: { amount: string }; to_fund: { amount: string } };
const figures = (k: Figures) => [k.total.amount, k.funded.amount, k.released.amount, k.to_fund.amount];
type Contract = Figures & { kind: string; orders: { id: string; state: string; amount: { amount: string }; billed: { amount: string } | null; minutes_logged: number; title: string }[] };

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
    // Total, funded (in escrow), released, still to fund.
    expect(figures(k)).toEqual(['4500000', '0', '0', '4500000']);
    const client = async () => (await (await c.client.get(`/api/v1/contracts/${contractId}`)).json()) as Contract;
    // The client is shown the next milestone to fund and led to its payment.
    const before = await (await c.client.get(`/contracts/${contractId}`)).text();
    expect(visibleText(before)).toContain('Next to fund: Design, Rs 15,000. Pay into escrow');
    expect(before).toContain(`href="/orders/${k.orders[0]!.id}"`);

    await fund(c.user.id, 1_500_000n);
    const first = k.orders[0]!.id;
    expect((await c.client.json('POST', `/api/v1/orders/${first}/pay`, undefined, { 'idempotency-key': `m1-${first}` })).status).toBe(200);
    expect(figures(await client())).toEqual(['4500000', '1500000', '0', '3000000']);
    expect((await f.client.json('POST', `/api/v1/orders/${first}/deliver`, { message: 'Mock-ups attached' })).status).toBe(200);
    expect((await c.client.json('POST', `/api/v1/orders/${first}/accept`, undefined, { 'idempotency-key': `a1-${first}` })).status).toBe(200);
    expect(await balanceOf(env.deps.db, { kind: 'freelancer_pending', ownerId: f.user.id, currency: 'PKR' })).toBe(1_425_000n);
    const order = (await (await c.client.get(`/orders/${first}`)).text());
    expect(visibleText(order)).toContain('Part of the contract');
    expect(figures(await client())).toEqual(['4500000', '0', '1500000', '3000000']);

    // The second milestone funded: the page shows every figure, in each side's language.
    await fund(c.user.id, 3_000_000n);
    const second = k.orders[1]!.id;
    expect((await c.client.json('POST', `/api/v1/orders/${second}/pay`, undefined, { 'idempotency-key': `m2-${second}` })).status).toBe(200);
    expect(figures(await client())).toEqual(['4500000', '3000000', '1500000', '0']);
    expect(visibleText(await (await f.client.get(`/contracts/${contractId}`)).text())).toContain(
      'کنٹریکٹ کی کل رقم Rs 45,000 ادا شدہ (ایسکرو میں) Rs 30,000 فری لانسر کو جاری کی گئی Rs 15,000 ابھی ادا کرنی ہے Rs 0',
    );
    const page = visibleText(await (await c.client.get(`/contracts/${contractId}`)).text());
    expect(page).toContain('Contract total Rs 45,000 Funded (in escrow) Rs 30,000 Released to the freelancer Rs 15,000 Still to fund Rs 0');
    expect(page).not.toContain('Next to fund');
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
    expect(figures(k)).toEqual(['2000000', '2000000', '0', '0']);
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
    // A billed week counts at what was billed; the rest went back to the client.
    expect(figures(k)).toEqual(['800000', '0', '800000', '0']);
    expect(await balanceOf(env.deps.db, { kind: 'freelancer_pending', ownerId: f.user.id, currency: 'PKR' })).toBe(760_000n);
    expect(await balanceOf(env.deps.db, { kind: 'client_wallet', ownerId: c.user.id, currency: 'PKR' })).toBe(1_200_000n);

    // The next week: the client opens it; the freelancer cannot; strangers see nothing.
    expect((await f.client.json('POST', `/api/v1/contracts/${contractId}/weeks`)).status).toBe(403);
    const next = await c.client.json('POST', `/api/v1/contracts/${contractId}/weeks`);
    expect(next.status).toBe(201);
    k = (await (await c.client.get(`/api/v1/contracts/${contractId}`)).json()) as Contract;
    expect(figures(k)).toEqual(['2800000', '0', '800000', '2000000']);
    expect(visibleText(await (await c.client.get(`/contracts/${contractId}`)).text())).toContain('Total so far Rs 28,000');
    const stranger = await person('client');
    expect((await stranger.client.get(`/api/v1/contracts/${contractId}`)).status).toBe(404);
    expect((await stranger.client.get(`/contracts/${contractId}`)).status).toBe(404);
    await ledgerHolds();
  });
});

describe('a contract made before plans had to add up (migration 0030 reports these)', () => {
  it('tells both parties the price agreed and what its milestones add up to', async () => {
    const { c, f, contractId } = await hire(
      { kind: 'fixed', budget: { amount: '2000000', currency: 'PKR' } },
      { amount: { amount: '1800000', currency: 'PKR' }, milestones: [{ title: 'Design', amount: { amount: '900000', currency: 'PKR' } }, { title: 'Build', amount: { amount: '900000', currency: 'PKR' } }] },
    );
    // The old shape: the plan 9,000 + 8,000 under a price of 18,000.
    await env.deps.db.updateTable('orders').set({ price_minor: '800000', freelancer_fee_minor: '40000' }).where('contract_id', '=', contractId).where('position', '=', 2).execute();
    const k = (await (await c.client.get(`/api/v1/contracts/${contractId}`)).json()) as Contract & { agreed_price: { amount: string } };
    expect(k.agreed_price.amount).toBe('1800000');
    expect(figures(k)).toEqual(['1700000', '0', '0', '1700000']);
    expect(visibleText(await (await c.client.get(`/contracts/${contractId}`)).text())).toContain(
      'This contract was made before milestones had to add up to the price: the price agreed was Rs 18,000, and its milestones add up to Rs 17,000.',
    );
    expect(visibleText(await (await f.client.get(`/contracts/${contractId}`)).text())).toContain('طے شدہ قیمت Rs 18,000 تھی، اور اس کے مائل اسٹونز کا مجموعہ Rs 17,000 ہے۔');
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

describe('contract totals', () => {
  const PKR = (n: bigint) => money(n, 'PKR');
  const part = (state: Parameters<typeof contractTotals>[1][number]['state'], amount: bigint, billed: bigint | null = null) => ({ state, amount: PKR(amount), billed: billed === null ? null : PKR(billed) });
  it('split every part into still to fund, funded or released; a cancelled part counts nowhere', () => {
    const t = contractTotals('PKR', [part('completed', 500n), part('delivered', 300n), part('disputed', 200n), part('awaiting_payment', 100n), part('cancelled', 1000n)]);
    expect(t).toEqual({ total: PKR(1100n), funded: PKR(500n), released: PKR(500n), toFund: PKR(100n) });
    expect(contractTotals('PKR', [])).toEqual({ total: PKR(0n), funded: PKR(0n), released: PKR(0n), toFund: PKR(0n) });
  });
  it('count a billed week at what was billed', () => {
    expect(contractTotals('PKR', [part('completed', 2000n, 800n), part('in_progress', 2000n)]).released).toEqual(PKR(800n));
  });
});
