// A year statement's PDF, printed by the real Chromium (/usr/bin/chromium or CHROMIUM_PATH) through
// the receipts pipeline, as src/receipts/pdf.int.test.ts does for receipts; skipped where no
// Chromium is installed. The PDF's text is read back with unpdf (PDF.js): the code and the totals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestEnv } from '../../test/support.ts';
import { fetchPdf, readPdf } from '../../test/pdf.ts';
import { testEnv } from '../../test/support.ts';
import { loadConfig } from '../config.ts';
import { type ReceiptWorkers, startReceiptWorkers } from '../receipts/pdf.ts';
import { chromiumInstalled } from '../receipts/printer.ts';
import { statementWorld } from './test-data.ts';

const chromium = chromiumInstalled(loadConfig({ NODE_ENV: 'test' }).CHROMIUM_PATH);

let env: TestEnv;
let workers: ReceiptWorkers;
let world: Awaited<ReturnType<typeof statementWorld>>;
beforeAll(async () => {
  if (!chromium) return;
  env = await testEnv({ OPERATOR_NAME: 'Hunar Labs (Pvt) Ltd', BASE_URL: 'https://hunar.example.pk' });
  workers = await startReceiptWorkers(env.deps);
  world = await statementWorld(env);
}, 60_000);
afterAll(async () => {
  await env?.close();
  await workers?.stop();
});

describe.skipIf(!chromium)('a year statement’s PDF printed by Chromium', () => {
  it('carries the verification code, the verify address and the totals, in the language asked for', async () => {
    const issued = await world.seller.client.json('POST', '/api/v1/tax/statements', { tax_year: 2026 });
    const s = (await issued.json()) as { id: string; code: string; code_display: string };

    const en = await fetchPdf(world.seller.client, `/tax/statements/${s.id}.pdf?lang=en`);
    expect(Buffer.from(en.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(en.res.headers.get('content-disposition')).toBe(`inline; filename="hunar-TY2026_${s.code_display}-year_statement-en.pdf"`);
    const { text } = await readPdf(en.bytes);
    for (const want of [s.code_display, `https://hunar.example.pk/verify/${s.code}`, 'Tax year statement', 'Hunar Labs (Pvt) Ltd', 'TY2026', 'Rs 30,000.00', 'Rs 28,500.00', '$200.00', '$190.00', 'Rs 81,795.00', 'Rs 5,000.00', '$250.00', 'FT-2025-0042', 'PRC-2025-118']) {
      expect(text, want).toContain(want);
    }

    // The reader's own language (Urdu) by default: the title carries the Urdu words whole.
    const ur = await readPdf((await fetchPdf(world.seller.client, `/tax/statements/${s.id}.pdf`)).bytes);
    expect(ur.title).toContain('ٹیکس سال کی اسٹیٹمنٹ');
    for (const want of [s.code_display, 'Rs 28,500.00']) expect(ur.text).toContain(want);

    const rows = await env.deps.db.selectFrom('receipts').select(['document', 'locale', 'status']).where('subject_id', '=', s.id).orderBy('locale').execute();
    expect(rows).toEqual([
      { document: 'year_statement', locale: 'en', status: 'ready' },
      { document: 'year_statement', locale: 'ur', status: 'ready' },
    ]);
    // Nobody else gets it.
    expect((await world.stranger.client.get(`/tax/statements/${s.id}.pdf`)).status).toBe(404);
  });
});
