import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import { createGig, publishGig } from '../gigs/service.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { type AccountRef, balanceOf, checkWholeLedger, post } from '../ledger/service.ts';
import { money } from '../platform/money.ts';
import { sweepOrders } from './service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

const PASSWORD = 'correct horse battery';
let n = 0;
const DAY = 86_400_000;

async function person(role: 'freelancer' | 'client', locale: 'en' | 'ur' = 'en', name = 'Ayesha Khan') {
  const email = `order-${role}${++n}-${Date.now()}@example.pk`;
  const user = await createAccount(env.deps.db, env.deps, { email, password: PASSWORD, displayName: name, isFreelancer: role === 'freelancer', isClient: role === 'client', locale, verified: true, onboarded: true });
  const client = new TestClient(env.app, { 'accept-language': locale });
  expect((await client.post('/login', { email, password: PASSWORD })).status).toBe(303);
  const actor = { userId: user.id, email, displayName: name, emailVerified: true, isFreelancer: role === 'freelancer', isClient: role === 'client', isAdmin: false, locale, sessionId: null, onboardingDone: true };
  return { user, client, actor };
}

/** A published gig: Basic Rs 1,500 (1 revision, 3 days) and Standard Rs 4,000 (unlimited revisions), one required question. */
async function gigOf(seller: Awaited<ReturnType<typeof person>>) {
  const { id, slug } = await createGig(env.deps, seller.actor, {
    title: 'I will design a logo for your shop',
    description: 'Three concepts and the source files.',
    category_slug: 'design',
    skills: ['logo-design'],
    packages: [
      { name: 'Basic', price: { amount: '150000', currency: 'PKR' }, delivery_days: 3, revisions: 1 },
      { name: 'Standard', price: { amount: '400000', currency: 'PKR' }, delivery_days: 5, revisions: -1 },
    ],
    faqs: [],
    questions: [{ question: 'What is your shop called?', required: true }],
  });
  await publishGig(env.deps, seller.actor, id);
  return { id, slug };
}

const wallet = (ownerId: string): AccountRef => ({ kind: 'client_wallet', ownerId, currency: 'PKR' });
let topUps = 0;
/** Money in, as a matched bank transfer would bring it. */
async function fund(userId: string, paisa: bigint) {
  await env.deps.db.transaction().execute((tx) =>
    post(tx, env.deps, {
      kind: 'payment_in',
      key: `test-top-up-${++topUps}-${userId}`,
      fingerprint: requestFingerprint(userId, 'test.top_up', { n: topUps }),
      actorId: userId,
      reason: 'test top-up',
      legs: [{ from: { kind: 'payment_clearing', currency: 'PKR' }, to: wallet(userId), amount: money(paisa, 'PKR') }],
    }),
  );
}

async function ledgerHolds() {
  const { results } = await checkWholeLedger(env.deps.db);
  expect(results.filter((r) => !r.ok)).toEqual([]);
}

const keyIn = (html: string, action: string) => html.match(new RegExp(`action="/orders/[^"]+/${action}"[\\s\\S]*?name="idempotency_key" value="([^"]+)"`))?.[1] ?? '';

describe('a gig order from placing to the freelancer’s available balance', () => {
  it('runs through the pages in Urdu and English, with escrow, a revision, fees and the hold', async () => {
    const seller = await person('freelancer', 'ur', 'عائشہ صدیقی');
    const buyer = await person('client', 'en', 'Emma Clarke');
    const gig = await gigOf(seller);

    // The order form asks the gig's question; a missing required answer is refused, nothing stored.
    const form = await buyer.client.get(`/orders/new?gig=${gig.slug}&package=1`);
    expect(form.status).toBe(200);
    expect(visibleText(await form.text())).toContain('What is your shop called? (required)');
    const missing = await buyer.client.post('/orders', { gig: gig.slug, package: '1', 'answers.0': '' });
    expect(missing.status).toBe(400);
    expect(await env.deps.db.selectFrom('orders').select('id').where('client_id', '=', buyer.user.id).execute()).toHaveLength(0);

    const placed = await buyer.client.post('/orders', { gig: gig.slug, package: '1', 'answers.0': 'Clarke & <b>Sons</b>' });
    expect(placed.status).toBe(303);
    const url = placed.headers.get('location')!;
    const orderId = url.split('/').pop()!;
    let page = await (await buyer.client.get(url)).text();
    let text = visibleText(page);
    expect(text).toContain('Awaiting payment');
    expect(text).toContain('You pay Rs 1,500.00');
    expect(text).toContain('The freelancer receives Rs 1,425.00');
    expect(text).toContain('Hunar keeps Rs 75.00');
    expect(text).toContain('You need Rs 1,500.00 more.');
    expect(page).toContain('Clarke &amp; &lt;b&gt;Sons&lt;/b&gt;');

    // Paying without enough balance changes nothing and says why.
    const broke = await buyer.client.post(`${url}/pay`, { idempotency_key: keyIn(page, 'pay') });
    expect(broke.status).toBe(409);
    expect(visibleText(await broke.text())).toContain('There is not enough balance for this. Nothing was charged or moved.');

    await fund(buyer.user.id, 200_000n);
    page = await (await buyer.client.get(url)).text();
    const payKey = keyIn(page, 'pay');
    expect((await buyer.client.post(`${url}/pay`, { idempotency_key: payKey })).status).toBe(303);
    // The same form submitted twice (a double tap, a refresh) pays once.
    expect((await buyer.client.post(`${url}/pay`, { idempotency_key: payKey })).status).toBe(303);
    expect(await balanceOf(env.deps.db, wallet(buyer.user.id))).toBe(50_000n);
    expect(await balanceOf(env.deps.db, { kind: 'escrow', refId: orderId, currency: 'PKR' })).toBe(150_000n);

    // The freelancer, in Urdu, sees the order and delivers.
    text = visibleText(await (await seller.client.get(url)).text());
    expect(text).toContain('کام جاری ہے');
    expect(text).toContain('آپ کو ملے گا Rs 1,425.00');
    expect((await seller.client.post(`${url}/deliver`, { message: 'تین نمونے: https://example.pk/logo.zip' })).status).toBe(303);

    // The client asks for the one revision included; a second is refused.
    expect((await buyer.client.post(`${url}/revision`, { message: 'Please make the red darker.' })).status).toBe(303);
    expect((await seller.client.post(`${url}/deliver`, { message: 'گہرا سرخ رنگ' })).status).toBe(303);
    text = visibleText(await (await buyer.client.get(url)).text());
    expect(text).toContain('Accepted automatically on');
    expect(text).not.toContain('Ask for a revision');
    const noMore = await buyer.client.json('POST', `/api/v1/orders/${orderId}/revision`, { message: 'again' });
    expect(noMore.status).toBe(409);
    expect(((await noMore.json()) as { title: string }).title).toBe('All the revisions this package includes have been used.');

    page = await (await buyer.client.get(url)).text();
    expect((await buyer.client.post(`${url}/accept`, { idempotency_key: keyIn(page, 'accept') })).status).toBe(303);
    text = visibleText(await (await buyer.client.get(url)).text());
    expect(text).toContain('Completed');
    expect(text).toContain('Accepted; the freelancer is paid');
    expect(await balanceOf(env.deps.db, { kind: 'escrow', refId: orderId, currency: 'PKR' })).toBe(0n);
    expect(await balanceOf(env.deps.db, { kind: 'freelancer_pending', ownerId: seller.user.id, currency: 'PKR' })).toBe(142_500n);

    // Earnings wait for the hold (7 days), then become available — once, however often the sweep runs.
    expect(await sweepOrders(env.deps)).toMatchObject({ cleared: 0 });
    env.clock.advance(7 * DAY + 60_000);
    try {
      expect(await sweepOrders(env.deps)).toMatchObject({ cleared: 1 });
      expect(await sweepOrders(env.deps)).toMatchObject({ cleared: 0 });
    } finally {
      env.clock.set(new Date());
    }
    expect(await balanceOf(env.deps.db, { kind: 'freelancer_pending', ownerId: seller.user.id, currency: 'PKR' })).toBe(0n);
    expect(await balanceOf(env.deps.db, { kind: 'freelancer_available', ownerId: seller.user.id, currency: 'PKR' })).toBe(142_500n);
    const events = (await env.deps.db.selectFrom('order_events').select('kind').where('order_id', '=', orderId).orderBy('id').execute()).map((e) => e.kind);
    expect(events).toEqual(['placed', 'paid', 'delivered', 'revision_requested', 'delivered', 'accepted', 'funds_cleared']);
    await ledgerHolds();
  });
});

describe('the order API and its money rules', () => {
  it('pays with an Idempotency-Key: the same request replays, another request with the key is a 409, none is a 400', async () => {
    const seller = await person('freelancer');
    const buyer = await person('client');
    const gig = await gigOf(seller);
    await fund(buyer.user.id, 1_000_000n);
    const created = await buyer.client.json('POST', '/api/v1/orders', { gig: gig.id, package: 2, answers: ['Clarke Bakery'] });
    expect(created.status).toBe(201);
    const order = (await created.json()) as { id: string; state: string; amounts: { client_pays: unknown }; your_actions: string[] };
    expect(order).toMatchObject({ state: 'awaiting_payment', amounts: { client_pays: { amount: '400000', currency: 'PKR' } }, your_actions: ['pay', 'cancel'] });

    const pay = (key: string | null, id = order.id) => buyer.client.json('POST', `/api/v1/orders/${id}/pay`, undefined, key ? { 'idempotency-key': key } : {});
    const noKey = await pay(null);
    expect(noKey.status).toBe(400);
    const first = await pay('pay-order-key-0001');
    expect(first.status).toBe(200);
    const again = await pay('pay-order-key-0001');
    expect(await again.json()).toEqual(await first.json());
    expect(await balanceOf(env.deps.db, wallet(buyer.user.id))).toBe(600_000n);
    const other = (await (await buyer.client.json('POST', '/api/v1/orders', { gig: gig.id, package: 1, answers: ['x'] })).json()) as { id: string };
    const reused = await pay('pay-order-key-0001', other.id);
    expect(reused.status).toBe(409);
    expect(((await reused.json()) as { code: string }).code).toBe('idempotency.conflict');
    expect(await balanceOf(env.deps.db, wallet(buyer.user.id))).toBe(600_000n);

    // Eight copies of one request at once (a flaky connection's retries): paid once, one answer for all.
    const third = (await (await buyer.client.json('POST', '/api/v1/orders', { gig: gig.id, package: 1, answers: ['y'] })).json()) as { id: string; amounts: { client_pays: { amount: string } } };
    const twins = await Promise.all(Array.from({ length: 8 }, () => pay('pay-order-twins-0001', third.id)));
    expect(twins.map((r) => r.status)).toEqual(Array(8).fill(200));
    const answers = await Promise.all(twins.map((r) => r.json()));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]).toMatchObject({ id: third.id, state: 'in_progress' });
    expect(await balanceOf(env.deps.db, wallet(buyer.user.id))).toBe(600_000n - BigInt(third.amounts.client_pays.amount));
    // Different requests racing for one order: one pays, the others are told it is no longer payable.
    const fourth = (await (await buyer.client.json('POST', '/api/v1/orders', { gig: gig.id, package: 1, answers: ['z'] })).json()) as { id: string };
    const racing = await Promise.all(Array.from({ length: 6 }, (_, i) => pay(`pay-order-race-000${i}`, fourth.id)));
    expect(racing.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    await ledgerHolds();
  });

  it('accepts a delivery nobody answered after 3 days, once', async () => {
    const seller = await person('freelancer');
    const buyer = await person('client');
    const gig = await gigOf(seller);
    await fund(buyer.user.id, 150_000n);
    const { id } = (await (await buyer.client.json('POST', '/api/v1/orders', { gig: gig.id, package: 1, answers: ['Shop'] })).json()) as { id: string };
    expect((await buyer.client.json('POST', `/api/v1/orders/${id}/pay`, undefined, { 'idempotency-key': `auto-${id}` })).status).toBe(200);
    expect((await seller.client.json('POST', `/api/v1/orders/${id}/deliver`, { message: 'Done' })).status).toBe(200);
    expect(await sweepOrders(env.deps)).toMatchObject({ autoAccepted: 0 });
    env.clock.advance(3 * DAY + 60_000);
    try {
      const [a, b] = await Promise.all([sweepOrders(env.deps), sweepOrders(env.deps)]);
      expect(a.autoAccepted + b.autoAccepted).toBe(1);
    } finally {
      env.clock.set(new Date());
    }
    const order = (await (await buyer.client.get(`/api/v1/orders/${id}`)).json()) as { state: string; events: { kind: string; by: string }[] };
    expect(order.state).toBe('completed');
    expect(order.events.at(-1)).toMatchObject({ kind: 'auto_accepted', by: 'system' });
    expect(await balanceOf(env.deps.db, { kind: 'freelancer_pending', ownerId: seller.user.id, currency: 'PKR' })).toBe(142_500n);
    await ledgerHolds();
  });

  it('cancels by agreement with a full refund, and freezes the money in a dispute', async () => {
    const seller = await person('freelancer');
    const buyer = await person('client', 'ur');
    const gig = await gigOf(seller);
    await fund(buyer.user.id, 300_000n);
    const payIt = async () => {
      const { id } = (await (await buyer.client.json('POST', '/api/v1/orders', { gig: gig.id, package: 1, answers: ['Shop'] })).json()) as { id: string };
      expect((await buyer.client.json('POST', `/api/v1/orders/${id}/pay`, undefined, { 'idempotency-key': `pay-${id}` })).status).toBe(200);
      return id;
    };
    const first = await payIt();
    expect(await balanceOf(env.deps.db, wallet(buyer.user.id))).toBe(150_000n);
    expect((await seller.client.json('POST', `/api/v1/orders/${first}/cancel`, { message: 'I am ill, sorry.' })).status).toBe(200);
    const twice = await seller.client.json('POST', `/api/v1/orders/${first}/cancel`, {});
    expect(twice.status).toBe(409);
    expect(visibleText(await (await buyer.client.get(`/orders/${first}`)).text())).toContain('دوسرے فریق نے منسوخی کی درخواست کی ہے۔');
    expect((await buyer.client.json('POST', `/api/v1/orders/${first}/cancel`, {})).status).toBe(200);
    expect(await balanceOf(env.deps.db, wallet(buyer.user.id))).toBe(150_000n + 150_000n);

    const second = await payIt();
    expect((await buyer.client.json('POST', `/api/v1/orders/${second}/dispute`, { message: 'No reply for a week' })).status).toBe(200);
    const frozen = (await (await seller.client.get(`/api/v1/orders/${second}`)).json()) as { state: string; your_actions: string[] };
    expect(frozen).toMatchObject({ state: 'disputed', your_actions: [] });
    expect((await seller.client.json('POST', `/api/v1/orders/${second}/deliver`, { message: 'here' })).status).toBe(409);
    expect(await balanceOf(env.deps.db, { kind: 'escrow', refId: second, currency: 'PKR' })).toBe(150_000n);
    await ledgerHolds();
  });
});

describe('who may do what', () => {
  it('only the two parties see an order; each side only takes its own steps; one cannot order one’s own gig', async () => {
    const seller = await person('freelancer');
    const buyer = await person('client');
    const stranger = await person('client');
    const gig = await gigOf(seller);
    await fund(buyer.user.id, 150_000n);
    const { id } = (await (await buyer.client.json('POST', '/api/v1/orders', { gig: gig.id, package: 1, answers: ['Shop'] })).json()) as { id: string };
    for (const path of [`/orders/${id}`, `/api/v1/orders/${id}`]) expect((await stranger.client.get(path)).status).toBe(404);
    expect((await stranger.client.post(`/orders/${id}/cancel`, {})).status).toBe(404);
    expect((await stranger.client.json('POST', `/api/v1/orders/${id}/dispute`, { message: 'x' })).status).toBe(404);
    expect(((await (await stranger.client.get('/api/v1/orders')).json()) as { orders: unknown[] }).orders).toEqual([]);
    // The freelancer cannot pay or accept; the client cannot deliver.
    const sellerPays = await seller.client.json('POST', `/api/v1/orders/${id}/pay`, undefined, { 'idempotency-key': `seller-${id}` });
    expect(sellerPays.status).toBe(403);
    expect(((await sellerPays.json()) as { code: string }).code).toBe('order.not_your_turn');
    expect((await buyer.client.json('POST', `/api/v1/orders/${id}/pay`, undefined, { 'idempotency-key': `buyer-${id}` })).status).toBe(200);
    expect((await buyer.client.json('POST', `/api/v1/orders/${id}/deliver`, { message: 'x' })).status).toBe(403);
    // Not one's own gig; not a paused or unknown one.
    const own = await seller.client.json('POST', '/api/v1/orders', { gig: gig.id, package: 1, answers: ['x'] });
    expect(own.status).toBe(403);
    expect(((await own.json()) as { title: string }).title).toBe('You cannot order your own gig.');
    expect((await buyer.client.json('POST', '/api/v1/orders', { gig: 'no-such-gig', package: 1 })).status).toBe(404);
    // Bad input: a package that does not exist, a 10 KB answer, a missing delivery message.
    expect((await buyer.client.json('POST', '/api/v1/orders', { gig: gig.id, package: 3, answers: ['x'] })).status).toBe(400);
    expect((await buyer.client.json('POST', '/api/v1/orders', { gig: gig.id, package: 1, answers: ['x'.repeat(10_000)] })).status).toBe(400);
    expect((await seller.client.json('POST', `/api/v1/orders/${id}/deliver`, { message: '' })).status).toBe(400);
    await ledgerHolds();
  });
});
