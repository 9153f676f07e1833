// Marketplace journeys in the browser, phone-sized with JavaScript off.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { createAccount } from '../src/accounts/service.ts';
import { createGig, publishGig } from '../src/gigs/service.ts';
import type { Running } from '../src/boot.ts';
import { logIn, pathOf, uniqueEmail } from './flows.ts';
import { expectAccessible, launch, phone, startApp } from './support.ts';

let app: Running;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launch()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('gigs in the browser', () => {
  it('a freelancer creates and publishes a gig in Urdu, and clients see it on its page', async () => {
    const seller = { email: uniqueEmail('ayesha-gig'), password: 'logo banati hoon 1' };
    await createAccount(app.deps.db, app.deps, { email: seller.email, password: seller.password, displayName: 'عائشہ ملک', isFreelancer: true, isClient: false, locale: 'ur', verified: true, onboarded: true });
    const ctx = await phone(browser, 'ur');
    const page = await ctx.newPage();
    await logIn(page, app.url, seller.email, seller.password);
    await page.goto(`${app.url}/gigs/new`);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await expectAccessible(page, 'new gig ur');

    await page.fill('main [name=title]', 'میں آپ کے کاروبار کے لیے لوگو ڈیزائن کروں گی');
    await page.fill('main [name=description]', 'تین نمونے، صاف فائلیں، اور اردو اور انگریزی دونوں میں نام۔');
    await page.selectOption('[name=category_slug]', 'design');
    // Skills are grouped by category under folded headings, as a person would open them.
    await page.click('details:has(input[value=logo-design]) > summary');
    await page.check('input[name=skills][value=logo-design]');
    await page.fill('[name="packages.0.name"]', 'بنیادی');
    // A price as people type it, in Urdu digits with a comma.
    await page.fill('[name="packages.0.price"]', '۵,۰۰۰');
    await page.fill('[name="packages.0.delivery_days"]', '3');
    await page.click('button[name=intent][value=publish]');

    expect(pathOf(page)).toMatch(/^\/g\//);
    const text = (await page.textContent('main')) ?? '';
    expect(text).toContain('میں آپ کے کاروبار کے لیے لوگو ڈیزائن کروں گی');
    expect(text).toContain('Rs');
    expect(text).toContain('5,000');
    await expectAccessible(page, 'gig page ur');

    // A client abroad, in English, sees the same gig with a dollar estimate.
    const clientCtx = await phone(browser, 'en');
    const client = await clientCtx.newPage();
    await client.goto(`${page.url()}?currency=USD`);
    expect(await client.getAttribute('html', 'lang')).toBe('en');
    const seen = (await client.textContent('main')) ?? '';
    expect(seen).toContain('میں آپ کے کاروبار کے لیے لوگو ڈیزائن کروں گی');
    expect(seen).toMatch(/About \$\d/);
    await expectAccessible(client, 'gig page en');
    await clientCtx.close();
    await ctx.close();
  });
});

describe('gig images in the browser', () => {
  it('a freelancer uploads an image in Urdu, with JavaScript off, and it shows on the gig page', async () => {
    const seller = { email: uniqueEmail('image-seller'), password: 'tasveer lagati hoon 1' };
    const user = await createAccount(app.deps.db, app.deps, { email: seller.email, password: seller.password, displayName: 'نادیہ حسن', isFreelancer: true, isClient: false, locale: 'ur', verified: true, onboarded: true });
    const actor = { userId: user.id, email: seller.email, displayName: 'نادیہ حسن', emailVerified: true, isFreelancer: true, isClient: false, isAdmin: false, locale: 'ur' as const, sessionId: null, onboardingDone: true };
    const gig = await createGig(app.deps, actor, {
      title: 'شادی کارڈ کا ڈیزائن',
      description: 'دو نمونے اور چھپائی کے لیے تیار فائل۔',
      category_slug: 'design',
      skills: ['logo-design'],
      packages: [{ name: 'بنیادی', price: { amount: '300000', currency: 'PKR' }, delivery_days: 3, revisions: 1, features: [] }],
      faqs: [],
      questions: [],
    });
    await publishGig(app.deps, actor, gig.id);
    const ctx = await phone(browser, 'ur');
    const page = await ctx.newPage();
    await logIn(page, app.url, seller.email, seller.password);
    await page.goto(`${app.url}/gigs/${gig.id}/images`);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await expectAccessible(page, 'gig images ur');
    // A phone photo, sideways by its EXIF tag, with GPS in it.
    const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#b03a2e' } })
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 11/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '71/1 28/1 0/1' } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    await page.setInputFiles('main input[type=file]', { name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.click('main form.upload button[type=submit]');
    expect(pathOf(page)).toBe(`/gigs/${gig.id}/images`);
    expect(await page.textContent('body')).toContain('تصویر شامل ہو گئی ہے۔');
    await expectAccessible(page, 'gig images after upload ur');

    await page.goto(`${app.url}/g/${gig.slug}`);
    const img = page.locator('main .gallery img').first();
    // Upright (portrait), at display size, loaded lazily with its size given.
    expect(await img.getAttribute('width')).toBe('900');
    expect(await img.getAttribute('height')).toBe('1200');
    expect(await img.getAttribute('loading')).toBe('lazy');
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(900);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await expectAccessible(page, 'gig page with image ur');
    await ctx.close();
  });
});

describe('search in the browser', () => {
  it('a client finds an Urdu gig by searching in English, in Urdu and in Roman Urdu', async () => {
    const seller = { email: uniqueEmail('logo-seller'), password: 'logo banati hoon 2' };
    await createAccount(app.deps.db, app.deps, { email: seller.email, password: seller.password, displayName: 'ثنا بتول', isFreelancer: true, isClient: false, locale: 'ur', verified: true, onboarded: true });
    const sellerCtx = await phone(browser, 'ur');
    const sellerPage = await sellerCtx.newPage();
    await logIn(sellerPage, app.url, seller.email, seller.password);
    const created = await sellerCtx.request.post(`${app.url}/api/v1/gigs`, {
      data: {
        title: 'دکان کے لیے خوبصورت نشان',
        description: 'آپ کے کاروبار کی پہچان، تین نمونوں کے ساتھ۔',
        category_slug: 'design',
        skills: ['logo-design'],
        packages: [{ name: 'بنیادی', price: { amount: '400000', currency: 'PKR' }, delivery_days: 3, revisions: 2, features: [] }],
        faqs: [],
        questions: [],
      },
    });
    expect(created.status()).toBe(201);
    const gig = (await created.json()) as { id: string; slug: string };
    expect((await sellerCtx.request.post(`${app.url}/api/v1/gigs/${gig.id}/publish`, { data: {} })).status()).toBe(200);
    await sellerCtx.close();

    for (const [lang, query] of [
      ['en', 'logo design'],
      ['ur', 'لوگو ڈیزائن'],
      ['en', 'logo dizain'],
    ] as const) {
      const ctx = await phone(browser, lang);
      const page = await ctx.newPage();
      await page.goto(app.url);
      await page.fill('#home-q', query);
      await page.click('form[role=search] button[type=submit]');
      expect(pathOf(page)).toBe('/search');
      const link = page.locator(`main a[href="/g/${gig.slug}"]`);
      expect(await link.count(), `${lang}: ${query}`).toBeGreaterThan(0);
      await expectAccessible(page, `search ${lang} ${query}`);
      await link.first().click();
      expect(pathOf(page)).toBe(`/g/${gig.slug}`);
      await ctx.close();
    }
  });
});

describe('jobs in the browser', () => {
  it('a client posts a job, a freelancer proposes, the client shortlists and hires', async () => {
    const client = { email: uniqueEmail('client-job'), password: 'hire someone 1' };
    const freelancer = { email: uniqueEmail('translator'), password: 'tarjuma karti 1' };
    await createAccount(app.deps.db, app.deps, { email: client.email, password: client.password, displayName: 'Omar Farooq', isFreelancer: false, isClient: true, locale: 'en', verified: true, onboarded: true });
    await createAccount(app.deps.db, app.deps, { email: freelancer.email, password: freelancer.password, displayName: 'مریم جاوید', isFreelancer: true, isClient: false, locale: 'ur', verified: true, onboarded: true });

    const clientCtx = await phone(browser, 'en');
    const c = await clientCtx.newPage();
    await logIn(c, app.url, client.email, client.password);
    await c.goto(`${app.url}/jobs/new`);
    await expectAccessible(c, 'new job en');
    await c.fill('main [name=title]', 'Translate our shop website into Urdu');
    await c.fill('main [name=description]', 'About 20 pages, from English into natural Urdu.');
    await c.selectOption('[name=category_slug]', 'translation');
    await c.check('input[name=kind][value=fixed]');
    await c.fill('[name=budget]', '30,000');
    await c.check('input[name=visibility][value=public]');
    await c.click('main form button[type=submit]');
    expect(pathOf(c)).toMatch(/^\/jobs\/[0-9a-f-]{36}$/);
    const jobUrl = c.url();

    const freelancerCtx = await phone(browser, 'ur');
    const f = await freelancerCtx.newPage();
    await logIn(f, app.url, freelancer.email, freelancer.password);
    await f.goto(jobUrl);
    expect(await f.textContent('main')).toContain('Translate our shop website into Urdu');
    await f.fill('[name=cover_letter]', 'میں نے کئی ویب سائٹس کا ترجمہ کیا ہے۔');
    await f.fill('[name=amount]', '۲۸,۰۰۰');
    await f.fill('[name=delivery_days]', '10');
    // Preview (no JavaScript needed) shows what she receives before sending.
    await f.click('main form:has([name=cover_letter]) button[name=preview]');
    expect(await f.textContent('main')).toContain('یہ صرف پیش منظر ہے');
    await f.click('main form:has([name=cover_letter]) button[type=submit]:not([name=preview])');
    await expectAccessible(f, 'job with my proposal ur');

    await c.goto(jobUrl);
    await c.click('main form[action$="/shortlist"] button');
    // Hire asks first: the contract's total and the first milestone to fund; then the contract page.
    await c.click('main a[href$="/hire"]');
    expect(pathOf(c)).toMatch(/^\/proposals\/[0-9a-f-]{36}\/hire$/);
    expect(await c.textContent('main')).toContain('Contract total');
    await expectAccessible(c, 'hire confirmation en');
    await c.click('main form[action$="/hire"] button');
    expect(pathOf(c)).toMatch(/^\/contracts\/[0-9a-f-]{36}$/);
    const after = (await c.textContent('main')) ?? '';
    expect(after).toContain('مریم جاوید');
    expect(after).toContain('Still to fund');
    await expectAccessible(c, 'contract after hiring en');
    await clientCtx.close();
    await freelancerCtx.close();
  });
});

