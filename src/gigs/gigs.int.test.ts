import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import { DAILY_GIG_LIMIT } from './domain.ts';
import { setRate } from '../fx/service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

const PASSWORD = 'correct horse battery';
let n = 0;

async function person(role: 'freelancer' | 'client', locale: 'en' | 'ur' = 'en', name = 'Ayesha Khan') {
  const email = `${role}${++n}-${Date.now()}@example.pk`;
  const user = await createAccount(env.deps.db, env.deps, {
    email,
    password: PASSWORD,
    displayName: name,
    isFreelancer: role === 'freelancer',
    isClient: role === 'client',
    locale,
    verified: true,
    onboarded: true,
  });
  const client = new TestClient(env.app, { 'accept-language': locale });
  const res = await client.post('/login', { email, password: PASSWORD });
  expect(res.status).toBe(303);
  return { user, client };
}

/** A complete gig as the form sends it. */
const gigForm = (extra: Record<string, string | string[]> = {}): Record<string, string | string[]> => ({
  title: 'I will design a logo for your business',
  description: 'Three concepts, two rounds of changes and the source files.',
  category_slug: 'design',
  skills: ['logo-design'],
  currency: 'PKR',
  'packages.0.name': 'Basic',
  'packages.0.description': 'One concept',
  'packages.0.price': '1,500',
  'packages.0.delivery_days': '3',
  'packages.0.revisions': '1',
  'packages.0.features': 'Source file\nHigh resolution',
  'packages.1.name': 'Standard',
  'packages.1.price': '4000',
  'packages.1.delivery_days': '5',
  'packages.1.revisions': '-1',
  'faqs.0.question': 'Do you print?',
  'faqs.0.answer': 'No, design only.',
  'questions.0.question': 'What is your business called?',
  'questions.0.required': 'on',
  intent: 'draft',
  ...extra,
});

/** The same gig as the API takes it. */
const gigJson = (extra: Record<string, unknown> = {}) => ({
  title: 'Urdu to English translation',
  description: 'Accurate, natural translation.',
  category_slug: 'translation',
  skills: [],
  packages: [
    { name: 'Page', price: { amount: '100000', currency: 'PKR' }, delivery_days: 2, revisions: 1, features: ['Proofread'] },
    { name: 'Five pages', price: { amount: '450000', currency: 'PKR' }, delivery_days: 5, revisions: 2 },
  ],
  faqs: [],
  questions: [{ question: 'How many words?', required: true }],
  ...extra,
});

const gigRows = (sellerId: string) => env.deps.db.selectFrom('gigs').selectAll().where('seller_id', '=', sellerId).execute();
const gigIdFromLocation = async (sellerId: string) => (await gigRows(sellerId))[0]!;

async function categoryAndSkill() {
  const skill = await env.deps.db.selectFrom('skills').select(['slug', 'category_slug']).where('slug', '=', 'logo-design').executeTakeFirst();
  return skill;
}

describe('a freelancer’s gig, from draft to the public page', () => {
  it('saves a draft in Urdu, publishes it, and shows it on /g/<slug> with its packages', async () => {
    const skill = await categoryAndSkill();
    expect(skill, 'taxonomy has logo-design').toBeDefined();
    const { user, client } = await person('freelancer', 'ur', 'عائشہ خان');
    const form = await client.get('/gigs/new');
    expect(form.status).toBe(200);
    const formText = visibleText(await form.text());
    expect(formText).toContain('نئی گِگ بنائیں');
    expect(formText).toContain('پیکج 1');

    const urdu = gigForm({
      title: 'میں آپ کے کاروبار کا لوگو ڈیزائن کروں گی',
      description: 'تین ڈیزائن، دو بار تبدیلی اور سورس فائلز۔',
      category_slug: skill!.category_slug,
      'packages.0.name': 'بنیادی',
      'packages.0.price': '۱,۵۰۰',
      'packages.1.name': 'معیاری',
    });
    const saved = await client.post('/gigs', urdu);
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/gigs');
    const list = visibleText(await (await client.get('/gigs')).text());
    expect(list).toContain('آپ کا ڈرافٹ محفوظ ہو گیا ہے۔');
    expect(list).toContain('میں آپ کے کاروبار کا لوگو ڈیزائن کروں گی');
    expect(list).toContain('ڈرافٹ');

    const gig = await gigIdFromLocation(user.id);
    expect(gig).toMatchObject({ status: 'draft', currency: 'PKR', skills: ['logo-design'] });
    // The address reads as the title does, transliterated.
    expect(gig.slug).toMatch(/^mein-aap-ke-karobar-ka-logo-design-kron-gi(-\d+)?$/);
    const packages = await env.deps.db.selectFrom('gig_packages').selectAll().where('gig_id', '=', gig.id).orderBy('position').execute();
    expect(packages.map((p) => [p.name, p.price_minor, p.delivery_days, p.revisions])).toEqual([
      ['بنیادی', '150000', 3, 1],
      ['معیاری', '400000', 5, -1],
    ]);
    expect(packages[0]!.features).toEqual(['Source file', 'High resolution']);

    // A draft is not public.
    expect((await new TestClient(env.app).get(`/g/${gig.slug}`)).status).toBe(404);

    // The edit form shows what was saved, then publishes.
    const edit = await client.get(`/gigs/${gig.id}/edit`);
    const editHtml = await edit.text();
    expect(editHtml).toContain('value="1500"');
    expect(editHtml).toContain('میں آپ کے کاروبار کا لوگو ڈیزائن کروں گی');
    const published = await client.post(`/gigs/${gig.id}/edit`, { ...urdu, intent: 'publish' });
    expect(published.status).toBe(303);
    expect(published.headers.get('location')).toBe(`/g/${gig.slug}`);

    const visitor = new TestClient(env.app, { 'accept-language': 'en' });
    const page = await visitor.get(`/g/${gig.slug}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const text = visibleText(html);
    expect(text).toContain('میں آپ کے کاروبار کا لوگو ڈیزائن کروں گی');
    expect(text).toContain('بنیادی');
    expect(text).toContain('معیاری');
    expect(text).toContain('Rs 1,500');
    expect(text).toContain('Rs 4,000');
    expect(text).toContain('Delivery in 3 days');
    // One revision is one, not "1 revisions" (plural choices, src/platform/i18n.ts).
    expect(text).toContain('1 revision');
    expect(text).not.toContain('1 revisions');
    expect(text).toContain('Unlimited revisions');
    expect(text).toContain('No reviews yet');
    expect(text).toContain('عائشہ خان');
    expect(text).toContain('Do you print?');
    expect(text).toContain('What is your business called? (required)');
    expect(html).toContain('<h1 dir="auto">');
    expect(text).not.toContain('About $');
    expect(html).toContain(`href="/u/${user.handle}"`);

    // The reader's currency: an estimate, labelled as one, remembered in a cookie.
    const usd = visibleText(await (await visitor.get(`/g/${gig.slug}?currency=USD`)).text());
    expect(usd).toContain('Rs 1,500');
    expect(usd).toContain('About $5.34');
    // The rate named is the one conversions and payments use: the initial rate shipped with Hunar.
    expect(usd).toContain('Estimate in USD at Hunar’s exchange rate of 1 USD = 280.91 PKR (Hunar’s initial rate');
    expect(usd).toContain('the rate wallet conversions and payments use');
    expect(visibleText(await (await visitor.get(`/g/${gig.slug}`)).text())).toContain('About $5.34');

    // The page chrome in Urdu for an Urdu reader.
    const ur = visibleText(await (await new TestClient(env.app, { 'accept-language': 'ur' }).get(`/g/${gig.slug}`)).text());
    expect(ur).toContain('ابھی کوئی ریویو نہیں');
    expect(ur).toContain('3 دن میں ڈیلیوری');
    expect(ur).toContain('1 ریویژن');
    expect(ur).not.toContain('1 ریویژنز');
    expect(ur).toContain('پیکجز');

    // The public API shows the same gig, prices as minor-unit strings.
    const api = await new TestClient(env.app).get(`/api/v1/gigs/${gig.slug}`);
    expect(api.status).toBe(200);
    const body = (await api.json()) as { status: string; packages: { price: unknown }[]; url: string };
    expect(body.status).toBe('published');
    expect(body.url).toBe(`/g/${gig.slug}`);
    expect(body.packages[0]!.price).toEqual({ amount: '150000', currency: 'PKR' });

    const kinds = (await env.deps.db.selectFrom('audit_events').select('kind').where('subject_id', '=', gig.id).orderBy('id').execute()).map((r) => r.kind);
    expect(kinds).toEqual(['gig.created', 'gig.updated', 'gig.published']);
  });

  it('does the whole life cycle through the API: create, update, publish, pause, resume, list, delete', async () => {
    const { user, client } = await person('freelancer');
    const created = await client.json('POST', '/api/v1/gigs', gigJson());
    expect(created.status).toBe(201);
    const gig = (await created.json()) as { id: string; slug: string; status: string; packages: { price: { amount: string } }[] };
    expect(gig.status).toBe('draft');
    expect(gig.slug).toMatch(/^urdu-to-english-translation(-\d+)?$/);
    expect(gig.packages[1]!.price.amount).toBe('450000');

    const updated = await client.json('PUT', `/api/v1/gigs/${gig.id}`, gigJson({ title: 'Urdu ↔ English translation' }));
    expect(updated.status).toBe(200);
    // A new title, a new address; the old one leads there (once the gig is public).
    const renamed = ((await updated.json()) as { title: string; slug: string }).slug;
    expect(renamed).toMatch(/^urdu-english-translation(-\d+)?$/);
    expect((await new TestClient(env.app).get(`/g/${gig.slug}`)).status).toBe(404);
    gig.slug = renamed;

    for (const [action, status] of [
      ['publish', 'published'],
      ['pause', 'paused'],
      ['resume', 'published'],
    ] as const) {
      const res = await client.json('POST', `/api/v1/gigs/${gig.id}/${action}`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ id: gig.id, slug: gig.slug, status });
    }
    const again = await client.json('POST', `/api/v1/gigs/${gig.id}/resume`);
    expect(again.status).toBe(409);
    expect(((await again.json()) as { code: string }).code).toBe('gig.status_conflict');

    const mine = (await (await client.get('/api/v1/me/gigs')).json()) as { gigs: { id: string; status: string; from_price: unknown; packages: number }[] };
    expect(mine.gigs).toEqual([expect.objectContaining({ id: gig.id, status: 'published', packages: 2, from_price: { amount: '100000', currency: 'PKR' } })]);

    // Page actions work the same way.
    expect((await client.post(`/gigs/${gig.id}/pause`, {})).status).toBe(303);
    expect(visibleText(await (await client.get('/gigs')).text())).toContain('Your gig is paused');

    const gone = await client.json('DELETE', `/api/v1/gigs/${gig.id}`);
    expect(gone.status).toBe(204);
    expect(await gigRows(user.id)).toEqual([]);
    expect(await env.deps.db.selectFrom('gig_packages').selectAll().where('gig_id', '=', gig.id).execute()).toEqual([]);
    expect((await client.get(`/api/v1/gigs/${gig.id}`)).status).toBe(404);
    const deleted = await env.deps.db.selectFrom('audit_events').select(['kind', 'data']).where('subject_id', '=', gig.id).where('kind', '=', 'gig.deleted').executeTakeFirst();
    expect(deleted?.data).toMatchObject({ slug: gig.slug });
  });

  it('deletes from the page after a confirmation', async () => {
    const { user, client } = await person('freelancer');
    expect((await client.post('/gigs', gigForm())).status).toBe(303);
    const gig = await gigIdFromLocation(user.id);
    const confirm = visibleText(await (await client.get(`/gigs/${gig.id}/delete`)).text());
    expect(confirm).toContain('Delete this gig?');
    expect(confirm).toContain('I will design a logo for your business');
    const res = await client.post(`/gigs/${gig.id}/delete`, {});
    expect(res.status).toBe(303);
    expect(visibleText(await (await client.get('/gigs')).text())).toContain('Your gig is deleted.');
    expect(await gigRows(user.id)).toEqual([]);
  });
});

describe('prices for a reader abroad', () => {
  it('the API adds estimates in the currency asked for, names the rate, and refuses an unknown currency', async () => {
    const { client } = await person('freelancer');
    const gig = (await (await client.json('POST', '/api/v1/gigs', gigJson())).json()) as { id: string; slug: string };
    expect((await client.json('POST', `/api/v1/gigs/${gig.id}/publish`)).status).toBe(200);
    const visitor = new TestClient(env.app, { 'accept-language': 'ur' });

    const plain = (await (await visitor.get(`/api/v1/gigs/${gig.slug}`)).json()) as { packages: { estimate: unknown }[]; estimate_rate: unknown };
    expect(plain.packages.map((p) => p.estimate)).toEqual([null, null]);
    expect(plain.estimate_rate).toBeNull();

    const usd = (await (await visitor.get(`/api/v1/gigs/${gig.slug}?currency=USD`)).json()) as {
      currency: string;
      packages: { price: unknown; estimate: unknown }[];
      estimate_rate: unknown;
    };
    expect(usd.currency).toBe('PKR');
    // Rs 1,000 and Rs 4,500 at the initial 280.91 PKR a dollar, half-even to the cent.
    expect(usd.packages.map((p) => p.estimate)).toEqual([
      { amount: '356', currency: 'USD' },
      { amount: '1602', currency: 'USD' },
    ]);
    expect(usd.packages[0]!.price).toEqual({ amount: '100000', currency: 'PKR' });
    expect(usd.estimate_rate).toEqual({ usd_to_pkr: '280.91', source: 'initial', effective_on: '2025-10-31', reader: null });
    // The gig's own currency needs no estimate.
    expect(((await (await visitor.get(`/api/v1/gigs/${gig.slug}?currency=PKR`)).json()) as { estimate_rate: unknown }).estimate_rate).toBeNull();

    // Once an admin sets the rate, estimates follow it.
    const admin = await createAccount(env.deps.db, env.deps, { email: `fx-admin-${Date.now()}@example.pk`, password: PASSWORD, displayName: 'Admin', isFreelancer: false, isClient: false, isAdmin: true, locale: 'en', verified: true, onboarded: true });
    await setRate(env.deps, { userId: admin.id, email: '', displayName: 'Admin', emailVerified: true, isFreelancer: false, isClient: false, isAdmin: true, locale: 'en', sessionId: null, onboardingDone: true }, { rate: '250' });
    const set = (await (await visitor.get(`/api/v1/gigs/${gig.slug}?currency=USD`)).json()) as { packages: { estimate: unknown }[]; estimate_rate: unknown };
    expect(set.packages[0]!.estimate).toEqual({ amount: '400', currency: 'USD' });
    expect(set.estimate_rate).toMatchObject({ usd_to_pkr: '250', source: 'form', reader: null });
    expect(visibleText(await (await visitor.get(`/g/${gig.slug}?currency=USD`)).text())).toContain('1 USD = 250 PKR');

    // Pounds, euros, dirhams and riyals: estimates only, once an admin has set that currency's rate.
    const noEuro = (await (await visitor.get(`/api/v1/gigs/${gig.slug}?currency=EUR`)).json()) as { packages: { estimate: unknown }[]; estimate_rate: unknown };
    expect(noEuro.packages.map((p) => p.estimate)).toEqual([null, null]);
    await setRate(env.deps, { userId: admin.id, email: '', displayName: 'Admin', emailVerified: true, isFreelancer: false, isClient: false, isAdmin: true, locale: 'en', sessionId: null, onboardingDone: true }, { rate: '375', currency: 'GBP' });
    const gbp = (await (await visitor.get(`/api/v1/gigs/${gig.slug}?currency=GBP`)).json()) as { packages: { estimate: unknown }[]; estimate_rate: unknown };
    // Rs 1,000 at Rs 375 a pound: £2.67.
    expect(gbp.packages[0]!.estimate).toEqual({ amount: '267', currency: 'GBP' });
    expect(gbp.estimate_rate).toMatchObject({ usd_to_pkr: '250', reader: { currency: 'GBP', pkr_per_unit: '375', source: 'form' } });
    const page = visibleText(await (await new TestClient(env.app, { 'accept-language': 'en' }).get(`/g/${gig.slug}?currency=GBP`)).text());
    expect(page).toContain('About £2.67');
    expect(page).toContain('Estimate in GBP at a display-only rate of 1 GBP = 375 PKR (set by an admin for');
    expect(page).toContain('British pounds (GBP), estimate');

    const bad = await visitor.get(`/api/v1/gigs/${gig.slug}?currency=JPY`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Record<string, string> }).errors.currency).toBe('براہِ کرم دیے گئے اختیارات میں سے ایک چنیں۔');
  });
});

describe('who may do what', () => {
  it('does not let a client create gigs, in pages or the API', async () => {
    const { user, client } = await person('client');
    const page = await client.get('/gigs/new');
    expect(page.status).toBe(403);
    expect(visibleText(await page.text())).toContain('Only freelancers can create gigs.');
    expect((await client.post('/gigs', gigForm())).status).toBe(403);
    const api = await client.json('POST', '/api/v1/gigs', gigJson());
    expect(api.status).toBe(403);
    expect(await api.json()).toMatchObject({ code: 'gig.freelancers_only', title: 'Only freelancers can create gigs.' });
    const ur = await (await person('client', 'ur')).client.json('POST', '/api/v1/gigs', gigJson());
    expect(((await ur.json()) as { title: string }).title).toBe('گِگز صرف فری لانسرز بنا سکتے ہیں۔');
    expect(await gigRows(user.id)).toEqual([]);
  });

  it('sends visitors to log in', async () => {
    const visitor = new TestClient(env.app);
    expect((await visitor.get('/gigs')).headers.get('location')).toBe('/login?next=%2Fgigs');
    expect((await visitor.get('/api/v1/me/gigs')).status).toBe(401);
  });

  it('answers 404 when another freelancer edits, pauses or deletes a gig, and changes nothing', async () => {
    const owner = await person('freelancer');
    const created = (await (await owner.client.json('POST', '/api/v1/gigs', gigJson())).json()) as { id: string; slug: string };
    expect((await owner.client.json('POST', `/api/v1/gigs/${created.id}/publish`)).status).toBe(200);
    const before = await gigRows(owner.user.id);

    const other = await person('freelancer');
    const c = other.client;
    expect((await c.get(`/gigs/${created.id}/edit`)).status).toBe(404);
    expect((await c.get(`/gigs/${created.slug}/edit`)).status).toBe(404);
    expect((await c.post(`/gigs/${created.id}/edit`, gigForm({ title: 'Hijacked' }))).status).toBe(404);
    expect((await c.post(`/gigs/${created.id}/pause`, {})).status).toBe(404);
    expect((await c.get(`/gigs/${created.id}/delete`)).status).toBe(404);
    expect((await c.post(`/gigs/${created.id}/delete`, {})).status).toBe(404);
    const put = await c.json('PUT', `/api/v1/gigs/${created.id}`, gigJson({ title: 'Hijacked' }));
    expect(put.status).toBe(404);
    expect(((await put.json()) as { code: string }).code).toBe('not_found');
    // Even invalid input gets 404, so it cannot be used to probe.
    expect((await c.json('PUT', `/api/v1/gigs/${created.id}`, { title: '' })).status).toBe(404);
    expect((await c.json('POST', `/api/v1/gigs/${created.id}/pause`)).status).toBe(404);
    expect((await c.json('DELETE', `/api/v1/gigs/${created.id}`)).status).toBe(404);
    expect(visibleText(await (await c.get('/gigs')).text())).not.toContain('Urdu to English translation');

    expect(await gigRows(owner.user.id)).toEqual(before);
    const audit = await env.deps.db.selectFrom('audit_events').select('kind').where('subject_id', '=', created.id).where('actor_id', '=', other.user.id).execute();
    expect(audit).toEqual([]);
  });

  it('hides a paused gig from everyone but its seller', async () => {
    const owner = await person('freelancer');
    const { id, slug } = (await (await owner.client.json('POST', '/api/v1/gigs', gigJson())).json()) as { id: string; slug: string };
    await owner.client.json('POST', `/api/v1/gigs/${id}/publish`);
    expect((await new TestClient(env.app).get(`/g/${slug}`)).status).toBe(200);
    expect((await owner.client.json('POST', `/api/v1/gigs/${id}/pause`)).status).toBe(200);

    const visitor = new TestClient(env.app);
    expect((await visitor.get(`/g/${slug}`)).status).toBe(404);
    expect((await visitor.get(`/api/v1/gigs/${slug}`)).status).toBe(404);
    const other = await person('freelancer');
    expect((await other.client.get(`/g/${slug}`)).status).toBe(404);
    expect((await other.client.get(`/api/v1/gigs/${id}`)).status).toBe(404);

    const own = await owner.client.get(`/g/${slug}`);
    expect(own.status).toBe(200);
    expect(visibleText(await own.text())).toContain('This gig is paused: only you can see it.');
    expect((await owner.client.get(`/api/v1/gigs/${slug}`)).status).toBe(200);
  });
});

describe('publishing needs a complete gig', () => {
  it('lists what is missing, in English and Urdu, on the page and in the API', async () => {
    const { user, client } = await person('freelancer');
    expect((await client.post('/gigs', { title: 'Half a gig', intent: 'draft' })).status).toBe(303);
    const gig = await gigIdFromLocation(user.id);
    const res = await client.post(`/gigs/${gig.id}/publish`, {});
    expect(res.status).toBe(422);
    const text = visibleText(await res.text());
    expect(text).toContain('Before this gig can be published:');
    expect(text).toContain('Add a description.');
    expect(text).toContain('Choose a category.');
    expect(text).toContain('Add at least one package.');
    expect((await gigRows(user.id))[0]!.status).toBe('draft');

    const ur = await person('freelancer', 'ur');
    const draft = (await (await ur.client.json('POST', '/api/v1/gigs', gigJson({ description: '', packages: [{ name: 'ایک', price: null }] }))).json()) as { id: string };
    const api = await ur.client.json('POST', `/api/v1/gigs/${draft.id}/publish`);
    expect(api.status).toBe(422);
    const problem = (await api.json()) as { code: string; title: string; errors: Record<string, string> };
    expect(problem.code).toBe('gig.incomplete');
    expect(problem.title).toContain('یہ گِگ ابھی مکمل نہیں');
    expect(problem.errors).toEqual({
      description: 'تفصیل لکھیں۔',
      'packages.0.price': 'پیکج 1 کی قیمت لکھیں۔',
      'packages.0.delivery_days': 'بتائیں کہ پیکج 1 کتنے دنوں میں ڈیلیور کریں گے۔',
    });
  });

  it('keeps a draft when "Publish" is pressed on an incomplete form, and says what is missing', async () => {
    const { user, client } = await person('freelancer');
    const res = await client.post('/gigs', gigForm({ 'packages.1.price': '1000', intent: 'publish' }));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(visibleText(html)).toContain('Package 2 must cost more than package 1.');
    const gig = (await gigRows(user.id))[0]!;
    expect(gig.status).toBe('draft');
    // The form is now the draft's edit form, with what was typed.
    expect(html).toContain(`action="/gigs/${gig.id}/edit"`);
    expect(html).toContain('value="1000"');
  });

  it('refuses an edit that would leave a published gig incomplete', async () => {
    const { user, client } = await person('freelancer');
    const { id } = (await (await client.json('POST', '/api/v1/gigs', gigJson())).json()) as { id: string };
    await client.json('POST', `/api/v1/gigs/${id}/publish`);
    const res = await client.json('PUT', `/api/v1/gigs/${id}`, gigJson({ packages: [] }));
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: Record<string, string> }).errors).toEqual({ 'packages.0.name': 'Add at least one package.' });
    const page = await client.post(`/gigs/${id}/edit`, gigForm({ description: '' }));
    expect(page.status).toBe(422);
    expect(visibleText(await page.text())).toContain('Add a description.');
    const [gig] = await gigRows(user.id);
    expect(gig).toMatchObject({ status: 'published', description: 'Accurate, natural translation.' });
    expect(await env.deps.db.selectFrom('gig_packages').select('position').where('gig_id', '=', id).execute()).toHaveLength(2);
  });
});

describe('anti-spam', () => {
  it('refuses an eleventh gig in 24 hours with a translated 429, and stores nothing', async () => {
    const { user, client } = await person('freelancer', 'ur');
    for (let i = 0; i < DAILY_GIG_LIMIT; i++) expect((await client.json('POST', '/api/v1/gigs', gigJson({ title: `Logo design ${i}` }))).status).toBe(201);
    const over = await client.json('POST', '/api/v1/gigs', gigJson({ title: 'One too many' }));
    expect(over.status).toBe(429);
    expect(((await over.json()) as { title: string }).title).toBe(`آپ 24 گھنٹوں میں ${DAILY_GIG_LIMIT} نئی گِگز کی حد تک پہنچ گئے ہیں۔ براہِ کرم کل دوبارہ کوشش کریں۔`);
    const page = await client.post('/gigs', gigForm({ title: 'One too many' }));
    expect(page.status).toBe(429);
    expect(visibleText(await page.text())).toContain('نئی گِگز کی حد تک پہنچ گئے ہیں');
    const rows = await env.deps.db.selectFrom('gigs').select('title').where('seller_id', '=', user.id).execute();
    expect(rows).toHaveLength(DAILY_GIG_LIMIT);
    // A day later the freelancer can create gigs again.
    env.clock.advance(24 * 3600_000 + 60_000);
    try {
      expect((await client.json('POST', '/api/v1/gigs', gigJson({ title: 'The next day' }))).status).toBe(201);
    } finally {
      env.clock.set(new Date());
    }
  });
});

describe('bad input gets a clear translated message and stores nothing', () => {
  it('refuses bad prices, sizes, markup, bidi overrides, too many packages and mixed currencies (API)', async () => {
    const { user, client } = await person('freelancer');
    const cases: [unknown, string, string][] = [
      [gigJson({ packages: [{ name: 'x', price: { amount: '-5', currency: 'PKR' } }] }), 'packages.0.price.amount', 'The amount cannot be negative.'],
      [gigJson({ packages: [{ name: 'x', price: { amount: '100000000000000000', currency: 'PKR' } }] }), 'packages.0.price.amount', 'The amount can be at most Rs\u00a0100,000,000.'],
      [gigJson({ description: 'x'.repeat(10 * 1024) }), 'description', 'Please use at most 5000 characters.'],
      [gigJson({ title: '<script>alert(1)</script>' }), 'title', 'Please do not use the characters < or >.'],
      [gigJson({ title: 'Logo \u202Engised' }), 'title', 'This text contains hidden direction-changing characters. Please remove them.'],
      [gigJson({ packages: [{}, {}, {}, {}] }), 'packages', 'A gig can have at most 3 packages.'],
      [
        gigJson({ packages: [{ price: { amount: '100', currency: 'PKR' } }, { price: { amount: '200', currency: 'USD' } }] }),
        'packages.1.price',
        'All packages of a gig must be in the same currency.',
      ],
      [gigJson({ category_slug: 'design', skills: ['urdu-typing'] }), 'skills', 'Please choose skills from the gig’s category.'],
    ];
    for (const [body, field, message] of cases) {
      const res = await client.json('POST', '/api/v1/gigs', body);
      expect(res.status, field).toBe(400);
      const problem = (await res.json()) as { errors: Record<string, string> };
      expect(problem.errors[field], JSON.stringify(problem.errors)).toBe(message);
    }
    const huge = await client.json('POST', '/api/v1/gigs', gigJson({ description: 'x'.repeat(10 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { code: string }).code).toBe('request.too_large');
    expect(await gigRows(user.id)).toEqual([]);
  });

  it('shows the message next to the field, in Urdu, keeping what was typed (form)', async () => {
    const { user, client } = await person('freelancer', 'ur');
    const res = await client.post('/gigs', gigForm({ 'packages.0.price': '-5', title: 'لوگو \u202E ڈیزائن', 'packages.1.delivery_days': '120', 'packages.1.price': '12.345' }));
    expect(res.status).toBe(400);
    const html = await res.text();
    const text = visibleText(html);
    expect(text).toContain('رقم منفی نہیں ہو سکتی۔');
    expect(text).toContain('براہِ کرم 1 سے 90 تک دنوں کی تعداد لکھیں۔');
    expect(text).toContain('براہِ کرم اعشاریہ کے بعد زیادہ سے زیادہ 2 ہندسے لکھیں۔');
    expect(text).toContain('اس متن میں سمت بدلنے والے چھپے ہوئے حروف ہیں۔');
    expect(html).toContain('id="packages.0.price-error"');
    expect(html).toContain('value="-5"');
    expect(html).toContain('Three concepts, two rounds of changes and the source files.');
    expect(await gigRows(user.id)).toEqual([]);
  });

  it('escapes HTML in the description and everything else the seller wrote on the gig page', async () => {
    const { client } = await person('freelancer');
    const evil = '<b>bold</b><script>alert(1)</script><img src=x onerror=alert(2)>';
    const res = await client.json('POST', '/api/v1/gigs', gigJson({ description: evil, faqs: [{ question: 'Why?', answer: evil }], packages: [{ name: 'A', description: evil, price: { amount: '100', currency: 'PKR' }, delivery_days: 1, features: ['"quoted" & more'] }] }));
    expect(res.status).toBe(201);
    const { id, slug } = (await res.json()) as { id: string; slug: string };
    expect((await client.json('POST', `/api/v1/gigs/${id}/publish`)).status).toBe(200);
    const html = await (await new TestClient(env.app).get(`/g/${slug}`)).text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;quoted&quot; &amp; more');
  });
});

describe('readable gig addresses', () => {
  const create = async (client: TestClient, title: string) => (await (await client.json('POST', '/api/v1/gigs', gigJson({ title }))).json()) as { id: string; slug: string };

  it('come from the title, numbered when taken, and old addresses redirect after a new title', async () => {
    const { client } = await person('freelancer', 'ur', 'عائشہ صدیقی');
    const first = await create(client, 'سندھی اجرک کے ڈیزائن');
    expect(first.slug).toBe('sndhi-ajrk-ke-design');
    const second = await create(client, 'سندھی اجرک کے ڈیزائن');
    expect(second.slug).toBe('sndhi-ajrk-ke-design-2');
    expect((await client.json('POST', `/api/v1/gigs/${first.id}/publish`)).status).toBe(200);

    // Retitled: a new address; the old one answers 301 to it, query kept, and is never given to another gig.
    const body = (await (await client.json('PUT', `/api/v1/gigs/${first.id}`, gigJson({ title: 'Sindhi ajrak designs' }))).json()) as { slug: string };
    expect(body.slug).toBe('sindhi-ajrak-designs');
    const visitor = new TestClient(env.app);
    const old = await visitor.get('/g/sndhi-ajrk-ke-design?currency=USD');
    expect(old.status).toBe(301);
    expect(old.headers.get('location')).toBe('/g/sindhi-ajrak-designs?currency=USD');
    expect((await visitor.get('/g/sindhi-ajrak-designs')).status).toBe(200);
    const third = await create(client, 'سندھی اجرک کے ڈیزائن');
    expect(third.slug).toBe('sndhi-ajrk-ke-design-3');

    // Retitled again: every former address still leads to the gig.
    await client.json('PUT', `/api/v1/gigs/${first.id}`, gigJson({ title: 'Ajrak prints from Hala' }));
    for (const former of ['sndhi-ajrk-ke-design', 'sindhi-ajrak-designs']) expect((await visitor.get(`/g/${former}`)).headers.get('location')).toBe('/g/ajrak-prints-from-hala');
    // A small change that gives the same slug keeps the address.
    const same = (await (await client.json('PUT', `/api/v1/gigs/${first.id}`, gigJson({ title: 'Ajrak prints, from Hala!' }))).json()) as { slug: string };
    expect(same.slug).toBe('ajrak-prints-from-hala');

    // A draft's new address is not given away by its old one.
    await client.json('PUT', `/api/v1/gigs/${second.id}`, gigJson({ title: 'A secret new title' }));
    expect((await visitor.get('/g/sndhi-ajrk-ke-design-2')).status).toBe(404);
    expect((await client.get('/g/sndhi-ajrk-ke-design-2')).headers.get('location')).toBe('/g/a-secret-new-title');
  });

  it('are what search links to', async () => {
    const { client } = await person('freelancer');
    const gig = await create(client, 'Wombat portrait painting');
    expect((await client.json('POST', `/api/v1/gigs/${gig.id}/publish`)).status).toBe(200);
    await client.json('PUT', `/api/v1/gigs/${gig.id}`, gigJson({ title: 'Wombat portraits in oil' }));
    const found = (await (await new TestClient(env.app).get('/api/v1/search?q=wombat&type=gig')).json()) as { items: { url: string }[] };
    expect(found.items.map((i) => i.url)).toContain('/g/wombat-portraits-in-oil');
  });
});
