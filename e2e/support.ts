// Browser journeys: a real app process (boot(), as `npm start` runs it) on a fresh database cloned
// from the migrated template, driven by Debian's Chromium through playwright-core.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page, type Response } from 'playwright-core';
import { expect } from 'vitest';
import { boot, type Running } from '../src/boot.ts';
import { loadConfig } from '../src/config.ts';
import { freePort } from '../src/db/embedded.ts';
import type { Clock } from '../src/platform/clock.ts';
import { freshDatabaseUrl } from '../test/support.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The app on a fresh database; `clock` lets a journey move time (a hold passing). */
export async function startApp(env: Record<string, string> = {}, opts: { clock?: Clock } = {}): Promise<Running> {
  const port = await freePort(0);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: await freshDatabaseUrl(),
    PORT: String(port),
    HOST: '127.0.0.1',
    BASE_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'silent',
    SEED_ON_START: 'false',
    RATE_LIMIT_SIGNUP: '1000',
    RATE_LIMIT_RESET: '1000',
    // Uploaded files in a directory of this run's own, never the repository's data/.
    STORAGE_DIR: mkdtempSync(path.join(tmpdir(), 'hunar-e2e-files-')),
    ...env,
  });
  return boot(config, { quietSeed: true, ...(opts.clock ? { clock: opts.clock } : {}) });
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** A phone-sized browser context (360 × 740 unless a size is given), in the given language. */
export async function phone(browser: Browser, locale: 'en' | 'ur' = 'en', opts: { javaScript?: boolean; width?: number; height?: number } = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: opts.width ?? 360, height: opts.height ?? 740 },
    locale: locale === 'ur' ? 'ur-PK' : 'en-PK',
    extraHTTPHeaders: { 'accept-language': locale === 'ur' ? 'ur-PK,ur;q=0.9' : 'en-PK,en;q=0.9' },
    javaScriptEnabled: opts.javaScript ?? false,
  });
}

const axeContexts = new WeakMap<Browser, Promise<BrowserContext>>();

/**
 * Runs axe-core on what the page shows now; fails on serious or critical violations. The journeys
 * run with JavaScript off (the site needs none), and axe needs it, so the page's DOM is copied into
 * a JavaScript-enabled page on the same origin (same CSS, same font) and checked there.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const browser = page.context().browser()!;
  let ctxP = axeContexts.get(browser);
  if (!ctxP) {
    ctxP = browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: true, bypassCSP: true });
    axeContexts.set(browser, ctxP);
  }
  const checker = await (await ctxP).newPage();
  try {
    const url = new URL(page.url());
    await checker.goto(`${url.origin}/healthz`);
    await checker.setContent(await page.content(), { waitUntil: 'load' });
    await checker.addScriptTag({ content: axeSource });
    const violations = await checker.evaluate(async () => {
      const r = await (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
    });
    const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad, `${label} (${page.url()}): ${JSON.stringify(bad, null, 1)}`).toEqual([]);
  } finally {
    await checker.close();
  }
}

/** The newest mail to this address from the dev outbox viewer, as a person would open it. */
export async function latestMail(baseUrl: string, to: string, match: RegExp, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(`${baseUrl}/dev/mail?format=json&to=${encodeURIComponent(to)}`);
    const mails = (await res.json()) as { text: string }[];
    const hit = mails.find((m) => match.test(m.text));
    if (hit) return hit.text;
    if (Date.now() > deadline) throw new Error(`no mail to ${to} matching ${match}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export function linkIn(text: string, path: string): string {
  const m = text.match(new RegExp(`https?://[^\\s]+${path.replace(/\//g, '\\/')}\\?token=[\\w-]+`));
  if (!m) throw new Error(`no ${path} link in:\n${text}`);
  return m[0];
}

/**
 * Fails when the page scrolls sideways: the document is wider than the window. Names the first few
 * elements that stick out on the end side (right in English, left in Urdu), which is what to fix.
 */
export async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const r = await page.evaluate(() => {
    const root = document.documentElement;
    const rtl = getComputedStyle(root).direction === 'rtl';
    const width = root.clientWidth;
    const culprits: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || (rtl ? box.left >= -0.5 : box.right <= width + 0.5)) continue;
      // Only the innermost: a parent sticks out because of its child.
      if (Array.from(el.children).some((c) => { const b = c.getBoundingClientRect(); return b.width > 0 && (rtl ? b.left < -0.5 : b.right > width + 0.5); })) continue;
      culprits.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
      if (culprits.length >= 5) break;
    }
    return { scrollWidth: root.scrollWidth, clientWidth: width, culprits };
  });
  expect(r.scrollWidth, `${label} (${page.url()}) scrolls sideways at ${r.clientWidth} px; sticking out: ${r.culprits.join('; ')}`).toBeLessThanOrEqual(r.clientWidth);
}

/**
 * Checks that mixed-direction text reads right, as a reader sees it on the screen:
 * - the page's direction follows its language (Urdu right to left, English left to right);
 * - every amount ("$10.00", "Rs 1,500", "-Rs 75"), exchange rate ("1 USD = 280.91 PKR") and masked
 *   number ("•••• 6789") reads left to right: its first character is drawn left of its last (on one line);
 * - a list item with a direction of its own keeps its bullet inside its list's box (the bullet sits
 *   at the item's start side, which is not the page's when the directions differ).
 */
export async function expectDirections(page: Page, label: string): Promise<void> {
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    const lang = root.getAttribute('lang') ?? '';
    const want = lang.startsWith('ur') ? 'rtl' : 'ltr';
    if (root.getAttribute('dir') !== want) out.push(`<html lang="${lang}"> has dir="${root.getAttribute('dir')}", not "${want}"`);

    // An exchange rate ("1 USD = 280.91 PKR") is one left-to-right run too: not "USD = 280.91 PKR 1".
    const token = /\d[\d,]*(?:\.\d+)?\s?[A-Z]{3}\s?=\s?\d[\d,]*(?:\.\d+)?\s?[A-Z]{3}|-?(?:\$|Rs\s?|PKR\s|USD\s)\d[\d,]*(?:\.\d+)?|•{2,}\s?[0-9A-Z]{2,}/g;
    // No filter callback: with JavaScript off the page cannot call back into a script.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const rect = (node: Text, at: number) => {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect();
    };
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (n.parentElement?.closest('script, style, option, select, textarea, title, [hidden]')) continue;
      const text = n.data;
      for (const m of text.matchAll(token)) {
        const first = rect(n, m.index!);
        const last = rect(n, m.index! + m[0].length - 1);
        if (first.width === 0 || last.width === 0) continue;
        // On one line only (a wrapped amount is judged by its lines, not here).
        if (Math.abs(first.top - last.top) > first.height / 2) continue;
        if (first.left >= last.left) out.push(`"${m[0]}" reads right to left (in "${text.trim().slice(0, 60)}")`);
      }
    }

    for (const li of Array.from(document.querySelectorAll('li[dir]'))) {
      const style = getComputedStyle(li);
      if (style.display !== 'list-item' || style.listStyleType === 'none' || style.listStylePosition !== 'outside') continue;
      const list = li.parentElement!.getBoundingClientRect();
      const box = li.getBoundingClientRect();
      const room = style.direction === 'rtl' ? list.right - box.right : box.left - list.left;
      if (room < parseFloat(style.fontSize) * 0.6) out.push(`the bullet of "${(li.textContent ?? '').trim().slice(0, 40)}" (${style.direction}) sticks out of its list (${Math.round(room)} px of room)`);
    }
    return out;
  });
  expect(problems, `${label} (${page.url()})`).toEqual([]);
}

/** Three English words in a row in an Urdu page's own text (not in user text, names or LTR runs). */
export async function englishOnUrduPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const el = n.parentElement;
      if (!el || el.closest('script, style, title, option, textarea, code, bdi, body [dir], [lang="en"], .user-text, [hidden]')) continue;
      if (el.getClientRects().length === 0) continue;
      // Runs the page marks as left to right on purpose (amounts, references such as HNR-MZNR-TKTY) are not prose.
      const m = n.data.replace(/[\u2066\u2068][^\u2069]*\u2069/g, ' ').match(/[A-Za-z]{2,}(?:[\s,.'’-]+[A-Za-z]{2,}){2,}/);
      if (m) out.push(`${el.tagName.toLowerCase()}: "${n.data.trim().slice(0, 80)}"`);
    }
    // A stacked table's column names, drawn from data-label.
    for (const cell of Array.from(document.querySelectorAll('[data-label]'))) {
      const label = cell.getAttribute('data-label') ?? '';
      if (/[A-Za-z]{2,}(?:[\s,.'’-]+[A-Za-z]{2,}){2,}/.test(label)) out.push(`data-label: "${label}"`);
    }
    return out;
  });
}

/** Text as a reader sees it: isolation and direction marks removed, white space folded. */
export const stripMarks = (s: string) => s.replace(/[\u2066-\u2069\u200e\u200f]/g, '').replace(/\s+/g, ' ').trim();

/** The rendered text of an element (folded and hidden parts left out), marks stripped. */
// biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point (folded and hidden parts left out).
export const seenText = async (page: Page, selector = 'main') => stripMarks(await page.innerText(selector));

/**
 * The checks every page of a journey passes: its status, no sideways scroll, directions, axe, no
 * English prose on an Urdu page (a date format such as YYYY-MM-DD and a site's address are not prose);
 * then a full-page screenshot into `shots`, named by language and label.
 */
export async function checkPage(page: Page, label: string, shots: string, res?: Response | null, status = 200): Promise<void> {
  if (res) expect(res.status(), `${label}: ${page.url()}`).toBe(status);
  await expectNoSidewaysScroll(page, label);
  await expectDirections(page, label);
  await expectAccessible(page, label);
  if ((await page.getAttribute('html', 'lang')) === 'ur') {
    const english = (await englishOnUrduPage(page)).filter((s) => /[A-Za-z]{2,}(?:[\s,.'’-]+[A-Za-z]{2,}){2,}/.test(s.replace(/YYYY-MM-DD|\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\b/g, ' ')));
    expect(english, `${label} (${page.url()}): English on an Urdu page`).toEqual([]);
  }
  await page.screenshot({ path: `${shots}/${await page.getAttribute('html', 'lang')}-${label.replace(/\W+/g, '-')}.png`, fullPage: true });
}

/** `text`, somewhere in the element, is drawn left to right: its first character left of its last (on one line). */
export async function expectReadsLeftToRight(page: Page, selector: string, text: string): Promise<void> {
  const drawn = await page.locator(selector).evaluate((el, want) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const at = n.data.indexOf(want);
      if (at < 0) continue;
      const box = (i: number) => {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        return r.getBoundingClientRect();
      };
      const first = box(at);
      const last = box(at + want.length - 1);
      return { found: true, oneLine: Math.abs(first.top - last.top) < first.height / 2, leftToRight: first.left < last.left };
    }
    return { found: false, oneLine: false, leftToRight: false };
  }, text);
  expect(drawn, `"${text}" in ${selector} (${page.url()})`).toEqual({ found: true, oneLine: true, leftToRight: true });
}
