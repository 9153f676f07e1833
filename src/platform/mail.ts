// Mail leaves through the job queue: services call sendMail() inside their transaction; the
// `mail.send` job delivers it by SMTP when SMTP_URL is set, otherwise it lands in the outbox table
// (viewer at /dev/mail, development only). Every mail is written in the recipient's language,
// as plain text and HTML.
import nodemailer from 'nodemailer';
import type { DB, Executor } from '../db/pool.ts';
import type { Clock } from './clock.ts';
import type { Jobs } from './jobs.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  locale: string;
}

export interface Mailer {
  /** Delivers now (called by the mail.send job). */
  deliver(mail: Mail): Promise<void>;
}

export const MAIL_JOB = 'mail.send';

export function createMailer(opts: { smtpUrl?: string | undefined; from: string; db: DB; clock: Clock }): Mailer {
  if (opts.smtpUrl) {
    const transport = nodemailer.createTransport(opts.smtpUrl);
    return {
      async deliver(mail) {
        // Not copied to the outbox: its links are secrets once a real mailbox has them.
        await transport.sendMail({ from: opts.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
      },
    };
  }
  return {
    async deliver(mail) {
      await opts.db
        .insertInto('mail_outbox')
        .values({ to_address: mail.to, subject: mail.subject, text_body: mail.text, html_body: mail.html, locale: mail.locale, created_at: opts.clock.now(), sent_at: null })
        .execute();
    },
  };
}

export async function sendMail(deps: { jobs: Jobs }, tx: Executor, mail: Mail): Promise<void> {
  await deps.jobs.send(tx, MAIL_JOB, { ...mail });
}
