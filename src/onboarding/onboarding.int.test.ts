import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkToken, TestClient, type TestEnv, testEnv, visibleText, waitForMail } from '../../test/support.ts';
import { syncReferenceData } from '../taxonomy/service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
  // Start-up copies the taxonomy into its tables (boot.ts); the test app is built without boot.
  await syncReferenceData(env.deps.db);
});
afterAll(() => env.close());

let n = 0;
const uniqueEmail = (p = 'onb') => `${p}${++n}-${Date.now()}@example.pk`;

/** Signs up in the given language and role, follows the mailed link, and returns the client. */
async function newUser(opts: { locale: 'en' | 'ur'; role: 'freelancer' | 'client' | 'both'; name?: string }) {
  const client = new TestClient(env.app, { 'accept-language': opts.locale });
  const email = uniqueEmail(opts.role);
  const res = await client.post('/signup', { display_name: opts.name ?? 'Ayesha Khan', email, password: 'a long enough password', role: opts.role, locale: opts.locale });
  expect(res.status).toBe(200);
  const [mail] = await waitForMail(env.deps, email);
  const verified = await client.post('/verify-email', { token: linkToken(mail!, '/verify-email') });
  expect(verified.headers.get('location')).toBe('/onboarding');
  return { client, email };
}

const userRow = (email: string) => env.deps.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
const profileRow = async (email: string) => {
  const u = await userRow(email);
  return env.deps.db.selectFrom('profiles').selectAll().where('user_id', '=', u.id).executeTakeFirst();
};

/** Opens a wizard page and checks what every page must have. */
async function page(client: TestClient, path: string, locale: 'en' | 'ur') {
  const res = await client.get(path);
  expect(res.status, path).toBe(200);
  const html = await res.text();
  expect(html, path).toContain(locale === 'ur' ? '<html lang="ur" dir="rtl">' : '<html lang="en" dir="ltr">');
  expect(html, path).toMatch(/<progress value="\d+" max="\d+" aria-labelledby="wizard-progress">/);
  expect(html, path).not.toMatch(/\sstyle="/);
  return { html, text: visibleText(html) };
}

async function submit(client: TestClient, step: string, form: Record<string, string | string[]>) {
  const res = await client.post(`/onboarding/${step}`, { action: 'continue', ...form });
  return res;
}

async function expectNext(client: TestClient, step: string, form: Record<string, string | string[]>, next: string) {
  const res = await submit(client, step, form);
  expect(res.status, `${step} -> ${next}`).toBe(303);
  expect(res.headers.get('location')).toBe(next);
}

describe('a freelancer in Urdu', () => {
  it('goes through every step in Urdu and lands on a dashboard with their city in Urdu', async () => {
    const { client, email } = await newUser({ locale: 'ur', role: 'freelancer', name: 'عائشہ خان' });

    const start = await client.get('/onboarding');
    expect(start.headers.get('location')).toBe('/onboarding/language');

    let p = await page(client, '/onboarding/language', 'ur');
    // Sign-up asked the role: the wizard does not ask it again.
    expect(p.text).toContain('مرحلہ 1 از 7');
    expect(p.text).toContain('آپ کون سی زبان استعمال کرنا چاہیں گے؟');
    expect(p.text).toContain('آگے بڑھیں');
    expect(p.text).toContain('ابھی چھوڑ دیں');
    expect(p.html).toContain('href="/dashboard">بعد میں مکمل کریں</a>');
    await expectNext(client, 'language', { locale: 'ur' }, '/onboarding/category');
    expect(client.cookies.get('hunar_lang')).toBe('ur');
    expect((await client.get('/onboarding/role')).headers.get('location')).toBe('/onboarding');

    p = await page(client, '/onboarding/category', 'ur');
    expect(p.text).toContain('مرحلہ 2 از 7');
    expect(p.html).toContain('<a href="/onboarding/language" rel="prev">پیچھے</a>');
    expect(p.text).toContain('آپ کا اصل ہنر کیا ہے؟');
    expect(p.text).toContain('ڈیزائن');
    await expectNext(client, 'category', { main_category: 'design' }, '/onboarding/city');

    p = await page(client, '/onboarding/city', 'ur');
    expect(p.text).toContain('ملتان');
    expect(p.html).toContain('<optgroup label="پنجاب">');
    await expectNext(client, 'city', { city_slug: 'multan' }, '/onboarding/languages');

    p = await page(client, '/onboarding/languages', 'ur');
    expect(p.text).toContain('سرائیکی');
    await expectNext(client, 'languages', { languages: ['ur', 'skr', 'en'] }, '/onboarding/payout');

    p = await page(client, '/onboarding/payout', 'ur');
    expect(p.text).toContain('مرحلہ 5 از 7');
    for (const w of ['بینک اکاؤنٹ یا راست', 'جاز کیش', 'ایزی پیسہ', 'پائونیر', 'کسی بھی جاز کیش دکان']) expect(p.text).toContain(w);
    await expectNext(client, 'payout', { payout_method: 'jazzcash' }, '/onboarding/privacy');

    p = await page(client, '/onboarding/privacy', 'ur');
    expect(p.text).toContain('بہت سی خواتین فری لانسرز');
    await expectNext(client, 'privacy', { show_photo: 'initials', show_city: 'hide' }, '/onboarding/done');

    p = await page(client, '/onboarding/done', 'ur');
    expect(p.text).toContain('مرحلہ 7 از 7');
    expect(p.text).toContain('آپ تیار ہیں');
    const done = await client.post('/onboarding/done', {});
    expect(done.headers.get('location')).toBe('/dashboard');

    const profile = await profileRow(email);
    expect(profile).toMatchObject({ main_category: 'design', city_slug: 'multan', languages: ['ur', 'skr', 'en'], payout_method: 'jazzcash', show_photo: false, show_city: false });
    const user = await userRow(email);
    expect(user.onboarding_completed_at).not.toBeNull();
    expect(user.locale).toBe('ur');

    const dash = await client.get('/dashboard');
    expect(dash.status).toBe(200);
    const html = await dash.text();
    const text = visibleText(html);
    expect(html).toContain('<html lang="ur" dir="rtl">');
    expect(html).toContain('<span dir="auto">عائشہ خان</span>');
    expect(text).toContain('آپ کا اکاؤنٹ تیار ہے۔ ہنر میں خوش آمدید!');
    expect(text).toContain('ملتان');
    expect(text).toContain('جاز کیش');
    expect(text).toContain('اردو، سرائیکی، انگریزی');
    expect(text).toContain('صرف آپ کے نام کے پہلے حروف');
    expect(text).not.toContain('اپنے اکاؤنٹ کی تیاری مکمل کریں');
    expect(text).toContain('آپ کی فری لانسر پروفائل');
    expect(text).not.toContain('جاب پوسٹ کریں');
    expect(text).not.toContain('Multan');

    // Coming back later reviews the answers from the top, the role included (it can change there).
    expect((await client.get('/onboarding')).headers.get('location')).toBe('/onboarding/language');
    await expectNext(client, 'language', { locale: 'ur' }, '/onboarding/role');
    p = await page(client, '/onboarding/role', 'ur');
    expect(p.text).toContain('مرحلہ 2 از 8');
    expect(p.html).toMatch(/value="freelancer" checked/);
  });
});

describe('a client', () => {
  it('sees "what you want done" and never the payout or privacy steps', async () => {
    const { client, email } = await newUser({ locale: 'ur', role: 'client' });
    // They switch to English on the first step: the rest of the wizard follows.
    await expectNext(client, 'language', { locale: 'en' }, '/onboarding/needs');
    expect(client.cookies.get('hunar_lang')).toBe('en');
    expect((await userRow(email)).locale).toBe('en');

    const p = await page(client, '/onboarding/needs', 'en');
    expect(p.text).toContain('Step 2 of 3');
    expect(p.text).toContain('What would you like done?');
    expect(p.text).not.toContain('How would you like to be paid?');
    expect(p.html).toContain('<a href="/onboarding/language" rel="prev">Back</a>');

    // The freelancer steps are not theirs: pages send them back, posts store nothing.
    for (const step of ['payout', 'privacy', 'city', 'category', 'languages']) {
      const res = await client.get(`/onboarding/${step}`);
      expect(res.status, step).toBe(303);
      expect(res.headers.get('location')).toBe('/onboarding');
    }
    await client.post('/onboarding/payout', { action: 'continue', payout_method: 'bank' });
    await client.post('/onboarding/city', { action: 'skip' });
    expect((await profileRow(email))?.payout_method ?? null).toBeNull();
    expect((await userRow(email)).onboarding_step).toBe('needs');

    await expectNext(client, 'needs', { client_needs: 'A logo for my bakery in Lahore\nand a menu card.', country: 'ZZ' }, '/onboarding/done');
    expect(await profileRow(email)).toMatchObject({ client_needs: 'A logo for my bakery in Lahore\nand a menu card.', country: 'ZZ', payout_method: null });
    await client.post('/onboarding/done', {});

    const text = visibleText(await (await client.get('/dashboard')).text());
    expect(text).toContain('Post a job');
    expect(text).toContain('A logo for my bakery in Lahore');
    expect(text).toContain('Abroad');
    expect(text).not.toContain('Your freelancer profile');
    expect(text).not.toContain('How you get paid');
    expect(text).not.toContain('Finish setting up your account');
  });

  it('who chose "both" at sign-up sees the freelancer steps and then the client step', async () => {
    const { client } = await newUser({ locale: 'en', role: 'both' });
    await expectNext(client, 'language', { locale: 'en' }, '/onboarding/category');
    for (const step of ['category', 'city', 'languages', 'payout']) {
      const res = await client.post(`/onboarding/${step}`, { action: 'skip' });
      expect(res.status).toBe(303);
    }
    await expectNext(client, 'privacy', { show_photo: 'photo', show_city: 'show' }, '/onboarding/needs');
    const p = await page(client, '/onboarding/needs', 'en');
    expect(p.text).toContain('Step 7 of 8');
    expect(p.html).toContain('<a href="/onboarding/privacy" rel="prev">Back</a>');
  });
});

describe('skipping, leaving and coming back', () => {
  it('skips a step without changing what was saved, and moves on', async () => {
    const { client, email } = await newUser({ locale: 'en', role: 'freelancer' });
    await expectNext(client, 'city', { city_slug: 'lahore' }, '/onboarding/languages');
    const before = await profileRow(email);
    // Back to the city step, change the choice, but press "Skip for now".
    const p = await page(client, '/onboarding/city', 'en');
    expect(p.html).toMatch(/<option value="lahore" selected/);
    const skipped = await client.post('/onboarding/city', { action: 'skip', city_slug: 'karachi' });
    expect(skipped.status).toBe(303);
    expect(skipped.headers.get('location')).toBe('/onboarding/languages');
    expect(await profileRow(email)).toEqual(before);
    expect((await userRow(email)).onboarding_step).toBe('languages');
    // Skipping even the language step leaves the language alone.
    await client.post('/onboarding/language', { action: 'skip', locale: 'ur' });
    expect((await userRow(email)).locale).toBe('en');
  });

  it('resumes at the saved step after leaving, and the dashboard shows how far along they are', async () => {
    const { client, email } = await newUser({ locale: 'en', role: 'freelancer' });
    await expectNext(client, 'language', { locale: 'en' }, '/onboarding/category');
    await expectNext(client, 'category', { main_category: 'writing' }, '/onboarding/city');
    await client.post('/onboarding/city', { action: 'skip' });
    await expectNext(client, 'languages', { languages: 'en' }, '/onboarding/payout');

    // "Finish later": the dashboard offers to continue, with the progress.
    const dash = await client.get('/dashboard');
    const html = await dash.text();
    const text = visibleText(html);
    expect(text).toContain('Finish setting up your account');
    expect(text).toContain('Step 5 of 7');
    expect(html).toContain('<progress value="5" max="7" aria-labelledby="dashboard-progress">');
    expect(html).toContain('href="/onboarding"');
    expect(text).toContain('Writing');
    expect(text).toContain('Not chosen yet');

    // Another day, another device.
    await client.post('/logout', {});
    const later = new TestClient(env.app);
    const logIn = await later.post('/login', { email, password: 'a long enough password' });
    expect(logIn.status).toBe(303);
    const resume = await later.get('/onboarding');
    expect(resume.headers.get('location')).toBe('/onboarding/payout');
    const p = await page(later, '/onboarding/payout', 'en');
    expect(p.text).toContain('Step 5 of 7');
  });
});

describe('bad input', () => {
  it('re-renders in Urdu, keeps what was typed, and stores nothing', async () => {
    const { client, email } = await newUser({ locale: 'ur', role: 'both' });
    const before = { user: await userRow(email), profile: await profileRow(email) };

    const city = await submit(client, 'city', { city_slug: 'atlantis' });
    expect(city.status).toBe(400);
    let html = await city.text();
    expect(html).toContain('<html lang="ur" dir="rtl">');
    expect(visibleText(html)).toContain('براہِ کرم فہرست میں سے شہر چنیں۔');
    expect(visibleText(html)).toContain('کچھ خانوں پر توجہ درکار ہے۔');
    expect(html).toContain('aria-invalid="true"');

    const payout = await submit(client, 'payout', { payout_method: 'bitcoin' });
    expect(payout.status).toBe(400);
    expect(visibleText(await payout.text())).toContain('براہِ کرم دیے گئے اختیارات میں سے ایک چنیں۔');

    const languages = await submit(client, 'languages', { languages: ['ur', 'klingon'] });
    expect(languages.status).toBe(400);
    html = await languages.text();
    expect(visibleText(html)).toContain('براہِ کرم فہرست میں سے زبانیں چنیں۔');
    // The valid box stays ticked.
    expect(html).toMatch(/value="ur" checked/);

    const long = 'ک'.repeat(10 * 1024);
    const tooLong = await submit(client, 'needs', { client_needs: long, country: 'PK' });
    expect(tooLong.status).toBe(400);
    html = await tooLong.text();
    expect(visibleText(html)).toContain('براہِ کرم زیادہ سے زیادہ 500 حروف لکھیں۔');
    expect(html).toContain(long);

    const rlo = await submit(client, 'needs', { client_needs: 'Need a website \u202Egnp.exe', country: 'PK' });
    expect(rlo.status).toBe(400);
    expect(visibleText(await rlo.text())).toContain('اس متن میں سمت بدلنے والے چھپے ہوئے حروف ہیں۔');

    // The role was chosen at sign-up: there is no role step until the set-up is finished, so a post
    // to it stores nothing and goes back to where they are.
    const role = await submit(client, 'role', { role: 'admin' });
    expect(role.status).toBe(303);
    expect(role.headers.get('location')).toBe('/onboarding');
    const step = await client.post('/onboarding/wallet', { action: 'continue', wallet: 'x' });
    expect(step.status).toBe(404);
    const unknown = await client.get('/onboarding/wallet');
    expect(unknown.status).toBe(404);
    expect(visibleText(await unknown.text())).toContain('ہمیں یہ صفحہ نہیں ملا۔');

    const after = { user: await userRow(email), profile: await profileRow(email) };
    expect(after).toEqual(before);
  });

  it('refuses a step without its CSRF token', async () => {
    const { client, email } = await newUser({ locale: 'en', role: 'freelancer' });
    const res = await client.post('/onboarding/city', { action: 'continue', city_slug: 'lahore' }, { csrf: false });
    expect(res.status).toBe(403);
    expect(await profileRow(email)).toBeUndefined();
  });
});

describe('signed-out visitors', () => {
  it('are sent to log in, then back', async () => {
    const anon = new TestClient(env.app);
    for (const [path, next] of [
      ['/onboarding', '/onboarding'],
      ['/onboarding/city', '/onboarding/city'],
      ['/dashboard', '/dashboard'],
    ] as const) {
      const res = await anon.get(path);
      expect(res.status, path).toBe(303);
      expect(res.headers.get('location')).toBe(`/login?next=${next}`);
    }
    const post = await anon.post('/onboarding/city', { action: 'continue', city_slug: 'lahore' });
    expect(post.status).toBe(303);
    expect(post.headers.get('location')).toBe('/login?next=/onboarding/city');
  });
});

describe('the dashboard', () => {
  it('asks an unverified user to confirm their email, with a resend button', async () => {
    const client = new TestClient(env.app);
    const email = uniqueEmail('unverified');
    await client.post('/signup', { display_name: 'Bilal', email, password: 'a long enough password', role: 'freelancer', locale: 'en' });
    await waitForMail(env.deps, email);
    // Log in without following the link.
    const logIn = await client.post('/login', { email, password: 'a long enough password' });
    expect(logIn.status).toBe(303);
    const html = await (await client.get('/dashboard')).text();
    const text = visibleText(html);
    expect(text).toContain('Confirm your email address');
    expect(html).toContain('action="/verify-email/resend"');
    expect(text).toContain('Finish setting up your account');
    expect(text.indexOf('Confirm your email address')).toBeLessThan(text.indexOf('Finish setting up your account'));
  });
});
