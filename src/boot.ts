// Starts one app process: database (embedded or DATABASE_URL), migrations, first-start seed,
// job queue, mail, HTTP. main.ts calls it for `npm start`; the end-to-end tests call it too.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { sql } from 'kysely';
import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';
import { openDatabase } from './db/open.ts';
import { pendingMigrations } from './db/pool.ts';
import { type Clock, systemClock } from './platform/clock.ts';
import type { Deps } from './platform/deps.ts';
import { startJobs } from './platform/jobs.ts';
import { createMailer, MAIL_JOB, type Mail } from './platform/mail.ts';
import { pruneRateLimits } from './platform/rate-limit.ts';
import { localStorage } from './platform/storage.ts';
import { MEDIA_PURGE_JOB, purgeTrash } from './media/service.ts';
import { ORDERS_SWEEP_JOB, sweepOrders } from './orders/service.ts';
import { settleReferralFees } from './referrals/pass-on.ts';
import { REFERRALS_SWEEP_JOB, settleReferrals } from './referrals/service.ts';
import { startNotificationWorkers } from './notifications/service.ts';
import { startPaymentWorkers } from './payments/service.ts';
import { startReceiptWorkers } from './receipts/pdf.ts';
import { LiveHub } from './live/hub.ts';
import { LIVE_PRUNE_JOB, pruneLiveEvents } from './live/service.ts';
import { computeSellerLevels, countShownReviews, REVIEWS_COUNT_JOB, SELLER_LEVELS_JOB } from './reviews/service.ts';
import { sendTaxReminders, TAX_REMINDERS_JOB } from './remittances/reminders.ts';
import { MENTORING_SWEEP_JOB, sweepMentoring } from './mentorship/service.ts';
import { EVENT_REMINDERS_JOB, sendEventReminders } from './events/service.ts';
import { collectDues, DUES_JOB } from './associations/service.ts';
import { SPACES_SWEEP_JOB, sweepSpaces } from './spaces/service.ts';
import { seedIfEmpty } from './seed/seed.ts';
import { buildServer } from './server.tsx';
import { syncReferenceData } from './taxonomy/service.ts';

export interface Running {
  deps: Deps;
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** The address a server listening on `host` and `port` answers at (an IPv6 host in brackets). */
export function listeningUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

export async function boot(config: Config, opts: { clock?: Clock; log?: Logger; seed?: boolean; quietSeed?: boolean } = {}): Promise<Running> {
  const log = opts.log ?? pino({ level: config.LOG_LEVEL, base: { app: 'hunar' } });
  const clock = opts.clock ?? systemClock;
  const database = await openDatabase(config, {
    log: (line) => log.debug({ postgres: line }),
    onPoolError: (e) => log.warn({ err: e }, 'database connection lost'),
  });
  const { db } = database;
  await syncReferenceData(db);
  const jobs = await startJobs(database.url, (e) => log.warn({ err: e }, 'job queue error'));
  const mailer = createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, db, clock });
  // Live events: this process's one LISTEN connection and its open streams (src/live/hub.ts).
  const live = new LiveHub({ url: database.url, db, log });
  const deps: Deps = { config, db, clock, log, mailer, jobs, storage: localStorage(config.storageDir), live };

  await jobs.work(MAIL_JOB, async (data) => {
    await mailer.deliver(data as unknown as Mail);
  });
  // Notification mail: one per notification, and the message digest (src/notifications).
  await startNotificationWorkers(deps);
  await jobs.work('rate_limits.prune', () => pruneRateLimits(db, clock));
  await jobs.schedule('rate_limits.prune', '17 * * * *');
  // Files of removed images and attachments (docs/decisions/0022).
  await jobs.work(MEDIA_PURGE_JOB, async () => {
    while ((await purgeTrash(deps)) > 0);
  });
  await jobs.schedule(MEDIA_PURGE_JOB, '*/10 * * * *');
  // Deliveries nobody answered in time, and earnings whose hold has passed (src/orders/service.ts).
  await jobs.work(ORDERS_SWEEP_JOB, async () => {
    for (;;) {
      const swept = await sweepOrders(deps);
      if (swept.autoAccepted + swept.cleared + swept.weeksBilled + swept.warned === 0) break;
    }
  });
  await jobs.schedule(ORDERS_SWEEP_JOB, '* * * * *');
  // Reviews shown because their 14 days ended count in the ratings; seller levels once a day (src/reviews).
  await jobs.work(REVIEWS_COUNT_JOB, async () => {
    while ((await countShownReviews(deps)) > 0);
  });
  await jobs.schedule(REVIEWS_COUNT_JOB, '7 * * * *');
  await jobs.work(SELLER_LEVELS_JOB, async () => {
    await computeSellerLevels(deps);
  });
  await jobs.schedule(SELLER_LEVELS_JOB, '30 21 * * *'); // 02:30 in Pakistan
  // Tax reminders: the return deadline, PSEB expiry, PRCs missing (src/remittances/reminders.ts).
  await jobs.work(TAX_REMINDERS_JOB, async () => {
    await sendTaxReminders(deps);
  });
  await jobs.schedule(TAX_REMINDERS_JOB, '0 4 * * *'); // 09:00 in Pakistan: read in the morning
  // Mentoring sessions: reminders, release after the session, the hold's end (src/mentorship/use-cases/sweep.ts).
  await jobs.work(MENTORING_SWEEP_JOB, async () => {
    for (;;) {
      const swept = await sweepMentoring(deps);
      if (swept.reminded + swept.completed + swept.cleared === 0) break;
    }
  });
  await jobs.schedule(MENTORING_SWEEP_JOB, '*/5 * * * *');
  // Association events: the reminder a day before, once per person going (src/events/service.ts).
  await jobs.work(EVENT_REMINDERS_JOB, async () => {
    while ((await sendEventReminders(deps)) > 0);
  });
  await jobs.schedule(EVENT_REMINDERS_JOB, '*/10 * * * *');
  // Associations' monthly dues, from members' balances into each association's account (src/associations).
  await jobs.work(DUES_JOB, async () => {
    await collectDues(deps);
  });
  await jobs.schedule(DUES_JOB, '0 1 * * *'); // 06:00 in Pakistan, before the day's work
  // Co-working desks: pay the space once the day is over, and the hold's end (src/spaces/service.ts).
  await jobs.work(SPACES_SWEEP_JOB, async () => {
    for (;;) {
      const swept = await sweepSpaces(deps);
      if (swept.completed + swept.cleared === 0) break;
    }
  });
  await jobs.schedule(SPACES_SWEEP_JOB, '*/10 * * * *');
  // The checkout simulator's webhooks (development only) and the expiry of unpaid top-ups.
  await startPaymentWorkers(deps);
  // Live events kept for streams that resume (docs/decisions/0048-live-events.md).
  await jobs.work(LIVE_PRUNE_JOB, async () => {
    await pruneLiveEvents(deps);
  });
  await jobs.schedule(LIVE_PRUNE_JOB, '23 * * * *');
  // Referral rewards, decided once a referred client's first order completes (src/referrals).
  await jobs.work(REFERRALS_SWEEP_JOB, async () => {
    await settleReferrals(deps);
    await settleReferralFees(deps);
  });
  await jobs.schedule(REFERRALS_SWEEP_JOB, '* * * * *');
  await live.start();
  // Receipt and invoice PDFs, printed by headless Chromium where it is installed (src/receipts).
  const receipts = await startReceiptWorkers(deps);

  if (opts.seed ?? config.SEED_ON_START) {
    const seeded = await seedIfEmpty(deps, opts.quietSeed ? () => {} : (line) => process.stdout.write(`${line}\n`));
    if (seeded) log.info('demo data loaded');
  }

  let accepting = true;
  const app = buildServer(deps, {
    readiness: {
      accepting: () => accepting,
      check: async () => {
        await sql`SELECT 1`.execute(db);
        return (await pendingMigrations(db)) === 0;
      },
    },
  });

  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const url = listeningUrl(config.HOST, port);
  log.info({ url, database: config.DATABASE_URL ? 'external' : 'embedded' }, 'Hunar is listening');

  let stopping: Promise<void> | undefined;
  return {
    deps,
    url,
    port,
    stop() {
      stopping ??= (async () => {
        accepting = false;
        // Event streams never finish by themselves: end them first (browsers reconnect to another
        // process), then finish in-flight requests, then the queue, then the database (in that
        // order: an idle pool must not see the server go away first).
        await live.stop().catch((e) => log.warn({ err: e }, 'live events did not stop cleanly'));
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await jobs.stop().catch((e) => log.warn({ err: e }, 'job queue did not stop cleanly'));
        await receipts.stop().catch((e) => log.warn({ err: e }, 'the receipts printer did not stop cleanly'));
        await database.close();
        log.info('stopped');
      })();
      return stopping;
    },
  };
}
