// Certificates under /api/v1: for anyone (no sign-in), a certificate's signed credential and status
// by its code, and a person's certificates by their profile handle; for a signed-in person, adding a
// certificate from outside with its proof (multipart); for admins, the decision on its proof.
import type { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import type { Ctx } from '../platform/http.ts';
import { verifyUrl } from '../verify/domain.ts';
import { CERTIFICATE_TYPES } from '../media/domain.ts';
import { readFile } from '../platform/forms.ts';
import { outsideCertificateInput } from './domain.ts';
import * as outside from './outside.ts';
import { credentialCheckInput, credentialCheckResponse, credentialResponse, outsideCredentialResponse, profileCredentialListResponse } from './schemas.ts';
import * as credentials from './service.ts';

const V1 = '/api/v1';

function itemJson(c: Ctx, i: credentials.CredentialListItem): z.input<typeof profileCredentialListResponse>['items'][number] {
  return {
    kind: i.kind,
    code: i.code,
    course: i.course ? { slug: i.course.slug, title: { en: i.course.titleEn, ur: i.course.titleUr } } : null,
    title: i.title,
    issuer: i.issuerName,
    skill: { slug: i.skill.slug, name: { en: i.skill.nameEn, ur: i.skill.nameUr } },
    issued_at: i.issuedAt.toISOString(),
    status: i.status === 'rejected' ? 'self_reported' : i.status,
    verify_url: i.code ? verifyUrl(c.get('deps').config.baseUrl, i.code) : null,
  };
}

const outsideJson = (o: outside.OutsideCertificateView): z.input<typeof outsideCredentialResponse> => ({
  id: o.id,
  issuer: o.issuerName,
  title: o.title,
  skill: { slug: o.skill.slug, name: { en: o.skill.nameEn, ur: o.skill.nameUr } },
  issued_at: o.issuedAt.toISOString(),
  status: o.status,
  reason: o.reason,
  reviewed_at: o.reviewedAt ? o.reviewedAt.toISOString() : null,
  proof_url: o.proof?.url ?? null,
});

/** The proof of an outside certificate: one file, a PDF or a photo or scan of it. */
const PROOF = { field: 'proof', max: 1, types: CERTIFICATE_TYPES } as const;

export const credentialsEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'getCredential',
    method: 'get',
    path: `${V1}/credentials/{code}`,
    tag: 'credentials',
    auth: 'none',
    params: { code: 'api.param.credential_code' },
    status: 200,
    response: credentialResponse,
    problems: ['not_found'],
    async handle(c) {
      const cert = await credentials.getCertificate(c.get('deps'), c.req.param('code') ?? '');
      return { jwt: cert.jwt, status: cert.status };
    },
  }),
  endpoint({
    operationId: 'checkCredentialJwt',
    method: 'post',
    path: `${V1}/credentials/check`,
    tag: 'credentials',
    auth: 'none',
    request: { name: 'CredentialCheckRequest', schema: credentialCheckInput },
    status: 200,
    response: credentialCheckResponse,
    problems: ['validation.failed'],
    async handle(c, body) {
      return credentials.checkCredentialJwt(c.get('deps'), body);
    },
  }),
  endpoint({
    operationId: 'listProfileCredentials',
    method: 'get',
    path: `${V1}/profiles/{handle}/credentials`,
    tag: 'credentials',
    auth: 'none',
    params: { handle: 'api.param.handle' },
    status: 200,
    response: profileCredentialListResponse,
    problems: ['not_found'],
    async handle(c) {
      const items = await credentials.listProfileCredentials(c.get('deps'), c.req.param('handle') ?? '');
      return { items: items.map((i) => itemJson(c, i)) };
    },
  }),
  endpoint({
    operationId: 'addOutsideCredential',
    method: 'post',
    path: `${V1}/me/credentials/outside`,
    tag: 'credentials',
    auth: 'required',
    // Checked against today's date by the service; the schema here describes the fields.
    request: { name: 'OutsideCredentialRequest', schema: outsideCertificateInput('9999-12-31'), files: PROOF },
    status: 201,
    response: outsideCredentialResponse,
    problems: ['media.too_large', 'media.not_pdf_or_image', 'media.unreadable'],
    handle: async (c, body) => outsideJson(await outside.addOutsideCertificate(c.get('deps'), c.get('actor'), body, await readFile(c, PROOF.field))),
  }),
  endpoint({
    operationId: 'decideOutsideCredential',
    method: 'post',
    path: `${V1}/admin/credentials/outside/{id}/decision`,
    tag: 'credentials',
    auth: 'required',
    params: { id: 'api.param.outside_credential' },
    request: { name: 'OutsideCredentialDecisionRequest', schema: outside.outsideDecisionInput },
    status: 200,
    response: outsideCredentialResponse,
    problems: ['not_found', 'auth.forbidden', 'credentials.already_reviewed'],
    handle: async (c, body) => outsideJson(await outside.decideOutsideCertificate(c.get('deps'), c.get('actor'), c.req.param('id') ?? '', body)),
  }),
];
