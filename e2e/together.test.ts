// Issue 18 in Chromium: two people working together, each on their own phone (390 × 844, JavaScript
// on so public/live.js runs), side by side on one app with the demo data. Twice: a client using Hunar
// in Urdu with a freelancer using it in English, then the other way round, so every page is seen in
// both languages.
// 1. The client asks a question from the gig's Contact link; the freelancer's header counts it live;
//    opening it shows "Seen" on the client's open page; a second message (in Urdu in the first round)
//    appears on the freelancer's open page within two seconds, without a reload; the reply likewise.
// 2. The client orders and pays; the freelancer delivers a PDF through the order page; the client's
//    open page offers a reload, the client downloads the file, asks for a revision with a reason, the
//    freelancer delivers again, the client accepts; the steps are in the order's conversation.
// 3. The client reviews (stars, communication, quality, on time, text); the freelancer is told but
//    cannot read it; the freelancer writes theirs; both are shown on both sides and on the profile.
// 4. A second order is disputed by the client with evidence, the freelancer adds a statement, the
//    admin splits it with a reason; both wallets show the amounts of decision 0051 and both people
//    are told (the bell, live; the notification with the reason).
// Every page passed is checked (check()): its status, no sideways scroll, directions, no English on
// an Urdu page; the new pages also with axe. Screenshots go to /tmp/shots18/ (not committed).
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFromUser, createAccount, setLanguage } from '../src/accounts/service.ts';
import type { Running } from '../src/boot.ts';
import { createGig, publishGig } from '../src/gigs/service.ts';
import { checkWholeLedger } from '../src/ledger/service.ts';
import { notificationText } from '../src/notifications/domain.ts';
import { translator } from '../src/platform/i18n.ts';
import { money } from '../src/platform/money.ts';
import { DEMO_PASSWORD } from '../src/seed/seed.ts';
import { credit } from '../test/support.ts';
import { logIn, pathOf, uniqueEmail } from './flows.ts';
import { englishOnUrduPage, expectAccessible, expectDirections, expectNoSidewaysScroll, launch, phone, startApp } from './support.ts';

type Locale = 'en' | 'ur';
const SHOTS = '/tmp/shots18';
const PASSWORD = 'mil kar kaam 2026';
// A client fee as well as the freelancer's 5%, so that a split divides both (decision 0051).
const CLIENT_FEE_BP = '250';

let app: Running;
let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [app, browser] = await Promise.all([startApp({ SEED_ON_START: 'true', FEE_CLIENT_BP: CLIENT_FEE_BP, RATE_LIMIT_LOGIN: '1000' }), launch()]);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const strip = (s: string) => s.replace(/[\u2066-\u2069\u200e\u200f]/g, '').replace(/\s+/g, ' ');
// biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point (folded and hidden parts left out).
const seen = async (page: Page, selector = 'body') => strip(await page.innerText(selector));

/**
 * Order references ("HNR-1029") read left to right wherever they stand, as amounts do
 * (expectDirections): the H drawn left of the last digit, on one line.
 */
async function expectReferencesLeftToRight(page: Page, label: string): Promise<void> {
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (n.parentElement?.closest('script, style, option, textarea, [hidden]')) continue;
      // The reference may span isolate marks ("HNR-\u20681029\u2069"): the marks are not drawn.
      for (const m of n.data.matchAll(/HNR-[\u2066-\u2069]?\d+/g)) {
        const at = (i: number) => {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          return r.getBoundingClientRect();
        };
        const first = at(m.index);
        const last = at(m.index + m[0].length - 1);
        if (first.width === 0 || last.width === 0 || Math.abs(first.top - last.top) > first.height / 2) continue;
        if (first.left >= last.left) out.push(`"${m[0]}" reads right to left (in "${n.data.trim().slice(0, 60)}")`);
      }
    }
    return out;
  });
  expect(problems, `${label} (${page.url()})`).toEqual([]);
}

/** The checks every page passed must pass. */
async function check(page: Page, label: string, res?: Response | null, status = 200): Promise<void> {
  if (res) expect(res.status(), `${label}: ${page.url()}`).toBe(status);
  await expectNoSidewaysScroll(page, label);
  await expectDirections(page, label);
  await expectReferencesLeftToRight(page, label);
  if ((await page.getAttribute('html', 'lang')) === 'ur') expect(await englishOnUrduPage(page), `${label} (${page.url()}): English on an Urdu page`).toEqual([]);
}

/**
 * Waits until the page's live stream is open (public/live.js's EventSource; the test's init script
 * below notes its "open"): an event published before that is not replayed to this page (0048).
 */
const streaming = (page: Page) => page.waitForFunction(() => (window as unknown as { __liveOpen?: boolean }).__liveOpen === true, undefined, { timeout: 5_000, polling: 50 });

async function visit(page: Page, path: string, label: string): Promise<void> {
  const res = await page.goto(`${app.url}${path}`);
  await check(page, label, res);
  await streaming(page);
}

/** Clicks a link or a form's button that loads a new page (a form post lands after its redirect). */
async function go(page: Page, selector: string, label: string, status = 200): Promise<void> {
  const [res] = await Promise.all([page.waitForNavigation(), page.click(selector)]);
  await check(page, label, res, status);
  if (status === 200) await streaming(page);
}
const submit = (page: Page, form: string, label: string, status = 200) => go(page, `${form} button[type=submit]`, label, status);

/** A mark on the open page's window: still there later means the page was not reloaded. */
const mark = (page: Page) => page.evaluate(() => ((window as unknown as { __stayed: string }).__stayed = 'here'));
const stayed = async (page: Page) => expect(await page.evaluate(() => (window as unknown as { __stayed?: string }).__stayed), `${page.url()} was reloaded`).toBe('here');

/** Whose phone a page is on, for the screenshots' names. */
const roles = new WeakMap<Page, string>();

async function shot(page: Page, name: string): Promise<void> {
  const lang = (await page.getAttribute('html', 'lang')) ?? 'x';
  await page.screenshot({ path: `${SHOTS}/${lang}-${name}-${roles.get(page) ?? 'page'}.png`, fullPage: true });
}

/** The new pages: axe, and a screenshot for the coordinator. */
async function newPage(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await shot(page, name);
}

/** A phone with JavaScript on, in the person's language, the live stream's opening noted. */
async function newPhone(locale: Locale, role: string): Promise<Page> {
  const context = await phone(browser, locale, { javaScript: true, width: 390, height: 844 });
  await context.addInitScript(() => {
    const Native = window.EventSource;
    if (!Native) return;
    window.EventSource = class extends Native {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        this.addEventListener('open', () => {
          (window as unknown as { __liveOpen: boolean }).__liveOpen = true;
        });
      }
    };
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  roles.set(page, role);
  return page;
}

async function person(name: string, locale: Locale, role: 'freelancer' | 'client') {
  const email = uniqueEmail(`together-${role}`);
  const user = await createAccount(app.deps.db, app.deps, { email, password: PASSWORD, displayName: name, isFreelancer: role === 'freelancer', isClient: role === 'client', locale, verified: true, onboarded: true });
  const page = await newPhone(locale, role);
  await logIn(page, app.url, email, PASSWORD);
  await page.waitForURL((u) => u.pathname !== '/login');
  return { user, page };
}

/** A tiny PDF (the media module sniffs the type from the bytes). */
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);

/** Waits (bounded) until the page shows the text in the conversation's list. */
const inThread = (page: Page, text: string, timeout: number) =>
  page.waitForFunction((want) => [...document.querySelectorAll('[data-live-conversation] .message-text')].some((e) => e.textContent?.trim() === want), text, { timeout, polling: 50 });

// Rs 8,000 a package. Fees: the freelancer's 5% (Rs 400) and the client's 2.5% (Rs 200): the
// client pays Rs 8,200 an order. A split giving the freelancer Rs 4,500 of the price keeps each fee in
// proportion 4,500/8,000 (decision 0051): freelancer fee Rs 225, client fee Rs 112.50. So the
// freelancer receives 4,500 − 225 = Rs 4,275; Hunar keeps 225 + 112.50 = Rs 337.50; the client gets
// back 8,200 − 4,500 − 112.50 = Rs 3,587.50 (4,275 + 337.50 + 3,587.50 = 8,200).
const PRICE_PAISA = 800_000n;
const EXPECTED = {
  clientPays: 'Rs 8,200.00',
  freelancerReceives: 'Rs 4,275.00',
  hunarKeeps: 'Rs 337.50',
  clientRefund: 'Rs 3,587.50',
  // The client put in exactly two orders' worth (Rs 16,400): what is left is the refund.
  clientBalance: 'Rs 3,587.50',
  // The first order accepted (8,000 − 400 = 7,600) and the split's 4,275, both on hold.
  freelancerOnHold: 'Rs 11,875.00',
};

const ROUNDS = [
  {
    client: 'ur',
    freelancer: 'en',
    names: { client: 'عمران بٹ', freelancer: 'Zara Ahmed' },
    gig: 'I will design a logo and a shop sign for your business',
    first: 'السلام علیکم! مجھے اپنی کپڑوں کی دکان کے لیے لوگو چاہیے۔ کیا نام اردو اور انگریزی دونوں میں ہو سکتا ہے؟',
    second: 'رنگ سبز اور سنہری ہوں تو بہتر ہے۔ کتنے دن لگیں گے؟',
    reply: 'Wa alaikum assalam! Yes, both scripts. Green and gold work well; three days.',
    delivery: 'Here is the first draft of the logo, in both scripts.',
    revision: 'اردو والا نام تھوڑا بڑا کر دیں اور سنہری رنگ ہلکا رکھیں۔',
    redelivery: 'The Urdu name is larger now and the gold is lighter.',
    review: 'بہت اچھا کام، وقت پر اور ہر بات کا فوراً جواب دیا۔ شکریہ!',
    reviewBack: 'A clear brief and quick answers. A pleasure to work with.',
    replyToReview: 'Thank you, Imran sahib! Good luck with the shop.',
    complaint: 'سائن بورڈ کے رنگ وہ نہیں جو ہم نے طے کیے تھے۔',
    dispute: 'دوسرے آرڈر میں بنایا گیا سائن بورڈ ہماری بات کے مطابق نہیں ہے، رنگ بالکل مختلف ہیں۔',
    statement: 'The colours follow the palette the client approved in our messages; I offered another revision.',
    decision: 'The sign follows the brief in part: the freelancer gets Rs 4,500 and the rest goes back to the client.',
    splitTyped: '4,500',
  },
  {
    client: 'en',
    freelancer: 'ur',
    names: { client: 'Oliver Hughes', freelancer: 'ثنا جاوید' },
    gig: 'دکان کے لیے لوگو اور سائن بورڈ کا ڈیزائن',
    first: 'Hello! I need a logo for my tea stall in Lahore. Can the name be in Urdu too?',
    second: 'Green and gold, please. How many days would it take?',
    reply: 'جی ضرور، نام اردو اور انگریزی دونوں میں ہوگا۔ تین دن لگیں گے۔',
    delivery: 'لوگو کا پہلا خاکہ حاضر ہے، دونوں زبانوں میں۔',
    revision: 'Please make the Urdu name larger and the gold a little lighter.',
    redelivery: 'اردو نام بڑا کر دیا ہے اور سنہری رنگ ہلکا کر دیا ہے۔',
    review: 'Lovely work, on time, and every question answered the same day.',
    reviewBack: 'واضح ہدایات اور فوری جواب۔ ان کے ساتھ کام کر کے خوشی ہوئی۔',
    replyToReview: 'بہت شکریہ! آپ کے ٹی اسٹال کے لیے نیک خواہشات۔',
    complaint: 'The colours on the sign are not the ones we agreed.',
    dispute: 'The shop sign in the second order does not match what we agreed: the colours are different.',
    statement: 'رنگ وہی ہیں جو کلائنٹ نے پیغامات میں منظور کیے تھے؛ میں نے ایک اور نظرِ ثانی کی پیشکش کی تھی۔',
    decision: 'سائن بورڈ جزوی طور پر ہدایات کے مطابق ہے: فری لانسر کو 4,500 روپے، باقی رقم کلائنٹ کو واپس۔',
    // As an Urdu-speaking admin types it, in Urdu digits.
    splitTyped: '۴,۵۰۰',
  },
] as const;

describe.each(ROUNDS)('working together at 390 px: a client in $client, a freelancer in $freelancer', (round) => {
  const tc = (key: string, params?: Record<string, string | number>) => strip(translator(round.client)(key, params));
  const tf = (key: string, params?: Record<string, string | number>) => strip(translator(round.freelancer)(key, params));
  let c: Page;
  let f: Page;
  let clientId = '';
  let freelancerId = '';
  let gigPath = '';
  let conversationPath = '';
  let orderPath = '';

  beforeAll(async () => {
    const [buyer, seller] = await Promise.all([person(round.names.client, round.client, 'client'), person(round.names.freelancer, round.freelancer, 'freelancer')]);
    c = buyer.page;
    f = seller.page;
    clientId = buyer.user.id;
    freelancerId = seller.user.id;
    // The freelancer's gig, made by the services (issue 16's journeys publish one through the pages).
    const actor = actorFromUser(seller.user, null);
    const gig = await createGig(app.deps, actor, {
      title: round.gig,
      description: round.freelancer === 'ur' ? 'دکان، ٹی اسٹال یا کاروبار کے لیے صاف ستھرا لوگو اور سائن بورڈ، اردو اور انگریزی میں۔' : 'A clean logo and a shop sign for your business, in Urdu and English.',
      category_slug: 'design',
      skills: ['logo-design'],
      packages: [{ name: round.freelancer === 'ur' ? 'بنیادی' : 'Basic', price: { amount: String(PRICE_PAISA), currency: 'PKR' }, delivery_days: 3, revisions: 1 }],
      faqs: [],
      questions: [],
    });
    await publishGig(app.deps, actor, gig.id);
    gigPath = `/g/${gig.slug}`;
    // Two orders' worth of rupees in the client's Hunar balance.
    await credit(app.deps, { kind: 'client_wallet', ownerId: clientId, currency: 'PKR' }, money(2n * (PRICE_PAISA + PRICE_PAISA / 40n), 'PKR'));
  }, 60_000);
  afterAll(async () => {
    await c?.context().close();
    await f?.context().close();
  });

  it('1. a question from the gig page reaches the freelancer live, "Seen" follows, and the answer comes back without a reload', async () => {
    // The freelancer is on the dashboard: nothing unread.
    await visit(f, '/dashboard', 'freelancer dashboard');
    const messagesBadge = f.locator('header [data-badge="messages"]');
    expect(await messagesBadge.isHidden()).toBe(true);

    // The client asks from the gig's Contact link.
    await visit(c, gigPath, 'gig page');
    await go(c, 'main a[href^="/messages/new"]', 'contact form');
    await c.fill('main textarea[name=text]', round.first);
    await submit(c, 'main form[action="/messages/new"]', 'conversation after the first message');
    conversationPath = pathOf(c);
    expect(conversationPath).toMatch(/^\/messages\/[\w-]+$/);
    expect(await seen(c)).toContain(tc('messages.flash.sent'));
    expect(await c.locator('[data-live-conversation] .message.mine .message-text').allTextContents()).toEqual([round.first]);
    await mark(c);

    // The freelancer's header counts the conversation, without a reload.
    await f.waitForFunction(() => document.querySelector('header [data-badge="messages"]')?.textContent === '1', undefined, { timeout: 2_000, polling: 50 });
    expect(await messagesBadge.isVisible()).toBe(true);

    // The freelancer opens it from the header: the inbox shows it unread, the thread shows the question.
    await go(f, 'header a[href="/messages"]', 'inbox');
    expect(await f.locator(`main li.unread a[href="${conversationPath}"]`).count()).toBe(1);
    await go(f, `main a[href="${conversationPath}"]`, 'conversation for the freelancer');
    expect(await seen(f, 'main')).toContain(round.first);
    await mark(f);

    // Reading it shows "Seen" under the question on the client's open page.
    const firstMine = c.locator('[data-live-conversation] .message.mine').last();
    await c.waitForSelector('[data-live-conversation] .message.mine[data-seen]', { timeout: 2_000 });
    expect(await firstMine.evaluate((el) => getComputedStyle(el, '::after').content)).toBe(`"${translator(round.client)('messages.thread.seen')}"`);
    await stayed(c);

    // The client writes again; it appears on the freelancer's open page within two seconds of being sent.
    await c.fill('form.send-message textarea[name=text]', round.second);
    const sent = c.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === conversationPath);
    const [res] = await Promise.all([c.waitForNavigation(), c.click('form.send-message button[type=submit]')]);
    expect((await sent).status()).toBe(303);
    const at = Date.now();
    await inThread(f, round.second, 2_000);
    expect(Date.now() - at).toBeLessThan(2_000);
    await stayed(f);
    await check(c, 'conversation after the second message', res);
    await streaming(c);
    await mark(c);

    // The freelancer answers; the answer appears on the client's open page without a reload.
    await f.fill('form.send-message textarea[name=text]', round.reply);
    const replied = f.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === conversationPath);
    const navigated = Promise.all([f.waitForNavigation(), f.click('form.send-message button[type=submit]')]);
    expect((await replied).status()).toBe(303);
    const answeredAt = Date.now();
    await inThread(c, round.reply, 2_000);
    expect(Date.now() - answeredAt).toBeLessThan(2_000);
    await stayed(c);
    await check(f, 'conversation after the reply', (await navigated)[0]);
    expect(await seen(c, '[data-live-conversation]')).toContain(round.reply);

    // The client's page read the answer: opened again, the freelancer's page says "Seen" under it.
    await visit(f, conversationPath, 'conversation for the freelancer, read');
    // biome-ignore lint/performance/useDomNodeTextContent: what is drawn ("Seen" is shown or hidden by the stylesheet).
    const lastMine = strip(await f.locator('[data-live-conversation] .message.mine').last().innerText());
    expect(lastMine).toContain(round.reply);
    expect(lastMine).toContain(tf('messages.thread.seen'));

    // Both the texts, in the order written, on both sides; each page checked with axe.
    for (const p of [c, f]) {
      expect(await p.locator('[data-live-conversation] .message-text').allTextContents()).toEqual([round.first, round.second, round.reply]);
      await expectNoSidewaysScroll(p, 'conversation');
      await newPage(p, 'conversation');
    }
  });

  it('2. a delivery with a PDF, a revision asked with a reason, a second delivery and acceptance', async () => {
    // The client orders the gig and pays from the Hunar balance.
    await visit(c, gigPath, 'gig page before ordering');
    await go(c, 'main a[href^="/orders/new"]', 'order form');
    await submit(c, 'form[action="/orders"]', 'new order');
    orderPath = pathOf(c);
    expect(orderPath).toMatch(/^\/orders\/[0-9a-f-]{36}$/);
    expect(strip((await c.textContent('form[action$="/pay"] button')) ?? '')).toContain(EXPECTED.clientPays);
    await submit(c, 'form[action$="/pay"]:not(:has(input[name=convert_from]))', 'order paid');
    expect(await seen(c)).toContain(tc('orders.flash.paid'));
    await mark(c);

    // The freelancer delivers a message and a PDF from the order page.
    await visit(f, orderPath, 'order for the freelancer');
    const v1 = pdf('logo, first draft');
    await f.fill('form[action$="/deliver"] textarea[name=message]', round.delivery);
    await f.setInputFiles('form[action$="/deliver"] input[type=file]', { name: 'logo-draft-1.pdf', mimeType: 'application/pdf', buffer: v1 });
    await submit(f, 'form[action$="/deliver"]', 'delivered with a file');
    let page = await seen(f);
    expect(page).toContain(tf('orders.flash.delivered'));
    expect(await seen(f, 'section:has(#deliveries-heading)')).toContain('logo-draft-1.pdf');

    // The client's open order page says it changed; its link reloads it with the delivery.
    const banner = c.locator(`article[data-live-order] .live-banner a`);
    await banner.waitFor({ timeout: 2_000 });
    expect(strip((await banner.textContent()) ?? '')).toBe(tc('live.order_changed'));
    await stayed(c);
    await go(c, 'article[data-live-order] .live-banner a', 'delivery for the client');
    expect(await seen(c)).toContain(tc('orders.state.delivered'));
    const deliveries = await seen(c, 'section:has(#deliveries-heading)');
    expect(deliveries).toContain(round.delivery);
    expect(deliveries).toContain('logo-draft-1.pdf');
    await shot(c, 'order-delivered');

    // The client downloads the file: the very bytes sent.
    const [download] = await Promise.all([c.waitForEvent('download', { timeout: 10_000 }), c.click('section:has(#deliveries-heading) a[download]')]);
    expect(download.suggestedFilename()).toBe('logo-draft-1.pdf');
    expect(readFileSync((await download.path())!).equals(v1)).toBe(true);

    // A revision, with the reason.
    await c.fill('form[action$="/revision"] textarea[name=message]', round.revision);
    await submit(c, 'form[action$="/revision"]', 'revision asked');
    page = await seen(c);
    expect(page).toContain(tc('orders.flash.revision_requested'));
    expect(page).toContain(tc('orders.state.revision_requested'));

    // The freelancer reads the reason and delivers again, with a new file.
    await visit(f, orderPath, 'revision for the freelancer');
    expect(await seen(f)).toContain(round.revision);
    await f.fill('form[action$="/deliver"] textarea[name=message]', round.redelivery);
    await f.setInputFiles('form[action$="/deliver"] input[type=file]', { name: 'logo-draft-2.pdf', mimeType: 'application/pdf', buffer: pdf('logo, second draft') });
    await submit(f, 'form[action$="/deliver"]', 'delivered again');
    expect(await seen(f)).toContain(tf('orders.flash.delivered'));
    await shot(f, 'order-delivered-again');

    // The client accepts.
    await visit(c, orderPath, 'second delivery for the client');
    const both = await seen(c, 'section:has(#deliveries-heading)');
    expect(both).toContain('logo-draft-1.pdf');
    expect(both).toContain('logo-draft-2.pdf');
    await submit(c, 'form[action$="/accept"]', 'accepted');
    page = await seen(c);
    expect(page).toContain(tc('orders.flash.accepted'));
    expect(page).toContain(tc('orders.state.completed'));

    // Every step is in the order's conversation, from the order's Messages link.
    await go(c, 'main a[href$="/conversation"]', 'the order’s conversation');
    const thread = await seen(c, '[data-live-conversation]');
    for (const k of ['orders.event.paid', 'orders.event.delivered', 'orders.event.revision_requested', 'orders.event.accepted']) expect(thread).toContain(tc(k));
    expect(thread).toContain(round.revision);
    await newPage(c, 'order-conversation');
  });

  it('3. both reviews are shown together, once both are written', async () => {
    // The client reviews from the order page.
    await visit(c, orderPath, 'completed order for the client');
    await go(c, `main a[href="${orderPath}/review"]`, 'review form');
    await newPage(c, 'review-form');
    await c.check('input[name=rating][value="5"]');
    await c.check('input[name=communication][value="5"]');
    await c.check('input[name=quality][value="4"]');
    await c.check('input[name=on_time][value="5"]');
    await c.fill('textarea[name=text]', round.review);
    await submit(c, `form[action="${orderPath}/review"]`, 'review sent');
    let page = await seen(c);
    expect(page).toContain(tc('reviews.flash.written'));
    expect(await seen(c, 'section:has(#mine-heading)')).toContain(round.review);
    expect(await c.locator('#theirs-heading').count()).toBe(0);

    // The freelancer is told a review is in, but cannot read it (nor can anyone on the profile).
    await visit(f, orderPath, 'completed order for the freelancer');
    for (const part of translator(round.freelancer)('reviews.stage.write_other_wrote', { name: '\u0000', date: '\u0000' }).split('\u0000')) expect(await seen(f, '.order-reviews')).toContain(strip(part).trim());
    await go(f, `main a[href="${orderPath}/review"]`, 'review form for the freelancer');
    expect(await seen(f)).not.toContain(round.review);
    expect(await f.locator('#theirs-heading').count()).toBe(0);
    const handle = (await app.deps.db.selectFrom('users').select('handle').where('id', '=', freelancerId).executeTakeFirstOrThrow()).handle;
    await visit(c, `/u/${handle}`, 'freelancer profile before both reviewed');
    expect(await seen(c)).not.toContain(round.review);
    await newPage(f, 'review-form');

    // The freelancer writes theirs: both are shown, to both.
    await f.check('input[name=rating][value="5"]');
    await f.fill('textarea[name=text]', round.reviewBack);
    await submit(f, `form[action="${orderPath}/review"]`, 'both reviews shown, for the freelancer');
    page = await seen(f);
    expect(page).toContain(tf('reviews.flash.written'));
    expect(page).toContain(tf('reviews.stage.shown'));
    expect(await seen(f, 'section:has(#theirs-heading)')).toContain(round.review);
    expect(await seen(f, 'section:has(#mine-heading)')).toContain(round.reviewBack);
    // And answers the client's review once, publicly.
    await f.fill(`form[action^="/reviews/"] textarea[name=text]`, round.replyToReview);
    await submit(f, 'form[action^="/reviews/"]', 'reply to the review');
    expect(await seen(f)).toContain(tf('reviews.flash.replied'));
    await shot(f, 'reviews-shown');

    await visit(c, `${orderPath}/review`, 'both reviews shown, for the client');
    page = await seen(c);
    expect(page).toContain(tc('reviews.stage.shown'));
    expect(await seen(c, 'section:has(#theirs-heading)')).toContain(round.reviewBack);
    expect(await seen(c, 'section:has(#mine-heading)')).toContain(round.review);
    expect(page).toContain(round.replyToReview);
    await newPage(c, 'reviews-shown');

    // On the freelancer's profile: the review, its reply and the rating.
    await visit(c, `/u/${handle}`, 'freelancer profile with the review');
    page = await seen(c);
    expect(page).toContain(round.review);
    expect(page).toContain(round.replyToReview);
    expect(page).toContain(tc('reviews.average', { average: '5.0', n: 1 }));
  });

  it('4. a dispute with evidence and statements, split by the admin: both wallets and both people told', async () => {
    // A second order, paid.
    await visit(c, gigPath, 'gig page, second order');
    await go(c, 'main a[href^="/orders/new"]', 'order form, second order');
    await submit(c, 'form[action="/orders"]', 'second order');
    const disputedPath = pathOf(c);
    const orderId = disputedPath.split('/').pop()!;
    await submit(c, 'form[action$="/pay"]:not(:has(input[name=convert_from]))', 'second order paid');
    // A word in the order's own conversation first (the admin reads it with the dispute).
    await go(c, 'main a[href$="/conversation"]', 'second order’s conversation');
    await c.fill('form.send-message textarea[name=text]', round.complaint);
    await submit(c, 'form.send-message', 'complaint sent');
    await visit(c, disputedPath, 'second order, to dispute');

    // The client opens a dispute: a reason, what went wrong, a file.
    await c.click('details:has(form[action$="/dispute"]) > summary');
    await c.selectOption('form[action$="/dispute"] select[name=reason]', 'not_as_described');
    await c.fill('form[action$="/dispute"] textarea[name=message]', round.dispute);
    await c.setInputFiles('form[action$="/dispute"] input[type=file]', { name: 'agreed-colours.pdf', mimeType: 'application/pdf', buffer: pdf('the colours we agreed') });
    await submit(c, 'form[action$="/dispute"]', 'dispute opened');
    expect(await seen(c)).toContain(tc('orders.flash.disputed'));
    const statements = await seen(c, '#dispute');
    expect(statements).toContain(round.dispute);
    expect(statements).toContain('agreed-colours.pdf');

    // The freelancer adds a statement.
    await visit(f, disputedPath, 'disputed order for the freelancer');
    expect(await seen(f, '#dispute')).toContain(round.dispute);
    await f.fill('form[action^="/disputes/"] textarea[name=message]', round.statement);
    await submit(f, 'form[action^="/disputes/"]', 'statement added');
    expect(await seen(f)).toContain(tf('disputes.flash.statement_added'));
    expect(await seen(f, '#dispute')).toContain(round.statement);
    await shot(f, 'order-disputed');

    // Both keep the order open, as they wait for the decision; their bells show what they have now.
    await visit(c, disputedPath, 'disputed order for the client');
    const bell = (p: Page) => p.evaluate(() => {
      const b = document.querySelector('header [data-badge="notifications"]') as HTMLElement | null;
      return b && !b.hidden ? Number.parseInt(b.textContent ?? '0', 10) : 0;
    });
    const before = { c: await bell(c), f: await bell(f) };
    await Promise.all([mark(c), mark(f)]);

    // The demo admin, in the client's language this round, decides a split with a reason.
    const adminPage = await (await phone(browser, round.client, { width: 390, height: 844 })).newPage();
    adminPage.setDefaultTimeout(10_000);
    roles.set(adminPage, 'admin');
    try {
      const admin = await app.deps.db.selectFrom('users').selectAll().where('email', '=', 'admin@demo.hunar.pk').executeTakeFirstOrThrow();
      await setLanguage(app.deps, actorFromUser(admin, null), { locale: round.client });
      await logIn(adminPage, app.url, 'admin@demo.hunar.pk', DEMO_PASSWORD);
      await adminPage.waitForURL((u) => u.pathname !== '/login');
      const res = await adminPage.goto(`${app.url}/admin/disputes`);
      await check(adminPage, 'admin disputes', res);
      await newPage(adminPage, 'admin-disputes');
      const dispute = await app.deps.db.selectFrom('disputes').select('id').where('order_id', '=', orderId).executeTakeFirstOrThrow();
      const [record] = await Promise.all([adminPage.waitForNavigation(), adminPage.click(`main a[href="/admin/disputes/${dispute.id}"]`)]);
      await check(adminPage, 'admin dispute record', record);
      const whole = await seen(adminPage);
      for (const text of [round.dispute, round.statement, 'agreed-colours.pdf', round.complaint, EXPECTED.clientPays]) expect(whole).toContain(text);
      await newPage(adminPage, 'admin-dispute');

      await adminPage.check('input[name=outcome][value=split]');
      await adminPage.fill('#freelancer_amount', round.splitTyped);
      await adminPage.fill('textarea[name=reason]', round.decision);
      const [decided] = await Promise.all([adminPage.waitForNavigation(), adminPage.click(`form[action="/admin/disputes/${dispute.id}/decision"] button[type=submit]`)]);
      await check(adminPage, 'dispute decided', decided);
      expect(await seen(adminPage)).toContain(tc('disputes.flash.decided'));
      const decision = await seen(adminPage, '#dispute .card');
      for (const text of [tc('disputes.outcome.split'), EXPECTED.freelancerReceives, EXPECTED.clientRefund, EXPECTED.hunarKeeps, round.decision]) expect(decision).toContain(text);
      // The record still says what was disputed: the whole price and what the client paid in.
      expect(await seen(adminPage, 'section:has(#money-heading) dl')).toBe(`${tc('disputes.admin.price')} Rs 8,000.00 ${tc('disputes.admin.client_paid')} ${EXPECTED.clientPays} ${tc('disputes.admin.in_escrow')} Rs 0.00`);
      await shot(adminPage, 'admin-dispute-decided');
    } finally {
      await adminPage.context().close();
    }

    // Both open pages learn of it without a reload: one more on the bell, and the order changed.
    for (const [p, n] of [[c, before.c], [f, before.f]] as const) {
      await p.waitForFunction((want) => document.querySelector('header [data-badge="notifications"]')?.textContent === String(want), n + 1, { timeout: 2_000, polling: 50 });
      await p.locator('article[data-live-order] .live-banner a').waitFor({ timeout: 2_000 });
      await stayed(p);
    }

    // Each side's notification names the order; opened, it leads to the decision with the reason.
    const number = (await app.deps.db.selectFrom('orders').select('number').where('id', '=', orderId).executeTakeFirstOrThrow()).number;
    for (const [p, locale, t] of [[c, round.client, tc], [f, round.freelancer, tf]] as const) {
      await go(p, 'header a[href="/notifications"]', 'notifications');
      const item = p.locator('main li.notification.unread[data-kind="dispute_decided"]');
      expect(await item.count()).toBe(1);
      const text = strip((await item.textContent()) ?? '');
      expect(text).toContain(strip(notificationText(locale, 'dispute_decided', { order: String(number), title: round.gig, outcome: 'split', reason: round.decision })));
      expect(text).toContain(round.decision);
      expect(await seen(p, 'main')).not.toContain('HNR-HNR-');
      await newPage(p, 'notifications');
      await go(p, 'main li[data-kind="dispute_decided"] a', 'the decided order, from its notification');
      expect(pathOf(p)).toBe(disputedPath);
      const card = await seen(p, '#dispute .card');
      for (const x of [t('disputes.outcome.split'), EXPECTED.freelancerReceives, EXPECTED.clientRefund, round.decision]) expect(card).toContain(x);
      expect(await seen(p)).toContain(t('orders.state.completed'));
      await shot(p, 'order-decided');
    }

    // The wallets: the client has the refund back, the freelancer both orders' earnings on hold.
    await visit(c, '/wallet', 'client wallet');
    expect(await seen(c, 'section:has(#balances-heading) dl')).toContain(`${tc('wallet.account.client_wallet')} ${EXPECTED.clientBalance}`);
    expect(await seen(c, 'section:has(#statement-heading)')).toContain(tc('wallet.movement.dispute_settlement'));
    await newPage(c, 'wallet');
    await visit(f, '/wallet', 'freelancer wallet');
    expect(await seen(f, 'section:has(#balances-heading) dl')).toContain(`${tf('wallet.account.freelancer_pending')} ${EXPECTED.freelancerOnHold}`);
    expect(await seen(f, 'section:has(#statement-heading)')).toContain(tf('wallet.movement.dispute_settlement'));
    await newPage(f, 'wallet');
  });
});

describe('after both rounds', () => {
  it('every ledger invariant holds', async () => {
    const { results } = await checkWholeLedger(app.deps.db);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  });
});
