// Issue 19 in Chromium: tax clarity as a freelancer and a stranger see it, on the demo site, with
// JavaScript off. Bilal (a demo freelancer in Lahore: a monthly dollar retainer from a shop in the
// US, rupee orders from Islamabad, never registered, not a filer) on a 390-px phone, in Urdu:
// 1. He reads the assistant at /tax (the normal slabs recommended, the steps that would save him
//    rupees), fills his tax profile (CNIC as his NTN, PSEB number, expiry and certificate PDF through
//    the file input, filer, province, salary), sees his CNIC only masked from then on, ticks a
//    checklist step, and reads /tax again: the final tax recommended, both regimes in rupees equal to
//    the ledger's figures, the steps done with what each saves, the notice and the sources' badges.
// 2. He attaches a PRC to a dollar payout at /tax/remittances: it moves to the "PRC attached" group.
// 3. He issues his statement of last tax year (TY2026 when run in December 2026), downloads its PDF
//    through the page's link (its text: the verification code, the totals, the PRC) and its CSV.
// 4. A visitor on another phone types the code (lower case, dashes) at /verify and sees it valid
//    with his name, the tax year and the totals, as does a reader in English; he withdraws it; their
//    reloads say so.
// 5. In English: a visitor's /tax calculator, and Ayesha's own /tax.
// Every page is checked with axe, for sideways scroll, for directions, and (Urdu) for English words.
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Download, Page, Response } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFromUser, setLanguage } from '../src/accounts/service.ts';
import { withdrawalReference } from '../src/payouts/domain.ts';
import type { Running } from '../src/boot.ts';
import type { Actor } from '../src/platform/actor.ts';
import { translator } from '../src/platform/i18n.ts';
import { formatMoney, type Money, toMajorString } from '../src/platform/money.ts';
import { DEMO_PASSWORD } from '../src/seed/seed.ts';
import { karachiDay, taxYearBounds, taxYearOf } from '../src/tax/domain.ts';
import { yearIncome } from '../src/tax/figures.ts';
import { myTaxYear } from '../src/tax/service.ts';
import { groupCode } from '../src/verify/domain.ts';
import { logIn } from './flows.ts';
import { checkPage, expectReadsLeftToRight, launch, phone, seenText, startApp, stripMarks } from './support.ts';

const SHOTS = '/tmp/shots19';
const ur = translator('ur');
const en = translator('en');

let app: Running;
let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [app, browser] = await Promise.all([startApp({ SEED_ON_START: 'true', RATE_LIMIT_LOGIN: '1000' }), launch()]);
  YEAR = taxYearOf(app.deps.clock.now()) - 1;
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const strip = stripMarks;
const seen = seenText;
const rs = (locale: 'en' | 'ur', m: Money, always = false) => strip(formatMoney(locale, m, always ? { decimals: 'always' } : {}));

/** The checks every page passes (e2e/support.ts checkPage), with its screenshot. */
const check = (page: Page, label: string, res?: Response | null, status = 200) => checkPage(page, label, SHOTS, res, status);

async function visit(page: Page, path: string, label: string, status = 200): Promise<void> {
  const res = await page.goto(`${app.url}${path}`);
  await check(page, label, res, status);
}

/** Presses a form's button (a post lands on the page it redirects to) and checks that page. */
async function submit(page: Page, button: string, label: string): Promise<void> {
  const [res] = await Promise.all([page.waitForNavigation(), page.click(button)]);
  await check(page, label, res);
}

/** Clicks a link that downloads a file (a[download], or one the server sends as an attachment). */
async function download(page: Page, link: string): Promise<{ download: Download; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(link)]);
  return { download: d, bytes: await readFile((await d.path())!) };
}

/**
 * Clicks a PDF link as a person does (the first answer may be the "preparing" page, which refreshes
 * itself) until Chromium gets the PDF; Chromium shows it in its viewer, which keeps the bytes to
 * itself, so they are read again from the same address with the same cookies.
 */
async function openPdf(page: Page, link: string): Promise<{ res: Response; bytes: Buffer }> {
  const [res] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('.pdf') && r.status() === 200 && r.headers()['content-type'] === 'application/pdf', { timeout: 60_000 }), page.click(link)]);
  const again = await page.context().request.get(res.url());
  expect(again.headers()['content-type']).toBe('application/pdf');
  return { res, bytes: await again.body() };
}

async function pdfText(bytes: Buffer): Promise<string> {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(doc, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

/** A tiny PDF (the media module sniffs the type from the bytes). */
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);

const demo = (key: string) => `${key}@demo.hunar.pk`;
async function demoActor(key: string): Promise<Actor> {
  const user = await app.deps.db.selectFrom('users').selectAll().where('email', '=', demo(key)).executeTakeFirstOrThrow();
  return actorFromUser(user, null);
}

/** A 390 × 844 phone (JavaScript off) in `locale`, signed in as the demo account (its language set first), or a visitor. */
async function newPhone(locale: 'en' | 'ur', key: string | null): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await phone(browser, locale, { width: 390, height: 844 });
  const page = await ctx.newPage();
  page.setDefaultTimeout(15_000);
  if (key) {
    await setLanguage(app.deps, await demoActor(key), { locale });
    await logIn(page, app.url, demo(key), DEMO_PASSWORD);
    await page.waitForURL((u) => u.pathname !== '/login');
  }
  return { ctx, page };
}

// What the later steps share.
const CNIC = '35202-4815162-3';
const CNIC_DIGITS = CNIC.replace(/-/g, '');
const PSEB_NUMBER = 'PSEB/FL/2026/07731';
const PRC_NUMBER = 'PRC-US-00419';
const PRC_FILE = '20260617.pdf';
/** Last tax year, whole and within the demo data's sixteen months (set once the app runs). */
let YEAR: number;
let bilal: { page: Page; actor: Actor };
let prcPayout: { id: string; reference: string };
let statement: { id: string; code: string };

describe('tax clarity in Urdu, on a 390-px phone', () => {
  it('reads the assistant, fills the tax profile (the CNIC only ever masked), ticks a checklist step, and reads the advice again', async () => {
    const { page } = await newPhone('ur', 'bilal');
    const actor = await demoActor('bilal');
    bilal = { page, actor };

    // Before: not registered, not a filer: the normal slabs, and steps that would save him rupees.
    await visit(page, '/tax', 'assistant before the profile');
    const before = await myTaxYear(app.deps, actor);
    expect(before.assessment.recommended).toBe('normal');
    const steps = await page.locator('ol.tax-steps > li').allInnerTexts();
    expect(steps.length).toBe(before.steps.length);
    for (const [i, s] of before.steps.entries()) {
      if (s.saves.amount > 0n) expect(strip(steps[i]!)).toContain(strip(ur('tax.step.saves', { amount: formatMoney('ur', s.saves) })));
    }
    expect(before.steps.some((s) => s.saves.amount > 0n)).toBe(true);

    // The profile form, in Urdu; the certificate through the real file input.
    await visit(page, '/tax/profile', 'tax profile, empty');
    await page.check('input[name=ntn_kind][value=cnic]');
    await page.fill('#cnic', CNIC);
    await page.fill('#pseb_number', PSEB_NUMBER);
    const today = karachiDay(app.deps.clock.now());
    const expiry = new Date(Date.parse(`${today}T00:00:00Z`) + 200 * 86_400_000).toISOString().slice(0, 10);
    await page.fill('#pseb_expires_on', expiry);
    const certificate = pdf('PSEB freelancer registration certificate: Bilal Ahmed');
    await page.setInputFiles('#certificate', { name: 'pseb-certificate-bilal.pdf', mimeType: 'application/pdf', buffer: certificate });
    await page.check('#filer');
    await page.selectOption('#province', 'punjab');
    await page.check('#has_salary');
    await page.fill('#salary', '600000');
    await submit(page, 'form.tax-profile-form button[type=submit]', 'tax profile, saved');
    expect(new URL(page.url()).pathname).toBe('/tax/profile');
    const saved = await seen(page);
    expect(saved).toContain(strip(ur('tax_profile.saved_flash')));

    // The CNIC: masked (its last four digits), never in the clear, not even in a field's value.
    expect(saved).toContain('•••••-••••162-3');
    const html = await page.content();
    for (const clear of [CNIC, CNIC_DIGITS, '4815162', '35202-48']) expect(html, clear).not.toContain(clear);
    expect(await page.inputValue('#cnic')).toBe('');
    // The rest came back as saved; the certificate is on file and downloads as the bytes sent.
    expect(await page.isChecked('input[name=ntn_kind][value=cnic]')).toBe(true);
    expect(await page.inputValue('#pseb_number')).toBe(PSEB_NUMBER);
    expect(await page.inputValue('#pseb_expires_on')).toBe(expiry);
    expect(await page.isChecked('#filer')).toBe(true);
    expect(await page.inputValue('#province')).toBe('punjab');
    expect(await page.inputValue('#salary')).toBe('600000');
    const cert = await download(page, 'a[download="pseb-certificate-bilal.pdf"]');
    expect(cert.bytes.equals(certificate)).toBe(true);
    // Nor on the assistant's page.
    await page.goto(`${app.url}/tax`);
    for (const clear of [CNIC, CNIC_DIGITS, '4815162']) expect(await page.content(), clear).not.toContain(clear);

    // The checklist: one step ticked.
    await visit(page, '/tax/checklist', 'checklist');
    expect(await seen(page)).toContain(strip(ur('tax_profile.checklist.progress', { done: 0, total: 5 })));
    await submit(page, '#step-bank_account form button[type=submit]', 'checklist, a step ticked');
    expect(new URL(page.url()).pathname).toBe('/tax/checklist');
    expect(await seen(page)).toContain(strip(ur('tax_profile.checklist.progress', { done: 1, total: 5 })));
    expect(await page.getAttribute('#step-bank_account', 'class')).toContain('tax-step-done');
    expect(await seen(page, '#step-bank_account button')).toBe(strip(ur('tax_profile.checklist.untick')));

    // The assistant again: registered and a filer now, so the final tax, at 0.25%.
    await visit(page, '/tax', 'assistant');
    const mine = await myTaxYear(app.deps, actor);
    const a = mine.assessment;
    expect(mine.psebToday).toBe(true);
    expect(a.recommended).toBe('final_154a');
    expect(a.regimes.final_154a.rateBp).toBe(25);
    expect(a.regimes.final_154a.tax.amount).toBeLessThan(a.regimes.normal.tax.amount);
    // Both regimes side by side, each with its rupees; the recommended one marked.
    const cards = page.locator('.tax-mine section.tax-regime');
    expect(await cards.count()).toBe(2);
    for (const name of ['final_154a', 'normal'] as const) {
      const card = page.locator(`.tax-mine section.tax-regime:has(#regime-${name})`);
      expect(await seen(page, `.tax-mine section.tax-regime:has(#regime-${name}) .tax-amount`)).toBe(strip(`${formatMoney('ur', a.regimes[name].tax)} ${ur('tax.a_year')}`));
      expect(await card.locator('.badge.recommended').count()).toBe(name === 'final_154a' ? 1 : 0);
    }
    expect(await seen(page, '.tax-mine section.tax-regime.recommended h3')).toBe(ur('tax.regime.final_154a'));
    // The income from the ledger, dollars and rupees.
    const income = await seen(page, 'table.tax-income');
    for (const c of mine.income.byCurrency) expect(income).toContain(rs('ur', c.pkr));
    expect(mine.income.byCurrency.map((c) => c.currency).sort()).toEqual(['PKR', 'USD']);
    // The steps, done, each with what it saves.
    const done = (await page.locator('ol.tax-steps > li').allInnerTexts()).map(strip);
    expect(done.length).toBe(mine.steps.length);
    for (const [i, s] of mine.steps.entries()) {
      expect(s.done, s.id).toBe(true);
      if (s.saves.amount > 0n && s.id !== 'bank_channel') expect(done[i]).toContain(strip(ur('tax.step.done_saves', { amount: formatMoney('ur', s.saves) })));
    }
    expect(mine.steps.some((s) => s.saves.amount > 0n)).toBe(true);
    // Not advice; every source with its date and a confidence badge, the unconfirmed ones said so.
    expect(await seen(page, '.tax-not-advice')).toBe(strip(ur('tax.not_advice')));
    const sources = page.locator('section.tax-sources li');
    expect(await sources.count()).toBeGreaterThan(3);
    expect(await page.locator('section.tax-sources li .badge').count()).toBe(await sources.count());
    const badges = (await page.locator('section.tax-sources li .badge').allInnerTexts()).map(strip);
    expect(badges).toContain(ur('tax.confidence.unconfirmed'));
    for (const b of badges) expect([ur('tax.confidence.confirmed'), ur('tax.confidence.reported'), ur('tax.confidence.unconfirmed')]).toContain(b);
  });

  it('attaches a PRC to a dollar payout: it moves to the "PRC attached" group', async () => {
    const { page, actor } = bilal;
    // His newest dollar payout of last tax year, which the statement below lists.
    const { start, end } = taxYearBounds(YEAR);
    const w = await app.deps.db
      .selectFrom('withdrawals')
      .innerJoin('remittance_records', 'remittance_records.withdrawal_id', 'withdrawals.id')
      .select(['withdrawals.id'])
      .where('withdrawals.user_id', '=', actor.userId)
      .where('withdrawals.status', '=', 'paid')
      .where('withdrawals.settled_at', '>=', start)
      .where('withdrawals.settled_at', '<', end)
      .orderBy('withdrawals.settled_at', 'desc')
      .executeTakeFirstOrThrow();
    prcPayout = { id: w.id, reference: withdrawalReference(w.id) };

    await visit(page, '/tax/remittances', 'remittances');
    const without = await page.locator('ul.remittances > li').count();
    expect(await page.locator(`section[aria-labelledby=without-h] #r-${w.id}`).count()).toBe(1);
    expect(await seen(page, `#r-${w.id}`)).toContain(strip(ur('remittances.prc.none')));
    expect(await seen(page, '#with-h')).toBe(strip(ur('remittances.with.title', { n: 0 })));

    // The record's form (a <details>, opened without JavaScript), the PRC's number and its PDF.
    await page.click(`#r-${w.id} details summary`);
    const short = w.id.slice(0, 8);
    await page.fill(`#prc_number-${short}`, PRC_NUMBER);
    // Named as a bank's download often is: by its number.
    await page.setInputFiles(`#file-${short}`, { name: PRC_FILE, mimeType: 'application/pdf', buffer: pdf('Proceeds realisation certificate, purpose code 9186') });
    await submit(page, `#r-${w.id} form[enctype="multipart/form-data"] button[type=submit]`, 'remittances, a PRC attached');
    expect(new URL(page.url()).pathname).toBe('/tax/remittances');
    expect(await seen(page)).toContain(strip(ur('remittances.flash.saved')));
    expect(await page.locator(`section[aria-labelledby=with-h] #r-${w.id}`).count()).toBe(1);
    expect(await page.locator(`section[aria-labelledby=without-h] #r-${w.id}`).count()).toBe(0);
    expect(await seen(page, '#with-h')).toBe(strip(ur('remittances.with.title', { n: 1 })));
    expect(await seen(page, '#without-h')).toBe(strip(ur('remittances.without.title', { n: without - 1 })));
    const record = await seen(page, `#r-${w.id}`);
    expect(record).toContain(strip(ur('remittances.prc.download', { name: PRC_FILE })));
    // The name reads as it was given, not "pdf.20260617" (right to left around it).
    await expectReadsLeftToRight(page, `#r-${w.id} a[download]`, PRC_FILE);
    expect(record).toContain(strip(ur('remittances.prc.number', { number: PRC_NUMBER })));
  });

  it('issues last tax year’s statement, downloads its PDF (code, totals, the PRC) and its CSV', async () => {
    const { page, actor } = bilal;
    await visit(page, '/tax/statements', 'statements, none yet');
    expect(await seen(page)).toContain(strip(ur('statements.none')));
    await page.selectOption('#tax_year', String(YEAR));
    await submit(page, 'form[action="/tax/statements"] button[type=submit]', 'statements, one issued');
    expect(await seen(page)).toContain(strip(ur('statements.flash.issued')));
    const row = page.locator('table tbody tr').first();
    const id = (await row.getAttribute('id'))!.replace(/^s-/, '');
    const shown = await seen(page, `#s-${id} bdi.code`);
    expect(shown).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    statement = { id, code: shown.replace(/-/g, '') };
    expect(await seen(page, `#s-${id}`)).toContain(ur('statements.status.valid'));

    // The ledger's figures for the year, which the statement must carry.
    const income = await yearIncome(app.deps.db, actor.userId, YEAR);
    const usd = income.byCurrency.find((c) => c.currency === 'USD')!;
    const pkr = income.byCurrency.find((c) => c.currency === 'PKR')!;
    const totals = [usd.earned, usd.gross, pkr.earned, income.exportPkr, income.totalPkr];

    // The print-ready page.
    await page.click(`#s-${id} a[href="/tax/statements/${id}"]`);
    await page.waitForURL(`**/tax/statements/${id}`);
    await check(page, 'statement page');
    const sheet = await seen(page, 'body');
    expect(sheet).toContain(groupCode(statement.code));
    for (const m of totals) expect(sheet).toContain(rs('ur', m, true));
    expect(sheet).toContain(PRC_NUMBER);

    // The PDF, through the list's link: the code, the verify address and the totals in its text.
    await page.goto(`${app.url}/tax/statements`);
    const file = await openPdf(page, `#s-${id} a[href="/tax/statements/${id}.pdf"]`);
    expect(file.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(file.res.headers()['content-disposition']).toBe(`inline; filename="hunar-TY${YEAR}_${groupCode(statement.code)}-year_statement-ur.pdf"`);
    const text = await pdfText(file.bytes);
    for (const want of [groupCode(statement.code), `${app.url}/verify/${statement.code}`, `TY${YEAR}`, ...totals.map((m) => rs('ur', m, true)), prcPayout.reference, PRC_NUMBER]) expect(text, want).toContain(want);

    // The CSV: the code and the same totals, as plain decimals.
    await page.goto(`${app.url}/tax/statements`);
    const csv = await download(page, `#s-${id} a[href="/tax/statements/${id}.csv"]`);
    expect(csv.download.suggestedFilename()).toBe(`hunar-TY${YEAR}-statement-${statement.code}-ur.csv`);
    const csvText = csv.bytes.toString('utf8');
    expect(csvText.startsWith('\uFEFF')).toBe(true);
    expect(csvText).toContain(groupCode(statement.code));
    for (const m of totals) expect(csvText).toContain(`,${toMajorString(m)},`);
    expect(csvText).toContain(PRC_NUMBER);
  });

  it('a visitor verifies it by its code; once withdrawn, a reload says so', async () => {
    const { page: visitor } = await newPhone('ur', null);
    const income = await yearIncome(app.deps.db, bilal.actor.userId, YEAR);
    await visit(visitor, '/verify', 'verify form');
    // Typed as people do: lower case, with the printed dashes.
    await visitor.fill('#code', groupCode(statement.code).toLowerCase());
    await submit(visitor, 'form.verify-form button[type=submit]', 'verified');
    expect(new URL(visitor.url()).pathname).toBe(`/verify/${statement.code}`);
    const card = await seen(visitor, 'section.verification');
    expect(await seen(visitor, '#verdict')).toBe(ur('verify.valid'));
    expect(card).toContain('Bilal Ahmed');
    expect(card).toContain(strip(ur('verify.tax_year', { year: `TY${YEAR}`, from: String(YEAR - 1), to: String(YEAR) })));
    for (const c of income.byCurrency) expect(card).toContain(rs('ur', c.earned, true));
    expect(card).toContain(rs('ur', income.totalPkr, true));
    expect(card).toContain(groupCode(statement.code));
    // Nothing private: no CNIC (his NTN) on a public page.
    expect(await visitor.content()).not.toContain(CNIC_DIGITS);

    // The same in English, the code typed in lower case without its dashes.
    const { page: reader } = await newPhone('en', null);
    await visit(reader, '/verify', 'verify form (English)');
    await reader.fill('#code', ` ${statement.code.toLowerCase()} `);
    await submit(reader, 'form.verify-form button[type=submit]', 'verified (English)');
    expect(new URL(reader.url()).pathname).toBe(`/verify/${statement.code}`);
    expect(await seen(reader, '#verdict')).toBe(en('verify.valid'));
    const english = await seen(reader, 'section.verification');
    for (const want of ['Bilal Ahmed', `TY${YEAR} (July ${YEAR - 1} – June ${YEAR})`, rs('en', income.totalPkr, true), ...income.byCurrency.map((c) => rs('en', c.earned, true))]) expect(english).toContain(want);

    // He withdraws it.
    const { page } = bilal;
    await page.goto(`${app.url}/tax/statements`);
    await submit(page, `#s-${statement.id} form[action$="/withdraw"] button[type=submit]`, 'statements, withdrawn');
    expect(await seen(page)).toContain(strip(ur('statements.flash.withdrawn')));
    expect(await seen(page, `#s-${statement.id}`)).toContain(ur('statements.status.withdrawn'));

    const res = await visitor.reload();
    await check(visitor, 'verified, withdrawn', res);
    expect(await seen(visitor, '#verdict')).toBe(ur('verify.withdrawn'));
    expect(await seen(visitor, 'section.verification')).toContain('Bilal Ahmed');
    // Its figures are no longer vouched for.
    expect(await seen(visitor, 'section.verification')).not.toContain(rs('ur', income.totalPkr, true));
    await reader.reload();
    expect(await seen(reader, '#verdict')).toBe(en('verify.withdrawn'));
  });
});

describe('tax clarity in English', () => {
  it('a visitor’s what-if calculator, and Ayesha’s own assistant', async () => {
    const { page: visitor } = await newPhone('en', null);
    await visit(visitor, '/tax?income=3372000&tax_year=2026&source=export_it&pseb=true&filer=true#what-if', 'assistant, what-if (visitor)');
    const result = await seen(visitor, '.tax-result');
    expect(result).toContain(en('tax.regime.final_154a'));
    expect(result).toContain(en('tax.regime.normal'));
    expect(await seen(visitor, '.tax-result section.tax-regime.recommended h3')).toBe(en('tax.regime.final_154a'));
    // 0.25% of Rs 3,372,000.
    expect(await seen(visitor, '.tax-result section.tax-regime.recommended .tax-amount')).toBe(`Rs 8,430 ${en('tax.a_year')}`);
    expect(await seen(visitor, '.tax-not-advice')).toBe(en('tax.not_advice'));

    const { page } = await newPhone('en', 'ayesha');
    await visit(page, '/tax', 'assistant (Ayesha)');
    const mine = await myTaxYear(app.deps, await demoActor('ayesha'));
    const a = mine.assessment;
    expect(mine.psebToday && mine.facts?.filer).toBe(true);
    expect(a.regimes.final_154a.rateBp).toBe(25);
    for (const name of ['final_154a', 'normal'] as const) {
      expect(await seen(page, `.tax-mine section.tax-regime:has(#regime-${name}) .tax-amount`)).toBe(`${rs('en', a.regimes[name].tax)} ${en('tax.a_year')}`);
    }
    expect(await seen(page, '.tax-mine section.tax-regime.recommended h3')).toBe(en(`tax.regime.${a.recommended}`));
    const income = await seen(page, 'table.tax-income');
    for (const c of mine.income.byCurrency) expect(income).toContain(rs('en', c.pkr));
    expect(await seen(page, '.tax-not-advice')).toBe(en('tax.not_advice'));
  });
});
