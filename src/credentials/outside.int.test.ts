// Certificates from outside, as a freelancer and an admin meet them: Bilal adds his DigiSkills
// certificate with a PDF copy; his profile shows it marked self-reported; a web page dressed as a
// PDF is refused with a translated message and nothing is stored; the copy opens for him and admins
// only; a non-admin cannot decide; an admin verifies it (audited) and the profile says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFile, pdfFile } from '../../test/images.ts';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { type Person, person } from '../../test/world.ts';

let env: TestEnv;
let bilal: Person;
let admin: Person;
let other: Person;
let skill: { slug: string; name_en: string };
beforeAll(async () => {
  env = await testEnv();
  bilal = await person(env, 'Bilal Ahmed', { role: 'freelancer' });
  other = await person(env, 'Hamza Khan', { role: 'freelancer', locale: 'ur' });
  admin = await person(env, 'Admin', { role: 'admin' });
  skill = await env.deps.db.selectFrom('skills').select(['slug', 'name_en']).orderBy('slug').limit(1).executeTakeFirstOrThrow();
}, 60_000);
afterAll(() => env.close());

const anon = () => new TestClient(env.app, { 'accept-language': 'en' });
const FORM = () => ({ issuer: 'digiskills', issuer_other: '', title: 'Freelancing (Batch 12)', skill: skill.slug, issued_on: '2024-03-15' });
const rows = async (userId: string) => ({
  credentials: await env.deps.db.selectFrom('credentials').selectAll().where('user_id', '=', userId).where('kind', '=', 'external').execute(),
  media: await env.deps.db.selectFrom('media').select(['key', 'credential_id']).where('owner_id', '=', userId).where('purpose', '=', 'credential_proof').execute(),
});

let id: string;
let proofUrl: string;

describe('adding a certificate from outside', () => {
  it('refuses a file that is not a PDF or a picture, with a translated message, and stores nothing', async () => {
    const res = await other.client.upload('/certificates/outside', { field: 'proof', name: 'certificate.pdf', bytes: htmlFile }, { form: FORM() });
    expect(res.status).toBe(400);
    expect(visibleText(await res.text())).toContain('سرٹیفکیٹ PDF ہونا چاہیے، یا اس کی تصویر یا اسکین JPEG یا PNG میں۔');
    const api = await bilal.client.upload('/api/v1/me/credentials/outside', { field: 'proof', name: 'x.pdf', bytes: htmlFile }, { form: FORM(), api: true });
    expect(api.status).toBe(400);
    const problem = (await api.json()) as { code: string; errors: Record<string, string> };
    expect(problem.code).toBe('validation.failed');
    expect(problem.errors.proof).toBe('A certificate must be a PDF, or a photo or scan of it as JPEG or PNG.');
    expect(await rows(other.user.id)).toEqual({ credentials: [], media: [] });
    expect(await rows(bilal.user.id)).toEqual({ credentials: [], media: [] });
  });

  it('asks for the issuer’s name when "other" is chosen, and refuses a date in the future', async () => {
    const res = await bilal.client.upload('/certificates/outside', { field: 'proof', name: 'c.pdf', bytes: pdfFile }, { form: { ...FORM(), issuer: 'other', issued_on: '2999-01-01' } });
    expect(res.status).toBe(400);
    const text = visibleText(await res.text());
    expect(text).toContain('This field is required.');
    expect(text).toContain('The date cannot be in the future or before 2000.');
    expect((await rows(bilal.user.id)).credentials).toEqual([]);
  });

  it('adds it with its proof; the profile shows it marked self-reported', async () => {
    const res = await bilal.client.upload('/certificates/outside', { field: 'proof', name: 'DigiSkills certificate.pdf', bytes: pdfFile, type: 'application/pdf' }, { form: FORM() });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/certificates/outside');
    const mine = visibleText(await (await bilal.client.get('/certificates/outside')).text());
    expect(mine).toContain('Freelancing (Batch 12)');
    expect(mine).toContain('Self-reported, not checked yet');
    const stored = await rows(bilal.user.id);
    expect(stored.credentials).toHaveLength(1);
    id = stored.credentials[0]!.id;
    expect(stored.media).toEqual([{ key: expect.any(String), credential_id: id }]);
    proofUrl = `/media/${stored.media[0]!.key}/file`;

    const profile = visibleText(await (await anon().get(`/u/${bilal.user.handle}`)).text());
    expect(profile).toContain('Freelancing (Batch 12)');
    expect(profile).toContain('from DigiSkills.pk');
    expect(profile).toContain('Self-reported');
    const api = (await (await anon().get(`/api/v1/profiles/${bilal.user.handle}/credentials`)).json()) as { items: { kind: string; status: string; issuer: string }[] };
    expect(api.items).toEqual([expect.objectContaining({ kind: 'external', status: 'self_reported', issuer: 'DigiSkills.pk' })]);
  });

  it('lets only its owner and admins open the proof', async () => {
    const own = await bilal.client.get(proofUrl);
    expect(own.status).toBe(200);
    expect(Buffer.from(await own.arrayBuffer())).toEqual(Buffer.from(pdfFile));
    expect((await admin.client.get(proofUrl)).status).toBe(200);
    expect((await other.client.get(proofUrl)).status).toBe(404);
    expect((await anon().get(proofUrl)).status).toBe(404);
  });
});

describe('an admin checks the proof', () => {
  it('refuses a decision from someone who is not an admin, and nothing changes', async () => {
    const res = await other.client.json('POST', `/api/v1/admin/credentials/outside/${id}/decision`, { decision: 'verified' }, { 'x-csrf-token': other.client.csrf });
    expect(res.status).toBe(403);
    expect((await other.client.post(`/admin/credentials/outside/${id}`, { decision: 'verified' })).status).toBe(403);
    expect((await rows(bilal.user.id)).credentials[0]!.status).toBe('self_reported');
  });

  it('lists it in the queue; verifying it is audited and the profile then says the proof was checked', async () => {
    const queue = visibleText(await (await admin.client.get('/admin/credentials/outside')).text());
    expect(queue).toContain('Freelancing (Batch 12)');
    expect(queue).toContain('Bilal Ahmed');
    const res = await admin.client.post(`/admin/credentials/outside/${id}`, { decision: 'verified', reason: '' });
    expect(res.status).toBe(303);
    const audit = await env.deps.db.selectFrom('audit_events').select(['kind', 'actor_id', 'data']).where('subject_id', '=', id).execute();
    expect(audit).toEqual([{ kind: 'credential.reviewed', actor_id: admin.user.id, data: expect.objectContaining({ before: 'self_reported', after: 'verified' }) }]);
    const profile = visibleText(await (await anon().get(`/u/${bilal.user.handle}`)).text());
    expect(profile).toContain('Proof checked by Hunar');
    expect(profile).not.toContain('Self-reported');
    expect(visibleText(await (await admin.client.get('/admin/credentials/outside')).text())).toContain('Nothing to check.');
  });

  it('decides once: a second decision is refused with a translated message', async () => {
    const res = await admin.client.json('POST', `/api/v1/admin/credentials/outside/${id}/decision`, { decision: 'rejected', reason: 'Too late' }, { 'x-csrf-token': admin.client.csrf });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ code: 'credentials.already_reviewed', title: 'This certificate has already been checked.' });
  });

  it('through the API: a rejection needs a reason and takes the certificate off the profile', async () => {
    const add = await other.client.upload('/api/v1/me/credentials/outside', { field: 'proof', name: 'nftp.pdf', bytes: pdfFile }, { form: { ...FORM(), issuer: 'nftp', title: 'NFTP Web Development' }, api: true });
    expect(add.status).toBe(201);
    const added = (await add.json()) as { id: string; status: string; issuer: string };
    expect(added).toMatchObject({ status: 'self_reported', issuer: 'National Freelance Training Program (NFTP)' });
    const path = `/api/v1/admin/credentials/outside/${added.id}/decision`;
    const noReason = await admin.client.json('POST', path, { decision: 'rejected' }, { 'x-csrf-token': admin.client.csrf });
    expect(noReason.status).toBe(400);
    const ok = await admin.client.json('POST', path, { decision: 'rejected', reason: 'The name on the copy is someone else’s.' }, { 'x-csrf-token': admin.client.csrf });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { status: string }).status).toBe('rejected');
    expect(visibleText(await (await anon().get(`/u/${other.user.handle}`)).text())).not.toContain('NFTP Web Development');
    expect(visibleText(await (await other.client.get('/certificates/outside')).text())).toContain('وجہ: The name on the copy is someone else’s.');
  });
});
