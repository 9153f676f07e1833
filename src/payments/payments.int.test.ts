// Money in against a real PostgreSQL: bank top-ups matched once (by hand or by statement, however
// often), the checkout simulator and its webhooks (replays, reordering, bad signatures, concurrent
// duplicates), expiry, conversions at the recorded rate, and who may see and do what. Every money
// test ends with the whole-ledger check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { convert, currentRate, setRate } from '../fx/service.ts';
import { balanceOf, checkWholeLedger } from '../ledger/service.ts';
import type { Actor } from '../platform/actor.ts';
import { type Currency, money } from '../platform/money.ts';
import { SIGNATURE_HEADER, signWebhook, type WebhookEvent } from './domain.ts';
import { expireDueTopUps, getTopUp, importStatement, matchTransfer, SIMULATOR_WEBHOOK_PATH, startPaymentWorkers, startTopUp } from './service.ts';

let env: TestEnv;
const BANK = { PLATFORM_BANK_TITLE: 'Hunar Payments (Pvt) Ltd', PLATFORM_BANK_NAME: 'Standard Chartered', PLATFORM_BANK_IBAN: 'PK36SCBL0000001123456702', PLATFORM_RAAST_ID: '03001234567' };
beforeAll(async () => {
  env = await testEnv(BANK);
  // The simulator's webhooks go through the in-process app, as they would over HTTP.
  await startPaymentWorkers(env.deps, {
    schedule: false,
    deliver: async (body, signature) => {
      const res = await env.app.request(`http://localhost:3000${SIMULATOR_WEBHOOK_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature }, body });
      return { status: res.status };
    },
  });
});
afterAll(() => env.close());

let n = 0;
const PASSWORD = 'a long enough password';
async function person(opts: { admin?: boolean; locale?: 'en' | 'ur' } = {}) {
  const email = `pay${++n}-${Date.now()}@example.pk`;
  const u = await createAccount(env.deps.db, env.deps, { email, password: PASSWORD, displayName: `Person ${n}`, isFreelancer: false, isClient: true, isAdmin: opts.admin ?? false, locale: opts.locale ?? 'en', verified: true, onboarded: true });
  const actor: Actor = { userId: u.id, email, displayName: `Person ${n}`, emailVerified: true, isFreelancer: false, isClient: true, isAdmin: opts.admin ?? false, locale: opts.locale ?? 'en', sessionId: null, onboardingDone: true };
  const client = new TestClient(env.app, { 'accept-language': opts.locale ?? 'en' });
  expect((await client.post('/login', { email, password: PASSWORD })).status).toBe(303);
  return { id: u.id, actor, client };
}

const wallet = (ownerId: string, currency: Currency = 'PKR') => balanceOf(env.deps.db, { kind: 'client_wallet', ownerId, currency });
async function ledgerHolds() {
  const { results } = await checkWholeLedger(env.deps.db);
  expect(results.filter((r) => !r.ok)).toEqual([]);
}
const paymentIns = async (userId: string) =>
  (await env.deps.db.selectFrom('ledger_entries as e').innerJoin('ledger_accounts as a', 'a.id', 'e.account_id').innerJoin('ledger_transactions as t', 't.id', 'e.transaction_id').select('t.id').where('a.owner_id', '=', userId).where('t.kind', '=', 'payment_in').execute()).length;

function signed(event: WebhookEvent, opts: { secret?: string; at?: number } = {}) {
  const body = JSON.stringify(event);
  const at = opts.at ?? Math.floor(env.clock.now().getTime() / 1000);
  return { body, signature: signWebhook(opts.secret ?? env.deps.config.PAYMENT_SIMULATOR_SECRET, body, at) };
}
async function deliver(event: WebhookEvent, opts: { secret?: string; at?: number } = {}) {
  const { body, signature } = signed(event, opts);
  return env.app.request(`http://localhost:3000${SIMULATOR_WEBHOOK_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature }, body });
}
const event = (t: { id: string; reference: string; amount: { amount: bigint; currency: Currency } }, type: WebhookEvent['type'], id = `evt_${crypto.randomUUID().replace(/-/g, '')}`): WebhookEvent => ({
  id,
  type,
  created: Math.floor(env.clock.now().getTime() / 1000),
  data: { top_up: t.id, reference: t.reference, amount: { amount: t.amount.amount.toString(), currency: t.amount.currency } },
});

async function waitFor<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out; last value ${JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? x.toString() : x))}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('bank transfer / Raast top-ups', () => {
  it('shows the reference and the platform account, and an admin credits it exactly once', async () => {
    const client = await person();
    const admin = await person({ admin: true });
    const page = await client.client.get('/wallet/top-ups?return_to=%2Forders%2F123');
    expect(page.status).toBe(200);
    const key = (await page.text()).match(/name="idempotency_key" value="([\w-]+)"/)![1]!;
    const started = await client.client.post('/wallet/top-ups', { amount: '5,000', currency: 'PKR', method: 'bank_transfer', idempotency_key: key, return_to: '/orders/123' });
    expect(started.status).toBe(303);
    const url = started.headers.get('location')!;
    expect(url).toMatch(/^\/wallet\/top-ups\/[0-9a-f-]{36}$/);
    // A double submit is the same top-up.
    expect((await client.client.post('/wallet/top-ups', { amount: '5000', currency: 'PKR', method: 'bank_transfer', idempotency_key: key, return_to: '/orders/123' })).headers.get('location')).toBe(url);
    const text = visibleText(await (await client.client.get(url)).text());
    const reference = text.match(/HNR-[2-9A-Z]{4}-[2-9A-Z]{4}/)![0];
    expect(text).toContain('PK36 SCBL 0000 0011 2345 6702');
    expect(text).toContain('Hunar Payments (Pvt) Ltd');

    // Matched by hand, then again (a double click), then in a statement that names the same bank transaction.
    const form = { reference: `ibft ${reference.toLowerCase()}`, amount: '5000', currency: 'PKR', received_on: '31/01/2025', bank_txn_id: 'SCB-0001' };
    expect((await admin.client.post('/admin/payments/match', form)).status).toBe(303);
    expect((await admin.client.post('/admin/payments/match', form)).status).toBe(303);
    const csv = `date,amount,currency,reference,bank_txn_id\n2025-01-31,5000.00,PKR,IBFT ${reference},SCB-0001\n`;
    const again = await importStatement(env.deps, admin.actor, { csv, confirm: true });
    expect(again.lines.map((l) => l.status)).toEqual(['already_applied']);
    expect(again.applied).toEqual([]);
    expect(await wallet(client.id)).toBe(500_000n);
    expect(await paymentIns(client.id)).toBe(1);
    // The same bank transaction with other details is a conflict; a second transfer for a paid top-up is refused.
    await expect(matchTransfer(env.deps, admin.actor, { ...form, amount: { amount: '400000', currency: 'PKR' } })).rejects.toMatchObject({ code: 'idempotency.conflict', status: 409 });
    await expect(matchTransfer(env.deps, admin.actor, { ...form, amount: { amount: '500000', currency: 'PKR' }, bank_txn_id: 'SCB-0002' })).rejects.toMatchObject({ code: 'payment.already_settled' });

    const done = visibleText(await (await client.client.get(url)).text());
    expect(done).toContain('Rs 5,000 was added to your wallet');
    expect(await (await client.client.get(url)).text()).toContain('href="/orders/123"');
    const audit = await env.deps.db.selectFrom('audit_events').select('kind').where('actor_id', '=', admin.id).execute();
    expect(audit.map((a) => a.kind)).toContain('payment.bank_matched');
    await ledgerHolds();
  });

  it('imports a statement: preview first, then each line credited once, even when imported twice', async () => {
    const admin = await person({ admin: true });
    const a = await person();
    const b = await person();
    const ta = await startTopUp(env.deps, a.actor, { amount: money(1_000_000n, 'PKR'), method: 'bank_transfer' });
    const tb = await startTopUp(env.deps, b.actor, { amount: money(5_000n, 'USD'), method: 'bank_transfer' });
    const csv = [
      '\uFEFFdate,amount,currency,reference,bank_txn_id',
      `2025-02-01,"10,000.00",PKR,"RAAST from A ${ta.reference}",R-1`,
      `2025-02-01,45.00,USD,${tb.reference.replace(/-/g, ' ')},R-2`,
      '2025-02-01,700,PKR,no reference at all,R-3',
      '2025-02-01,=1+1,PKR,formula,R-4',
    ].join('\r\n');
    const preview = await importStatement(env.deps, admin.actor, { csv });
    expect(preview.lines.map((l) => [l.bankTxnId, l.status])).toEqual([
      ['R-1', 'matched'],
      ['R-2', 'amount_differs'],
      ['R-3', 'unmatched'],
    ]);
    expect(preview.counts.invalid).toBe(1);
    expect(await wallet(a.id)).toBe(0n);

    // The page shows the same preview, with the amount-differs line left for the admin to tick.
    const html = await (await admin.client.upload('/admin/payments/import', { field: 'statement', name: 'statement.csv', bytes: new TextEncoder().encode(csv), type: 'text/csv' })).text();
    expect(visibleText(html)).toContain('1 matched, 1 with a different amount, 1 unmatched, 0 already applied, 1 bad row');
    expect(html).toContain('name="accept_different_amounts" value="R-2"');

    const first = await importStatement(env.deps, admin.actor, { csv, confirm: true });
    expect(first.applied.map((x) => x.bankTxnId)).toEqual(['R-1']);
    const second = await importStatement(env.deps, admin.actor, { csv, confirm: true, accept_different_amounts: ['R-2'] });
    expect(second.lines.map((l) => l.status)).toEqual(['already_applied', 'amount_differs', 'unmatched']);
    expect(second.applied.map((x) => [x.bankTxnId, x.replayed])).toEqual([['R-2', false]]);
    // Concurrent re-imports by two admins apply nothing more.
    await Promise.all([importStatement(env.deps, admin.actor, { csv, confirm: true, accept_different_amounts: ['R-2'] }), importStatement(env.deps, admin.actor, { csv, confirm: true, accept_different_amounts: ['R-2'] })]);
    expect(await wallet(a.id)).toBe(1_000_000n);
    expect(await wallet(b.id, 'USD')).toBe(4_500n);
    expect((await getTopUp(env.deps, b.actor, tb.id)).credited).toEqual(money(4_500n, 'USD'));
    await ledgerHolds();
  });

  it('is hidden and refused when the platform account is not configured', async () => {
    const bare = await testEnv();
    try {
      const u = await createAccount(bare.deps.db, bare.deps, { email: `bare${Date.now()}@example.pk`, password: PASSWORD, displayName: 'Bare', isFreelancer: false, isClient: true, locale: 'en', verified: true, onboarded: true });
      const actor: Actor = { userId: u.id, email: 'x', displayName: 'Bare', emailVerified: true, isFreelancer: false, isClient: true, isAdmin: false, locale: 'en', sessionId: null, onboardingDone: true };
      await expect(startTopUp(bare.deps, actor, { amount: money(50_000n, 'PKR'), method: 'bank_transfer' })).rejects.toMatchObject({ code: 'payment.method_unavailable' });
    } finally {
      await bare.close();
    }
  });
});

describe('the checkout simulator (development only)', () => {
  it('redirects to a page that says it is a simulator; Succeed credits the wallet through a signed, queued webhook', async () => {
    const client = await person({ locale: 'ur' });
    const page = await client.client.get('/wallet/top-ups');
    const key = (await page.text()).match(/name="idempotency_key" value="([\w-]+)"/)![1]!;
    const started = await client.client.post('/wallet/top-ups', { amount: '20', currency: 'USD', method: 'simulator', idempotency_key: key });
    expect(started.status).toBe(303);
    const checkout = started.headers.get('location')!;
    expect(checkout).toMatch(/^\/simulator\/checkout\/[0-9a-f-]{36}$/);
    const html = visibleText(await (await client.client.get(checkout)).text());
    expect(html).toContain('چیک آؤٹ سمیولیٹر (صرف ڈویلپمنٹ کے لیے)');
    const back = await client.client.post(`${checkout}/succeed`, {});
    expect(back.status).toBe(303);
    const id = checkout.split('/').pop()!;
    expect(back.headers.get('location')).toBe(`/wallet/top-ups/${id}?waiting=1`);
    await waitFor(() => wallet(client.id, 'USD'), (b) => b === 2_000n);
    expect((await getTopUp(env.deps, client.actor, id)).status).toBe('succeeded');
    // Pressing again changes nothing.
    expect((await client.client.post(`${checkout}/succeed`, {})).status).toBe(409);
    await ledgerHolds();
  });

  it('Fail marks the top-up failed; Time out lets it expire after the timeout, by the queued job', async () => {
    const client = await person();
    const failing = await startTopUp(env.deps, client.actor, { amount: money(100_000n, 'PKR'), method: 'simulator' });
    await client.client.get(`/simulator/checkout/${failing.id}`);
    await client.client.post(`/simulator/checkout/${failing.id}/fail`, {});
    await waitFor(async () => (await getTopUp(env.deps, client.actor, failing.id)).status, (s) => s === 'failed');

    const slow = await startTopUp(env.deps, client.actor, { amount: money(100_000n, 'PKR'), method: 'simulator' });
    await client.client.post(`/simulator/checkout/${slow.id}/timeout`, {});
    expect(await expireDueTopUps(env.deps)).toBe(0);
    env.clock.advance((env.deps.config.PAYMENT_TIMEOUT_MINUTES + 1) * 60_000);
    await env.deps.jobs.send(env.deps.db, 'payments.expire_top_ups', {});
    await waitFor(async () => (await getTopUp(env.deps, client.actor, slow.id)).status, (s) => s === 'expired');
    expect(visibleText(await (await client.client.get('/wallet/top-ups')).text())).toMatch(/Failed.*|Expired/);
    expect(await wallet(client.id)).toBe(0n);
    await ledgerHolds();
  });
});

describe('the top-up form and the checkout return page', () => {
  const keyOf = (html: string) => html.match(/name="idempotency_key" value="([\w-]+)"/)![1]!;
  const amountField = (html: string) => html.match(/<input[^>]*name="amount"[^>]*>/)?.[0] ?? '';

  it('asks for the currency first: switching it opens the form again with the amount empty', async () => {
    const client = await person();
    const html = await (await client.client.get('/wallet/top-up?amount=3000&currency=PKR&return_to=%2Forders%2F42')).text();
    expect(visibleText(html)).toContain('Amount in Pakistani rupees (PKR)');
    expect(amountField(html)).toContain('value="3000"');
    // The other currency is a link that carries where to return, never the amount.
    expect(html).toContain('href="/wallet/top-ups?currency=USD&amp;return_to=%2Forders%2F42"');
    const usd = await (await client.client.get('/wallet/top-ups?currency=USD&return_to=%2Forders%2F42')).text();
    expect(visibleText(usd)).toContain('Amount in US dollars (USD)');
    expect(amountField(usd)).not.toContain('value="3000"');
    expect(usd).toContain('name="return_to" value="/orders/42"');
  });

  it('asks “is this amount right?” before a top-up far above the client’s past ones, and starts nothing until confirmed', async () => {
    const client = await person();
    const key = keyOf(await (await client.client.get('/wallet/top-ups?currency=USD')).text());
    const form = { amount: '3000', currency: 'USD', method: 'simulator', idempotency_key: key };
    const asked = await client.client.post('/wallet/top-ups', form);
    expect(asked.status).toBe(200);
    const text = visibleText(await asked.text());
    expect(text).toContain('Is this amount right?');
    expect(text).toContain('You are adding $3,000.00, your first top-up in this currency.');
    expect(text).toContain('Yes, add $3,000.00');
    expect((await env.deps.db.selectFrom('top_ups').select('id').where('user_id', '=', client.id).execute()).length).toBe(0);
    // The API says the same, and takes confirm_large.
    const api = await client.client.json('POST', '/api/v1/payments/top-ups', { amount: { amount: '300000', currency: 'USD' }, method: 'simulator' }, { 'idempotency-key': `large-${client.id}` });
    expect(api.status).toBe(409);
    expect(((await api.json()) as { code: string }).code).toBe('payment.confirm_large');
    const confirmed = await client.client.post('/wallet/top-ups', { ...form, confirm_large: '1' });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toMatch(/^\/simulator\/checkout\//);
    // An amount up to five times a past top-up is not asked about.
    expect((await client.client.post('/wallet/top-ups', { amount: '400', currency: 'USD', method: 'simulator', idempotency_key: `small-${client.id}` })).status).toBe(303);
  });

  it('refreshes itself while the checkout is pending, then continues where the client was; a failure says so', async () => {
    const client = await person();
    const t = await startTopUp(env.deps, client.actor, { amount: money(150_000n, 'PKR'), method: 'simulator', returnTo: '/orders/42' });
    const url = `/wallet/top-ups/${t.id}?waiting=1`;
    // Back from the checkout before its answer has landed: the page reloads itself, no script needed.
    const pendingHtml = await (await client.client.get(url)).text();
    expect(pendingHtml).toContain(`<meta http-equiv="refresh" content="3; url=/wallet/top-ups/${t.id}?waiting=1"/>`);
    expect(visibleText(pendingHtml)).toContain('This page checks again every 3 seconds; once the money is in, you go on to where you were.');
    expect((await deliver(event(t, 'payment.succeeded'))).status).toBe(200);
    const landed = await client.client.get(url);
    expect(landed.status).toBe(303);
    expect(landed.headers.get('location')).toBe('/orders/42');
    // Opened later from the history, the same top-up just shows its result.
    const later = await client.client.get(`/wallet/top-ups/${t.id}`);
    expect(later.status).toBe(200);
    expect(await later.text()).not.toContain('http-equiv="refresh"');

    const failing = await startTopUp(env.deps, client.actor, { amount: money(150_000n, 'PKR'), method: 'simulator', returnTo: '/orders/42' });
    await client.client.post(`/simulator/checkout/${failing.id}/fail`, {});
    await waitFor(async () => (await getTopUp(env.deps, client.actor, failing.id)).status, (s) => s === 'failed');
    const failed = await client.client.get(`/wallet/top-ups/${failing.id}?waiting=1`);
    expect(failed.status).toBe(200);
    const html = await failed.text();
    expect(html).not.toContain('http-equiv="refresh"');
    expect(visibleText(html)).toContain('The payment did not go through, and nothing was added.');
    expect(html).toContain('href="/wallet/top-ups?amount=1500&amp;currency=PKR&amp;return_to=%2Forders%2F42"');
    // A return address off the site is never kept.
    const evil = await startTopUp(env.deps, client.actor, { amount: money(150_000n, 'PKR'), method: 'simulator', returnTo: '//evil.example/x' });
    expect(evil.returnTo).toBeNull();
    await ledgerHolds();
  });
});

describe('the simulator webhook', () => {
  async function pending() {
    const client = await person();
    return { client, topUp: await startTopUp(env.deps, client.actor, { amount: money(250_000n, 'PKR'), method: 'simulator' }) };
  }

  it('applies an event once when delivered twice, and a stale or late event changes nothing', async () => {
    const { client, topUp } = await pending();
    const ok = event(topUp, 'payment.succeeded');
    const first = await deliver(ok);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ event: ok.id, outcome: 'applied', status: 'succeeded' });
    expect(await (await deliver(ok)).json()).toMatchObject({ outcome: 'duplicate' });
    expect(await (await deliver(event(topUp, 'payment.pending'))).json()).toMatchObject({ outcome: 'ignored', status: 'succeeded' });
    expect(await (await deliver(event(topUp, 'payment.failed'))).json()).toMatchObject({ outcome: 'ignored', status: 'succeeded' });
    expect(await (await deliver(event(topUp, 'payment.succeeded'))).json()).toMatchObject({ outcome: 'ignored' });
    expect(await wallet(client.id)).toBe(250_000n);
    expect(await paymentIns(client.id)).toBe(1);
    await ledgerHolds();
  });

  it('credits exactly once under concurrent duplicate deliveries', async () => {
    const { client, topUp } = await pending();
    const ok = event(topUp, 'payment.succeeded');
    const other = event(topUp, 'payment.succeeded');
    const answers = await Promise.all([...Array.from({ length: 6 }, () => deliver(ok)), deliver(other), deliver(other)]);
    expect(answers.every((r) => r.status === 200)).toBe(true);
    const outcomes = await Promise.all(answers.map((r) => r.json() as Promise<{ outcome: string }>));
    expect(outcomes.filter((o) => o.outcome === 'applied')).toHaveLength(1);
    expect(await wallet(client.id)).toBe(250_000n);
    expect(await paymentIns(client.id)).toBe(1);
    await ledgerHolds();
  });

  it('refuses a bad signature (401), a stale timestamp (400), and a body that is not an event (400)', async () => {
    const { client, topUp } = await pending();
    const ok = event(topUp, 'payment.succeeded');
    const bad = await deliver(ok, { secret: 'not-the-simulator-secret' });
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ code: 'payment.webhook_signature' });
    const stale = await deliver(ok, { at: Math.floor(env.clock.now().getTime() / 1000) - 301 });
    expect(stale.status).toBe(400);
    expect(await stale.json()).toMatchObject({ code: 'payment.webhook_stale' });
    const unsigned = await env.app.request(`http://localhost:3000${SIMULATOR_WEBHOOK_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ok) });
    expect(unsigned.status).toBe(401);
    const { body, signature } = signed({ ...ok, type: 'payment.refunded' } as unknown as WebhookEvent);
    const odd = await env.app.request(`http://localhost:3000${SIMULATOR_WEBHOOK_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature }, body });
    expect(odd.status).toBe(400);
    // A tampered amount is recorded but changes nothing.
    const tampered = { ...ok, id: `${ok.id}x`, data: { ...ok.data, amount: { amount: '99900000', currency: 'PKR' as const } } };
    expect(await (await deliver(tampered)).json()).toMatchObject({ outcome: 'mismatch', status: 'pending' });
    expect(await wallet(client.id)).toBe(0n);
    // The genuine event still applies afterwards.
    expect(await (await deliver(ok)).json()).toMatchObject({ outcome: 'applied' });
    await ledgerHolds();
  });

  it('a success after expiry is still credited (the provider has the money); a failure after it is not', async () => {
    const { client, topUp } = await pending();
    expect(await (await deliver(event(topUp, 'payment.expired'))).json()).toMatchObject({ outcome: 'applied', status: 'expired' });
    expect(await (await deliver(event(topUp, 'payment.failed'))).json()).toMatchObject({ outcome: 'ignored', status: 'expired' });
    expect(await (await deliver(event(topUp, 'payment.succeeded'))).json()).toMatchObject({ outcome: 'applied', status: 'succeeded' });
    expect(await wallet(client.id)).toBe(250_000n);
    await ledgerHolds();
  });
});

describe('exchange rates and conversions', () => {
  it('converts at the recorded rate, rounded half-even, once per key', async () => {
    const admin = await person({ admin: true });
    const client = await person();
    const t = await startTopUp(env.deps, client.actor, { amount: money(100_000n, 'PKR'), method: 'simulator' });
    await deliver(event(t, 'payment.succeeded'));
    // A first start already holds a rate, dated and labelled: the one shipped with Hunar (0031).
    expect(await currentRate(env.deps.db, 'USD', 'PKR')).toMatchObject({ rate: '280.91', source: 'initial', effectiveOn: '2025-10-31' });
    expect(visibleText(await (await client.client.get('/wallet/convert')).text())).toContain('1 US dollar = 280.91 rupees (Hunar’s initial rate, the interbank rate of 31 October 2025, in force until an admin sets one)');

    // The admin page sets the rate; non-admins get 403 there and on the API.
    expect((await admin.client.post('/admin/fx', { rate: '۲۷۸٫۵' })).status).toBe(303);
    expect((await client.client.post('/admin/fx', { rate: '300' })).status).toBe(403);
    expect((await client.client.json('POST', '/api/v1/fx/rates', { rate: '300' })).status).toBe(403);
    const bounds = await admin.client.post('/admin/fx', { rate: '2785' });
    expect(bounds.status).toBe(400);
    expect(await currentRate(env.deps.db, 'USD', 'PKR')).toMatchObject({ rate: '278.5', source: 'form' });
    // The admin page says which rate is in force for each currency, what it is used for, and where it came from.
    expect((await admin.client.post('/admin/fx', { currency: 'GBP', rate: '375' })).status).toBe(303);
    const adminPage = visibleText(await (await admin.client.get('/admin/fx')).text());
    expect(adminPage).toMatch(/US dollars \(USD\) 1 USD = 278\.5 PKR Conversions, payments and estimates set by an admin for .+ · Person \d+/);
    expect(adminPage).toMatch(/British pounds \(GBP\), estimate 1 GBP = 375 PKR Estimates only set by an admin for/);
    expect(adminPage).toContain('Euros (EUR), estimate None set: no estimates in this currency');
    // The rate shipped with Hunar stays in the history, labelled.
    expect(adminPage).toMatch(/31 October 2025 .* USD 280\.91 Shipped with Hunar —/);

    // Rs 1,000 at 1/278.5 = 0.00359066 USD per PKR → $3.59066 → $3.59.
    const key = `convert-${crypto.randomUUID()}`;
    const first = await convert(env.deps, client.actor, { from: { amount: '100000', currency: 'PKR' }, to: 'USD' }, key);
    expect(first.to).toEqual(money(359n, 'USD'));
    expect(first.rate.rate).toBe('0.00359066');
    const tx = await env.deps.db.selectFrom('ledger_transactions').select(['kind', 'fx_rate', 'actor_id']).where('idempotency_key', '=', key).executeTakeFirstOrThrow();
    expect(tx).toEqual({ kind: 'fx_convert', fx_rate: '0.00359066', actor_id: client.id });
    // The same key replays at the first rate even after the rate changes; another request with it is a 409.
    await setRate(env.deps, admin.actor, { rate: '300' });
    const again = await convert(env.deps, client.actor, { from: { amount: '100000', currency: 'PKR' }, to: 'USD' }, key);
    expect(again).toMatchObject({ replayed: true, to: money(359n, 'USD'), transactionId: first.transactionId });
    await expect(convert(env.deps, client.actor, { from: { amount: '50000', currency: 'PKR' }, to: 'USD' }, key)).rejects.toMatchObject({ status: 409 });
    expect(await wallet(client.id)).toBe(0n);
    expect(await wallet(client.id, 'USD')).toBe(359n);
    // Back again through the page: preview shows the rate and result, confirm converts.
    const preview = visibleText(await (await client.client.post('/wallet/convert/preview', { amount: '3.59', from: 'USD', to: 'PKR', idempotency_key: `page-${crypto.randomUUID()}` })).text());
    expect(preview).toContain('$3.59 becomes Rs 1,077, at 1 US dollar = 300 rupees.');
    await expect(convert(env.deps, client.actor, { from: { amount: '360', currency: 'USD' }, to: 'PKR' }, `over-${crypto.randomUUID()}`)).rejects.toMatchObject({ code: 'ledger.insufficient_funds' });
    await ledgerHolds();
  });

  it('imports rates from CSV, all or nothing, and twice adds nothing', async () => {
    const admin = await person({ admin: true });
    const csv = 'date,from,to,rate\n2099-01-01,USD,PKR,281\n2099-01-02,USD,PKR,282.25\n';
    const r1 = await admin.client.json('POST', '/api/v1/fx/rates/import', { csv });
    expect(await r1.json()).toEqual({ added: 2, unchanged: 0, problems: [] });
    expect(await (await admin.client.json('POST', '/api/v1/fx/rates/import', { csv })).json()).toEqual({ added: 0, unchanged: 2, problems: [] });
    const bad = await (await admin.client.json('POST', '/api/v1/fx/rates/import', { csv: `${csv}2099-01-03,USD,PKR,9999\n` })).json();
    expect(bad.added).toBe(0);
    expect(bad.problems).toEqual([{ line: 4, message: 'A rate must be between 50 and 1000 rupees per dollar.' }]);
    const rates = await (await new TestClient(env.app).get('/api/v1/fx/rates')).json();
    expect(rates.rates[0]).toEqual({ from: 'USD', to: 'PKR', rate: '282.25', source: 'csv', effective_on: '2099-01-02' });
  });
});

describe('who may do what', () => {
  it('a client cannot see another’s top-ups; non-admins get 403 on admin pages and endpoints', async () => {
    const owner = await person();
    const other = await person();
    const t = await startTopUp(env.deps, owner.actor, { amount: money(50_000n, 'PKR'), method: 'bank_transfer' });
    expect((await other.client.get(`/wallet/top-ups/${t.id}`)).status).toBe(404);
    expect((await other.client.get(`/api/v1/payments/top-ups/${t.id}`)).status).toBe(404);
    expect((await other.client.get(`/simulator/checkout/${t.id}`)).status).toBe(404);
    expect((await (await other.client.get('/api/v1/payments/top-ups')).json()).top_ups).toEqual([]);
    expect((await other.client.get('/admin/payments')).status).toBe(403);
    expect((await other.client.get('/admin/fx')).status).toBe(403);
    expect((await other.client.post('/admin/payments/match', { reference: t.reference, amount: '500', currency: 'PKR', received_on: '2025-01-01', bank_txn_id: 'X1' })).status).toBe(403);
    expect((await other.client.json('POST', '/api/v1/admin/payments/match', { reference: t.reference, amount: { amount: '50000', currency: 'PKR' }, received_on: '2025-01-01', bank_txn_id: 'X1' })).status).toBe(403);
    expect((await other.client.json('POST', '/api/v1/admin/payments/statements', { csv: 'x' })).status).toBe(403);
    expect((await new TestClient(env.app).get('/api/v1/payments/top-ups')).status).toBe(401);
    expect(await wallet(owner.id)).toBe(0n);
  });

  it('the API starts a top-up only with an Idempotency-Key, and replays it', async () => {
    const c = await person();
    const body = { amount: { amount: '150000', currency: 'PKR' }, method: 'bank_transfer', return_to: 'https://evil.example/' };
    const none = await c.client.json('POST', '/api/v1/payments/top-ups', body);
    expect(none.status).toBe(400);
    const a = await c.client.json('POST', '/api/v1/payments/top-ups', body, { 'idempotency-key': 'topup-key-0001' });
    expect(a.status).toBe(201);
    const j = await a.json();
    expect(j).toMatchObject({ method: 'bank_transfer', status: 'pending', return_to: null, bank: { iban: 'PK36SCBL0000001123456702' } });
    expect((await (await c.client.json('POST', '/api/v1/payments/top-ups', body, { 'idempotency-key': 'topup-key-0001' })).json()).id).toBe(j.id);
    expect((await c.client.json('POST', '/api/v1/payments/top-ups', { ...body, method: 'simulator' }, { 'idempotency-key': 'topup-key-0001' })).status).toBe(409);
  });
});

describe('production', () => {
  it('refuses to enable the simulator, and answers 404 for its pages and webhook', async () => {
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), SECRETS_KEYS: 'k1:aHVuYXItdGVzdC1rZXktbm90LWZvci1yZWFsLXVzZSE=', PAYMENT_SIMULATOR: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), SECRETS_KEYS: 'k1:aHVuYXItdGVzdC1rZXktbm90LWZvci1yZWFsLXVzZSE=', PAYMENT_SIMULATOR: 'true' })).toThrow(/PAYMENT_SIMULATOR/);
    const prod = await testEnv({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), SECRETS_KEYS: 'k1:aHVuYXItdGVzdC1rZXktbm90LWZvci1yZWFsLXVzZSE=' });
    try {
      const body = JSON.stringify({ id: 'evt_abcdefgh' });
      const res = await prod.app.request(`http://localhost:3000${SIMULATOR_WEBHOOK_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signWebhook(prod.deps.config.PAYMENT_SIMULATOR_SECRET, body, Math.floor(Date.now() / 1000)) }, body });
      expect(res.status).toBe(404);
      expect((await prod.app.request('http://localhost:3000/simulator/checkout/00000000-0000-0000-0000-000000000000')).status).toBe(404);
    } finally {
      await prod.close();
    }
  });
});
