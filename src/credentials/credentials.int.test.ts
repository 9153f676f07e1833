// Certificates end to end, checked as a third party would: a learner's course certificate is issued,
// its VC-JWT is verified with a standard JOSE library using nothing but the DID document the site
// publishes at /.well-known/did.json; a tampered payload and a foreign key fail; an admin revokes it
// (audited, with a reason) and the status list's bit flips and /verify says revoked; after a key
// rotation, old and new certificates both verify. The certificate page reads in the learner's
// language; the API lists a person's certificates.
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { decodeProtectedHeader, importJWK, type JWTPayload, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { completedOrder, fundWallet, gigOf, type Person, person } from '../../test/world.ts';
import { bitAt, decodeList } from './domain.ts';
import { issueCourseCertificate } from './issue.ts';

const BASE = 'https://academy.hunar.example:8443';
const DID = 'did:web:academy.hunar.example%3A8443';

let env: TestEnv;
let learner: Person;
let admin: Person;
let skill: { slug: string; name_en: string; name_ur: string };
beforeAll(async () => {
  env = await testEnv({ BASE_URL: BASE, OPERATOR_NAME: 'Hunar Labs (Pvt) Ltd' });
  learner = await person(env, 'Ayesha Siddiqui', { role: 'freelancer', locale: 'ur' });
  admin = await person(env, 'Admin', { role: 'admin' });
  skill = await env.deps.db.selectFrom('skills').select(['slug', 'name_en', 'name_ur']).orderBy('slug').limit(1).executeTakeFirstOrThrow();
}, 60_000);
afterAll(() => env.close());

const anon = () => new TestClient(env.app, { 'accept-language': 'en' });
const local = (url: string) => url.slice(BASE.length);

/** A published course and the learner's enrolment, as src/academy/tables.ts has them. */
async function courseWithEnrolment(userId: string, title: string, skillSlug = skill.slug) {
  const now = env.clock.now();
  const course = await env.deps.db
    .insertInto('courses')
    .values({
      slug: `course-${randomUUID().slice(0, 8)}`,
      track: 'ai',
      skill_slug: skillSlug,
      author_id: admin.user.id,
      title_en: title,
      title_ur: 'کلائنٹس کے لیے اے آئی ٹولز',
      summary_en: 'Use AI tools to deliver client work faster, and say so honestly.',
      status: 'published',
      published_at: now,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await env.deps.db.insertInto('enrolments').values({ course_id: course.id, user_id: userId, enrolled_at: now }).execute();
  return course.id;
}

const issue = (userId: string, courseId: string, completedAt: Date) => env.deps.db.transaction().execute((tx) => issueCourseCertificate(tx, env.deps, { userId, courseId, completedAt }));

/** Verifies a JWT as an outside verifier: the key named by its kid, found in the site's DID document only. */
async function verifyWithDidDocument(jwt: string): Promise<JWTPayload> {
  const doc = (await (await anon().get('/.well-known/did.json')).json()) as { id: string; verificationMethod: { id: string; publicKeyJwk: Record<string, string> }[]; assertionMethod: string[] };
  const { kid, alg, typ } = decodeProtectedHeader(jwt);
  expect({ alg, typ }).toEqual({ alg: 'EdDSA', typ: 'JWT' });
  expect(kid?.startsWith(`${doc.id}#`)).toBe(true);
  expect(doc.assertionMethod).toContain(kid);
  const method = doc.verificationMethod.find((m) => m.id === kid);
  if (!method) throw new Error(`no key ${kid} in the DID document`);
  const { payload } = await jwtVerify(jwt, await importJWK(method.publicKeyJwk, 'EdDSA'), { issuer: doc.id, currentDate: env.clock.now() });
  return payload;
}

let code: string;
let jwt: string;
const completedAt = new Date(Date.now() - 86_400_000);
const title = 'Prompting and using AI tools for clients';

describe('issuing a course certificate', () => {
  it('issues one per learner and course, with a verification code', async () => {
    const courseId = await courseWithEnrolment(learner.user.id, title);
    const first = await issue(learner.user.id, courseId, completedAt);
    expect(first?.code).toMatch(/^[0-9A-Z]{20}$/);
    code = first!.code;
    expect(await issue(learner.user.id, courseId, completedAt)).toEqual({ code });
    const n = await env.deps.db.selectFrom('credentials').select((eb) => eb.fn.countAll<string>().as('n')).where('user_id', '=', learner.user.id).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
    // Not enrolled: nothing to certify.
    expect(await issue(admin.user.id, courseId, completedAt)).toBeNull();
  });

  it('publishes the site’s DID document with its key as a JWK', async () => {
    const res = await anon().get('/.well-known/did.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { id: string; verificationMethod: { type: string; controller: string; publicKeyJwk: { kty: string; crv: string; d?: string } }[] };
    expect(doc.id).toBe(DID);
    expect(doc.verificationMethod).toHaveLength(1);
    expect(doc.verificationMethod[0]).toMatchObject({ type: 'JsonWebKey', controller: DID, publicKeyJwk: { kty: 'OKP', crv: 'Ed25519' } });
    expect(doc.verificationMethod[0]!.publicKeyJwk.d).toBeUndefined();
    // The private key is stored sealed, never in the clear.
    const key = await env.deps.db.selectFrom('issuer_keys').select('private_sealed').executeTakeFirstOrThrow();
    expect(key.private_sealed).toMatch(/^v1\.dev\./);
  });

  it('is an Open Badges 3.0 credential that verifies with the DID document alone', async () => {
    const res = await anon().get(`/api/v1/credentials/${code}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { jwt: string; status: string };
    expect(body.status).toBe('valid');
    jwt = body.jwt;
    const p = (await verifyWithDidDocument(jwt)) as Record<string, any>;
    expect(p.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(p['@context']).toContain('https://www.w3.org/ns/credentials/v2');
    expect(p.issuer).toMatchObject({ id: DID, type: ['Profile'], name: 'Hunar Labs (Pvt) Ltd' });
    expect(p.iss).toBe(DID);
    expect(p.jti).toBe(p.id);
    expect(p.sub).toBe(`${BASE}/u/${learner.user.handle}`);
    expect(p.sub).toBe(p.credentialSubject.id);
    expect(p.nbf).toBe(Math.floor(completedAt.getTime() / 1000));
    expect(p.credentialSubject.identifier[0].identityHash).toBe('Ayesha Siddiqui');
    expect(p.credentialSubject.achievement).toMatchObject({ name: title, description: 'Use AI tools to deliver client work faster, and say so honestly.', tag: [skill.name_en, `skill:${skill.slug}`] });
    expect(p.credentialSubject.achievement.criteria.narrative).toContain('quiz');
    expect(p.credentialStatus).toMatchObject({ type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListCredential: `${BASE}/credentials/status/1` });
  });

  it('fails to verify when its payload is tampered with', async () => {
    const [h, payload, s] = jwt.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    claims.credentialSubject.identifier[0].identityHash = 'Someone Else';
    const tampered = `${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`;
    await expect(verifyWithDidDocument(tampered)).rejects.toThrow(/signature/i);
  });

  it('fails to verify when signed by a key the site never published', async () => {
    const [h, payload] = jwt.split('.') as [string, string];
    const { privateKey } = generateKeyPairSync('ed25519');
    const foreign = `${h}.${payload}.${sign(null, Buffer.from(`${h}.${payload}`), privateKey).toString('base64url')}`;
    await expect(verifyWithDidDocument(foreign)).rejects.toThrow(/signature/i);
  });

  it('shows on /verify/<code> with the person, the course, the skill and the date', async () => {
    const text = visibleText(await (await anon().get(`/verify/${code}`)).text());
    expect(text).toContain('Valid');
    expect(text).toContain('Course certificate');
    expect(text).toContain('Ayesha Siddiqui');
    expect(text).toContain(title);
    expect(text).toContain(skill.name_en);
  });

  it('has a print-ready page in the learner’s language, the other on request', async () => {
    const ur = await anon().get(`/certificates/${code}`);
    expect(ur.status).toBe(200);
    const urText = visibleText(await ur.text());
    expect(urText).toContain('تکمیل کا سرٹیفکیٹ');
    expect(urText).toContain('کلائنٹس کے لیے اے آئی ٹولز');
    expect(urText).toContain('Ayesha Siddiqui');
    const en = visibleText(await (await anon().get(`/certificates/${code}?lang=en`)).text());
    expect(en).toContain('Certificate of completion');
    expect(en).toContain(title);
    const file = await anon().get(`/certificates/${code}.jwt`);
    expect(file.headers.get('content-type')).toBe('application/vc+jwt');
    expect(await file.text()).toBe(jwt);
    expect((await anon().get('/certificates/ZZZZZZZZZZZZZZZZZZZZ')).status).toBe(404);
  });

  it('lists a person’s certificates through the API', async () => {
    const res = await anon().get(`/api/v1/profiles/${learner.user.handle}/credentials`);
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: Record<string, any>[] };
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'course', code, title, skill: { slug: skill.slug }, status: 'valid', verify_url: `${BASE}/verify/${code}` });
    expect(items[0]!.issued_at).toBe(completedAt.toISOString());
    expect((await anon().get('/api/v1/profiles/nobody-here/credentials')).status).toBe(404);
    expect((await anon().get('/api/v1/credentials/not-a-code')).status).toBe(404);
  });
});

/** The status list as a verifier reads it: the JWT verified with the DID document, its bits decoded. */
async function statusBit(credentialJwt: string): Promise<boolean> {
  const claims = JSON.parse(Buffer.from(credentialJwt.split('.')[1]!, 'base64url').toString()) as { credentialStatus: { statusListCredential: string; statusListIndex: string } };
  const res = await anon().get(local(claims.credentialStatus.statusListCredential));
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/vc+jwt');
  const list = (await verifyWithDidDocument(await res.text())) as Record<string, any>;
  expect(list.type).toEqual(['VerifiableCredential', 'BitstringStatusListCredential']);
  expect(list.credentialSubject.statusPurpose).toBe('revocation');
  const bits = decodeList(list.credentialSubject.encodedList);
  expect(bits.length).toBeGreaterThanOrEqual(16384);
  return bitAt(bits, Number(claims.credentialStatus.statusListIndex));
}

describe('checking a JWT someone received', () => {
  const check = async (jwtText: string, lang: 'en' | 'ur' = 'en') => {
    const res = await new TestClient(env.app, { 'accept-language': lang }).json('POST', '/api/v1/credentials/check', { jwt: jwtText });
    return { status: res.status, body: (await res.json()) as { code?: string; status?: string; errors?: Record<string, string> } };
  };

  it('says which certificate a genuine one is, and that it is valid', async () => {
    const r = await check(jwt);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ code, status: 'valid' });
  });

  it('refuses a changed payload, a foreign key and a non-JWT with a clear message in the reader’s language', async () => {
    const [h, payload, s] = jwt.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    claims.credentialSubject.identifier[0].identityHash = 'Someone Else';
    const tampered = `${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`;
    let r = await check(tampered);
    expect(r.status).toBe(400);
    expect(r.body.errors?.jwt).toBe('This certificate does not match its signature: it was changed after it was issued, or signed by someone else. Do not rely on it.');
    r = await check(tampered, 'ur');
    expect(r.body.errors?.jwt).toMatch(/^یہ سرٹیفکیٹ اپنے دستخط سے میل نہیں کھاتا/);
    // Signed by another key that names itself: not this site's.
    const { privateKey } = generateKeyPairSync('ed25519');
    const foreignHeader = Buffer.from(JSON.stringify({ alg: 'EdDSA', kid: 'did:web:elsewhere.example#k1', typ: 'JWT' })).toString('base64url');
    const foreign = `${foreignHeader}.${payload}.${sign(null, Buffer.from(`${foreignHeader}.${payload}`), privateKey).toString('base64url')}`;
    r = await check(foreign);
    expect(r.status).toBe(400);
    expect(r.body.errors?.jwt).toBe('This certificate was not signed by this site: its key is not one this site publishes.');
    r = await check('not a certificate');
    expect(r.status).toBe(400);
    expect(r.body.errors?.jwt).toMatch(/^This is not a signed certificate/);
  });
});

describe('revoking a certificate', () => {
  it('is for admins only, with a reason; anything else changes nothing', async () => {
    expect((await learner.client.post(`/certificates/${code}/revoke`, { reason: 'I changed my mind' })).status).toBe(403);
    await admin.client.get(`/certificates/${code}`);
    const empty = await admin.client.post(`/certificates/${code}/revoke`, { reason: '' });
    expect(empty.status).toBe(400);
    expect(visibleText(await empty.text())).toContain('Revoke this certificate');
    expect(await statusBit(jwt)).toBe(false);
    expect((await (await anon().get(`/api/v1/credentials/${code}`)).json()).status).toBe('valid');
  });

  it('flips its status list bit, and /verify and the API say revoked', async () => {
    const res = await admin.client.post(`/certificates/${code}/revoke`, { reason: 'The project was copied from another learner.' });
    expect(res.status).toBe(303);
    expect(await statusBit(jwt)).toBe(true);
    expect((await (await anon().get(`/api/v1/credentials/${code}`)).json()).status).toBe('revoked');
    // Its JWT is still genuine, and checking it says it was revoked since.
    expect(await (await anon().json('POST', '/api/v1/credentials/check', { jwt })).json()).toEqual({ code, status: 'revoked' });
    const text = visibleText(await (await anon().get(`/verify/${code}`)).text());
    expect(text).toContain('Revoked');
    expect(text).not.toContain(skill.name_en);
    const verified = (await (await anon().get(`/api/v1/verify/${code}`)).json()) as { status: string; facts: unknown[] };
    expect(verified).toMatchObject({ status: 'revoked', facts: [] });
    const audit = await env.deps.db.selectFrom('audit_events').select(['actor_id', 'data']).where('kind', '=', 'credential.revoked').executeTakeFirstOrThrow();
    expect(audit.actor_id).toBe(admin.user.id);
    expect(audit.data).toMatchObject({ code, reason: 'The project was copied from another learner.' });
    // Revoking twice is refused.
    await admin.client.get(`/certificates/${code}`);
    expect((await admin.client.post(`/certificates/${code}/revoke`, { reason: 'again' })).status).toBe(409);
  });
});

describe('rotating the signing key', () => {
  it('signs new certificates with the new key while old ones still verify', async () => {
    expect((await learner.client.post('/admin/credentials/rotate', {})).status).toBe(403);
    await admin.client.get('/admin/credentials');
    expect((await admin.client.post('/admin/credentials/rotate', {})).status).toBe(303);
    const doc = (await (await anon().get('/.well-known/did.json')).json()) as { verificationMethod: unknown[] };
    expect(doc.verificationMethod).toHaveLength(2);

    const other = await person(env, 'Bilal Ahmed', { role: 'freelancer' });
    const courseId = await courseWithEnrolment(other.user.id, 'Cloud basics on a free tier');
    const second = await issue(other.user.id, courseId, env.clock.now());
    const newJwt = ((await (await anon().get(`/api/v1/credentials/${second!.code}`)).json()) as { jwt: string }).jwt;
    expect(decodeProtectedHeader(newJwt).kid).not.toBe(decodeProtectedHeader(jwt).kid);
    expect((await verifyWithDidDocument(newJwt)).iss).toBe(DID);
    expect((await verifyWithDidDocument(jwt)).iss).toBe(DID);
    expect(await statusBit(newJwt)).toBe(false);
    const keysPage = visibleText(await (await admin.client.get('/admin/credentials')).text());
    expect(keysPage).toContain('still published');
  });
});

describe('badges on profile and gig pages', () => {
  it('show a certificate with the orders delivered in its skill since it was issued', async () => {
    const seller = await person(env, 'Hamza Qureshi', { role: 'freelancer' });
    const client = await person(env, 'Emma Clarke', { role: 'client', country: 'GB' });
    await fundWallet(env, client, 10_000_000n, 'PKR');
    // The gig teaches logo-design (test/world.ts); an order before the certificate does not count.
    const gig = await gigOf(env, seller, 1_500_000, 'PKR');
    await completedOrder(env, seller, client, gig, '2026-01-10T10:00:00Z');
    const courseId = await courseWithEnrolment(seller.user.id, 'Logo design for clients abroad', 'logo-design');
    const cert = await issue(seller.user.id, courseId, new Date('2026-02-01T10:00:00Z'));
    await completedOrder(env, seller, client, gig, '2026-02-10T10:00:00Z');
    await completedOrder(env, seller, client, gig, '2026-03-10T10:00:00Z');

    const profile = visibleText(await (await anon().get(`/u/${seller.user.handle}`)).text());
    expect(profile).toContain('Certificates');
    expect(profile).toContain('Logo design for clients abroad');
    expect(profile).toContain('Certified, and delivered 2 orders in it');
    const slug = (await env.deps.db.selectFrom('gigs').select('slug').where('id', '=', gig).executeTakeFirstOrThrow()).slug;
    const gigPage = await (await anon().get(`/g/${slug}`)).text();
    expect(visibleText(gigPage)).toContain('Certified, and delivered 2 orders in it');
    expect(gigPage).toContain(`href="/certificates/${cert!.code}"`);

    // Revoked, it stays listed, marked so, without the delivery line.
    await admin.client.get(`/certificates/${cert!.code}`);
    expect((await admin.client.post(`/certificates/${cert!.code}/revoke`, { reason: 'Issued to the wrong person.' })).status).toBe(303);
    const after = visibleText(await (await anon().get(`/u/${seller.user.handle}`)).text());
    expect(after).toContain('Revoked');
    expect(after).not.toContain('delivered 2 orders');
  });
});
