import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { createAccessToken } from '../accounts/service.ts';
import type { Actor } from '../platform/actor.ts';
import { receiptWorld } from './test-data.ts';

let env: TestEnv;
let world: Awaited<ReturnType<typeof receiptWorld>>;
beforeAll(async () => {
  // No Chromium at this path: every PDF link must fall back to the print-ready page.
  env = await testEnv({ CHROMIUM_PATH: '/nonexistent/chromium', OPERATOR_NAME: 'Hunar Labs (Pvt) Ltd' });
  world = await receiptWorld(env);
});
afterAll(() => env.close());

const text = async (res: Response) => visibleText(await res.text());

describe('order receipts as print-ready pages', () => {
  it('gives the client a receipt in English with the fee lines, both parties, the operator and escaped user text', async () => {
    const res = await world.buyer.client.get(`/orders/${world.orderId}/receipt`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html><html lang="en" dir="ltr">/);
    expect(html).toContain('/assets/receipt.css?v=');
    // User text is escaped: a display name with markup (stored before names refused it) and a title with & and quotes.
    expect(html).not.toContain('<i>Clarke</i>');
    expect(html).toContain('Emma &lt;i&gt;Clarke&lt;/i&gt;');
    expect(html).toContain('Logo &amp; &quot;brand&quot; for Chai Dhaba');
    const t = visibleText(html);
    for (const s of ['Receipt', 'Order HNR-', 'Completed', 'Hunar Labs (Pvt) Ltd', 'Emma <i>Clarke</i>', 'عائشہ صدیقی', 'Hunar’s fee', 'Rs 0.00', 'Total paid Rs 1,500.00', 'This document is final.']) expect(t).toContain(s);
    expect(t).not.toContain('Log out');
  });

  it('gives the freelancer an earnings statement in Urdu with amounts isolated left to right', async () => {
    const res = await world.seller.client.get(`/orders/${world.orderId}/receipt`);
    const html = await res.text();
    expect(html).toMatch(/<html lang="ur" dir="rtl">/);
    // Intl puts a no-break space after "Rs"; an Urdu amount is also isolated in the text itself (LRI … PDI).
    expect(html).toMatch(/<bdi dir="ltr">\u2066Rs\s1,425\.00\u2069<\/bdi>/);
    expect(html).toMatch(/<bdi dir="ltr">− \u2066Rs\s75\.00\u2069<\/bdi>/);
    const t = visibleText(html);
    for (const s of ['کمائی کی اسٹیٹمنٹ', 'کلائنٹ نے ادا کیے', 'Rs 1,500.00', 'ہنر کی فیس', 'آپ کو ملے گا', 'مکمل', 'یہ دستاویز حتمی ہے۔']) expect(t).toContain(s);
    // ?lang= picks the other language, whatever the account says.
    const en = await text(await world.seller.client.get(`/orders/${world.orderId}/receipt?lang=en`));
    expect(en).toContain('Earnings statement');
    expect(en).toContain('You receive Rs 1,425.00');
  });

  it('is not found for anyone but the parties, and sends visitors to log in', async () => {
    expect((await world.stranger.client.get(`/orders/${world.orderId}/receipt`)).status).toBe(404);
    expect((await world.stranger.client.get(`/orders/${world.orderId}/receipt.pdf`)).status).toBe(404);
    expect((await world.admin.client.get(`/orders/${world.orderId}/receipt`)).status).toBe(404);
    expect((await world.buyer.client.get('/orders/not-a-uuid/receipt')).status).toBe(404);
    const anon = await env.app.request(`http://localhost:3000/orders/${world.orderId}/receipt.pdf`);
    expect(anon.status).toBe(303);
    expect(anon.headers.get('location')).toContain('/login?next=');
  });
});

describe('payout receipts', () => {
  it('shows the withdrawal, the channel fee, the masked destination and the bank reference to its freelancer and to admins', async () => {
    const res = await world.seller.client.get(`/payouts/withdrawals/${world.withdrawalId}/receipt?lang=en`);
    expect(res.status).toBe(200);
    const t = await text(res);
    for (const s of ['Withdrawal receipt', 'Paid', 'Amount withdrawn Rs 2,000.00', 'Channel fee Rs 0.00', 'Arrives Rs 2,000.00', 'FT-2026-0042', 'Ayesha Siddiqui']) expect(t).toContain(s);
    expect(t).toContain('6702');
    expect(t).not.toContain('PK36SCBL0000001123456702');
    const ur = await text(await world.seller.client.get(`/payouts/withdrawals/${world.withdrawalId}/receipt`));
    expect(ur).toContain('رقم نکلوانے کی رسید');
    expect(ur).toContain('بینک کا حوالہ نمبر');
    expect((await world.admin.client.get(`/payouts/withdrawals/${world.withdrawalId}/receipt`)).status).toBe(200);
    expect((await world.stranger.client.get(`/payouts/withdrawals/${world.withdrawalId}/receipt`)).status).toBe(404);
    expect((await world.buyer.client.get(`/payouts/withdrawals/${world.withdrawalId}/receipt.pdf`)).status).toBe(404);
  });
});

describe('links', () => {
  it('are on the order page for both sides and in the payout history', async () => {
    const client = await (await world.buyer.client.get(`/orders/${world.orderId}`)).text();
    expect(client).toContain(`href="/orders/${world.orderId}/receipt.pdf">Receipt (PDF)</a>`);
    const seller = await (await world.seller.client.get(`/orders/${world.orderId}`)).text();
    expect(seller).toContain(`href="/orders/${world.orderId}/receipt.pdf">کمائی کی اسٹیٹمنٹ (PDF)</a>`);
    const payouts = await (await world.seller.client.get('/payouts')).text();
    expect(payouts).toContain(`href="/payouts/withdrawals/${world.withdrawalId}/receipt.pdf">رسید (PDF)</a>`);
  });
});

describe('without Chromium', () => {
  it('serves the print-ready page from the PDF link, saying so in the reader’s language, and records nothing', async () => {
    const en = await world.buyer.client.get(`/orders/${world.orderId}/receipt.pdf`);
    expect(en.status).toBe(200);
    expect(en.headers.get('content-type')).toContain('text/html');
    const t = await text(en);
    expect(t).toContain('PDF not available on this server; print this page.');
    expect(t).toContain('Total paid Rs 1,500.00');
    const ur = await text(await world.seller.client.get(`/payouts/withdrawals/${world.withdrawalId}/receipt.pdf`));
    expect(ur).toContain('اس سرور پر PDF دستیاب نہیں؛ یہ صفحہ پرنٹ کریں۔');
    expect(await env.deps.db.selectFrom('receipts').select('id').execute()).toEqual([]);
  });
});

describe('the receipts API without Chromium', () => {
  const app = async (actor: Actor, extra: Record<string, string> = {}) => new TestClient(env.app, { authorization: `Bearer ${(await createAccessToken(env.deps, actor, { name: 'phone' })).token}`, ...extra });

  it('answers 503 receipts.pdf_unavailable naming the print-ready page, in the caller\'s language', async () => {
    const buyer = await app(world.buyer.actor);
    const res = await buyer.get(`/api/v1/orders/${world.orderId}/receipt.pdf`);
    expect(res.status).toBe(503);
    const problem = (await res.json()) as { code: string; title: string };
    expect(problem.code).toBe('receipts.pdf_unavailable');
    expect(problem.title).toBe(`This server cannot make the PDF just now. The print-ready page is at /orders/${world.orderId}/receipt?lang=en.`);
    const seller = await app(world.seller.actor, { 'accept-language': 'ur' });
    const ur = (await (await seller.get(`/api/v1/me/withdrawals/${world.withdrawalId}/receipt.pdf?lang=ur`)).json()) as { code: string; title: string };
    expect(ur.code).toBe('receipts.pdf_unavailable');
    expect(ur.title).toContain(`/payouts/withdrawals/${world.withdrawalId}/receipt?lang=ur`);
    expect(ur.title).toContain('یہ سرور ابھی PDF نہیں بنا سکتا۔');
  });

  it('is not found for anyone but the parties, needs a caller, and refuses a language it does not have', async () => {
    const stranger = await app(world.stranger.actor);
    expect((await stranger.get(`/api/v1/orders/${world.orderId}/receipt.pdf`)).status).toBe(404);
    expect((await stranger.get(`/api/v1/me/withdrawals/${world.withdrawalId}/receipt.pdf`)).status).toBe(404);
    expect((await env.app.request(`http://localhost:3000/api/v1/orders/${world.orderId}/receipt.pdf`)).status).toBe(401);
    const bad = await (await app(world.buyer.actor)).get(`/api/v1/orders/${world.orderId}/receipt.pdf?lang=fr`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { code: string }).code).toBe('validation.failed');
  });
});

