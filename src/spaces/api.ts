// The co-working endpoints under /api/v1/spaces and /api/v1/me/space-bookings: thin calls into the
// spaces service, the same use cases the pages call.
import { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import type { Ctx } from '../platform/http.ts';
import { translate } from '../platform/i18n.ts';
import { IMAGE_TYPES } from '../media/domain.ts';
import { imageJson, imageListResponse, imageResponse, moveInput } from '../media/schemas.ts';
import { parseWith, type UploadedFile } from '../platform/forms.ts';
import { moneyToJson } from '../platform/money.ts';
import { bookingInput, checkInInput, hhmm, hideInput, reviewInput, spaceInput } from './domain.ts';
import { E_ROZGAAR, hasFirstCentre } from './erozgaar.ts';
import { deskBookingListResponse, deskBookingResponse, spaceHiddenResponse as hidden, spaceDetailResponse, spaceListResponse, spaceResponse } from './schemas.ts';
import * as photos from './photos.ts';
import * as spaces from './service.ts';

const V1 = '/api/v1';
const deps = (c: Ctx) => c.get('deps');
const space = { space: 'api.param.space' };
const booking = { booking: 'api.param.booking' };
const photoParams = { space: 'api.param.space', image: 'api.param.image' };

function spaceJson(s: spaces.Space): z.input<typeof spaceResponse> {
  return {
    slug: s.slug,
    url: `/spaces/${s.slug}`,
    name: s.name,
    city: { slug: s.city.slug, name_en: s.city.en, name_ur: s.city.ur },
    address: s.address,
    about_en: s.aboutEn,
    about_ur: s.aboutUr,
    hours: { days: s.openDays, opens: hhmm(s.opensMinute), closes: hhmm(s.closesMinute) },
    desks: s.desks,
    day_price: moneyToJson(s.dayPrice),
    month_price: s.monthPrice ? moneyToJson(s.monthPrice) : null,
    pay_at_space: s.payAtSpace,
    amenities: { backup_power: s.backupPower, backup_hours: s.backupHours, internet_mbps: s.internetMbps, women_only: s.womenOnly, prayer_space: s.prayerSpace, parking: s.parking },
    status: s.status,
    taken_down: s.takenDown ? { at: s.takenDown.at.toISOString(), reason: s.takenDown.reason } : null,
    photo: s.photo,
    rating: { average: s.rating.count ? Math.round((s.rating.sum / s.rating.count) * 10) / 10 : null, count: s.rating.count },
  };
}

function detailJson(p: spaces.SpacePage): z.input<typeof spaceDetailResponse> {
  return {
    ...spaceJson(p.space),
    days: p.days,
    reviews: p.reviews.map((r) => ({ author: r.authorName, rating: r.rating, text: r.text, at: r.at.toISOString() })),
    photos: p.photos.map(imageJson),
    fees: { booker_pays: moneyToJson(p.fees.bookerPays), space_receives: moneyToJson(p.fees.ownerReceives), hunar_keeps: moneyToJson(p.fees.hunarKeeps) },
    can_review: p.canReview,
  };
}

function bookingJson(b: spaces.DeskBooking): z.input<typeof deskBookingResponse> {
  return {
    id: b.id,
    space: { slug: b.space.slug, name: b.space.name, address: b.space.address },
    booker: { id: b.booker.id, display_name: b.booker.displayName },
    side: b.side,
    day: b.day,
    status: b.status,
    payment: b.payment,
    price: moneyToJson(b.price),
    total: moneyToJson(b.total),
    settlement: b.settlement,
    checkin_code: b.checkinCode,
    checked_in_at: b.checkedInAt?.toISOString() ?? null,
    can_cancel: b.canCancel,
  };
}

const listQuery = z.object({ city: z.string().max(40).optional() });

export const spacesEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'listSpaces',
    method: 'get',
    path: `${V1}/spaces`,
    tag: 'spaces',
    auth: 'optional',
    query: { schema: listQuery, describe: { city: 'api.query.spaces.city' } },
    status: 200,
    response: spaceListResponse,
    async handle(c) {
      const city = c.req.query('city');
      const dir = await spaces.listSpaces(deps(c), { city });
      return {
        items: dir.spaces.map(spaceJson),
        cities: dir.cities.map((x) => ({ slug: x.slug, count: x.count })),
        e_rozgaar: {
          first_centre_in_city: !!dir.city && hasFirstCentre(dir.city),
          facts: E_ROZGAAR.map((f) => ({ fact: translate('en', `spaces.erozgaar.${f.id}`, f.params), source: f.source })),
        },
      };
    },
  }),
  endpoint({
    operationId: 'getSpace',
    method: 'get',
    path: `${V1}/spaces/{space}`,
    tag: 'spaces',
    auth: 'optional',
    params: space,
    status: 200,
    response: spaceDetailResponse,
    problems: ['not_found'],
    handle: async (c) => detailJson(await spaces.spacePage(deps(c), c.get('actor'), c.req.param('space') ?? '')),
  }),
  endpoint({
    operationId: 'createSpace',
    method: 'post',
    path: `${V1}/spaces`,
    tag: 'spaces',
    auth: 'required',
    request: { name: 'SpaceRequest', schema: spaceInput },
    status: 201,
    response: spaceResponse,
    problems: ['auth.forbidden'],
    handle: async (c, body) => spaceJson(await spaces.createSpace(deps(c), c.get('actor'), body)),
  }),
  endpoint({
    operationId: 'updateSpace',
    method: 'put',
    path: `${V1}/spaces/{space}`,
    tag: 'spaces',
    auth: 'required',
    params: space,
    request: { name: 'SpaceRequest', schema: spaceInput },
    status: 200,
    response: spaceResponse,
    problems: ['not_found', 'auth.forbidden'],
    handle: async (c, body) => spaceJson(await spaces.updateSpace(deps(c), c.get('actor'), c.req.param('space') ?? '', body)),
  }),
  endpoint({
    operationId: 'bookDesk',
    method: 'post',
    path: `${V1}/spaces/{space}/bookings`,
    tag: 'spaces',
    auth: 'required',
    params: space,
    request: { name: 'DeskBookingRequest', schema: bookingInput },
    status: 201,
    response: deskBookingResponse,
    problems: ['not_found', 'spaces.full', 'spaces.already_booked', 'spaces.own_space', 'spaces.pay_at_space_off', 'ledger.insufficient_funds'],
    handle: async (c, body) => bookingJson(await spaces.bookDesk(deps(c), c.get('actor'), c.req.param('space') ?? '', body)),
  }),
  endpoint({
    operationId: 'listSpaceBookings',
    method: 'get',
    path: `${V1}/spaces/{space}/bookings`,
    tag: 'spaces',
    auth: 'required',
    params: space,
    status: 200,
    response: deskBookingListResponse,
    problems: ['not_found', 'auth.forbidden'],
    async handle(c) {
      const m = await spaces.manageSpace(deps(c), c.get('actor'), c.req.param('space') ?? '');
      return { items: [...m.coming, ...m.past].map(bookingJson) };
    },
  }),
  endpoint({
    operationId: 'checkInDesk',
    method: 'post',
    path: `${V1}/spaces/{space}/check-in`,
    tag: 'spaces',
    auth: 'required',
    params: space,
    request: { name: 'DeskCheckInRequest', schema: checkInInput },
    status: 200,
    response: deskBookingResponse,
    problems: ['not_found', 'auth.forbidden', 'spaces.not_today'],
    handle: async (c, body) => bookingJson(await spaces.checkIn(deps(c), c.get('actor'), c.req.param('space') ?? '', body)),
  }),
  endpoint({
    operationId: 'reviewSpace',
    method: 'post',
    path: `${V1}/spaces/{space}/reviews`,
    tag: 'spaces',
    auth: 'required',
    params: space,
    request: { name: 'SpaceReviewRequest', schema: reviewInput },
    status: 201,
    response: spaceDetailResponse,
    problems: ['not_found', 'spaces.review_not_allowed', 'spaces.review_given'],
    handle: async (c, body) => detailJson(await spaces.reviewSpace(deps(c), c.get('actor'), c.req.param('space') ?? '', body)),
  }),
  endpoint({
    operationId: 'listMyDeskBookings',
    method: 'get',
    path: `${V1}/me/space-bookings`,
    tag: 'spaces',
    auth: 'required',
    status: 200,
    response: deskBookingListResponse,
    handle: async (c) => ({ items: (await spaces.myDeskBookings(deps(c), c.get('actor'))).map(bookingJson) }),
  }),
  endpoint({
    operationId: 'cancelDeskBooking',
    method: 'post',
    path: `${V1}/me/space-bookings/{booking}/cancel`,
    tag: 'spaces',
    auth: 'required',
    params: booking,
    status: 200,
    response: deskBookingResponse,
    problems: ['not_found', 'spaces.not_booked', 'spaces.day_over'],
    handle: async (c) => bookingJson(await spaces.cancelDeskBooking(deps(c), c.get('actor'), c.req.param('booking') ?? '')),
  }),
  endpoint({
    operationId: 'addSpacePhoto',
    method: 'post',
    path: `${V1}/spaces/{space}/photos`,
    tag: 'spaces',
    auth: 'required',
    params: space,
    upload: { field: 'photo', types: IMAGE_TYPES },
    status: 201,
    response: imageResponse,
    problems: ['not_found', 'auth.forbidden', 'media.not_an_image', 'media.unreadable', 'media.too_many_pixels', 'media.images_full'],
    handle: async (c, file) => imageJson(await photos.addSpacePhoto(deps(c), c.get('actor'), c.req.param('space') ?? '', file as UploadedFile | null)),
  }),
  endpoint({
    operationId: 'moveSpacePhoto',
    method: 'post',
    path: `${V1}/spaces/{space}/photos/{image}/move`,
    tag: 'spaces',
    auth: 'required',
    params: photoParams,
    request: { name: 'MoveRequest', schema: moveInput },
    status: 200,
    response: imageListResponse,
    problems: ['not_found', 'auth.forbidden'],
    async handle(c, body) {
      const { direction } = parseWith(moveInput, body);
      return { images: (await photos.moveSpacePhoto(deps(c), c.get('actor'), c.req.param('space') ?? '', c.req.param('image') ?? '', direction)).map(imageJson) };
    },
  }),
  endpoint({
    operationId: 'removeSpacePhoto',
    method: 'delete',
    path: `${V1}/spaces/{space}/photos/{image}`,
    tag: 'spaces',
    auth: 'required',
    params: photoParams,
    status: 204,
    problems: ['not_found', 'auth.forbidden'],
    async handle(c) {
      await photos.removeSpacePhoto(deps(c), c.get('actor'), c.req.param('space') ?? '', c.req.param('image') ?? '');
      return undefined;
    },
  }),
  endpoint({
    operationId: 'hideSpace',
    method: 'post',
    path: `${V1}/spaces/{space}/hide`,
    tag: 'spaces',
    auth: 'required',
    params: space,
    request: { name: 'HideSpaceRequest', schema: hideInput },
    status: 200,
    response: hidden,
    problems: ['not_found', 'auth.forbidden', 'spaces.already_hidden'],
    handle: async (c, body) => ({ hidden: true, bookings_cancelled: (await spaces.hideSpace(deps(c), c.get('actor'), c.req.param('space') ?? '', body)).cancelled }),
  }),
  endpoint({
    operationId: 'showSpace',
    method: 'post',
    path: `${V1}/spaces/{space}/show`,
    tag: 'spaces',
    auth: 'required',
    params: space,
    status: 200,
    response: hidden,
    problems: ['not_found', 'auth.forbidden', 'spaces.not_hidden'],
    async handle(c) {
      await spaces.showSpace(deps(c), c.get('actor'), c.req.param('space') ?? '');
      return { hidden: false, bookings_cancelled: 0 };
    },
  }),
];
