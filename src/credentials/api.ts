// Certificates under /api/v1, for anyone (no sign-in): a certificate's signed credential and status
// by its code, and a person's certificates by their profile handle.
import type { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import type { Ctx } from '../platform/http.ts';
import { verifyUrl } from '../verify/domain.ts';
import { credentialResponse, profileCredentialListResponse } from './schemas.ts';
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
];
