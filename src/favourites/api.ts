// The saved-listings endpoints under /api/v1/me/saved: thin calls into the favourites service, the
// same use cases the pages call.
import { type Endpoint, endpoint } from '../api/openapi.ts';
import type { Ctx } from '../platform/http.ts';
import { savedListResponse } from './schemas.ts';
import * as favourites from './service.ts';

const V1 = '/api/v1';
const params = { kind: 'api.param.saved_kind', id: 'api.param.saved_id' };
const ref = (c: Ctx) => [c.req.param('kind') ?? '', c.req.param('id') ?? ''] as const;

export const favouriteEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'listSaved',
    method: 'get',
    path: `${V1}/me/saved`,
    tag: 'favourites',
    auth: 'required',
    status: 200,
    response: savedListResponse,
    async handle(c) {
      const items = await favourites.list(c.get('deps'), c.get('actor'));
      return { items: items.map((i) => ({ kind: i.kind, id: i.id, title: i.title, url: i.url, saved_at: i.savedAt.toISOString() })) };
    },
  }),
  endpoint({
    operationId: 'saveItem',
    method: 'put',
    path: `${V1}/me/saved/{kind}/{id}`,
    tag: 'favourites',
    auth: 'required',
    params,
    status: 204,
    problems: ['not_found', 'favourites.full'],
    async handle(c) {
      await favourites.save(c.get('deps'), c.get('actor'), ...ref(c));
      return undefined;
    },
  }),
  endpoint({
    operationId: 'unsaveItem',
    method: 'delete',
    path: `${V1}/me/saved/{kind}/{id}`,
    tag: 'favourites',
    auth: 'required',
    params,
    status: 204,
    problems: ['not_found'],
    async handle(c) {
      await favourites.unsave(c.get('deps'), c.get('actor'), ...ref(c));
      return undefined;
    },
  }),
];
