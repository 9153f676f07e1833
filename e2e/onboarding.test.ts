// The onboarding wizard as people on phones go through it, JavaScript off: a freelancer in Urdu
// answers every step and lands on the dashboard; a client in English skips a step, leaves half-way
// and comes back later to the step they left. axe-core checks every step in the journey's language.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../src/boot.ts';
import { logIn, pathOf, signUp, uniqueEmail, verifyThroughOutbox } from './flows.ts';
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

const progressText = (page: Page) => page.textContent('.wizard-progress p');
const continueButton = (page: Page) => page.click('main button[name=action][value=continue]');

/** Checks the page is the given wizard step, shows the progress text, and passes axe. */
async function atStep(page: Page, step: string, progress: string, label: string) {
  expect(pathOf(page)).toBe(`/onboarding/${step}`);
  expect((await progressText(page))?.trim()).toBe(progress);
  await expectAccessible(page, label);
}

describe('onboarding in the browser', () => {
  it('a freelancer signs up in Urdu, answers every step and lands on the dashboard', async () => {
    const ctx = await phone(browser, 'ur');
    const page = await ctx.newPage();
    const me = { name: 'عائشہ خان', email: uniqueEmail('ayesha'), password: 'ملتان کی فری لانسر ہوں' };
    await signUp(page, app.url, me);
    await expect.poll(() => page.textContent('h1')).toBe('اپنا اِن باکس دیکھیں');
    await verifyThroughOutbox(page, app.url, me.email);

    // Freelancer: language, category, city, languages, payout, privacy, done (sign-up asked the role).
    expect(await page.getAttribute('html', 'lang')).toBe('ur');
    await atStep(page, 'language', 'مرحلہ 1 از 7', 'onboarding language ur');
    expect(await page.textContent('h1')).toBe('آپ کون سی زبان استعمال کرنا چاہیں گے؟');
    await page.getByLabel('اردو', { exact: true }).check();
    await continueButton(page);

    await atStep(page, 'category', 'مرحلہ 2 از 7', 'onboarding category ur');
    await page.getByLabel('ترجمہ', { exact: true }).check();
    await continueButton(page);

    await atStep(page, 'city', 'مرحلہ 3 از 7', 'onboarding city ur');
    // Continuing without a city shows a translated message and stays on the step.
    await continueButton(page);
    expect(pathOf(page)).toBe('/onboarding/city');
    expect(await page.textContent('#city_slug-error')).toContain('براہِ کرم');
    await expectAccessible(page, 'onboarding city with error ur');
    await page.selectOption('#city_slug', { label: 'ملتان' });
    await continueButton(page);

    await atStep(page, 'languages', 'مرحلہ 4 از 7', 'onboarding languages ur');
    await page.getByLabel('اردو', { exact: true }).check();
    await page.getByLabel('سرائیکی', { exact: true }).check();
    await page.getByLabel('انگریزی', { exact: true }).check();
    await continueButton(page);

    await atStep(page, 'payout', 'مرحلہ 5 از 7', 'onboarding payout ur');
    await page.getByRole('radio', { name: /^جاز کیش/ }).check();
    await continueButton(page);

    await atStep(page, 'privacy', 'مرحلہ 6 از 7', 'onboarding privacy ur');
    await page.getByRole('radio', { name: /^صرف میرے نام کے پہلے حروف/ }).check();
    await page.getByLabel('میرا شہر چھپائیں', { exact: true }).check();
    await continueButton(page);

    await atStep(page, 'done', 'مرحلہ 7 از 7', 'onboarding done ur');
    expect(await page.textContent('h1')).toBe('آپ تیار ہیں');
    // Going back shows the saved answers.
    await page.click('a[rel=prev]');
    expect(pathOf(page)).toBe('/onboarding/privacy');
    expect(await page.isChecked('input[name=show_city][value=hide]')).toBe(true);
    expect(await page.isChecked('input[name=show_photo][value=initials]')).toBe(true);
    await continueButton(page);
    await page.click('main button[type=submit]');

    expect(pathOf(page)).toBe('/dashboard');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.textContent('.flash')).toContain('آپ کا اکاؤنٹ تیار ہے۔');
    const summary = (await page.textContent('.summary')) ?? '';
    for (const shown of ['ملتان', 'ترجمہ', 'جاز کیش', 'اردو، انگریزی، سرائیکی', 'چھپا ہوا ہے', 'صرف آپ کے نام کے پہلے حروف', 'فری لانسر']) {
      expect(summary).toContain(shown);
    }
    expect(summary).not.toContain('Multan');
    expect(await page.locator('#next-finish_onboarding').count()).toBe(0);
    expect(await page.locator('#next-verify_email').count()).toBe(0);
    expect(await page.locator('#next-complete_profile').count()).toBe(1);
    await expectAccessible(page, 'dashboard ur');

    // Someone who finished and opens the wizard again starts from the top, answers kept.
    await page.goto(`${app.url}/onboarding`);
    expect(pathOf(page)).toBe('/onboarding/language');
    await page.goto(`${app.url}/onboarding/city`);
    expect(await page.locator('#city_slug option:checked').textContent()).toBe('ملتان');
    // Reviewing the answers includes the role, the one chosen at sign-up selected.
    await page.goto(`${app.url}/onboarding/role`);
    await atStep(page, 'role', 'مرحلہ 2 از 8', 'onboarding role ur');
    expect(await page.isChecked('input[name=role][value=freelancer]')).toBe(true);
    await ctx.close();
  });

  it('a client in English skips a step, finishes later, and resumes where they left', async () => {
    const ctx = await phone(browser, 'en');
    const page = await ctx.newPage();
    const me = { name: 'Bilal Ahmed', email: uniqueEmail('bilal'), password: 'bakery owner 2024', role: 'client' as const };
    await signUp(page, app.url, me);
    await expect.poll(() => page.textContent('h1')).toBe('Check your inbox');
    // Logged in before confirming the address: the dashboard asks for both.
    await logIn(page, app.url, me.email, me.password);
    await page.goto(`${app.url}/dashboard`);
    expect(await page.locator('#next-verify_email').count()).toBe(1);
    expect(await page.locator('#next-finish_onboarding').count()).toBe(1);
    await expectAccessible(page, 'dashboard unverified en');
    await verifyThroughOutbox(page, app.url, me.email);

    // Client: language, needs, done (sign-up asked the role).
    await atStep(page, 'language', 'Step 1 of 3', 'onboarding language en');
    expect(await page.isChecked('input[name=locale][value=en]')).toBe(true);
    await page.click('main button[name=action][value=skip]');

    await atStep(page, 'needs', 'Step 2 of 3', 'onboarding needs en');
    await page.click('text=Finish later');
    expect(pathOf(page)).toBe('/dashboard');
    const card = page.locator('section.next-step', { has: page.locator('#next-finish_onboarding') });
    expect(await card.textContent()).toContain('Step 2 of 3');
    expect(await page.locator('#next-verify_email').count()).toBe(0);
    await expectAccessible(page, 'dashboard half-way en');
    await page.click('header button:has-text("Log out")');

    // Later, on another device: /onboarding opens the step they left.
    await ctx.close();
    const later = await phone(browser, 'en');
    const again = await later.newPage();
    await logIn(again, app.url, me.email, me.password);
    await again.goto(`${app.url}/onboarding`);
    await atStep(again, 'needs', 'Step 2 of 3', 'onboarding needs resumed en');
    // An empty answer is refused with a message, the step stays.
    await continueButton(again);
    expect(pathOf(again)).toBe('/onboarding/needs');
    expect(await again.getAttribute('#client_needs', 'aria-invalid')).toBe('true');
    await expectAccessible(again, 'onboarding needs with error en');
    await again.fill('#client_needs', 'A logo for my bakery in Multan, and a menu card in Urdu and English.');
    await again.getByLabel('Abroad', { exact: true }).check();
    await continueButton(again);

    await atStep(again, 'done', 'Step 3 of 3', 'onboarding done en');
    await again.click('main button[type=submit]');
    expect(pathOf(again)).toBe('/dashboard');
    expect(await again.textContent('.flash')).toContain('Your account is set up.');
    expect(await again.locator('#next-finish_onboarding').count()).toBe(0);
    expect(await again.locator('#next-post_job').count()).toBe(1);
    const summary = (await again.textContent('.summary')) ?? '';
    expect(summary).toContain('A logo for my bakery in Multan');
    expect(summary).toContain('Abroad');
    expect(summary).not.toContain('Payment method');
    await expectAccessible(again, 'dashboard en');
    await later.close();
  });
});
