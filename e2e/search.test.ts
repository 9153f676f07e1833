// Search as people type it (issue 17), on the demo site in Chromium at 390 × 900 with JavaScript off:
// - a client with an English browser types "logo desing" (a typo) in the home page's search box and
//   finds Ayesha's gig, written only in Urdu, and opens it;
// - an Urdu reader types "ورڈپریس" on /search and finds Faisal's WordPress gig, written in English;
// - a search that finds nothing says so and offers "did you mean" (in English and in Urdu), the
//   closest categories and the newest gigs; following the link finds gigs.
// Every page passed is checked: accessible (axe), no sideways scroll, directions right.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../src/boot.ts';
import { expectAccessible, expectDirections, expectNoSidewaysScroll, launch, phone, startApp } from './support.ts';

let app: Running;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ SEED_ON_START: 'true' }), launch()]);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

type Locale = 'en' | 'ur';

async function newPhone(locale: Locale): Promise<Page> {
  const page = await (await phone(browser, locale, { width: 390, height: 900 })).newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

async function check(page: Page, label: string): Promise<void> {
  await expectNoSidewaysScroll(page, label);
  await expectDirections(page, label);
  await expectAccessible(page, label);
}

/** Types a query into a search box and submits its form, as a person does. */
async function searchFor(page: Page, box: string, query: string, label: string): Promise<void> {
  await page.fill(box, query);
  const [res] = await Promise.all([page.waitForNavigation(), page.press(box, 'Enter')]);
  expect(res?.status(), label).toBe(200);
  await check(page, label);
}

/** The addresses of the results on a search page, in order. */
const resultLinks = (page: Page) => page.$$eval('ol.results li.result h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('search in the browser', () => {
  it('a client types "logo desing" on the home page and finds and opens Ayesha\'s Urdu logo gig', async () => {
    const page = await newPhone('en');
    await page.goto(`${app.url}/`);
    await searchFor(page, '#home-q', 'logo desing', 'search from the home page');
    expect(new URL(page.url()).pathname).toBe('/search');
    expect(await resultLinks(page)).toContain('/g/ayesha-logo-design');
    const [res] = await Promise.all([page.waitForNavigation(), page.click('ol.results a[href="/g/ayesha-logo-design"]')]);
    expect(res?.status()).toBe(200);
    expect(await page.textContent('h1')).toContain('لوگو ڈیزائن');
    await check(page, 'the gig found');
    await page.context().close();
  });

  it('an Urdu reader types "ورڈپریس" and finds an English WordPress gig', async () => {
    const page = await newPhone('ur');
    await page.goto(`${app.url}/search`);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await searchFor(page, '#s-q', 'ورڈپریس', 'search in Urdu');
    expect(await resultLinks(page)).toContain('/g/faisal-wordpress-website-small-business');
    await page.context().close();
  });

  it.each([
    ['en', 'Nothing matches', 'Did you mean', 'Categories close to your search', 'Newest gigs'],
    ['ur', 'سے ملتا کچھ نہیں ملا', 'کیا آپ کا مطلب تھا', 'آپ کی تلاش سے ملتے جلتے شعبے', 'نئی گِگز'],
  ] as const)('a search that finds nothing offers "did you mean", close categories and new gigs (%s), and the link finds gigs', async (locale, none, dym, close, newest) => {
    const page = await newPhone(locale);
    await page.goto(`${app.url}/search`);
    await searchFor(page, '#s-q', 'logo desgn qqq', `empty search (${locale})`);
    // biome-ignore lint/performance/useDomNodeTextContent: what the reader sees is the point (folded filters left out).
    const text = await page.innerText('main');
    for (const words of [none, dym, close, newest]) expect(text).toContain(words);
    expect(await resultLinks(page)).toEqual([]);
    // The closest category is a link to its page; the newest gigs are links to theirs.
    expect(await page.$$eval('.no-results a[href^="/c/"]', (as) => as.map((a) => a.getAttribute('href')))).toContain('/c/design');
    expect((await page.$$('.no-results a[href^="/g/"]')).length).toBeGreaterThan(0);
    // The "did you mean" line shows the corrected words as a link, which finds gigs.
    const link = page.locator('.did-you-mean a');
    expect(await link.textContent()).toBe('logo design');
    const [res] = await Promise.all([page.waitForNavigation(), link.click()]);
    expect(res?.status()).toBe(200);
    await check(page, `the corrected search (${locale})`);
    expect(await page.inputValue('#s-q')).toBe('logo design');
    expect(await resultLinks(page)).toContain('/g/ayesha-logo-design');
    expect(await page.$('.did-you-mean')).toBeNull();
    await page.context().close();
  });
});
