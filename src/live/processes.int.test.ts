
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SseReader } from '../../test/sse.ts';
import { type AppProcess as Proc, killAppProcesses, startAppProcess } from '../../test/app-process.ts';
import { freshDatabaseUrl, TestClient } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import { createDb, type DB } from '../db/pool.ts';
import { systemClock } from '../platform/clock.ts';
import type { Deps } from '../platform/deps.ts';
import { publish } from './publish.ts';

const root = path.resolve(import.meta.dirname, '../..');
const _tsx = path.join(root, 'node_modules/.bin/tsx');
const PASSWORD = 'correct horse battery';

const readers: SseReader[] = [];

const startApp = (databaseUrl: string) => startAppProcess({ DATABASE_URL: databaseUrl }, { readyWithinMs: 60_000 });

/** A browser-like client of a real process over HTTP. */
function clientFor(url: string): TestClient {
  return new TestClient({ request: (input: string, init?: RequestInit) => fetch(input.replace('http://localhost:3000', url), { ...init, redirect: 'manual' }) } as never);
}

let databaseUrl: string;
let db: DB;
let a: Proc;
let b: Proc;

beforeAll(async () => {
  databaseUrl = await freshDatabaseUrl();
  db = createDb(databaseUrl, { max: 2 });
  [a, b] = await Promise.all([startApp(databaseUrl), startApp(databaseUrl)]);
}, 90_000);

afterAll(async () => {
  for (const r of readers) await r.close();
  killAppProcesses();
  await db?.destroy();
});

async function signedIn(proc: Proc, name: string) {
  const email = `${name.toLowerCase()}-${Date.now()}@example.pk`;
  const user = await createAccount(db, { clock: systemClock }, { email, password: PASSWORD, displayName: name, isFreelancer: true, isClient: true, locale: 'en', verified: true, onboarded: true });
  const client = clientFor(proc.url);
  expect((await client.post('/login', { email, password: PASSWORD })).status).toBe(303);
  return { user, client };
}

async function openStream(client: TestClient): Promise<SseReader> {
  const res = await client.get('/api/v1/events');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
  const r = new SseReader(res.body);
  readers.push(r);
  await r.until((x) => x.lastEventId !== undefined, 5_000, 'the starting id');
  return r;
}

/**
 * A message sent "through process A": publish() in a committed transaction, exactly as a feature's
 * use case calls it. The messages module (which will do this in POST /api/v1/conversations/{id}/messages)
 * is not on this branch, so the test process (a third process on the same database) runs the call;
 * process A's own part is then its listener, which the second test checks.
 */
async function sendMessage(to: string[], data: Record<string, unknown>): Promise<void> {
  const deps = { clock: systemClock } as Deps;
  await db.transaction().execute((tx) => publish(deps, tx, to, 'message', data));
}

describe('two app processes on one database', () => {
  it('a message published for a person reaches the stream they hold open on another process within two seconds', async () => {
    const ayesha = await signedIn(a, 'Ayesha');
    const bilal = await signedIn(b, 'Bilal');
    // Bilal's page is served by B; Ayesha's by A.
    const onB = await openStream(bilal.client);
    const onA = await openStream(ayesha.client);

    const started = Date.now();
    const data = { conversation_id: crypto.randomUUID(), message_id: crypto.randomUUID(), sender: 'Ayesha', text: 'السلام علیکم، کیا لوگو کل تک مل جائے گا؟', created_at: new Date().toISOString() };
    await sendMessage([ayesha.user.id, bilal.user.id], data);
    await onB.until((x) => x.events.length === 1, 2_000, 'the message on process B');
    await onA.until((x) => x.events.length === 1, 2_000, 'the message on process A');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(onB.events[0]).toMatchObject({ event: 'message', data });
    expect(onA.events[0]).toMatchObject({ event: 'message', data });

    // The session made on A is good on B and the reverse: a stream opened elsewhere resumes too.
    const bilalOnA = clientFor(a.url);
    bilalOnA.cookies = new Map(bilal.client.cookies);
    const res = await bilalOnA.get('/api/v1/events', { 'last-event-id': '0' });
    const resumed = new SseReader(res.body);
    readers.push(resumed);
    await resumed.until((x) => x.events.length === 1, 2_000, 'the missed message, on the other process');
    expect(resumed.events[0]!.id).toBe(onB.events[0]!.id);
  }, 30_000);

  it('a message sent through the conversations API on process A reaches its reader on process B, whose open page then fetches it', async () => {
    const ayesha = await signedIn(a, 'Ayesha');
    const bilal = await signedIn(b, 'Bilal');
    const onB = await openStream(bilal.client);
    const handle = String((await db.selectFrom('users').select('handle').where('id', '=', bilal.user.id).executeTakeFirstOrThrow()).handle);
    const started = Date.now();
    const text = 'السلام علیکم! کیا لوگو کل تک مل جائے گا؟';
    const sent = await ayesha.client.json('POST', '/api/v1/conversations', { with: handle, text });
    expect(sent.status).toBe(201);
    const body = (await sent.json()) as { conversation: { id: string }; message: { id: string } };
    await onB.until((x) => x.events.some((e) => e.event === 'message'), 2_000, 'the message on process B');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(onB.events.find((e) => e.event === 'message')!.data).toMatchObject({ conversation_id: body.conversation.id, message_id: body.message.id, text });
    // What Bilal's open conversation page does next, served by B: fetch the new items.
    const fragment = await (await bilal.client.get(`/messages/${body.conversation.id}/after/`)).text();
    expect(fragment).toContain(`data-message-id="${body.message.id}"`);
    expect(fragment).toContain(text);
  }, 30_000);

  it('a process asked to stop ends its open streams at once and exits cleanly', async () => {
    const hamza = await signedIn(b, 'Hamza');
    const onB = await openStream(hamza.client);
    const started = Date.now();
    b.child.kill('SIGTERM');
    await onB.ends(5_000);
    expect(await b.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    // Process A still delivers.
    const hamzaOnA = clientFor(a.url);
    hamzaOnA.cookies = new Map(hamza.client.cookies);
    const onA = await openStream(hamzaOnA);
    await sendMessage([hamza.user.id], { text: 'still here' });
    await onA.until((x) => x.events.length === 1, 2_000, 'the message on the remaining process');
  }, 30_000);
});
