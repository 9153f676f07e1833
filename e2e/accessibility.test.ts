// axe-core on every page in both languages, on a 360 px phone: as a visitor, with forms showing
// their messages, and signed in (dashboard, settings, every onboarding step). On every page the
// document says its language and direction, and nothing makes the page scroll sideways.
//
// The contexts here have JavaScript on only so the test can measure the layout; the pages ship no
// script (the JavaScript-off journeys are in accounts.test.ts and onboarding.test.ts).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../src/accounts/service.ts';
import type { Running } from '../src/boot.ts';
import { onboardingSteps } from '../src/onboarding/domain.ts';
import { logIn, pathOf, signUp, uniqueEmail } from './flows.ts';
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

type Locale = 'en' | 'ur';
const WIDTH = 360;

/**
 * What every page must be: in the journey's language and direction, no wider than the phone
 * (with the web font loaded, as Nastaliq is taller and wider than the fallback), and free of
 * serious or critical axe violations.
 */
async function checkPage(page: Page, locale: Locale, label: string) {
  const where = `${label} (${page.url()})`;
  expect(await page.getAttribute('html', 'lang'), where).toBe(locale);
  expect(await page.getAttribute('html', 'dir'), where).toBe(locale === 'ur' ? 'rtl' : 'ltr');
  const layout = await page.evaluate(async (width) => {
    await document.fonts.ready;
    const overflowing = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > width + 0.5 || r.left < -0.5);
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).replace(/\s+/g, '.')}` : ''}`);
    return { scrollWidth: document.documentElement.scrollWidth, overflowing };
  }, WIDTH);
  expect(layout.scrollWidth, `${where} scrolls sideways; too wide: ${layout.overflowing.join(', ')}`).toBeLessThanOrEqual(WIDTH);
  await expectAccessible(page, `${label} ${locale}`);
}

/** Opens a page and checks it answered with the expected status before checking the page itself. */
async function visit(page: Page, locale: Locale, path: string, label: string, status = 200) {
  const res = await page.goto(`${app.url}${path}`);
  expect(res?.status(), `${label}: GET ${path}`).toBe(status);
  await checkPage(page, locale, label);
}

const BAD_EMAIL = { en: 'Please enter a valid email address', ur: 'براہِ کرم درست ای میل ایڈریس لکھیں' } as const;
const REQUIRED = { en: 'This field is required.', ur: 'یہ خانہ ضروری ہے۔' } as const;

describe.each(['en', 'ur'] as const)('every page in %s', (locale) => {
  it('as a visitor', async () => {
    const ctx = await phone(browser, locale, { javaScript: true });
    const page = await ctx.newPage();
    await visit(page, locale, '/', 'home');
    await visit(page, locale, '/signup', 'signup');
    await visit(page, locale, '/login', 'login');
    await visit(page, locale, '/forgot-password', 'forgot password');
    await visit(page, locale, '/verify-email?token=x', 'verify email');
    await visit(page, locale, '/settings/email/confirm?token=x', 'confirm new email');
    await visit(page, locale, '/reset-password?token=bad', 'reset password with a bad link', 400);
    expect(await page.textContent('main')).toMatch(locale === 'ur' ? /[\u0600-\u06ff]/ : /link/i);
    await visit(page, locale, '/api', 'api');
    await visit(page, locale, '/fees?amount=50000', 'fees');
    await visit(page, locale, '/fees?amount=%24200&currency=USD', 'fees in dollars');
    await visit(page, locale, '/fees?amount=abc', 'fees with a bad amount', 400);
    await visit(page, locale, '/no-such-page', 'not found', 404);
    // Signed-in pages send a visitor to log in first.
    await page.goto(`${app.url}/dashboard`);
    expect(pathOf(page)).toBe('/login');
    await checkPage(page, locale, 'login before dashboard');
    await ctx.close();
  });

  it('forms showing their messages, and the outbox', async () => {
    const ctx = await phone(browser, locale, { javaScript: true });
    const page = await ctx.newPage();

    await page.goto(`${app.url}/signup`);
    await page.click('main button[type=submit]');
    expect(await page.textContent('#email-error')).toBe(REQUIRED[locale]);
    expect(await page.getAttribute('#display_name', 'aria-invalid')).toBe('true');
    await checkPage(page, locale, 'signup posted empty');

    const who = { name: locale === 'ur' ? 'زینب' : 'Zainab', email: uniqueEmail(`zainab-${locale}`), password: 'a long password 1' };
    await signUp(page, app.url, who);
    expect(await page.textContent('main')).toContain(who.email);
    await checkPage(page, locale, 'check your inbox');

    await page.goto(`${app.url}/login`);
    await page.click('main button[type=submit]');
    await checkPage(page, locale, 'login posted empty');
    await logIn(page, app.url, who.email, 'not the password');
    expect(await page.locator('.alert').count()).toBe(1);
    await checkPage(page, locale, 'login with a wrong password');

    await page.goto(`${app.url}/forgot-password`);
    await page.fill('#email', 'nobody-at-example');
    await page.click('main button[type=submit]');
    expect(await page.textContent('#email-error')).toContain(BAD_EMAIL[locale]);
    await checkPage(page, locale, 'forgot password with an error');
    await page.fill('#email', who.email);
    await page.click('main button[type=submit]');
    await checkPage(page, locale, 'forgot password sent');

    await page.goto(`${app.url}/verify-email?token=no-such-token`);
    await page.click('main button[type=submit]');
    expect(pathOf(page)).toBe('/verify-email');
    await checkPage(page, locale, 'verify email with a bad link');

    // The outbox with mail in it: long links in preformatted text must wrap on a phone.
    await expect.poll(async () => (await (await fetch(`${app.url}/dev/mail?format=json&to=${encodeURIComponent(who.email)}`)).json()).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await visit(page, locale, '/dev/mail', 'outbox');
    await ctx.close();
  });

  it('signed in: dashboard, settings and every onboarding step', async () => {
    const who = { email: uniqueEmail(`both-${locale}`), password: 'hire and work 123' };
    await createAccount(app.deps.db, app.deps, {
      email: who.email,
      password: who.password,
      displayName: locale === 'ur' ? 'نازیہ پروین' : 'Nazia Parveen',
      isFreelancer: true,
      isClient: true,
      locale,
      verified: true,
    });
    // A fresh phone in the other language: the account's language wins once logged in.
    const ctx = await phone(browser, locale === 'ur' ? 'en' : 'ur', { javaScript: true });
    const page = await ctx.newPage();
    await logIn(page, app.url, who.email, who.password);
    expect(pathOf(page)).not.toBe('/login');

    await visit(page, locale, '/dashboard', 'dashboard');
    expect(await page.locator('#next-finish_onboarding').count()).toBe(1);
    await visit(page, locale, '/settings', 'settings');
    await page.fill('#name', locale === 'ur' ? 'میرا اسکرپٹ' : 'my script');
    await page.click('form[action="/settings/tokens"] button[type=submit]');
    await checkPage(page, locale, 'settings showing a new access token');

    // 'both' sees every step of the wizard (the role step once the answers are being reviewed:
    // until then sign-up's choice stands).
    for (const step of onboardingSteps.filter((s) => s !== 'role')) {
      await visit(page, locale, `/onboarding/${step}`, `onboarding ${step}`);
      expect(pathOf(page)).toBe(`/onboarding/${step}`);
    }
    await page.click('main button[type=submit]');
    await visit(page, locale, '/onboarding/role', 'onboarding role');
    expect(pathOf(page)).toBe('/onboarding/role');
    // A step posted with nothing chosen shows its message.
    await page.goto(`${app.url}/onboarding/city`);
    await page.click('main button[name=action][value=continue]');
    expect(await page.locator('#city_slug-error').count()).toBe(1);
    await checkPage(page, locale, 'onboarding city with an error');
    await ctx.close();
  });

  it('signed in: profile, portfolio and gig pages', async () => {
    const who = { email: uniqueEmail(`seller-${locale}`), password: 'sell my skills 1' };
    await createAccount(app.deps.db, app.deps, {
      email: who.email,
      password: who.password,
      displayName: locale === 'ur' ? 'ثمینہ ناز' : 'Samina Naz',
      isFreelancer: true,
      isClient: false,
      locale,
      verified: true,
      onboarded: true,
    });
    const ctx = await phone(browser, locale, { javaScript: true });
    const page = await ctx.newPage();
    await logIn(page, app.url, who.email, who.password);
    // A published gig, made through the API with this browser's session.
    const created = await ctx.request.post(`${app.url}/api/v1/gigs`, {
      data: {
        title: locale === 'ur' ? 'اردو سے انگریزی ترجمہ' : 'Urdu to English translation',
        description: locale === 'ur' ? 'درست اور رواں ترجمہ۔' : 'Accurate, natural translation.',
        category_slug: 'translation',
        skills: [],
        packages: [
          { name: 'Page', price: { amount: '100000', currency: 'PKR' }, delivery_days: 2, revisions: 1, features: ['Proofread'] },
          { name: 'Five pages', price: { amount: '450000', currency: 'PKR' }, delivery_days: 5, revisions: 2 },
        ],
        faqs: [{ question: 'Legal documents?', answer: 'Yes.' }],
        questions: [{ question: 'How many words?', required: true }],
      },
    });
    expect(created.status()).toBe(201);
    const gig = (await created.json()) as { id: string; slug: string };
    expect((await ctx.request.post(`${app.url}/api/v1/gigs/${gig.id}/publish`, { data: {} })).status()).toBe(200);

    await visit(page, locale, '/profile/edit', 'profile edit');
    await visit(page, locale, '/profile/portfolio', 'portfolio');
    await page.goto(`${app.url}/profile`);
    await checkPage(page, locale, 'own public profile');
    await visit(page, locale, '/gigs', 'my gigs');
    await visit(page, locale, '/gigs/new', 'new gig');
    await visit(page, locale, `/gigs/${gig.id}/edit`, 'edit gig');
    await visit(page, locale, `/g/${gig.slug}`, 'public gig page');
    await visit(page, locale, '/jobs', 'open jobs');
    await visit(page, locale, '/proposals', 'my proposals');
    await visit(page, locale, '/payouts', 'payouts');
    await visit(page, locale, '/payouts/methods/new', 'payout method: choose a kind');
    await visit(page, locale, '/payouts/methods/new?channel=bank', 'payout method: bank account');
    await visit(page, locale, `/search?q=${encodeURIComponent(locale === 'ur' ? 'ترجمہ' : 'translation')}`, 'search results');
    await visit(page, locale, '/search?q=nothing-matches-this&type=freelancer', 'search without results');
    await visit(page, locale, '/c/translation', 'category page');

    // Orders and money: a client orders the gig; both sides' order pages, the receipt, wallet, contracts.
    const buyer = { email: uniqueEmail(`buyer-${locale}`), password: 'buy some skills 1' };
    await createAccount(app.deps.db, app.deps, { email: buyer.email, password: buyer.password, displayName: locale === 'ur' ? 'حمزہ قریشی' : 'Hamza Qureshi', isFreelancer: false, isClient: true, locale, verified: true, onboarded: true });
    const bctx = await phone(browser, locale, { javaScript: true });
    const bpage = await bctx.newPage();
    await logIn(bpage, app.url, buyer.email, buyer.password);
    await visit(bpage, locale, `/orders/new?gig=${gig.slug}&package=1`, 'new order');
    const ordered = await bctx.request.post(`${app.url}/api/v1/orders`, { data: { gig: gig.id, package: 1, answers: ['500'] } });
    expect(ordered.status()).toBe(201);
    const orderId = ((await ordered.json()) as { id: string }).id;
    await visit(bpage, locale, `/orders/${orderId}`, 'order page (client)');
    await visit(bpage, locale, `/orders/${orderId}/receipt`, 'invoice');
    await visit(bpage, locale, '/orders', 'orders');
    await visit(bpage, locale, '/wallet', 'wallet');
    await visit(bpage, locale, '/wallet/top-ups', 'add money');
    await visit(bpage, locale, '/contracts', 'contracts');
    await visit(bpage, locale, '/dashboard', 'dashboard (client)');
    await visit(page, locale, `/orders/${orderId}`, 'order page (freelancer)');
    await bctx.close();
    await ctx.close();
  });
});
