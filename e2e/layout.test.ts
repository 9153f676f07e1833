// Phones and right-to-left, in Chromium at 360 px with JavaScript off, on the seeded demo site with
// a few weeks of realistic activity (top-ups in rupees and dollars, paid orders, withdrawals to
// JazzCash and a bank, an admin batch): no page scrolls sideways, in English or Urdu, and
// mixed-direction text reads as a person expects (amounts and masked numbers left to right, an
// English line in an Urdu description ending with its full stop, bullets inside their cards).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFromUser, setLanguage } from '../src/accounts/service.ts';
import type { Running } from '../src/boot.ts';
import { createGig, publishGig } from '../src/gigs/service.ts';
import { acceptOrder, deliverOrder, payOrder, placeGigOrder, sweepOrders } from '../src/orders/service.ts';
import { simulateCheckout, startTopUp } from '../src/payments/service.ts';
import { addMethod, createBatch, markPaid, requestWithdrawal } from '../src/payouts/service.ts';
import type { Actor } from '../src/platform/actor.ts';
import { type Currency, money } from '../src/platform/money.ts';
import { DEMO_PASSWORD } from '../src/seed/seed.ts';
import { logIn } from './flows.ts';
import { credit } from '../test/support.ts';
import { expectDirections, expectNoSidewaysScroll, launch, phone, startApp } from './support.ts';

let app: Running;
let browser: Browser;
const actors = new Map<string, Actor>();
let batchId = '';
let mixedGig = '';

const demo = (key: string) => `${key}@demo.hunar.pk`;

async function actor(key: string): Promise<Actor> {
  const found = actors.get(key);
  if (found) return found;
  const user = await app.deps.db.selectFrom('users').selectAll().where('email', '=', demo(key)).executeTakeFirstOrThrow();
  const a = actorFromUser(user, null);
  actors.set(key, a);
  return a;
}

/** Money into a wallet as a settled payment would bring it (the ledger's own posting). */
async function fund(ownerId: string, kind: 'client_wallet', amount: bigint, currency: Currency) {
  await credit(app.deps, { kind, ownerId, currency }, money(amount, currency));
}

async function firstGigOf(key: string): Promise<string> {
  const a = await actor(key);
  const g = await app.deps.db.selectFrom('gigs').select('slug').where('seller_id', '=', a.userId).where('status', '=', 'published').orderBy('created_at').executeTakeFirstOrThrow();
  return g.slug;
}

/** What a few weeks on the site leave in the tables this file looks at. */
async function activity() {
  const [hamza, emma, ayesha, bilal, admin] = await Promise.all(['hamza', 'emma', 'ayesha', 'bilal', 'admin'].map(actor)) as [Actor, Actor, Actor, Actor, Actor];
  // Top-ups: a bank transfer waiting, card payments through the simulator (one failed), in both currencies.
  await startTopUp(app.deps, hamza, { amount: money(2_500_000n, 'PKR'), method: 'bank_transfer' });
  for (const [who, amount, currency, outcome] of [
    [hamza, 1_000_000n, 'PKR', 'succeed'],
    [emma, 15_000n, 'USD', 'succeed'],
    [emma, 4_000n, 'USD', 'fail'],
    [emma, 1_000n, 'USD', 'succeed'],
  ] as const) {
    const t = await startTopUp(app.deps, who, { amount: money(amount, currency), method: 'simulator' });
    await simulateCheckout(app.deps, who, t.id, outcome);
  }
  // Orders paid from the wallet, delivered and accepted; with no hold the sweep makes the earnings available.
  await fund(hamza.userId, 'client_wallet', 20_000_000n, 'PKR');
  for (const [seller, key] of [
    [ayesha, 'ayesha'],
    [bilal, 'bilal'],
    [ayesha, 'ayesha'],
  ] as const) {
    const { id } = await placeGigOrder(app.deps, hamza, { gig: await firstGigOf(key), package: 3 });
    await payOrder(app.deps, hamza, id, crypto.randomUUID());
    await deliverOrder(app.deps, seller, id, { message: 'Final files attached. شکریہ!' });
    await acceptOrder(app.deps, hamza, id, crypto.randomUUID());
  }
  await sweepOrders(app.deps);
  // Withdrawals: to JazzCash (batched and paid by the admin) and to a bank account (waiting).
  // Ayesha's JazzCash comes with the demo data.
  const jazz = await app.deps.db.selectFrom('payout_methods').select('id').where('user_id', '=', ayesha.userId).where('channel', '=', 'jazzcash').executeTakeFirstOrThrow();
  const bank = await addMethod(app.deps, ayesha, { channel: 'bank', account_title: 'Ayesha Siddiqui', iban: 'PK36SCBL0000001123456702' });
  const paid = await requestWithdrawal(app.deps, ayesha, { method_id: jazz.id, amount: { amount: '1200000', currency: 'PKR' } }, crypto.randomUUID());
  await requestWithdrawal(app.deps, ayesha, { method_id: jazz.id, amount: { amount: '350000', currency: 'PKR' } }, crypto.randomUUID());
  const batch = await createBatch(app.deps, admin, { channel: 'jazzcash' });
  batchId = batch.id;
  await markPaid(app.deps, admin, paid.withdrawal.id, { reference: 'JC-2026-004211-KHI' });
  await requestWithdrawal(app.deps, ayesha, { method_id: bank.id, amount: { amount: '500000', currency: 'PKR' } }, crypto.randomUUID());
  // A gig in Urdu with English in it: a feature starting with an English word, an English paragraph.
  const gig = await createGig(app.deps, ayesha, {
    title: 'شادی کارڈ اور دعوت نامے کا ڈیزائن',
    description: 'میں شادی کارڈ، مہندی اور ولیمے کے دعوت نامے ڈیزائن کرتی ہوں۔\nI also design cards in English for clients abroad.\nپرنٹ کے لیے تیار فائلیں ملیں گی۔',
    category_slug: 'design',
    skills: ['graphic-design'],
    packages: [{ name: 'بنیادی', price: { amount: '450000', currency: 'PKR' }, delivery_days: 4, revisions: 2, features: ['Word and PDF files', 'پرنٹ کے لیے تیار'] }],
    faqs: [],
    questions: [],
  });
  await publishGig(app.deps, ayesha, gig.id);
  mixedGig = gig.slug;
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({
    SEED_ON_START: 'true',
    FUNDS_HOLD_DAYS: '0',
    // The bank transfer details a client copies (long words on a phone).
    PLATFORM_BANK_TITLE: 'Hunar Payments (Pvt) Ltd',
    PLATFORM_BANK_NAME: 'Standard Chartered',
    PLATFORM_BANK_IBAN: 'PK36SCBL0000001123456702',
  }), launch()]);
  await activity();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** A phone signed in as a demo account, its pages in `locale` (the account's language is set first). */
async function signedIn(key: string | null, locale: 'en' | 'ur'): Promise<Page> {
  const ctx = await phone(browser, locale);
  const page = await ctx.newPage();
  if (key) {
    await setLanguage(app.deps, await actor(key), { locale });
    await logIn(page, app.url, demo(key), DEMO_PASSWORD);
  }
  return page;
}

async function visit(page: Page, path: string, label: string) {
  const res = await page.goto(`${app.url}${path}`);
  expect(res?.status(), `${label}: ${path}`).toBeLessThan(400);
  await expectNoSidewaysScroll(page, label);
  await expectDirections(page, label);
}

describe.each(['en', 'ur'] as const)('at 360 px (%s)', (locale) => {
  it('no page scrolls sideways, and amounts and masked numbers read left to right', async () => {
    const anon = await signedIn(null, locale);
    for (const [path, label] of [
      ['/', 'home'],
      ['/fees?amount=50000&currency=PKR', 'fees table'],
      ['/fees?amount=1250&currency=USD', 'fees table in dollars'],
      ['/search?q=design', 'search results'],
      ['/search?q=kangaroo-nothing', 'search without results'],
      ['/c/design', 'category page'],
      [`/g/${mixedGig}`, 'mixed-direction gig'],
      [`/g/${mixedGig}?currency=USD`, 'gig priced in dollars'],
    ] as const) await visit(anon, path, label);
    const { handle } = await app.deps.db.selectFrom('users').select('handle').where('email', '=', demo('ayesha')).executeTakeFirstOrThrow();
    await visit(anon, `/u/${handle}`, 'public profile with gigs');

    const client = await signedIn('hamza', locale);
    for (const [path, label] of [
      ['/wallet/top-ups', 'top-ups'],
      ['/wallet', 'client wallet statement'],
    ] as const) await visit(client, path, label);

    const abroad = await signedIn('emma', locale);
    await visit(abroad, '/wallet/top-ups', 'dollar top-ups');
    await visit(abroad, '/wallet', 'dollar wallet');

    const freelancer = await signedIn('ayesha', locale);
    await visit(freelancer, '/payouts', 'withdrawals');
    expect(await freelancer.locator('main').textContent()).toContain('•••• 4321');
    await visit(freelancer, '/wallet', 'freelancer wallet statement');

    const admin = await signedIn('admin', locale);
    await visit(admin, '/admin/payouts', 'admin payouts');
    await visit(admin, `/admin/payouts/batches/${batchId}`, 'admin batch');
  });

  it('tables become stacked rows with their column names; words are not split inside', async () => {
    const page = await signedIn(null, locale);
    await page.goto(`${app.url}/fees?amount=50000&currency=PKR`);
    const cells = await page.evaluate(() =>
      Array.from(document.querySelectorAll('table.stack td')).slice(0, 4).map((td) => ({
        display: getComputedStyle(td).display,
        label: getComputedStyle(td, '::before').content,
        width: td.getBoundingClientRect().width,
      })),
    );
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) {
      expect(c.display).toBe('block');
      expect(c.label).not.toBe('none');
      expect(c.width).toBeGreaterThan(250);
    }
    // Still a real table for screen readers: headers and cells.
    expect(await page.locator('table.stack thead th').count()).toBe(3);
    // No word is broken across lines: each row header ("Platform") is on whole words.
    const broken = await page.evaluate(() => {
      const out: string[] = [];
      for (const th of Array.from(document.querySelectorAll('table.stack th[scope=row]'))) {
        const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          for (const m of n.data.matchAll(/[\p{L}\p{N}]{2,}/gu)) {
            const range = document.createRange();
            range.setStart(n, m.index!);
            range.setEnd(n, m.index! + m[0].length);
            if (range.getClientRects().length > 1) out.push(m[0]);
          }
        }
      }
      return out;
    });
    expect(broken).toEqual([]);
  });
});

describe('mixed-direction text on an Urdu page', () => {
  it('keeps an English feature’s bullet in the card, ends an English line with its full stop, and shows "$" before the digits', async () => {
    const page = await signedIn(null, 'ur');
    await page.goto(`${app.url}/g/${mixedGig}?currency=USD`);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    const seen = await page.evaluate(() => {
      const charRect = (node: Text, at: number) => {
        const r = document.createRange();
        r.setStart(node, at);
        r.setEnd(node, at + 1);
        return r.getBoundingClientRect();
      };
      const textNode = (el: Element, needle: string) => {
        const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode() as Text | null; n; n = w.nextNode() as Text | null) if (n.data.includes(needle)) return n;
        return null;
      };
      // The English feature: an LTR item whose bullet (at its left) is still inside the package card.
      const feature = Array.from(document.querySelectorAll('.features li')).find((li) => li.textContent?.startsWith('Word'))!;
      const card = feature.closest('.card')!.getBoundingClientRect();
      const item = feature.getBoundingClientRect();
      // The English sentence in the Urdu description: its full stop is drawn right of its last word.
      const description = Array.from(document.querySelectorAll('.user-text')).find((p) => p.textContent?.includes('clients abroad'))!;
      const line = textNode(description, 'clients abroad.')!;
      const dot = line.data.indexOf('clients abroad.') + 'clients abroad'.length;
      // A dollar estimate: "$" drawn left of its digits.
      const main = document.querySelector('main')!;
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      let dollar: { sign: number; digit: number; text: string } | null = null;
      for (let n = walker.nextNode() as Text | null; n && !dollar; n = walker.nextNode() as Text | null) {
        const m = /\$\d/.exec(n.data);
        if (m) dollar = { sign: charRect(n, m.index).left, digit: charRect(n, m.index + 1).left, text: n.data.trim() };
      }
      return {
        featureDirection: getComputedStyle(feature).direction,
        bulletRoom: item.left - card.left,
        fontSize: parseFloat(getComputedStyle(feature).fontSize),
        dotLeft: charRect(line, dot).left,
        wordLeft: charRect(line, dot - 1).left,
        dollar,
      };
    });
    expect(seen.featureDirection).toBe('ltr');
    // The bullet sits in the item's start margin: about an em between the card's edge and the item.
    expect(seen.bulletRoom).toBeGreaterThan(seen.fontSize);
    expect(seen.dotLeft).toBeGreaterThan(seen.wordLeft);
    expect(seen.dollar, 'a dollar amount on the page').not.toBeNull();
    expect(seen.dollar!.sign, `"$" before the digits in "${seen.dollar!.text}"`).toBeLessThan(seen.dollar!.digit);
  });
});
