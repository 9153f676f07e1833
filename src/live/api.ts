// GET /api/v1/events: the signed-in person's live events as Server-Sent Events (text/event-stream),
// for pages (EventSource with the session cookie, public/live.js) and apps (a bearer token).
import { type Endpoint, endpoint } from '../api/openapi.ts';
import { eventsQuery } from './domain.ts';
import { openEventStream } from './service.ts';

export const liveEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'streamEvents',
    method: 'get',
    path: '/api/v1/events',
    tag: 'events',
    auth: 'required',
    query: { schema: eventsQuery, describe: { last_event_id: 'api.query.events.last_event_id' } },
    headers: { 'Last-Event-ID': 'api.header.last_event_id' },
    status: 200,
    file: { contentType: 'text/event-stream', description: 'api.events.format' },
    problems: ['validation.failed'],
    async handle(c) {
      // Nothing between here and the browser may hold events back: no compression, no caching,
      // and nginx told not to buffer (X-Accel-Buffering).
      const headers = { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store, no-transform', 'x-accel-buffering': 'no' };
      const cursor = { header: c.req.header('last-event-id'), query: c.req.query('last_event_id') };
      // HEAD runs this GET route too, and nobody would read (or close) the stream.
      if (c.req.method === 'HEAD') return c.body(null, 200, headers);
      return c.body(await openEventStream(c.get('deps'), c.get('actor'), cursor), 200, headers);
    },
  }),
];
