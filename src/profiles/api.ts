// The profiles part of the JSON API: thin calls into service.ts (the same use cases the pages use).
import type { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import type { Ctx } from '../platform/http.ts';
import { moneyToJson } from '../platform/money.ts';
import { portfolioItemInput, portfolioOrderInput, profileInput } from './domain.ts';
import { IMAGE_TYPES } from '../media/domain.ts';
import { imageJson, imageResponse } from '../media/schemas.ts';
import type { UploadedFile } from '../platform/forms.ts';
import * as photos from './photos.ts';
import * as profiles from './service.ts';
import { ownProfileResponse, portfolioItemResponse, portfolioListResponse, profileResponse } from './schemas.ts';

type PortfolioItem = profiles.PortfolioItem;
const V1 = '/api/v1';
const deps = (c: Ctx) => c.get('deps');

function publicJson(p: profiles.PublicProfile): z.input<typeof profileResponse> {
  return {
    handle: p.handle,
    url: `/u/${p.handle}`,
    display_name: p.displayName,
    initials: p.initials,
    photo: p.photo ? imageJson(p.photo) : null,
    member_since: p.memberSince.toISOString(),
    city: p.city,
    freelancer: p.freelancer
      ? {
          headline: p.freelancer.headline,
          bio_en: p.freelancer.bioEn,
          bio_ur: p.freelancer.bioUr,
          skills: p.freelancer.skills,
          languages: p.freelancer.languages,
          hourly_rate: p.freelancer.hourlyRate ? moneyToJson(p.freelancer.hourlyRate) : null,
          availability: p.freelancer.availability,
          education: p.freelancer.education,
          certificates: p.freelancer.certificates,
          portfolio: p.freelancer.portfolio.map(itemJson),
          response_minutes: p.freelancer.responseMinutes,
        }
      : null,
    client: p.client
      ? { company_name: p.client.companyName, about: p.client.about, country: p.client.country, jobs_posted: p.client.jobsPosted, hire_rate_percent: p.client.hireRatePercent }
      : null,
  };
}

function ownJson(c: Ctx, p: profiles.OwnProfile): z.input<typeof ownProfileResponse> {
  const t = c.get('t');
  return {
    ...publicJson(p),
    show_city: p.showCity,
    show_photo: p.showPhoto,
    billing: p.billing ? { company_name: p.billing.companyName, address: p.billing.address, tax_number: p.billing.taxNumber } : null,
    completeness: p.completeness
      ? { percent: p.completeness.percent, missing: p.completeness.missing.map((m) => ({ part: m.part, message: t(m.key), url: m.href })) }
      : null,
  };
}

function itemJson(i: PortfolioItem): z.input<typeof portfolioItemResponse> {
  return { ...i, images: i.images.map(imageJson) };
}

export const profileEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'getProfile',
    method: 'get',
    path: `${V1}/profiles/{handle}`,
    tag: 'profiles',
    auth: 'optional',
    params: { handle: 'api.param.handle' },
    status: 200,
    response: profileResponse,
    problems: ['not_found'],
    async handle(c) {
      return publicJson(await profiles.getPublicProfile(deps(c), c.get('actor'), c.req.param('handle') ?? ''));
    },
  }),
  endpoint({
    operationId: 'getMyProfile',
    method: 'get',
    path: `${V1}/me/profile`,
    tag: 'profiles',
    auth: 'required',
    status: 200,
    response: ownProfileResponse,
    async handle(c) {
      return ownJson(c, await profiles.getOwnProfile(deps(c), c.get('actor')));
    },
  }),
  endpoint({
    operationId: 'updateMyProfile',
    method: 'put',
    path: `${V1}/me/profile`,
    tag: 'profiles',
    auth: 'required',
    request: { name: 'ProfileRequest', schema: profileInput },
    status: 200,
    response: ownProfileResponse,
    problems: ['auth.forbidden'],
    async handle(c, body) {
      await profiles.updateProfile(deps(c), c.get('actor'), body);
      return ownJson(c, await profiles.getOwnProfile(deps(c), c.get('actor')));
    },
  }),
  endpoint({
    operationId: 'listMyPortfolio',
    method: 'get',
    path: `${V1}/me/portfolio`,
    tag: 'profiles',
    auth: 'required',
    status: 200,
    response: portfolioListResponse,
    async handle(c) {
      return { items: (await profiles.listPortfolio(deps(c), c.get('actor'))).map(itemJson) };
    },
  }),
  endpoint({
    operationId: 'addPortfolioItem',
    method: 'post',
    path: `${V1}/me/portfolio`,
    tag: 'profiles',
    auth: 'required',
    request: { name: 'PortfolioItemRequest', schema: portfolioItemInput },
    status: 201,
    response: portfolioItemResponse,
    problems: ['auth.forbidden', 'portfolio.full'],
    async handle(c, body) {
      return itemJson(await profiles.addPortfolioItem(deps(c), c.get('actor'), body));
    },
  }),
  endpoint({
    operationId: 'reorderMyPortfolio',
    method: 'put',
    path: `${V1}/me/portfolio`,
    tag: 'profiles',
    auth: 'required',
    request: { name: 'PortfolioOrderRequest', schema: portfolioOrderInput },
    status: 200,
    response: portfolioListResponse,
    async handle(c, body) {
      return { items: (await profiles.reorderPortfolio(deps(c), c.get('actor'), body)).map(itemJson) };
    },
  }),
  endpoint({
    operationId: 'updatePortfolioItem',
    method: 'put',
    path: `${V1}/me/portfolio/{id}`,
    tag: 'profiles',
    auth: 'required',
    params: { id: 'api.param.portfolio_id' },
    request: { name: 'PortfolioItemRequest', schema: portfolioItemInput },
    status: 200,
    response: portfolioItemResponse,
    problems: ['auth.forbidden', 'not_found'],
    async handle(c, body) {
      return itemJson(await profiles.updatePortfolioItem(deps(c), c.get('actor'), c.req.param('id') ?? '', body));
    },
  }),
  endpoint({
    operationId: 'deletePortfolioItem',
    method: 'delete',
    path: `${V1}/me/portfolio/{id}`,
    tag: 'profiles',
    auth: 'required',
    params: { id: 'api.param.portfolio_id' },
    status: 204,
    problems: ['auth.forbidden', 'not_found'],
    async handle(c) {
      await profiles.deletePortfolioItem(deps(c), c.get('actor'), c.req.param('id') ?? '');
      return undefined;
    },
  }),
  endpoint({
    operationId: 'setProfilePhoto',
    method: 'put',
    path: `${V1}/me/photo`,
    tag: 'profiles',
    auth: 'required',
    upload: { field: 'photo', types: IMAGE_TYPES },
    status: 200,
    response: imageResponse,
    problems: ['media.not_an_image', 'media.unreadable', 'media.too_many_pixels'],
    async handle(c, file) {
      return imageJson(await photos.setProfilePhoto(deps(c), c.get('actor'), file as UploadedFile | null));
    },
  }),
  endpoint({
    operationId: 'removeProfilePhoto',
    method: 'delete',
    path: `${V1}/me/photo`,
    tag: 'profiles',
    auth: 'required',
    status: 204,
    problems: ['not_found'],
    async handle(c) {
      await photos.removeProfilePhoto(deps(c), c.get('actor'));
      return undefined;
    },
  }),
  endpoint({
    operationId: 'addPortfolioImage',
    method: 'post',
    path: `${V1}/me/portfolio/{id}/images`,
    tag: 'profiles',
    auth: 'required',
    params: { id: 'api.param.portfolio_id' },
    upload: { field: 'image', types: IMAGE_TYPES },
    status: 201,
    response: imageResponse,
    problems: ['not_found', 'auth.forbidden', 'media.not_an_image', 'media.unreadable', 'media.too_many_pixels', 'media.images_full'],
    async handle(c, file) {
      return imageJson(await photos.addPortfolioImage(deps(c), c.get('actor'), c.req.param('id') ?? '', file as UploadedFile | null));
    },
  }),
  endpoint({
    operationId: 'removePortfolioImage',
    method: 'delete',
    path: `${V1}/me/portfolio/{id}/images/{image}`,
    tag: 'profiles',
    auth: 'required',
    params: { id: 'api.param.portfolio_id', image: 'api.param.image' },
    status: 204,
    problems: ['not_found', 'auth.forbidden'],
    async handle(c) {
      await photos.removePortfolioImage(deps(c), c.get('actor'), c.req.param('id') ?? '', c.req.param('image') ?? '');
      return undefined;
    },
  }),
];
