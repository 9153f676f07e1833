// GET /api/v1/events against real PostgreSQL: what a page's EventSource or an app holding the
// stream sees when something is published for its person (docs/decisions/0048-live-events.md).
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SseReader } from '../../test/sse.ts';
import { TestClient, type TestEnv, testEnv } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import { LiveHub } from './hub.ts';
import { publish } from './publish.ts';
import { pruneLiveEvents } from './service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

const PASSWORD = 'correct horse battery';
let n = 0;
const readers: SseReader[] = [];
afterAll(async () => {
  for (const r of readers) await r.close();
});

async function person(locale: 'en' | 'ur' = 'en') {
  const email = `live${++n}-${Date.now()}@example.pk`;
  const user = await createAccount(env.deps.db, env.deps, {
    email,
    password: PASSWORD,
    displayName: 'Hamza Live',
    isFreelancer: true,
    isClient: true,
    locale,
    verified: true,
    onboarded: true,
  });
  const client = new TestClient(env.app, { 'accept-language': locale });
  expect((await client.post('/login', { email, password: PASSWORD })).status).toBe(303);
  return { user, client };
}

/** Opens the person's stream and waits until it is in place (its first `id:` frame). */
async function stream(client: TestClient, headers: Record<string, string> = {}, path = '/api/v1/events'): Promise<SseReader> {
  const res = await client.get(path, headers);
  expect(res.status).toBe(200);
  const r = new SseReader(res.body);
  readers.push(r);
  await r.until((x) => x.lastEventId !== undefined, 2_000, 'the starting id');
  return r;
}

const send = (userIds: string[], event: 'message' | 'read' | 'notification' | 'order', data: Record<string, unknown>) =>
  env.deps.db.transaction().execute((tx) => publish(env.deps, tx, userIds, event, data));

describe('the live event stream', () => {
  it('delivers a published event to the open stream within two seconds, as text/event-stream that nothing buffers', async () => {
    const { user, client } = await person();
    const res = await client.get('/api/v1/events', { 'accept-encoding': 'gzip, br' });
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('cache-control')).toContain('no-store');
    expect(res.headers.get('x-accel-buffering')).toBe('no');
    const r = new SseReader(res.body);
    readers.push(r);
    await r.until((x) => x.lastEventId !== undefined, 2_000, 'the starting id');
    // A retry hint between 2 and 5 seconds comes first.
    expect(Number(r.frames[0]?.retry)).toBeGreaterThanOrEqual(2_000);
    expect(Number(r.frames[0]?.retry)).toBeLessThanOrEqual(5_000);

    const started = Date.now();
    const data = { conversation_id: crypto.randomUUID(), message_id: crypto.randomUUID(), sender: 'Ayesha', text: 'السلام علیکم! کل تک ڈیزائن؟', created_at: new Date().toISOString() };
    await send([user.id], 'message', data);
    await r.until((x) => x.events.length === 1, 2_000, 'the message event');
    expect(Date.now() - started).toBeLessThan(2_000);
    const [e] = r.events;
    expect(e).toMatchObject({ event: 'message', data });
    expect(e!.id).toMatch(/^\d+$/);
    expect(r.lastEventId).toBe(e!.id);
    await r.close();
  });

  it('publishes nothing when the transaction rolls back, and only to the people named', async () => {
    const a = await person();
    const b = await person();
    const ra = await stream(a.client);
    const rb = await stream(b.client);
    await expect(
      env.deps.db.transaction().execute(async (tx) => {
        await publish(env.deps, tx, [a.user.id], 'notification', { unread: 99 });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await send([a.user.id], 'notification', { unread: 1 });
    await ra.until((x) => x.events.length >= 1, 2_000, 'the committed notification');
    // Only the committed one, and nothing at all for the other person.
    await new Promise((r) => setTimeout(r, 300));
    expect(ra.events.map((e) => e.data)).toEqual([{ unread: 1 }]);
    expect(rb.events).toEqual([]);
    expect(await env.deps.db.selectFrom('live_events').select('user_id').where('user_id', 'in', [a.user.id, b.user.id]).execute()).toEqual([{ user_id: a.user.id }]);
  });

  it('sends one event to each of several people, and to every stream a person holds open', async () => {
    const a = await person();
    const b = await person();
    const [a1, a2, b1] = [await stream(a.client), await stream(a.client), await stream(b.client)];
    await send([a.user.id, b.user.id, a.user.id], 'read', { conversation_id: 'c1', up_to: 'm9' });
    for (const r of [a1, a2, b1]) await r.until((x) => x.events.length === 1, 2_000, 'the read event');
    expect(a1.events[0]!.data).toEqual({ conversation_id: 'c1', up_to: 'm9' });
    // Each person has an id of their own for it.
    expect(a1.events[0]!.id).toBe(a2.events[0]!.id);
    expect(a1.events[0]!.id).not.toBe(b1.events[0]!.id);
  });

  it('lets two transactions publish to the same two people in opposite orders, and both commit', async () => {
    // Publishing took each person's turn when called and held it to commit; the soak test met the
    // circle this makes (a 500 on cancelling an order). Turns are now taken at commit (0045).
    const a = await person();
    const b = await person();
    const ra = await stream(a.client);
    let bothPublishedOnce!: () => void;
    const gate = new Promise<void>((r) => (bothPublishedOnce = r));
    let waiting = 2;
    const arrive = async () => {
      if (--waiting === 0) bothPublishedOnce();
      await gate;
    };
    const one = (first: string, second: string, order: 'first' | 'second') =>
      env.deps.db.transaction().execute(async (tx) => {
        await publish(env.deps, tx, [first], 'notification', { order, step: 1 });
        await arrive();
        // Each now publishes to the person the other published to first.
        await publish(env.deps, tx, [second], 'notification', { order, step: 2 });
      });
    const started = Date.now();
    await Promise.all([one(a.user.id, b.user.id, 'first'), one(b.user.id, a.user.id, 'second')]);
    // No deadlock (which PostgreSQL breaks after a second by failing one of them).
    expect(Date.now() - started).toBeLessThan(900);
    await ra.until((x) => x.events.length >= 2, 2_000, 'both events for a');
    const ids = ra.events.map((e) => BigInt(e.id));
    expect(ids[0]! < ids[1]!).toBe(true);
    expect(await env.deps.db.selectFrom('live_events').select('id').where('user_id', 'in', [a.user.id, b.user.id]).where('id', '<', '0').execute()).toEqual([]);
  });

  it('answers HEAD without opening a stream', async () => {
    const { client } = await person();
    const before = (env.deps.live as LiveHub).stats().streams;
    const res = await client.request('/api/v1/events', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect((env.deps.live as LiveHub).stats().streams).toBe(before);
  });

  it('refuses a signed-out request with 401, in the reader’s language', async () => {
    const res = await new TestClient(env.app, { 'accept-language': 'ur' }).get('/api/v1/events');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = (await res.json()) as { code: string; title: string };
    expect(body.code).toBe('auth.required');
    expect(body.title).toMatch(/[\u0600-\u06FF]/);
  });

  it('works with a personal access token instead of the cookie', async () => {
    const { user, client } = await person();
    const token = (await (await client.json('POST', '/api/v1/tokens', { name: 'live app' })).json()) as { token: string };
    const app = new TestClient(env.app, { authorization: `Bearer ${token.token}` });
    const r = await stream(app);
    await send([user.id], 'order', { order_id: 'o1', state: 'delivered' });
    await r.until((x) => x.events.length === 1, 2_000, 'the order event');
    expect(r.events[0]).toMatchObject({ event: 'order', data: { order_id: 'o1', state: 'delivered' } });
  });

  it('resumes from Last-Event-ID with exactly the missed events, in order, then the live ones', async () => {
    const { user, client } = await person();
    const first = await stream(client);
    await send([user.id], 'message', { n: 1 });
    await first.until((x) => x.events.length === 1, 2_000, 'event 1');
    const seen = first.lastEventId!;
    await first.close();
    // Missed while away: two for this person, one for someone else in between.
    const other = await person();
    await send([user.id], 'message', { n: 2 });
    await send([other.user.id], 'message', { n: 'not yours' });
    await send([user.id], 'read', { n: 3 });

    const again = await stream(client, { 'last-event-id': seen });
    await again.until((x) => x.events.length === 2, 2_000, 'the missed events');
    await send([user.id], 'notification', { n: 4 });
    await again.until((x) => x.events.length === 3, 2_000, 'the live event');
    await new Promise((r) => setTimeout(r, 200));
    expect(again.events.map((e) => [e.event, e.data])).toEqual([
      ['message', { n: 2 }],
      ['read', { n: 3 }],
      ['notification', { n: 4 }],
    ]);
    const ids = again.events.map((e) => BigInt(e.id));
    expect(ids.every((id, i) => i === 0 || id > ids[i - 1]!)).toBe(true);
    expect(ids[0]! > BigInt(seen)).toBe(true);

    // The same through ?last_event_id= (for clients that cannot set headers); the header wins.
    const byQuery = await stream(client, {}, `/api/v1/events?last_event_id=${seen}`);
    await byQuery.until((x) => x.events.length === 3, 2_000, 'the events after the cursor');
    const headerWins = await stream(client, { 'last-event-id': again.events[1]!.id }, `/api/v1/events?last_event_id=${seen}`);
    await headerWins.until((x) => x.events.length === 1, 2_000, 'the events after the header’s cursor');
    expect(headerWins.events[0]!.data).toEqual({ n: 4 });
  });

  it('refuses a cursor that is not an event id with a translated 400', async () => {
    const { client } = await person();
    for (const bad of ['abc', '-1', '12345678901234567890']) {
      const res = await client.get(`/api/v1/events?last_event_id=${encodeURIComponent(bad)}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { code: string; errors: Record<string, string> }).errors.last_event_id).toBeTruthy();
    }
    expect((await client.get('/api/v1/events', { 'last-event-id': 'x1' })).status).toBe(400);
  });

  it('keeps at most five streams per person open, closing the oldest', async () => {
    const { user, client } = await person();
    const open = [];
    for (let i = 0; i < 5; i++) open.push(await stream(client));
    const sixth = await stream(client);
    await open[0]!.ends(2_000);
    for (const r of open.slice(1)) expect(r.ended).toBe(false);
    await send([user.id], 'notification', { unread: 3 });
    for (const r of [...open.slice(1), sixth]) await r.until((x) => x.events.length === 1, 2_000, 'the notification');
    expect(open[0]!.events).toEqual([]);
  });

  it('sends a comment as heartbeat, ends a stream past its age, and stop() ends every stream at once', async () => {
    const hub = new LiveHub({ url: env.url, db: env.deps.db, log: pino({ level: 'silent' }), limits: { heartbeatMs: 100, streamMaxMs: 60_000 } });
    const { user } = await person();
    const r = new SseReader(await hub.open(user.id, null));
    await r.until((x) => x.frames.some((f) => f.comment === 'keep-alive'), 2_000, 'a heartbeat');
    const aged = new LiveHub({ url: env.url, db: env.deps.db, log: pino({ level: 'silent' }), limits: { heartbeatMs: 100, streamMaxMs: 150 } });
    const old = new SseReader(await aged.open(user.id, null));
    await old.ends(2_000);
    await aged.stop();
    const started = Date.now();
    await hub.stop();
    await r.ends(1_000);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(hub.stats()).toEqual({ streams: 0, people: 0, listening: false });
    // After stop, a stream opened ends at once with a retry hint (the browser goes elsewhere).
    const late = new SseReader(await hub.open(user.id, null));
    await late.ends(1_000);
    expect(late.frames[0]?.retry).toBeDefined();
  });

  it('listens again when its connection drops, and delivers what was published meanwhile', async () => {
    const hub = new LiveHub({ url: env.url, db: env.deps.db, log: pino({ level: 'silent' }), limits: { reconnectMinMs: 50 } });
    try {
      const { user } = await person();
      const r = new SseReader(await hub.open(user.id, null));
      await r.until((x) => x.lastEventId !== undefined, 2_000, 'the starting id');
      const pid = (await sql<{ pid: number }>`SELECT pid FROM pg_stat_activity WHERE application_name = 'hunar live' AND datname = current_database() AND query = 'LISTEN hunar_live'`.execute(env.deps.db)).rows.map((x) => x.pid);
      expect(pid.length).toBeGreaterThanOrEqual(1);
      // Every listening connection of this database goes (the test env's own comes back too).
      await sql`SELECT pg_terminate_backend(pid) FROM unnest(${pid}::int[]) AS pid`.execute(env.deps.db);
      await send([user.id], 'message', { while: 'away' });
      await r.until((x) => x.events.length === 1, 3_000, 'the event published while disconnected');
      expect(r.events[0]!.data).toEqual({ while: 'away' });
      expect(hub.counts.reconnects).toBeGreaterThanOrEqual(1);
      await send([user.id], 'message', { after: 'back' });
      await r.until((x) => x.events.length === 2, 2_000, 'the event after reconnecting');
    } finally {
      await hub.stop();
    }
  });

  it('carries an event too big for NOTIFY through the table', async () => {
    const { user, client } = await person();
    const r = await stream(client);
    const text = 'ہ'.repeat(6_000); // 12,000 bytes in UTF-8
    await send([user.id], 'message', { text });
    await r.until((x) => x.events.length === 1, 2_000, 'the large event');
    expect(r.events[0]!.data).toEqual({ text });
  });

  it('keeps events for a day: the prune job drops older ones', async () => {
    const { user } = await person();
    await send([user.id], 'notification', { unread: 1 });
    const count = async () => Number((await env.deps.db.selectFrom('live_events').select((eb) => eb.fn.countAll().as('n')).where('user_id', '=', user.id).executeTakeFirstOrThrow()).n);
    expect(await pruneLiveEvents(env.deps)).toBe(0);
    expect(await count()).toBe(1);
    env.clock.advance(25 * 3_600_000);
    expect(await pruneLiveEvents(env.deps)).toBeGreaterThanOrEqual(1);
    expect(await count()).toBe(0);
  });

  it('pages load the live script only for signed-in people, as a small cached file', async () => {
    const anonymous = await (await new TestClient(env.app).get('/')).text();
    expect(anonymous).not.toContain('live.js');
    const { client } = await person();
    const page = await (await client.get('/dashboard')).text();
    const src = page.match(/<script src="(\/assets\/live\.js\?v=\w+)" defer="?"?><\/script>/)?.[1];
    expect(src, 'a deferred script tag in the head').toBeDefined();
    expect(page.indexOf(src!)).toBeLessThan(page.indexOf('</head>'));
    const res = await new TestClient(env.app).get(src!, { 'accept-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect((await res.arrayBuffer()).byteLength).toBeLessThan(3_000);
  });
});
