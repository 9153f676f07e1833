// The gig endpoints under /api/v1: thin calls into the gigs service, the same use cases the pages
// call. One path parameter, {gig}, takes the gig's id or its slug, so the public read by slug and
// the seller's writes by id share one path (OpenAPI forbids two templates for the same path).
import { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import { parseWith } from '../platform/forms.ts';
import type { Ctx } from '../platform/http.ts';
import type { Money } from '../platform/money.ts';
import { DISPLAY_CURRENCIES, type DisplayCurrency, type EstimateRates, estimatePrice } from '../fx/domain.ts';
import { gigInput } from './domain.ts';
import { IMAGE_TYPES } from '../media/domain.ts';
import { imageJson, imageListResponse, imageResponse, moveInput } from '../media/schemas.ts';
import type { UploadedFile } from '../platform/forms.ts';
import * as images from './images.ts';
import { gigListResponse, gigResponse, gigStatusResponse } from './schemas.ts';
import * as gigs from './service.ts';

const V1 = '/api/v1';
const deps = (c: Ctx) => c.get('deps');
const ref = (c: Ctx) => c.req.param('gig') ?? '';
const params = { gig: 'api.param.gig' };
const imageParams = { gig: 'api.param.gig', image: 'api.param.image' };
/** The reader's currency for price estimates on GET /api/v1/gigs/{gig}. */
const readerQuery = z.object({ currency: z.enum(DISPLAY_CURRENCIES, { error: 'field.choose' }).optional() });

/**
 * A gig as JSON. With `reader` (the ?currency= of GET /api/v1/gigs/{gig}) other than the gig's own
 * currency, each package also carries an estimate in it, at the rates named in `estimate_rate`
 * (display only: orders are in the seller's currency).
 */
export function gigJson(g: gigs.GigView, reader?: DisplayCurrency, rates?: EstimateRates): z.input<typeof gigResponse> {
  const estimating = reader !== undefined && reader !== g.currency && rates !== undefined;
  const estimateOf = (price: Money) => {
    const e = estimating ? estimatePrice(price, reader, rates) : null;
    return e ? { amount: e.amount.toString(), currency: e.currency } : null;
  };
  return {
    id: g.id,
    slug: g.slug,
    url: `/g/${g.slug}`,
    status: g.status,
    title: g.title,
    description: g.description,
    category: g.category ? { slug: g.category.slug, name_en: g.category.en, name_ur: g.category.ur } : null,
    skills: g.skills.map((s) => ({ slug: s.slug, name_en: s.en, name_ur: s.ur })),
    currency: g.currency,
    packages: g.packages.map((p, i) => ({
      position: i + 1,
      name: p.name,
      description: p.description,
      price: p.price ? { amount: p.price.amount.toString(), currency: p.price.currency } : null,
      estimate: p.price ? estimateOf(p.price) : null,
      delivery_days: p.delivery_days,
      revisions: p.revisions,
      features: p.features,
    })),
    estimate_rate:
      estimating && rates
        ? {
            usd_to_pkr: rates.usdToPkr.quoted,
            source: rates.usdToPkr.source,
            effective_on: rates.usdToPkr.effectiveOn,
            reader: rates.target ? { currency: rates.target.currency, pkr_per_unit: rates.target.rate, source: rates.target.source, effective_on: rates.target.effectiveOn } : null,
          }
        : null,
    faqs: g.faqs,
    questions: g.questions,
    seller: { id: g.seller.id, display_name: g.seller.displayName, handle: g.seller.handle, url: `/u/${encodeURIComponent(g.seller.handle)}` },
    created_at: g.createdAt.toISOString(),
    updated_at: g.updatedAt.toISOString(),
    published_at: g.publishedAt ? g.publishedAt.toISOString() : null,
    images: g.images.map(imageJson),
  };
}

const transition = (operationId: string, action: 'publish' | 'pause' | 'resume', run: typeof gigs.publishGig, extra: ('gig.incomplete' | 'gig.status_conflict')[]) =>
  endpoint({
    operationId,
    method: 'post',
    path: `${V1}/gigs/{gig}/${action}`,
    tag: 'gigs',
    auth: 'required',
    params,
    status: 200,
    response: gigStatusResponse,
    problems: ['not_found', ...extra],
    handle: (c) => run(deps(c), c.get('actor'), ref(c)),
  });

export const gigEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'listMyGigs',
    method: 'get',
    path: `${V1}/me/gigs`,
    tag: 'gigs',
    auth: 'required',
    status: 200,
    response: gigListResponse,
    async handle(c) {
      const list = await gigs.listMyGigs(deps(c), c.get('actor'));
      return {
        gigs: list.map((g) => ({
          id: g.id,
          slug: g.slug,
          url: `/g/${g.slug}`,
          title: g.title,
          status: g.status,
          packages: g.packages,
          from_price: g.fromPrice === null ? null : { amount: g.fromPrice.toString(), currency: g.currency },
          updated_at: g.updatedAt.toISOString(),
        })),
      };
    },
  }),
  endpoint({
    operationId: 'createGig',
    method: 'post',
    path: `${V1}/gigs`,
    tag: 'gigs',
    auth: 'required',
    request: { name: 'GigRequest', schema: gigInput },
    status: 201,
    response: gigResponse,
    problems: ['gig.freelancers_only'],
    async handle(c, body) {
      const { id } = await gigs.createGig(deps(c), c.get('actor'), body);
      return gigJson(await gigs.getGigForOwner(deps(c), c.get('actor'), id));
    },
  }),
  endpoint({
    operationId: 'getGig',
    method: 'get',
    path: `${V1}/gigs/{gig}`,
    tag: 'gigs',
    auth: 'optional',
    params,
    query: { schema: readerQuery, describe: { currency: 'api.query.gig.currency' } },
    status: 200,
    response: gigResponse,
    problems: ['not_found', 'validation.failed'],
    async handle(c) {
      const { currency } = parseWith(readerQuery, c.req.query());
      const gig = await gigs.getPublicGig(deps(c), c.get('actor'), ref(c));
      return gigJson(gig, currency, currency ? await gigs.readerRates(deps(c), gig.currency, currency) : undefined);
    },
  }),
  endpoint({
    operationId: 'updateGig',
    method: 'put',
    path: `${V1}/gigs/{gig}`,
    tag: 'gigs',
    auth: 'required',
    params,
    request: { name: 'GigRequest', schema: gigInput },
    status: 200,
    response: gigResponse,
    problems: ['not_found', 'gig.incomplete'],
    async handle(c, body) {
      const { id } = await gigs.updateGig(deps(c), c.get('actor'), ref(c), body);
      return gigJson(await gigs.getGigForOwner(deps(c), c.get('actor'), id));
    },
  }),
  transition('publishGig', 'publish', gigs.publishGig, ['gig.incomplete', 'gig.status_conflict']),
  transition('pauseGig', 'pause', gigs.pauseGig, ['gig.status_conflict']),
  transition('resumeGig', 'resume', gigs.resumeGig, ['gig.incomplete', 'gig.status_conflict']),
  endpoint({
    operationId: 'deleteGig',
    method: 'delete',
    path: `${V1}/gigs/{gig}`,
    tag: 'gigs',
    auth: 'required',
    params,
    status: 204,
    problems: ['not_found'],
    async handle(c) {
      await gigs.deleteGig(deps(c), c.get('actor'), ref(c));
      return undefined;
    },
  }),
  endpoint({
    operationId: 'addGigImage',
    method: 'post',
    path: `${V1}/gigs/{gig}/images`,
    tag: 'gigs',
    auth: 'required',
    params,
    upload: { field: 'image', types: IMAGE_TYPES },
    status: 201,
    response: imageResponse,
    problems: ['not_found', 'media.not_an_image', 'media.unreadable', 'media.too_many_pixels', 'media.images_full'],
    async handle(c, file) {
      return imageJson(await images.addGigImage(deps(c), c.get('actor'), ref(c), file as UploadedFile | null));
    },
  }),
  endpoint({
    operationId: 'moveGigImage',
    method: 'post',
    path: `${V1}/gigs/{gig}/images/{image}/move`,
    tag: 'gigs',
    auth: 'required',
    params: imageParams,
    request: { name: 'MoveRequest', schema: moveInput },
    status: 200,
    response: imageListResponse,
    problems: ['not_found'],
    async handle(c, body) {
      const { direction } = parseWith(moveInput, body);
      const list = await images.moveGigImage(deps(c), c.get('actor'), ref(c), c.req.param('image') ?? '', direction);
      return { images: list.map(imageJson) };
    },
  }),
  endpoint({
    operationId: 'removeGigImage',
    method: 'delete',
    path: `${V1}/gigs/{gig}/images/{image}`,
    tag: 'gigs',
    auth: 'required',
    params: imageParams,
    status: 204,
    problems: ['not_found'],
    async handle(c) {
      await images.removeGigImage(deps(c), c.get('actor'), ref(c), c.req.param('image') ?? '');
      return undefined;
    },
  }),
];
