// The associations endpoints under /api/v1/associations: thin calls into the associations service,
// the same use cases the pages call.
import { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import type { Ctx } from '../platform/http.ts';
import { moneyToJson } from '../platform/money.ts';
import { associationEditInput } from './domain.ts';
import { associationDetailResponse, associationListResponse, associationResponse, associationStatementResponse, joinResponse } from './schemas.ts';
import * as associations from './service.ts';

const V1 = '/api/v1';
const deps = (c: Ctx) => c.get('deps');
const slug = (c: Ctx) => c.req.param('slug') ?? '';
const named = (n: associations.Named | null) => (n ? { slug: n.slug, name_en: n.nameEn, name_ur: n.nameUr } : null);

function associationJson(a: associations.Association) {
  return {
    slug: a.slug,
    url: `/associations/${a.slug}`,
    name_en: a.nameEn,
    name_ur: a.nameUr,
    about_en: a.aboutEn,
    about_ur: a.aboutUr,
    rules_en: a.rulesEn,
    rules_ur: a.rulesUr,
    city: named(a.city),
    skill: named(a.skill),
    join_mode: a.joinMode,
    status: a.status,
    members: a.members,
    created_at: a.createdAt.toISOString(),
  };
}

const listQuery = z.object({ city: z.string().max(60).optional(), skill: z.string().max(60).optional() });
const params = { slug: 'api.param.association' };

export const associationsEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'listAssociations',
    method: 'get',
    path: `${V1}/associations`,
    tag: 'associations',
    auth: 'optional',
    query: { schema: listQuery, describe: { city: 'api.query.associations.city', skill: 'api.query.associations.skill' } },
    status: 200,
    response: associationListResponse,
    async handle(c) {
      const list = await associations.listAssociations(deps(c), { city: c.req.query('city') || undefined, skill: c.req.query('skill') || undefined });
      return { items: list.map(associationJson) };
    },
  }),
  endpoint({
    operationId: 'getAssociation',
    method: 'get',
    path: `${V1}/associations/{slug}`,
    tag: 'associations',
    auth: 'optional',
    params,
    status: 200,
    response: associationDetailResponse,
    problems: ['not_found'],
    async handle(c) {
      const d = await associations.associationPage(deps(c), c.get('actor'), slug(c));
      return {
        ...associationJson(d.association),
        officers: d.officers.map((m) => ({ id: m.userId, display_name: m.displayName, handle: m.handle, url: `/u/${encodeURIComponent(m.handle)}` })),
        dues: d.dues ? { amount: moneyToJson(d.dues.amount), day_of_month: d.dues.dayOfMonth } : null,
        membership: d.mine ? { status: d.mine.status, role: d.mine.role, in_directory: d.mine.inDirectory } : null,
      };
    },
  }),
  endpoint({
    operationId: 'updateAssociation',
    method: 'put',
    path: `${V1}/associations/{slug}`,
    tag: 'associations',
    auth: 'required',
    params,
    request: { name: 'AssociationPageRequest', schema: associationEditInput },
    status: 200,
    response: associationResponse,
    problems: ['not_found', 'associations.officers_only', 'associations.suspended'],
    handle: async (c, body) => associationJson(await associations.updateAssociation(deps(c), c.get('actor'), slug(c), body)),
  }),
  endpoint({
    operationId: 'joinAssociation',
    method: 'post',
    path: `${V1}/associations/{slug}/join`,
    tag: 'associations',
    auth: 'required',
    params,
    status: 200,
    response: joinResponse,
    problems: ['not_found', 'associations.already_member', 'associations.already_requested', 'associations.suspended'],
    handle: async (c) => associations.join(deps(c), c.get('actor'), slug(c)),
  }),
  endpoint({
    operationId: 'leaveAssociation',
    method: 'post',
    path: `${V1}/associations/{slug}/leave`,
    tag: 'associations',
    auth: 'required',
    params,
    status: 204,
    problems: ['not_found', 'associations.not_member', 'associations.last_officer'],
    async handle(c) {
      await associations.leave(deps(c), c.get('actor'), slug(c));
      return undefined;
    },
  }),
  endpoint({
    operationId: 'getAssociationStatement',
    method: 'get',
    path: `${V1}/associations/{slug}/statement`,
    tag: 'associations',
    auth: 'required',
    params,
    status: 200,
    response: associationStatementResponse,
    problems: ['not_found', 'associations.members_only', 'associations.suspended'],
    async handle(c) {
      const s = await associations.statement(deps(c), c.get('actor'), slug(c));
      const chargeJson = (x: associations.DuesCharge) => ({ member: x.displayName, period: x.period, amount: moneyToJson(x.amount), status: x.status });
      return {
        balance: moneyToJson(s.balance),
        lines: s.lines.map((l) => ({ at: l.at.toISOString(), member: l.memberName, period: l.period, amount: moneyToJson(l.amount), balance_after: moneyToJson(l.balanceAfter) })),
        mine: s.mine.map(chargeJson),
        unpaid: s.unpaid.map(chargeJson),
      };
    },
  }),
];
