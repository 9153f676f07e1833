// What integration tests share: a fresh database cloned from the migrated template, the real
// services wired as in production (job queue and mail outbox included), and a small cookie-keeping
// HTTP client that fills in the CSRF token the way a browser submitting our forms does.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import { inject } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { migrations } from '../src/db/migrations/index.ts';
import { actorFromUser, createAccount } from '../src/accounts/service.ts';
import { createDb } from '../src/db/pool.ts';
import { requestFingerprint } from '../src/ledger/domain.ts';
import { type AccountRef, post } from '../src/ledger/service.ts';
import type { Actor } from '../src/platform/actor.ts';
import type { Money } from '../src/platform/money.ts';
import { updateFreelancerProfile } from '../src/profiles/service.ts';
import { TestClock } from '../src/platform/clock.ts';
import type { Deps } from '../src/platform/deps.ts';
import { startJobs } from '../src/platform/jobs.ts';
import { createMailer, MAIL_JOB, type Mail } from '../src/platform/mail.ts';
import { localStorage } from '../src/platform/storage.ts';
import { startNotificationWorkers } from '../src/notifications/service.ts';
import { buildServer } from '../src/server.tsx';
import { LiveHub } from '../src/live/hub.ts';
import type { App } from '../src/platform/http.ts';

export async function freshDatabaseUrl(): Promise<string> {
  const adminUrl = inject('pgAdminUrl');
  const template = inject('pgTemplate');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: `${adminUrl}/postgres` });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  return `${adminUrl}/${name}`;
}

/**
 * Money into an account (a client's wallet by default) as a settled payment brings it: the ledger's
 * own `payment_in` posting from the clearing account, under a fresh idempotency key.
 */
export async function credit(deps: Pick<Deps, 'db' | 'clock'>, to: AccountRef, amount: Money): Promise<void> {
  const key = `test-credit-${randomUUID()}`;
  await deps.db.transaction().execute((tx) =>
    post(tx, deps, {
      kind: 'payment_in',
      key,
      fingerprint: requestFingerprint(to.ownerId ?? 'platform', 'test.credit', { key }),
      actorId: null,
      reason: 'test credit',
      legs: [{ from: { kind: 'payment_clearing', currency: amount.currency }, to, amount }],
    }),
  );
}

/**
 * An empty database of the test file's own, for a migration test: it applies the migrations before
 * the one it tests, loads rows in the shape they left, then applies its own. Untyped, because the
 * schema changes half-way through such a test.
 */
export async function emptyDatabase(): Promise<{ db: Kysely<any>; drop(): Promise<void> }> {
  const adminUrl = inject('pgAdminUrl');
  const name = `m_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: `${adminUrl}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: `${adminUrl}/${name}`, max: 2 }) }) });
  return {
    db,
    async drop() {
      await db.destroy();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    },
  };
}

/** The migrations whose names pass `keep`, for a Migrator's provider. */
/**
 * A verified, onboarded person signed up through the accounts service: a freelancer with the profile
 * given (the default), or a client. Each gets an e-mail of its own.
 */
export async function testPerson(deps: Deps, name: string, opts: { freelancer?: boolean; profile?: Record<string, unknown> } = {}): Promise<Actor> {
  const freelancer = opts.freelancer ?? true;
  const user = await createAccount(deps.db, deps, {
    email: `person-${randomUUID()}@example.pk`,
    password: 'correct horse battery',
    displayName: name,
    isFreelancer: freelancer,
    isClient: !freelancer,
    locale: 'en',
    verified: true,
    onboarded: true,
  });
  const actor = actorFromUser(user, null);
  if (opts.profile && Object.keys(opts.profile).length) await updateFreelancerProfile(deps, actor, opts.profile);
  return actor;
}

export const migrationsWhere = (keep: (name: string) => boolean) => ({
  getMigrations: async () => Object.fromEntries(Object.entries(migrations).filter(([k]) => keep(k))),
});

/** Every migration up to and including `last`. */
export const migrationsUpTo = (last: string) => migrationsWhere((k) => k <= last);

export interface TestEnv {
  deps: Deps;
  clock: TestClock;
  app: App;
  url: string;
  close(): Promise<void>;
}

export async function testEnv(env: Record<string, string> = {}): Promise<TestEnv> {
  const url = await freshDatabaseUrl();
  // Uploaded files go to a directory of this test's own, never into the repository's data/.
  const storageDir = await mkdtemp(path.join(tmpdir(), 'hunar-files-'));
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, LOG_LEVEL: 'silent', BASE_URL: 'http://localhost:3000', RATE_LIMIT_SIGNUP: '1000', RATE_LIMIT_RESET: '1000', STORAGE_DIR: storageDir, ...env });
  const clock = new TestClock();
  const db = createDb(url, { max: 5 });
  const jobs = await startJobs(url, () => {});
  const mailer = createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, db, clock });
  // Live event streams: the listening connection is made when a test first opens a stream.
  const live = new LiveHub({ url, db, log: pino({ level: 'silent' }) });
  const deps: Deps = { config, db, clock, log: pino({ level: 'silent' }), mailer, jobs, storage: localStorage(config.storageDir), live };
  await jobs.work(MAIL_JOB, (data) => mailer.deliver(data as unknown as Mail));
  await startNotificationWorkers(deps);
  const app = buildServer(deps, { readiness: { accepting: () => true, check: async () => true } });
  return {
    deps,
    clock,
    app,
    url,
    async close() {
      await live.stop();
      await jobs.stop();
      await db.destroy();
      await rm(storageDir, { recursive: true, force: true });
    },
  };
}

/** Waits for the mail job to deliver a message to this address (outbox), newest first. */
export async function waitForMail(deps: Deps, to: string, opts: { count?: number; timeoutMs?: number } = {}) {
  const want = opts.count ?? 1;
  const deadline = Date.now() + (opts.timeoutMs ?? 10_000);
  for (;;) {
    const rows = await deps.db.selectFrom('mail_outbox').selectAll().where('to_address', '=', to.toLowerCase()).orderBy('created_at', 'desc').execute();
    if (rows.length >= want) return rows;
    if (Date.now() > deadline) throw new Error(`no mail for ${to} after ${opts.timeoutMs ?? 10_000} ms (have ${rows.length})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The token in the first link of a mail's text, e.g. /verify-email?token=... */
export function linkToken(mail: { text_body: string }, path: string): string {
  const m = mail.text_body.match(new RegExp(`${path.replace(/[/]/g, '\\/')}\\?token=([\\w-]+)`));
  if (!m?.[1]) throw new Error(`no ${path} link in mail:\n${mail.text_body}`);
  return m[1];
}

/** A browser-like client over app.request: keeps cookies, sends the CSRF token with forms. */
export class TestClient {
  cookies = new Map<string, string>();
  constructor(
    private app: App,
    private headers: Record<string, string> = {},
  ) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const val = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /max-age=0/i.test(a.trim())) || val === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, val);
    }
  }

  /** The hidden _csrf value of the last page that had a form, as a browser would submit it. */
  csrf = '';

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    for (const [k, v] of Object.entries(this.headers)) if (!headers.has(k)) headers.set(k, v);
    if (this.cookies.size) headers.set('cookie', this.cookieHeader());
    const res = await this.app.request(`http://localhost:3000${path}`, { ...init, headers });
    this.remember(res);
    if (res.headers.get('content-type')?.startsWith('text/html')) {
      const token = (await res.clone().text()).match(/name="_csrf" value="([\w-]+)"/)?.[1];
      if (token) this.csrf = token;
    }
    return res;
  }

  get(path: string, headers: Record<string, string> = {}) {
    return this.request(path, { headers });
  }

  /** Submits a form as our pages do: fetches a page first if no CSRF cookie yet. */
  async post(path: string, form: Record<string, string | string[]>, opts: { csrf?: string | false } = {}): Promise<Response> {
    // Any page with a form hands out the CSRF cookie and token; this one always renders its form.
    if (!this.cookies.has('hunar_csrf') || !this.csrf) await this.get('/forgot-password');
    const body = new URLSearchParams();
    const token = opts.csrf === undefined ? this.csrf : opts.csrf;
    if (token !== false) body.set('_csrf', token);
    for (const [k, v] of Object.entries(form)) for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
    return this.request(path, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  }

  /**
   * Sends a file as a browser does: multipart/form-data with the page's _csrf field. For the API
   * (`api: true`) the token goes in the X-CSRF-Token header instead, as a script on our pages would.
   */
  async upload(
    path: string,
    file: { field: string; name: string; bytes: Uint8Array; type?: string } | null,
    opts: { form?: Record<string, string>; csrf?: string | false; api?: boolean; method?: string; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    if (!this.cookies.has('hunar_csrf') || !this.csrf) await this.get('/forgot-password');
    const body = new FormData();
    const token = opts.csrf === undefined ? this.csrf : opts.csrf;
    const headers: Record<string, string> = { ...opts.headers };
    if (token !== false && !opts.api) body.set('_csrf', token);
    if (token !== false && opts.api) headers['x-csrf-token'] = token;
    for (const [k, v] of Object.entries(opts.form ?? {})) body.append(k, v);
    if (file) body.append(file.field, new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/octet-stream' }), file.name);
    return this.request(path, { method: opts.method ?? 'POST', body, headers });
  }

  async json(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return this.request(path, { method, headers: { 'content-type': 'application/json', ...headers }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  }
}

/** Text of a page without tags, for asserting what a person reads. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    // Bidi isolates and marks (around Urdu amounts, src/platform/format.ts) are not seen.
    .replace(/[\u2066-\u2069\u200E\u200F]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
