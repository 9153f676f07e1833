// The form on /verify where anyone pastes a certificate's signed credential (VC-JWT), with
// JavaScript off (a plain form post): a genuine one says whose certificate it is and links to its
// /verify/<code> page; a changed payload, a foreign key, garbage, nothing and far too much are each
// refused with their translated reason and a 400, in English and Urdu, and nothing is stored.
import { generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { revokeInTx } from '../credentials/service.ts';
import { COURSE_EN, COURSE_UR, certificateWorld } from '../credentials/test-data.ts';
import { groupCode } from './domain.ts';

let env: TestEnv;
let world: Awaited<ReturnType<typeof certificateWorld>>;
beforeAll(async () => {
  env = await testEnv({ BASE_URL: 'https://hunar.example.pk', OPERATOR_NAME: 'Hunar Labs (Pvt) Ltd' });
  world = await certificateWorld(env, 'Bilal Ahmed');
}, 60_000);
afterAll(() => env.close());

/** A visitor, not signed in, who opens /verify and submits its form as a browser does. */
async function paste(jwt: string, lang: 'en' | 'ur' = 'en') {
  const visitor = new TestClient(env.app, { 'accept-language': lang });
  expect((await visitor.get('/verify')).status).toBe(200);
  const res = await visitor.post('/verify', { jwt });
  const html = await res.text();
  return { status: res.status, html, text: visibleText(html) };
}

const tampered = () => {
  const [h, payload, s] = world.jwt.split('.') as [string, string, string];
  // One character of the payload changed, the signature kept.
  const i = 40;
  const swapped = payload[i] === 'A' ? 'B' : 'A';
  return `${h}.${payload.slice(0, i)}${swapped}${payload.slice(i + 1)}.${s}`;
};

const foreign = () => {
  // The same claims, signed by another Ed25519 key that names itself in its own did:web.
  const { privateKey } = generateKeyPairSync('ed25519');
  const payload = world.jwt.split('.')[1]!;
  const h = Buffer.from(JSON.stringify({ alg: 'EdDSA', kid: 'did:web:certificates.example#key-1', typ: 'JWT' })).toString('base64url');
  return `${h}.${payload}.${sign(null, Buffer.from(`${h}.${payload}`), privateKey).toString('base64url')}`;
};

describe('the JWT form on /verify', () => {
  it('is on the page, a plain form that posts (no script needed)', async () => {
    const html = await (await new TestClient(env.app, { 'accept-language': 'en' }).get('/verify')).text();
    expect(html).toMatch(/<form method="post" action="\/verify"[^>]*>/);
    expect(html).toContain('name="jwt"');
    expect(visibleText(html)).toContain('Check a signed certificate (VC-JWT)');
  });

  it('says whose certificate a genuine JWT is, that it is valid, and links to its page', async () => {
    const r = await paste(world.jwt);
    expect(r.status).toBe(200);
    for (const want of ['Genuine and valid', 'Bilal Ahmed', COURSE_EN, groupCode(world.code), 'Valid']) expect(r.text, want).toContain(want);
    expect(r.html).toContain(`href="/verify/${world.code}"`);
    // Pasted from a mail, broken over lines: the same certificate.
    const wrapped = world.jwt.replace(/(.{60})/g, '$1\r\n');
    expect((await paste(wrapped)).text).toContain('Genuine and valid');
  });

  it('reads in Urdu for an Urdu reader', async () => {
    const r = await paste(world.jwt, 'ur');
    expect(r.status).toBe(200);
    expect(r.text).toContain('اصلی اور درست');
    expect(r.text).toContain(COURSE_UR);
    expect(r.text).toContain('اس سرٹیفکیٹ کا تصدیقی صفحہ دیکھیں');
  });

  it('refuses a tampered payload and a foreign key with their reasons, in English and Urdu', async () => {
    let r = await paste(tampered());
    expect(r.status).toBe(400);
    expect(r.text).toContain('This certificate does not match its signature: it was changed after it was issued, or signed by someone else. Do not rely on it.');
    expect(r.text).not.toContain('Bilal Ahmed');
    r = await paste(tampered(), 'ur');
    expect(r.status).toBe(400);
    expect(r.text).toContain('یہ سرٹیفکیٹ اپنے دستخط سے میل نہیں کھاتا');

    r = await paste(foreign());
    expect(r.status).toBe(400);
    expect(r.text).toContain('This certificate was not signed by this site: its key is not one this site publishes.');
    r = await paste(foreign(), 'ur');
    expect(r.status).toBe(400);
    expect(r.text).toContain('یہ سرٹیفکیٹ اس سائٹ نے دستخط نہیں کیا');
  });

  it('answers nothing, garbage and far too much with a clear message and a 400, changing nothing', async () => {
    const before = await env.deps.db.selectFrom('credentials').select(['code', 'status', 'jwt']).execute();

    let r = await paste('   ');
    expect(r.status).toBe(400);
    expect(r.text).toContain('This field is required.');
    r = await paste('   ', 'ur');
    expect(r.text).toContain('یہ خانہ ضروری ہے۔');

    r = await paste('<script>alert(1)</script> not a certificate');
    expect(r.status).toBe(400);
    expect(r.text).toContain('This is not a signed certificate (a VC-JWT)');
    expect(r.html).not.toContain('<script>alert(1)');
    r = await paste('eyJhbGciOiJFZERTQSJ9.e30', 'ur');
    expect(r.text).toContain('یہ دستخط شدہ سرٹیفکیٹ (VC-JWT) نہیں ہے');

    const huge = `${world.jwt}.${'A'.repeat(30_000)}`;
    r = await paste(huge);
    expect(r.status).toBe(400);
    expect(r.text).toContain('This is too long to be a certificate: a signed certificate has at most 20000 characters.');
    // Not echoed back into the form.
    expect(r.html).not.toContain('A'.repeat(1000));
    r = await paste(huge, 'ur');
    expect(r.text).toContain('یہ سرٹیفکیٹ ہونے کے لیے بہت لمبا ہے');

    // Beyond what any form may send: refused before it is read.
    r = await paste('A'.repeat(300 * 1024));
    expect(r.status).toBe(413);
    expect(r.text).toContain('That request is too large');

    expect(await env.deps.db.selectFrom('credentials').select(['code', 'status', 'jwt']).execute()).toEqual(before);
  });

  it('says a genuine JWT of a revoked certificate is revoked, and since when', async () => {
    await env.deps.db.transaction().execute((tx) => revokeInTx(tx, env.deps, world.admin.user.id, world.code, 'Issued to the wrong person.'));
    let r = await paste(world.jwt);
    expect(r.status).toBe(200);
    expect(r.text).toContain('Genuine, but revoked');
    expect(r.text).toContain('Hunar revoked it on');
    r = await paste(world.jwt, 'ur');
    expect(r.text).toContain('اصلی، لیکن منسوخ شدہ');
  });
});
