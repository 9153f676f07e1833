import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import type { AppError } from '../platform/errors.ts';
import { CONTENT_PAGES, getContentPage } from './service.ts';

let env: TestEnv;
let operatorDir: string;
beforeAll(async () => {
  operatorDir = await mkdtemp(path.join(tmpdir(), 'hunar-content-'));
  await mkdir(path.join(operatorDir, 'en'));
  await writeFile(path.join(operatorDir, 'en', 'terms.md'), '# Our own terms\n\nWe are <script>alert(1)</script> Karachi Crafts.\n\n- [Bad](javascript:alert) link\n- Hold: {{hold_days}} days\n');
  env = await testEnv({ CONTENT_DIR: operatorDir, FEE_FREELANCER_BP: '300', FEE_CLIENT_BP: '150', FUNDS_HOLD_DAYS: '10', ORDER_AUTO_ACCEPT_DAYS: '5', OPERATOR_NAME: 'Karachi Crafts', CONTACT_EMAIL: 'help@karachicrafts.pk' });
});
afterAll(() => env.close());

const page = async (p: string, locale: 'en' | 'ur') => {
  const res = await new TestClient(env.app, { 'accept-language': locale }).get(p);
  const html = await res.text();
  return { status: res.status, html, text: visibleText(html) };
};

describe('content pages', () => {
  it('serves terms, privacy, help and contact in both languages, linked from every page’s footer', async () => {
    const titles = { en: ['Our own terms', 'Privacy', 'Help', 'Contact'], ur: ['شرائطِ استعمال', 'پرائیویسی', 'مدد', 'رابطہ'] };
    for (const locale of ['en', 'ur'] as const) {
      for (const [i, name] of CONTENT_PAGES.entries()) {
        const p = await page(`/${name}`, locale);
        expect(p.status, `${locale} ${name}`).toBe(200);
        expect(p.html).toContain(`<html lang="${locale}"`);
        expect(p.html).toContain(`<h1>${titles[locale][i]}</h1>`);
        expect(p.text).not.toMatch(/\{\{|\}\}/);
      }
      const home = await page('/', locale);
      for (const name of CONTENT_PAGES) expect(home.html).toMatch(new RegExp(`<footer[\\s\\S]*href="/${name}"[\\s\\S]*</footer>`));
    }
  });

  it('answers the common questions with this site’s own figures', async () => {
    const en = await page('/help', 'en');
    for (const id of ['fees', 'escrow', 'holds', 'withdrawals', 'disputes']) expect(en.html).toContain(`id="${id}"`);
    expect(en.text).toContain('Hunar keeps 3% of the price of each order');
    expect(en.text).toContain('A client pays a fee of 1.5% on top of the price');
    expect(en.text).toContain('accepted automatically 5 days after it arrives');
    expect(en.text).toContain('stay on hold for 10 days');
    expect(en.text).toMatch(/The smallest withdrawal is Rs 1,000(\.00)? or \$10(\.00)?/);
    const ur = await page('/help', 'ur');
    expect(ur.text).toContain('ہنر کا حصہ 3% ہے');
    expect(ur.text).toContain('10 دن روکی رہتی ہے');
    expect(ur.text).toContain('5 دن بعد وہ خود بخود قبول ہو جاتی ہے');
    // Each paragraph and item takes its own direction.
    expect(ur.html).toContain('<li dir="auto">');
    expect((await page('/contact', 'en')).html).toContain('href="mailto:help@karachicrafts.pk"');
  });

  it('serves the operator’s own text, escaped, and the default where they wrote none', async () => {
    const en = await page('/terms', 'en');
    expect(en.text).toContain('We are <script>alert(1)</script> Karachi Crafts.');
    expect(en.html).not.toContain('<script>alert(1)');
    expect(en.html).toContain('&lt;script&gt;');
    expect(en.html).not.toContain('javascript:');
    expect(en.text).toContain('Hold: 10 days');
    // No Urdu file in the operator's directory: the default Urdu terms, with the operator's name.
    const ur = await page('/terms', 'ur');
    expect(ur.text).toContain('شرائطِ استعمال');
    expect(ur.text).toContain('Karachi Crafts');
  });

  it('answers 404 for a page that does not exist', async () => {
    expect((await page('/terms/more', 'en')).status).toBe(404);
    expect((await page('/faq', 'en')).status).toBe(404);
    const empty = await mkdtemp(path.join(tmpdir(), 'hunar-content-empty-'));
    await expect(getContentPage(env.deps, 'help', 'en', [empty])).rejects.toMatchObject({ code: 'not_found' } satisfies Partial<AppError>);
    await expect(getContentPage(env.deps, '../secrets', 'en')).rejects.toMatchObject({ code: 'not_found' });
  });
});
