// The association events endpoints under /api/v1/associations/{slug}/events and
// /api/v1/association-events/...: thin calls into the events service, the same use cases the pages
// call. (/api/v1/events is the live Server-Sent Events stream, src/live.)
import { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import type { Ctx } from '../platform/http.ts';
import { eventFieldChanges, eventInput } from './domain.ts';
import { calendarTexts } from './routes.tsx';
import { associationEventFeedKeyResponse, associationEventListResponse, associationEventResponse } from './schemas.ts';
import * as events from './service.ts';

const V1 = '/api/v1';
const deps = (c: Ctx) => c.get('deps');
const person = (p: events.Attendee) => ({ id: p.userId, display_name: p.displayName, handle: p.handle, url: `/u/${encodeURIComponent(p.handle)}` });

export function eventJson(e: events.EventView): z.input<typeof associationEventResponse> {
  return {
    id: e.id,
    association: { slug: e.association.slug, name_en: e.association.nameEn, name_ur: e.association.nameUr, url: `/associations/${e.association.slug}` },
    title_en: e.titleEn,
    title_ur: e.titleUr,
    about_en: e.aboutEn,
    about_ur: e.aboutUr,
    format: e.format,
    online_url: e.onlineUrl,
    venue: e.venue,
    city: e.city ? { slug: e.city.slug, name_en: e.city.nameEn, name_ur: e.city.nameUr } : null,
    starts_at: e.startsAt.toISOString(),
    ends_at: e.endsAt.toISOString(),
    time_zone: 'Asia/Karachi',
    capacity: e.capacity,
    going: e.going,
    waiting: e.waiting,
    members_only: e.membersOnly,
    status: e.status,
    sequence: e.sequence,
    updated_at: e.updatedAt.toISOString(),
    open: e.open,
    mine: e.mine,
    can_manage: e.canManage,
    attendees: e.attendees ? { going: e.attendees.going.map(person), waiting: e.attendees.waiting.map(person) } : null,
    url: `/events/${e.id}`,
    calendar_url: `${V1}/association-events/${e.id}/ics`,
  };
}

const listQuery = z.object({ when: z.enum(['upcoming', 'past']).optional() });
const eventParam = { event: 'api.param.association_event' };
const slugParam = { slug: 'api.param.event_association_slug' };
const rsvpProblems = ['not_found', 'events.started', 'events.cancelled'] as const;

export const eventsEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'listAssociationEvents',
    method: 'get',
    path: `${V1}/associations/{slug}/events`,
    tag: 'association-events',
    auth: 'optional',
    params: slugParam,
    query: { schema: listQuery, describe: { when: 'api.query.association_events.when' } },
    status: 200,
    response: associationEventListResponse,
    problems: ['not_found'],
    async handle(c) {
      const when = c.req.query('when') === 'past' ? 'past' : 'upcoming';
      const slug = c.req.param('slug') ?? '';
      const list = await events.listEvents(deps(c), c.get('actor'), { slug, when });
      return { items: list.events.map(eventJson), calendar_url: `/associations/${slug}/events.ics` };
    },
  }),
  endpoint({
    operationId: 'createAssociationEvent',
    method: 'post',
    path: `${V1}/associations/{slug}/events`,
    tag: 'association-events',
    auth: 'required',
    params: slugParam,
    request: { name: 'AssociationEventRequest', schema: eventInput },
    status: 201,
    response: associationEventResponse,
    problems: ['not_found', 'events.officers_only'],
    handle: async (c, body) => eventJson(await events.createEvent(deps(c), c.get('actor'), c.req.param('slug') ?? '', body)),
  }),
  endpoint({
    operationId: 'getAssociationEvent',
    method: 'get',
    path: `${V1}/association-events/{event}`,
    tag: 'association-events',
    auth: 'optional',
    params: eventParam,
    status: 200,
    response: associationEventResponse,
    problems: ['not_found'],
    handle: async (c) => eventJson(await events.getEvent(deps(c), c.get('actor'), c.req.param('event') ?? '')),
  }),
  endpoint({
    operationId: 'updateAssociationEvent',
    method: 'patch',
    path: `${V1}/association-events/{event}`,
    tag: 'association-events',
    auth: 'required',
    params: eventParam,
    request: { name: 'AssociationEventChanges', schema: eventFieldChanges },
    status: 200,
    response: associationEventResponse,
    problems: [...rsvpProblems, 'events.officers_only'],
    handle: async (c, body) => eventJson(await events.editEvent(deps(c), c.get('actor'), c.req.param('event') ?? '', body)),
  }),
  endpoint({
    operationId: 'resetAssociationEventFeedKey',
    method: 'post',
    path: `${V1}/associations/{slug}/events/feed-key`,
    tag: 'association-events',
    auth: 'required',
    params: slugParam,
    status: 200,
    response: associationEventFeedKeyResponse,
    problems: ['not_found', 'events.feed_members_only'],
    async handle(c) {
      const made = await events.resetFeedKey(deps(c), c.get('actor'), c.req.param('slug') ?? '');
      c.header('cache-control', 'no-store');
      return { url: `${deps(c).config.baseUrl}${made.path}` };
    },
  }),
  endpoint({
    operationId: 'rsvpAssociationEvent',
    method: 'post',
    path: `${V1}/association-events/{event}/rsvp`,
    tag: 'association-events',
    auth: 'required',
    params: eventParam,
    status: 200,
    response: associationEventResponse,
    problems: [...rsvpProblems, 'events.already_rsvped'],
    handle: async (c) => eventJson(await events.rsvp(deps(c), c.get('actor'), c.req.param('event') ?? '')),
  }),
  endpoint({
    operationId: 'cancelAssociationEventRsvp',
    method: 'delete',
    path: `${V1}/association-events/{event}/rsvp`,
    tag: 'association-events',
    auth: 'required',
    params: eventParam,
    status: 200,
    response: associationEventResponse,
    problems: [...rsvpProblems, 'events.not_rsvped'],
    handle: async (c) => eventJson(await events.cancelMyRsvp(deps(c), c.get('actor'), c.req.param('event') ?? '')),
  }),
  endpoint({
    operationId: 'cancelAssociationEvent',
    method: 'post',
    path: `${V1}/association-events/{event}/cancel`,
    tag: 'association-events',
    auth: 'required',
    params: eventParam,
    status: 200,
    response: associationEventResponse,
    problems: [...rsvpProblems, 'events.officers_only'],
    handle: async (c) => eventJson(await events.cancelEvent(deps(c), c.get('actor'), c.req.param('event') ?? '')),
  }),
  endpoint({
    operationId: 'getAssociationEventCalendar',
    method: 'get',
    path: `${V1}/association-events/{event}/ics`,
    tag: 'association-events',
    auth: 'optional',
    params: eventParam,
    status: 200,
    file: { contentType: 'text/calendar', description: 'api.file.association_event_ics' },
    problems: ['not_found'],
    async handle(c) {
      const f = await events.eventCalendar(deps(c), c.get('actor'), c.req.param('event') ?? '', calendarTexts);
      return c.body(f.body, 200, { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `attachment; filename="${f.filename}"` });
    },
  }),
];
