// The escrow benchmark of issue 5: money moved into and out of escrow through the HTTP API at the
// run's concurrency, beside pgbench's built-in TPC-B workload on the same PostgreSQL server.
//
// Set-up (not measured): CLIENTS clients with money in their Hunar balance and an access token each,
// FREELANCERS freelancers with a published gig, and orders between them — half waiting for payment,
// half already paid and delivered. The load then alternates, on every connection, between paying an
// order into escrow (POST /api/v1/orders/{id}/pay) and accepting a delivered one (POST …/accept:
// escrow released to the freelancer with Hunar's fee), each with its own Idempotency-Key, as a
// mobile app would send them. escrow_http counts both kinds of request; every one moves money in one
// ledger transaction.
//
// pgbench (Debian's postgresql-client-15, installed by the bench when missing): `pgbench -i -s N` in
// a database of its own on the app's server, N at least the number of connections (at scale 1 every
// client queues on one branch row and the baseline is handicapped: 0.533 against 0.31 at scale 32,
// measured minutes apart), then the tpcb-like script at the same connections for the same time.
// ratio_escrow_to_pgbench = escrow_http req/s ÷ pgbench tps.
import { execFile, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { createAccessToken, createAccount } from '../src/accounts/service.ts';
import type { Database } from '../src/db/schema.ts';
import { requestFingerprint } from '../src/ledger/domain.ts';
import { post } from '../src/ledger/service.ts';
import { systemClock } from '../src/platform/clock.ts';
import type { Deps } from '../src/platform/deps.ts';
import { money } from '../src/platform/money.ts';
import type { BenchContext, Measurement, Suite } from './types.ts';

const CLIENTS = 200;
const FREELANCERS = 200;
/** Orders made ready for each kind of request: more than the load can use at a few thousand a second. */
const ORDERS_PER_KIND = Number(process.env.BENCH_ESCROW_ORDERS ?? 15_000);
const PRICE = 150_000n; // Rs 1,500

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

interface Work {
  kind: 'pay' | 'accept';
  orderId: string;
  token: string;
}

/** Clients, freelancers, tokens and orders, straight into the app's database (the set-up is not measured). */
async function prepare(ctx: BenchContext, db: Kysely<Database>): Promise<{ pay: Work[]; accept: Work[] }> {
  const deps = { db, clock: systemClock } as unknown as Deps;
  const run = randomUUID().slice(0, 8);
  const tokens: { id: string; token: string }[] = [];
  for (let i = 0; i < CLIENTS; i++) {
    const u = await createAccount(db, deps, { email: `escrow-client-${run}-${i}@bench.hunar.local`, password: 'bench only password', displayName: `Client ${i}`, isFreelancer: false, isClient: true, locale: 'en', verified: true, onboarded: true });
    const actor = { userId: u.id, email: u.email, displayName: `Client ${i}`, emailVerified: true, isFreelancer: false, isClient: true, isAdmin: false, locale: 'en' as const, sessionId: null, onboardingDone: true };
    const { token } = await createAccessToken(deps, actor, { name: 'bench' });
    tokens.push({ id: u.id, token });
  }
  const freelancers: string[] = [];
  for (let i = 0; i < FREELANCERS; i++) {
    const u = await createAccount(db, deps, { email: `escrow-freelancer-${run}-${i}@bench.hunar.local`, password: 'bench only password', displayName: `Freelancer ${i}`, isFreelancer: true, isClient: false, locale: 'en', verified: true, onboarded: true });
    freelancers.push(u.id);
  }
  ctx.log(`escrow: ${CLIENTS} clients and ${FREELANCERS} freelancers ready; making ${ORDERS_PER_KIND} orders to pay and ${ORDERS_PER_KIND} to accept`);
  // Every client gets enough for their share of both kinds of order (fee 5% from the freelancer, none from the client).
  const perClient = (BigInt(ORDERS_PER_KIND) * 2n * PRICE) / BigInt(CLIENTS) + PRICE * 4n;
  for (const c of tokens) {
    await db.transaction().execute((tx) =>
      post(tx, deps, {
        kind: 'payment_in',
        key: `bench-escrow-in-${c.id}`,
        fingerprint: requestFingerprint(c.id, 'bench', {}),
        actorId: c.id,
        reason: 'benchmark money in',
        legs: [{ from: { kind: 'payment_clearing', currency: 'PKR' }, to: { kind: 'client_wallet', ownerId: c.id, currency: 'PKR' }, amount: money(perClient, 'PKR') }],
      }),
    );
  }
  // Orders in bulk, as placeGigOrder makes them (kind 'gig' needs a package position; no gig row needed).
  const make = async (n: number, state: 'awaiting_payment' | 'delivered') => {
    const ids = await sql<{ id: string; client_id: string }>`
      INSERT INTO orders (kind, client_id, freelancer_id, package_position, title, currency, price_minor, client_fee_minor, freelancer_fee_minor,
        delivery_days, revisions_included, state, paid_at, delivered_at, auto_accept_at, created_at, updated_at)
      SELECT 'gig', c.id, f.id, 1, 'Benchmark logo', 'PKR', ${String(PRICE)}, 0, ${String(PRICE / 20n)}, 3, 1, ${state},
        CASE WHEN ${state} = 'delivered' THEN now() END, CASE WHEN ${state} = 'delivered' THEN now() END,
        CASE WHEN ${state} = 'delivered' THEN now() + interval '30 days' END, now(), now()
      FROM generate_series(0, ${n - 1}) g
      JOIN LATERAL (SELECT (${sql.raw(`ARRAY[${tokens.map((t) => `'${t.id}'::uuid`).join(',')}]`)})[1 + g % ${CLIENTS}] AS id) c ON true
      JOIN LATERAL (SELECT (${sql.raw(`ARRAY[${freelancers.map((f) => `'${f}'::uuid`).join(',')}]`)})[1 + g % ${FREELANCERS}] AS id) f ON true
      RETURNING id, client_id`.execute(db);
    return ids.rows;
  };
  const toPay = await make(ORDERS_PER_KIND, 'awaiting_payment');
  const toAccept = await make(ORDERS_PER_KIND, 'delivered');
  // The delivered ones were paid: their escrow holds the money, moved by the ledger as a payment would.
  for (let i = 0; i < toAccept.length; i += 500) {
    const slice = toAccept.slice(i, i + 500);
    await db.transaction().execute(async (tx) => {
      for (const o of slice)
        await post(tx, deps, {
          kind: 'escrow_fund',
          key: `bench-escrow-fund-${o.id}`,
          fingerprint: requestFingerprint(o.client_id, 'bench', { o: o.id }),
          actorId: o.client_id,
          reason: 'benchmark set-up',
          legs: [{ from: { kind: 'client_wallet', ownerId: o.client_id, currency: 'PKR' }, to: { kind: 'escrow', refId: o.id, currency: 'PKR' }, amount: money(PRICE, 'PKR') }],
        });
    });
  }
  const tokenOf = new Map(tokens.map((t) => [t.id, t.token]));
  return {
    pay: toPay.map((o) => ({ kind: 'pay', orderId: o.id, token: tokenOf.get(o.client_id)! })),
    accept: toAccept.map((o) => ({ kind: 'accept', orderId: o.id, token: tokenOf.get(o.client_id)! })),
  };
}

/** Alternates pay and accept requests, each order once, each with a fresh Idempotency-Key. */
async function load(ctx: BenchContext, work: { pay: Work[]; accept: Work[] }, seconds: number, record: boolean) {
  let i = 0;
  const next = (): Work | undefined => {
    const w = i % 2 === 0 ? work.pay.pop() : work.accept.pop();
    i++;
    return w ?? work.pay.pop() ?? work.accept.pop();
  };
  let latencies = new Float64Array(1 << 17);
  let n = 0;
  let bad = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: ctx.appUrl,
        connections: ctx.connections,
        duration: seconds,
        timeout: 10,
        requests: [
          {
            method: 'POST',
            setupRequest: (req) => {
              const w = next();
              if (!w) return { ...req, path: '/healthz', method: 'GET' };
              return {
                ...req,
                method: 'POST',
                path: `/api/v1/orders/${w.orderId}/${w.kind}`,
                headers: { authorization: `Bearer ${w.token}`, 'idempotency-key': randomUUID(), 'content-type': 'application/json' },
              };
            },
          },
        ],
      },
      (err, r) => (err ? reject(err) : resolve(r)),
    );
    instance.on('response', (_c, status, _b, ms) => {
      if (status < 200 || status >= 300) {
        bad++;
        return;
      }
      if (!record) return;
      if (n === latencies.length) {
        const bigger = new Float64Array(latencies.length * 2);
        bigger.set(latencies);
        latencies = bigger;
      }
      latencies[n++] = ms;
    });
  });
  return { result, latencies: latencies.subarray(0, n).sort(), bad, exhausted: work.pay.length === 0 && work.accept.length === 0 };
}

function pgbenchBinary(ctx: BenchContext): string {
  if (spawnSync('pgbench', ['--version']).status === 0) return 'pgbench';
  ctx.log('escrow: pgbench is missing; installing Debian’s postgresql-client-15 (apt-get)');
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const r = spawnSync('apt-get', ['install', '-y', '-qq', 'postgresql-client-15'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (r.status !== 0 || spawnSync('pgbench', ['--version']).status !== 0) throw new Error('pgbench is not installed and could not be installed (apt-get install postgresql-client-15)');
  return 'pgbench';
}

function runPgbench(bin: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(bin, args, { env, timeout: timeoutMs, maxBuffer: 16 << 20 }, (err, stdout, stderr) => (err ? reject(new Error(`${bin} ${args.join(' ')}: ${stderr || err.message}`)) : resolve(stdout + stderr)));
  });
}

async function measurePgbench(ctx: BenchContext, databaseUrl: string): Promise<Measurement> {
  const bin = pgbenchBinary(ctx);
  const url = new URL(databaseUrl);
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS hunar_pgbench');
  await admin.query('CREATE DATABASE hunar_pgbench');
  await admin.end();
  const env = { ...process.env, PGHOST: url.hostname, PGPORT: url.port, PGUSER: decodeURIComponent(url.username), PGPASSWORD: decodeURIComponent(url.password), PGDATABASE: 'hunar_pgbench' };
  const scale = Math.max(1, ctx.connections);
  await runPgbench(bin, ['-i', '-s', String(scale), '-q'], env, 300_000);
  const threads = String(Math.min(ctx.connections, 2));
  await runPgbench(bin, ['-c', String(ctx.connections), '-j', threads, '-T', String(Math.max(1, Math.min(5, Math.round(ctx.seconds / 4)))), '-b', 'tpcb-like'], env, 120_000);
  const out = await runPgbench(bin, ['-c', String(ctx.connections), '-j', threads, '-T', String(ctx.seconds), '-b', 'tpcb-like', '-r'], env, (ctx.seconds + 120) * 1000);
  const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(out)?.[1] ?? Number.NaN);
  const latency = Number(/latency average = ([\d.]+) ms/.exec(out)?.[1] ?? Number.NaN);
  const drop = new pg.Client({ connectionString: databaseUrl });
  await drop.connect();
  await drop.query('DROP DATABASE IF EXISTS hunar_pgbench');
  await drop.end();
  return Number.isFinite(tps)
    ? { name: 'pgbench_tpcb', kind: 'pgbench', ok: true, rps: round(tps, 1), latency_avg_ms: latency, scale, connections: ctx.connections }
    : { name: 'pgbench_tpcb', kind: 'pgbench', ok: false, problem: `could not read pgbench's tps: ${out.slice(-300)}` };
}

export function escrowSuite(databaseUrl: () => string): Suite {
  return {
    name: 'escrow',
    async run(ctx) {
      const pool = new pg.Pool({ connectionString: databaseUrl(), max: 4 });
      pool.on('error', () => {});
      const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
      const out: Measurement[] = [];
      try {
        const work = await prepare(ctx, db);
        const warmup = Math.max(1, Math.min(5, Math.round(ctx.seconds / 4)));
        ctx.log(`escrow: warm-up ${warmup} s, then ${ctx.seconds} s of pay/accept at ${ctx.connections} connections`);
        await load(ctx, work, warmup, false);
        const { result, latencies, bad, exhausted } = await load(ctx, work, ctx.seconds, true);
        const problems: string[] = [];
        if (bad > 0) problems.push(`${bad} non-2xx answers`);
        if (result.errors > 0) problems.push(`${result.errors} connection errors`);
        if (exhausted) problems.push('the prepared orders ran out: raise BENCH_ESCROW_ORDERS');
        out.push({
          name: 'escrow_http',
          kind: 'escrow',
          ok: problems.length === 0,
          ...(problems.length ? { problem: problems.join('; ') } : {}),
          rps: round(latencies.length / ctx.seconds, 1),
          p50_ms: round(percentile(latencies, 50), 2),
          p99_ms: round(percentile(latencies, 99), 2),
          requests: latencies.length,
          path: 'POST /api/v1/orders/{id}/pay and /accept, alternating',
        });
        // Whatever the load did, the ledger must still hold.
        const { checkWholeLedger } = await import('../src/ledger/service.ts');
        const failed = (await checkWholeLedger(db)).results.filter((r) => !r.ok);
        if (failed.length) out.push({ name: 'escrow_ledger_check', kind: 'escrow', ok: false, problem: failed.map((f) => `${f.name}: ${f.detail}`).join('; ') });
        out.push(await measurePgbench(ctx, databaseUrl()));
      } finally {
        await db.destroy();
      }
      return out;
    },
  };
}
