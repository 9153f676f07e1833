import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { post } from '../ledger/service.ts';
import { money } from '../platform/money.ts';
import { csvCell } from './service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

let n = 0;
async function person(locale: 'en' | 'ur') {
  const email = `wallet${++n}-${Date.now()}@example.pk`;
  const user = await createAccount(env.deps.db, env.deps, { email, password: 'a long enough password', displayName: 'Sana', isFreelancer: true, isClient: true, locale, verified: true, onboarded: true });
  const client = new TestClient(env.app, { 'accept-language': locale });
  expect((await client.post('/login', { email, password: 'a long enough password' })).status).toBe(303);
  return { user, client };
}

async function move(userId: string, key: string, legs: Parameters<typeof post>[2]['legs'], kind: Parameters<typeof post>[2]['kind'] = 'payment_in') {
  await env.deps.db.transaction().execute((tx) => post(tx, env.deps, { kind, key, fingerprint: requestFingerprint(userId, key, {}), actorId: userId, reason: 'test', legs }));
}

describe('the wallet', () => {
  it('shows balances and a statement with running balances, filters by date, and exports CSV in the reader’s language', async () => {
    const { user, client } = await person('ur');
    const other = await person('en');
    const wallet = { kind: 'client_wallet' as const, ownerId: user.id, currency: 'PKR' as const };
    await move(user.id, `w-in-${user.id}`, [{ from: { kind: 'payment_clearing', currency: 'PKR' }, to: wallet, amount: money(500_000n, 'PKR') }]);
    await move(user.id, `w-fund-${user.id}`, [{ from: wallet, to: { kind: 'escrow', refId: crypto.randomUUID(), currency: 'PKR' }, amount: money(150_000n, 'PKR') }], 'escrow_fund');
    await move(user.id, `w-usd-${user.id}`, [{ from: { kind: 'payment_clearing', currency: 'USD' }, to: { ...wallet, currency: 'USD' }, amount: money(2_500n, 'USD') }]);

    const html = await (await client.get('/wallet')).text();
    // Anyone may add money, freelancers too (courses, sessions, dues and desks are paid from it).
    expect(html).toContain('href="/wallet/top-ups"');
    const page = visibleText(html);
    expect(page).toContain('اپنے ہنر بیلنس میں رقم جمع کریں');
    expect(page).toContain('ہنر بیلنس (آرڈرز کی ادائیگی کے لیے) Rs 3,500.00');
    expect(page).toContain('$25.00');
    expect(page).toContain('ایسکرو میں ادائیگی');
    expect(page).toMatch(/-Rs\s?1,500\.00|Rs\s?-1,500\.00|−Rs/);

    const api = (await (await client.get('/api/v1/me/statement?currency=PKR')).json()) as { lines: { kind: string; amount: { amount: string }; balance_after: { amount: string } }[] };
    expect(api.lines.map((l) => [l.kind, l.amount.amount, l.balance_after.amount])).toEqual([
      ['escrow_fund', '-150000', '350000'],
      ['payment_in', '500000', '500000'],
    ]);
    const balances = (await (await client.get('/api/v1/me/wallet')).json()) as { balances: { account: string; balance: { amount: string; currency: string } }[] };
    expect(balances.balances).toEqual([
      { account: 'client_wallet', balance: { amount: '350000', currency: 'PKR' } },
      { account: 'client_wallet', balance: { amount: '2500', currency: 'USD' } },
    ]);

    // Filters: a day with nothing in it; a bad date is a translated 400 that still shows the page.
    const future = (await (await client.get('/api/v1/me/statement?from=2099-01-01')).json()) as { lines: unknown[] };
    expect(future.lines).toEqual([]);
    const bad = await client.get('/wallet?from=yesterday');
    expect(bad.status).toBe(400);
    expect(visibleText(await bad.text())).toContain('براہِ کرم تاریخ YYYY-MM-DD کی شکل میں لکھیں');
    const reversed = await client.get('/api/v1/me/statement?from=2026-12-02&to=2026-12-01');
    expect(reversed.status).toBe(400);

    const csv = await client.get('/wallet/statement.csv?currency=PKR');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = new TextDecoder().decode(bytes).trim().split('\r\n');
    expect(rows[0]).toBe('"تاریخ (Asia/Karachi)","اکاؤنٹ","منتقلی","آرڈر","رقم","کرنسی","بعد کا بیلنس"');
    expect(rows.slice(1).map((r) => r.split(',').slice(4).join(','))).toEqual(['"5000.00","PKR","5000.00"', `"'-1500.00","PKR","3500.00"`]);

    // Nobody else sees it.
    expect(((await (await other.client.get('/api/v1/me/statement')).json()) as { lines: unknown[] }).lines).toEqual([]);
    expect(visibleText(await (await other.client.get('/wallet')).text())).toContain('No money has moved through your account yet.');
    expect((await new TestClient(env.app).get('/wallet')).status).toBe(303);
    expect((await new TestClient(env.app).get('/api/v1/me/wallet')).status).toBe(401);
  });

  it('CSV cells are quoted and never formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+92')).toBe(`"'+92"`);
    expect(csvCell('@sum')).toBe(`"'@sum"`);
    expect(csvCell('عائشہ, "A"')).toBe('"عائشہ, ""A"""');
  });
});
