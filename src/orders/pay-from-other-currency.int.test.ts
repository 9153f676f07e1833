// Paying a rupee order with dollars (issue 16): the order page offers to convert the missing part and
// pay in one confirmed step; one database transaction converts (through the FX account, at the rate
// shown) and funds the escrow, or nothing moves. A changed rate is refused and the new figure shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credit, TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { actorFromUser, createAccount } from '../accounts/service.ts';
import { setRate } from '../fx/service.ts';
import { createGig, publishGig } from '../gigs/service.ts';
import { type AccountRef, balanceOf, checkWholeLedger, } from '../ledger/service.ts';
import { type Currency, money } from '../platform/money.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

const PASSWORD = 'correct horse battery';
let n = 0;

async function person(role: 'freelancer' | 'client' | 'admin', locale: 'en' | 'ur' = 'en') {
  const email = `fxpay-${role}${++n}-${Date.now()}@example.pk`;
  const user = await createAccount(env.deps.db, env.deps, { email, password: PASSWORD, displayName: `Person ${n}`, isFreelancer: role === 'freelancer', isClient: role === 'client', isAdmin: role === 'admin', locale, verified: true, onboarded: true });
  const client = new TestClient(env.app, { 'accept-language': locale });
  expect((await client.post('/login', { email, password: PASSWORD })).status).toBe(303);
  return { user, client, actor: actorFromUser(user, null) };
}

/** A published gig whose Basic package is Rs 1,500. */
async function gig(seller: Awaited<ReturnType<typeof person>>) {
  const { id, slug } = await createGig(env.deps, seller.actor, {
    title: 'I will translate your leaflet into Urdu',
    description: 'Careful, natural Urdu.',
    category_slug: 'translation',
    skills: [],
    packages: [{ name: 'Basic', price: { amount: '150000', currency: 'PKR' }, delivery_days: 3, revisions: 1 }],
    faqs: [],
    questions: [],
  });
  await publishGig(env.deps, seller.actor, id);
  return slug;
}

const wallet = (ownerId: string, currency: Currency): AccountRef => ({ kind: 'client_wallet', ownerId, currency });
/** Dollars in, as a card top-up would bring them. */
async function fundUsd(userId: string, cents: bigint) {
  await credit(env.deps, wallet(userId, 'USD'), money(cents, 'USD'));
}

async function placeOrder(buyer: Awaited<ReturnType<typeof person>>, slug: string): Promise<string> {
  const placed = await buyer.client.post('/orders', { gig: slug, package: '1' });
  expect(placed.status).toBe(303);
  return placed.headers.get('location')!.split('/').pop()!;
}

/** The convert-and-pay form's hidden fields, as the browser would send them. */
function convertForm(html: string): Record<string, string> {
  const form = html.match(/<form method="post" action="\/orders\/[^"]+\/pay">(?:(?!<\/form>)[\s\S])*name="convert_from"[\s\S]*?<\/form>/)?.[0] ?? '';
  return Object.fromEntries([...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

async function snapshot(userId: string, orderId: string) {
  const [pkr, usd, escrow, order, txns] = await Promise.all([
    balanceOf(env.deps.db, wallet(userId, 'PKR')),
    balanceOf(env.deps.db, wallet(userId, 'USD')),
    balanceOf(env.deps.db, { kind: 'escrow', refId: orderId, currency: 'PKR' }),
    env.deps.db.selectFrom('orders').select('state').where('id', '=', orderId).executeTakeFirstOrThrow(),
    env.deps.db.selectFrom('ledger_transactions').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { pkr, usd, escrow, state: order.state, transactions: txns.n };
}

async function ledgerHolds() {
  const { results } = await checkWholeLedger(env.deps.db);
  expect(results.filter((r) => !r.ok)).toEqual([]);
}

describe('paying a rupee order from a dollar balance', () => {
  it('offers to convert and pay in one step at the rate shown; a changed rate is refused and changes nothing', async () => {
    const seller = await person('freelancer', 'ur');
    const buyer = await person('client');
    const admin = await person('admin');
    const slug = await gig(seller);
    await fundUsd(buyer.user.id, 20_00n);
    const orderId = await placeOrder(buyer, slug);
    const url = `/orders/${orderId}`;

    // Rs 1,500 missing; at the initial 280.91, $5.34 is the least that covers it (Rs 1,500.06).
    let html = await (await buyer.client.get(url)).text();
    let text = visibleText(html);
    expect(text).toContain('Your Hunar balance: Rs 0.00');
    expect(text).toContain('Convert $5.34 to Rs 1,500.06 at 1 USD = 280.91 PKR and pay');
    expect(text).toContain('Hunar’s initial rate');
    const shown = convertForm(html);
    expect(shown).toMatchObject({ convert_from: 'USD', convert_amount: '534', expected_rate: '280.91' });

    // The admin sets a new rate before the client confirms: refused, the new figure shown, nothing moved.
    const before = await snapshot(buyer.user.id, orderId);
    await setRate(env.deps, admin.actor, { rate: '300' });
    const stale = await buyer.client.post(`${url}/pay`, shown);
    expect(stale.status).toBe(409);
    html = await stale.text();
    text = visibleText(html);
    expect(text).toContain('The exchange rate changed since you looked.');
    expect(text).toContain('Convert $5.00 to Rs 1,500.00 at 1 USD = 300 PKR and pay');
    expect(await snapshot(buyer.user.id, orderId)).toEqual(before);

    // Confirmed at the new rate: one POST converts and funds the escrow; a second submit pays once.
    const fresh = convertForm(html);
    expect((await buyer.client.post(`${url}/pay`, fresh)).status).toBe(303);
    text = visibleText(await (await buyer.client.get(url)).text());
    expect(text).toContain('Converted and paid.');
    expect((await buyer.client.post(`${url}/pay`, fresh)).status).toBe(303);
    expect(await snapshot(buyer.user.id, orderId)).toMatchObject({ pkr: 0n, usd: 15_00n, escrow: 1500_00n, state: 'in_progress' });

    // The conversion is a ledger transaction through the FX account at the recorded rate.
    const fx = await env.deps.db.selectFrom('ledger_transactions').select(['kind', 'fx_rate', 'actor_id']).where('idempotency_key', '=', `order:${orderId}:pay-convert`).executeTakeFirstOrThrow();
    expect(fx).toEqual({ kind: 'fx_convert', fx_rate: '300', actor_id: buyer.user.id });
    expect(await balanceOf(env.deps.db, { kind: 'fx', currency: 'USD' })).toBeGreaterThanOrEqual(5_00n);
    await ledgerHolds();
  });

  it('through the API with convert_from: pays, replays the same key, and refuses a stale rate', async () => {
    const seller = await person('freelancer');
    const buyer = await person('client');
    const slug = await gig(seller);
    await fundUsd(buyer.user.id, 10_00n);
    const orderId = await placeOrder(buyer, slug);
    const pay = (body: unknown, key: string) => buyer.client.json('POST', `/api/v1/orders/${orderId}/pay`, body, { 'idempotency-key': key });

    const stale = await pay({ convert_from: 'USD', expected_rate: '250' }, `api-stale-${orderId}`);
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { code: string }).code).toBe('fx.rate_changed');
    expect(await balanceOf(env.deps.db, wallet(buyer.user.id, 'USD'))).toBe(10_00n);

    const ok = await pay({ convert_from: 'USD', expected_rate: '300' }, `api-pay-${orderId}`);
    expect(ok.status).toBe(200);
    const answer = (await ok.json()) as { state: string; conversion: { from: unknown; to: unknown; rate: string } };
    expect(answer).toMatchObject({ state: 'in_progress', conversion: { from: { amount: '500', currency: 'USD' }, to: { amount: '150000', currency: 'PKR' }, rate: '300' } });
    const again = await pay({ convert_from: 'USD', expected_rate: '300' }, `api-pay-${orderId}`);
    expect(await again.json()).toEqual(answer);
    expect(await balanceOf(env.deps.db, wallet(buyer.user.id, 'USD'))).toBe(5_00n);
    await ledgerHolds();
  });

  it('is not offered, and is refused, when the other balance does not cover the rest', async () => {
    const seller = await person('freelancer');
    const buyer = await person('client');
    const slug = await gig(seller);
    await fundUsd(buyer.user.id, 4_00n);
    const orderId = await placeOrder(buyer, slug);
    const text = visibleText(await (await buyer.client.get(`/orders/${orderId}`)).text());
    expect(text).not.toContain('and pay');
    expect(text).toContain('You need Rs 1,500.00 more.');
    const before = await snapshot(buyer.user.id, orderId);
    const refused = await buyer.client.json('POST', `/api/v1/orders/${orderId}/pay`, { convert_from: 'USD' }, { 'idempotency-key': `poor-${orderId}` });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { code: string }).code).toBe('ledger.insufficient_funds');
    expect(await snapshot(buyer.user.id, orderId)).toEqual(before);
    await ledgerHolds();
  });
});

describe('the order page for a client abroad', () => {
  it('shows the amount to pay as an estimate in their chosen currency, labelled with its rate', async () => {
    const admin = await person('admin');
    await setRate(env.deps, admin.actor, { rate: '375', currency: 'GBP' });
    const seller = await person('freelancer');
    const buyer = await person('client');
    const slug = await gig(seller);
    const orderId = await placeOrder(buyer, slug);
    const text = visibleText(await (await buyer.client.get(`/orders/${orderId}?currency=GBP`)).text());
    // Rs 1,500 at Rs 375 a pound.
    expect(text).toContain('About £4.00 (estimate)');
    expect(text).toContain('Estimate in GBP at a display-only rate of 1 GBP = 375 PKR (set by an admin for');
    expect(text).toContain('you pay the seller’s price in PKR');
  });
});

describe('the convert-and-pay offer in Urdu', () => {
  it('keeps the rate one left-to-right run ("1 USD = 300 PKR", not "USD = 300 PKR 1")', async () => {
    const seller = await person('freelancer');
    const buyer = await person('client', 'ur');
    const slug = await gig(seller);
    await fundUsd(buyer.user.id, 20_00n);
    const html = await (await buyer.client.get(`/orders/${await placeOrder(buyer, slug)}`)).text();
    // Inside Urdu, the "1" would otherwise be drawn at the right of the run ("USD = 280.91 PKR 1").
    // In the explanation and on the button (the rate is whatever an earlier test left in force).
    expect(html).toMatch(/\u20661 USD = [\d.]+ PKR\u2069 کے حساب سے/);
    expect(html).toMatch(/\u20661 USD = [\d.]+ PKR\u2069 پر/);
    expect(html).not.toMatch(/[^\u2066]1 USD = /);
  });
});
