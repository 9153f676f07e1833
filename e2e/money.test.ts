// The money journey in the browser, phone-sized with JavaScript off, once in English and once in
// Urdu: a client orders a gig and pays through the checkout simulator; the freelancer delivers; the
// client asks for a revision, then accepts; after the hold the freelancer withdraws to JazzCash; an
// admin exports the payout batch and marks it paid; both download their receipts as PDF. Every
// ledger invariant holds at the end.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../src/accounts/service.ts';
import type { Running } from '../src/boot.ts';
import { createGig, publishGig } from '../src/gigs/service.ts';
import { checkWholeLedger } from '../src/ledger/service.ts';
import { sweepOrders } from '../src/orders/service.ts';
import { logIn, uniqueEmail } from './flows.ts';
import { expectAccessible, launch, phone, startApp } from './support.ts';

let app: Running;
let browser: Browser;
beforeAll(async () => {
  // No hold, so "after the hold" is the next sweep; the sweep is called by the test, not waited for.
  [app, browser] = await Promise.all([startApp({ FUNDS_HOLD_DAYS: '0' }), launch()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const PASSWORD = 'paisa bhejo 2026';

async function person(name: string, locale: 'en' | 'ur', roles: { freelancer?: boolean; client?: boolean; admin?: boolean }) {
  const email = uniqueEmail('money');
  const user = await createAccount(app.deps.db, app.deps, { email, password: PASSWORD, displayName: name, isFreelancer: !!roles.freelancer, isClient: !!roles.client, isAdmin: !!roles.admin, locale, verified: true, onboarded: true });
  const ctx = await phone(browser, locale);
  const page = await ctx.newPage();
  await logIn(page, app.url, email, PASSWORD);
  return { user, ctx, page, email };
}

/** Fetches a PDF with the person's cookies (waiting while it is prepared) and reads its text. */
async function pdfText(ctx: BrowserContext, url: string): Promise<{ text: string; title: string }> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const res = await ctx.request.get(url);
    if (res.headers()['content-type']?.startsWith('application/pdf')) {
      const doc = await getDocumentProxy(new Uint8Array(await res.body()));
      const { text } = await extractText(doc, { mergePages: true });
      const { info } = (await doc.getMetadata()) as { info: { Title?: string } };
      return { text: text.replace(/\s+/g, ' '), title: info.Title ?? '' };
    }
    if (Date.now() > deadline) throw new Error(`no PDF at ${url}: ${res.status()} ${res.headers()['content-type']}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

const submit = (page: Page, form: string) => page.click(`${form} button[type=submit]`);
const text = async (page: Page) => (await page.textContent('main')) ?? '';

const WORDS = {
  en: { inProgress: 'In progress', delivered: 'Delivered', completed: 'Completed', paidOut: 'Paid' },
  ur: { inProgress: 'کام جاری ہے', delivered: 'ڈیلیور ہو گیا', completed: 'مکمل', paidOut: 'ادا' },
} as const;

describe.each(['en', 'ur'] as const)('the money journey (%s)', (locale) => {
  it('order, pay through the simulator, deliver, revise, accept, withdraw to JazzCash, batch and pay out', async () => {
    const w = WORDS[locale];
    const seller = await person(locale === 'ur' ? 'عائشہ صدیقی' : 'Ayesha Siddiqui', locale, { freelancer: true });
    const buyer = await person(locale === 'ur' ? 'حمزہ قریشی' : 'Emma Clarke', locale, { client: true });
    const admin = await person('Sana Admin', locale, { admin: true });
    const actor = { userId: seller.user.id, email: seller.email, displayName: 'Ayesha', emailVerified: true, isFreelancer: true, isClient: false, isAdmin: false, locale, sessionId: null, onboardingDone: true };
    const gig = await createGig(app.deps, actor, {
      title: locale === 'ur' ? 'دکان کے لیے لوگو' : 'A logo for your shop',
      description: 'Three concepts.',
      category_slug: 'design',
      skills: ['logo-design'],
      packages: [{ name: 'Basic', price: { amount: '250000', currency: 'PKR' }, delivery_days: 3, revisions: 1 }],
      faqs: [],
      questions: [{ question: 'Shop name?', required: true }],
    });
    await publishGig(app.deps, actor, gig.id);

    // The client orders from the gig page and answers the seller's question.
    const b = buyer.page;
    await b.goto(`${app.url}/g/${gig.slug}`);
    await b.click('main a[href^="/orders/new"]');
    await b.fill('textarea[name="answers.0"]', 'Clarke Bakery');
    await submit(b, 'form[action="/orders"]');
    expect(new URL(b.url()).pathname).toMatch(/^\/orders\/[0-9a-f-]{36}$/);
    const orderUrl = b.url();
    expect(await text(b)).toContain('2,500.00');
    await expectAccessible(b, `order page ${locale}`);

    // Short of money: add it through the checkout simulator and come back to the order.
    await b.click('main a[href^="/wallet/top-up"]');
    await b.check('input[name=method][value=simulator]');
    await submit(b, 'form[action="/wallet/top-ups"]');
    expect(new URL(b.url()).pathname).toMatch(/^\/simulator\/checkout\//);
    await b.click('form[action$="/succeed"] button');
    // The signed webhook arrives through the queue; the pay button is enabled once it is applied.
    const deadline = Date.now() + 20_000;
    for (;;) {
      await b.goto(orderUrl);
      if (await b.isEnabled('form[action$="/pay"] button')) break;
      if (Date.now() > deadline) throw new Error('the top-up never arrived');
      await b.waitForTimeout(300);
    }
    await submit(b, 'form[action$="/pay"]');
    expect(await text(b)).toContain(w.inProgress);

    // The freelancer delivers; the client asks for the one revision, then accepts.
    const s = seller.page;
    await s.goto(orderUrl);
    await s.fill('form[action$="/deliver"] textarea[name=message]', 'https://example.pk/logo-v1.zip');
    await submit(s, 'form[action$="/deliver"]');
    expect(await text(s)).toContain(w.delivered);
    await b.goto(orderUrl);
    await b.fill('form[action$="/revision"] textarea[name=message]', 'A darker red, please.');
    await submit(b, 'form[action$="/revision"]');
    await s.goto(orderUrl);
    await s.fill('form[action$="/deliver"] textarea[name=message]', 'https://example.pk/logo-v2.zip');
    await submit(s, 'form[action$="/deliver"]');
    await b.goto(orderUrl);
    await submit(b, 'form[action$="/accept"]');
    expect(await text(b)).toContain(w.completed);

    // After the hold, the freelancer adds JazzCash and withdraws what they earned (Rs 2,375).
    await sweepOrders(app.deps);
    await s.goto(`${app.url}/wallet`);
    expect(await text(s)).toContain('2,375.00');
    await s.goto(`${app.url}/payouts/methods/new?channel=jazzcash`);
    await s.fill('input[name=account_title]', 'Ayesha Siddiqui');
    await s.fill('input[name=mobile]', '0300-1234567');
    await submit(s, 'form[action="/payouts/methods"]');
    await s.goto(`${app.url}/payouts`);
    await s.fill('form[action="/payouts/withdraw/review"] input[name=amount]', '2375');
    await submit(s, 'form[action="/payouts/withdraw/review"]');
    await expectAccessible(s, `withdrawal review ${locale}`);
    await submit(s, 'form[action="/payouts/withdraw"]');

    // The admin batches JazzCash, exports the CSV for the bulk upload, and marks it paid.
    const a = admin.page;
    await a.goto(`${app.url}/admin/payouts`);
    await a.click('form[action="/admin/payouts/batches"]:has(input[value=jazzcash]) button');
    const batchUrl = a.url();
    const csv = await (await admin.ctx.request.get(`${batchUrl}/export.csv`)).text();
    expect(csv).toContain('0300-1234567');
    expect(csv).toContain('2375.00');
    await a.fill('form[action$="/paid"] input[name=reference]', 'JC-889900');
    await submit(a, 'form[action$="/paid"]');
    await s.goto(`${app.url}/payouts`);
    expect(await text(s)).toContain(w.paidOut);

    // Both download their receipts as PDF, in their language, and the amounts are in the PDF's text.
    const order = await pdfText(buyer.ctx, `${orderUrl}/receipt.pdf`);
    expect(order.text).toContain('2,500.00');
    expect(order.text).toMatch(/HNR-\d+/);
    const withdrawalLink = await s.getAttribute('main a[href$="/receipt.pdf"]', 'href');
    const payout = await pdfText(seller.ctx, `${app.url}${withdrawalLink}`);
    expect(payout.text).toContain('2,375.00');
    // Chromium keeps no letter map for most joined Nastaliq shapes, so Urdu words are checked in the
    // PDF's title (from the page's <title>) rather than in its extracted text (docs/decisions/0026).
    expect(order.title).toMatch(locale === 'ur' ? /[\u0600-\u06FF]/ : /[A-Za-z]/);

    const { results } = await checkWholeLedger(app.deps.db);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    for (const x of [seller, buyer, admin]) await x.ctx.close();
  });
});
