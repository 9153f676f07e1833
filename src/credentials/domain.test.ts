import { generateKeyPairSync, sign } from 'node:crypto';
import fc from 'fast-check';
import { importJWK, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  checkJws,
  bitAt,
  bitstring,
  compactJws,
  courseCredential,
  decodeList,
  didDocument,
  didDocumentUrl,
  didWeb,
  encodeList,
  jwkThumbprint,
  keyId,
  outsideCertificateInput,
  STATUS_LIST_SIZE,
  signingInput,
  statusListCredential,
  statusListPayload,
  vcJwtPayload,
} from './domain.ts';
import type { PublicJwk } from './tables.ts';

describe('did:web of the site', () => {
  it('is the host of BASE_URL, a port written %3A, a path as colon-separated segments', () => {
    expect(didWeb('https://hunar.pk')).toBe('did:web:hunar.pk');
    expect(didWeb('https://Hunar.PK/')).toBe('did:web:hunar.pk');
    expect(didWeb('http://localhost:3000')).toBe('did:web:localhost%3A3000');
    expect(didWeb('https://example.org/academy/hunar')).toBe('did:web:example.org:academy:hunar');
  });

  it('resolves back to where its document is served', () => {
    expect(didDocumentUrl('did:web:hunar.pk')).toBe('https://hunar.pk/.well-known/did.json');
    expect(didDocumentUrl('did:web:localhost%3A3000')).toBe('https://localhost:3000/.well-known/did.json');
    expect(didDocumentUrl('did:web:example.org:academy:hunar')).toBe('https://example.org/academy/hunar/did.json');
    expect(() => didDocumentUrl('did:key:z6Mk')).toThrow();
  });

  it('publishes every key as a JsonWebKey usable for assertions', () => {
    const jwk: PublicJwk = { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };
    const kid = jwkThumbprint(jwk);
    const doc = didDocument('did:web:hunar.pk', [{ kid, jwk }]);
    expect(doc.id).toBe('did:web:hunar.pk');
    expect(doc.verificationMethod).toEqual([{ id: `did:web:hunar.pk#${kid}`, type: 'JsonWebKey', controller: 'did:web:hunar.pk', publicKeyJwk: { ...jwk, kid } }]);
    expect(doc.assertionMethod).toEqual([keyId('did:web:hunar.pk', kid)]);
  });

  it('names a key by its RFC 7638 thumbprint', () => {
    // RFC 8037 appendix A.3: the thumbprint of its example Ed25519 key.
    expect(jwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' })).toBe('kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k');
  });
});

describe('the status list bitstring', () => {
  it('is at least 16 KB, index 0 being the leftmost bit of the first byte', () => {
    const bits = bitstring([0, 9, STATUS_LIST_SIZE - 1]);
    expect(bits.length).toBe(16384);
    expect(bits[0]).toBe(0b1000_0000);
    expect(bits[1]).toBe(0b0100_0000);
    expect(bits[16383]).toBe(0b0000_0001);
    expect(() => bitstring([], 800)).toThrow();
    expect(() => bitstring([STATUS_LIST_SIZE])).toThrow();
  });

  it('encodes as multibase base64url of its GZIP, and decodes to the same bits', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: STATUS_LIST_SIZE - 1 }), { maxLength: 50 }), (set) => {
        const encoded = encodeList(bitstring(set));
        expect(encoded).toMatch(/^u[A-Za-z0-9_-]+$/);
        const bits = decodeList(encoded);
        expect(bits.length).toBe(STATUS_LIST_SIZE / 8);
        for (const i of set) expect(bitAt(bits, i)).toBe(true);
        const unset = set.length ? (Math.max(...set) + 1) % STATUS_LIST_SIZE : 5;
        if (!set.includes(unset)) expect(bitAt(bits, unset)).toBe(false);
      }),
      { numRuns: 30 },
    );
    // An empty list compresses to a few dozen bytes.
    expect(encodeList(bitstring([])).length).toBeLessThan(100);
  });

  it('is published as a BitstringStatusListCredential whose JWT claims mirror it', () => {
    const cred = statusListCredential({ did: 'did:web:hunar.pk', url: 'https://hunar.pk/credentials/status/1', validFrom: new Date('2026-03-01T10:00:00Z'), revoked: [42] });
    expect(cred.type).toEqual(['VerifiableCredential', 'BitstringStatusListCredential']);
    expect(cred.credentialSubject).toMatchObject({ id: 'https://hunar.pk/credentials/status/1#list', type: 'BitstringStatusList', statusPurpose: 'revocation' });
    expect(bitAt(decodeList(cred.credentialSubject.encodedList), 42)).toBe(true);
    expect(statusListPayload(cred)).toMatchObject({ iss: 'did:web:hunar.pk', jti: cred.id, sub: cred.credentialSubject.id, nbf: Date.parse('2026-03-01T10:00:00Z') / 1000 });
  });
});

const input = {
  id: '6f1c1f0e-1d7a-4c43-9a55-1b2c3d4e5f60',
  did: 'did:web:hunar.pk',
  issuer: { name: 'Hunar', url: 'https://hunar.pk' },
  learner: { name: 'Ayesha Siddiqui', profileUrl: 'https://hunar.pk/u/ayesha' },
  course: {
    url: 'https://hunar.pk/academy/courses/ai-tools-for-clients',
    name: 'Prompting and using AI tools for clients',
    language: 'en' as const,
    description: 'Use AI tools to deliver client work faster, honestly.',
    quizPassPercent: 70,
    projectPassPercent: 60,
    skill: { slug: 'prompt-engineering', name: 'Prompt engineering' },
  },
  validFrom: new Date('2026-02-14T09:30:12.345Z'),
  status: { listUrl: 'https://hunar.pk/credentials/status/1', index: 4242 },
};

describe('a course certificate', () => {
  it('is an OpenBadgeCredential naming the issuer, the learner, the course and its skill', () => {
    const c = courseCredential(input);
    expect(c['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    expect(c.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(c.id).toBe(`urn:uuid:${input.id}`);
    expect(c.issuer).toEqual({ id: 'did:web:hunar.pk', type: ['Profile'], name: 'Hunar', url: 'https://hunar.pk' });
    expect(c.validFrom).toBe('2026-02-14T09:30:12Z');
    expect(c.credentialSubject.type).toEqual(['AchievementSubject']);
    expect(c.credentialSubject.identifier[0]).toMatchObject({ identityHash: 'Ayesha Siddiqui', identityType: 'name', hashed: false });
    expect(c.credentialSubject.achievement).toMatchObject({ type: ['Achievement'], name: input.course.name, description: input.course.description, tag: ['Prompt engineering', 'skill:prompt-engineering'] });
    expect(c.credentialSubject.achievement.criteria.narrative).toContain('70%');
    expect(c.credentialStatus).toEqual({
      id: 'https://hunar.pk/credentials/status/1#4242',
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '4242',
      statusListCredential: 'https://hunar.pk/credentials/status/1',
    });
  });

  it('as a VC-JWT payload keeps its members at the top level with iss, nbf, jti and sub', () => {
    const c = courseCredential(input);
    const p = vcJwtPayload(c);
    expect(p).toMatchObject({ ...c, iss: 'did:web:hunar.pk', nbf: Math.floor(input.validFrom.getTime() / 1000), jti: c.id, sub: 'https://hunar.pk/u/ayesha' });
    expect(p).not.toHaveProperty('vc');
  });

  it('signed as a compact JWS, verifies with a standard JOSE library and the public JWK', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const jwk = publicKey.export({ format: 'jwk' });
    const header = { alg: 'EdDSA' as const, kid: 'did:web:hunar.pk#k1', typ: 'JWT' as const };
    const data = signingInput(header, vcJwtPayload(courseCredential(input)));
    const jwt = compactJws(data, sign(null, Buffer.from(data), privateKey));
    const { payload, protectedHeader } = await jwtVerify(jwt, await importJWK({ ...jwk, alg: 'EdDSA' }, 'EdDSA'), { currentDate: new Date('2026-03-01T00:00:00Z') });
    expect(protectedHeader).toEqual(header);
    expect(payload.iss).toBe('did:web:hunar.pk');
  });
});

describe('an outside certificate’s fields', () => {
  const parse = (v: Record<string, unknown>) => outsideCertificateInput('2026-12-12').safeParse({ issuer: 'digiskills', title: 'Freelancing', skill: 'web-development', issued_on: '2024-03-15', ...v });
  const messages = (v: Record<string, unknown>) => {
    const r = parse(v);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('stores a listed issuer by its name, and another issuer by the name the person wrote', () => {
    expect(parse({}).data).toEqual({ issuerName: 'DigiSkills.pk', title: 'Freelancing', skill: 'web-development', issuedOn: '2024-03-15' });
    expect(parse({ issuer: 'other', issuer_other: '  Coursera   Inc ' }).data?.issuerName).toBe('Coursera Inc');
    expect(messages({ issuer: 'other' })).toEqual(['issuer_other: field.required']);
    expect(messages({ issuer: 'hogwarts' })).toEqual(['issuer: field.choose']);
  });

  it('takes Urdu digits in the date and refuses impossible, future and too early ones', () => {
    expect(parse({ issued_on: '۲۰۲۴-۰۳-۱۵' }).data?.issuedOn).toBe('2024-03-15');
    expect(messages({ issued_on: '2024-02-30' })).toEqual(['issued_on: field.credential_date']);
    expect(messages({ issued_on: '2026-12-13' })).toEqual(['issued_on: field.credential_date_range']);
    expect(messages({ issued_on: '1999-12-31' })).toEqual(['issued_on: field.credential_date_range']);
    expect(messages({ title: '<b>x</b>' })).toEqual(['title: field.no_markup']);
  });
});

describe('checking a pasted JWT', () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' }) as { kty: 'OKP'; crv: 'Ed25519'; x: string };
  const did = 'did:web:hunar.example';
  const keys = [{ kid: 'k1', jwk }];
  const signed = (header: object, payload: object) => {
    const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
    return `${input}.${sign(null, Buffer.from(input), privateKey).toString('base64url')}`;
  };
  const good = signed({ alg: 'EdDSA', kid: `${did}#k1`, typ: 'JWT' }, { jti: 'urn:uuid:1', name: 'A' });

  it('accepts a JWT signed by a published key and gives its payload', () => {
    expect(checkJws(good, did, keys)).toEqual({ ok: true, payload: { jti: 'urn:uuid:1', name: 'A' } });
  });
  it('says what is wrong with anything else', () => {
    const [h, , s] = good.split('.') as [string, string, string];
    expect(checkJws(`${h}.${Buffer.from(JSON.stringify({ jti: 'urn:uuid:1', name: 'B' })).toString('base64url')}.${s}`, did, keys)).toEqual({ ok: false, problem: 'bad_signature' });
    // One character of the encoded payload changed, so that it no longer reads as JSON: tampered all the same.
    const p = good.split('.')[1]!;
    expect(checkJws(`${h}.${p.slice(0, 2)}${p[2] === 'A' ? 'B' : 'A'}${p.slice(3)}.${s}`, did, keys)).toEqual({ ok: false, problem: 'bad_signature' });
    expect(checkJws(signed({ alg: 'EdDSA', kid: 'did:web:other.example#k1', typ: 'JWT' }, { jti: 'x' }), did, keys)).toEqual({ ok: false, problem: 'not_ours' });
    expect(checkJws(signed({ alg: 'HS256', kid: `${did}#k1` }, { jti: 'x' }), did, keys)).toEqual({ ok: false, problem: 'malformed' });
    for (const bad of ['', 'a.b', 'a.b.c.d', 'not a jwt', '###.###.###']) expect(checkJws(bad, did, keys)).toEqual({ ok: false, problem: 'malformed' });
  });
});
