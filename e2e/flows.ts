// What several browser journeys do the same way a person does it: sign up, open the mailed link
// from the development outbox, confirm, log in. Plain form filling and clicking (JavaScript off).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

let n = 0;
/** A fresh address per call, unique across test files sharing one template database. */
export const uniqueEmail = (p: string) => `${p}${++n}.${Date.now()}@example.pk`;

export interface Person {
  name: string;
  email: string;
  password: string;
  role?: 'freelancer' | 'client' | 'both';
}

export async function signUp(page: Page, base: string, who: Person): Promise<void> {
  await page.goto(`${base}/signup`);
  await page.fill('#display_name', who.name);
  await page.fill('#email', who.email);
  await page.fill('#password', who.password);
  await page.check(`input[name=role][value=${who.role ?? 'freelancer'}]`);
  await page.click('main button[type=submit]');
}

/** Opens the development outbox and follows the newest link to `path` for this address. */
export async function openMailLink(page: Page, base: string, to: string, path: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    await page.goto(`${base}/dev/mail?to=${encodeURIComponent(to)}`);
    const link = page.locator(`article a[href*="${path}?token="]`).first();
    if (await link.count()) {
      await link.click();
      return;
    }
    if (Date.now() > deadline) throw new Error(`no ${path} mail for ${to}`);
    await page.waitForTimeout(200);
  }
}

/** Follows the verification link from the outbox and presses the confirm button. */
export async function verifyThroughOutbox(page: Page, base: string, to: string): Promise<void> {
  await openMailLink(page, base, to, '/verify-email');
  expect(new URL(page.url()).pathname).toBe('/verify-email');
  await page.click('main button[type=submit]');
}

export async function logIn(page: Page, base: string, email: string, password: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await page.click('main button[type=submit]');
}

export const pathOf = (page: Page) => new URL(page.url()).pathname;
