// GET /api/v1/verify/{code}: what a verification code vouches for, as JSON, for anyone (no sign-in)
// — the same facts as the page /verify/<code>, from the same lookup (counted per address).
import type { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import { clientIp, type Ctx } from '../platform/http.ts';
import { moneyToJson } from '../platform/money.ts';
import { groupCode, verifyUrl } from './domain.ts';
import type { Fact } from './kinds.ts';
import { verificationResponse } from './schemas.ts';
import { lookUp, type Verification } from './service.ts';
import { factText } from './views.tsx';

type FactJson = z.input<typeof verificationResponse>['facts'][number]['value'];

function valueJson(v: Fact['value']): FactJson {
  switch (v.type) {
    case 'text':
      return { type: 'text', text: v.text };
    case 'tax_year':
      return { type: 'tax_year', year: v.year };
    case 'money':
      return { type: 'money', amounts: v.amounts.map(moneyToJson) };
    case 'date':
      return { type: 'date', at: v.at.toISOString() };
    case 'localized':
      return { type: 'localized', en: v.en, ur: v.ur };
  }
}

export function verificationJson(c: Ctx, v: Verification): z.input<typeof verificationResponse> {
  const t = c.get('t');
  const ctx = { t, locale: c.get('locale') };
  return {
    code: v.code,
    code_display: groupCode(v.code),
    status: v.status,
    kind: v.kind,
    title: t(v.title),
    holder: v.holder,
    issuer: v.issuer,
    issued_at: v.issuedAt.toISOString(),
    withdrawn_at: v.withdrawnAt?.toISOString() ?? null,
    verify_url: verifyUrl(v.issuer.url, v.code),
    facts: v.facts.map((f) => ({ key: f.key, label: t(f.label), text: factText(ctx, f.value), value: valueJson(f.value) })),
  };
}

export const verifyEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'verifyDocument',
    method: 'get',
    path: '/api/v1/verify/{code}',
    tag: 'verify',
    auth: 'none',
    params: { code: 'api.param.verify_code' },
    status: 200,
    response: verificationResponse,
    problems: ['verify.bad_code', 'verify.unknown', 'rate.limited'],
    async handle(c) {
      const deps = c.get('deps');
      return verificationJson(c, await lookUp(deps, c.req.param('code') ?? '', clientIp(c, deps)));
    },
  }),
];
