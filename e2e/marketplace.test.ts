// Marketplace journeys in the browser, phone-sized with JavaScript off.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../src/accounts/service.ts';
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
