// The concurrency soak (issue 5; docs/decisions/0027-soak.md): many workers move money through the
// HTTP API of two real app processes on one database while one of them is killed with SIGKILL and
// restarted, then every ledger invariant is checked, and every balance is compared with what the
// workers' own answers say it must be. `npm run soak` (test/soak/run.ts) runs it for a minute and
// prints the report; test/soak.test.ts runs a shorter one inside `npm test`.
//
// What the workers do (all through /api/v1 with personal access tokens, against either process):
// top-ups through the checkout simulator's signed webhooks (duplicated, out of order, stale,
// mismatched, replayed later), orders placed, paid (Idempotency-Key; sometimes retried, sometimes
// sent to both processes at once, sometimes reused for another request: a 409), delivered, sent
// back for revision, accepted, cancelled by agreement (a refund), disputed, and withdrawals to a
// payout method, paid or failed by an admin or cancelled by the freelancer before they are batched. A request cut off by the kill (or refused while the process is down) is
// "interrupted" and sent again, with the same idempotency key, to whichever process answers.
//
// What is checked at the end (each printed ok/FAIL):
// - the whole-ledger check, in this process (checkWholeLedger) and as `npm run ledger:check`;
// - no idempotency key appears twice in the ledger; every key the workers used has exactly one
//   ledger transaction when its answer was a success and none when it was refused, retried keys
//   included; a reused key with another request was refused (409) every time;
// - each top-up was credited once when a success event was acknowledged, never otherwise;
// - every client wallet = its top-ups − its payments + its refunds, every escrow = what its order
//   holds, every freelancer's pending + available = their completed orders − their withdrawals,
//   Hunar's revenue = the fees of completed orders, all from the workers' answers;
// - no answer was a 5xx, none was outside what each operation may answer, no money operation was
//   left without a definitive answer, and both processes shut down cleanly at the end.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pino from 'pino';
import { createAccessToken, createAccount, hashPassword } from '../../src/accounts/service.ts';
import { loadConfig } from '../../src/config.ts';
import { freePort, startEmbeddedPostgres } from '../../src/db/embedded.ts';
import { createDb, type DB } from '../../src/db/pool.ts';
import { checkWholeLedger } from '../../src/ledger/service.ts';
import { sweepOrders } from '../../src/orders/service.ts';
import type { Actor } from '../../src/platform/actor.ts';
import { systemClock } from '../../src/platform/clock.ts';
import type { Deps } from '../../src/platform/deps.ts';
import { startJobs } from '../../src/platform/jobs.ts';
import type { Currency } from '../../src/platform/money.ts';
import { signWebhook, SIGNATURE_HEADER } from '../../src/payments/domain.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WEBHOOK_SECRET = 'soak-simulator-secret-0123456789';
const WEBHOOK_PATH = '/api/v1/payments/webhooks/simulator';
const WITHDRAWAL_MINIMUM: Record<Currency, bigint> = { PKR: 100_000n, USD: 1_000n };

export interface SoakOptions {
  /** How long the workers run. */
  seconds: number;
  workers: number;
  freelancers?: number;
  clients?: number;
  /** An existing, empty (or migrated) database; otherwise an embedded PostgreSQL in a temp dir. */
  databaseUrl?: string;
  /** When to kill the second process, as a fraction of `seconds` (0.4). */
  killAt?: number;
  seed?: number;
  log?: (line: string) => void;
  /** Stops the workers early (Ctrl-C); the checks and the clean-up still run. */
  signal?: AbortSignal;
}

export interface Invariant {
  name: string;
  ok: boolean;
  detail: string;
}

export interface OpCount {
  calls: number;
  ok: number;
  conflict: number;
  refused: number;
}

export interface SoakReport {
  ok: boolean;
  seed: number;
  workers: number;
  seconds: number;
  durationMs: number;
  requests: number;
  ops: Record<string, OpCount>;
  conflicts: number;
  retries: number;
  /** Pairs of requests for the same order or balance sent at once with different keys. */
  races: number;
  interrupted: Record<string, number>;
  money: Record<Currency, Record<string, bigint>>;
  kill: { killedAfterMs: number; downMs: number; servedAfterRestart: number } | null;
  invariants: Invariant[];
  /** Problems seen while running: 5xx answers, unexpected answers, broken replays (also in invariants). */
  problems: string[];
}

// --- Small helpers ------------------------------------------------------------------------------

/** A seeded generator (mulberry32), so the mix of operations can be replayed by its seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T | undefined => (xs.length ? xs[Math.floor(next() * xs.length)] : undefined),
    chance: (p: number) => next() < p,
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const big = (s: unknown) => BigInt(String(s));
const fmtMinor = (n: bigint, c: Currency) => {
  const neg = n < 0n;
  const a = neg ? -n : n;
  return `${neg ? '-' : ''}${c === 'PKR' ? 'Rs ' : '$'}${(a / 100n).toLocaleString('en-US')}.${String(a % 100n).padStart(2, '0')}`;
};

// --- App processes -------------------------------------------------------------------------------

class AppProcess {
  child: ChildProcess | null = null;
  exited: Promise<number | null> = Promise.resolve(null);
  private out = '';
  readonly url: string;
  constructor(
    readonly name: string,
    readonly port: number,
    private env: Record<string, string>,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  /** The last lines the process wrote (for failures). */
  tail(): string {
    return this.out.slice(-4000);
  }

  /** What the process logged about one request (its error and stack, for a 5xx), if still kept. */
  logOf(requestId: string): string {
    return this.out
      .split('\n')
      .filter((line) => line.includes(requestId))
      .join('\n')
      .slice(0, 3000);
  }

  /** Node itself runs the app (tsx as an import hook), so a signal reaches the app, not a wrapper. */
  async start(timeoutMs = 120_000): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: { ...this.env, PORT: String(this.port), BASE_URL: this.url },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: a Ctrl-C in the terminal reaches the soak, which stops it in order.
      detached: true,
    });
    this.child = child;
    const keep = (d: Buffer) => {
      this.out = (this.out + d.toString()).slice(-20_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const ok = await fetch(`${this.url}/readyz`, { signal: AbortSignal.timeout(5000) })
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) return;
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${this.name} exited while starting:\n${this.tail()}`);
      if (Date.now() > deadline) throw new Error(`${this.name} was not ready after ${timeoutMs} ms:\n${this.tail()}`);
      await sleep(200);
    }
  }

  alive(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  async kill(): Promise<void> {
    if (!this.alive()) return;
    this.child?.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM and wait: answers whether it exited with 0 in time. */
  async stop(timeoutMs = 30_000): Promise<boolean> {
    if (!this.alive()) return false;
    this.child?.kill('SIGTERM');
    const code = await Promise.race([this.exited, sleep(timeoutMs).then(() => 'timeout' as const)]);
    if (code === 'timeout') {
      await this.kill();
      return false;
    }
    return code === 0;
  }
}

// --- The model: what the workers were told --------------------------------------------------------

interface Person {
  id: string;
  email: string;
  token: string;
}
interface Client extends Person {
  currency: Currency;
}
interface Gig {
  id: string;
  slug: string;
  currency: Currency;
  freelancer: Freelancer;
}
interface Freelancer extends Person {
  gigs: Gig[];
  methods: { id: string; channel: string; currencies: Currency[] }[];
}
interface Order {
  id: string;
  client: Client;
  freelancer: Freelancer;
  currency: Currency;
  clientPays: bigint;
  freelancerReceives: bigint;
  hunarKeeps: bigint;
  /** The last state an answer showed (a hint for choosing actions; answers may arrive out of order). */
  state: string;
  cancelRequestedBy: string | null;
  /** The key whose payment succeeded; the key whose acceptance succeeded. */
  paidKey: string | null;
  acceptedKey: string | null;
}
interface TopUp {
  id: string;
  client: Client;
  amount: bigint;
  currency: Currency;
  /** A success event for it was acknowledged: it must be credited exactly once. */
  credited: boolean;
}
interface SentEvent {
  body: string;
  topUp: TopUp;
}
interface KeyUse {
  /** The key as the ledger stores it. */
  ledgerKey: string;
  op: string;
  outcome: 'applied' | 'refused';
  uses: number;
}

type Answer = { status: number; body: any; headers: Headers; via: number };

class Interrupted extends Error {}

// --- The soak -----------------------------------------------------------------------------------

export async function runSoak(opts: SoakOptions): Promise<SoakReport> {
  const log = opts.log ?? (() => {});
  const seed = opts.seed ?? (Date.now() % 1_000_000_007);
  const rnd = prng(seed);
  const nFreelancers = opts.freelancers ?? 8;
  const nClients = opts.clients ?? 24;
  const cleanups: (() => Promise<unknown>)[] = [];
  const problems: string[] = [];
  const invariants: Invariant[] = [];
  const check = (name: string, ok: boolean, detail: string) => invariants.push({ name, ok, detail });
  const ops: Record<string, OpCount> = {};
  const op = (kind: string) => (ops[kind] ??= { calls: 0, ok: 0, conflict: 0, refused: 0 });
  const interrupted: Record<string, number> = {};
  let requests = 0;
  let conflicts = 0;
  let retries = 0;
  let servedAfterRestart = 0;
  let restartedAt = Number.POSITIVE_INFINITY;
  let inDoubt = 0;
  const serverErrors: string[] = [];
  const unexpected: string[] = [];
  const brokenReplays: string[] = [];
  let procs: AppProcess[] = [];
  let db: DB | null = null;

  try {
    // 1. The database: the one given, or an embedded PostgreSQL 15 of our own.
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'hunar-soak-'));
    cleanups.push(() => rm(tmp, { recursive: true, force: true }));
    let databaseUrl = opts.databaseUrl;
    if (!databaseUrl) {
      const server = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'db'), preferredPort: 0 });
      cleanups.unshift(() => server.stop());
      databaseUrl = server.url;
      log(`soak: embedded PostgreSQL at ${databaseUrl.replace(/:[^:@/]+@/, ':***@')}`);
    }

    // 2. Two app processes on it (the first migrates; the second finds nothing to do).
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? os.homedir(),
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      DATA_DIR: path.join(tmp, 'app'),
      SEED_ON_START: 'false',
      FUNDS_HOLD_DAYS: '0',
      PAYMENT_SIMULATOR: 'true',
      PAYMENT_SIMULATOR_SECRET: WEBHOOK_SECRET,
    };
    procs = [new AppProcess('A', await freePort(0), env), new AppProcess('B', await freePort(0), env)];
    cleanups.unshift(async () => {
      for (const p of procs) await p.kill();
    });
    await procs[0]!.start();
    await procs[1]!.start();
    log(`soak: app processes A ${procs[0]!.url} and B ${procs[1]!.url}`);

    db = createDb(databaseUrl, { max: 6, onError: () => {} });
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl, FUNDS_HOLD_DAYS: '0', LOG_LEVEL: 'silent' });
    // What sweepOrders and the account helpers use. The sweep tells people (a delivery about to be
    // accepted, earnings available), which queues their mail on the real queue; the app processes
    // deliver it.
    const jobs = await startJobs(databaseUrl, () => {});
    cleanups.unshift(() => jobs.stop());
    const deps = { config, db, clock: systemClock, log: pino({ level: 'silent' }), jobs } as unknown as Deps;

    // --- HTTP, tolerant of a process that is gone -------------------------------------------
    let hardDeadline = Number.POSITIVE_INFINITY;
    const http = async (method: string, pathName: string, o: { token?: string; json?: unknown; key?: string; raw?: () => { body: string; headers: Record<string, string> }; via?: number } = {}): Promise<Answer> => {
      let via = o.via ?? rnd.int(0, 1);
      for (let attempt = 0; ; attempt++) {
        const headers: Record<string, string> = {};
        if (o.token) headers.authorization = `Bearer ${o.token}`;
        if (o.key) headers['idempotency-key'] = o.key;
        let body: string | undefined;
        if (o.raw) {
          const r = o.raw();
          body = r.body;
          Object.assign(headers, r.headers);
        } else if (o.json !== undefined) {
          body = JSON.stringify(o.json);
          headers['content-type'] = 'application/json';
        }
        const proc = procs[via]!;
        try {
          requests++;
          const res = await fetch(`${proc.url}${pathName}`, { method, headers, body, signal: AbortSignal.timeout(30_000) });
          const text = await res.text();
          if (via === 1 && Date.now() > restartedAt) servedAfterRestart++;
          let parsed: any = null;
          try {
            parsed = text ? JSON.parse(text) : null;
          } catch {
            parsed = { text: text.slice(0, 300) };
          }
          if (res.status >= 500) {
            const logged = typeof parsed?.request_id === 'string' ? proc.logOf(parsed.request_id) : '';
            serverErrors.push(`${method} ${pathName} on ${proc.name}: ${res.status} ${text.slice(0, 300)}${logged ? `\n${logged}` : ''}`);
          }
          return { status: res.status, body: parsed, headers: res.headers, via };
        } catch (e) {
          const err = e as { name?: string; cause?: { code?: string } };
          const code = err.cause?.code ?? '';
          const why = err.name === 'TimeoutError' ? 'timed out' : code === 'ECONNREFUSED' ? 'refused while down' : code === 'UND_ERR_SOCKET' || code === 'ECONNRESET' ? 'cut off in flight' : code || 'connection lost';
          interrupted[why] = (interrupted[why] ?? 0) + 1;
          if (Date.now() > hardDeadline) throw new Interrupted(`${method} ${pathName}: no answer before the hard deadline (${why})`);
          // Try the other process; back off a little while one of them is down.
          via = 1 - via;
          await sleep(Math.min(50 * (attempt + 1), 1000));
        }
      }
    };

    /** Sorts an answer: success, an allowed refusal (409 conflict or other 4xx), or a problem. */
    const judge = (kind: string, a: Answer, allowed: string[]): 'ok' | 'conflict' | 'refused' | 'bad' => {
      const c = op(kind);
      if (a.status >= 200 && a.status < 300) {
        c.ok++;
        return 'ok';
      }
      const code = String(a.body?.code ?? '');
      if (a.status === 409) conflicts++;
      if (a.status < 500 && allowed.includes(code)) {
        if (a.status === 409) c.conflict++;
        else c.refused++;
        return a.status === 409 ? 'conflict' : 'refused';
      }
      if (a.status < 500) unexpected.push(`${kind}: ${a.status} ${code || JSON.stringify(a.body).slice(0, 200)}`);
      return 'bad';
    };

    // --- Seeding: people through the services, everything else through the API ---------------
    const passwordHash = await hashPassword('soak password 1');
    const actorOf = (u: { id: string; email: string }, freelancer: boolean): Actor => ({
      userId: u.id,
      email: u.email,
      displayName: 'Soak',
      emailVerified: true,
      isFreelancer: freelancer,
      isClient: !freelancer,
      isAdmin: false,
      locale: 'en',
      sessionId: null,
      onboardingDone: true,
    });
    const run = `${seed.toString(36)}${Date.now().toString(36)}`;
    const person = async (role: 'freelancer' | 'client' | 'admin', i: number): Promise<Person> => {
      const email = `soak-${role}-${i}-${run}@example.pk`;
      const u = await createAccount(db!, deps, { email, password: '', passwordHash, displayName: `Soak ${role} ${i}`, isFreelancer: role === 'freelancer', isClient: role === 'client', isAdmin: role === 'admin', locale: 'en', verified: true, onboarded: true });
      const { token } = await createAccessToken(deps, actorOf({ id: u.id, email }, role === 'freelancer'), { name: 'soak' });
      return { id: u.id, email, token };
    };
    const admin = await person('admin', 0);
    const freelancers: Freelancer[] = [];
    for (let i = 0; i < nFreelancers; i++) freelancers.push({ ...(await person('freelancer', i)), gigs: [], methods: [] });
    const clients: Client[] = [];
    for (let i = 0; i < nClients; i++) clients.push({ ...(await person('client', i)), currency: i % 4 === 3 ? 'USD' : 'PKR' });

    // Account titles are letters only, as banks hold them.
    const titleOf = (i: number) => `Soak Freelancer ${String.fromCharCode(65 + (i % 26))}${'a'.repeat(1 + Math.floor(i / 26))}`;
    const mustOk = (what: string, a: Answer) => {
      if (a.status < 200 || a.status > 299) throw new Error(`seeding: ${what} answered ${a.status} ${JSON.stringify(a.body).slice(0, 300)}`);
      return a.body;
    };
    await Promise.all(
      freelancers.map(async (f, i) => {
        for (const currency of ['PKR', 'USD'] as const) {
          const prices = currency === 'PKR' ? ['150000', '400000'] : ['1500', '4000'];
          const gig = mustOk(
            'create gig',
            await http('POST', '/api/v1/gigs', {
              token: f.token,
              json: {
                title: `Soak gig ${i} in ${currency}`,
                description: 'A gig made by the concurrency soak.',
                category_slug: 'design',
                skills: ['logo-design'],
                packages: [
                  { name: 'Basic', price: { amount: prices[0], currency }, delivery_days: 3, revisions: 1 },
                  { name: 'Standard', price: { amount: prices[1], currency }, delivery_days: 5, revisions: -1 },
                ],
              },
            }),
          );
          mustOk('publish gig', await http('POST', `/api/v1/gigs/${gig.id}/publish`, { token: f.token }));
          f.gigs.push({ id: gig.id, slug: gig.slug, currency, freelancer: f });
        }
        const payoneer = mustOk('add payout method', await http('POST', '/api/v1/me/payout-methods', { token: f.token, json: { channel: 'payoneer', account_title: titleOf(i), email: `payouts-${i}-${run}@example.pk` } }));
        f.methods.push({ id: payoneer.id, channel: 'payoneer', currencies: ['PKR', 'USD'] });
        const jazz = mustOk('add payout method', await http('POST', '/api/v1/me/payout-methods', { token: f.token, json: { channel: 'jazzcash', account_title: titleOf(i), mobile: `0300${String(1_000_000 + i).slice(-7)}` } }));
        f.methods.push({ id: jazz.id, channel: 'jazzcash', currencies: ['PKR'] });
      }),
    );
    log(`soak: ${freelancers.length} freelancers with ${freelancers.length * 2} published gigs and 2 payout methods each, ${clients.length} clients`);

    // --- The model ------------------------------------------------------------------------------
    const orders: Order[] = [];
    const topUps: TopUp[] = [];
    const sentEvents: SentEvent[] = [];
    const keyUses = new Map<string, KeyUse>();
    const appliedPayKeys: { key: string; order: Order }[] = [];
    const appliedWithdrawKeys: { key: string; f: Freelancer; method: string; amount: bigint; currency: Currency }[] = [];
    /** Withdrawals the workers were told about, and what an admin's answer made of them. */
    const withdrawals = new Map<string, { id: string; f: Freelancer; amount: bigint; net: bigint; currency: Currency; batched: boolean; settled: 'paid' | 'failed' | 'cancelled' | null }>();
    const conflictProbes = { sent: 0, refused: 0 };
    const needsMoney = new Set<Client>();

    const useKey = (ledgerKey: string, kind: string, outcome: 'applied' | 'refused') => {
      const prev = keyUses.get(ledgerKey);
      if (prev && prev.outcome === 'applied' && outcome === 'refused') brokenReplays.push(`${kind} key ${ledgerKey}: applied once, then refused on a retry with the same request`);
      keyUses.set(ledgerKey, { ledgerKey, op: kind, outcome: prev?.outcome === 'applied' ? 'applied' : outcome, uses: (prev?.uses ?? 0) + 1 });
    };
    const seeOrder = (o: Order, body: any) => {
      if (body?.state) o.state = body.state;
      if (body && 'cancel_requested_by' in body) o.cancelRequestedBy = body.cancel_requested_by;
    };

    /** Sends a request once, or several times with the same key: in sequence (a retry) or to both processes at once. */
    const withKey = async (kind: string, send: (via?: number) => Promise<Answer>): Promise<{ answers: Answer[]; parallel: boolean }> => {
      const mode = rnd.next();
      if (mode < 0.15) {
        retries++;
        return { answers: await Promise.all([send(0), send(1)]), parallel: true };
      }
      const first = await send();
      if (mode < 0.45) {
        retries++;
        return { answers: [first, await send()], parallel: false };
      }
      return { answers: [first], parallel: false };
    };
    /**
     * Answers to one key must agree: once it succeeded, the same request answers the same success.
     * Only a refusal that changed nothing may come before the success (not enough balance, then the
     * money arrived; a delivery accepted while a revision was open, then delivered again); with both
     * sent at once their order is unknown, so such a refusal may stand beside it.
     */
    const sameAnswers = (kind: string, sent: { answers: Answer[]; parallel: boolean }, id: (b: any) => string, mayPrecede: string[] = []) => {
      const { answers } = sent;
      const isOk = (a: Answer) => a.status >= 200 && a.status < 300;
      const oks = answers.filter(isOk);
      if (oks.length > 1 && new Set(oks.map((a) => id(a.body))).size > 1) brokenReplays.push(`${kind}: one key answered ${oks.map((a) => id(a.body)).join(' and ')}`);
      if (!oks.length) return;
      const firstOk = answers.findIndex(isOk);
      answers.forEach((a, i) => {
        if (isOk(a) || a.status >= 500) return;
        const before = sent.parallel || i < firstOk;
        const order = sent.parallel ? 'sent at once' : answers.map((x) => (isOk(x) ? x.status : `${x.status} ${x.body?.code ?? ''}`)).join(', then ');
        if (!(before && mayPrecede.includes(String(a.body?.code)))) brokenReplays.push(`${kind}: one key answered ${a.status} ${a.body?.code ?? ''} beside its success ${id(oks[0]!.body)} (${order})`);
      });
    };

    // --- Money in: top-ups through the simulator's signed webhooks ----------------------------
    const deliver = async (kind: string, body: string, o: { stale?: boolean; via?: number } = {}) =>
      http('POST', WEBHOOK_PATH, {
        via: o.via,
        raw: () => ({ body, headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signWebhook(WEBHOOK_SECRET, body, Math.floor(Date.now() / 1000) - (o.stale ? 900 : 0)) } }),
      }).then((a) => {
        op(kind).calls++;
        return a;
      });

    const fund = async (client: Client, amount?: bigint) => {
      const kind = 'top_up';
      op(kind).calls++;
      const amt = amount ?? (client.currency === 'PKR' ? BigInt(rnd.int(5, 30)) * 100_000n : BigInt(rnd.int(5, 30)) * 1_000n);
      const key = randomUUID();
      const start = () => http('POST', '/api/v1/payments/top-ups', { token: client.token, key, json: { amount: { amount: String(amt), currency: client.currency }, method: 'simulator' } });
      const first = await start();
      if (judge(kind, first, []) !== 'ok') return;
      const t: TopUp = { id: first.body.id, client, amount: amt, currency: client.currency, credited: false };
      topUps.push(t);
      if (rnd.chance(0.2)) {
        // The same start again (a double tap) is the same top-up; another amount with that key is a 409.
        retries++;
        const again = await start();
        if (again.body?.id !== t.id) brokenReplays.push(`top-up start key ${key}: answered ${t.id} then ${again.body?.id}`);
        conflictProbes.sent++;
        const other = await http('POST', '/api/v1/payments/top-ups', { token: client.token, key, json: { amount: { amount: String(amt + 100n), currency: client.currency }, method: 'simulator' } });
        if (other.status === 409 && other.body?.code === 'idempotency.conflict') conflictProbes.refused++;
        else brokenReplays.push(`top-up start key ${key} reused for another amount answered ${other.status} ${other.body?.code ?? ''}`);
        conflicts += other.status === 409 ? 1 : 0;
      }
      // An event as a provider sends it: its own id, the top-up, its reference and the amount paid.
      const ev = async (type: string, o: { amount?: bigint } = {}) =>
        JSON.stringify({
          id: `evt_soak${randomUUID().replace(/-/g, '')}`,
          type: `payment.${type}`,
          created: Math.floor(Date.now() / 1000),
          data: { top_up: t.id, reference: String(first.body.reference), amount: { amount: String(o.amount ?? t.amount), currency: t.currency } },
        });
      const ack = async (body: string, o: { stale?: boolean; via?: number } = {}) => {
        const a = await deliver('webhook', body, o);
        const parsed = JSON.parse(body) as { type: string; data: { amount: { amount: string } } };
        if (a.status === 200) {
          op('webhook').ok++;
          sentEvents.push({ body, topUp: t });
          if (parsed.type === 'payment.succeeded' && big(parsed.data.amount.amount) === t.amount) t.credited = true;
        } else if (o.stale && a.status === 400 && a.body?.code === 'payment.webhook_stale') op('webhook').refused++;
        else if (a.status < 500) unexpected.push(`webhook: ${a.status} ${a.body?.code ?? ''}`);
        return a;
      };
      const scenario = rnd.pick(['plain', 'plain', 'both_at_once', 'late_pending', 'fail_then_succeed', 'succeed_then_fail', 'two_successes', 'mismatch_first', 'stale_first', 'never'] as const)!;
      switch (scenario) {
        case 'plain':
          await ack(await ev('succeeded'));
          break;
        case 'both_at_once': {
          const body = await ev('succeeded');
          await Promise.all([ack(body, { via: 0 }), ack(body, { via: 1 })]);
          break;
        }
        case 'late_pending': {
          const pending = await ev('pending');
          await ack(await ev('succeeded'));
          await ack(pending);
          break;
        }
        case 'fail_then_succeed':
          await ack(await ev('failed'));
          await ack(await ev('succeeded'));
          break;
        case 'succeed_then_fail':
          await ack(await ev('succeeded'));
          await ack(await ev('failed'));
          break;
        case 'two_successes':
          await Promise.all([ack(await ev('succeeded')), ack(await ev('succeeded'))]);
          break;
        case 'mismatch_first':
          await ack(await ev('succeeded', { amount: t.amount + 1n }));
          await ack(await ev('succeeded'));
          break;
        case 'stale_first': {
          const body = await ev('succeeded');
          await ack(body, { stale: true });
          await ack(body);
          break;
        }
        case 'never':
          await ack(await ev('failed'));
          break;
      }
      if (t.credited) needsMoney.delete(client);
    };

    const replayWebhook = async () => {
      const e = rnd.pick(sentEvents);
      if (!e) return;
      const a = await deliver('webhook_replay', e.body);
      if (a.status === 200 && a.body?.outcome === 'duplicate') op('webhook_replay').ok++;
      else if (a.status < 500) brokenReplays.push(`webhook replay of ${JSON.parse(e.body).id}: ${a.status} ${a.body?.outcome ?? a.body?.code ?? ''}`);
    };

    // --- Orders -----------------------------------------------------------------------------------
    const ordersIn = (...states: string[]) => orders.filter((o) => states.includes(o.state));

    const placeOrder = async () => {
      const client = rnd.pick(clients)!;
      const gig = rnd.pick(freelancers.flatMap((f) => f.gigs).filter((g) => g.currency === client.currency))!;
      const kind = 'place_order';
      op(kind).calls++;
      const a = await http('POST', '/api/v1/orders', { token: client.token, json: { gig: gig.slug, package: rnd.int(1, 2) } });
      if (judge(kind, a, []) !== 'ok') return;
      const b = a.body;
      orders.push({
        id: b.id,
        client,
        freelancer: gig.freelancer,
        currency: gig.currency,
        clientPays: big(b.amounts.client_pays.amount),
        freelancerReceives: big(b.amounts.freelancer_receives.amount),
        hunarKeeps: big(b.amounts.hunar_keeps.amount),
        state: b.state,
        cancelRequestedBy: null,
        paidKey: null,
        acceptedKey: null,
      });
    };

    // Sometimes two requests for the same thing race with different keys (two tabs, two devices):
    // at most one may move money, whichever process each reaches.
    let races = 0;
    const maybeRace = async <T>(target: T, run: (t: T) => Promise<void>) => {
      if (rnd.chance(0.1)) {
        races++;
        await Promise.all([run(target), run(target)]);
      } else await run(target);
    };
    const pay = async () => {
      const o = rnd.pick(ordersIn('awaiting_payment'));
      if (!o) return placeOrder();
      await maybeRace(o, payOrder);
    };
    const payOrder = async (o: Order) => {
      const kind = 'pay';
      const key = randomUUID();
      const sent = await withKey(kind, (via) => {
        op(kind).calls++;
        return http('POST', `/api/v1/orders/${o.id}/pay`, { token: o.client.token, key, via });
      });
      sameAnswers(kind, sent, (b) => `${b.id}/${b.state}`, ['ledger.insufficient_funds']);
      const { answers } = sent;
      let applied = false;
      for (const a of answers) {
        const v = judge(kind, a, ['order.invalid_transition', 'ledger.insufficient_funds']);
        if (v === 'ok') applied = true;
        if (a.body?.code === 'ledger.insufficient_funds') needsMoney.add(o.client);
      }
      useKey(key, kind, applied ? 'applied' : 'refused');
      if (applied) {
        if (o.paidKey && o.paidKey !== key) brokenReplays.push(`order ${o.id} paid twice: keys ${o.paidKey} and ${key}`);
        o.paidKey = key;
        if (o.state === 'awaiting_payment') o.state = 'in_progress';
        appliedPayKeys.push({ key, order: o });
      }
    };

    const accept = async () => {
      const o = rnd.pick(ordersIn('delivered'));
      if (o) await maybeRace(o, acceptOrder);
    };
    const acceptOrder = async (o: Order) => {
      const kind = 'accept';
      const key = randomUUID();
      const sent = await withKey(kind, (via) => {
        op(kind).calls++;
        return http('POST', `/api/v1/orders/${o.id}/accept`, { token: o.client.token, key, via });
      });
      sameAnswers(kind, sent, (b) => `${b.id}/${b.state}`, ['order.invalid_transition']);
      const { answers } = sent;
      let applied = false;
      for (const a of answers) if (judge(kind, a, ['order.invalid_transition']) === 'ok') applied = true;
      useKey(key, kind, applied ? 'applied' : 'refused');
      if (applied) {
        if (o.acceptedKey && o.acceptedKey !== key) brokenReplays.push(`order ${o.id} accepted twice: keys ${o.acceptedKey} and ${key}`);
        o.acceptedKey = key;
        o.state = 'completed';
      }
    };

    const step = async (kind: string, action: string, states: string[], side: 'client' | 'freelancer' | 'either', allowed: string[]) => {
      const o = rnd.pick(ordersIn(...states));
      if (!o) return;
      // Before payment only the client may cancel; after it, whoever did not ask yet agrees.
      const who = side === 'either' ? (o.state === 'awaiting_payment' ? 'client' : o.cancelRequestedBy === 'client' ? 'freelancer' : o.cancelRequestedBy === 'freelancer' ? 'client' : rnd.chance(0.5) ? 'client' : 'freelancer') : side;
      const token = who === 'client' ? o.client.token : o.freelancer.token;
      op(kind).calls++;
      const message = action === 'cancel' ? { message: 'Cancelled by the soak' } : { message: `Soak ${action} ${randomUUID().slice(0, 8)}` };
      const a = await http('POST', `/api/v1/orders/${o.id}/${action}`, { token, json: message });
      if (judge(kind, a, allowed) === 'ok') seeOrder(o, a.body);
    };

    const readSomething = async () => {
      const kind = 'read';
      op(kind).calls++;
      const o = rnd.pick(orders);
      if (o && rnd.chance(0.6)) {
        const a = await http('GET', `/api/v1/orders/${o.id}`, { token: rnd.chance(0.5) ? o.client.token : o.freelancer.token });
        if (judge(kind, a, []) === 'ok') seeOrder(o, a.body);
      } else {
        const who = rnd.chance(0.5) ? rnd.pick(clients)! : rnd.pick(freelancers)!;
        judge(kind, await http('GET', '/api/v1/me/wallet', { token: who.token }), []);
      }
    };

    // --- Money out: withdrawals ---------------------------------------------------------------
    const withdraw = () => maybeRace(rnd.pick(freelancers)!, withdrawFrom);
    const withdrawFrom = async (f: Freelancer) => {
      op('read').calls++;
      const wallet = await http('GET', '/api/v1/me/wallet', { token: f.token });
      if (judge('read', wallet, []) !== 'ok') return;
      const avail = (wallet.body.balances as { account: string; balance: { amount: string; currency: Currency } }[]).filter((b) => b.account === 'freelancer_available' && big(b.balance.amount) >= WITHDRAWAL_MINIMUM[b.balance.currency]);
      const bal = rnd.pick(avail);
      if (!bal) return;
      const currency = bal.balance.currency;
      const have = big(bal.balance.amount);
      const method = rnd.pick(f.methods.filter((m) => m.currencies.includes(currency)))!;
      // Mostly what is there or part of it; sometimes a little more than there is (refused, nothing moves).
      const amount = rnd.chance(0.1) ? have + 1n : rnd.chance(0.4) ? have : WITHDRAWAL_MINIMUM[currency] + ((have - WITHDRAWAL_MINIMUM[currency]) * BigInt(rnd.int(0, 100))) / 100n;
      const kind = 'withdraw';
      const key = randomUUID();
      const sent = await withKey(kind, (via) => {
        op(kind).calls++;
        return http('POST', '/api/v1/me/withdrawals', { token: f.token, key, via, json: { method_id: method.id, amount: { amount: String(amount), currency } } });
      });
      // Too much is refused by the payouts service, saying what is available and on hold (issue 16), or by the ledger in a race.
      const tooMuch = ['ledger.insufficient_funds', 'payout.insufficient', 'payout.nothing_available', 'payout.insufficient_on_hold', 'payout.insufficient_beyond_hold'];
      sameAnswers(kind, sent, (b) => String(b.id), tooMuch);
      const { answers } = sent;
      let applied = false;
      for (const a of answers) if (judge(kind, a, tooMuch) === 'ok') applied = true;
      useKey(`payout:${f.id}:${key}`, kind, applied ? 'applied' : 'refused');
      if (applied) {
        const w = answers.find((a) => a.status === 201)!.body;
        withdrawals.set(String(w.id), { id: String(w.id), f, amount, net: big(w.net.amount), currency, batched: false, settled: null });
        appliedWithdrawKeys.push({ key, f, method: method.id, amount, currency });
      }
    };

    // --- Money out: an admin batches a channel's withdrawals and marks each paid or failed ---------
    const batch = async () => {
      const kind = 'payout_batch';
      op(kind).calls++;
      const channel = rnd.pick(['payoneer', 'jazzcash'])!;
      const a = await http('POST', '/api/v1/admin/payout-batches', { token: admin.token, json: { channel } });
      if (judge(kind, a, ['payout.nothing_to_batch']) !== 'ok') return;
      op('read').calls++;
      const detail = await http('GET', `/api/v1/admin/payout-batches/${a.body.id}`, { token: admin.token });
      if (judge('read', detail, []) !== 'ok') return;
      for (const w of detail.body.withdrawals as { id: string }[]) {
        const known = withdrawals.get(w.id);
        if (known) known.batched = true;
      }
    };
    const settle = async () => {
      const w = rnd.pick([...withdrawals.values()].filter((x) => x.batched && !x.settled));
      if (!w) return;
      const kind = 'payout_settle';
      const verdict = rnd.chance(0.8) ? 'paid' : 'failed';
      const send = (v: 'paid' | 'failed', via?: number) => {
        op(kind).calls++;
        return http('POST', `/api/v1/admin/withdrawals/${w.id}/${v}`, { token: admin.token, via, json: v === 'paid' ? { reference: `SOAK-${w.id.slice(0, 8)}` } : { reason: 'The soak says the account was closed' } });
      };
      // The same verdict twice (a double click) is the same answer; the other verdict after it is a 409.
      const sent = await withKey(kind, (via) => send(verdict, via));
      sameAnswers(kind, sent, (b) => `${b.id}/${b.status}`);
      const { answers } = sent;
      let applied = false;
      for (const a of answers) if (judge(kind, a, ['payout.status_conflict']) === 'ok') applied = true;
      if (applied) {
        if (w.settled && w.settled !== verdict) brokenReplays.push(`withdrawal ${w.id} settled ${w.settled} and ${verdict}`);
        w.settled = verdict;
        if (rnd.chance(0.2)) {
          conflictProbes.sent++;
          const other = await send(verdict === 'paid' ? 'failed' : 'paid');
          if (other.status === 409 && other.body?.code === 'payout.status_conflict') {
            conflictProbes.refused++;
            judge(kind, other, ['payout.status_conflict']);
          } else brokenReplays.push(`withdrawal ${w.id} ${verdict}, then the other verdict answered ${other.status} ${other.body?.code ?? other.body?.status ?? ''}`);
        }
      }
    };

    // --- Money out: the freelancer cancels a withdrawal (allowed until it is batched) ------------------
    const cancelWithdrawal = async () => {
      const w = rnd.pick([...withdrawals.values()].filter((x) => !x.settled && (!x.batched || rnd.chance(0.2))));
      if (!w) return;
      const kind = 'withdrawal_cancel';
      // A double click, or both processes at once: the same answer, and the money back once.
      const sent = await withKey(kind, (via) => {
        op(kind).calls++;
        return http('POST', `/api/v1/me/withdrawals/${w.id}/cancel`, { token: w.f.token, via });
      });
      sameAnswers(kind, sent, (b) => `${b.id}/${b.status}`);
      let cancelled = false;
      for (const a of sent.answers) if (judge(kind, a, ['payout.cannot_cancel']) === 'ok') cancelled = true;
      if (cancelled) {
        if (w.settled && w.settled !== 'cancelled') brokenReplays.push(`withdrawal ${w.id} settled ${w.settled} and cancelled`);
        if (w.batched) brokenReplays.push(`withdrawal ${w.id} was in a batch and was still cancelled`);
        w.settled = 'cancelled';
      }
    };

    // --- A key used again for another request: always a 409, never a second movement --------------
    const reuseKey = async () => {
      const kind = 'key_reuse';
      if (rnd.chance(0.5) && appliedPayKeys.length) {
        const { key, order } = rnd.pick(appliedPayKeys)!;
        const other = rnd.pick(orders.filter((o) => o.client === order.client && o !== order && o.state === 'awaiting_payment')) ?? rnd.pick(orders.filter((o) => o.client === order.client && o !== order));
        if (!other) return;
        op(kind).calls++;
        conflictProbes.sent++;
        const a = await http('POST', `/api/v1/orders/${other.id}/pay`, { token: order.client.token, key });
        if (a.status === 409 && a.body?.code === 'idempotency.conflict') {
          conflictProbes.refused++;
          judge(kind, a, ['idempotency.conflict']);
        } else brokenReplays.push(`pay key ${key} reused for order ${other.id}: ${a.status} ${a.body?.code ?? a.body?.state ?? ''}`);
      } else if (appliedWithdrawKeys.length) {
        const w = rnd.pick(appliedWithdrawKeys)!;
        op(kind).calls++;
        conflictProbes.sent++;
        const a = await http('POST', '/api/v1/me/withdrawals', { token: w.f.token, key: w.key, json: { method_id: w.method, amount: { amount: String(w.amount + 100n), currency: w.currency } } });
        if (a.status === 409 && a.body?.code === 'idempotency.conflict') {
          conflictProbes.refused++;
          judge(kind, a, ['idempotency.conflict']);
        } else brokenReplays.push(`withdrawal key ${w.key} reused for another amount: ${a.status} ${a.body?.code ?? ''}`);
      }
    };

    // Every client starts with some money, through the simulator (so money in is all webhooks).
    await Promise.all(clients.map((c) => fund(c, c.currency === 'PKR' ? 1_000_000n : 10_000n)));
    log(`soak: ${topUps.filter((t) => t.credited).length} opening top-ups credited; ${opts.workers} workers for ${opts.seconds} s`);

    // --- The run ------------------------------------------------------------------------------------
    const runStarted = Date.now();
    // The run lasts its time, and at least a few seconds past the restart, so the restarted
    // process is seen serving (a slow start on a busy machine must not skip that part).
    let endAt = runStarted + opts.seconds * 1000;
    hardDeadline = endAt + 120_000;
    const weighted: [number, () => Promise<void>][] = [
      [8, async () => fund(rnd.pick([...needsMoney]) ?? rnd.pick(clients)!)],
      [12, placeOrder],
      [14, pay],
      [14, () => step('deliver', 'deliver', ['in_progress', 'revision_requested'], 'freelancer', ['order.invalid_transition'])],
      [4, () => step('revision', 'revision', ['delivered'], 'client', ['order.invalid_transition', 'order.no_revisions_left'])],
      [12, accept],
      [6, () => step('cancel', 'cancel', ['awaiting_payment', 'in_progress', 'delivered', 'revision_requested'], 'either', ['order.invalid_transition', 'order.cancel_already_asked'])],
      [1, () => step('dispute', 'dispute', ['in_progress', 'delivered', 'revision_requested'], 'either', ['order.invalid_transition'])],
      [8, withdraw],
      [2, batch],
      [4, settle],
      [2, cancelWithdrawal],
      [5, replayWebhook],
      [3, reuseKey],
      [5, readSomething],
    ];
    const total = weighted.reduce((s, [w]) => s + w, 0);
    const pickOp = () => {
      let x = rnd.next() * total;
      for (const [w, f] of weighted) if ((x -= w) < 0) return f;
      return weighted[0]![1];
    };
    const worker = async () => {
      while (Date.now() < endAt && !opts.signal?.aborted) {
        try {
          await pickOp()();
        } catch (e) {
          if (e instanceof Interrupted) {
            inDoubt++;
            problems.push(e.message);
            return;
          }
          throw e;
        }
      }
    };

    // Earnings become available as the queue's sweep would make them (FUNDS_HOLD_DAYS=0); the app
    // processes' own sweep runs beside this one every minute.
    let sweeping = true;
    let sweeps = 0;
    const sweeper = (async () => {
      while (sweeping) {
        try {
          await sweepOrders(deps);
          sweeps++;
        } catch (e) {
          problems.push(`sweep failed: ${(e as Error).message}`);
        }
        await sleep(500);
      }
    })();

    const progress = setInterval(() => {
      const s = Math.round((Date.now() - runStarted) / 1000);
      log(`soak: ${s} s, ${requests} requests, ${orders.length} orders, ${Object.values(interrupted).reduce((a, b) => a + b, 0)} interrupted`);
    }, 10_000);
    progress.unref();

    // The crash: SIGKILL the second process midway, start it again on the same port and database.
    let killedAfterMs = 0;
    let downMs = 0;
    let liveLedger: Awaited<ReturnType<typeof checkWholeLedger>> | null = null;
    const crash = (async () => {
      const killAfter = opts.seconds * 1000 * (opts.killAt ?? 0.4);
      while (Date.now() - runStarted < killAfter && !opts.signal?.aborted) await sleep(100);
      if (opts.signal?.aborted) return;
      const b = procs[1]!;
      const killedAt = Date.now();
      killedAfterMs = killedAt - runStarted;
      await b.kill();
      log(`soak: killed B with SIGKILL after ${(killedAfterMs / 1000).toFixed(1)} s`);
      await sleep(300);
      await b.start();
      restartedAt = Date.now();
      downMs = restartedAt - killedAt;
      endAt = Math.max(endAt, restartedAt + 3000);
      log(`soak: B is back after ${(downMs / 1000).toFixed(1)} s`);
      // The ledger holds while everything is still moving (one snapshot).
      liveLedger = await checkWholeLedger(db!);
    })();

    await Promise.all([...Array.from({ length: opts.workers }, worker), crash]);
    clearInterval(progress);
    sweeping = false;
    await sweeper;
    const durationMs = Date.now() - runStarted;
    log(`soak: workers done after ${(durationMs / 1000).toFixed(1)} s; ${requests} requests; ${sweeps} sweeps`);

    // Both processes shut down on SIGTERM, the restarted one included; then the database is still.
    const stopped = await Promise.all(procs.map((p) => p.stop()));
    check('both app processes shut down cleanly on SIGTERM after the run', stopped.every(Boolean), stopped.map((s, i) => `${procs[i]!.name}: ${s ? 'exit 0' : `not clean\n${procs[i]!.tail()}`}`).join('; '));

    // --- The checks --------------------------------------------------------------------------------
    const live = liveLedger as Awaited<ReturnType<typeof checkWholeLedger>> | null;
    check('ledger invariants hold mid-run, right after the restart (one snapshot)', !!live && live.results.every((r) => r.ok), live ? live.results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.detail}`).join('; ') || `${live.counts.transactions} transactions` : 'not run');
    const final = await checkWholeLedger(db);
    for (const r of final.results) check(`ledger: ${r.name}`, r.ok, r.detail);

    const cli = await runLedgerCheckCli(databaseUrl);
    check('`npm run ledger:check` passes', cli.code === 0, cli.code === 0 ? (cli.out.trim().split('\n').pop() ?? '') : cli.out.slice(-2000));

    const dupKeys = await sql<{ idempotency_key: string; n: string }>`SELECT idempotency_key, count(*) AS n FROM ledger_transactions GROUP BY 1 HAVING count(*) > 1`.execute(db);
    const txCount = await sql<{ n: string }>`SELECT count(*) AS n FROM ledger_transactions`.execute(db);
    check('no idempotency key appears twice in ledger_transactions', dupKeys.rows.length === 0, dupKeys.rows.length ? dupKeys.rows.map((r) => `${r.idempotency_key} ×${r.n}`).join(', ') : `${txCount.rows[0]?.n} transactions, keys unique`);

    const usedKeys = [...keyUses.values()];
    const keyRows = usedKeys.length
      ? await db
          .selectFrom('ledger_transactions')
          .select(['idempotency_key', (eb) => eb.fn.countAll<string>().as('n')])
          .where(
            'idempotency_key',
            'in',
            usedKeys.map((k) => k.ledgerKey),
          )
          .groupBy('idempotency_key')
          .execute()
      : [];
    const keyCount = new Map(keyRows.map((r) => [r.idempotency_key, Number(r.n)]));
    const wrongKeys = usedKeys.filter((k) => (keyCount.get(k.ledgerKey) ?? 0) !== (k.outcome === 'applied' ? 1 : 0));
    const retriedApplied = usedKeys.filter((k) => k.outcome === 'applied');
    check(
      'each idempotency key the workers used moved money exactly once when answered with a success, never when refused',
      wrongKeys.length === 0,
      wrongKeys.length
        ? wrongKeys
            .slice(0, 10)
            .map((k) => `${k.op} ${k.ledgerKey}: ${keyCount.get(k.ledgerKey) ?? 0} transactions, answered ${k.outcome}`)
            .join('; ')
        : `${usedKeys.length} keys (${retriedApplied.length} applied), ${retries} sent more than once`,
    );
    check('a key used again for another request is refused with 409 every time', conflictProbes.refused === conflictProbes.sent, `${conflictProbes.refused} of ${conflictProbes.sent} refused`);
    check('replays answer as the first time (same success, webhook duplicates change nothing)', brokenReplays.length === 0, brokenReplays.slice(0, 10).join('; ') || 'all consistent');

    // Top-ups: credited exactly once when a success was acknowledged.
    const topUpRows = await sql<{ id: string; status: string; credited_minor: string | null; n: string }>`
      SELECT t.id, t.status, t.credited_minor, count(l.id) AS n FROM top_ups t
      LEFT JOIN ledger_transactions l ON l.kind = 'payment_in' AND l.result->>'top_up' = t.id::text
      GROUP BY t.id`.execute(db);
    const byTopUp = new Map(topUpRows.rows.map((r) => [r.id, r]));
    const badTopUps = topUps.filter((t) => {
      const r = byTopUp.get(t.id);
      if (!r) return true;
      return t.credited ? !(r.status === 'succeeded' && Number(r.n) === 1 && big(r.credited_minor) === t.amount) : !(r.status !== 'succeeded' && Number(r.n) === 0);
    });
    check(
      'each top-up credited exactly once when a success event was acknowledged, never otherwise',
      badTopUps.length === 0,
      badTopUps.length
        ? badTopUps
            .slice(0, 10)
            .map((t) => `${t.id} expected ${t.credited ? 'credited' : 'not credited'}, found ${byTopUp.get(t.id)?.status} with ${byTopUp.get(t.id)?.n} payment_in`)
            .join('; ')
        : `${topUps.length} top-ups, ${topUps.filter((t) => t.credited).length} credited, ${sentEvents.length} events acknowledged`,
    );

    // Orders: the database agrees with the answers the workers got.
    const orderRows = await db.selectFrom('orders').select(['id', 'state', 'paid_at', 'client_id']).where('client_id', 'in', clients.length ? clients.map((c) => c.id) : ['']).execute();
    const dbOrder = new Map(orderRows.map((r) => [r.id, r]));
    const known = new Set(orders.map((o) => o.id));
    const orderProblems: string[] = [];
    for (const o of orders) {
      const r = dbOrder.get(o.id);
      if (!r) {
        orderProblems.push(`${o.id} missing`);
        continue;
      }
      if (!!o.paidKey !== !!r.paid_at) orderProblems.push(`${o.id}: answers say ${o.paidKey ? 'paid' : 'not paid'}, database ${r.paid_at ? 'paid' : 'not paid'}`);
      if (!!o.acceptedKey !== (r.state === 'completed')) orderProblems.push(`${o.id}: answers say ${o.acceptedKey ? 'accepted' : 'not accepted'}, database ${r.state}`);
      o.state = r.state;
    }
    // Orders placed by a request that was cut off (the answer never came) are unknown to the model: nothing may have been paid on them.
    const orphans = orderRows.filter((r) => !known.has(r.id));
    for (const r of orphans) if (r.paid_at || r.state !== 'awaiting_payment') orderProblems.push(`unknown order ${r.id} is ${r.state}`);
    check('every order is in the state the answers say (paid, accepted)', orderProblems.length === 0, orderProblems.slice(0, 10).join('; ') || `${orders.length} orders (${orphans.length} placed by a cut-off request, never paid)`);

    // Withdrawals: an admin's answer (paid, failed) is what the database holds.
    const wRows = await db.selectFrom('withdrawals').select(['id', 'status']).where('user_id', 'in', freelancers.length ? freelancers.map((f) => f.id) : ['']).execute();
    const wStatus = new Map(wRows.map((r) => [r.id, r.status as string]));
    const wProblems: string[] = [];
    for (const w of withdrawals.values()) {
      const st = wStatus.get(w.id);
      if (w.settled ? st !== w.settled : !(st === 'requested' || st === 'in_batch')) wProblems.push(`${w.id}: answers say ${w.settled ?? 'unsettled'}, database ${st ?? 'missing'}`);
    }
    if (wRows.length !== withdrawals.size) wProblems.push(`${wRows.length} withdrawals in the database, ${withdrawals.size} answered`);
    const settledCount = (s: 'paid' | 'failed' | 'cancelled') => [...withdrawals.values()].filter((w) => w.settled === s).length;
    check(
      'every withdrawal is in the state the answers say (requested, paid, failed, cancelled)',
      wProblems.length === 0,
      wProblems.slice(0, 10).join('; ') || `${withdrawals.size} withdrawals, ${settledCount('paid')} paid, ${settledCount('failed')} failed, ${settledCount('cancelled')} cancelled`,
    );

    // Balances, from the answers alone.
    const balances = await db.selectFrom('ledger_accounts').select(['kind', 'owner_id', 'ref_id', 'currency', 'balance']).execute();
    const bal = (kind: string, owner: string | null, ref: string | null, currency: Currency) =>
      balances.filter((b) => b.kind === kind && b.owner_id === owner && b.ref_id === ref && b.currency === currency).reduce((s, b) => s + big(b.balance), 0n);
    const sumKind = (kind: string, currency: Currency) => balances.filter((b) => b.kind === kind && b.currency === currency).reduce((s, b) => s + big(b.balance), 0n);
    const FUNDED = new Set(['in_progress', 'delivered', 'revision_requested', 'disputed']);
    const money: Record<Currency, Record<string, bigint>> = { PKR: {}, USD: {} };
    const add = (c: Currency, k: string, n: bigint) => void (money[c][k] = (money[c][k] ?? 0n) + n);
    for (const c of ['PKR', 'USD'] as const) for (const k of ['topped up', 'paid into escrow', 'released to freelancers', 'fees to Hunar', 'refunded', 'withdrawn', 'paid out', 'failed and returned', 'cancelled and returned', 'held in escrow']) money[c][k] = 0n;

    const walletProblems: string[] = [];
    for (const c of clients) {
      const expected = new Map<Currency, bigint>([
        ['PKR', 0n],
        ['USD', 0n],
      ]);
      const plus = (cur: Currency, n: bigint) => expected.set(cur, expected.get(cur)! + n);
      for (const t of topUps) if (t.client === c && t.credited) plus(t.currency, t.amount);
      for (const o of orders) {
        if (o.client !== c || !o.paidKey) continue;
        plus(o.currency, -o.clientPays);
        if (o.state === 'cancelled') plus(o.currency, o.clientPays);
      }
      for (const cur of ['PKR', 'USD'] as const) {
        const actual = bal('client_wallet', c.id, null, cur);
        if (actual !== expected.get(cur)) walletProblems.push(`${c.email} ${cur}: ledger ${actual}, answers ${expected.get(cur)}`);
      }
    }
    check('every client wallet = its top-ups − its payments + its refunds', walletProblems.length === 0, walletProblems.slice(0, 10).join('; ') || `${clients.length} clients`);

    const escrowProblems: string[] = [];
    for (const o of orders) {
      const held = o.paidKey && FUNDED.has(o.state) ? o.clientPays : 0n;
      const actual = bal('escrow', null, o.id, o.currency);
      if (actual !== held) escrowProblems.push(`${o.id} (${o.state}): escrow ${actual}, expected ${held}`);
      if (o.paidKey) add(o.currency, 'paid into escrow', o.clientPays);
      if (o.paidKey && o.state === 'cancelled') add(o.currency, 'refunded', o.clientPays);
      if (o.acceptedKey) {
        add(o.currency, 'released to freelancers', o.freelancerReceives);
        add(o.currency, 'fees to Hunar', o.hunarKeeps);
      }
      add(o.currency, 'held in escrow', held);
    }
    check('every escrow holds its order’s payment exactly while the order is funded', escrowProblems.length === 0, escrowProblems.slice(0, 10).join('; ') || `${orders.length} orders`);

    const earnerProblems: string[] = [];
    for (const f of freelancers) {
      for (const cur of ['PKR', 'USD'] as const) {
        const earned = orders.filter((o) => o.freelancer === f && o.acceptedKey && o.currency === cur).reduce((s, o) => s + o.freelancerReceives, 0n);
        // A failed or cancelled withdrawal comes back whole (its fee included).
        const out = [...withdrawals.values()].filter((w) => w.f === f && w.currency === cur && w.settled !== 'failed' && w.settled !== 'cancelled').reduce((s, w) => s + w.amount, 0n);
        const actual = bal('freelancer_pending', f.id, null, cur) + bal('freelancer_available', f.id, null, cur);
        if (actual !== earned - out) earnerProblems.push(`${f.email} ${cur}: pending+available ${actual}, answers ${earned - out}`);
      }
    }
    check('every freelancer’s pending + available = completed orders − withdrawals', earnerProblems.length === 0, earnerProblems.slice(0, 10).join('; ') || `${freelancers.length} freelancers`);

    const platformProblems: string[] = [];
    for (const cur of ['PKR', 'USD'] as const) {
      const topped = topUps.filter((t) => t.credited && t.currency === cur).reduce((s, t) => s + t.amount, 0n);
      const ws = [...withdrawals.values()].filter((w) => w.currency === cur);
      const sum = (xs: typeof ws, f: (w: (typeof ws)[number]) => bigint) => xs.reduce((s, w) => s + f(w), 0n);
      const onTheWay = sum(
        ws.filter((w) => !w.settled),
        (w) => w.net,
      );
      const paidOut = sum(
        ws.filter((w) => w.settled === 'paid'),
        (w) => w.net,
      );
      add(cur, 'topped up', topped);
      add(cur, 'withdrawn', sum(ws, (w) => w.amount));
      add(cur, 'paid out', paidOut);
      add(cur, 'failed and returned', sum(
        ws.filter((w) => w.settled === 'failed'),
        (w) => w.amount,
      ));
      add(cur, 'cancelled and returned', sum(
        ws.filter((w) => w.settled === 'cancelled'),
        (w) => w.amount,
      ));
      if (-sumKind('payment_clearing', cur) !== topped) platformProblems.push(`${cur} money in: ledger ${-sumKind('payment_clearing', cur)}, answers ${topped}`);
      if (sumKind('payout_clearing', cur) !== onTheWay) platformProblems.push(`${cur} on its way out: ledger ${sumKind('payout_clearing', cur)}, answers ${onTheWay}`);
      if (sumKind('payout_sent', cur) !== paidOut) platformProblems.push(`${cur} paid out: ledger ${sumKind('payout_sent', cur)}, answers ${paidOut}`);
      if (sumKind('platform_revenue', cur) !== money[cur]['fees to Hunar']) platformProblems.push(`${cur} Hunar's fees: ledger ${sumKind('platform_revenue', cur)}, answers ${money[cur]['fees to Hunar']}`);
    }
    check('money in, money on its way out, money paid out and Hunar’s fees equal the answers', platformProblems.length === 0, platformProblems.join('; ') || 'PKR and USD');

    check('no answer was a 5xx', serverErrors.length === 0, serverErrors.slice(0, 5).join('\n') || `${requests} requests`);
    check('every answer was one its operation may give', unexpected.length === 0, unexpected.slice(0, 10).join('; ') || 'all expected');
    check('every interrupted request got a definitive answer on a retry', inDoubt === 0, inDoubt ? problems.join('; ') : `${Object.values(interrupted).reduce((a, b) => a + b, 0)} interrupted, all answered`);
    check('the restarted process served requests after the crash', servedAfterRestart > 0, `${servedAfterRestart} answers from B after its restart`);
    const sweepProblems = problems.filter((p) => p.startsWith('sweep'));
    check('the sweep never failed', sweepProblems.length === 0, sweepProblems.slice(0, 3).join('; ') || `${sweeps} sweeps`);

    problems.push(...serverErrors, ...unexpected, ...brokenReplays);
    return {
      ok: invariants.every((i) => i.ok),
      seed,
      workers: opts.workers,
      seconds: opts.seconds,
      durationMs,
      requests,
      ops,
      conflicts,
      retries,
      races,
      interrupted,
      money,
      kill: { killedAfterMs, downMs, servedAfterRestart },
      invariants,
      problems,
    };
  } catch (e) {
    const tails = procs.map((p) => `--- ${p.name} ---\n${p.tail()}`).join('\n');
    throw new Error(`soak could not run: ${(e as Error).stack ?? e}\n${tails}`);
  } finally {
    if (db) await db.destroy().catch(() => {});
    for (const c of cleanups) await c().catch(() => {});
  }
}

/** `npm run ledger:check` against the soak's database, as an operator would run it. */
async function runLedgerCheckCli(databaseUrl: string): Promise<{ code: number | null; out: string }> {
  const child = spawn('npm', ['run', '--silent', 'ledger:check'], {
    cwd: ROOT,
    env: { PATH: `${path.join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, HOME: process.env.HOME ?? os.homedir(), DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  return { code, out };
}

/** The report as `npm run soak` prints it. */
export function formatReport(r: SoakReport): string {
  const lines: string[] = [];
  lines.push(`Soak: ${r.workers} workers for ${r.seconds} s (ran ${(r.durationMs / 1000).toFixed(1)} s), seed ${r.seed}`);
  lines.push(`Requests: ${r.requests} (${Math.round(r.requests / (r.durationMs / 1000))}/s)`);
  lines.push('Operations:');
  for (const [k, v] of Object.entries(r.ops).sort(([a], [b]) => a.localeCompare(b))) lines.push(`  ${k.padEnd(15)} ${String(v.calls).padStart(6)} sent, ${String(v.ok).padStart(6)} ok, ${String(v.conflict).padStart(5)} conflicts (409), ${String(v.refused).padStart(4)} refused`);
  const interrupted = Object.values(r.interrupted).reduce((a, b) => a + b, 0);
  lines.push(`Conflicts (409): ${r.conflicts}; sent again with the same key: ${r.retries}; raced with another key: ${r.races}; interrupted: ${interrupted}${interrupted ? ` (${Object.entries(r.interrupted).map(([k, v]) => `${k} ${v}`).join(', ')})` : ''}`);
  if (r.kill) lines.push(`Crash: B killed with SIGKILL after ${(r.kill.killedAfterMs / 1000).toFixed(1)} s, back after ${(r.kill.downMs / 1000).toFixed(1)} s, then served ${r.kill.servedAfterRestart} answers`);
  lines.push('Money moved:');
  for (const c of ['PKR', 'USD'] as const) lines.push(`  ${c}: ${Object.entries(r.money[c]).map(([k, v]) => `${k} ${fmtMinor(v, c)}`).join(', ')}`);
  lines.push('Invariants:');
  for (const i of r.invariants) lines.push(`  ${i.ok ? 'ok  ' : 'FAIL'}  ${i.name}: ${i.detail}`);
  const failed = r.invariants.filter((i) => !i.ok).length;
  lines.push(failed ? `FAILED: ${failed} of ${r.invariants.length} invariants` : `All ${r.invariants.length} invariants hold.`);
  return lines.join('\n');
}
