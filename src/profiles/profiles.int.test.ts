import { formatMoney } from '../platform/money.ts';
import { RATE_MAX } from './domain.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText, waitForMail } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

let n = 0;
const PASSWORD = 'a long enough password';

/** A verified, onboarded account, logged in through the log-in form in its language. */
async function signedIn(opts: { locale: 'en' | 'ur'; name: string; freelancer?: boolean; client?: boolean }) {
  const email = `prof${++n}-${Date.now()}@example.pk`;
  const user = await createAccount(env.deps.db, env.deps, {
    email,
    password: PASSWORD,
    displayName: opts.name,
    phone: '+923001234567',
    isFreelancer: opts.freelancer ?? true,
    isClient: opts.client ?? false,
    locale: opts.locale,
    verified: true,
    onboarded: true,
  });
  const client = new TestClient(env.app, { 'accept-language': opts.locale });
  const res = await client.post('/login', { email, password: PASSWORD });
  expect(res.status).toBe(303);
  return { client, user, email };
}

const anonymous = (locale: 'en' | 'ur') => new TestClient(env.app, { 'accept-language': locale });

async function page(client: TestClient, path: string, status = 200) {
  const res = await client.get(path);
  expect(res.status, path).toBe(status);
  const html = await res.text();
  expect(html, path).not.toMatch(/\sstyle="/);
  return { html, text: visibleText(html) };
}

const profileRow = (userId: string) => env.deps.db.selectFrom('profiles').selectAll().where('user_id', '=', userId).executeTakeFirst();
const audits = (actorId: string) => env.deps.db.selectFrom('audit_events').select('kind').where('actor_id', '=', actorId).orderBy('id').execute();

const urduProfile = {
  headline: 'لوگو اور برانڈ ڈیزائنر',
  bio_ur: 'میں لاہور سے ہوں اور پانچ سال سے لوگو بنا رہی ہوں۔',
  bio_en: 'I design logos.',
  skills: ['logo-design', 'graphic-design', 'illustration'],
  languages: ['ur', 'en'],
  city_slug: 'lahore',
  show_city: 'on',
  hourly_rate: '۲۵۰۰',
  hourly_rate_currency: 'PKR',
  availability: 'limited',
  education: 'بی اے، پنجاب یونیورسٹی',
  certificates: '',
};

describe('a freelancer edits their profile in Urdu', () => {
  it('sees the Urdu form, saves, and finds it on /u/<handle> as written, with skills in Urdu and the rate formatted', async () => {
    const { client, user } = await signedIn({ locale: 'ur', name: 'عائشہ خان' });
    const edit = await page(client, '/profile/edit');
    expect(edit.html).toContain('<html lang="ur" dir="rtl">');
    expect(edit.text).toContain('اپنی پروفائل میں تبدیلی کریں');
    expect(edit.text).toContain('لوگو ڈیزائن');
    expect(edit.html).toContain(`value="${user.handle}"`);
    // Every field has a label.
    for (const id of ['handle', 'headline', 'bio_en', 'bio_ur', 'hourly_rate', 'education', 'city_slug']) expect(edit.html, id).toContain(`for="${id}"`);

    const saved = await client.post('/profile/edit', { handle: 'ayesha-designs', ...urduProfile });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/u/ayesha-designs');

    const p = await page(client, '/u/ayesha-designs');
    expect(p.html).toContain('<html lang="ur" dir="rtl">');
    expect(p.text).toContain('آپ کی پروفائل محفوظ ہو گئی ہے۔');
    expect(p.html).toContain('<p dir="auto">لوگو اور برانڈ ڈیزائنر</p>');
    expect(p.html).toContain('<div class="user-text" dir="auto">میں لاہور سے ہوں اور پانچ سال سے لوگو بنا رہی ہوں۔</div>');
    expect(p.text).toContain('لوگو ڈیزائن');
    expect(p.text).toContain('گرافک ڈیزائن');
    expect(p.text).toContain('لاہور');
    expect(p.text).toContain('محدود دستیابی');
    expect(p.text).toMatch(/2,500.*فی گھنٹہ/);
    expect(p.text).toContain('سے ممبر');
    expect(p.html).toContain('<span class="avatar" aria-hidden="true" dir="auto">ع\u200Cخ</span>');
    // The owner sees how complete it is, and what is missing, as links.
    expect(p.text).toContain('آپ کی پروفائل 88% مکمل ہے');
    expect(p.html).toContain('<a href="/profile/portfolio">پورٹ فولیو میں کوئی کام شامل کریں</a>');
    // Never contact details.
    expect(p.html).not.toContain('@example.pk');
    expect(p.html).not.toContain('3001234567');

    const row = await profileRow(user.id);
    expect(row).toMatchObject({ headline: 'لوگو اور برانڈ ڈیزائنر', hourly_rate_minor: '250000', hourly_rate_currency: 'PKR', skills: urduProfile.skills, show_city: true });
    expect((await audits(user.id)).map((a) => a.kind)).toContain('profile.updated');

    // An English reader sees English chrome and skill names, the user's Urdu text as written, no bar.
    const en = await page(anonymous('en'), '/u/ayesha-designs');
    expect(en.html).toContain('<html lang="en" dir="ltr">');
    expect(en.text).toContain('Logo design');
    expect(en.text).toContain('Lahore');
    expect(en.text).toMatch(/Rs\s?2,500 an hour|PKR\s?2,500 an hour/);
    expect(en.text).toContain('لوگو اور برانڈ ڈیزائنر');
    expect(en.text).toContain('Member since');
    expect(en.text).not.toContain('complete');
    expect(en.html).not.toContain('href="/profile/edit"');

    // The same through the API.
    const api = await anonymous('en').get('/api/v1/profiles/ayesha-designs');
    expect(api.status).toBe(200);
    const body = (await api.json()) as Record<string, unknown> & { freelancer: Record<string, unknown> };
    expect(body).toMatchObject({ handle: 'ayesha-designs', url: '/u/ayesha-designs', display_name: 'عائشہ خان', city: { slug: 'lahore', ur: 'لاہور' } });
    expect(body.freelancer).toMatchObject({ headline: 'لوگو اور برانڈ ڈیزائنر', hourly_rate: { amount: '250000', currency: 'PKR' }, availability: 'limited' });
    expect(JSON.stringify(body)).not.toMatch(/example\.pk|3001234567/);
  });

  it('keeps what was typed and says what is wrong, in Urdu, when a field is refused', async () => {
    const { client, user } = await signedIn({ locale: 'ur', name: 'بلال' });
    const res = await client.post('/profile/edit', { ...urduProfile, handle: user.handle, headline: '<script>alert(1)</script>', hourly_rate: '-500', bio_en: 'still here' });
    expect(res.status).toBe(400);
    const html = await res.text();
    const text = visibleText(html);
    expect(text).toContain('کچھ خانوں پر توجہ درکار ہے۔');
    expect(text).toContain('براہِ کرم > یا < کے نشان استعمال نہ کریں۔');
    expect(text).toContain('رقم منفی نہیں ہو سکتی۔');
    expect(html).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).toContain('>still here</textarea>');
    expect(html).toMatch(/value="logo-design" checked/);
    expect(await profileRow(user.id)).toBeUndefined();
  });
});

describe('privacy', () => {
  it('a hidden city is hidden from others in the page and the API, and the owner is told', async () => {
    const { client, user } = await signedIn({ locale: 'en', name: 'Zara Ahmed' });
    const r = await client.json('PUT', '/api/v1/me/profile', { headline: 'Translator', city_slug: 'karachi', show_city: false, languages: ['ur'] });
    expect(r.status).toBe(200);
    const own = (await r.json()) as { city: unknown; show_city: boolean; completeness: { percent: number; missing: { part: string; message: string; url: string }[] } };
    expect(own.show_city).toBe(false);
    expect(own.city).toMatchObject({ slug: 'karachi' });
    expect(own.completeness.missing[0]).toEqual({ part: 'bio', message: 'Write about yourself', url: '/profile/edit#bio_en' });

    for (const locale of ['en', 'ur'] as const) {
      const p = await page(anonymous(locale), `/u/${user.handle}`);
      expect(p.text).not.toContain(locale === 'en' ? 'Karachi' : 'کراچی');
      const api = await anonymous(locale).get(`/api/v1/profiles/${user.handle}`);
      const body = await api.text();
      expect(JSON.parse(body).city).toBeNull();
      expect(body).not.toContain('karachi');
    }
    const mine = await page(client, `/u/${user.handle}`);
    expect(mine.text).toContain('Karachi — Hidden: only you see your city.');
  });
});

describe('the portfolio', () => {
  it('the owner adds, edits, reorders and deletes items with plain forms; every change is audited', async () => {
    const { client, user } = await signedIn({ locale: 'en', name: 'Sana Malik' });
    let p = await page(client, '/profile/portfolio');
    expect(p.text).toContain('0 of 30 items');
    for (const title of ['First logo', 'Second logo']) {
      const res = await client.post('/profile/portfolio', { title, description: 'A <b>bold</b> brand', link: 'https://behance.net/sana' });
      expect(res.status).toBe(303);
    }
    p = await page(client, '/profile/portfolio');
    expect(p.text).toContain('The item has been added to your portfolio.');
    expect(p.html).toContain('A &lt;b&gt;bold&lt;/b&gt; brand');
    const ids = [...p.html.matchAll(/\/profile\/portfolio\/([0-9a-f-]{36})\/edit/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);

    expect((await client.post(`/profile/portfolio/${ids[1]}/move`, { direction: 'up' })).status).toBe(303);
    p = await page(client, '/profile/portfolio');
    expect(p.text.indexOf('Second logo')).toBeLessThan(p.text.indexOf('First logo'));

    const edit = await page(client, `/profile/portfolio/${ids[0]}/edit`);
    expect(edit.html).toContain('value="First logo"');
    const bad = await client.post(`/profile/portfolio/${ids[0]}/edit`, { title: 'Renamed', description: 'A <b>bold</b> brand', link: 'javascript:alert(document.cookie)' });
    expect(bad.status).toBe(400);
    const badText = visibleText(await bad.text());
    expect(badText).toContain('Enter a web address, such as behance.net/your-name');
    expect(badText).not.toContain('First logo');
    // An address typed without https:// is completed.
    expect((await client.post(`/profile/portfolio/${ids[0]}/edit`, { title: 'Renamed', description: 'A <b>bold</b> brand', link: 'behance.net/ayesha-logos' })).status).toBe(303);
    expect((await page(client, `/profile/portfolio/${ids[0]}/edit`)).html).toContain('value="https://behance.net/ayesha-logos"');
    expect((await client.post(`/profile/portfolio/${ids[0]}/edit`, { title: 'Renamed', description: 'A <b>bold</b> brand', link: '' })).status).toBe(303);
    expect((await client.post(`/profile/portfolio/${ids[1]}/delete`, {})).status).toBe(303);

    const list = await client.get('/api/v1/me/portfolio');
    expect(((await list.json()) as { items: unknown[] }).items).toEqual([{ id: ids[0], title: 'Renamed', description: 'A <b>bold</b> brand', link: null, position: 1, images: [] }]);
    expect((await audits(user.id)).map((a) => a.kind).filter((k) => k.startsWith('portfolio.'))).toEqual(['portfolio.added', 'portfolio.added', 'portfolio.reordered', 'portfolio.updated', 'portfolio.updated', 'portfolio.deleted']);

    const pub = await page(anonymous('ur'), `/u/${user.handle}`);
    expect(pub.text).toContain('Renamed');
    expect(pub.text).toContain('پورٹ فولیو');
  });

  it('someone else cannot edit, move or delete another freelancer’s item, by page or API', async () => {
    const owner = await signedIn({ locale: 'en', name: 'Owner' });
    const other = await signedIn({ locale: 'ur', name: 'دوسرا' });
    const created = await owner.client.json('POST', '/api/v1/me/portfolio', { title: 'Mine', description: '', link: 'https://example.com/x' });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const page403 = await other.client.get(`/profile/portfolio/${id}/edit`);
    expect(page403.status).toBe(403);
    expect(visibleText(await page403.text())).toContain('آپ کو یہ کرنے کی اجازت نہیں ہے۔');
    expect((await other.client.post(`/profile/portfolio/${id}/edit`, { title: 'Stolen' })).status).toBe(403);
    expect((await other.client.post(`/profile/portfolio/${id}/delete`, {})).status).toBe(403);
    expect((await other.client.post(`/profile/portfolio/${id}/move`, { direction: 'up' })).status).toBe(403);

    const put = await other.client.json('PUT', `/api/v1/me/portfolio/${id}`, { title: 'Stolen' });
    expect(put.status).toBe(403);
    expect(((await put.json()) as { code: string }).code).toBe('auth.forbidden');
    expect((await other.client.json('DELETE', `/api/v1/me/portfolio/${id}`)).status).toBe(403);
    // Someone else's item cannot be slipped into one's own order either.
    expect((await other.client.json('PUT', '/api/v1/me/portfolio', { order: [id] })).status).toBe(400);
    expect((await other.client.json('DELETE', '/api/v1/me/portfolio/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await other.client.json('DELETE', '/api/v1/me/portfolio/not-an-id')).status).toBe(404);

    const item = await env.deps.db.selectFrom('portfolio_items').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(item).toMatchObject({ title: 'Mine', user_id: owner.user.id });
  });

  it('a client without a freelancer profile has no portfolio', async () => {
    const { client } = await signedIn({ locale: 'en', name: 'Client Co', freelancer: false, client: true });
    expect((await client.get('/profile/portfolio')).status).toBe(403);
    expect((await client.json('POST', '/api/v1/me/portfolio', { title: 'x' })).status).toBe(403);
  });
});

describe('bad input is refused with a translated message and nothing is stored', () => {
  it('through the API, in English and Urdu', async () => {
    const en = await signedIn({ locale: 'en', name: 'Hamza' });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ headline: 'x'.repeat(10 * 1024) }, 'headline', 'Please use at most 120 characters.'],
      [{ headline: '<script>alert(1)</script>' }, 'headline', 'Please do not use the characters < or >.'],
      [{ headline: 'abc\u202Efdp.exe' }, 'headline', 'This text contains hidden direction-changing characters. Please remove them.'],
      [{ bio_en: 'ok \u2066hidden\u2069' }, 'bio_en', 'This text contains hidden direction-changing characters. Please remove them.'],
      [{ hourly_rate: -100 }, 'hourly_rate', 'The amount cannot be negative.'], [{ hourly_rate: 0 }, 'hourly_rate', 'Enter an amount greater than zero, such as 1500 or 12.50.'],
      [{ hourly_rate: '999999999', hourly_rate_currency: 'PKR' }, 'hourly_rate', `The hourly rate can be at most ${formatMoney('en', RATE_MAX.PKR)}.`],
      [{ skills: ['not-a-skill'] }, 'skills', 'Please choose skills from the list.'],
      [{ handle: 'admin' }, 'handle', 'This address is reserved. Please choose another.'],
    ];
    for (const [body, field, message] of cases) {
      const res = await en.client.json('PUT', '/api/v1/me/profile', body);
      expect(res.status, field).toBe(400);
      const problem = (await res.json()) as { code: string; errors: Record<string, string> };
      expect(problem.code).toBe('validation.failed');
      expect(problem.errors[field], JSON.stringify(body).slice(0, 60)).toBe(message);
    }
    const link = await en.client.json('POST', '/api/v1/me/portfolio', { title: 'x', link: 'javascript:alert(1)' });
    expect(((await link.json()) as { errors: Record<string, string> }).errors.link).toBe('Enter a web address, such as behance.net/your-name');
    expect(await profileRow(en.user.id)).toBeUndefined();
    expect(await env.deps.db.selectFrom('portfolio_items').select('id').where('user_id', '=', en.user.id).execute()).toEqual([]);

    const ur = await signedIn({ locale: 'ur', name: 'حمزہ' });
    const res = await ur.client.json('PUT', '/api/v1/me/profile', { headline: '<b>x</b>', hourly_rate: '0' });
    const problem = (await res.json()) as { title: string; errors: Record<string, string> };
    expect(problem.title).toBe('کچھ خانوں پر توجہ درکار ہے۔');
    expect(problem.errors.headline).toBe('براہِ کرم > یا < کے نشان استعمال نہ کریں۔');
    expect(problem.errors.hourly_rate).toBe('صفر سے زیادہ رقم لکھیں، جیسے 1500 یا 12.50۔');
    expect(await profileRow(ur.user.id)).toBeUndefined();
  });

  it('a handle someone else has is refused', async () => {
    const a = await signedIn({ locale: 'en', name: 'A' });
    const b = await signedIn({ locale: 'en', name: 'B' });
    const res = await b.client.json('PUT', '/api/v1/me/profile', { handle: a.user.handle.toUpperCase() });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: Record<string, string> }).errors.handle).toBe('This address is already taken. Please choose another.');
  });

  it('a bio keeps markup as written, and the page escapes it', async () => {
    const { client, user } = await signedIn({ locale: 'en', name: 'Xss Tester' });
    const res = await client.json('PUT', '/api/v1/me/profile', { bio_en: '<script>alert("x")</script><img src=x onerror=alert(1)>' });
    expect(res.status).toBe(200);
    expect((await profileRow(user.id))?.bio_en).toBe('<script>alert("x")</script><img src=x onerror=alert(1)>');
    const p = await page(anonymous('en'), `/u/${user.handle}`);
    expect(p.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(p.html).not.toContain('<script>alert');
    expect(p.html).not.toContain('<img src=x');
  });
});

describe('unknown handles', () => {
  it('are a 404 page in the reader’s language, and a 404 problem in the API', async () => {
    const en = await page(anonymous('en'), '/u/nobody-here-at-all', 404);
    expect(en.text).toContain('We could not find that page.');
    const ur = await page(anonymous('ur'), '/u/nobody-here-at-all', 404);
    expect(ur.html).toContain('<html lang="ur" dir="rtl">');
    expect(ur.text).toContain('ہمیں یہ صفحہ نہیں ملا۔');
    await page(anonymous('en'), `/u/${encodeURIComponent('<script>')}`, 404);
    const api = await anonymous('ur').get('/api/v1/profiles/nobody-here-at-all');
    expect(api.status).toBe(404);
    expect(((await api.json()) as { title: string }).title).toBe('ہمیں یہ صفحہ نہیں ملا۔');
  });

  it('/profile pages need a log-in', async () => {
    const res = await anonymous('en').get('/profile/edit');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/login?next=%2Fprofile%2Fedit');
    expect((await anonymous('en').get('/api/v1/me/profile')).status).toBe(401);
  });
});

describe('a client profile', () => {
  it('shows name or company, country, city, about and the job placeholders', async () => {
    const { client, user } = await signedIn({ locale: 'en', name: 'Imran', freelancer: false, client: true });
    const edit = await page(client, '/profile/edit');
    expect(edit.text).toContain('Your client profile');
    expect(edit.text).not.toContain('Your freelancer profile');
    const res = await client.post('/profile/edit', { handle: user.handle, company_name: 'Imran Textiles', about: 'We need catalogues.', country: 'PK', city_slug: 'karachi', show_city: 'on' });
    expect(res.status).toBe(303);
    const p = await page(anonymous('ur'), `/u/${user.handle}`);
    expect(p.text).toContain('Imran Textiles');
    expect(p.text).toContain('We need catalogues.');
    expect(p.text).toContain('پاکستان');
    expect(p.text).toContain('کراچی');
    expect(p.text).toContain('پوسٹ کی گئی جابز 0');
    expect(p.text).not.toContain('آپ کی پروفائل');
  });
});

describe('track record on public profiles', () => {
  it('shows a client’s jobs posted and hire rate, and a freelancer’s response time to invitations', async () => {
    const c = await signedIn({ locale: 'en', name: 'Hamza', freelancer: false, client: true });
    const f = await signedIn({ locale: 'ur', name: 'عائشہ' });
    // Before anything happens: honest blanks, not zeros that look like a record.
    expect((await page(anonymous('en'), `/u/${c.user.handle}`)).text).toContain('Hire rate No jobs yet');
    expect((await page(anonymous('en'), `/u/${f.user.handle}`)).text).toContain('Average response time Not measured yet');

    const job = { description: 'Two pages.', kind: 'fixed', currency: 'PKR', budget: { amount: '500000', currency: 'PKR' }, duration: 'lt_1_week', experience: 'entry' };
    const ids: string[] = [];
    for (const title of ['Menu translation', 'Shop sign']) {
      const res = await c.client.json('POST', '/api/v1/jobs', { ...job, title });
      ids.push(((await res.json()) as { id: string }).id);
    }
    for (const id of ids) expect((await c.client.json('POST', `/api/v1/jobs/${id}/invites`, { handle: f.user.handle })).status).toBe(201);
    env.clock.advance(3 * 3600_000 - 60_000);
    try {
      const proposals: string[] = [];
      for (const id of ids) {
        const res = await f.client.json('POST', `/api/v1/jobs/${id}/proposals`, { cover_letter: 'حاضر ہوں', amount: { amount: '450000', currency: 'PKR' }, delivery_days: 2 });
        expect(res.status).toBe(201);
        proposals.push(((await res.json()) as { id: string }).id);
      }
      expect((await c.client.json('POST', `/api/v1/proposals/${proposals[0]}/shortlist`)).status).toBe(200);
      expect((await c.client.json('POST', `/api/v1/proposals/${proposals[0]}/hire`)).status).toBe(200);
    } finally {
      env.clock.set(new Date());
    }

    const client = (await page(anonymous('ur'), `/u/${c.user.handle}`)).text;
    expect(client).toContain('پوسٹ کی گئی جابز 2');
    expect(client).toMatch(/کام دینے کی شرح 50\s?٪|کام دینے کی شرح 50\s?%/);
    const freelancer = (await page(anonymous('en'), `/u/${f.user.handle}`)).text;
    expect(freelancer).toContain('Average response time Within 3 hours');
    const api = (await (await anonymous('en').get(`/api/v1/profiles/${f.user.handle}`)).json()) as { freelancer: { response_minutes: number } };
    expect(api.freelancer.response_minutes).toBe(179);
    const capi = (await (await anonymous('en').get(`/api/v1/profiles/${c.user.handle}`)).json()) as { client: { jobs_posted: number; hire_rate_percent: number } };
    expect(capi.client).toMatchObject({ jobs_posted: 2, hire_rate_percent: 50 });
  });
});

describe('inviting a freelancer from their profile', () => {
  const postJob = async (client: TestClient, title: string) =>
    ((await (await client.json('POST', '/api/v1/jobs', { title, description: 'Details of the work.', kind: 'fixed', budget: { amount: '3000000', currency: 'PKR' }, duration: '1_4_weeks', experience: 'intermediate', currency: 'PKR' })).json()) as { id: string }).id;

  it('lets a client with open jobs invite the freelancer to one, in Urdu, and the freelancer is told by mail', async () => {
    const freelancer = await signedIn({ locale: 'en', name: 'Ayesha Khan' });
    const handle = String((await env.deps.db.selectFrom('users').select('handle').where('id', '=', freelancer.user.id).executeTakeFirstOrThrow()).handle);
    const hamza = await signedIn({ locale: 'ur', name: 'حمزہ ملک', freelancer: false, client: true });
    const open = await postJob(hamza.client, 'Shop website');
    const closed = await postJob(hamza.client, 'Old logo job');
    expect((await hamza.client.json('POST', `/api/v1/jobs/${closed}/close`)).status).toBe(200);

    const { html, text } = await page(hamza.client, `/u/${handle}`);
    expect(text).toContain('Ayesha Khan کو جاب کی دعوت دیں');
    expect(html).toContain(`action="/u/${handle}/invite"`);
    expect(html).toContain(`<option value="${open}"`);
    expect(html).not.toContain(`value="${closed}"`);

    const sent = await hamza.client.post(`/u/${handle}/invite`, { job: open });
    expect(sent.status).toBe(303);
    const after = await page(hamza.client, sent.headers.get('location')!.replace(/#.*/, ''));
    expect(after.text).toContain('فری لانسر کو دعوت دے دی گئی ہے۔');
    expect(await env.deps.db.selectFrom('job_invites').select('job_id').where('freelancer_id', '=', freelancer.user.id).execute()).toEqual([{ job_id: open }]);
    const [mail] = await waitForMail(env.deps, freelancer.email);
    expect(mail!.subject).toBe('حمزہ ملک invites you to a job on Hunar');
  });

  it('refuses a job that is not the client’s own with a translated message, and sends the jobless to post one', async () => {
    const freelancer = await signedIn({ locale: 'en', name: 'Bilal Ahmed' });
    const handle = String((await env.deps.db.selectFrom('users').select('handle').where('id', '=', freelancer.user.id).executeTakeFirstOrThrow()).handle);
    const other = await signedIn({ locale: 'en', name: 'Emma Clarke', freelancer: false, client: true });
    const theirs = await postJob(other.client, 'Someone else’s job');
    const client = await signedIn({ locale: 'en', name: 'Usman Tariq', freelancer: false, client: true });

    const none = await page(client.client, `/u/${handle}`);
    expect(none.text).toContain('You have no open job to invite them to. Post a job');
    expect(none.html).toContain('href="/jobs/new"');

    await postJob(client.client, 'My job');
    for (const job of [theirs, 'not-a-job', '']) {
      const res = await client.client.post(`/u/${handle}/invite`, { job });
      expect(res.status, job).toBe(400);
      expect(visibleText(await res.text())).toContain('Please choose one of the options.');
    }
    expect(await env.deps.db.selectFrom('job_invites').select('job_id').where('freelancer_id', '=', freelancer.user.id).execute()).toEqual([]);
  });

  it('is offered only to signed-in clients looking at a freelancer', async () => {
    const freelancer = await signedIn({ locale: 'en', name: 'Sana Iqbal' });
    const handle = String((await env.deps.db.selectFrom('users').select('handle').where('id', '=', freelancer.user.id).executeTakeFirstOrThrow()).handle);
    expect((await page(anonymous('en'), `/u/${handle}`)).html).not.toContain('invite-to-job');
    expect((await page(freelancer.client, `/u/${handle}`)).html).not.toContain('invite-to-job');
    const peer = await signedIn({ locale: 'en', name: 'Peer' });
    expect((await page(peer.client, `/u/${handle}`)).html).not.toContain('invite-to-job');
    expect((await anonymous('en').post(`/u/${handle}/invite`, { job: '' })).status).toBe(303);
  });
});
