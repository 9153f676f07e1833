// Notification mail over real SMTP (a local `smtp-server`): in the recipient's language with text
// and HTML parts and the RFC 8058 headers, whose one-click POST turns the kind off; messages batched
// into one digest (none when read); and a refusing server retried by the queue while the
// notification stays.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWords, type MimePart, parseMime, partOfType } from '../../e2e/mime.ts';
import { TestClient, type TestEnv, testEnv } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import { notify } from './notify.ts';
import { markConversationRead, sendMessageDigest, sendNotificationMail, unreadNotifications } from './service.ts';

interface Received {
  to: string[];
  raw: string;
}

const inbox: Received[] = [];
/** Addresses the server refuses, with how many more times it will. */
const refusals = new Map<string, number>();
let smtp: SMTPServer;
let env: TestEnv;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const left = refusals.get(address.address) ?? 0;
      if (left > 0) {
        refusals.set(address.address, left - 1);
        const e = new Error('Mailbox busy, try again later') as Error & { responseCode: number };
        e.responseCode = 451;
        return callback(e);
      }
      callback();
    },
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        done();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (smtp.server.address() as AddressInfo).port;
  env = await testEnv({ SMTP_URL: `smtp://127.0.0.1:${port}` });
});

afterAll(async () => {
  await env?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

let n = 0;
async function person(locale: 'en' | 'ur', name: string) {
  const email = `smtp-notify-${++n}-${Date.now()}@example.pk`;
  const user = await createAccount(env.deps.db, env.deps, { email, password: 'correct horse battery', displayName: name, isFreelancer: true, isClient: true, locale, verified: true, onboarded: true });
  return { id: user.id, email };
}

const mailsTo = (address: string) => inbox.filter((m) => m.to.includes(address)).map((m) => parseMime(m.raw));

async function mailTo(address: string, timeoutMs = 15_000): Promise<MimePart> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [hit] = mailsTo(address);
    if (hit) return hit;
    if (Date.now() > deadline) throw new Error(`no SMTP mail to ${address}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function read(mail: MimePart) {
  expect(mail.headers.get('content-type')).toMatch(/^multipart\/alternative/i);
  const text = partOfType(mail, 'text/plain');
  const html = partOfType(mail, 'text/html');
  expect(text, 'a plain text part').toBeDefined();
  expect(html, 'an HTML part').toBeDefined();
  return { subject: decodeWords(mail.headers.get('subject') ?? ''), text: text!.body, html: html!.body };
}

const tell = (userId: string, kind: 'invited' | 'withdrawal_failed', params: Record<string, string | { minor: string; currency: 'PKR' }>, link: string) =>
  env.deps.db.transaction().execute((tx) => notify(env.deps, tx, { userId, kind, params, link }));

const prefOf = (userId: string, kind: string) => env.deps.db.selectFrom('notification_preferences').select(['email', 'in_app']).where('user_id', '=', userId).where('kind', '=', kind).executeTakeFirst();

describe('notification mail over SMTP', () => {
  it('arrives in the recipient’s language, text and HTML, with one-click unsubscribe headers that a cookie-less POST honours', async () => {
    const me = await person('ur', 'عائشہ صدیقی');
    await tell(me.id, 'invited', { job: 'Shop sign in Urdu', from: 'Hamza Qureshi' }, '/jobs/11111111-2222-4333-8444-555555555555');
    const mail = await mailTo(me.email);
    const m = read(mail);
    expect(m.subject).toBe('Hamza Qureshi نے آپ کو ہنر پر ایک جاب کی دعوت دی ہے');
    expect(m.text).toContain('السلام علیکم عائشہ صدیقی');
    expect(m.text).toContain('“Shop sign in Urdu”');
    expect(m.text).toContain('http://localhost:3000/jobs/11111111-2222-4333-8444-555555555555');
    expect(m.html).toMatch(/<html lang="ur" dir="rtl">/);
    expect(m.html).toContain('جاب دیکھیں');

    expect(mail.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const link = mail.headers.get('list-unsubscribe')?.match(/^<(https?:\/\/[^>]+)>$/)?.[1];
    expect(link).toMatch(new RegExp(`^http://localhost:3000/unsubscribe/${me.id}/invited/[\\w-]{43}$`));
    expect(m.text).toContain(link!);
    expect(m.html).toContain(`href="${link}"`);

    // What a mail client does (RFC 8058): POST the body below to the link, without any cookie.
    const post = (path: string) => new TestClient(env.app).request(path, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const path = new URL(link!).pathname;
    expect((await post(path.replace(/[\w-]{43}$/, (s) => `${s.slice(0, 42)}${s.endsWith('x') ? 'y' : 'x'}`))).status).toBe(404);
    expect(await prefOf(me.id, 'invited')).toBeUndefined();
    const done = await post(path);
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('ہو گیا: اب یہ ای میلز نہیں آئیں گی');
    expect(await prefOf(me.id, 'invited')).toEqual({ email: false, in_app: true });
  });

  it('batches messages: three within 15 minutes make one mail, grouped by sender, when the digest runs', async () => {
    const me = await person('ur', 'بلال احمد');
    const emma = '0f0e0d0c-0b0a-4908-8706-050403020100';
    const hamza = '1f1e1d1c-1b1a-4918-8716-151413121110';
    const message = (from: string, conversation: string) =>
      env.deps.db.transaction().execute((tx) => notify(env.deps, tx, { userId: me.id, kind: 'message', params: { from, conversation }, link: `/messages/${conversation}` }));
    await message('Emma Clarke', emma);
    env.clock.advance(5 * 60_000);
    await message('حمزہ ملک', hamza);
    env.clock.advance(5 * 60_000);
    await message('Emma Clarke', emma);
    // Messages are not in the bell (they have their own count), and nothing is mailed one by one.
    expect(await unreadNotifications(env.deps.db, me.id)).toBe(0);
    expect(await sendMessageDigest(env.deps, me.id)).toBe('later');
    await new Promise((r) => setTimeout(r, 1000));
    expect(mailsTo(me.email)).toHaveLength(0);

    env.clock.advance(5 * 60_000);
    expect(await sendMessageDigest(env.deps, me.id)).toBe('sent');
    const m = read(await mailTo(me.email));
    expect(m.subject).toBe('ہنر پر 3 نئے پیغامات');
    expect(m.text).toContain('- Emma Clarke: 2 پیغامات');
    expect(m.text).toContain('- حمزہ ملک: 1 پیغام');
    expect(m.text).toContain('http://localhost:3000/messages');
    expect(m.html).toContain('<li>Emma Clarke: 2 پیغامات</li>');
    // Run again (a retry, a second worker): nothing more.
    expect(await sendMessageDigest(env.deps, me.id)).toBe('nothing');
    expect(mailsTo(me.email)).toHaveLength(1);
  });

  it('sends no digest when the person read the conversations meanwhile', async () => {
    const me = await person('en', 'Emma Clarke');
    const conversation = '2f2e2d2c-2b2a-4928-8726-252423222120';
    for (let i = 0; i < 3; i++) {
      await env.deps.db.transaction().execute((tx) => notify(env.deps, tx, { userId: me.id, kind: 'message', params: { from: 'Ayesha Khan', conversation }, link: `/messages/${conversation}` }));
      env.clock.advance(2 * 60_000);
    }
    await markConversationRead(env.deps, me.id, conversation);
    env.clock.advance(15 * 60_000);
    expect(await sendMessageDigest(env.deps, me.id)).toBe('nothing');
    await new Promise((r) => setTimeout(r, 500));
    expect(mailsTo(me.email)).toHaveLength(0);
  });

  it('retries a refused send through the queue with backoff; the notification stays meanwhile', { timeout: 60_000 }, async () => {
    const me = await person('en', 'Usman Tariq');
    refusals.set(me.email, 2);
    await tell(me.id, 'withdrawal_failed', { amount: { minor: '200000', currency: 'PKR' }, reference: 'HNR-0A1B2C3D', reason: 'Account title does not match' }, '/payouts');
    const [row] = await env.deps.db.selectFrom('notifications').select(['id', 'emailed_at']).where('user_id', '=', me.id).execute();
    expect(row).toBeDefined();
    // A direct attempt shows what the queue sees: the server refuses, the send throws, nothing is lost.
    await expect(sendNotificationMail(env.deps, row!.id)).rejects.toThrow(/451|busy/i);
    expect(await unreadNotifications(env.deps.db, me.id)).toBe(1);
    expect((await env.deps.db.selectFrom('notifications').select('emailed_at').where('id', '=', row!.id).executeTakeFirstOrThrow()).emailed_at).toBeNull();

    // The queue's own attempts: refused once more, then retried after its backoff, and delivered.
    const m = read(await mailTo(me.email, 50_000));
    expect(m.subject).toBe('Your withdrawal could not be paid');
    expect(m.text).toContain('Account title does not match');
    expect(refusals.get(me.email)).toBe(0);
    expect(mailsTo(me.email)).toHaveLength(1);
    await expect
      .poll(async () => (await env.deps.db.selectFrom('notifications').select('emailed_at').where('id', '=', row!.id).executeTakeFirstOrThrow()).emailed_at, { timeout: 5_000 })
      .not.toBeNull();
    expect(await unreadNotifications(env.deps.db, me.id)).toBe(1);
  });
});
