// The remittance endpoints under /api/v1/tax/remittances: thin calls into the same use cases the
// page calls (src/remittances/service.ts); only the owner's records, anyone else's are not_found.
import { type Endpoint, endpoint } from '../api/openapi.ts';
import type { UploadedFile } from '../platform/forms.ts';
import type { Ctx } from '../platform/http.ts';
import { IT_EXPORT_PURPOSE_CODE, PURPOSE_CODE_SOURCE, RETENTION_SOURCES, remittanceEdit, retentionByMonth } from './domain.ts';
import { monthJson, remittanceJson, remittanceListResponse, remittanceResponse, sourceJson } from './schemas.ts';
import * as remittances from './service.ts';

const V1 = '/api/v1';
const params = { withdrawal: 'api.param.withdrawal' };
const PRC_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
const withdrawalOf = (c: Ctx) => c.req.param('withdrawal') ?? '';

export const remittancesEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'listRemittances',
    method: 'get',
    path: `${V1}/tax/remittances`,
    tag: 'remittances',
    auth: 'required',
    status: 200,
    response: remittanceListResponse,
    async handle(c) {
      const locale = c.get('locale');
      const list = await remittances.listRemittances(c.get('deps'), c.get('actor'));
      const withPrc = list.filter((r) => r.prc).length;
      return {
        remittances: list.map((r) => remittanceJson(locale, r)),
        with_prc: withPrc,
        without_prc: list.length - withPrc,
        purpose_code: { default: IT_EXPORT_PURPOSE_CODE, source: sourceJson(PURPOSE_CODE_SOURCE) },
        retention: {
          months: retentionByMonth(list.filter((r) => r.paidAt).map((r) => ({ paidAt: r.paidAt!, amount: r.amount }))).map(monthJson),
          sources: RETENTION_SOURCES.map(sourceJson),
        },
        notice: c.get('t')('remittances.not_advice'),
      };
    },
  }),
  endpoint({
    operationId: 'updateRemittance',
    method: 'patch',
    path: `${V1}/tax/remittances/{withdrawal}`,
    tag: 'remittances',
    auth: 'required',
    params,
    request: { name: 'RemittanceEdit', schema: remittanceEdit },
    status: 200,
    response: remittanceResponse,
    problems: ['not_found'],
    async handle(c, body) {
      return remittanceJson(c.get('locale'), await remittances.updateRemittance(c.get('deps'), c.get('actor'), withdrawalOf(c), body));
    },
  }),
  endpoint({
    operationId: 'attachPrc',
    method: 'post',
    path: `${V1}/tax/remittances/{withdrawal}/prc`,
    tag: 'remittances',
    auth: 'required',
    params,
    upload: { field: 'file', types: PRC_TYPES },
    status: 200,
    response: remittanceResponse,
    problems: ['not_found', 'media.not_pdf_or_image', 'media.unreadable', 'media.too_many_pixels'],
    async handle(c, file) {
      return remittanceJson(c.get('locale'), await remittances.attachPrc(c.get('deps'), c.get('actor'), withdrawalOf(c), file as UploadedFile | null));
    },
  }),
  endpoint({
    operationId: 'removePrc',
    method: 'delete',
    path: `${V1}/tax/remittances/{withdrawal}/prc`,
    tag: 'remittances',
    auth: 'required',
    params,
    status: 200,
    response: remittanceResponse,
    problems: ['not_found'],
    async handle(c) {
      return remittanceJson(c.get('locale'), await remittances.removePrc(c.get('deps'), c.get('actor'), withdrawalOf(c)));
    },
  }),
];
