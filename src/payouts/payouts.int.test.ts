import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText, waitForMail } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import { createGig, publishGig } from '../gigs/service.ts';
import { SIGNATURE_HEADER, signWebhook } from '../payments/domain.ts';
import { getTopUp, SIMULATOR_WEBHOOK_PATH } from '../payments/service.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { type AccountRef, balanceOf, checkWholeLedger, post } from '../ledger/service.ts';
import type { Actor } from '../platform/actor.ts';
import { type Currency, formatMoney, money } from '../platform/money.ts';
import { compactIban, ibanRemainder } from './domain.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

const PASSWORD = 'correct horse battery';
const IBAN = 'PK36SCBL0000001123456702';
let n = 0;

async function person(opts: { role?: 'freelancer' | 'client' | 'both' | 'staff'; locale?: 'en' | 'ur'; name?: string; admin?: boolean } = {}) {
  const role = opts.role ?? 'freelancer';
  const locale = opts.locale ?? 'en';
  const name = opts.name ?? 'Bilal Ahmed';
  const email = `payout-${role}${++n}-${Date.now()}@example.pk`;
  const isFreelancer = role === 'freelancer' || role === 'both';
  const isClient = role === 'client' || role === 'both';
  const user = await createAccount(env.deps.db, env.deps, {
    email,
    password: PASSWORD,
    displayName: name,
    isFreelancer,
    isClient,
    isAdmin: opts.admin ?? false,
    locale,
    verified: true,
    onboarded: true,
  });
  const client = new TestClient(env.app, { 'accept-language': locale });
  expect((await client.post('/login', { email, password: PASSWORD })).status).toBe(303);
  const actor: Actor = {
    userId: user.id,
    email,
    displayName: name,
    emailVerified: true,
    isFreelancer,
    isClient,
    isAdmin: opts.admin ?? false,
    locale,
    sessionId: null,
    onboardingDone: true,
  };
  return { user, client, actor, email };
}
type Person = Awaited<ReturnType<typeof person>>;

const available = (ownerId: string, currency: Currency = 'PKR'): AccountRef => ({ kind: 'freelancer_available', ownerId, currency });

/** Money in for a freelancer, posted straight to the ledger as a payment would (ledger.int.test.ts). */
async function fund(p: Person, minor: bigint, currency: Currency = 'PKR') {
  const key = `test-in-${crypto.randomUUID()}`;
  await env.deps.db.transaction().execute((tx) =>
    post(tx, env.deps, {
      kind: 'payment_in',
      key,
      fingerprint: requestFingerprint(p.user.id, 'test.fund', { key }),
      actorId: null,
      reason: 'test funding',
      legs: [{ from: { kind: 'payment_clearing', currency }, to: available(p.user.id, currency), amount: money(minor, currency) }],
    }),
  );
}

async function ledgerHolds() {
  const { results } = await checkWholeLedger(env.deps.db);
  expect(results.filter((r) => !r.ok)).toEqual([]);
}

const text = async (res: Response) => visibleText(await res.text());
const methods = (userId: string) => env.deps.db.selectFrom('payout_methods').selectAll().where('user_id', '=', userId).execute();
const withdrawals = (userId: string) => env.deps.db.selectFrom('withdrawals').selectAll().where('user_id', '=', userId).orderBy('created_at').execute();
const balance = (p: Person, currency: Currency = 'PKR') => balanceOf(env.deps.db, available(p.user.id, currency));

/** A valid Pakistani IBAN for any bank code: the check digits computed for it. */
function ibanFor(code: string, account = '0000001234567890'): string {
  const remainder = ibanRemainder(`PK00${code}${account}`);
  return `PK${String(98 - remainder).padStart(2, '0')}${code}${account}`;
}

async function addBank(p: Person, title = 'Bilal Ahmed', iban = IBAN) {
  const res = await p.client.post('/payouts/methods', { channel: 'bank', account_title: title, iban });
  expect(res.status).toBe(303);
  return (await methods(p.user.id)).find((m) => m.channel === 'bank' && m.destination === compactIban(iban))!.id;
}

/** The key the /payouts page put into its withdrawal form. */
async function formKey(p: Person): Promise<string> {
  const html = await (await p.client.get('/payouts')).text();
  return html.match(/name="idempotency_key" value="([^"]+)"/)![1]!;
}

describe('payout methods', () => {
  it('adds each kind through the pages and lists them masked, the bank named from the IBAN', async () => {
    const me = await person();
    await addBank(me, 'Bilal Ahmed', 'pk36 scbl 0000 0011 2345 6702');
    for (const [channel, mobile] of [
      ['raast', '0300-1234567'],
      ['jazzcash', '0301 7654321'],
      ['easypaisa', '+92 345 1112223'],
    ] as const) {
      expect((await me.client.post('/payouts/methods', { channel, account_title: 'Bilal Ahmed', mobile })).status, channel).toBe(303);
    }
    expect((await me.client.post('/payouts/methods', { channel: 'payoneer', account_title: 'Bilal Ahmed', email: 'Bilal@Example.com' })).status).toBe(303);

    const stored = await methods(me.user.id);
    expect(stored.map((m) => [m.channel, m.destination, m.is_default])).toEqual([
      ['bank', IBAN, true],
      ['raast', '+923001234567', false],
      ['jazzcash', '+923017654321', false],
      ['easypaisa', '+923451112223', false],
      ['payoneer', 'bilal@example.com', false],
    ]);
    const page = await (await me.client.get('/payouts')).text();
    const shown = visibleText(page);
    expect(shown).toContain('•••• 6702');
    expect(shown).toContain('Standard Chartered Bank (Pakistan)');
    expect(shown).toContain('•••• 4567');
    expect(shown).toContain('bi•••@example.com');
    for (const secret of [IBAN, '1123456702', '3001234567', 'bilal@example.com']) expect(page).not.toContain(secret);

    // At most five; a sixth is refused in words.
    const sixth = await me.client.post('/payouts/methods', { channel: 'bank', account_title: 'Bilal Ahmed', iban: ibanFor('HABB') });
    expect(sixth.status).toBe(409);
    expect(await text(sixth)).toContain('You can keep up to 5 payout methods');

    // Set default and remove, through the API as well.
    const raast = stored[1]!.id;
    expect((await me.client.post(`/payouts/methods/${raast}/default`, {})).status).toBe(303);
    const list = (await (await me.client.get('/api/v1/me/payout-methods')).json()) as { items: { id: string; is_default: boolean; destination: string; bank: unknown }[] };
    expect(list.items[0]).toMatchObject({ id: raast, is_default: true, destination: '•••• 4567', bank: null });
    expect((await me.client.json('DELETE', `/api/v1/me/payout-methods/${raast}`)).status).toBe(204);
    const after = await methods(me.user.id);
    expect(after.map((m) => m.id)).not.toContain(raast);
    // The oldest remaining one becomes the default.
    expect(after.filter((m) => m.is_default).map((m) => m.channel)).toEqual(['bank']);
  });

  it('names no bank for an unknown code, and refuses a bad IBAN, mobile or e-mail in the person’s language, storing nothing', async () => {
    const me = await person({ locale: 'ur', name: 'بلال احمد' });
    await addBank(me, 'بلال احمد', ibanFor('ZZZZ'));
    expect(await text(await me.client.get('/payouts'))).toContain('بینک پہچانا نہیں گیا');

    const checksum = await me.client.post('/payouts/methods', { channel: 'bank', account_title: 'بلال احمد', iban: 'PK36SCBL0000001123456703' });
    expect(checksum.status).toBe(400);
    expect(await text(checksum)).toContain('اس IBAN کے جانچ کے ہندسے درست نہیں');
    const mobile = await me.client.post('/payouts/methods', { channel: 'jazzcash', account_title: 'بلال احمد', mobile: '0423-1234567' });
    expect(mobile.status).toBe(400);
    expect(await text(mobile)).toContain('براہِ کرم پاکستانی موبائل نمبر لکھیں');
    const email = await me.client.post('/payouts/methods', { channel: 'payoneer', account_title: 'بلال احمد', email: 'not-an-email' });
    expect(email.status).toBe(400);
    expect(await text(email)).toContain('براہِ کرم درست ای میل ایڈریس لکھیں');

    const api = await me.client.json('POST', '/api/v1/me/payout-methods', { channel: 'bank', account_title: 'Bilal', iban: 'PK36SCBL0000001123456703' });
    expect(api.status).toBe(400);
    expect(((await api.json()) as { errors: Record<string, string> }).errors.iban).toContain('IBAN');
    expect((await methods(me.user.id)).length).toBe(1);
  });
});

// First of the money tests: a batch takes every waiting withdrawal of its channel.
describe('admin payout batches', () => {
  it('batches a channel, exports a safe CSV with a BOM, marks paid and failed (money back, mail in Urdu), all audited', async () => {
    const admin = await person({ role: 'client', admin: true, name: 'Sana Admin' });
    const urdu = await person({ locale: 'ur', name: 'بلال احمد' });
    const other = await person({ name: 'Ali Khan' });
    const wallet = await person({ name: 'Zara Wallet' });
    for (const p of [urdu, other, wallet]) await fund(p, 500_000n);
    const urduBank = await addBank(urdu, 'بلال احمد');
    const otherIban = ibanFor('HABB');
    const otherBank = await addBank(other, '-Ali Khan', otherIban);
    expect((await wallet.client.post('/payouts/methods', { channel: 'jazzcash', account_title: 'Zara Wallet', mobile: '0300-1234567' })).status).toBe(303);
    const walletMethod = (await methods(wallet.user.id))[0]!.id;

    const withdraw = async (p: Person, method: string, amount: string) => {
      expect((await p.client.post('/payouts/withdraw', { idempotency_key: await formKey(p), method_id: method, amount, currency: 'PKR' })).status).toBe(303);
      return (await withdrawals(p.user.id)).at(-1)!;
    };
    const wUrdu = await withdraw(urdu, urduBank, '2000');
    const wOther = await withdraw(other, otherBank, '1,500.50');
    await withdraw(wallet, walletMethod, '1000');

    const queue = await text(await admin.client.get('/admin/payouts'));
    expect(queue).toContain('Bank account (IBAN) 2 Rs 3,500.50');
    expect(queue).toContain('JazzCash 1 Rs 1,000.00');
    const created = await admin.client.post('/admin/payouts/batches', { channel: 'bank' });
    expect(created.status).toBe(303);
    const batchId = created.headers.get('location')!.split('/').pop()!;
    expect((await withdrawals(urdu.user.id))[0]!.status).toBe('in_batch');
    expect((await withdrawals(wallet.user.id))[0]!.status).toBe('requested');
    const batchPage = await admin.client.get(`/admin/payouts/batches/${batchId}`);
    expect(batchPage.status).toBe(200);
    expect(await batchPage.clone().text()).not.toContain(otherIban);
    // On a phone each row is stacked under its column names: the same names as the table's headers
    // (not "You receive", not a message key).
    const batchHtml = await batchPage.clone().text();
    const headers = [...batchHtml.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((m) => m[1]);
    const labels = [...new Set([...batchHtml.matchAll(/<td data-label="([^"]*)"/g)].map((m) => m[1]))];
    expect(labels).toEqual(headers);
    expect(headers).toEqual(['Recipient', 'To', 'Amount to send', 'Status', 'Action']);

    const csv = await admin.client.get(`/admin/payouts/batches/${batchId}/export.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="hunar-payouts-bank-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.csv"$/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const ref = (id: string) => `HNR-${id.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
      `\uFEFFaccount_title,iban,bank,amount_pkr,reference\r\n` +
        `بلال احمد,${IBAN},Standard Chartered Bank (Pakistan),2000.00,${ref(wUrdu.id)}\r\n` +
        `'-Ali Khan,${otherIban},Habib Bank Limited (HBL),1500.50,${ref(wOther.id)}\r\n`,
    );

    // Failed: the money goes back, the freelancer is told in Urdu.
    const failed = await admin.client.post(`/admin/payouts/withdrawals/${wUrdu.id}/failed`, { batch_id: batchId, reason: 'Account title does not match' });
    expect(failed.status).toBe(303);
    expect(await balance(urdu)).toBe(500_000n);
    const [mail] = await waitForMail(env.deps, urdu.email);
    expect(mail!.subject).toBe('آپ کی رقم ادا نہیں ہو سکی');
    expect(mail!.text_body).toContain('Account title does not match');
    expect(mail!.text_body).toMatch(/Rs\s2,000/u);
    expect(await text(await urdu.client.get('/payouts'))).toContain('ادائیگی نہ ہو سکی: Account title does not match');

    // Paid: the money leaves for payout_sent, with the bank's reference.
    const paid = await admin.client.post(`/admin/payouts/withdrawals/${wOther.id}/paid`, { batch_id: batchId, reference: 'FT24001234' });
    expect(paid.status).toBe(303);
    expect(await balanceOf(env.deps.db, { kind: 'payout_sent', ownerId: other.user.id, currency: 'PKR' })).toBe(150_050n);
    expect(await balanceOf(env.deps.db, { kind: 'payout_clearing', refId: wOther.id, currency: 'PKR' })).toBe(0n);
    expect(await balance(other)).toBe(349_950n);
    expect(await text(await other.client.get('/payouts'))).toContain('Bank reference: FT24001234');
    // The same again changes nothing; a different outcome is refused.
    expect((await admin.client.post(`/admin/payouts/withdrawals/${wOther.id}/paid`, { batch_id: batchId, reference: 'FT24001234' })).status).toBe(303);
    const twice = await admin.client.post(`/admin/payouts/withdrawals/${wOther.id}/failed`, { batch_id: batchId, reason: 'oops' });
    expect(twice.status).toBe(409);
    expect(await balance(other)).toBe(349_950n);

    // Exporting again lists nobody: a settled withdrawal can never be paid twice from a file.
    const again = await (await admin.client.get(`/admin/payouts/batches/${batchId}/export.csv`)).text();
    // (Response.text() drops the byte-order mark, as every UTF-8 decoder does.)
    expect(again).toBe('account_title,iban,bank,amount_pkr,reference\r\n');

    const audit = await env.deps.db.selectFrom('audit_events').select('kind').where('actor_id', '=', admin.user.id).where('kind', 'like', 'payout.%').orderBy('id').execute();
    expect(audit.map((a) => a.kind)).toEqual(['payout.batch_created', 'payout.batch_exported', 'payout.failed', 'payout.paid', 'payout.batch_exported']);

    const api = await admin.client.get(`/api/v1/admin/payout-batches/${batchId}`);
    expect(api.status).toBe(200);
    expect(((await api.json()) as { batch: unknown }).batch).toMatchObject({ count: 2, waiting: 0, paid: 1, failed: 1 });
    await ledgerHolds();
  });
});

describe('withdrawals', () => {
  it('shows the minimum and the fee before confirming, refuses below the minimum or above the balance, and moves once per key', async () => {
    const me = await person();
    await fund(me, 500_000n); // Rs 5,000
    const bank = await addBank(me);
    const page = await text(await me.client.get('/payouts'));
    expect(page).toContain('Rs 5,000.00');
    expect(page).toContain('The smallest withdrawal is Rs 1,000 or $10.00');
    expect(page).toContain('Fees by method');
    const key = await formKey(me);

    const low = await me.client.post('/payouts/withdraw/review', { idempotency_key: key, method_id: bank, amount: '500', currency: 'PKR' });
    expect(low.status).toBe(422);
    expect(await text(low)).toContain('The smallest withdrawal is Rs 1,000.');
    const high = await me.client.post('/payouts/withdraw', { idempotency_key: key, method_id: bank, amount: '6,000', currency: 'PKR' });
    expect(high.status).toBe(409);
    expect(await text(high)).toContain('This is more than you have available to withdraw (Rs 5,000.00).');
    const usd = await me.client.post('/payouts/withdraw/review', { idempotency_key: key, method_id: bank, amount: '20', currency: 'USD' });
    expect(usd.status).toBe(422);
    expect(await text(usd)).toContain('Dollars can be withdrawn to Payoneer only');
    expect(await balance(me)).toBe(500_000n);
    expect(await withdrawals(me.user.id)).toEqual([]);

    const review = await me.client.post('/payouts/withdraw/review', { idempotency_key: key, method_id: bank, amount: '2,000', currency: 'PKR' });
    expect(review.status).toBe(200);
    const reviewHtml = await review.text();
    expect(visibleText(reviewHtml)).toContain('You receive Rs 2,000.00');
    expect(visibleText(reviewHtml)).toContain('Fee Free');
    expect(visibleText(reviewHtml)).toContain('Your balance after Rs 3,000.00');
    expect(reviewHtml).toContain(`name="idempotency_key" value="${key}"`);
    expect(await balance(me)).toBe(500_000n);

    // Confirm, then the same form again (a double click or a refresh): applied once.
    const confirm = { idempotency_key: key, method_id: bank, amount: '2,000', currency: 'PKR' };
    expect((await me.client.post('/payouts/withdraw', confirm)).status).toBe(303);
    expect((await me.client.post('/payouts/withdraw', confirm)).status).toBe(303);
    expect(await balance(me)).toBe(300_000n);
    const [w] = await withdrawals(me.user.id);
    expect(w).toMatchObject({ status: 'requested', amount: '200000', fee: '0', destination: IBAN });
    expect(await balanceOf(env.deps.db, { kind: 'payout_clearing', refId: w!.id, currency: 'PKR' })).toBe(200_000n);
    const history = await text(await me.client.get('/payouts'));
    expect(history).toContain('Requested');
    expect(history).toContain(`Reference HNR-${w!.id.replace(/-/g, '').slice(0, 8).toUpperCase()}`);

    // The same key for a different request is a conflict.
    const other = await me.client.post('/payouts/withdraw', { ...confirm, amount: '1,500' });
    expect(other.status).toBe(409);
    expect(await text(other)).toContain('This request key was already used for a different request');
    expect(await balance(me)).toBe(300_000n);
    await ledgerHolds();
  });

  it('through the API: needs an Idempotency-Key, replays the first answer, and refuses a different request with the same key (409)', async () => {
    const me = await person();
    await fund(me, 300_000n);
    await fund(me, 5_000n, 'USD');
    const bank = await addBank(me);
    const body = { method_id: bank, amount: { amount: '150000', currency: 'PKR' } };
    const none = await me.client.json('POST', '/api/v1/me/withdrawals', body);
    expect(none.status).toBe(400);

    const headers = { 'idempotency-key': `api-${crypto.randomUUID()}` };
    const first = await me.client.json('POST', '/api/v1/me/withdrawals', body, headers);
    expect(first.status).toBe(201);
    const firstBody = await first.json();
    const again = await me.client.json('POST', '/api/v1/me/withdrawals', { amount: { currency: 'PKR', amount: '150000' }, method_id: bank }, headers);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(firstBody);
    expect(await balance(me)).toBe(150_000n);

    const conflict = await me.client.json('POST', '/api/v1/me/withdrawals', { ...body, amount: { amount: '100000', currency: 'PKR' } }, headers);
    expect(conflict.status).toBe(409);
    expect(((await conflict.json()) as { code: string }).code).toBe('idempotency.conflict');
    const broke = await me.client.json('POST', '/api/v1/me/withdrawals', { ...body, amount: { amount: '200000', currency: 'PKR' } }, { 'idempotency-key': `api-${crypto.randomUUID()}` });
    expect(broke.status).toBe(409);
    expect(((await broke.json()) as { code: string }).code).toBe('payout.insufficient');
    const below = await me.client.json('POST', '/api/v1/me/withdrawals', { ...body, amount: { amount: '99999', currency: 'PKR' } }, { 'idempotency-key': `api-${crypto.randomUUID()}` });
    expect(below.status).toBe(422);
    expect(await balance(me)).toBe(150_000n);

    // Dollars go to Payoneer.
    expect((await me.client.json('POST', '/api/v1/me/payout-methods', { channel: 'payoneer', account_title: 'Bilal Ahmed', email: 'bilal@example.com' })).status).toBe(201);
    const payoneer = (await methods(me.user.id)).find((m) => m.channel === 'payoneer')!.id;
    const usd = await me.client.json('POST', '/api/v1/me/withdrawals', { method_id: payoneer, amount: { amount: '2500', currency: 'USD' } }, { 'idempotency-key': `api-${crypto.randomUUID()}` });
    expect(usd.status).toBe(201);
    expect(await balance(me, 'USD')).toBe(2_500n);

    const list = (await (await me.client.get('/api/v1/me/withdrawals')).json()) as { balances: unknown[]; items: unknown[] };
    expect(list.balances).toEqual([
      { amount: '150000', currency: 'PKR' },
      { amount: '2500', currency: 'USD' },
    ]);
    expect(list.items).toHaveLength(2);
    await ledgerHolds();
  });
});

describe('cancelling a withdrawal', () => {
  it('gives the money back once while it waits, in Urdu on the page, and refuses once it is in a batch', async () => {
    const me = await person({ locale: 'ur', name: 'بلال احمد' });
    const admin = await person({ role: 'client', admin: true, name: 'Sana Admin' });
    await fund(me, 500_000n);
    const bank = await addBank(me, 'بلال احمد');
    const withdraw = async (amount: string) => {
      expect((await me.client.post('/payouts/withdraw', { idempotency_key: await formKey(me), method_id: bank, amount, currency: 'PKR' })).status).toBe(303);
      return (await withdrawals(me.user.id)).at(-1)!;
    };
    const first = await withdraw('2,000');
    expect(await balance(me)).toBe(300_000n);
    const page = await me.client.get('/payouts');
    const html = await page.text();
    expect(html).toContain(`action="/payouts/withdrawals/${first.id}/cancel"`);
    expect(visibleText(html)).toContain('یہ درخواست منسوخ کریں');

    const cancel = await me.client.post(`/payouts/withdrawals/${first.id}/cancel`, {});
    expect(cancel.status).toBe(303);
    expect(cancel.headers.get('location')).toBe(`/payouts#w-${first.id}`);
    const after = await text(await me.client.get('/payouts'));
    expect(after).toContain('پوری رقم، فیس سمیت، آپ کے بیلنس میں واپس آ گئی ہے');
    expect(after).toContain('منسوخ');
    expect(await balance(me)).toBe(500_000n);
    expect(await balanceOf(env.deps.db, { kind: 'payout_clearing', refId: first.id, currency: 'PKR' })).toBe(0n);
    expect((await withdrawals(me.user.id))[0]).toMatchObject({ status: 'cancelled', batch_id: null });
    // Again (a double click, or the API after the page): nothing more moves.
    expect((await me.client.post(`/payouts/withdrawals/${first.id}/cancel`, {})).status).toBe(303);
    const api = await me.client.json('POST', `/api/v1/me/withdrawals/${first.id}/cancel`);
    expect(api.status).toBe(200);
    expect(((await api.json()) as { status: string }).status).toBe('cancelled');
    expect(await balance(me)).toBe(500_000n);
    // The statement shows the money coming back, once.
    const statement = (await (await me.client.get('/api/v1/me/statement?currency=PKR')).json()) as { lines: { kind: string; amount: { amount: string } }[] };
    expect(statement.lines.filter((l) => l.kind === 'payout_cancelled').map((l) => l.amount.amount)).toEqual(['200000']);
    expect(await text(await me.client.get('/wallet'))).toContain('رقم نکلوانے کی درخواست منسوخ');

    // A cancelled withdrawal is never batched; one in a batch can no longer be cancelled.
    const second = await withdraw('1,000');
    expect((await admin.client.post('/admin/payouts/batches', { channel: 'bank' })).status).toBe(303);
    expect((await withdrawals(me.user.id)).map((w) => w.status)).toEqual(['cancelled', 'in_batch']);
    const late = await me.client.post(`/payouts/withdrawals/${second.id}/cancel`, {});
    expect(late.status).toBe(409);
    expect(await text(late)).toContain('اب یہ درخواست منسوخ نہیں ہو سکتی');
    const lateApi = await me.client.json('POST', `/api/v1/me/withdrawals/${second.id}/cancel`);
    expect(lateApi.status).toBe(409);
    expect(((await lateApi.json()) as { code: string }).code).toBe('payout.cannot_cancel');
    expect(await balance(me)).toBe(400_000n);
    await ledgerHolds();
  });
});

describe('who may not', () => {
  it('keeps methods and withdrawals to their owner (404 for anyone else), pages and API alike', async () => {
    const me = await person();
    const stranger = await person({ name: 'Stranger' });
    await fund(me, 300_000n);
    const bank = await addBank(me);
    expect((await me.client.json('POST', '/api/v1/me/withdrawals', { method_id: bank, amount: { amount: '100000', currency: 'PKR' } }, { 'idempotency-key': `w-${crypto.randomUUID()}` })).status).toBe(201);
    const [w] = await withdrawals(me.user.id);

    expect((await stranger.client.post(`/payouts/methods/${bank}/remove`, {})).status).toBe(404);
    expect((await stranger.client.post(`/payouts/methods/${bank}/default`, {})).status).toBe(404);
    expect((await stranger.client.json('DELETE', `/api/v1/me/payout-methods/${bank}`)).status).toBe(404);
    expect((await stranger.client.json('PUT', `/api/v1/me/payout-methods/${bank}/default`)).status).toBe(404);
    expect((await stranger.client.get(`/api/v1/me/withdrawals/${w!.id}`)).status).toBe(404);
    expect((await stranger.client.post(`/payouts/withdrawals/${w!.id}/cancel`, {})).status).toBe(404);
    expect((await stranger.client.json('POST', `/api/v1/me/withdrawals/${w!.id}/cancel`)).status).toBe(404);
    expect((await stranger.client.json('POST', '/api/v1/me/withdrawals/not-a-uuid/cancel')).status).toBe(404);
    expect((await withdrawals(me.user.id))[0]!.status).toBe('requested');
    expect(((await (await stranger.client.get('/api/v1/me/payout-methods')).json()) as { items: unknown[] }).items).toEqual([]);
    expect(((await (await stranger.client.get('/api/v1/me/withdrawals')).json()) as { items: unknown[] }).items).toEqual([]);
    expect(await text(await stranger.client.get('/payouts'))).not.toContain('6702');
    // Someone else's method cannot receive my withdrawal.
    await fund(stranger, 300_000n);
    const theirs = await stranger.client.json('POST', '/api/v1/me/withdrawals', { method_id: bank, amount: { amount: '100000', currency: 'PKR' } }, { 'idempotency-key': `w-${crypto.randomUUID()}` });
    expect(theirs.status).toBe(400);
    expect(await balance(stranger)).toBe(300_000n);
    expect((await methods(me.user.id)).length).toBe(1);
    expect((await me.client.get(`/api/v1/me/withdrawals/${w!.id}`)).status).toBe(200);

    // A removed method that a withdrawal used stays in history.
    expect((await me.client.post(`/payouts/methods/${bank}/remove`, {})).status).toBe(303);
    expect((await methods(me.user.id))[0]!.removed_at).not.toBeNull();
    await ledgerHolds();
  });

  it('keeps the admin pages and endpoints to admins (403), and payouts to freelancers and clients', async () => {
    const freelancer = await person();
    const client = await person({ role: 'client' });
    const someId = crypto.randomUUID();
    for (const p of [freelancer, client]) {
      expect((await p.client.get('/admin/payouts')).status).toBe(403);
      expect((await p.client.get(`/admin/payouts/batches/${someId}`)).status).toBe(403);
      expect((await p.client.get(`/admin/payouts/batches/${someId}/export.csv`)).status).toBe(403);
      expect((await p.client.post('/admin/payouts/batches', { channel: 'bank' })).status).toBe(403);
      expect((await p.client.post(`/admin/payouts/withdrawals/${someId}/paid`, { reference: 'x' })).status).toBe(403);
      expect((await p.client.get('/api/v1/admin/payouts')).status).toBe(403);
      expect((await p.client.json('POST', '/api/v1/admin/payout-batches', { channel: 'bank' })).status).toBe(403);
      expect((await p.client.json('POST', `/api/v1/admin/withdrawals/${someId}/failed`, { reason: 'x' })).status).toBe(403);
    }
    // Clients withdraw unused balance; an account that neither works nor hires (staff only) has nothing here.
    expect((await client.client.get('/payouts')).status).toBe(200);
    const staff = await person({ role: 'staff', admin: true, name: 'Sana Admin' });
    expect((await staff.client.get('/payouts')).status).toBe(403);
    const refused = await staff.client.get('/api/v1/me/withdrawals');
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'payout.members_only', title: 'Only freelancers and clients can add payout methods and withdraw.' });
    expect((await staff.client.json('POST', '/api/v1/me/payout-methods', { channel: 'payoneer', account_title: 'Sana', email: 'sana@example.com' })).status).toBe(403);
    const visitor = await new TestClient(env.app).get('/payouts');
    expect(visitor.status).toBe(303);
    expect((await new TestClient(env.app).get('/api/v1/me/withdrawals')).status).toBe(401);
  });
});

// --- Clients withdraw unused balance (issue 16) ------------------------------------------------------

const walletOf = (p: Person, currency: Currency = 'PKR') => balanceOf(env.deps.db, { kind: 'client_wallet', ownerId: p.user.id, currency });
const rs = (paisa: bigint) => formatMoney('en', money(paisa, 'PKR'), { decimals: 'always' }).replace(/\s/gu, ' ');

/** Money in for a client, posted straight to the ledger as a matched bank transfer would. */
async function fundWallet(p: Person, minor: bigint) {
  const key = `test-wallet-${crypto.randomUUID()}`;
  await env.deps.db.transaction().execute((tx) =>
    post(tx, env.deps, {
      kind: 'payment_in',
      key,
      fingerprint: requestFingerprint(p.user.id, 'test.fund', { key }),
      actorId: null,
      reason: 'test funding',
      legs: [{ from: { kind: 'payment_clearing', currency: 'PKR' }, to: { kind: 'client_wallet', ownerId: p.user.id, currency: 'PKR' }, amount: money(minor, 'PKR') }],
    }),
  );
}

/** A top-up through the checkout simulator, its success delivered as the signed webhook the simulator's job sends. */
async function topUp(p: Person, amount: string, currency: Currency = 'PKR') {
  const page = await (await p.client.get('/wallet/top-ups')).text();
  const key = page.match(/name="idempotency_key" value="([\w-]+)"/)![1]!;
  const started = await p.client.post('/wallet/top-ups', { amount, currency, method: 'simulator', idempotency_key: key });
  expect(started.status).toBe(303);
  const id = started.headers.get('location')!.split('/').pop()!;
  const t = await getTopUp(env.deps, p.actor, id);
  const body = JSON.stringify({
    id: `evt_${crypto.randomUUID().replace(/-/g, '')}`,
    type: 'payment.succeeded',
    created: Math.floor(env.clock.now().getTime() / 1000),
    data: { top_up: t.id, reference: t.reference, amount: { amount: t.amount.amount.toString(), currency: t.amount.currency } },
  });
  const signature = signWebhook(env.deps.config.PAYMENT_SIMULATOR_SECRET, body, Math.floor(env.clock.now().getTime() / 1000));
  const res = await env.app.request(`http://localhost:3000${SIMULATOR_WEBHOOK_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature }, body });
  expect(res.status).toBe(200);
  expect((await getTopUp(env.deps, p.actor, id)).status).toBe('succeeded');
}

/** A published gig of one package at `price` rupees (4 days), for real orders. */
async function gigOf(seller: Person, price: number) {
  const { id } = await createGig(env.deps, seller.actor, {
    title: 'I will design a logo for your shop',
    description: 'Three concepts and the source files.',
    category_slug: 'design',
    skills: ['logo-design'],
    packages: [{ name: 'Basic', price: { amount: String(price * 100), currency: 'PKR' }, delivery_days: 4, revisions: 1 }],
    faqs: [],
    questions: [],
  });
  await publishGig(env.deps, seller.actor, id);
  return id;
}

/** A client orders and pays through the API; the order is left in progress (its money in escrow). */
async function paidOrder(buyer: Person, gig: string) {
  const { id } = (await (await buyer.client.json('POST', '/api/v1/orders', { gig, package: 1, answers: [] })).json()) as { id: string };
  expect((await buyer.client.json('POST', `/api/v1/orders/${id}/pay`, undefined, { 'idempotency-key': `pay-${id}` })).status).toBe(200);
  return id;
}

/** Through the API: ordered, paid, delivered and accepted, so the freelancer's earnings wait out the hold. */
async function completedOrder(seller: Person, buyer: Person, gig: string) {
  const id = await paidOrder(buyer, gig);
  expect((await seller.client.json('POST', `/api/v1/orders/${id}/deliver`, { message: 'Done' })).status).toBe(200);
  expect((await buyer.client.json('POST', `/api/v1/orders/${id}/accept`, undefined, { 'idempotency-key': `accept-${id}` })).status).toBe(200);
  return id;
}

describe('a client withdraws unused balance', () => {
  it('tops up, pays an order, withdraws the rest to JazzCash; the admin batches and pays it; the receipt names the client', async () => {
    const hamza = await person({ role: 'client', name: 'Hamza Sheikh' });
    const seller = await person({ name: 'Ayesha Siddiqui' });
    const admin = await person({ role: 'staff', admin: true, name: 'Sana Admin' });
    await topUp(hamza, '5,000');
    expect(await walletOf(hamza)).toBe(500_000n);
    // Rs 1,500 (and its client fee) goes into escrow for an order: that part is the order's, not withdrawable.
    const orderId = await paidOrder(hamza, await gigOf(seller, 1_500));
    const inEscrow = await balanceOf(env.deps.db, { kind: 'escrow', refId: orderId, currency: 'PKR' });
    const unused = await walletOf(hamza);
    expect(inEscrow + unused).toBe(500_000n);

    // The dashboard and the wallet lead to it.
    expect(await (await hamza.client.get('/dashboard')).text()).toMatch(/<a href="\/payouts">Withdraw unused balance<\/a>/);
    expect(await (await hamza.client.get('/wallet')).text()).toMatch(/<a href="\/payouts">Withdraw unused balance<\/a>/);
    let page = await text(await hamza.client.get('/payouts'));
    expect(page).toContain('Withdraw unused balance');
    expect(page).toContain('money paid into escrow for an order stays with the order');
    expect(page).toContain(`Rupees (PKR) ${rs(unused)}`);
    expect(page).not.toContain('Earnings on hold');

    expect((await hamza.client.post('/payouts/methods', { channel: 'jazzcash', account_title: 'Hamza Sheikh', mobile: '0321-5550101' })).status).toBe(303);
    const jazzcash = (await methods(hamza.user.id))[0]!.id;
    // More than the unused balance is refused, saying what can be withdrawn and that escrow cannot.
    const tooMuch = await hamza.client.post('/payouts/withdraw/review', { idempotency_key: await formKey(hamza), method_id: jazzcash, amount: '4,000', currency: 'PKR', source: 'wallet' });
    expect(tooMuch.status).toBe(409);
    expect(await text(tooMuch)).toContain(`This is more than your unused Hunar balance (${rs(unused)}). Money paid into escrow for an order cannot be withdrawn.`);

    const key = await formKey(hamza);
    const review = await hamza.client.post('/payouts/withdraw/review', { idempotency_key: key, method_id: jazzcash, amount: '3,000', currency: 'PKR', source: 'wallet' });
    expect(review.status).toBe(200);
    expect(await text(review)).toContain('From your Hunar balance Rs 3,000.00');
    expect((await hamza.client.post('/payouts/withdraw', { idempotency_key: key, method_id: jazzcash, amount: '3,000', currency: 'PKR', source: 'wallet' })).status).toBe(303);
    expect(await walletOf(hamza)).toBe(unused - 300_000n);
    expect(await balanceOf(env.deps.db, { kind: 'escrow', refId: orderId, currency: 'PKR' })).toBe(inEscrow);
    const [w] = await withdrawals(hamza.user.id);
    expect(w).toMatchObject({ status: 'requested', source: 'wallet', amount: '300000', destination: '+923215550101' });

    // The admin batches it with the freelancers' JazzCash withdrawals and pays it.
    // (Other tests' JazzCash withdrawals may be waiting too: one batch takes them all.)
    expect(await text(await admin.client.get('/admin/payouts'))).toMatch(/JazzCash \d+ Rs [\d,]+\.\d\d/);
    const created = await admin.client.post('/admin/payouts/batches', { channel: 'jazzcash' });
    const batchId = created.headers.get('location')!.split('/').pop()!;
    const batch = await text(await admin.client.get(`/admin/payouts/batches/${batchId}`));
    expect(batch).toContain('Hamza Sheikh');
    expect(batch).toContain('Client’s unused balance');
    expect(batch).toContain('Amount to send');
    expect(batch).not.toContain('You receive');
    expect(await (await admin.client.get(`/admin/payouts/batches/${batchId}/export.csv`)).text()).toContain(`0321-5550101,Hamza Sheikh,3000.00,HNR-`);
    expect((await admin.client.post(`/admin/payouts/withdrawals/${w!.id}/paid`, { batch_id: batchId, reference: 'JC-778812' })).status).toBe(303);
    expect(await balanceOf(env.deps.db, { kind: 'payout_sent', ownerId: hamza.user.id, currency: 'PKR' })).toBe(300_000n);

    page = await text(await hamza.client.get('/payouts'));
    expect(page).toContain('Paid');
    expect(page).toContain('Bank reference: JC-778812');
    const receipt = await hamza.client.get(`/payouts/withdrawals/${w!.id}/receipt`);
    expect(receipt.status).toBe(200);
    const receiptText = await text(receipt);
    expect(receiptText).toContain('Withdrawal receipt');
    expect(receiptText).toContain('Client (unused Hunar balance) Hamza Sheikh');
    expect(receiptText).toContain('Arrives Rs 3,000.00');
    expect(receiptText).toContain('JC-778812');
    const statement = (await (await hamza.client.get('/api/v1/me/statement?currency=PKR')).json()) as { lines: { kind: string; account: string }[] };
    expect(statement.lines.map((l) => [l.kind, l.account])).toContainEqual(['payout_request', 'client_wallet']);
    await ledgerHolds();
  });

  it('refuses a client with nothing to withdraw, in Urdu on the page and in the API’s problem', async () => {
    const nida = await person({ role: 'client', locale: 'ur', name: 'ندا رحمان' });
    expect((await nida.client.post('/payouts/methods', { channel: 'jazzcash', account_title: 'ندا رحمان', mobile: '0300-7654321' })).status).toBe(303);
    const method = (await methods(nida.user.id))[0]!.id;
    const page = await text(await nida.client.get('/payouts'));
    expect(page).toContain('بچا ہوا بیلنس نکلوائیں');
    const refused = await nida.client.post('/payouts/withdraw', { idempotency_key: await formKey(nida), method_id: method, amount: '1000', currency: 'PKR' });
    expect(refused.status).toBe(409);
    expect(await text(refused)).toContain('آپ کے پاس PKR میں نکلوانے کے لیے کوئی بچا ہوا بیلنس نہیں۔ کسی آرڈر کے لیے ایسکرو میں ادا کی گئی رقم نکلوائی نہیں جا سکتی۔');
    const api = await nida.client.json('POST', '/api/v1/me/withdrawals', { method_id: method, amount: { amount: '100000', currency: 'PKR' } }, { 'idempotency-key': `w-${crypto.randomUUID()}` });
    expect(api.status).toBe(409);
    expect(await api.json()).toMatchObject({ code: 'payout.wallet_nothing_available', title: expect.stringContaining('بچا ہوا بیلنس نہیں') });
    // Earnings are not hers to name.
    const earnings = await nida.client.json('POST', '/api/v1/me/withdrawals', { method_id: method, amount: { amount: '100000', currency: 'PKR' }, source: 'earnings' }, { 'idempotency-key': `w-${crypto.randomUUID()}` });
    expect(earnings.status).toBe(400);
    expect(await withdrawals(nida.user.id)).toEqual([]);
    await ledgerHolds();
  });

  it('lets a person who works and hires choose the balance, and gives a cancelled withdrawal back to the one it came from', async () => {
    const usman = await person({ role: 'both', name: 'Usman Tariq' });
    await fund(usman, 400_000n); // earnings
    await topUp(usman, '2,500'); // wallet
    const bank = await addBank(usman, 'Usman Tariq');
    const page = await text(await usman.client.get('/payouts'));
    expect(page).toContain('Your earnings · Rupees (PKR) Rs 4,000.00');
    expect(page).toContain('Your unused Hunar balance · Rupees (PKR) Rs 2,500.00');
    expect(page).toContain('Withdraw from');
    const api = await usman.client.json('POST', '/api/v1/me/withdrawals', { method_id: bank, amount: { amount: '200000', currency: 'PKR' }, source: 'wallet' }, { 'idempotency-key': `w-${crypto.randomUUID()}` });
    expect(api.status).toBe(201);
    const w = (await api.json()) as { id: string; source: string };
    expect(w.source).toBe('wallet');
    expect(await walletOf(usman)).toBe(50_000n);
    expect(await balance(usman)).toBe(400_000n);
    const list = (await (await usman.client.get('/api/v1/me/withdrawals')).json()) as { balances: unknown[]; sources: unknown[] };
    expect(list.balances).toContainEqual({ amount: '450000', currency: 'PKR' });
    expect(list.sources).toContainEqual({ source: 'wallet', balance: { amount: '50000', currency: 'PKR' } });
    expect((await usman.client.post(`/payouts/withdrawals/${w.id}/cancel`, {})).status).toBe(303);
    expect(await walletOf(usman)).toBe(250_000n);
    expect(await balance(usman)).toBe(400_000n);
    // Without a source, a freelancer's withdrawal comes from earnings, as before clients could withdraw.
    expect((await usman.client.json('POST', '/api/v1/me/withdrawals', { method_id: bank, amount: { amount: '100000', currency: 'PKR' } }, { 'idempotency-key': `w-${crypto.randomUUID()}` })).status).toBe(201);
    expect(await balance(usman)).toBe(300_000n);
    await ledgerHolds();
  });
});

describe('migration 0032', () => {
  it('reads every withdrawal made before it as earnings, and the database refuses any other source', async () => {
    const { rows } = await sql<{ d: string }>`SELECT column_default AS d FROM information_schema.columns WHERE table_name = 'withdrawals' AND column_name = 'source'`.execute(env.deps.db);
    expect(rows[0]?.d).toBe(`'earnings'::text`);
    const me = await person();
    await fund(me, 200_000n);
    const bank = await addBank(me);
    expect((await me.client.json('POST', '/api/v1/me/withdrawals', { method_id: bank, amount: { amount: '100000', currency: 'PKR' } }, { 'idempotency-key': `w-${crypto.randomUUID()}` })).status).toBe(201);
    const [w] = await withdrawals(me.user.id);
    expect(w!.source).toBe('earnings');
    await expect(sql`UPDATE withdrawals SET source = 'escrow' WHERE id = ${w!.id}`.execute(env.deps.db)).rejects.toMatchObject({ constraint: 'withdrawals_source' });
  });
});

describe('earnings on hold', () => {
  it('are listed with the day each clears on the payouts page and the wallet, and a withdrawal beyond what is available says how much is on hold and until when', async () => {
    env.clock.set(new Date('2026-12-01T06:00:00Z'));
    try {
      const ayesha = await person({ name: 'Ayesha Siddiqui' });
      const hamza = await person({ role: 'client', name: 'Hamza Sheikh' });
      const gig = await gigOf(ayesha, 12_000);
      await fundWallet(hamza, 5_000_000n);
      await completedOrder(ayesha, hamza, gig); // earns Rs 11,400, clears 8 Dec
      env.clock.set(new Date('2026-12-04T06:00:00Z'));
      await completedOrder(ayesha, hamza, gig); // another Rs 11,400, clears 11 Dec
      await fund(ayesha, 300_000n); // Rs 3,000 available
      const bank = await addBank(ayesha, 'Ayesha Siddiqui');

      const page = await text(await ayesha.client.get('/payouts'));
      expect(page).toContain('Earnings from a completed order are held for 7 days, then become available to withdraw.');
      expect(page).toContain('Rs 11,400.00 is on hold until 8 December 2026');
      expect(page).toContain('Rs 11,400.00 is on hold until 11 December 2026');
      const wallet = await text(await ayesha.client.get('/wallet'));
      expect(wallet).toContain('Earnings on hold');
      expect(wallet).toContain('Rs 11,400.00 is on hold until 11 December 2026');
      expect(wallet).toContain('Withdraw your earnings');

      // Rs 12,000: Rs 3,000 is available, the first hold covers the rest on 8 Dec.
      const soon = await ayesha.client.post('/payouts/withdraw/review', { idempotency_key: await formKey(ayesha), method_id: bank, amount: '12,000', currency: 'PKR' });
      expect(soon.status).toBe(409);
      expect(await text(soon)).toContain('You have Rs 3,000.00 available to withdraw now. Rs 11,400.00 is on hold until 8 December 2026; you can withdraw this amount from then.');
      // Rs 20,000 needs both holds: on hold until 11 Dec.
      const later = await ayesha.client.json('POST', '/api/v1/me/withdrawals', { method_id: bank, amount: { amount: '2000000', currency: 'PKR' } }, { 'idempotency-key': `w-${crypto.randomUUID()}` });
      expect(later.status).toBe(409);
      // (Amounts in the JSON keep their no-break space between "Rs" and the number.)
      const problem = (await later.json()) as { code: string; title: string };
      expect(problem.code).toBe('payout.insufficient_on_hold');
      expect(problem.title.replace(/\s/gu, ' ')).toBe('You have Rs 3,000.00 available to withdraw now. Rs 22,800.00 is on hold until 11 December 2026; you can withdraw this amount from then.');
      // More than everything: says so.
      const never = await ayesha.client.json('POST', '/api/v1/me/withdrawals', { method_id: bank, amount: { amount: '3000000', currency: 'PKR' } }, { 'idempotency-key': `w-${crypto.randomUUID()}` });
      const beyond = (await never.json()) as { code: string; title: string };
      expect(beyond.code).toBe('payout.insufficient_beyond_hold');
      expect(beyond.title.replace(/\s/gu, ' ')).toBe('This is more than you have: Rs 3,000.00 is available to withdraw now, and Rs 22,800.00 is on hold until 11 December 2026.');
      const list = (await (await ayesha.client.get('/api/v1/me/withdrawals')).json()) as { on_hold: { amount: { amount: string }; clears_at: string }[] };
      expect(list.on_hold.map((h) => [h.amount.amount, h.clears_at.slice(0, 10)])).toEqual([
        ['1140000', '2026-12-08'],
        ['1140000', '2026-12-11'],
      ]);
      expect(((await (await ayesha.client.get('/api/v1/me/wallet')).json()) as { on_hold: unknown[] }).on_hold).toHaveLength(2);
      expect(await withdrawals(ayesha.user.id)).toEqual([]);

      // In Urdu, the same on the page.
      await env.deps.db.updateTable('users').set({ locale: 'ur' }).where('id', '=', ayesha.user.id).execute();
      const ur = new TestClient(env.app, { 'accept-language': 'ur' });
      expect((await ur.post('/login', { email: ayesha.email, password: PASSWORD })).status).toBe(303);
      const urdu = await ur.post('/payouts/withdraw/review', { idempotency_key: `ur-${crypto.randomUUID()}`, method_id: bank, amount: '12,000', currency: 'PKR' });
      expect(urdu.status).toBe(409);
      const urduText = await text(urdu);
      expect(urduText).toContain('ابھی آپ کے پاس نکلوانے کے لیے Rs 3,000.00 دستیاب ہیں۔');
      expect(urduText).toMatch(/Rs 11,400\.00 کی کمائی 8 دسمبر، 2026 تک روکی ہوئی ہے؛ اس کے بعد آپ یہ رقم نکلوا سکیں گے۔/);
      await ledgerHolds();
    } finally {
      env.clock.set(new Date());
    }
  });
});
