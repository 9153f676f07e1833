// The PDF job with the real Chromium (/usr/bin/chromium or CHROMIUM_PATH; CI installs it): one
// browser for the whole file. The PDFs' text is read back with unpdf (PDF.js) to check the amounts
// and the Urdu words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv } from '../../test/support.ts';
import { fetchPdf, readPdf } from '../../test/pdf.ts';
import { createAccessToken } from '../accounts/service.ts';
import { startReceiptWorkers, type ReceiptWorkers } from './pdf.ts';
import { receiptWorld } from './test-data.ts';

let env: TestEnv;
let workers: ReceiptWorkers;
let world: Awaited<ReturnType<typeof receiptWorld>>;
beforeAll(async () => {
  env = await testEnv({ OPERATOR_NAME: 'Hunar Labs (Pvt) Ltd' });
  workers = await startReceiptWorkers(env.deps);
  world = await receiptWorld(env);
});
afterAll(async () => {
  await env?.close();
  await workers?.stop();
});

async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await readPdf(bytes)).text;
}

describe('receipt PDFs printed by Chromium', () => {
  it('prints the client’s receipt in English and the freelancer’s statement in Urdu, with the amounts', async () => {
    const en = await fetchPdf(world.buyer.client, `/orders/${world.orderId}/receipt.pdf`);
    expect(Buffer.from(en.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(en.res.headers.get('content-disposition')).toMatch(/^inline; filename="hunar-HNR-\d+-receipt-en\.pdf"$/);
    const enText = await pdfText(en.bytes);
    for (const s of ['Receipt', 'HNR-', 'Hunar Labs (Pvt) Ltd', 'Total paid', 'Rs 1,500.00', 'Rs 0.00']) expect(enText).toContain(s);

    const ur = await fetchPdf(world.seller.client, `/orders/${world.orderId}/receipt.pdf`);
    const urPdf = await readPdf(ur.bytes);
    for (const s of ['Rs 1,500.00', 'Rs 75.00', 'Rs 1,425.00', 'HNR-']) expect(urPdf.text).toContain(s);
    expect(urPdf.text).toMatch(/[\u0600-\u06ff]/);
    expect(urPdf.title).toContain('کمائی کی اسٹیٹمنٹ');

    // One record per document and language, ready; the file is in storage under its version.
    const rows = await env.deps.db.selectFrom('receipts').selectAll().where('subject_id', '=', world.orderId).orderBy('document').execute();
    expect(rows.map((r) => [r.document, r.locale, r.status, r.attempts])).toEqual([
      ['order_client', 'en', 'ready', 1],
      ['order_freelancer', 'ur', 'ready', 1],
    ]);
    expect(rows[0]!.storage_key).toMatch(/^receipts\/order_client\/[0-9a-f-]{36}\/en-[0-9a-f]{16}\.pdf$/);

    // Asked again: served from storage, no new render.
    const again = await fetchPdf(world.buyer.client, `/orders/${world.orderId}/receipt.pdf`);
    expect(again.refreshes).toBe(0);
    expect(Buffer.compare(Buffer.from(again.bytes), Buffer.from(en.bytes))).toBe(0);
    expect(workers.printer!.launches).toBe(1);
  });

  it('prints the payout receipt in both languages, and makes a new version when the document changes', async () => {
    const ur = await fetchPdf(world.seller.client, `/payouts/withdrawals/${world.withdrawalId}/receipt.pdf`);
    const urPdf = await readPdf(ur.bytes);
    for (const s of ['Rs 2,000.00', 'FT-2026-0042', '6702']) expect(urPdf.text).toContain(s);
    expect(urPdf.title).toContain('رقم نکلوانے کی رسید');
    const en = await fetchPdf(world.admin.client, `/payouts/withdrawals/${world.withdrawalId}/receipt.pdf?lang=en`);
    const enText = await pdfText(en.bytes);
    for (const s of ['Withdrawal receipt', 'Amount withdrawn', 'Rs 2,000.00', 'Arrives', 'FT-2026-0042']) expect(enText).toContain(s);

    // The operator renamed the site's operator: the HTML changes, so the PDF is a new version.
    const before = await env.deps.db.selectFrom('receipts').select('version').where('subject_id', '=', world.withdrawalId).where('locale', '=', 'en').execute();
    (env.deps.config as { OPERATOR_NAME: string }).OPERATOR_NAME = 'Hunar Cooperative';
    try {
      const renamed = await pdfText((await fetchPdf(world.admin.client, `/payouts/withdrawals/${world.withdrawalId}/receipt.pdf?lang=en`)).bytes);
      expect(renamed).toContain('Hunar Cooperative');
    } finally {
      (env.deps.config as { OPERATOR_NAME: string }).OPERATOR_NAME = 'Hunar Labs (Pvt) Ltd';
    }
    const after = await env.deps.db.selectFrom('receipts').select('version').where('subject_id', '=', world.withdrawalId).where('locale', '=', 'en').execute();
    expect(before).toHaveLength(1);
    expect(after).toHaveLength(2);
  });

  it('measures a render against serving the print-ready page', async () => {
    const rows = await env.deps.db.selectFrom('receipts').select(['render_ms', 'bytes']).where('status', '=', 'ready').execute();
    const renderMs = rows.map((r) => r.render_ms!).sort((a, b) => a - b);
    const started = performance.now();
    const n = 20;
    for (let i = 0; i < n; i++) expect((await world.buyer.client.get(`/orders/${world.orderId}/receipt`)).status).toBe(200);
    const pageMs = (performance.now() - started) / n;
    const median = renderMs[Math.floor(renderMs.length / 2)]!;
    console.log(`receipt PDFs: ${rows.length} renders, median ${median} ms (min ${renderMs[0]}, max ${renderMs.at(-1)}), ${Math.round(rows.reduce((s, r) => s + r.bytes!, 0) / rows.length / 1024)} KB each; the HTML page ${pageMs.toFixed(1)} ms; ratio ${(median / pageMs).toFixed(0)}x`);
    expect(median).toBeLessThan(30_000);
  });
});

describe('receipt PDFs through the API', () => {
  it('gives an app the PDF, saying 503 with Retry-After while it is being made', async () => {
    const { token } = await createAccessToken(env.deps, world.seller.actor, { name: 'phone' });
    const phone = new TestClient(env.app, { authorization: `Bearer ${token}` });
    let res = await phone.get(`/api/v1/me/withdrawals/${world.withdrawalId}/receipt.pdf?lang=ur`);
    for (let i = 0; res.status === 503 && i < 20; i++) {
      expect(((await res.json()) as { code: string }).code).toBe('receipts.pdf_preparing');
      expect(res.headers.get('retry-after')).toBe('3');
      await new Promise((r) => setTimeout(r, 500));
      res = await phone.get(`/api/v1/me/withdrawals/${world.withdrawalId}/receipt.pdf?lang=ur`);
    }
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect((await readPdf(bytes)).title).toContain('رقم نکلوانے کی رسید');
  });
});


describe('the client’s billing details and time zone in the PDF', () => {
  it('prints the company, address and VAT number the client saved, and dates in their zone, as a new version', async () => {
    const saved = await world.buyer.client.post('/profile/edit', {
      company_name: 'Hartley & Finch Ltd',
      billing_address: 'Unit 4, 27 Demo Yard\nLondon EC1M 5RN\nUnited Kingdom',
      tax_number: 'GB 123 4567 89',
    });
    expect(saved.status).toBe(303);
    expect((await world.buyer.client.post('/settings/time-zone', { time_zone: 'Europe/London' })).status).toBe(303);
    const text = await pdfText((await fetchPdf(world.buyer.client, `/orders/${world.orderId}/receipt.pdf`)).bytes);
    for (const s of ['Hartley & Finch Ltd', 'Unit 4, 27 Demo Yard', 'London EC1M 5RN', 'United Kingdom', 'GB 123 4567 89', 'Dates are in United Kingdom Time.']) expect(text).toContain(s);
  });
});
