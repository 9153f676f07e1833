// `npm run seed`: loads the demo data (src/seed/seed.ts) into a database that has no users yet.
// Seeding sends no mail and enqueues no job, so the tool runs without the job queue.
import { systemClock } from '../platform/clock.ts';
import type { Deps } from '../platform/deps.ts';
import { localStorage } from '../platform/storage.ts';
import type { Jobs } from '../platform/jobs.ts';
import { createMailer } from '../platform/mail.ts';
import { demoAccountLines, seed } from '../seed/seed.ts';
import { cliConfig, cliLogger, runCli, say, withDatabase } from './run.ts';

const noJobs: Jobs = {
  send: async () => {
    throw new Error('jobs are not available in the CLI');
  },
  work: async () => {
    throw new Error('jobs are not available in the CLI');
  },
  schedule: async () => {
    throw new Error('jobs are not available in the CLI');
  },
  stop: async () => {},
};

runCli(async () => {
  const config = cliConfig();
  const log = cliLogger(config);
  await withDatabase(config, log, async ({ db }) => {
    const mailer = createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, db, clock: systemClock });
    const deps: Deps = { config, db, clock: systemClock, log, mailer, jobs: noJobs, storage: localStorage(config.storageDir) };
    const summary = await seed(deps, say);
    if (!summary) {
      say('Database already has data; nothing to do.');
      return;
    }
    for (const line of demoAccountLines()) say(line);
  });
});
