// The tax profile (issue 19): a freelancer saves it from the page or the API with their PSEB
// certificate; the CNIC is encrypted at rest and shown only masked; nobody else reads it except
// admins, whose every look is audited and shown to the freelancer; bad input is refused with a
// translated message and stores nothing; the registration checklist keeps the person's ticks.
import { createHash, randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFile, pdfFile, png } from '../../test/images.ts';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { money } from '../platform/money.ts';
import { open, secretKeys } from '../platform/secrets.ts';
import { person } from '../receipts/test-data.ts';
import { resealCnics, saveTaxProfile, saveTaxProfileForSeed, taxProfileFacts } from './service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
  // A fixed day in Pakistan, so the PSEB expiry window is the same on every run.
  env.clock.set(new Date('2026-12-05T07:00:00Z'));
});
afterAll(() => env.close());

// Not the pages' own example (35202-1234567-1), so a leak cannot hide behind a hint.
const CNIC = '42201-9876543-7';
const DIGITS = '4220198765437';
const urdu = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
const text = async (res: Response) => visibleText(await res.text());
/** Any run of the CNIC's digits long enough to identify it, with or without dashes. */
const leaks = (s: string) => [DIGITS, CNIC, '9876543', '42201', urdu(DIGITS)].filter((x) => s.includes(x));

const FORM = {
  ntn_kind: 'cnic',
  cnic: urdu(CNIC),
  pseb_number: 'pseb/ifl/2026/0412',
  pseb_expires_on: '2027-06-30',
  filer: 'on',
  province: 'punjab',
  has_salary: 'on',
  salary: 'Rs 1,800,000',
};

async function filesUnder(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).length;
}

async function stored(userId: string) {
  const [profile, media, audits] = await Promise.all([
    env.deps.db.selectFrom('tax_profiles').selectAll().where('user_id', '=', userId).executeTakeFirst(),
    env.deps.db.selectFrom('media').select(['key', 'file_name', 'content_type']).where('owner_id', '=', userId).where('purpose', '=', 'tax_certificate').execute(),
    env.deps.db.selectFrom('audit_events').select(['kind', 'actor_id', 'data']).where('subject_id', '=', userId).where('kind', 'like', 'tax_profile.%').orderBy('created_at').orderBy('id').execute(),
  ]);
  return { profile, media, audits };
}

describe('a freelancer’s tax profile', () => {
  let ayesha: Awaited<ReturnType<typeof person>>;
  let certificateUrl = '';

  beforeAll(async () => {
    ayesha = await person(env, { freelancer: true, name: 'Ayesha Siddiqui' });
  });

  it('is saved from the form with the PSEB certificate, and the page shows the CNIC only masked', async () => {
    const empty = await text(await ayesha.client.get('/tax/profile'));
    expect(empty).toContain('Your tax profile');
    expect(empty).toContain('not tax advice');
    expect(empty).toContain('No staff member has looked at your tax profile.');

    const res = await ayesha.client.upload('/tax/profile', { field: 'certificate', name: 'PSEB certificate.pdf', bytes: pdfFile, type: 'application/pdf' }, { form: FORM });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/tax/profile');

    const page = await ayesha.client.get('/tax/profile');
    const html = await page.text();
    const seen = visibleText(html);
    expect(seen).toContain('Your tax profile is saved.');
    expect(seen).toContain('On file: •••••-••••543-7');
    expect(seen).toContain('PSEB certificate.pdf');
    expect(seen).toContain('Valid until 30 June 2027.');
    expect(html).toContain('value="PSEB/IFL/2026/0412"');
    expect(html).toContain('value="1800000"');
    // The CNIC field stays empty: the number is never written back into the page.
    expect(html).toMatch(/<input id="cnic" name="cnic" type="text" value=""/);
    expect(leaks(html)).toEqual([]);

    const media = await env.deps.db.selectFrom('media').select(['key', 'content_type']).where('owner_id', '=', ayesha.user.id).where('purpose', '=', 'tax_certificate').executeTakeFirstOrThrow();
    expect(media.content_type).toBe('application/pdf');
    certificateUrl = `/media/${media.key}/file`;
    // Its owner downloads it from the page's link.
    expect(html).toContain(`href="${certificateUrl}"`);
    const own = await ayesha.client.get(certificateUrl);
    expect(own.status).toBe(200);
    expect(Buffer.from(await own.arrayBuffer())).toEqual(pdfFile);
  });

  it('answers the API with the CNIC masked, and gives the tax rules their facts without it', async () => {
    const res = await ayesha.client.get('/api/v1/tax/profile');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, any>;
    expect(body).toMatchObject({
      saved: true,
      ntn: { kind: 'cnic', shown: '•••••-••••543-7' },
      cnic: { masked: '•••••-••••543-7', last4: '5437' },
      pseb: { number: 'PSEB/IFL/2026/0412', expires_on: '2027-06-30', state: 'valid', certificate: { name: 'PSEB certificate.pdf', content_type: 'application/pdf', url: certificateUrl } },
      filer: true,
      province: 'punjab',
      has_salary: true,
      salary: { amount: '180000000', currency: 'PKR' },
    });
    expect(leaks(JSON.stringify(body))).toEqual([]);

    const facts = await taxProfileFacts(env.deps.db, ayesha.user.id);
    expect(facts).toEqual({ ntn: '•••••-••••543-7', psebNumber: 'PSEB/IFL/2026/0412', psebExpiresOn: '2027-06-30', filer: true, province: 'punjab', hasSalary: true, salary: money(180_000_000n, 'PKR') });
  });

  it('keeps the CNIC encrypted at rest: no column or audit row holds it, not even as bare digits', async () => {
    const { rows } = await sql<{ cnic_sealed: string; cnic_last4: string; ntn: string | null; ntn_is_cnic: boolean; whole: string }>`
      SELECT cnic_sealed, cnic_last4, ntn, ntn_is_cnic, row_to_json(p)::text AS whole FROM tax_profiles p WHERE user_id = ${ayesha.user.id}`.execute(env.deps.db);
    const row = rows[0]!;
    expect(row.cnic_sealed).toMatch(/^v1\.dev\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(leaks(row.cnic_sealed)).toEqual([]);
    expect(leaks(row.whole)).toEqual([]);
    expect(row.cnic_last4).toBe('5437');
    // The NTN that is the CNIC is a flag, not a second clear copy.
    expect(row).toMatchObject({ ntn: null, ntn_is_cnic: true });
    expect(open(secretKeys(env.deps.config), row.cnic_sealed)).toBe(DIGITS);

    const audits = await sql<{ whole: string }>`SELECT row_to_json(a)::text AS whole FROM audit_events a WHERE subject_id = ${ayesha.user.id}`.execute(env.deps.db);
    expect(audits.rows.length).toBeGreaterThan(0);
    for (const a of audits.rows) expect(leaks(a.whole)).toEqual([]);
    // Nor can the database hold a 13-digit NTN in the clear column.
    await expect(sql`UPDATE tax_profiles SET ntn = ${DIGITS}, ntn_is_cnic = false WHERE user_id = ${ayesha.user.id}`.execute(env.deps.db)).rejects.toThrow(/tax_profiles_ntn_not_a_cnic/);
  });

  it('keeps the CNIC on file when the field is left empty, and replaces the certificate', async () => {
    const before = await stored(ayesha.user.id);
    const res = await ayesha.client.upload('/tax/profile', { field: 'certificate', name: 'scan.png', bytes: await png(300, 200), type: 'image/png' }, { form: { ...FORM, cnic: '' } });
    expect(res.status).toBe(303);
    const after = await stored(ayesha.user.id);
    expect(after.profile!.cnic_sealed).toBe(before.profile!.cnic_sealed);
    expect(after.media).toHaveLength(1);
    expect(after.media[0]).toMatchObject({ file_name: 'scan.png', content_type: 'image/png' });
    expect((await ayesha.client.get(certificateUrl)).status).toBe(404);
    certificateUrl = `/media/${after.media[0]!.key}/file`;
    expect((await ayesha.client.get(certificateUrl)).status).toBe(200);
    expect(after.audits.at(-1)).toMatchObject({ kind: 'tax_profile.saved', actor_id: ayesha.user.id, data: { fields: ['pseb_certificate'] } });
  });

  it('cannot be read by anyone else: other people get not found, for the page, the reveal and the files', async () => {
    const bilal = await person(env, { freelancer: true, name: 'Bilal Ahmed' });
    const anonymous = new TestClient(env.app);
    for (const path of [`/admin/tax-profiles/${ayesha.user.id}`, `/admin/tax-profiles/${ayesha.user.id}/certificate`, certificateUrl]) {
      expect((await bilal.client.get(path)).status, path).toBe(404);
    }
    expect((await anonymous.get(certificateUrl)).status).toBe(404);
    expect((await bilal.client.get('/admin/tax-profiles')).status).toBe(404);
    expect((await bilal.client.post(`/admin/tax-profiles/${ayesha.user.id}/reveal`, { reason: 'I would like to see it please' })).status).toBe(404);
    // Their own profile is their own, and empty.
    expect(await (await bilal.client.get('/api/v1/tax/profile')).json()).toMatchObject({ saved: false, cnic: null, ntn: null });
    const looks = await env.deps.db.selectFrom('audit_events').select('kind').where('actor_id', '=', bilal.user.id).where('kind', 'like', 'tax_profile.%').execute();
    expect(looks).toEqual([]);
  });

  it('is shown to an admin masked, with a row in the audit log for every look, a reveal only with a reason, and the freelancer sees each look', async () => {
    const admin = await person(env, { admin: true, name: 'Site Admin' });
    const home = await admin.client.get('/admin');
    expect(await home.text()).toContain('href="/admin/tax-profiles"');
    const list = await text(await admin.client.get('/admin/tax-profiles'));
    expect(list).toContain('Ayesha Siddiqui');
    expect(leaks(list)).toEqual([]);

    const res = await admin.client.get(`/admin/tax-profiles/${ayesha.user.id}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const seen = visibleText(html);
    expect(seen).toContain('Tax profile: Ayesha Siddiqui');
    expect(seen).toContain('•••••-••••543-7');
    expect(seen).toContain('PSEB/IFL/2026/0412');
    expect(seen).toContain('This view is recorded in the audit log');
    expect(leaks(html)).toEqual([]);
    let audits = (await stored(ayesha.user.id)).audits.filter((a) => a.kind !== 'tax_profile.saved');
    expect(audits).toEqual([{ kind: 'tax_profile.viewed', actor_id: admin.user.id, data: {} }]);

    // A reveal without a real reason is refused, recorded only as the view it re-shows.
    const refused = await admin.client.post(`/admin/tax-profiles/${ayesha.user.id}/reveal`, { reason: 'check' });
    expect(refused.status).toBe(400);
    const refusedHtml = await refused.text();
    expect(visibleText(refusedHtml)).toContain('at least 10 characters');
    expect(leaks(refusedHtml)).toEqual([]);

    const revealed = await admin.client.post(`/admin/tax-profiles/${ayesha.user.id}/reveal`, { reason: 'Matching the CNIC on her PSEB certificate, ticket 42' });
    expect(revealed.status).toBe(200);
    expect(revealed.headers.get('cache-control')).toBe('no-store');
    expect(await text(revealed)).toContain(`Full CNIC (this reveal is recorded): ${CNIC}`);

    const file = await admin.client.get(`/admin/tax-profiles/${ayesha.user.id}/certificate`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('content-disposition')).toContain('attachment;');
    expect(file.headers.get('cache-control')).toBe('private, no-store');

    audits = (await stored(ayesha.user.id)).audits.filter((a) => a.kind !== 'tax_profile.saved');
    expect(audits.map((a) => [a.kind, a.actor_id])).toEqual([
      ['tax_profile.viewed', admin.user.id],
      ['tax_profile.viewed', admin.user.id],
      ['tax_profile.cnic_revealed', admin.user.id],
      ['tax_profile.certificate_opened', admin.user.id],
    ]);
    expect(audits[2]!.data).toEqual({ reason: 'Matching the CNIC on her PSEB certificate, ticket 42' });
    for (const a of audits) expect(leaks(JSON.stringify(a.data))).toEqual([]);

    // Ayesha sees that staff looked, what they did and when; not who.
    const hers = await text(await ayesha.client.get('/tax/profile'));
    expect(hers).toContain('Staff viewed your tax profile');
    expect(hers).toContain('Staff revealed your full CNIC');
    expect(hers).toContain('Staff opened your PSEB certificate');
    expect(hers).not.toContain('Site Admin');
  });

  it('lets its owner remove the certificate and the CNIC', async () => {
    expect((await ayesha.client.post('/tax/profile/certificate/delete', {})).status).toBe(303);
    expect((await ayesha.client.get(certificateUrl)).status).toBe(404);
    expect((await ayesha.client.post('/tax/profile/certificate/delete', {})).status).toBe(404);
    expect((await ayesha.client.post('/tax/profile/cnic/delete', {})).status).toBe(303);
    const { profile, media } = await stored(ayesha.user.id);
    expect(profile).toMatchObject({ cnic_sealed: null, cnic_last4: null, ntn_is_cnic: false, pseb_certificate_media_id: null });
    expect(media).toEqual([]);
    const page = await text(await ayesha.client.get('/tax/profile'));
    expect(page).toContain('13 digits, for example 35202-1234567-1');
    expect((await ayesha.client.json('DELETE', '/api/v1/tax/profile/certificate')).status).toBe(404);
  });
});

describe('bad input', () => {
  it.each([
    ['a malformed NTN', { ...FORM, ntn_kind: 'entity', ntn: '12345' }, null, 'An NTN here is 7 digits', 'یہاں این ٹی این 7 ہندسوں کا ہوتا ہے'],
    ['a CNIC given as an entity NTN', { ...FORM, ntn_kind: 'entity', ntn: CNIC }, null, '13 digits is a CNIC', '13 ہندسے شناختی کارڈ نمبر ہوتا ہے'],
    ['a malformed CNIC', { ...FORM, cnic: '35202-123456-1' }, null, 'Type the 13 digits of your CNIC', 'اپنے شناختی کارڈ کے 13 ہندسے لکھیں'],
    ['an NTN that is the CNIC, with no CNIC', { ...FORM, cnic: '' }, null, 'You said your NTN is your CNIC', 'آپ نے بتایا کہ آپ کا این ٹی این'],
    ['a certificate that is a web page', FORM, { name: 'certificate.pdf', bytes: htmlFile }, 'A certificate must be a PDF, or a photo or scan of it as JPEG or PNG.', 'سرٹیفکیٹ PDF ہونا چاہیے'],
    ['an expiry long past', { ...FORM, pseb_expires_on: '1999-06-30' }, null, 'the date cannot be before 2023-12-05', 'یہ \u20662023-12-05\u2069 سے پہلے نہیں ہو سکتی'],
    ['an expiry far ahead', { ...FORM, pseb_expires_on: '2099-06-30' }, null, 'the date cannot be after 2028-12-05', 'تاریخ \u20662028-12-05\u2069 کے بعد کی نہیں ہو سکتی'],
    ['a day that does not exist', { ...FORM, pseb_expires_on: '2027-02-30' }, null, 'Type the date as YYYY-MM-DD', 'تاریخ YYYY-MM-DD کی شکل میں لکھیں'],
    ['a salary of nothing', { ...FORM, salary: '0' }, null, 'Type a salary above zero', 'صفر سے زیادہ تنخواہ لکھیں'],
  ] as const)('%s: a translated message on the form, and nothing stored', async (_, form, file, english, urduText) => {
    for (const [locale, expected] of [
      ['en', english],
      ['ur', urduText],
    ] as const) {
      const p = await person(env, { freelancer: true, locale, name: `Hamza ${locale}` });
      const files = await filesUnder(env.deps.config.storageDir);
      const upload = file ? { field: 'certificate', name: file.name, bytes: file.bytes, type: 'application/pdf' } : { field: 'certificate', name: 'ok.pdf', bytes: pdfFile, type: 'application/pdf' };
      const res = await p.client.upload('/tax/profile', upload, { form: form as Record<string, string> });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(visibleText(html)).toContain(visibleText(expected));
      // The CNIC typed is not shown back, even on an error.
      expect(leaks(html)).toEqual([]);
      const { profile, media, audits } = await stored(p.user.id);
      expect(profile).toBeUndefined();
      expect(media).toEqual([]);
      expect(audits).toEqual([]);
      expect(await filesUnder(env.deps.config.storageDir)).toBe(files);
    }
  });

  it('answers the API with problem details naming each bad field, and stores nothing', async () => {
    const p = await person(env, { freelancer: true, locale: 'ur', name: 'حمزہ شیخ' });
    const res = await p.client.json('PUT', '/api/v1/tax/profile', { ntn_kind: 'entity', ntn: '12', cnic: '1234', pseb_number: 'PSEB-9', province: 'atlantis', has_salary: true });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await res.json()) as { code: string; errors: Record<string, string> };
    expect(problem.code).toBe('validation.failed');
    expect(Object.keys(problem.errors).sort()).toEqual(['cnic', 'ntn', 'province', 'pseb_expires_on', 'salary']);
    expect(problem.errors.cnic).toContain('شناختی کارڈ کے 13 ہندسے');
    expect((await stored(p.user.id)).profile).toBeUndefined();

    const file = await p.client.upload('/api/v1/tax/profile/certificate', { field: 'certificate', name: 'x.pdf', bytes: htmlFile }, { api: true, method: 'PUT' });
    expect(file.status).toBe(415);
    expect(((await file.json()) as { code: string }).code).toBe('media.not_pdf_or_image');
    expect((await stored(p.user.id)).media).toEqual([]);
  });
});

describe('the API', () => {
  it('saves and reads a profile with an entity NTN, and takes the certificate on its own', async () => {
    const p = await person(env, { freelancer: true, name: 'Usman Tariq' });
    const res = await p.client.json('PUT', '/api/v1/tax/profile', { ntn_kind: 'entity', ntn: '41749413', cnic: '6110112345678', filer: false, province: 'islamabad', has_salary: false });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ntn: { kind: 'entity', shown: '4174941-3' }, cnic: { masked: '•••••-••••567-8' }, pseb: { number: null, certificate: null }, filer: false, salary: null });

    const up = await p.client.upload('/api/v1/tax/profile/certificate', { field: 'certificate', name: 'pseb.pdf', bytes: pdfFile }, { api: true, method: 'PUT' });
    expect(up.status).toBe(200);
    expect(await up.json()).toMatchObject({ name: 'pseb.pdf', content_type: 'application/pdf' });
    // Leaving the CNIC out keeps it; null removes it.
    const kept = (await (await p.client.json('PUT', '/api/v1/tax/profile', { ntn_kind: 'entity', ntn: '4174941-3' })).json()) as Record<string, any>;
    expect(kept.cnic.masked).toBe('•••••-••••567-8');
    expect(kept.pseb.certificate.name).toBe('pseb.pdf');
    const removed = (await (await p.client.json('PUT', '/api/v1/tax/profile', { ntn_kind: 'entity', ntn: '4174941-3', cnic: null })).json()) as Record<string, any>;
    expect(removed.cnic).toBeNull();
    expect((await p.client.json('DELETE', '/api/v1/tax/profile/certificate')).status).toBe(204);
  });
});

describe('the registration checklist', () => {
  it('lists each step with its documents, fee or "unconfirmed", official links and sources, and keeps the person’s ticks', async () => {
    const p = await person(env, { freelancer: true, name: 'Emma Clarke' });
    const html = await (await p.client.get('/tax/checklist')).text();
    const seen = visibleText(html);
    expect(seen).toContain('Registration checklist');
    expect(seen).toContain('not tax advice');
    expect(seen).toContain('Done: 0 of 5');
    for (const title of ['Get an NTN through the FBR’s IRIS portal', 'Open a freelancer bank account with a foreign-currency account (ESFCA)', 'Get a PRC for each foreign payment', 'Register with PSEB as a freelancer', 'File your income tax return every year']) {
      expect(seen).toContain(title);
    }
    // The PSEB fee is unconfirmed; the one guide's Rs 3,500 is shown as its claim, with its source.
    expect(seen).toContain('Unconfirmed. The fee for individual freelancers is not confirmed. One third-party guide says renewal is “usually Rs 3,500”.');
    expect(html).toContain('href="https://globhy.com/article/complete-guide-to-pseb-registration-renewal-process-in-pakistan-2025"');
    expect(html).toContain('href="https://app.techdestination.com/how-to-register-callcenter"');
    expect(html).toContain('href="https://www.fbr.gov.pk/pr/late-return-filers-to-be-included-in-atl-afte/152871/2021"');
    expect(seen).toContain('ATL surcharge of Rs 1,000');

    const ticked = await p.client.post('/tax/checklist/pseb', { done: '1' });
    expect(ticked.status).toBe(303);
    expect(ticked.headers.get('location')).toBe('/tax/checklist#step-pseb');
    const after = await text(await p.client.get('/tax/checklist'));
    expect(after).toContain('Done: 1 of 5');
    expect(after).toContain('Done on 5 December 2026');
    expect((await p.client.post('/tax/checklist/pseb', { done: '0' })).status).toBe(303);
    expect(await text(await p.client.get('/tax/checklist'))).toContain('Done: 0 of 5');
    expect((await p.client.post('/tax/checklist/astrology', { done: '1' })).status).toBe(404);

    const api = await p.client.json('PUT', '/api/v1/tax/checklist/ntn', { done: true });
    expect(api.status).toBe(200);
    const body = (await api.json()) as { steps: { step: string; done: boolean; fee: { confirmed: boolean; amount: unknown } }[] };
    expect(body.steps.map((s) => s.step)).toEqual(['ntn', 'bank_account', 'prc', 'pseb', 'tax_return']);
    expect(body.steps.find((s) => s.step === 'ntn')!.done).toBe(true);
    expect(body.steps.find((s) => s.step === 'pseb')!.fee).toMatchObject({ confirmed: false, amount: { amount: '350000', currency: 'PKR' } });
    expect((await p.client.json('PUT', '/api/v1/tax/checklist/astrology', { done: true })).status).toBe(404);
    // Another person's ticks are their own.
    const q = await person(env, { freelancer: true, name: 'Someone Else' });
    expect(await text(await q.client.get('/tax/checklist'))).toContain('Done: 0 of 5');
  });

  it('is in Urdu for an Urdu reader, with the unconfirmed fee marked as such', async () => {
    const p = await person(env, { freelancer: true, locale: 'ur', name: 'عائشہ' });
    const seen = await text(await p.client.get('/tax/checklist'));
    expect(seen).toContain('رجسٹریشن کی چیک لسٹ');
    expect(seen).toContain('غیر تصدیق شدہ');
    expect(seen).toContain('ایک اندازہ ہے، ٹیکس کا مشورہ نہیں');
  });
});

describe('the demo seed and key rotation', () => {
  it('saves a profile, its certificate and ticks inside the seed’s transaction', async () => {
    const p = await person(env, { freelancer: true, name: 'Bilal Demo' });
    await env.deps.db.transaction().execute((tx) =>
      saveTaxProfileForSeed(tx, env.deps, p.user.id, { ntn_kind: 'cnic', cnic: '42101-7654321-2', pseb_number: 'PSEB-FL-2026-118', pseb_expires_on: '2027-03-31', filer: true, province: 'sindh' }, { certificate: { name: 'pseb.pdf', bytes: pdfFile }, ticks: ['ntn', 'pseb'] }),
    );
    expect(await taxProfileFacts(env.deps.db, p.user.id)).toMatchObject({ ntn: '•••••-••••321-2', psebNumber: 'PSEB-FL-2026-118', psebExpiresOn: '2027-03-31', filer: true, province: 'sindh' });
    const { media, audits } = await stored(p.user.id);
    expect(media).toHaveLength(1);
    expect(audits).toEqual([{ kind: 'tax_profile.saved', actor_id: null, data: { fields: ['cnic', 'pseb_certificate', 'created'] } }]);
    const ticks = await env.deps.db.selectFrom('tax_checklist_ticks').select('step').where('user_id', '=', p.user.id).orderBy('step').execute();
    expect(ticks.map((t) => t.step)).toEqual(['ntn', 'pseb']);
  });

  it('opens CNICs sealed with a key that is listed second, and re-seals them with the new key', async () => {
    const p = await person(env, { freelancer: true, name: 'Rotation Person' });
    await saveTaxProfile(env.deps, p.actor, { ntn_kind: 'cnic', cnic: CNIC });
    const dev = createHash('sha256').update(`hunar-secrets:${env.deps.config.secret}`).digest().toString('base64');
    const rotated = { ...env.deps, config: { ...env.deps.config, SECRETS_KEYS: `k2027:${randomBytes(32).toString('base64')},dev:${dev}` } };
    const n = await resealCnics(rotated);
    expect(n).toBeGreaterThanOrEqual(1);
    const row = await env.deps.db.selectFrom('tax_profiles').select('cnic_sealed').where('user_id', '=', p.user.id).executeTakeFirstOrThrow();
    expect(row.cnic_sealed).toMatch(/^v1\.k2027\./);
    expect(open(secretKeys(rotated.config), row.cnic_sealed!)).toBe(DIGITS);
    expect(await resealCnics(rotated)).toBe(0);
    // The page still shows the same last four digits.
    expect((await saveTaxProfile(rotated, p.actor, { ntn_kind: 'cnic' })).cnic?.masked).toBe('•••••-••••543-7');
  });
});
