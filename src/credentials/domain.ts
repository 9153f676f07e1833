// Certificates as Open Badges 3.0 credentials (docs/decisions/0058). Pure: the shapes, the did:web
// identifier, the bitstring of a status list and the compact JWS around them; keys and rows are
// handed in (keys.ts and service.ts do the I/O).
//
// Invariants (domain.test.ts):
// - the issuer is did:web of the site's BASE_URL: did:web:<host>, a port written %3A<port>, a path's
//   segments joined by ':' (the did:web method specification);
// - a certificate is an OpenBadgeCredential whose JWT payload holds the credential's members at the
//   top level plus iss (issuer.id), nbf (validFrom), jti (id) and sub (credentialSubject.id), and whose
//   header is { alg: 'EdDSA', kid: <DID URL of the key>, typ: 'JWT' } (Open Badges 3.0, section 8.2);
// - a status list's bitstring has at least 131072 bits (16 KB), its first entry is the leftmost bit
//   of the first byte, and encodedList is the multibase base64url ('u') of its GZIP
//   (W3C Bitstring Status List v1.0); decoding what was encoded gives the same bits back.
import { createHash, createPublicKey, verify } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { asciiDigits, singleLine } from '../platform/text.ts';
import type { PublicJwk } from './tables.ts';

export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
/** 16 KB of bits: the smallest list the specification allows, so one entry hides among many. */
export const STATUS_LIST_SIZE = 131072;
/** Entries handed out per list before a new one opens: half, so indexes stay random (herd privacy). */
export const STATUS_LIST_CAPACITY = STATUS_LIST_SIZE / 2;

// --- did:web ---------------------------------------------------------------------------------------

/** The site's DID from its base URL: https://hunar.pk → did:web:hunar.pk; http://localhost:3000 → did:web:localhost%3A3000. */
export function didWeb(baseUrl: string): string {
  const url = new URL(baseUrl);
  const host = url.hostname.toLowerCase() + (url.port ? `%3A${url.port}` : '');
  const path = url.pathname
    .split('/')
    .filter((s) => s !== '')
    .map((s) => encodeURIComponent(decodeURIComponent(s)));
  return ['did:web', host, ...path].join(':');
}

/** Where a did:web's document lives: /.well-known/did.json for a bare host, else <path>/did.json. */
export function didDocumentUrl(did: string): string {
  const [scheme, method, host, ...path] = did.split(':');
  if (scheme !== 'did' || method !== 'web' || !host) throw new RangeError(`not a did:web: ${did}`);
  const origin = `https://${decodeURIComponent(host)}`;
  return path.length === 0 ? `${origin}/.well-known/did.json` : `${origin}/${path.map(decodeURIComponent).join('/')}/did.json`;
}

/** The DID URL of one of the site's keys: its verification method's id and the JWT header's kid. */
export const keyId = (did: string, kid: string): string => `${did}#${kid}`;

/** RFC 7638 thumbprint of an Ed25519 JWK: SHA-256 of its required members in lexical order. */
export function jwkThumbprint(jwk: PublicJwk): string {
  return createHash('sha256').update(JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x })).digest('base64url');
}

export interface PublishedKey {
  kid: string;
  jwk: PublicJwk;
}

/**
 * The DID document: every key the site ever signed with, as a JsonWebKey verification method usable
 * for assertions, newest first — retired keys stay, so certificates they signed still verify.
 */
export function didDocument(did: string, keys: readonly PublishedKey[]) {
  const methods = keys.map((k) => ({ id: keyId(did, k.kid), type: 'JsonWebKey', controller: did, publicKeyJwk: { ...k.jwk, kid: k.kid } }));
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://www.w3.org/ns/cid/v1'],
    id: did,
    verificationMethod: methods,
    assertionMethod: methods.map((m) => m.id),
  };
}

// --- compact JWS -----------------------------------------------------------------------------------

const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

export interface JwsHeader {
  alg: 'EdDSA';
  kid: string;
  typ: 'JWT';
}

/** The bytes to sign of a compact JWS (RFC 7515): base64url(header) '.' base64url(payload). */
export function signingInput(header: JwsHeader, payload: Record<string, unknown>): string {
  return `${b64url(header)}.${b64url(payload)}`;
}

/** The compact JWS once its signing input is signed. */
export const compactJws = (input: string, signature: Uint8Array): string => `${input}.${Buffer.from(signature).toString('base64url')}`;

/** The payload of a compact JWS, unverified (for showing what a stored certificate says). */
export function jwtPayload(jwt: string): Record<string, unknown> {
  const part = jwt.split('.')[1];
  if (!part) throw new RangeError('not a compact JWS');
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/**
 * The JWT claims set of a credential (Open Badges 3.0, section 8.2): its members at the top level,
 * plus the registered claims that mirror them. nbf is validFrom in seconds.
 */
export function vcJwtPayload(credential: { id: string; issuer: { id: string }; validFrom: string; credentialSubject: { id?: string } }): Record<string, unknown> {
  return {
    ...credential,
    iss: credential.issuer.id,
    nbf: Math.floor(Date.parse(credential.validFrom) / 1000),
    jti: credential.id,
    ...(credential.credentialSubject.id ? { sub: credential.credentialSubject.id } : {}),
  };
}

// --- the certificate ------------------------------------------------------------------------------

export interface CourseCertificateInput {
  /** The certificate's uuid: its credential id is urn:uuid:<id>. */
  id: string;
  did: string;
  issuer: { name: string; url: string };
  learner: { name: string; profileUrl: string };
  course: {
    url: string;
    name: string;
    language: 'en' | 'ur';
    description: string;
    quizPassPercent: number;
    projectPassPercent: number;
    skill: { slug: string; name: string };
  };
  validFrom: Date;
  status: { listUrl: string; index: number };
}

/** XML Schema dateTime, to the second, in UTC. */
export const dateTime = (d: Date): string => `${d.toISOString().slice(0, 19)}Z`;

/** What a learner had to do: the same words for every course, with its pass marks. */
export const criteriaNarrative = (quiz: number, project: number): string =>
  `Passed the course's quiz with at least ${quiz}% and its graded project with at least ${project}% of the rubric's points, graded by a mentor or the course's instructor.`;

export function statusEntry(listUrl: string, index: number) {
  return { id: `${listUrl}#${index}`, type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: String(index), statusListCredential: listUrl };
}

/** A course certificate as an Open Badges 3.0 OpenBadgeCredential. */
export function courseCredential(i: CourseCertificateInput) {
  return {
    '@context': [VC_CONTEXT, OB_CONTEXT],
    id: `urn:uuid:${i.id}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: i.course.name,
    issuer: { id: i.did, type: ['Profile'], name: i.issuer.name, url: i.issuer.url },
    validFrom: dateTime(i.validFrom),
    credentialSubject: {
      id: i.learner.profileUrl,
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityHash: i.learner.name, identityType: 'name', hashed: false }],
      achievement: {
        id: i.course.url,
        type: ['Achievement'],
        achievementType: 'Course',
        name: i.course.name,
        description: i.course.description,
        criteria: { narrative: criteriaNarrative(i.course.quizPassPercent, i.course.projectPassPercent) },
        inLanguage: i.course.language,
        // The skill it teaches, by its name and its stable slug in the platform's taxonomy.
        tag: [i.course.skill.name, `skill:${i.course.skill.slug}`],
      },
    },
    credentialStatus: statusEntry(i.status.listUrl, i.status.index),
  };
}
export type CourseCredential = ReturnType<typeof courseCredential>;

// --- the status list ------------------------------------------------------------------------------

/** A bitstring of `size` bits with the given entries set (index 0 is the leftmost bit). */
export function bitstring(set: Iterable<number>, size = STATUS_LIST_SIZE): Uint8Array {
  if (size % 8 !== 0 || size < STATUS_LIST_SIZE) throw new RangeError(`a status list holds at least ${STATUS_LIST_SIZE} bits, in whole bytes`);
  const bytes = new Uint8Array(size / 8);
  for (const i of set) {
    if (!Number.isInteger(i) || i < 0 || i >= size) throw new RangeError(`status index ${i} is outside the list`);
    bytes[i >> 3]! |= 0x80 >> (i & 7);
  }
  return bytes;
}

export const bitAt = (bits: Uint8Array, i: number): boolean => ((bits[i >> 3] ?? 0) & (0x80 >> (i & 7))) !== 0;

/** encodedList: 'u' (multibase base64url) + base64url without padding of the GZIP of the bits. */
export const encodeList = (bits: Uint8Array): string => `u${gzipSync(bits).toString('base64url')}`;

/** The bits of an encodedList (with or without its multibase prefix). */
export function decodeList(encoded: string): Uint8Array {
  const body = encoded.startsWith('u') ? encoded.slice(1) : encoded;
  return new Uint8Array(gunzipSync(Buffer.from(body, 'base64url')));
}

export const statusListUrl = (baseUrl: string, list: number): string => `${baseUrl}/credentials/status/${list}`;

/** The BitstringStatusListCredential of one list (secured as a VC-JWT by the caller). */
export function statusListCredential(i: { did: string; url: string; validFrom: Date; revoked: Iterable<number>; size?: number }) {
  return {
    '@context': [VC_CONTEXT],
    id: i.url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: i.did,
    validFrom: dateTime(i.validFrom),
    credentialSubject: { id: `${i.url}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: encodeList(bitstring(i.revoked, i.size)) },
  };
}

/** The status list payload's registered claims: iss is the issuer string itself. */
export function statusListPayload(credential: ReturnType<typeof statusListCredential>): Record<string, unknown> {
  return { ...credential, iss: credential.issuer, nbf: Math.floor(Date.parse(credential.validFrom) / 1000), jti: credential.id, sub: credential.credentialSubject.id };
}

// --- certificates from outside ---------------------------------------------------------------------

/**
 * Who issued an outside certificate: Pakistan's big training programmes (see
 * ../shared/reference/programs.md), a few vendors whose certificates freelancers show, or another
 * issuer the person names. Stored as the name, so a later change to this list changes no record.
 */
export const OUTSIDE_ISSUERS = [
  { id: 'digiskills', name: 'DigiSkills.pk' },
  { id: 'nftp', name: 'National Freelance Training Program (NFTP)' },
  { id: 'e_rozgaar', name: 'e-Rozgaar (PITB)' },
  { id: 'google', name: 'Google' },
  { id: 'microsoft', name: 'Microsoft' },
  { id: 'aws', name: 'Amazon Web Services (AWS)' },
  { id: 'meta', name: 'Meta' },
] as const;
export const OTHER_ISSUER = 'other';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const isDay = (s: string): boolean => {
  const m = DAY.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
};

export interface OutsideCertificate {
  issuerName: string;
  title: string;
  skill: string;
  /** The day on the certificate, YYYY-MM-DD. */
  issuedOn: string;
}

/**
 * The form and API body of an outside certificate, checked against today's date (the certificate's
 * day may not be later) and the first year such programmes existed. Title and names are one line
 * each; the skill is a slug the service looks up.
 */
const ISSUER_NAME = singleLine(120, 2);

export function outsideCertificateInput(today: string) {
  return z
    .object({
      issuer: z
        .string({ error: 'field.choose' })
        .meta({ enum: [...OUTSIDE_ISSUERS.map((i) => i.id), OTHER_ISSUER] })
        .describe('Who issued it: one of the listed programmes or vendors, or "other" with its name in issuer_other'),
      issuer_other: z.string().optional().describe('The issuer’s name, when issuer is "other"'),
      title: singleLine(200, 2).describe('The certificate’s name as printed on it'),
      skill: z.string({ error: 'field.choose' }).describe('The skill it certifies: a skill slug'),
      issued_on: z.string({ error: 'field.required' }).describe('The date on the certificate, YYYY-MM-DD'),
    })
    .transform((v, ctx): OutsideCertificate => {
      const issue = (path: string, message: string, params: Record<string, string | number> = {}) => ctx.issues.push({ code: 'custom', message, params, path: [path], input: v });
      let issuerName = '';
      const known = OUTSIDE_ISSUERS.find((i) => i.id === v.issuer);
      if (known) issuerName = known.name;
      else if (v.issuer !== OTHER_ISSUER) issue('issuer', 'field.choose');
      else {
        const other = ISSUER_NAME.safeParse(v.issuer_other ?? '');
        if (other.success) issuerName = other.data.replace(/\s+/g, ' ');
        else {
          const first = other.error.issues[0]!;
          issue('issuer_other', first.message, (first as { params?: Record<string, string | number> }).params ?? {});
        }
      }
      const day = asciiDigits(v.issued_on.normalize('NFKC').trim());
      if (!isDay(day)) issue('issued_on', 'field.credential_date');
      else if (day > today || day < '2000-01-01') issue('issued_on', 'field.credential_date_range');
      if (!/^[a-z0-9-]{1,60}$/.test(v.skill)) issue('skill', 'field.choose');
      return { issuerName, title: v.title.replace(/\s+/g, ' '), skill: v.skill, issuedOn: day };
    });
}

export const OUTSIDE_DECISIONS = ['verified', 'rejected'] as const;
export type OutsideDecision = (typeof OUTSIDE_DECISIONS)[number];

// --- checking a JWT someone pasted ------------------------------------------------------------------

export type JwsProblem = 'malformed' | 'not_ours' | 'bad_signature';

/**
 * Checks a compact JWS against this site's published keys, as a third party would with the DID
 * document: malformed (not three base64url parts of JSON, or not EdDSA), not_ours (its key is not one
 * this site's DID publishes), bad_signature (the payload was changed, or another key signed it).
 */
export function checkJws(jwt: string, did: string, keys: readonly PublishedKey[]): { ok: true; payload: Record<string, unknown> } | { ok: false; problem: JwsProblem } {
  const parts = jwt.trim().split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) return { ok: false, problem: 'malformed' };
  const [h, p, s] = parts as [string, string, string];
  const json = (part: string): unknown => {
    try {
      return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    } catch {
      return undefined;
    }
  };
  const header = json(h) as { alg?: unknown; kid?: unknown } | undefined;
  if (typeof header !== 'object' || header === null || header.alg !== 'EdDSA' || typeof header.kid !== 'string') return { ok: false, problem: 'malformed' };
  const key = keys.find((k) => keyId(did, k.kid) === header.kid);
  if (!key) return { ok: false, problem: 'not_ours' };
  // The signature before the payload: a payload changed so that it no longer reads as JSON was
  // tampered with, not malformed.
  const publicKey = createPublicKey({ key: { ...key.jwk }, format: 'jwk' });
  if (!verify(null, Buffer.from(`${h}.${p}`, 'utf8'), publicKey, Buffer.from(s, 'base64url'))) return { ok: false, problem: 'bad_signature' };
  const payload = json(p);
  return typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? { ok: true, payload: payload as Record<string, unknown> } : { ok: false, problem: 'malformed' };
}
