// The tax profile under /api/v1: thin calls into service.ts, the same use cases the pages use. The
// profile's answers carry the CNIC only as its last four digits; staff views are pages only.
import type { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import type { UploadedFile } from '../platform/forms.ts';
import { parseWith } from '../platform/forms.ts';
import type { Ctx } from '../platform/http.ts';
import { formatMoney, moneyToJson } from '../platform/money.ts';
import { taxProfileInput } from './domain.ts';
import { taxCertificateResponse, taxChecklistResponse, taxProfileResponse, taxStepInput } from './schemas.ts';
import * as taxProfile from './service.ts';

const V1 = '/api/v1';
const deps = (c: Ctx) => c.get('deps');
const CERTIFICATE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

function certificateJson(f: taxProfile.CertificateInfo): z.input<typeof taxCertificateResponse> {
  return { name: f.name, url: f.url, content_type: f.contentType as (typeof CERTIFICATE_TYPES)[number], bytes: f.bytes, uploaded_at: f.uploadedAt.toISOString() };
}

export function profileJson(p: taxProfile.TaxProfileView): z.input<typeof taxProfileResponse> {
  return {
    saved: p.saved,
    ntn: p.ntn ? { kind: p.ntn.kind, shown: p.ntn.shown } : null,
    cnic: p.cnic ? { masked: p.cnic.masked, last4: p.cnic.last4 } : null,
    pseb: { number: p.psebNumber, expires_on: p.psebExpiresOn, state: p.psebState, certificate: p.certificate ? certificateJson(p.certificate) : null },
    filer: p.filer,
    province: p.province,
    has_salary: p.hasSalary,
    salary: p.salary ? moneyToJson(p.salary) : null,
    updated_at: p.updatedAt ? p.updatedAt.toISOString() : null,
  };
}

async function checklistJson(c: Ctx): Promise<z.input<typeof taxChecklistResponse>> {
  const t = c.get('t');
  const locale = c.get('locale');
  const entries = await taxProfile.getChecklist(deps(c), c.get('actor'));
  return {
    steps: entries.map(({ step: s, doneAt }) => {
      const fee = s.fee;
      const amount = fee.kind === 'amount' ? fee.amount : (fee.claim?.amount ?? null);
      const note =
        fee.kind === 'amount'
          ? t(fee.noteKey, { amount: formatMoney(locale, fee.amount) })
          : [t(fee.noteKey), fee.claim ? t(fee.claim.noteKey, { amount: formatMoney(locale, fee.claim.amount) }) : ''].filter(Boolean).join(' ');
      return {
        step: s.id,
        title: t(s.titleKey),
        what: t(s.whatKey),
        documents: s.documentKeys.map((k) => t(k)),
        fee: { confirmed: fee.kind === 'amount', amount: amount ? moneyToJson(amount) : null, note, source: fee.kind === 'amount' ? fee.source : (fee.claim?.source ?? null) },
        links: s.links.map((l) => ({ label: t(l.labelKey), url: l.url })),
        sources: [...s.sources],
        done: doneAt !== null,
        done_at: doneAt ? doneAt.toISOString() : null,
      };
    }),
  };
}

export const taxProfileEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'getTaxProfile',
    method: 'get',
    path: `${V1}/tax/profile`,
    tag: 'tax-profile',
    auth: 'required',
    status: 200,
    response: taxProfileResponse,
    async handle(c) {
      return profileJson((await taxProfile.getOwnTaxProfile(deps(c), c.get('actor'))).profile);
    },
  }),
  endpoint({
    operationId: 'saveTaxProfile',
    method: 'put',
    path: `${V1}/tax/profile`,
    tag: 'tax-profile',
    auth: 'required',
    request: { name: 'TaxProfileRequest', schema: taxProfileInput },
    status: 200,
    response: taxProfileResponse,
    async handle(c, body) {
      return profileJson(await taxProfile.saveTaxProfile(deps(c), c.get('actor'), body));
    },
  }),
  endpoint({
    operationId: 'setTaxCertificate',
    method: 'put',
    path: `${V1}/tax/profile/certificate`,
    tag: 'tax-profile',
    auth: 'required',
    upload: { field: 'certificate', types: CERTIFICATE_TYPES },
    status: 200,
    response: taxCertificateResponse,
    problems: ['media.not_pdf_or_image', 'media.unreadable', 'media.too_many_pixels'],
    async handle(c, file) {
      return certificateJson(await taxProfile.setCertificate(deps(c), c.get('actor'), file as UploadedFile | null));
    },
  }),
  endpoint({
    operationId: 'removeTaxCertificate',
    method: 'delete',
    path: `${V1}/tax/profile/certificate`,
    tag: 'tax-profile',
    auth: 'required',
    status: 204,
    problems: ['not_found'],
    async handle(c) {
      await taxProfile.removeCertificate(deps(c), c.get('actor'));
      return undefined;
    },
  }),
  endpoint({
    operationId: 'getTaxChecklist',
    method: 'get',
    path: `${V1}/tax/checklist`,
    tag: 'tax-profile',
    auth: 'required',
    status: 200,
    response: taxChecklistResponse,
    async handle(c) {
      return checklistJson(c);
    },
  }),
  endpoint({
    operationId: 'setTaxChecklistStep',
    method: 'put',
    path: `${V1}/tax/checklist/{step}`,
    tag: 'tax-profile',
    auth: 'required',
    params: { step: 'api.param.tax_step' },
    request: { name: 'TaxChecklistStepRequest', schema: taxStepInput },
    status: 200,
    response: taxChecklistResponse,
    problems: ['not_found'],
    async handle(c, body) {
      const { done } = parseWith(taxStepInput, body);
      await taxProfile.setChecklistTick(deps(c), c.get('actor'), c.req.param('step') ?? '', done);
      return checklistJson(c);
    },
  }),
];
