// What the certificates' endpoints answer (listed in src/api/schemas.ts responseSchemas).
import { z } from 'zod';

const timestamp = z.iso.datetime({ offset: true });
const names = z.object({ en: z.string().nullable(), ur: z.string().nullable() });

export const credentialResponse = z.object({
  jwt: z.string().describe('The certificate: an Open Badges 3.0 OpenBadgeCredential secured as a VC-JWT (compact JWS, alg EdDSA); its key is published at /.well-known/did.json'),
  status: z.enum(['valid', 'revoked']).describe('revoked: the issuer revoked it (the status list says so too)'),
});

export const profileCredentialResponse = z.object({
  kind: z.enum(['course', 'external']).describe('course: earned in Hunar’s academy and signed by Hunar; external: added by the person from outside (DigiSkills, NFTP, e-Rozgaar, a vendor)'),
  code: z.string().nullable().describe('The verification code of a Hunar certificate; null for an outside one'),
  course: z.object({ slug: z.string(), title: names }).nullable().describe('The course, for a Hunar certificate'),
  title: z.string().describe('The course’s name as issued, or the outside certificate’s name'),
  issuer: z.string().nullable().describe('Who issued an outside certificate'),
  skill: z.object({ slug: z.string(), name: names }),
  issued_at: timestamp,
  status: z.enum(['valid', 'revoked', 'self_reported', 'verified']).describe('valid or revoked: a Hunar certificate; self_reported: an outside one nobody has checked; verified: an outside one whose proof an admin checked'),
  verify_url: z.string().nullable(),
});

export const profileCredentialListResponse = z.object({ items: z.array(profileCredentialResponse) });

export const outsideCredentialResponse = z.object({
  id: z.uuid(),
  issuer: z.string().describe('Who issued it, as stored: a listed programme or vendor, or the name the person wrote'),
  title: z.string(),
  skill: z.object({ slug: z.string(), name: names }),
  issued_at: timestamp,
  status: z.enum(['self_reported', 'verified', 'rejected']).describe('self_reported until an admin checks the proof; verified: it matched; rejected: it did not (no longer on the profile)'),
  reason: z.string().nullable().describe('The admin’s reason, when rejected (or given with a verification)'),
  reviewed_at: timestamp.nullable(),
  proof_url: z.string().nullable().describe('The proof file: readable by its owner and admins only'),
});

export const credentialCheckInput = z.object({ jwt: z.string().describe('The certificate as a compact JWS (VC-JWT), as its .jwt download or GET /api/v1/credentials/{code} gives it') });

export const credentialCheckResponse = z.object({
  code: z.string().describe('The verification code of the certificate the JWT is (its page: /verify/{code})'),
  status: z.enum(['valid', 'revoked']).describe('revoked: the issuer revoked it since it was signed'),
});

export const credentialResponseSchemas = { CredentialCheck: credentialCheckResponse, Credential: credentialResponse, ProfileCredential: profileCredentialResponse, ProfileCredentialList: profileCredentialListResponse, OutsideCredential: outsideCredentialResponse } as const;
