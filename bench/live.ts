// What live events cost one app process (docs/decisions/0048-live-events.md), measured once and
// bounded in time: `npx tsx bench/live.ts [streams] [seconds]`. Not part of `npm run bench`.
// - idle: N streams held open (5 per person, by bearer token) on one app process: its memory per
//   stream and its CPU over a 30-second idle window, without and with the streams (heartbeats);
// - throughput: events published as fast as 8 concurrent transactions commit (each to one person
//   with open streams), for a few seconds: published/s, delivered/s and the delay from commit to
//   a client reading the event.
// The app runs as its own process (node src/main.ts) on an embedded PostgreSQL; this process
// publishes and reads the streams.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { actorFromUser, createAccessToken, createAccount } from '../src/accounts/service.ts';
import { loadConfig } from '../src/config.ts';
import { freePort } from '../src/db/embedded.ts';
import { openDatabase } from '../src/db/open.ts';
import { publish } from '../src/live/publish.ts';
import { systemClock } from '../src/platform/clock.ts';
import type { Deps } from '../src/platform/deps.ts';

const STREAMS = Number(process.argv[2] ?? 1000);
const SECONDS = Number(process.argv[3] ?? 10);
const PER_PERSON = 5;
const root = path.resolve(import.meta.dirname, '..');

const proc = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(f[11]) + Number(f[12]);
  return { rssMb: rssKb / 1024, cpuMs: (ticks * 1000) / 100 };
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'hunar-live-bench-'));
  const config = loadConfig({ DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort(0)), LOG_LEVEL: 'silent' });
  const database = await openDatabase(config, { poolMax: 10 });
  const port = await freePort(0);
  const app = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', NODE_ENV: 'production', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), BASE_URL: `http://127.0.0.1:${port}`, SEED_ON_START: 'false', WEB_CONCURRENCY: '1', DATABASE_URL: database.url, SESSION_SECRET: 'bench-only-secret-bench-only-secret-0123', SECRETS_KEYS: 'k1:aHVuYXItdGVzdC1rZXktbm90LWZvci1yZWFsLXVzZSE=' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const sockets: http.ClientRequest[] = [];
  try {
    for (const deadline = Date.now() + 60_000; !(await fetch(`${base}/readyz`).then((r) => r.ok, () => false)); ) {
      if (Date.now() > deadline) throw new Error('the app did not start');
      await sleep(200);
    }
    const deps = { db: database.db, clock: systemClock } as Deps;
    const people: { id: string; token: string }[] = [];
    for (let i = 0; i < Math.ceil(STREAMS / PER_PERSON); i++) {
      const user = await createAccount(database.db, deps, { email: `live-bench-${i}@example.pk`, password: '', passwordHash: 'not-a-hash', displayName: `Bench ${i}`, isFreelancer: true, isClient: true, locale: 'en', verified: true, onboarded: true });
      const { token } = await createAccessToken(deps, actorFromUser(user, null), { name: 'bench' });
      people.push({ id: user.id, token });
    }
    await sleep(2_000);
    // The process's own idle cost first (the job queue polls), to tell the streams' part apart.
    const quiet = proc(app.pid!);
    await sleep(30_000);
    const before = proc(app.pid!);

    // Open the streams; each counts what it reads and when.
    let received = 0;
    const delays: number[] = [];
    const opened: Promise<void>[] = [];
    for (let s = 0; s < STREAMS; s++) {
      const person = people[Math.floor(s / PER_PERSON)]!;
      opened.push(
        new Promise<void>((resolve, reject) => {
          const req = http.get(`${base}/api/v1/events`, { agent: false, headers: { authorization: `Bearer ${person.token}` } }, (res) => {
            if (res.statusCode !== 200) return reject(new Error(`stream status ${res.statusCode}`));
            let buffer = '';
            let ready = false;
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              buffer += chunk;
              let end = buffer.indexOf('\n\n');
              while (end >= 0) {
                const frame = buffer.slice(0, end);
                buffer = buffer.slice(end + 2);
                if (!ready && frame.startsWith('id:')) {
                  ready = true;
                  resolve();
                }
                const data = frame.match(/^data: (.*)$/m)?.[1];
                if (data) {
                  received += 1;
                  delays.push(Date.now() - (JSON.parse(data) as { at: number }).at);
                }
                end = buffer.indexOf('\n\n');
              }
            });
          });
          req.on('error', reject);
          sockets.push(req);
        }),
      );
      if (s % 100 === 99) await sleep(50);
    }
    await Promise.all(opened);
    await sleep(2_000);
    const open = proc(app.pid!);
    await sleep(30_000);
    const idle = proc(app.pid!);
    console.log(
      JSON.stringify({
        streams: STREAMS,
        people: people.length,
        rss_mb_before: Math.round(before.rssMb),
        rss_mb_open: Math.round(open.rssMb),
        kb_per_stream: Math.round(((open.rssMb - before.rssMb) * 1024) / STREAMS),
        idle_cpu_ms_per_30s_without_streams: Math.round(before.cpuMs - quiet.cpuMs),
        idle_cpu_ms_per_30s_with_streams: Math.round(idle.cpuMs - open.cpuMs),
      }),
    );

    // Throughput: 8 publishers, each a transaction per event, to a random person (5 streams each).
    const cpu0 = proc(app.pid!).cpuMs;
    let published = 0;
    const stopAt = Date.now() + SECONDS * 1000;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (Date.now() < stopAt) {
          const person = people[Math.floor(Math.random() * people.length)]!;
          await database.db.transaction().execute((tx) => publish(deps, tx, [person.id], 'notification', { unread: published, at: Date.now() }));
          published += 1;
        }
      }),
    );
    await sleep(2_000);
    const cpu1 = proc(app.pid!).cpuMs;
    delays.sort((x, y) => x - y);
    const q = (p: number) => delays[Math.min(delays.length - 1, Math.floor(p * delays.length))] ?? null;
    console.log(
      JSON.stringify({
        seconds: SECONDS,
        published_per_s: Math.round(published / SECONDS),
        delivered_per_s: Math.round(received / SECONDS),
        expected_deliveries: published * PER_PERSON,
        delivered: received,
        delay_ms_p50: q(0.5),
        delay_ms_p99: q(0.99),
        delay_ms_max: delays.at(-1) ?? null,
        app_cpu_ms_per_1000_deliveries: received ? Math.round(((cpu1 - cpu0) * 1000) / received) : null,
      }),
    );
  } finally {
    for (const s of sockets) s.destroy();
    app.kill('SIGTERM');
    await new Promise((r) => app.once('exit', r));
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
