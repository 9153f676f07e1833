// A course certificate's PDF, printed by the real Chromium (/usr/bin/chromium or CHROMIUM_PATH)
// through the receipts pipeline, as src/statements/pdf.int.test.ts does for year statements; skipped
// where no Chromium is installed. Anyone with the code may have it, as the page. The PDF's text is
// read back with unpdf (PDF.js): the learner's name, the course and the code, in English and Urdu,
// on one A4 page; once revoked, the PDF says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { fetchPdf, readPdf } from '../../test/pdf.ts';
import { loadConfig } from '../config.ts';
import { type ReceiptWorkers, startReceiptWorkers } from '../receipts/pdf.ts';
import { chromiumInstalled } from '../receipts/printer.ts';
import { groupCode } from '../verify/domain.ts';
import { revokeInTx } from './service.ts';
import { COURSE_EN, COURSE_UR, certificateWorld } from './test-data.ts';

const chromium = chromiumInstalled(loadConfig({ NODE_ENV: 'test' }).CHROMIUM_PATH);

let env: TestEnv;
let workers: ReceiptWorkers;
let world: Awaited<ReturnType<typeof certificateWorld>>;
beforeAll(async () => {
  if (!chromium) return;
  env = await testEnv({ OPERATOR_NAME: 'Hunar Labs (Pvt) Ltd', BASE_URL: 'https://hunar.example.pk' });
  workers = await startReceiptWorkers(env.deps);
  world = await certificateWorld(env);
}, 60_000);
afterAll(async () => {
  await env?.close();
  await workers?.stop();
});

const visitor = (lang: 'en' | 'ur' = 'en') => new TestClient(env.app, { 'accept-language': lang });

describe.skipIf(!chromium)('a certificate’s PDF printed by Chromium', () => {
  it('is linked from the certificate page and carries the name, course and code, in English and Urdu, to anyone with the code', async () => {
    const { code } = world;
    const page = await visitor('en').get(`/certificates/${code}?lang=en`);
    expect(await page.text()).toContain(`href="/certificates/${code}.pdf?lang=en"`);

    // A visitor who is not signed in, in English.
    const en = await fetchPdf(visitor('en'), `/certificates/${code}.pdf?lang=en`);
    expect(Buffer.from(en.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(en.res.headers.get('content-disposition')).toBe(`inline; filename="hunar-${groupCode(code)}-course_certificate-en.pdf"`);
    const e = await readPdf(en.bytes);
    expect(e.pages).toBe(1);
    expect(e.title).toContain(`Certificate of completion: ${COURSE_EN}`);
    for (const want of ['Ayesha Siddiqui', COURSE_EN, groupCode(code), 'Hunar Labs (Pvt) Ltd', world.skill.name_en, 'Valid']) {
      expect(e.text, want).toContain(want);
    }
    // The QR code's address, under it (wrapped to the code's width).
    expect(e.text.replace(/ /g, '')).toContain(`https://hunar.example.pk/verify/${code}`);

    // The reader's own language when no ?lang= is given: Urdu.
    const ur = await fetchPdf(visitor('ur'), `/certificates/${code}.pdf`);
    expect(ur.res.headers.get('content-disposition')).toContain('-course_certificate-ur.pdf');
    const u = await readPdf(ur.bytes);
    expect(u.pages).toBe(1);
    // PDF.js cannot read Nastaliq back from the page's glyphs; the title carries the Urdu words whole.
    expect(u.title).toContain(`تکمیل کا سرٹیفکیٹ: ${COURSE_UR}`);
    for (const want of ['Ayesha Siddiqui', groupCode(code)]) expect(u.text, want).toContain(want);
    expect(u.text.replace(/ /g, '')).toContain(`https://hunar.example.pk/verify/${code}`);

    const rows = await env.deps.db.selectFrom('receipts').select(['document', 'locale', 'status']).where('subject_id', '=', (await env.deps.db.selectFrom('credentials').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id).orderBy('locale').execute();
    expect(rows).toEqual([
      { document: 'course_certificate', locale: 'en', status: 'ready' },
      { document: 'course_certificate', locale: 'ur', status: 'ready' },
    ]);
  }, 60_000);

  it('says plainly that a revoked certificate was revoked', async () => {
    await env.deps.db.transaction().execute((tx) => revokeInTx(tx, env.deps, world.admin.user.id, world.code, 'The project was copied from another learner.'));
    const { text } = await readPdf((await fetchPdf(visitor('en'), `/certificates/${world.code}.pdf?lang=en`)).bytes);
    expect(text).toContain('This certificate was revoked on');
    expect(text).toContain('Revoked');
    expect(text).not.toContain('Valid');
  }, 60_000);

  it('is not found for a code no certificate has', async () => {
    const res = await visitor('en').get('/certificates/7K3M9QW2XD4HRT6BN8PZ.pdf');
    expect(res.status).toBe(404);
    expect(visibleText(await res.text())).not.toContain('%PDF');
  });
});
