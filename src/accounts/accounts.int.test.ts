import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkToken, TestClient, type TestEnv, testEnv, visibleText, waitForMail } from '../../test/support.ts';
import * as accounts from './service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

let n = 0;
const uniqueEmail = (p = 'user') => `${p}${++n}-${Date.now()}@example.pk`;

async function signUpAndVerify(client: TestClient, email: string, password = 'correct horse battery', extra: Record<string, string> = {}) {
  const res = await client.post('/signup', { display_name: 'Ayesha Khan', email, password, role: 'freelancer', locale: 'en', ...extra });
  expect(res.status).toBe(200);
  const [mail] = await waitForMail(env.deps, email);
  const token = linkToken(mail!, '/verify-email');
  const verified = await client.post('/verify-email', { token });
  expect(verified.status).toBe(303);
  return verified;
}

describe('sign-up and verification', () => {
  it('creates an account, mails a link, and the link logs the person in and starts onboarding', async () => {
    const client = new TestClient(env.app);
    const email = uniqueEmail();
    const res = await client.post('/signup', { display_name: 'Bilal Ahmed', email, password: 'a long enough pw', phone: '0300-1234567', role: 'both', locale: 'en' });
    expect(res.status).toBe(200);
    expect(visibleText(await res.text())).toContain(`We have sent a message to ${email}`);
    const user = await env.deps.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
    expect(user.phone).toBe('+923001234567');
    expect(user.is_freelancer && user.is_client).toBe(true);
    expect(user.email_verified_at).toBeNull();
    expect(user.password_hash).toMatch(/^\$argon2id\$/);

    const [mail] = await waitForMail(env.deps, email);
    expect(mail!.subject).toBe('Confirm your email address for Hunar');
    expect(mail!.html_body).toContain('Bilal Ahmed');
    const token = linkToken(mail!, '/verify-email');
    // The GET shows a button; it does not use the token up (mail scanners follow links).
    expect((await client.get(`/verify-email?token=${token}`)).status).toBe(200);
    const verified = await client.post('/verify-email', { token });
    expect(verified.headers.get('location')).toBe('/onboarding');
    expect(client.cookies.get('hunar_session')).toBeTruthy();
    const settings = await client.get('/settings');
    expect(visibleText(await settings.text())).toContain(`${email} · confirmed`);
    // Single use.
    const again = await new TestClient(env.app).post('/verify-email', { token });
    expect(again.status).toBe(400);
    expect(visibleText(await again.text())).toContain('This link is invalid or has expired');
  });

  it('writes the mail in Urdu for someone who signs up in Urdu', async () => {
    const client = new TestClient(env.app, { 'accept-language': 'ur' });
    const email = uniqueEmail('urdu');
    const res = await client.post('/signup', { display_name: 'عائشہ خان', email, password: 'ایک لمبا پاس ورڈ', role: 'freelancer', locale: 'ur' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('اپنا اِن باکس دیکھیں');
    const [mail] = await waitForMail(env.deps, email);
    expect(mail!.subject).toBe('ہنر کے لیے اپنے ای میل کی تصدیق کریں');
    expect(mail!.text_body).toContain('السلام علیکم عائشہ خان');
    expect(mail!.html_body).toContain('dir="rtl"');
  });

  it('answers a sign-up with a registered address exactly like a new one, and mails the owner instead', async () => {
    const email = uniqueEmail('taken');
    await signUpAndVerify(new TestClient(env.app), email);
    const before = await env.deps.db.selectFrom('users').select('password_hash').where('email', '=', email).executeTakeFirstOrThrow();
    const fresh = await new TestClient(env.app).post('/signup', { display_name: 'Someone', email: uniqueEmail('new'), password: 'another password', role: 'client' });
    const dup = await new TestClient(env.app).post('/signup', { display_name: 'Intruder', email: email.toUpperCase(), password: 'another password', role: 'client' });
    expect(dup.status).toBe(fresh.status);
    const strip = (s: string) => visibleText(s).replace(/\S+@example\.pk/gi, 'EMAIL');
    expect(strip(await dup.text())).toBe(strip(await fresh.text()));
    const mails = await waitForMail(env.deps, email, { count: 2 });
    expect(mails[0]!.subject).toBe('Someone tried to sign up to Hunar with your email');
    const after = await env.deps.db.selectFrom('users').select('password_hash').where('email', '=', email).executeTakeFirstOrThrow();
    expect(after.password_hash).toBe(before.password_hash);
  });

  it('keeps what was typed and shows translated field messages on bad input, storing nothing', async () => {
    const client = new TestClient(env.app, { 'accept-language': 'ur' });
    const count = async () => Number((await env.deps.db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const res = await client.post('/signup', { display_name: 'Ali <script>alert(1)</script>', email: 'not-an-email', password: 'short', phone: '12345', role: 'pirate' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(visibleText(html)).toContain('براہِ کرم > یا < کے نشان استعمال نہ کریں۔');
    expect(html).toContain('براہِ کرم درست ای میل ایڈریس لکھیں');
    expect(html).toContain('کم از کم 10 حروف');
    expect(html).toContain('براہِ کرم پاکستانی موبائل نمبر لکھیں');
    expect(html).toContain('value="not-an-email"');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('value="short"');
    expect(await count()).toBe(before);
  });

  it('refuses names with direction-override characters and over-long names', async () => {
    const client = new TestClient(env.app);
    const rlo = await client.post('/signup', { display_name: 'evil\u202Egnp.exe', email: uniqueEmail(), password: 'long enough password', role: 'client' });
    expect(rlo.status).toBe(400);
    expect(visibleText(await rlo.text())).toContain('hidden direction-changing characters');
    const long = await client.post('/signup', { display_name: 'x'.repeat(81), email: uniqueEmail(), password: 'long enough password', role: 'client' });
    expect(visibleText(await long.text())).toContain('at most 80 characters');
  });

  it('refuses a form without its CSRF token and changes nothing', async () => {
    const client = new TestClient(env.app);
    const email = uniqueEmail('csrf');
    const res = await client.post('/signup', { display_name: 'No Token', email, password: 'long enough password', role: 'client' }, { csrf: false });
    expect(res.status).toBe(403);
    expect(visibleText(await res.text())).toContain('This form has expired');
    const forged = await client.post('/signup', { display_name: 'No Token', email, password: 'long enough password', role: 'client' }, { csrf: 'x'.repeat(43) });
    expect(forged.status).toBe(403);
    expect(await env.deps.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()).toBeUndefined();
  });
});

describe('log-in, log-out and sessions', () => {
  it('logs in with the right password only, with one message that does not say which part was wrong', async () => {
    const email = uniqueEmail('login');
    await signUpAndVerify(new TestClient(env.app), email, 'right password here');
    const client = new TestClient(env.app);
    const wrong = await client.post('/login', { email, password: 'wrong password' });
    const unknown = await client.post('/login', { email: uniqueEmail('nobody'), password: 'wrong password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(visibleText(await wrong.text())).toContain('That email and password do not match an account.');
    expect(visibleText(await unknown.text())).toContain('That email and password do not match an account.');
    const ok = await client.post('/login', { email: email.toUpperCase(), password: 'right password here', next: '/settings' });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/settings');
    const cookie = ok.headers.getSetCookie().find((c) => c.startsWith('hunar_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    // Only a hash of the token is stored.
    const token = client.cookies.get('hunar_session')!;
    expect(await env.deps.db.selectFrom('sessions').select('id').where('token_hash', '=', token).executeTakeFirst()).toBeUndefined();

    const out = await client.post('/logout', {});
    expect(out.status).toBe(303);
    expect((await client.get('/settings')).headers.get('location')).toBe('/login?next=/settings');
    // The old cookie no longer works even if someone kept it.
    const stolen = new TestClient(env.app);
    stolen.cookies.set('hunar_session', token);
    expect((await stolen.get('/settings')).status).toBe(303);
  });

  it('never redirects to another site after log-in', async () => {
    const email = uniqueEmail('next');
    await signUpAndVerify(new TestClient(env.app), email, 'right password here');
    const client = new TestClient(env.app);
    const res = await client.post('/login', { email, password: 'right password here', next: '//evil.example/steal' });
    expect(res.headers.get('location')).toBe('/dashboard');
  });

  it('lists sessions with their device, revokes another device, and logs out everywhere', async () => {
    const email = uniqueEmail('sessions');
    const phone = new TestClient(env.app, { 'user-agent': 'Mozilla/5.0 (Linux; Android 11) Chrome/119.0 Mobile Safari/537.36' });
    await signUpAndVerify(phone, email, 'right password here');
    const laptop = new TestClient(env.app, { 'user-agent': 'Mozilla/5.0 (Windows NT 10.0) Gecko/20100101 Firefox/120.0' });
    await laptop.post('/login', { email, password: 'right password here' });

    const page = visibleText(await (await laptop.get('/settings')).text());
    expect(page).toContain('Chrome on Android');
    expect(page).toContain('Firefox on Windows · This device');

    const actor = await accounts.authenticateSession(env.deps, laptop.cookies.get('hunar_session')!);
    const sessions = await accounts.listSessions(env.deps, actor);
    const other = sessions.find((s) => !s.current)!;
    const res = await laptop.post(`/settings/sessions/${other.id}/revoke`, {});
    expect(res.status).toBe(303);
    expect((await phone.get('/settings')).status).toBe(303);
    expect((await laptop.get('/settings')).status).toBe(200);

    // Someone else cannot revoke my session: to them it does not exist.
    const stranger = new TestClient(env.app);
    await signUpAndVerify(stranger, uniqueEmail('stranger'), 'right password here');
    const mine = (await accounts.listSessions(env.deps, actor))[0]!;
    const denied = await stranger.post(`/settings/sessions/${mine.id}/revoke`, {});
    expect(denied.status).toBe(404);
    expect((await laptop.get('/settings')).status).toBe(200);

    await laptop.post('/settings/sessions/revoke-all', {});
    expect((await laptop.get('/settings')).status).toBe(303);
  });

  it('rate-limits log-in attempts per account, with a translated message', async () => {
    const local = await testEnv({ RATE_LIMIT_LOGIN: '3' });
    try {
      const client = new TestClient(local.app, { 'accept-language': 'ur' });
      const email = uniqueEmail('limited');
      for (let i = 0; i < 3; i++) expect((await client.post('/login', { email, password: 'wrong' })).status).toBe(401);
      const blocked = await client.post('/login', { email, password: 'wrong' });
      expect(blocked.status).toBe(429);
      expect(blocked.headers.get('retry-after')).toBeTruthy();
      expect(await blocked.text()).toContain('بہت زیادہ کوششیں ہو گئی ہیں');
    } finally {
      await local.close();
    }
  });
});

describe('password reset and change, e-mail change', () => {
  it('resets a forgotten password by a single-use, expiring link and logs out every device', async () => {
    const email = uniqueEmail('reset');
    const device = new TestClient(env.app);
    await signUpAndVerify(device, email, 'old password here');
    const client = new TestClient(env.app);
    const asked = await client.post('/forgot-password', { email });
    const unknown = await client.post('/forgot-password', { email: uniqueEmail('ghost') });
    expect(visibleText(await asked.text())).toContain('If an account uses that address');
    expect(visibleText(await unknown.text())).toContain('If an account uses that address');
    const mails = await waitForMail(env.deps, email, { count: 2 });
    const token = linkToken(mails[0]!, '/reset-password');
    expect((await client.get(`/reset-password?token=${token}`)).status).toBe(200);
    const done = await client.post('/reset-password', { token, password: 'brand new password' });
    expect(done.headers.get('location')).toBe('/login');
    expect((await device.get('/settings')).status).toBe(303);
    expect((await client.post('/login', { email, password: 'old password here' })).status).toBe(401);
    expect((await client.post('/login', { email, password: 'brand new password' })).status).toBe(303);
    expect((await new TestClient(env.app).post('/reset-password', { token, password: 'third password here' })).status).toBe(400);
  });

  it('refuses an expired reset link', async () => {
    const email = uniqueEmail('expire');
    await signUpAndVerify(new TestClient(env.app), email, 'old password here');
    await new TestClient(env.app).post('/forgot-password', { email });
    const mails = await waitForMail(env.deps, email, { count: 2 });
    const token = linkToken(mails[0]!, '/reset-password');
    env.clock.advance(61 * 60 * 1000);
    try {
      const res = await new TestClient(env.app).get(`/reset-password?token=${token}`);
      expect(res.status).toBe(400);
    } finally {
      env.clock.advance(-61 * 60 * 1000);
    }
  });

  it('changes the password only with the current one, and logs out other devices', async () => {
    const email = uniqueEmail('change');
    const me = new TestClient(env.app);
    await signUpAndVerify(me, email, 'first password here');
    const other = new TestClient(env.app);
    await other.post('/login', { email, password: 'first password here' });
    const bad = await me.post('/settings/password', { current_password: 'nope', password: 'second password here' });
    expect(bad.status).toBe(400);
    expect(visibleText(await bad.text())).toContain('Your current password is not correct.');
    const ok = await me.post('/settings/password', { current_password: 'first password here', password: 'second password here' });
    expect(ok.status).toBe(303);
    expect((await me.get('/settings')).status).toBe(200);
    expect((await other.get('/settings')).status).toBe(303);
  });

  it('changes the e-mail only after the new address confirms it', async () => {
    const email = uniqueEmail('old');
    const next = uniqueEmail('new');
    const me = new TestClient(env.app);
    await signUpAndVerify(me, email, 'first password here');
    const res = await me.post('/settings/email', { email: next, current_password: 'first password here' });
    expect(res.status).toBe(303);
    const notice = await waitForMail(env.deps, email, { count: 2 });
    expect(notice[0]!.subject).toBe('Your Hunar email address is being changed');
    const [confirm] = await waitForMail(env.deps, next);
    expect((await env.deps.db.selectFrom('users').select('email').where('email', '=', email).executeTakeFirst())?.email).toBe(email);
    const token = linkToken(confirm!, '/settings/email/confirm');
    expect((await me.post('/settings/email/confirm', { token })).status).toBe(303);
    expect(visibleText(await (await me.get('/settings')).text())).toContain(`${next} · confirmed`);
  });
});

describe('language', () => {
  it('follows Accept-Language, then the cookie, then the account', async () => {
    const client = new TestClient(env.app, { 'accept-language': 'ur-PK,ur;q=0.9,en;q=0.5' });
    const home = await client.get('/');
    expect(await home.text()).toContain('<html lang="ur" dir="rtl">');
    await client.post('/language', { locale: 'en', next: '/login' });
    expect(await (await client.get('/')).text()).toContain('<html lang="en" dir="ltr">');

    const email = uniqueEmail('lang');
    await signUpAndVerify(client, email);
    await client.post('/language', { locale: 'ur', next: '/' });
    const fresh = new TestClient(env.app, { 'accept-language': 'en' });
    await fresh.post('/login', { email, password: 'correct horse battery' });
    expect(await (await fresh.get('/settings')).text()).toContain('<html lang="ur" dir="rtl">');
  });
});

describe('confirming the address again', () => {
  it('sends a new link from the check-your-inbox page, without saying whether the address has an account', async () => {
    const client = new TestClient(env.app);
    const email = uniqueEmail('again');
    const signed = await client.post('/signup', { display_name: 'Sana Iqbal', email, password: 'a long enough pw', role: 'client', locale: 'en' });
    const page = await signed.text();
    expect(page).toContain('action="/verify-email/resend"');
    expect(page).toContain(`name="email" value="${email}"`);
    const [first] = await waitForMail(env.deps, email);
    const res = await client.post('/verify-email/resend', { email });
    expect(res.status).toBe(200);
    expect(visibleText(await res.text())).toContain('If an account with this address is waiting for confirmation, we have sent it a new link.');
    const mails = await waitForMail(env.deps, email, { count: 2 });
    const fresh = mails.find((m) => linkToken(m, '/verify-email') !== linkToken(first!, '/verify-email'))!;
    // The new link replaces the old one.
    expect((await new TestClient(env.app).post('/verify-email', { token: linkToken(first!, '/verify-email') })).status).toBe(400);
    expect((await new TestClient(env.app).post('/verify-email', { token: linkToken(fresh, '/verify-email') })).status).toBe(303);

    // An unknown address, or one already confirmed, gets the same answer and no mail.
    for (const other of [uniqueEmail('nobody'), email]) {
      const same = await new TestClient(env.app).post('/verify-email/resend', { email: other });
      expect(same.status).toBe(200);
      expect(visibleText(await same.text())).toContain('we have sent it a new link');
    }
    const after = await env.deps.db.selectFrom('mail_outbox').select('id').where('to_address', '=', email).execute();
    expect(after).toHaveLength(2);
  });

  it('offers a new link where an old one failed, in Urdu too', async () => {
    const res = await new TestClient(env.app, { 'accept-language': 'ur' }).post('/verify-email', { token: 'not-a-real-token' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('action="/verify-email/resend"');
    expect(visibleText(html)).toContain('تصدیق کا نیا لنک منگوائیں');
  });

  it('is rate-limited per address', async () => {
    const limited = await testEnv({ RATE_LIMIT_RESET: '2' });
    try {
      const email = uniqueEmail('limited');
      const client = new TestClient(limited.app);
      expect((await client.post('/verify-email/resend', { email })).status).toBe(200);
      expect((await client.post('/verify-email/resend', { email })).status).toBe(200);
      const third = await client.post('/verify-email/resend', { email });
      expect(third.status).toBe(429);
      expect(third.headers.get('retry-after')).toBeTruthy();
    } finally {
      await limited.close();
    }
  });
});

describe('administrators', () => {
  it('see Administration in the header and land on /admin after logging in, unless a page was asked for', async () => {
    const email = uniqueEmail('admin');
    await accounts.createAccount(env.deps.db, env.deps, { email, password: 'admin password here', displayName: 'Admin', isFreelancer: false, isClient: false, isAdmin: true, locale: 'en', verified: true, onboarded: true });
    const admin = new TestClient(env.app);
    const res = await admin.post('/login', { email, password: 'admin password here' });
    expect(res.headers.get('location')).toBe('/admin');
    const home = await (await admin.get('/')).text();
    expect(home).toMatch(/<nav[\s\S]*href="\/admin"[\s\S]*<\/nav>/);
    expect((await admin.get('/login')).headers.get('location')).toBe('/admin');
    const asked = await new TestClient(env.app).post('/login', { email, password: 'admin password here', next: '/settings' });
    expect(asked.headers.get('location')).toBe('/settings');
    expect((await new TestClient(env.app).post('/login', { email, password: 'admin password here', next: '//evil.example' })).headers.get('location')).toBe('/admin');

    // Everyone else: no such link, and the dashboard after logging in.
    const other = uniqueEmail('member');
    await signUpAndVerify(new TestClient(env.app), other, 'right password here');
    const person = new TestClient(env.app);
    expect((await person.post('/login', { email: other, password: 'right password here' })).headers.get('location')).toBe('/dashboard');
    expect(await (await person.get('/dashboard')).text()).not.toContain('href="/admin"');
  });
});
