// Account journeys as a person on a phone does them, JavaScript off, in Urdu and in English.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../src/boot.ts';
import * as flows from './flows.ts';
import { type Person, uniqueEmail } from './flows.ts';
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

const email = (p: string) => uniqueEmail(p);
const signUp = (page: Page, who: Person) => flows.signUp(page, app.url, who);
const verify = (page: Page, to: string) => flows.verifyThroughOutbox(page, app.url, to);
const openMailLink = (page: Page, to: string, path: string) => flows.openMailLink(page, app.url, to, path);
const logIn = (page: Page, mail: string, password: string) => flows.logIn(page, app.url, mail, password);

describe('accounts in the browser', () => {
  it('signs up in Urdu, verifies through the outbox and reaches onboarding in Urdu', async () => {
    const ctx = await phone(browser, 'ur');
    const page = await ctx.newPage();
    const me = { name: 'فاطمہ بی بی', email: email('fatima'), password: 'میرا پاس ورڈ لمبا ہے' };
    await page.goto(app.url);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await expectAccessible(page, 'home ur');
    await page.click('text=اپنا مفت اکاؤنٹ بنائیں');
    await expectAccessible(page, 'signup ur');
    await signUp(page, me);
    await expect.poll(() => page.textContent('h1')).toBe('اپنا اِن باکس دیکھیں');
    await verify(page, me.email);
    expect(new URL(page.url()).pathname).toMatch(/^\/onboarding/);
    expect(await page.getAttribute('html', 'lang')).toBe('ur');
    await ctx.close();
  });

  it('shows translated field messages and keeps what was typed', async () => {
    const ctx = await phone(browser, 'ur');
    const page = await ctx.newPage();
    await page.goto(`${app.url}/signup`);
    await page.fill('#display_name', 'علی');
    await page.fill('#email', 'ali-at-example');
    await page.fill('#password', 'short');
    await page.click('main button[type=submit]');
    await expect.poll(() => page.textContent('#email-error')).toContain('براہِ کرم درست ای میل ایڈریس لکھیں');
    expect(await page.inputValue('#display_name')).toBe('علی');
    expect(await page.inputValue('#email')).toBe('ali-at-example');
    expect(await page.inputValue('#password')).toBe('');
    await expectAccessible(page, 'signup with errors ur');
    await ctx.close();
  });

  it('logs out and logs back in, in English', async () => {
    const ctx = await phone(browser, 'en');
    const page = await ctx.newPage();
    const me = { name: 'Usman Tariq', email: email('usman'), password: 'usman password 1' };
    await signUp(page, me);
    await verify(page, me.email);
    await page.goto(`${app.url}/settings`);
    await expectAccessible(page, 'settings en');
    await page.click('header button:has-text("Log out")');
    await expect.poll(() => page.textContent('.flash')).toContain('You have logged out.');
    await logIn(page, me.email, 'wrong password!');
    await expect.poll(() => page.textContent('.alert')).toContain('That email and password do not match an account.');
    await expectAccessible(page, 'login with error en');
    await logIn(page, me.email, me.password);
    await page.goto(`${app.url}/settings`);
    expect(await page.textContent('main')).toContain(me.email);
    await ctx.close();
  });

  it('resets a forgotten password from the e-mailed link', async () => {
    const ctx = await phone(browser, 'en');
    const page = await ctx.newPage();
    const me = { name: 'Sana Mir', email: email('sana'), password: 'old password 123' };
    await signUp(page, me);
    await verify(page, me.email);
    await page.click('header button:has-text("Log out")');
    await page.goto(`${app.url}/login`);
    await page.click('text=Forgot your password?');
    await expectAccessible(page, 'forgot en');
    await page.fill('#email', me.email);
    await page.click('main button[type=submit]');
    await expect.poll(() => page.textContent('main')).toContain('If an account uses that address');
    await openMailLink(page, me.email, '/reset-password');
    await expectAccessible(page, 'reset en');
    await page.fill('#password', 'new password 456');
    await page.click('main button[type=submit]');
    await expect.poll(() => page.textContent('.flash')).toContain('Your password has been changed');
    await logIn(page, me.email, 'new password 456');
    expect(new URL(page.url()).pathname).not.toBe('/login');
    await ctx.close();
  });

  it('revokes the session of another device', async () => {
    const me = { name: 'Hamza Ali', email: email('hamza'), password: 'hamza password 1' };
    const phoneCtx = await phone(browser, 'en');
    const laptopCtx = await phone(browser, 'en');
    const onPhone = await phoneCtx.newPage();
    const onLaptop = await laptopCtx.newPage();
    await signUp(onPhone, me);
    await verify(onPhone, me.email);
    await logIn(onLaptop, me.email, me.password);
    await onLaptop.goto(`${app.url}/settings`);
    // Only other devices have a revoke button; this one is marked "This device".
    expect(await onLaptop.locator('li.session', { hasText: /· This device/ }).count()).toBe(1);
    const others = onLaptop.locator('li.session form button');
    expect(await others.count()).toBe(1);
    await others.first().click();
    await expect.poll(() => onLaptop.textContent('.flash')).toContain('That device has been logged out.');
    await onPhone.goto(`${app.url}/settings`);
    expect(new URL(onPhone.url()).pathname).toBe('/login');
    await phoneCtx.close();
    await laptopCtx.close();
  });

  it('switches language from any page and remembers it', async () => {
    const ctx = await phone(browser, 'en');
    const page = await ctx.newPage();
    await page.goto(`${app.url}/login`);
    expect(await page.textContent('h1')).toBe('Log in');
    await page.click('.lang-switch :is(a, button)');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.textContent('h1')).toBe('لاگ اِن');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await expectAccessible(page, 'login ur');
    await page.goto(app.url);
    expect(await page.getAttribute('html', 'lang')).toBe('ur');
    await page.click('.lang-switch :is(a, button)');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await ctx.close();
  });

  it('renders Urdu in the Nastaliq web font, downloaded only where Urdu text appears', async () => {
    const ctx = await phone(browser, 'ur', { javaScript: true });
    const page = await ctx.newPage();
    const fonts: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('.woff2')) fonts.push(r.url());
    });
    await page.goto(app.url);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Nastaliq Urdu"', 'ہنر'))).toBe(true);
    expect(fonts.length).toBe(1);
    const family = await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontFamily);
    expect(family).toContain('Noto Nastaliq Urdu');
    // Form controls inherit the font too (browsers give them their own by default).
    await page.goto(`${app.url}/signup`);
    const inputFamily = await page.evaluate(() => getComputedStyle(document.querySelector('#display_name')!).fontFamily);
    expect(inputFamily).toContain('Noto Nastaliq Urdu');
    await ctx.close();
  });
});
