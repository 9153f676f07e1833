
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../src/db/embedded.ts';
import { killAppProcesses, startAppProcess as start } from './app-process.ts';
import { freshDatabaseUrl, TestClient } from './support.ts';

/**
 * A POST over node:http. The answer counts even when the server stops reading the body and closes
 * the connection, as it does for a body over the limit (fetch would report only the failed write).
 */
function rawPost(url: string, headers: Record<string, string>, body: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { ...headers, 'content-length': String(body.length) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A TestClient whose requests go to a real process over HTTP. */
function clientFor(url: string) {
  const client = new TestClient({ request: (input: string, init?: RequestInit) => fetch(input.replace('http://localhost:3000', url), { ...init, redirect: 'manual' }) } as never);
  return client;
}

/** The pids of the app workers (src/worker.ts) among a process's descendants. */
function workerPids(root: number): number[] {
  const children = new Map<number, number[]>();
  const commands = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
      commands.set(Number(entry), readFileSync(`/proc/${entry}/cmdline`, 'utf8'));
    } catch {
      // The process ended while we looked.
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      if (commands.get(child)?.includes('src/worker.ts')) out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

function statusOnNewConnection(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false, timeout: 10_000 }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on('timeout', () => reject(new Error(`no answer from ${url}`)))
      .on('error', reject);
  });
}

/** The process tags of the request ids that answer `n` requests sent at once, each on its own connection. */
async function answeringTags(url: string, n: number): Promise<Set<string>> {
  const ids = await Promise.all(
    Array.from({ length: n }, () => fetch(`${url}/healthz`, { headers: { connection: 'close' } }).then((r) => r.headers.get('x-request-id') ?? '')),
  );
  return new Set(ids.map((id) => id.split('-')[0]!));
}

afterAll(killAppProcesses);

describe('two app processes on one database', () => {
  it('share sessions and rate limits', async () => {
    const env = { DATABASE_URL: await freshDatabaseUrl(), RATE_LIMIT_LOGIN: '3', SEED_ON_START: 'true' };
    const [a, b] = await Promise.all([start(env), start(env)]);
    try {
      // The seed ran once, whichever process won the race.
      const onA = clientFor(a.url);
      const login = await onA.post('/login', { email: 'bilal@demo.hunar.pk', password: 'hunar-demo-2026' });
      expect(login.status).toBe(303);
      // The cookie from A is a session on B.
      const onB = clientFor(b.url);
      onB.cookies = new Map(onA.cookies);
      const settings = await onB.get('/settings');
      expect(settings.status).toBe(200);
      expect(await settings.text()).toContain('bilal@demo.hunar.pk');
      // Logging out on B ends the session on A too.
      await onB.post('/logout', {});
      expect((await onA.get('/settings')).status).toBe(303);

      // Three failed attempts spread over both processes use up the account's limit.
      const email = 'ayesha@demo.hunar.pk';
      expect((await clientFor(a.url).post('/login', { email, password: 'wrong-1' })).status).toBe(401);
      expect((await clientFor(b.url).post('/login', { email, password: 'wrong-2' })).status).toBe(401);
      expect((await clientFor(a.url).post('/login', { email, password: 'wrong-3' })).status).toBe(401);
      const blocked = await clientFor(b.url).post('/login', { email, password: 'hunar-demo-2026' });
      expect(blocked.status).toBe(429);

      // A body over the limit, as real HTTP carries it (its length declared), is refused in the
      // reader's language; the small forms above went through, and a POST without a body, as the
      // money calls send, reaches its handler.
      const declared = await rawPost(`${a.url}/api/v1/orders`, { 'content-type': 'application/json', 'accept-language': 'ur' }, Buffer.alloc(300 * 1024, 'a'));
      expect(declared.status).toBe(413);
      expect((JSON.parse(declared.body) as { title: string }).title).toContain('بہت بڑی');
      const noBody = await fetch(`${a.url}/api/v1/orders/${crypto.randomUUID()}/pay`, { method: 'POST', headers: { authorization: 'Bearer hnr_not_a_token' } });
      expect(((await noBody.json()) as { code: string }).code).toBe('auth.required');
    } finally {
      a.child.kill('SIGTERM');
      b.child.kill('SIGTERM');
      expect(await a.exited).toBe(0);
      expect(await b.exited).toBe(0);
    }
  });
});

describe('the embedded database across restarts', () => {
  it('keeps every row on the same data directory and stops cleanly on SIGTERM', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'hunar-restart-'));
    const env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort(0)), SEED_ON_START: 'true', DATABASE_URL: '' };
    try {
      const first = await start(env);
      expect(first.output()).toContain('admin@demo.hunar.pk');
      const signup = await clientFor(first.url).post('/signup', { display_name: 'Restart Test', email: 'restart@example.pk', password: 'restart password 1', role: 'client' });
      expect(signup.status).toBe(200);
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

      const second = await start(env);
      try {
        // Demo accounts are printed only on the first start.
        expect(second.output()).not.toContain('admin@demo.hunar.pk');
        const login = await clientFor(second.url).post('/login', { email: 'ayesha@demo.hunar.pk', password: 'hunar-demo-2026' });
        expect(login.status).toBe(303);
        // The account made before the restart is still there, password and all.
        const own = await clientFor(second.url).post('/login', { email: 'restart@example.pk', password: 'restart password 1' });
        expect(own.status).toBe(303);
      } finally {
        second.child.kill('SIGTERM');
        expect(await second.exited).toBe(0);
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('one process per core', () => {
  it('serves one port from every worker, replaces a worker that dies, and stops them all on SIGTERM', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'hunar-cluster-'));
    const env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort(0)), SEED_ON_START: 'true', DATABASE_URL: '', WEB_CONCURRENCY: '2' };
    try {
      const app = await start(env);
      try {
        // Ready answers once the first worker listens; the primary says so when all of them do.
        for (const deadline = Date.now() + 60_000; !app.output().includes('Hunar is running') && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 100));
        expect(app.output()).toContain('(2 processes)');
        // The demo data was loaded once, by the first worker, before the second started.
        expect(app.output().split('admin@demo.hunar.pk').length - 1).toBe(1);
        const workers = workerPids(app.child.pid!);
        expect(workers).toHaveLength(2);
        // Requests arriving together are shared between the workers (each tags its request ids).
        const tags = new Set<string>();
        for (let round = 0; round < 10 && tags.size < 2; round++) for (const t of await answeringTags(app.url, 16)) tags.add(t);
        expect(tags.size).toBe(2);
        // A session made through one worker is good on the other: the next requests are spread too.
        const client = clientFor(app.url);
        expect((await client.post('/login', { email: 'ayesha@demo.hunar.pk', password: 'hunar-demo-2026' })).status).toBe(303);
        const pages = await Promise.all(Array.from({ length: 8 }, () => client.get('/settings')));
        expect(pages.map((p) => p.status)).toEqual(Array(8).fill(200));

        // A worker killed outright is replaced. Once the primary has noticed (the connections the
        // killed worker held are gone with it), the port keeps answering new connections meanwhile.
        process.kill(workers[0]!, 'SIGKILL');
        const deadline = Date.now() + 60_000;
        while (!app.output().includes('an app process stopped; starting another') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        expect(await statusOnNewConnection(`${app.url}/readyz`)).toBe(200);
        let now = workerPids(app.child.pid!);
        while ((now.length < 2 || now.includes(workers[0]!)) && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 200));
          now = workerPids(app.child.pid!);
        }
        expect(now).toHaveLength(2);
        expect(now).not.toContain(workers[0]);
      } finally {
        const workers = workerPids(app.child.pid!);
        app.child.kill('SIGTERM');
        expect(await app.exited).toBe(0);
        // Every worker stopped, and the database with them.
        expect(workers.filter((pid) => existsSync(`/proc/${pid}`))).toEqual([]);
        expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('start-up configuration', () => {
  it('stops with one line naming a bad setting', async () => {
    const p = await start({ PORT: 'eighty' }, { waitReady: false });
    expect(await p.exited).toBe(2);
    expect(p.output().trim()).toBe('Invalid setting PORT: Invalid input: expected number, received NaN');
  });
});
