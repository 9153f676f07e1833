// public/live.js in Chromium, against a real app process: a signed-in page holds the event stream
// and changes where it shows what changed (docs/decisions/0048-live-events.md). The messages,
// notifications and order pages build the elements; here a page gets them by hand (the DOM
// contract written at the top of live.js), and the conversation's "after" fragment is answered by
// the test, so the script is checked on its own.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../src/accounts/service.ts';
import type { Running } from '../src/boot.ts';
import type { LiveHub } from '../src/live/hub.ts';
import { type LiveEventName, publish } from '../src/live/publish.ts';
import { logIn } from './flows.ts';
import { launch, startApp } from './support.ts';

let app: Running;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let userId = '';

beforeAll(async () => {
  app = await startApp();
  browser = await launch();
  const user = await createAccount(app.deps.db, app.deps, { email: 'usman.live@example.pk', password: 'correct horse battery', displayName: 'Usman', isFreelancer: true, isClient: true, locale: 'ur', verified: true, onboarded: true });
  userId = user.id;
  context = await browser.newContext({ javaScriptEnabled: true, locale: 'ur-PK' });
  page = await context.newPage();
  await logIn(page, app.url, 'usman.live@example.pk', 'correct horse battery');
  await page.waitForURL((u) => u.pathname !== '/login');
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.stop();
});

const send = (event: LiveEventName, data: Record<string, unknown>) => app.deps.db.transaction().execute((tx) => publish(app.deps, tx, [userId], event, data));

/** Waits until the page's stream is the one open stream (a page left behind closes its own). */
async function streaming(): Promise<void> {
  const hub = app.deps.live as LiveHub;
  let steady = 0;
  for (const deadline = Date.now() + 5_000; steady < 3; ) {
    if (Date.now() > deadline) throw new Error(`the page holds ${hub.stats().streams} event streams, not one`);
    steady = hub.stats().streams === 1 ? steady + 1 : 0;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('live.js on a signed-in page', () => {
  it('appends new messages, counts other conversations, marks what was seen, sets the bell and flags a changed order', async () => {
    const fragments: string[] = [];
    await page.route('**/messages/c1/after/*', async (route) => {
      fragments.push(new URL(route.request().url()).pathname);
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<li data-message-id="m2" dir="auto">جی، کل شام تک بھیج دوں گا</li>' });
    });
    await page.goto(`${app.url}/dashboard`);
    // The header's figures (Messages and the bell) start hidden at zero for this new person.
    expect(await page.locator('header [data-badge="messages"]').isHidden()).toBe(true);
    expect(await page.locator('header [data-badge="notifications"]').isHidden()).toBe(true);
    await page.evaluate(() => {
      document.querySelector('main')!.insertAdjacentHTML(
        'beforeend',
        `<ol data-live-conversation="c1"><li data-message-id="m1" dir="auto">لوگو کب تک؟</li></ol>
         <section data-live-order="o1" data-live-order-message="اس آرڈر میں تبدیلی ہوئی ہے — صفحہ دوبارہ لوڈ کریں"><h2>HNR-1001</h2></section>`,
      );
    });
    await streaming();

    // A message in the open conversation: fetched after the last one shown, appended once.
    await send('message', { conversation_id: 'c1', message_id: 'm2', sender: 'ayesha', text: '…', created_at: new Date().toISOString() });
    await page.waitForSelector('[data-live-conversation="c1"] [data-message-id="m2"]', { timeout: 2_000 });
    expect(fragments).toEqual(['/messages/c1/after/m1']);
    expect(await page.locator('[data-live-conversation="c1"] li').allTextContents()).toEqual(['لوگو کب تک؟', 'جی، کل شام تک بھیج دوں گا']);

    // Messages in a conversation not on the page: the header figure, once per conversation.
    await send('message', { conversation_id: 'c2', message_id: 'x1', sender: 'bilal', text: '…', created_at: new Date().toISOString() });
    await send('message', { conversation_id: 'c2', message_id: 'x2', sender: 'bilal', text: '…', created_at: new Date().toISOString() });
    await send('message', { conversation_id: 'c3', message_id: 'y1', sender: 'emma', text: '…', created_at: new Date().toISOString() });
    await page.waitForFunction(() => document.querySelector('[data-badge="messages"]')?.textContent === '2', undefined, { timeout: 2_000 });
    expect(await page.locator('[data-badge="messages"]').isVisible()).toBe(true);

    // Read up to m1: that item is seen, the newer one not yet.
    await send('read', { conversation_id: 'c1', up_to: 'm1' });
    await page.waitForSelector('[data-message-id="m1"][data-seen]', { timeout: 2_000 });
    expect(await page.locator('[data-message-id="m2"][data-seen]').count()).toBe(0);

    // The bell shows the count it is sent.
    await send('notification', { unread: 4 });
    await page.waitForFunction(() => document.querySelector('[data-badge="notifications"]')?.textContent === '4', undefined, { timeout: 2_000 });
    expect(await page.locator('[data-badge="notifications"]').isVisible()).toBe(true);

    // An order shown on the page changed: a banner in the page's words, a link that reloads.
    await send('order', { order_id: 'o1', state: 'delivered' });
    const banner = page.locator('[data-live-order="o1"] .live-banner[role="status"] a');
    await banner.waitFor({ timeout: 2_000 });
    expect(await banner.textContent()).toBe('اس آرڈر میں تبدیلی ہوئی ہے — صفحہ دوبارہ لوڈ کریں');
    await send('order', { order_id: 'o1', state: 'completed' });
    await send('order', { order_id: 'o2', state: 'completed' });
    await new Promise((r) => setTimeout(r, 300));
    expect(await page.locator('.live-banner').count()).toBe(1);
  });

  it('picks up what it missed when the stream is cut, from its last event id', async () => {
    await page.goto(`${app.url}/dashboard`);
    await streaming();
    await send('notification', { unread: 1 });
    await page.waitForFunction(() => document.querySelector('[data-badge="notifications"]')?.textContent === '1', undefined, { timeout: 2_000 });
    // The process ends the page's stream (as at its age limit); an event comes before the browser is back.
    const hub = app.deps.live as LiveHub;
    (hub as unknown as { people: Map<string, { streams: { controller: ReadableStreamDefaultController }[] }> }).people.get(userId)!.streams[0]!.controller.close();
    await send('notification', { unread: 7 });
    // EventSource reconnects after the retry hint (2–5 s) and receives the missed one.
    await page.waitForFunction(() => document.querySelector('[data-badge="notifications"]')?.textContent === '7', undefined, { timeout: 8_000 });
  });

  it('loads no script for a visitor who is not signed in, and the page works without JavaScript', async () => {
    const visitor = await browser.newContext({ javaScriptEnabled: false });
    try {
      const p = await visitor.newPage();
      const res = await p.goto(`${app.url}/`);
      expect(res?.status()).toBe(200);
      expect(await p.locator('script[src*="live.js"]').count()).toBe(0);
    } finally {
      await visitor.close();
    }
  });
});
