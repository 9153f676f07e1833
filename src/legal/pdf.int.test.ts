// A contract template's PDF, printed by the real Chromium (/usr/bin/chromium or CHROMIUM_PATH) through
// the receipts pipeline, as src/statements/pdf.int.test.ts does for year statements; skipped where no
// Chromium is installed. The PDF's text is read back with unpdf (PDF.js): the parties, the price, the
// notice that it is not legal advice, in the language asked for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestEnv } from '../../test/support.ts';
import { fetchPdf, readPdf } from '../../test/pdf.ts';
import { testEnv } from '../../test/support.ts';
import { loadConfig } from '../config.ts';
import { type ReceiptWorkers, startReceiptWorkers } from '../receipts/pdf.ts';
import { chromiumInstalled } from '../receipts/printer.ts';
import { legalWorld } from './test-data.ts';

const chromium = chromiumInstalled(loadConfig({ NODE_ENV: 'test' }).CHROMIUM_PATH);

let env: TestEnv;
let workers: ReceiptWorkers;
let w: Awaited<ReturnType<typeof legalWorld>>;
beforeAll(async () => {
  if (!chromium) return;
  env = await testEnv({ OPERATOR_NAME: 'Hunar Labs (Pvt) Ltd', BASE_URL: 'https://hunar.example.pk' });
  workers = await startReceiptWorkers(env.deps);
  w = await legalWorld(env);
}, 60_000);
afterAll(async () => {
  await env?.close();
  await workers?.stop();
});

describe.skipIf(!chromium)('a contract template’s PDF printed by Chromium', () => {
  it('carries the parties, the price and fees, and the not-legal-advice notice, in the language asked for', async () => {
    const path = `/legal/templates/service-agreement/${w.orderId}.pdf`;
    const en = await fetchPdf(w.buyer.client, `${path}?lang=en`);
    expect(Buffer.from(en.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(en.res.headers.get('content-disposition')).toBe(`inline; filename="hunar-${w.orderNumber}-service_agreement-en.pdf"`);
    const { text } = await readPdf(en.bytes);
    for (const want of ['Service agreement', 'Emma Clarke', 'Ayesha Siddiqui', w.orderNumber, 'Rs 15,000', 'not legal advice', 'In plain words', 'Hunar Labs (Pvt) Ltd']) expect(text, want).toContain(want);

    // The seller reads Urdu: the PDF's title carries the Urdu name whole.
    const ur = await readPdf((await fetchPdf(w.seller.client, path)).bytes);
    expect(ur.title).toContain('سروس کا معاہدہ');
    expect(ur.text).toContain('Rs 15,000');

    const rows = await env.deps.db.selectFrom('receipts').select(['document', 'locale', 'status']).where('subject_id', '=', w.orderId).where('document', '=', 'legal_service_agreement').orderBy('locale').execute();
    expect(rows).toEqual([
      { document: 'legal_service_agreement', locale: 'en', status: 'ready' },
      { document: 'legal_service_agreement', locale: 'ur', status: 'ready' },
    ]);
    // Nobody else gets it.
    expect((await w.stranger.client.get(path)).status).toBe(404);
  });
});
