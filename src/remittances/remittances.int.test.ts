// Remittance records and tax reminders against real PostgreSQL (mail through the development outbox):
// a dollar payout gets its record in the withdrawal's transaction, with the payer country of the
// latest client abroad and purpose code 9186; older payouts get theirs when listed; the owner edits it
// and attaches, replaces and removes the bank's PRC (a PDF or an image, nothing else, nothing stored
// when refused); nobody else sees or touches it; the page groups payouts by PRC; and the daily job
// sends each reminder once, on the right days, to the right people, in their language.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credit, TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import { createGig, publishGig } from '../gigs/service.ts';
import { acceptOrder, deliverOrder, newIdempotencyKey, payOrder, placeGigOrder, sweepOrders } from '../orders/service.ts';
import { createBatch, markPaid } from '../payouts/service.ts';
import { withdrawalReference } from '../payouts/domain.ts';
import type { Actor } from '../platform/actor.ts';
import { type Currency, money } from '../platform/money.ts';
import { sendTaxReminders } from './reminders.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

const PASSWORD = 'correct horse battery';
const DAY = 86_400_000;
let n = 0;

type Role = 'freelancer' | 'client' | 'admin';
async function person(role: Role, locale: 'en' | 'ur', name: string, country?: string) {
  const email = `remit-${role}${++n}-${Date.now()}@example.pk`;
  const user = await createAccount(env.deps.db, env.deps, {
    email,
    password: PASSWORD,
    displayName: name,
    isFreelancer: role === 'freelancer',
    isClient: role === 'client',
    isAdmin: role === 'admin',
    locale,
    verified: true,
    onboarded: true,
  });
  // A client abroad, as the demo's are (the profile form offers only Pakistan and "outside Pakistan").
  if (country) await env.deps.db.insertInto('profiles').values({ user_id: user.id, country }).onConflict((oc) => oc.column('user_id').doUpdateSet({ country })).execute();
  const client = new TestClient(env.app, { 'accept-language': locale });
  expect((await client.post('/login', { email, password: PASSWORD })).status).toBe(303);
  const actor: Actor = { userId: user.id, email, displayName: name, emailVerified: true, isFreelancer: role === 'freelancer', isClient: role === 'client', isAdmin: role === 'admin', locale, sessionId: null, onboardingDone: true } as Actor;
  return { user, client, actor, email };
}
type Person = Awaited<ReturnType<typeof person>>;

const gigs = new Map<string, string>();
/** A USD order from `buyer`, paid, delivered and accepted: the freelancer's earnings go on hold. */
async function usdOrder(seller: Person, buyer: Person, cents: bigint) {
  let slug = gigs.get(seller.user.id);
  if (!slug) {
    const gig = await createGig(env.deps, seller.actor, {
      title: 'I will build your Shopify store',
      description: 'Theme set-up, products and payments, in English and Urdu.',
      category_slug: 'design',
      skills: ['logo-design'],
      packages: [{ name: 'Basic', price: { amount: cents.toString(), currency: 'USD' }, delivery_days: 3, revisions: 1 }],
      faqs: [],
      questions: [],
    });
    await publishGig(env.deps, seller.actor, gig.id);
    slug = gig.slug;
    gigs.set(seller.user.id, slug);
  }
  await credit(env.deps, { kind: 'client_wallet', ownerId: buyer.user.id, currency: 'USD' }, money(cents * 2n, 'USD'));
  const { id } = await placeGigOrder(env.deps, buyer.actor, { gig: slug, package: 1 });
  await payOrder(env.deps, buyer.actor, id, newIdempotencyKey());
  await deliverOrder(env.deps, seller.actor, id, { message: 'The store is live.' });
  await acceptOrder(env.deps, buyer.actor, id, newIdempotencyKey());
}

/** Lets every hold pass, so earnings can be withdrawn. */
async function clearHolds() {
  env.clock.advance((env.deps.config.FUNDS_HOLD_DAYS + 1) * DAY);
  while ((await sweepOrders(env.deps)).cleared > 0);
}

async function payoneer(p: Person): Promise<string> {
  const res = await p.client.json('POST', '/api/v1/me/payout-methods', { channel: 'payoneer', account_title: 'Ayesha Siddiqui', email: `p${p.user.id.slice(0, 6)}@example.com` });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function withdraw(p: Person, method: string, minor: string, currency: Currency = 'USD'): Promise<string> {
  const res = await p.client.json('POST', '/api/v1/me/withdrawals', { method_id: method, amount: { amount: minor, currency } }, { 'idempotency-key': `remit-${crypto.randomUUID()}` });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const record = (withdrawalId: string) => env.deps.db.selectFrom('remittance_records').selectAll().where('withdrawal_id', '=', withdrawalId).executeTakeFirst();
const mediaCount = async () => Number((await env.deps.db.selectFrom('media').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
async function storedFiles(): Promise<number> {
  let count = 0;
  const walk = async (dir: string) => {
    for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      if (e.isDirectory()) await walk(path.join(dir, e.name));
      else count++;
    }
  };
  await walk(env.deps.config.storageDir);
  return count;
}
const text = async (res: Response) => visibleText(await res.text());
/** Switches a signed-in person's language, as the header's switch does. */
async function speak(p: Person, locale: 'en' | 'ur') {
  expect((await p.client.json('PUT', '/api/v1/language', { locale })).status).toBe(200);
}

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const NOT_A_PDF = new TextEncoder().encode('This is a text file that claims to be a PRC.');

interface RecordJson {
  withdrawal_id: string;
  reference: string;
  amount: { amount: string; currency: string };
  payer_country: string;
  payer_country_name: string;
  purpose_code: string;
  prc_number: string | null;
  prc: { url: string; name: string; content_type: string } | null;
}

describe('a dollar payout’s record', () => {
  let ayesha: Person;
  let method: string;
  let first: string;

  it('is made with the withdrawal: the latest client abroad’s country and purpose code 9186; rupee payouts get none', async () => {
    ayesha = await person('freelancer', 'en', 'Ayesha Siddiqui');
    const james = await person('client', 'en', 'James Miller', 'US');
    const emma = await person('client', 'en', 'Emma Clarke', 'GB');
    await usdOrder(ayesha, james, 10_000n);
    env.clock.advance(1000);
    await usdOrder(ayesha, emma, 10_000n);
    await clearHolds();
    method = await payoneer(ayesha);
    first = await withdraw(ayesha, method, '5000');
    expect(await record(first)).toMatchObject({ user_id: ayesha.user.id, payer_country: 'GB', purpose_code: '9186', prc_number: null, prc_media_id: null, reminded_at: null });

    // Rupees paid out are not foreign currency: no record.
    await credit(env.deps, { kind: 'freelancer_available', ownerId: ayesha.user.id, currency: 'PKR' }, money(500_000n, 'PKR'));
    const rupees = await withdraw(ayesha, method, '200000', 'PKR');
    expect(await record(rupees)).toBeUndefined();

    const list = (await (await ayesha.client.get('/api/v1/tax/remittances')).json()) as { remittances: RecordJson[]; without_prc: number; with_prc: number; purpose_code: { default: string; source: { confidence: string } }; notice: string };
    expect(list.remittances).toHaveLength(1);
    expect(list.remittances[0]).toMatchObject({ withdrawal_id: first, reference: withdrawalReference(first), amount: { amount: '5000', currency: 'USD' }, payer_country: 'GB', payer_country_name: 'United Kingdom', purpose_code: '9186', prc: null });
    expect(list).toMatchObject({ without_prc: 1, with_prc: 0, purpose_code: { default: '9186', source: { confidence: 'unconfirmed' } } });
    expect(list.notice).toContain('not tax advice');
  });

  it('is made when listed for a payout that has none (made before records existed, or by the demo)', async () => {
    const older = await withdraw(ayesha, method, '1500');
    await env.deps.db.deleteFrom('remittance_records').where('withdrawal_id', '=', older).execute();
    expect(await record(older)).toBeUndefined();
    const page = await text(await ayesha.client.get('/tax/remittances'));
    expect(page).toContain(withdrawalReference(older));
    expect(await record(older)).toMatchObject({ payer_country: 'GB', purpose_code: '9186' });
    // A client's own unused dollars are not export income: a client's withdrawal never gets a record.
    const client = await person('client', 'en', 'Khalid Al Mansoori', 'AE');
    await credit(env.deps, { kind: 'client_wallet', ownerId: client.user.id, currency: 'USD' }, money(5_000n, 'USD'));
    const theirs = await withdraw(client, await payoneer(client), '2000');
    expect(await record(theirs)).toBeUndefined();
    expect(((await (await client.client.get('/api/v1/tax/remittances')).json()) as { remittances: unknown[] }).remittances).toEqual([]);
  });

  it('is edited by its owner through the API and the page; bad input is refused in their language and changes nothing', async () => {
    const patched = await ayesha.client.json('PATCH', `/api/v1/tax/remittances/${first}`, { payer_country: 'ae', purpose_code: '9186' });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ payer_country: 'AE', payer_country_name: 'United Arab Emirates' });

    const bad = await ayesha.client.json('PATCH', `/api/v1/tax/remittances/${first}`, { payer_country: 'ZZ', purpose_code: '91' });
    expect(bad.status).toBe(400);
    const problem = (await bad.json()) as { code: string; errors: Record<string, string> };
    expect(problem.code).toBe('validation.failed');
    expect(problem.errors.payer_country).toContain('two-letter code');
    expect(problem.errors.purpose_code).toContain('four digits');

    // The page's form, without JavaScript: multipart with no file saves the fields only.
    await ayesha.client.get('/tax/remittances');
    const saved = await ayesha.client.upload(`/tax/remittances/${first}`, null, { form: { payer_country: 'us', purpose_code: '9186', prc_number: 'MZN/PRC/2026/0412' } });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/tax/remittances#r-${first}`);
    expect(await record(first)).toMatchObject({ payer_country: 'US', purpose_code: '9186', prc_number: 'MZN/PRC/2026/0412' });

    await speak(ayesha, 'ur');
    await ayesha.client.get('/tax/remittances');
    const refused = await ayesha.client.upload(`/tax/remittances/${first}`, null, { form: { payer_country: 'US', purpose_code: '12345', prc_number: '' } });
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(visibleText(html)).toContain('پرپز کوڈ چار ہندسوں کا ہوتا ہے');
    expect(html).toMatch(/<details class="remittance-edit" open/);
    expect(await record(first)).toMatchObject({ purpose_code: '9186', prc_number: 'MZN/PRC/2026/0412' });
    await speak(ayesha, 'en');
  });

  it('takes the bank’s PRC as a PDF or an image, replaces and removes it; anything else is refused in words and nothing is stored', async () => {
    const before = { media: await mediaCount(), files: await storedFiles() };
    // Refused through the API: a text file, and the record keeps its fields.
    await ayesha.client.get('/tax/remittances');
    const api = await ayesha.client.upload(`/api/v1/tax/remittances/${first}/prc`, { field: 'file', name: 'prc.pdf', bytes: NOT_A_PDF, type: 'application/pdf' }, { api: true });
    expect(api.status).toBe(415);
    expect(((await api.json()) as { title: string }).title).toContain('must be a PDF');
    const none = await ayesha.client.upload(`/api/v1/tax/remittances/${first}/prc`, null, { api: true });
    expect(none.status).toBe(400);
    expect(((await none.json()) as { code: string }).code).toBe('media.missing');
    // Refused through the page, in Urdu, with changed fields: neither the file nor the fields are kept.
    await speak(ayesha, 'ur');
    await ayesha.client.get('/tax/remittances');
    const page = await ayesha.client.upload(`/tax/remittances/${first}`, { field: 'file', name: 'prc.docx', bytes: NOT_A_PDF }, { form: { payer_country: 'GB', purpose_code: '9186', prc_number: 'X-1' } });
    expect(page.status).toBe(415);
    expect(await text(page)).toContain('سرٹیفکیٹ PDF ہونا چاہیے');
    await speak(ayesha, 'en');
    expect(await mediaCount()).toBe(before.media);
    expect(await storedFiles()).toBe(before.files);
    expect(await record(first)).toMatchObject({ payer_country: 'US', prc_number: 'MZN/PRC/2026/0412', prc_media_id: null });

    // A PDF through the page, with a new PRC number.
    await ayesha.client.get('/tax/remittances');
    const attached = await ayesha.client.upload(`/tax/remittances/${first}`, { field: 'file', name: 'Meezan PRC March.pdf', bytes: PDF, type: 'application/pdf' }, { form: { payer_country: 'US', purpose_code: '9186', prc_number: 'MZN-PRC-0412' } });
    expect(attached.status).toBe(303);
    const withPdf = await record(first);
    expect(withPdf).toMatchObject({ prc_number: 'MZN-PRC-0412' });
    expect(withPdf?.prc_media_id).toBeTruthy();
    const json = (await (await ayesha.client.get('/api/v1/tax/remittances')).json()) as { remittances: RecordJson[] };
    const mine = json.remittances.find((r) => r.withdrawal_id === first)!;
    expect(mine.prc).toMatchObject({ name: 'Meezan PRC March.pdf', content_type: 'application/pdf' });
    const download = await ayesha.client.get(mine.prc!.url);
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF);
    // Nobody else may read it, signed in or not.
    const stranger = await person('freelancer', 'en', 'Bilal Ahmed');
    expect((await stranger.client.get(mine.prc!.url)).status).toBe(404);
    expect((await new TestClient(env.app).get(mine.prc!.url)).status).toBe(404);

    // Replaced by a scan (PNG) through the API: the old file goes.
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer();
    const replaced = await ayesha.client.upload(`/api/v1/tax/remittances/${first}/prc`, { field: 'file', name: 'scan.png', bytes: new Uint8Array(png), type: 'image/png' }, { api: true });
    expect(replaced.status).toBe(200);
    expect(((await replaced.json()) as RecordJson).prc).toMatchObject({ name: 'scan.png', content_type: 'image/png' });
    expect(await env.deps.db.selectFrom('media').select('id').where('id', '=', withPdf!.prc_media_id!).executeTakeFirst()).toBeUndefined();
    expect(await mediaCount()).toBe(before.media + 1);

    // Removed: the file goes, the fields stay.
    const removed = await ayesha.client.json('DELETE', `/api/v1/tax/remittances/${first}/prc`);
    expect(removed.status).toBe(200);
    expect(await removed.json()).toMatchObject({ prc: null, prc_number: 'MZN-PRC-0412', payer_country: 'US' });
    expect(await mediaCount()).toBe(before.media);
    // And attached again through the page, for the next test.
    await ayesha.client.get('/tax/remittances');
    expect((await ayesha.client.upload(`/tax/remittances/${first}`, { field: 'file', name: 'prc.pdf', bytes: PDF }, { form: { payer_country: 'US', purpose_code: '9186', prc_number: 'MZN-PRC-0412' } })).status).toBe(303);
    const audit = await env.deps.db.selectFrom('audit_events').select('kind').where('subject_id', '=', first).where('kind', 'like', 'remittance.%').orderBy('created_at').execute();
    expect(audit.map((a) => a.kind)).toEqual(['remittance.updated', 'remittance.updated', 'remittance.prc_attached', 'remittance.prc_attached', 'remittance.prc_removed', 'remittance.prc_attached']);
  });

  it('is nobody else’s business: another person gets not found for everything', async () => {
    const other = await person('freelancer', 'en', 'Hamza Sheikh');
    const before = await record(first);
    expect(await text(await other.client.get('/tax/remittances'))).not.toContain(withdrawalReference(first));
    expect(((await (await other.client.get('/api/v1/tax/remittances')).json()) as { remittances: unknown[] }).remittances).toEqual([]);
    expect((await other.client.json('PATCH', `/api/v1/tax/remittances/${first}`, { payer_country: 'PK' })).status).toBe(404);
    await other.client.get('/tax/remittances');
    expect((await other.client.upload(`/api/v1/tax/remittances/${first}/prc`, { field: 'file', name: 'x.pdf', bytes: NOT_A_PDF }, { api: true })).status).toBe(404);
    expect((await other.client.upload(`/api/v1/tax/remittances/${first}/prc`, { field: 'file', name: 'x.pdf', bytes: PDF }, { api: true })).status).toBe(404);
    expect((await other.client.json('DELETE', `/api/v1/tax/remittances/${first}/prc`)).status).toBe(404);
    expect((await other.client.upload(`/tax/remittances/${first}`, null, { form: { payer_country: 'PK', purpose_code: '1111' } })).status).toBe(404);
    expect((await other.client.post(`/tax/remittances/${first}/prc/remove`, {})).status).toBe(404);
    expect((await other.client.json('PATCH', '/api/v1/tax/remittances/not-a-uuid', { payer_country: 'PK' })).status).toBe(404);
    expect(await record(first)).toEqual(before);
    // Signed out: the page asks to log in, the API answers 401.
    const visitor = new TestClient(env.app);
    expect((await visitor.get('/tax/remittances')).headers.get('location')).toBe('/login?next=%2Ftax%2Fremittances');
    expect((await visitor.get('/api/v1/tax/remittances')).status).toBe(401);
  });

  it('lists payouts waiting for a PRC and those with one, with the retention rule, its sources and the notice', async () => {
    const res = await ayesha.client.get('/tax/remittances');
    expect(res.status).toBe(200);
    const html = await res.text();
    const page = visibleText(html);
    const waiting = page.slice(page.indexOf('Waiting for a PRC'), page.indexOf('PRC attached ('));
    const attached = page.slice(page.indexOf('PRC attached ('), page.indexOf('How much may stay in dollars'));
    expect(waiting).toContain('Waiting for a PRC (1)');
    expect(attached).toContain('PRC attached (1)');
    expect(attached).toContain(withdrawalReference(first));
    expect(attached).toContain('Download prc.pdf');
    expect(attached).toContain('PRC number MZN-PRC-0412');
    // The person's own words (the file's name, the PRC's number) isolated from the sentence around them.
    expect(html).toContain('Download \u2068prc.pdf\u2069');
    expect(html).toContain('PRC number \u2068MZN-PRC-0412\u2069');
    expect(waiting).not.toContain(withdrawalReference(first));
    expect(waiting).toMatch(/United Kingdom \( ?GB ?\)/);
    expect(waiting).toContain('9186 · IT export, as freelancers cite it (unconfirmed officially)');
    expect(page).toContain('not tax advice');
    expect(page).toContain('50% of your export proceeds or USD 5,000 a month, whichever is higher');
    expect(page).toContain('So with $899.00 in a month you may keep all of it in dollars');
    expect(page).toContain('with $12,000.00 you may keep $6,000.00 (half)');
    expect(page).toContain('24 October 2023');
    expect(page).toContain('unconfirmed');
    // Nothing paid yet: no months in the table.
    expect(page).toContain('None of your dollar payouts has been paid yet.');
    // Every record has a form that works without JavaScript.
    expect(html.match(/enctype="multipart\/form-data"/g)?.length).toBe(2);

    await speak(ayesha, 'ur');
    const urHtml = await (await ayesha.client.get('/tax/remittances')).text();
    const ur = visibleText(urHtml);
    expect(ur).toContain('ترسیلاتِ زر اور پی آر سی');
    expect(ur).toContain('پی آر سی کا انتظار (1)');
    expect(ur).toContain('ٹیکس کا مشورہ نہیں');
    expect(ur).toContain('آئی ٹی ایکسپورٹ، جیسا فری لانسرز بتاتے ہیں (سرکاری طور پر غیر تصدیق شدہ)');
    // In a right-to-left sentence a bank's file name such as 20260617.pdf would read "pdf.20260617" unless isolated.
    expect(urHtml).toContain('\u2068prc.pdf\u2069 ڈاؤن لوڈ کریں');
    expect(urHtml).toContain('پی آر سی نمبر \u2068MZN-PRC-0412\u2069');
    await speak(ayesha, 'en');
  });
});

describe('the tax reminders job', () => {
  // The mails go through the queue (notifications.mail): on a loaded machine they take a while.
  it('sends each reminder once, on its days, to the right people, in their language', { timeout: 120_000 }, async () => {
    const at = (iso: string) => env.clock.set(new Date(iso));
    // Tax year 2026 (1 July 2025 – 30 June 2026): Sana earns in it; Omar earned only in tax year 2025.
    at('2026-03-02T05:00:00Z');
    const sana = await person('freelancer', 'ur', 'ثنا خان');
    const omar = await person('freelancer', 'en', 'Omar Farooq');
    const idle = await person('freelancer', 'en', 'Zara Idle');
    const buyer = await person('client', 'en', 'Emma Clarke', 'GB');
    const admin = await person('admin', 'en', 'Admin');
    await usdOrder(sana, buyer, 20_000n);
    await clearHolds();
    at('2025-05-10T05:00:00Z');
    await usdOrder(omar, buyer, 10_000n);

    // Sana's dollar payouts, paid on 12 March 2026: one will get its PRC in time, one will not.
    at('2026-03-11T05:00:00Z');
    const method = await payoneer(sana);
    const late = await withdraw(sana, method, '6000');
    const prompt = await withdraw(sana, method, '4000');
    await createBatch(env.deps, admin.actor, { channel: 'payoneer' });
    at('2026-03-12T05:00:00Z');
    await markPaid(env.deps, admin.actor, late, { reference: 'PYR-77812' });
    await markPaid(env.deps, admin.actor, prompt, { reference: 'PYR-77813' });
    await sana.client.get('/tax/remittances');
    expect((await sana.client.upload(`/tax/remittances/${prompt}`, { field: 'file', name: 'prc.pdf', bytes: PDF }, { form: { payer_country: 'GB', purpose_code: '9186', prc_number: '' } })).status).toBe(303);

    // Her page applies the State Bank's rule to March: $100 paid, all of it may stay in dollars.
    const march = await text(await sana.client.get('/tax/remittances'));
    expect(march).toContain('مارچ 2026 $100.00 $100.00 $0.00');
    expect(march).toContain('پی آر سی کا انتظار (1)');
    expect(march).toContain('پی آر سی منسلک (1)');

    // PSEB: Sana's registration ends on 15 October 2026; Omar has a profile without one.
    await env.deps.db.insertInto('tax_profiles').values({ user_id: sana.user.id, pseb_number: 'PSEB/F/2025/1187', pseb_expires_on: '2026-10-15', filer: true, created_at: new Date(), updated_at: new Date() }).execute();
    await env.deps.db.insertInto('tax_profiles').values({ user_id: omar.user.id, created_at: new Date(), updated_at: new Date() }).execute();

    const kinds = async (p: Person) => (await env.deps.db.selectFrom('notifications').select(['kind', 'params']).where('user_id', '=', p.user.id).where('kind', 'in', ['tax_return_due', 'pseb_expiring', 'prc_missing']).orderBy('created_at').execute()).map((r) => r.kind);
    const run = async (iso: string) => {
      at(iso);
      await sendTaxReminders(env.deps);
      // Twice, as a second process or a retried job would: nobody is told twice.
      await sendTaxReminders(env.deps);
    };

    // PRC: six days after the payout, nothing; on the seventh, the payout without a PRC, once.
    await run('2026-03-18T04:00:00Z');
    expect(await kinds(sana)).toEqual([]);
    await run('2026-03-19T06:00:00Z');
    expect(await kinds(sana)).toEqual(['prc_missing']);
    expect((await record(late))?.reminded_at).toBeTruthy();
    expect((await record(prompt))?.reminded_at).toBeNull();
    await run('2026-03-25T04:00:00Z');
    expect(await kinds(sana)).toEqual(['prc_missing']);
    const reminderMails = async (count: number) => {
      const deadline = Date.now() + 45_000;
      for (;;) {
        const mails = (await env.deps.db.selectFrom('mail_outbox').select(['subject', 'text_body']).where('to_address', '=', sana.email.toLowerCase()).execute()).filter((m) => /پی آر سی|پی ایس ای بی|ریٹرن/.test(m.subject));
        if (mails.length >= count || Date.now() > deadline) return mails;
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const prcMail = await reminderMails(1);
    expect(prcMail.map((m) => m.subject)).toEqual([`اپنی وصولی ${withdrawalReference(late)} کا پی آر سی منسلک کریں`]);
    expect(prcMail[0]!.text_body).toContain('/tax/remittances');

    // The return of tax year 2026 is due on 30 September 2026: 31 days before, nothing.
    await run('2026-08-30T04:00:00Z');
    expect(await kinds(sana)).toEqual(['prc_missing']);
    await run('2026-08-31T04:00:00Z');
    expect(await kinds(sana)).toEqual(['prc_missing', 'tax_return_due']);
    await run('2026-09-10T04:00:00Z');
    expect(await kinds(sana)).toEqual(['prc_missing', 'tax_return_due']);

    // PSEB 30 days before 15 October, once.
    await run('2026-09-15T04:00:00Z');
    expect(await kinds(sana)).toEqual(['prc_missing', 'tax_return_due', 'pseb_expiring']);
    // The return, 7 days before (Pakistan's date: 23 September from 19:00 UTC on the 22nd).
    await run('2026-09-22T19:30:00Z');
    expect(await kinds(sana)).toEqual(['prc_missing', 'tax_return_due', 'pseb_expiring', 'tax_return_due']);
    await run('2026-09-24T04:00:00Z');
    expect(await kinds(sana)).toHaveLength(4);
    // PSEB 7 days before; then renewed to a new date, which has reminders of its own later.
    await run('2026-10-08T04:00:00Z');
    expect(await kinds(sana)).toEqual(['prc_missing', 'tax_return_due', 'pseb_expiring', 'tax_return_due', 'pseb_expiring']);
    await run('2026-10-14T04:00:00Z');
    expect(await kinds(sana)).toHaveLength(5);
    await env.deps.db.updateTable('tax_profiles').set({ pseb_expires_on: '2027-10-15' }).where('user_id', '=', sana.user.id).execute();
    await run('2026-10-16T04:00:00Z');
    expect(await kinds(sana)).toHaveLength(5);

    // The days and dates each said, and the mails in Sana's language (Urdu).
    const params = (await env.deps.db.selectFrom('notifications').select(['kind', 'params', 'link']).where('user_id', '=', sana.user.id).where('kind', 'in', ['tax_return_due', 'pseb_expiring', 'prc_missing']).orderBy('created_at').execute()).map((r) => [r.kind, r.params, r.link]);
    expect(params).toEqual([
      ['prc_missing', { amount: { minor: '6000', currency: 'USD' }, reference: withdrawalReference(late) }, `/tax/remittances#r-${late}`],
      ['tax_return_due', { year: 2026, date: '2026-09-30', days: 30 }, '/tax'],
      ['pseb_expiring', { date: '2026-10-15', days: 30 }, '/tax/profile'],
      ['tax_return_due', { year: 2026, date: '2026-09-30', days: 7 }, '/tax'],
      ['pseb_expiring', { date: '2026-10-15', days: 7 }, '/tax/profile'],
    ]);
    const mails = await reminderMails(5);
    expect(mails).toHaveLength(5);
    const subjects = mails.map((m) => m.subject);
    expect(subjects.filter((s) => s === 'ٹیکس سال 2026 کا ریٹرن 30 ستمبر، 2026 تک جمع کرانا ہے')).toHaveLength(2);
    expect(subjects.filter((s) => s === 'آپ کی پی ایس ای بی رجسٹریشن 15 اکتوبر، 2026 کو ختم ہو رہی ہے')).toHaveLength(2);
    expect(mails.some((m) => m.text_body.includes('7 دن'))).toBe(true);

    // Nobody else: not Omar (earned only in tax year 2025, no PSEB), not someone who never earned, not the client.
    for (const p of [omar, idle, buyer, admin]) expect(await kinds(p), p.actor.displayName).toEqual([]);
    const theirMail = await env.deps.db.selectFrom('mail_outbox').select('subject').where('to_address', 'in', [omar.email, idle.email, buyer.email].map((e) => e.toLowerCase())).execute();
    expect(theirMail.filter((m) => /tax return|PSEB|PRC/.test(m.subject))).toEqual([]);
    expect(await env.deps.db.selectFrom('tax_reminders').select(['kind', 'occasion']).where('user_id', '=', sana.user.id).orderBy('sent_at').execute()).toEqual([
      { kind: 'tax_return_due', occasion: '2026:30' },
      { kind: 'pseb_expiring', occasion: '2026-10-15:30' },
      { kind: 'tax_return_due', occasion: '2026:7' },
      { kind: 'pseb_expiring', occasion: '2026-10-15:7' },
    ]);
  });
});
