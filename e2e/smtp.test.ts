// Mail over real SMTP: the app is started with SMTP_URL pointing at a local SMTP server (the
// `smtp-server` package) and a person signs up, receives the verification mail there, and opens
// its link in the browser, in English and in Urdu.
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../src/boot.ts';
import { pathOf, signUp, uniqueEmail } from './flows.ts';
import { decodeWords, type MimePart, parseMime, partOfType } from './mime.ts';
import { expectAccessible, launch, linkIn, phone, startApp } from './support.ts';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

const inbox: Received[] = [];
let smtp: SMTPServer;
let app: Running;
let browser: Browser;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        inbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        done();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (smtp.server.address() as AddressInfo).port;
  [app, browser] = await Promise.all([startApp({ SMTP_URL: `smtp://127.0.0.1:${port}` }), launch()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

/** The first message delivered to this address, parsed. */
async function mailTo(address: string, timeoutMs = 15_000): Promise<{ envelope: Received; mail: MimePart }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = inbox.find((m) => m.to.includes(address));
    if (hit) return { envelope: hit, mail: parseMime(hit.raw) };
    if (Date.now() > deadline) throw new Error(`no SMTP mail to ${address} (received ${inbox.length} for others)`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function readMail(mail: MimePart) {
  const text = partOfType(mail, 'text/plain');
  const html = partOfType(mail, 'text/html');
  expect(mail.headers.get('content-type')).toMatch(/^multipart\/alternative/i);
  expect(text, 'a plain text part').toBeDefined();
  expect(html, 'an HTML part').toBeDefined();
  return { subject: decodeWords(mail.headers.get('subject') ?? ''), to: decodeWords(mail.headers.get('to') ?? ''), text: text!.body, html: html!.body };
}

describe('mail over SMTP', () => {
  it('signs up in English, gets the verification mail by SMTP and confirms from its link', async () => {
    const ctx = await phone(browser, 'en');
    const page = await ctx.newPage();
    const me = { name: 'Kamran Akmal', email: uniqueEmail('kamran'), password: 'kamran password 1' };
    await signUp(page, app.url, me);
    await expect.poll(() => page.textContent('h1')).toBe('Check your inbox');

    const { envelope, mail } = await mailTo(me.email);
    expect(envelope.to).toEqual([me.email]);
    expect(envelope.from).toBe('no-reply@hunar.local');
    const m = readMail(mail);
    expect(m.subject).toBe('Confirm your email address for Hunar');
    expect(m.to).toContain(me.email);
    expect(m.text).toContain(`Kamran Akmal`);
    expect(m.html).toMatch(/<html lang="en" dir="ltr">/);
    const link = linkIn(m.text, '/verify-email');
    expect(link.startsWith(`${app.url}/verify-email?token=`)).toBe(true);
    // The HTML part carries the same link as the text part.
    expect(m.html).toContain(`href="${link}"`);

    // Sent by SMTP, so not kept in the development outbox.
    const outbox = (await (await fetch(`${app.url}/dev/mail?format=json&to=${encodeURIComponent(me.email)}`)).json()) as unknown[];
    expect(outbox).toEqual([]);

    await page.goto(link);
    await expectAccessible(page, 'verify from SMTP link en');
    await page.click('main button[type=submit]');
    expect(pathOf(page)).toBe('/onboarding/language');
    expect(await page.textContent('.flash')).toBeTruthy();
    await ctx.close();
  });

  it('sends the Urdu sign-up its verification mail in Urdu', async () => {
    const ctx = await phone(browser, 'ur');
    const page = await ctx.newPage();
    const me = { name: 'سعدیہ', email: uniqueEmail('sadia'), password: 'سعدیہ کا پاس ورڈ' };
    await signUp(page, app.url, me);
    await expect.poll(() => page.textContent('h1')).toBe('اپنا اِن باکس دیکھیں');

    const { mail } = await mailTo(me.email);
    const m = readMail(mail);
    expect(m.subject).toBe('ہنر کے لیے اپنے ای میل کی تصدیق کریں');
    expect(m.text).toContain('ہنر میں شامل ہونے کا شکریہ۔');
    expect(m.text).toContain('سعدیہ');
    expect(m.html).toMatch(/<html lang="ur" dir="rtl">/);
    expect(m.html).toContain('میرے ای میل کی تصدیق کریں');

    await page.goto(linkIn(m.text, '/verify-email'));
    await page.click('main button[type=submit]');
    expect(pathOf(page)).toBe('/onboarding/language');
    expect(await page.getAttribute('html', 'lang')).toBe('ur');
    await ctx.close();
  });
});
