import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkToken, TestClient, type TestEnv, testEnv, visibleText, waitForMail } from '../../test/support.ts';
import { endpoints } from './registry.ts';
import { honoPath } from './openapi.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

let n = 0;
const uniqueEmail = (p = 'api') => `${p}${++n}-${Date.now()}@example.pk`;
const ANDROID = 'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Chrome/121.0 Mobile Safari/537.36';
const WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:122.0) Gecko/20100101 Firefox/122.0';

interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  request_id: string;
  errors?: Record<string, string>;
}

/** Asserts a problem+json answer and returns it. */
async function problem(res: Response, status: number, code: string): Promise<Problem> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = JSON.parse(text) as Problem;
  expect(body).toMatchObject({ status, code, type: `https://hunar.pk/problems/${code}` });
  expect(body.request_id).toBe(res.headers.get('x-request-id'));
  expect(body.title.length).toBeGreaterThan(5);
  return body;
}

const count = async (table: 'users' | 'sessions' | 'access_tokens') =>
  Number((await env.deps.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

/** Signs up through the API and follows the mailed link the way a person does (on the page). */
async function signUpAndVerify(opts: { email?: string; password?: string; locale?: 'en' | 'ur'; name?: string } = {}) {
  const email = opts.email ?? uniqueEmail();
  const password = opts.password ?? 'correct horse battery';
  const api = new TestClient(env.app);
  const res = await api.json('POST', '/api/v1/signup', { display_name: opts.name ?? 'Ayesha Khan', email, password, phone: '0300-1234567', role: 'both', locale: opts.locale ?? 'en' });
  expect(res.status).toBe(202);
  expect(await res.json()).toEqual({ status: 'check_email', email });
  const [mail] = await waitForMail(env.deps, email);
  const verified = await new TestClient(env.app).post('/verify-email', { token: linkToken(mail!, '/verify-email') });
  expect(verified.status).toBe(303);
  return { email, password };
}

async function logIn(email: string, password: string, headers: Record<string, string> = {}) {
  const client = new TestClient(env.app, headers);
  const res = await client.json('POST', '/api/v1/login', { email, password });
  expect(res.status).toBe(200);
  return { client, body: (await res.json()) as { user: { id: string } } };
}

describe('the account journey through the API', () => {
  it('signs up, verifies, logs in, reads me, and a personal access token works with Bearer until revoked', async () => {
    const { email, password } = await signUpAndVerify({ name: 'Bilal Ahmed' });

    const client = new TestClient(env.app, { 'user-agent': ANDROID });
    await problem(await client.json('POST', '/api/v1/login', { email, password: 'wrong password!' }), 401, 'auth.invalid_credentials');
    const login = await client.json('POST', '/api/v1/login', { email: email.toUpperCase(), password });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith('hunar_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const { user } = (await login.json()) as { user: Record<string, unknown> };
    expect(user).toMatchObject({ email, email_verified: true, display_name: 'Bilal Ahmed', phone: '+923001234567', roles: ['freelancer', 'client'], locale: 'en', onboarding_completed: false });

    const me = await client.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.headers.get('content-type')).toMatch(/^application\/json/);
    expect(me.headers.get('cache-control')).toBe('no-store');
    expect(await me.json()).toEqual(user);

    const created = await client.json('POST', '/api/v1/tokens', { name: 'CI script' });
    expect(created.status).toBe(201);
    const token = (await created.json()) as { id: string; name: string; token: string; prefix: string; created_at: string };
    expect(token.name).toBe('CI script');
    expect(token.token).toMatch(/^hunar_pat_[\w-]{40,}$/);
    expect(token.token.startsWith(token.prefix)).toBe(true);
    // Listed without its secret.
    const list = (await (await client.get('/api/v1/tokens')).json()) as { tokens: Record<string, unknown>[] };
    expect(list.tokens).toEqual([{ id: token.id, name: 'CI script', prefix: token.prefix, created_at: token.created_at, last_used_at: null }]);
    expect(JSON.stringify(list)).not.toContain(token.token);

    // A script with the token and no cookie at all.
    const script = new TestClient(env.app, { authorization: `Bearer ${token.token}` });
    const viaToken = await script.get('/api/v1/me');
    expect(viaToken.status).toBe(200);
    expect(((await viaToken.json()) as { id: string }).id).toBe(user.id);
    expect(script.cookies.has('hunar_session')).toBe(false);
    // A token needs no CSRF defences (it is never sent by a browser on its own).
    const viaTokenWrite = await script.request('/api/v1/tokens', { method: 'POST', body: JSON.stringify({ name: 'made by script' }), headers: { origin: 'https://elsewhere.example' } });
    expect(viaTokenWrite.status).toBe(201);
    // The token opens the API only, never the site's pages.
    expect((await script.get('/settings')).headers.get('location')).toBe('/login?next=/settings');
    expect(((await (await script.get('/api/v1/tokens')).json()) as { tokens: { last_used_at: string | null }[] }).tokens.some((t) => t.last_used_at)).toBe(true);

    expect((await client.request(`/api/v1/tokens/${token.id}`, { method: 'DELETE' })).status).toBe(204);
    await problem(await script.get('/api/v1/me'), 401, 'auth.required');
    await problem(await client.request(`/api/v1/tokens/${token.id}`, { method: 'DELETE' }), 404, 'auth.access_token_not_found');

    // Log out: the cookie stops working.
    const out = await client.json('POST', '/api/v1/logout');
    expect(out.status).toBe(204);
    expect(client.cookies.has('hunar_session')).toBe(false);
    await problem(await client.get('/api/v1/me'), 401, 'auth.required');
    await problem(await new TestClient(env.app).get('/api/v1/sessions'), 401, 'auth.required');
  });

  it('answers a sign-up with a registered address exactly like a new one', async () => {
    const { email } = await signUpAndVerify();
    const usersBefore = await count('users');
    const again = await new TestClient(env.app).json('POST', '/api/v1/signup', { display_name: 'Intruder', email, password: 'another password', role: 'client' });
    const other = uniqueEmail('fresh');
    const fresh = await new TestClient(env.app).json('POST', '/api/v1/signup', { display_name: 'Someone', email: other, password: 'another password', role: 'client' });
    expect(again.status).toBe(fresh.status);
    expect(await again.json()).toEqual({ status: 'check_email', email });
    expect(await fresh.json()).toEqual({ status: 'check_email', email: other });
    expect(await count('users')).toBe(usersBefore + 1);
  });

  it('resets a forgotten password and changes it, with the same answer for unknown addresses', async () => {
    const { email, password } = await signUpAndVerify();
    const anon = new TestClient(env.app);
    const known = await anon.json('POST', '/api/v1/password/forgot', { email });
    const unknown = await anon.json('POST', '/api/v1/password/forgot', { email: uniqueEmail('nobody') });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await known.json()).toEqual(await unknown.json());
    const mails = await waitForMail(env.deps, email, { count: 2 });
    const token = linkToken(mails[0]!, '/reset-password');
    await problem(await anon.json('POST', '/api/v1/password/reset', { token: 'not-a-token', password: 'brand new password' }), 400, 'auth.token_invalid');
    expect((await anon.json('POST', '/api/v1/password/reset', { token, password: 'brand new password' })).status).toBe(204);
    await problem(await anon.json('POST', '/api/v1/login', { email, password }), 401, 'auth.invalid_credentials');
    const { client } = await logIn(email, 'brand new password');

    const wrong = await problem(await client.json('PUT', '/api/v1/password', { current_password: 'not my password', password: 'another new password' }), 400, 'auth.wrong_password');
    expect(wrong.errors).toEqual({ current_password: 'Your current password is not correct.' });
    expect((await client.json('PUT', '/api/v1/password', { current_password: 'brand new password', password: 'another new password' })).status).toBe(204);
    // This session stays; the next log-in needs the new password.
    expect((await client.get('/api/v1/me')).status).toBe(200);
    await logIn(email, 'another new password');
  });
});

describe('sessions', () => {
  it('lists where you are logged in, logs out one device, refuses someone else’s, and logs out everywhere', async () => {
    const ayesha = await signUpAndVerify();
    const bilal = await signUpAndVerify();
    const { client: phone } = await logIn(ayesha.email, ayesha.password, { 'user-agent': ANDROID });
    const { client: laptop } = await logIn(ayesha.email, ayesha.password, { 'user-agent': WINDOWS });
    const { client: other } = await logIn(bilal.email, bilal.password);

    const res = await phone.get('/api/v1/sessions');
    expect(res.status).toBe(200);
    const { sessions } = (await res.json()) as { sessions: { id: string; browser: string; os: string; ip: string; created_at: string; last_seen_at: string; current: boolean }[] };
    // The verification link also logged Ayesha in on the page.
    expect(sessions).toHaveLength(3);
    const current = sessions.filter((s) => s.current);
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({ browser: 'Chrome', os: 'Android' });
    const laptopSession = sessions.find((s) => s.browser === 'Firefox' && s.os === 'Windows')!;
    expect(laptopSession).toBeDefined();
    expect(Number.isNaN(Date.parse(laptopSession.last_seen_at))).toBe(false);

    // Someone else's session is simply not found, and keeps working.
    const theirs = (await (await other.get('/api/v1/sessions')).json()) as { sessions: { id: string; current: boolean }[] };
    const theirId = theirs.sessions.find((s) => s.current)!.id;
    await problem(await phone.request(`/api/v1/sessions/${theirId}`, { method: 'DELETE' }), 404, 'auth.session_not_found');
    await problem(await phone.request('/api/v1/sessions/not-a-uuid', { method: 'DELETE' }), 404, 'auth.session_not_found');
    expect((await other.get('/api/v1/me')).status).toBe(200);

    expect((await phone.request(`/api/v1/sessions/${laptopSession.id}`, { method: 'DELETE' })).status).toBe(204);
    await problem(await laptop.get('/api/v1/me'), 401, 'auth.required');
    expect((await phone.get('/api/v1/me')).status).toBe(200);

    expect((await phone.request('/api/v1/sessions', { method: 'DELETE' })).status).toBe(204);
    await problem(await phone.get('/api/v1/me'), 401, 'auth.required');
    const left = await env.deps.db.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.user_id').select('sessions.id').where('users.email', '=', ayesha.email).where('revoked_at', 'is', null).execute();
    expect(left).toEqual([]);
    expect((await other.get('/api/v1/me')).status).toBe(200);
  });
});

describe('language', () => {
  it('follows Accept-Language, then the saved choice, and answers errors in Urdu after switching', async () => {
    const anon = new TestClient(env.app, { 'accept-language': 'ur-PK,ur;q=0.9,en;q=0.5' });
    expect(await (await anon.get('/api/v1/language')).json()).toEqual({ locale: 'ur' });
    expect(await (await new TestClient(env.app).get('/api/v1/language')).json()).toEqual({ locale: 'en' });

    const { email, password } = await signUpAndVerify();
    const { client } = await logIn(email, password, { 'accept-language': 'en' });
    const english = await problem(await client.json('POST', '/api/v1/tokens', { name: '' }), 400, 'validation.failed');
    expect(english).toMatchObject({ title: 'Some fields need your attention.', errors: { name: 'This field is required.' } });

    const put = await client.json('PUT', '/api/v1/language', { locale: 'ur' });
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual({ locale: 'ur' });
    expect(client.cookies.get('hunar_lang')).toBe('ur');
    expect((await env.deps.db.selectFrom('users').select('locale').where('email', '=', email).executeTakeFirstOrThrow()).locale).toBe('ur');

    // Saved on the account: Urdu even though this client still sends Accept-Language: en.
    client.cookies.delete('hunar_lang');
    const urdu = await problem(await client.json('POST', '/api/v1/tokens', { name: '' }), 400, 'validation.failed');
    expect(urdu).toMatchObject({ title: 'کچھ خانوں پر توجہ درکار ہے۔', errors: { name: 'یہ خانہ ضروری ہے۔' } });
    expect((await client.get('/api/v1/me')).headers.get('content-language')).toBe('ur');
    expect(((await (await client.get('/api/v1/me')).json()) as { locale: string }).locale).toBe('ur');
    const missing = await problem(await client.get('/api/v1/nothing-here'), 404, 'not_found');
    expect(missing.title).toBe('ہمیں یہ صفحہ نہیں ملا۔');

    const bad = await problem(await client.json('PUT', '/api/v1/language', { locale: 'fr' }), 400, 'validation.failed');
    expect(bad.errors).toEqual({ locale: 'براہِ کرم دیے گئے اختیارات میں سے ایک چنیں۔' });
  });
});

describe('bad input', () => {
  it('refuses wrong types, malformed emails and phones, markup and direction overrides with field messages, storing nothing', async () => {
    const api = new TestClient(env.app);
    const before = await count('users');

    const types = await problem(await api.json('POST', '/api/v1/signup', { email: 5, password: ['x'], display_name: { a: 1 }, role: true }), 400, 'validation.failed');
    expect(types.errors).toEqual({
      display_name: 'This value is not valid.',
      email: 'This value is not valid.',
      password: 'This value is not valid.',
      role: 'Please choose one of the options.',
    });

    const fields = await problem(
      await api.json('POST', '/api/v1/signup', { display_name: 'Ali <script>alert(1)</script>', email: 'not-an-email', password: 'short', phone: '12345', role: 'pirate' }),
      400,
      'validation.failed',
    );
    expect(fields.errors).toEqual({
      display_name: 'Please do not use the characters < or >.',
      email: 'Please enter a valid email address, like name@example.com.',
      password: 'Please use at least 10 characters for your password.',
      phone: 'Please enter a Pakistani mobile number, like 0300-1234567.',
      role: 'Please choose one of the options.',
    });

    const rlo = await problem(await api.json('POST', '/api/v1/signup', { display_name: 'evil\u202Egnp.exe', email: uniqueEmail(), password: 'long enough password', role: 'client' }), 400, 'validation.failed');
    expect(rlo.errors).toEqual({ display_name: 'This text contains hidden direction-changing characters. Please remove them.' });
    const long = await problem(await api.json('POST', '/api/v1/signup', { display_name: 'x'.repeat(81), email: uniqueEmail(), password: 'long enough password', role: 'client' }), 400, 'validation.failed');
    expect(long.errors).toEqual({ display_name: 'Please use at most 80 characters.' });

    const missing = await problem(await api.json('POST', '/api/v1/login', {}), 400, 'validation.failed');
    expect(missing.errors).toEqual({ email: 'This field is required.', password: 'This field is required.' });
    for (const body of [null, [1, 2], 'text', 42]) {
      const res = await problem(await api.json('POST', '/api/v1/signup', body), 400, 'validation.failed');
      expect(res.errors).toBeDefined();
    }
    await problem(await api.request('/api/v1/signup', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email": "a@b.pk",' }), 400, 'request.bad_json');
    await problem(await api.request('/api/v1/login', { method: 'POST', headers: { 'content-type': 'application/json' } }), 400, 'request.bad_json');
    expect(await count('users')).toBe(before);
  });

  it('refuses a 1 MB body with a translated 413, with or without a Content-Length', async () => {
    const before = await count('users');
    const huge = JSON.stringify({ display_name: 'x'.repeat(1024 * 1024), email: uniqueEmail(), password: 'long enough password', role: 'client' });
    const en = await new TestClient(env.app).request('/api/v1/signup', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(huge.length) }, body: huge });
    expect((await problem(en, 413, 'request.too_large')).title).toBe('That request is too large (at most 256 KB).');
    const ur = await new TestClient(env.app, { 'accept-language': 'ur' }).json('POST', '/api/v1/signup', JSON.parse(huge));
    expect((await problem(ur, 413, 'request.too_large')).title).toBe('یہ درخواست بہت بڑی ہے (زیادہ سے زیادہ 256 KB)۔');
    expect(await count('users')).toBe(before);
  });

  it('refuses cookie-authenticated changes without a JSON content type or from another site, changing nothing', async () => {
    const { email, password } = await signUpAndVerify();
    const { client } = await logIn(email, password);
    const tokens = await count('access_tokens');

    const plain = await client.request('/api/v1/tokens', { method: 'POST', body: JSON.stringify({ name: 'sneaky' }), headers: { 'content-type': 'text/plain' } });
    expect((await problem(plain, 403, 'csrf.invalid')).title).toContain('expired');
    const form = await client.request('/api/v1/tokens', { method: 'POST', body: 'name=sneaky', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    await problem(form, 403, 'csrf.invalid');
    // Bytes, so that fetch adds no Content-Type of its own (a string body would get text/plain).
    const none = await client.request('/api/v1/tokens', { method: 'POST', body: new TextEncoder().encode(JSON.stringify({ name: 'sneaky' })) });
    await problem(none, 403, 'csrf.invalid');
    const crossSite = await client.json('POST', '/api/v1/tokens', { name: 'sneaky' }, { origin: 'https://evil.example' });
    await problem(crossSite, 403, 'csrf.invalid');
    const crossDelete = await client.request('/api/v1/sessions', { method: 'DELETE', headers: { origin: 'https://evil.example' } });
    await problem(crossDelete, 403, 'csrf.invalid');
    const crossLanguage = await client.json('PUT', '/api/v1/language', { locale: 'ur' }, { origin: 'null' });
    await problem(crossLanguage, 403, 'csrf.invalid');

    expect(await count('access_tokens')).toBe(tokens);
    expect((await client.get('/api/v1/me')).status).toBe(200);
    expect(((await (await client.get('/api/v1/me')).json()) as { locale: string }).locale).toBe('en');
    // Same origin is fine.
    expect((await client.json('POST', '/api/v1/tokens', { name: 'fine' }, { origin: 'http://localhost:3000' })).status).toBe(201);
  });

  it('refuses an unknown or malformed bearer token with 401 in the caller’s language', async () => {
    const ur = await new TestClient(env.app, { authorization: 'Bearer hunar_pat_nope', 'accept-language': 'ur' }).get('/api/v1/me');
    expect((await problem(ur, 401, 'auth.required')).title).toBe('آگے بڑھنے کے لیے براہِ کرم لاگ اِن کریں۔');
    await problem(await new TestClient(env.app, { authorization: `Bearer ${'x'.repeat(500)}` }).get('/api/v1/language'), 401, 'auth.required');
  });
});

describe('the OpenAPI document and the API page', () => {
  it('lists exactly the routes mounted under /api/v1', async () => {
    const res = await new TestClient(env.app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const doc = (await res.json()) as { openapi: string; servers: { url: string }[]; paths: Record<string, Record<string, { operationId: string }>> };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([{ url: env.deps.config.baseUrl }]);

    const mounted = new Set(env.app.routes.filter((r) => r.path.startsWith('/api/v1') && r.method !== 'ALL').map((r) => `${r.method} ${r.path}`));
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${honoPath(path)}`)));
    const declared = new Set(endpoints.map((e) => `${e.method.toUpperCase()} ${honoPath(e.path)}`));
    expect([...mounted].sort()).toEqual([...documented].sort());
    expect([...documented].sort()).toEqual([...declared].sort());
    // One route per declared endpoint (accounts 15, then profiles and gigs).
    expect(mounted.size).toBe(endpoints.length);
  });

  it('renders the API page in English and in Urdu, listing every endpoint', async () => {
    const en = await new TestClient(env.app, { 'accept-language': 'en' }).get('/api');
    expect(en.status).toBe(200);
    const enHtml = await en.text();
    expect(enHtml).toContain('<html lang="en" dir="ltr">');
    expect(enHtml).toContain('href="/api/openapi.json"');
    expect(enHtml).toContain('href="/settings#tokens"');
    expect(enHtml).not.toMatch(/<script/i);
    const enText = visibleText(enHtml);
    expect(enText).toContain('Authorization: Bearer hunar_pat_');
    expect(enText).toContain('application/problem+json');
    for (const e of endpoints) expect(enText).toContain(`${e.method.toUpperCase()} ${e.path}`);
    expect(enText).toContain('Log out one device');
    expect(enText).toContain('Needs log-in');
    // (visibleText puts a space where each <code> ends.)
    expect(enText).toContain('display_name , email , password , phone (optional), role , locale (optional)');

    const ur = await new TestClient(env.app, { 'accept-language': 'ur' }).get('/api');
    const urHtml = await ur.text();
    expect(urHtml).toContain('<html lang="ur" dir="rtl">');
    const urText = visibleText(urHtml);
    expect(urText).toContain('ہنر اے پی آئی');
    expect(urText).toContain('ایک ڈیوائس سے لاگ آؤٹ کریں');
    expect(urText).toContain('لاگ اِن ضروری ہے');
    expect(urText).toContain('کچھ خانوں پر توجہ درکار ہے۔');
    for (const e of endpoints) expect(urText).toContain(`${e.method.toUpperCase()} ${e.path}`);
    expect(urText).not.toContain('Log out one device');
    expect(urText).not.toContain('Needs log-in');
  });
});
