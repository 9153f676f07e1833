// Mail leaves through the job queue: services call sendMail() inside their transaction; the
// `mail.send` job delivers it by SMTP when SMTP_URL is set, otherwise it lands in the outbox table
// (viewer at /dev/mail, development only). Every mail is written in the recipient's language,
// as plain text and HTML.
import nodemailer from 'nodemailer';
import type { DB, Executor } from '../db/pool.ts';
import type { Clock } from './clock.ts';
import { dir, type Locale, translate } from './i18n.ts';
import type { Jobs } from './jobs.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  locale: string;
  /**
   * Extra headers, e.g. the one-click unsubscribe of RFC 8058 (`List-Unsubscribe` and
   * `List-Unsubscribe-Post`) that every notification mail carries.
   */
  headers?: Record<string, string>;
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
        await transport.sendMail({ from: opts.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, ...(mail.headers ? { headers: mail.headers } : {}) });
      },
    };
  }
  return {
    async deliver(mail) {
      await opts.db
        .insertInto('mail_outbox')
        .values({
          to_address: mail.to,
          subject: mail.subject,
          text_body: mail.text,
          html_body: mail.html,
          locale: mail.locale,
          created_at: opts.clock.now(),
          sent_at: null,
          headers: mail.headers ? JSON.stringify(mail.headers) : null,
        })
        .execute();
    },
  };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * One mail in the house style: greeting, a paragraph, one button with its link written out too,
 * and the footer; plain text and HTML, in the recipient's language. Every text is already
 * translated by the caller; user text in it is escaped here. A date in a mail is written in the
 * recipient's zone, passed to format.ts (accounts' timeZoneOf): a mail is often sent from someone
 * else's request, whose zone is not the recipient's (docs/decisions/0040-viewer-time-zone.md).
 */
export function composeMail(
  locale: Locale,
  p: {
    to: string;
    subject: string;
    name: string;
    body: string;
    action: string;
    link: string;
    /** Lines listed under the body (a digest's conversations). */
    list?: readonly string[];
    /**
     * A one-click unsubscribe (RFC 8058): the sentence and link written at the end, and the
     * List-Unsubscribe and List-Unsubscribe-Post headers that let a mail client do it in one click.
     */
    unsubscribe?: { text: string; link: string };
  },
): Mail {
  const greeting = translate(locale, 'mail.greeting', { name: p.name });
  const footer = translate(locale, 'mail.footer');
  const list = p.list?.length ? `\n\n${p.list.map((l) => `- ${l}`).join('\n')}` : '';
  const unsubscribe = p.unsubscribe ? `\n${p.unsubscribe.text}: ${p.unsubscribe.link}\n` : '';
  const text = `${greeting}\n\n${p.body}${list}\n\n${p.action}: ${p.link}\n\n${footer}\n${unsubscribe}`;
  const font = locale === 'ur' ? "'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', serif" : 'system-ui, sans-serif';
  const html = `<!doctype html><html lang="${locale}" dir="${dir(locale)}"><body style="font-family:${font};line-height:${locale === 'ur' ? 2.2 : 1.6}">
<p>${escapeHtml(greeting)}</p><p>${escapeHtml(p.body)}</p>${p.list?.length ? `<ul>${p.list.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>` : ''}
<p><a href="${escapeHtml(p.link)}" style="background:#0b6e4f;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none">${escapeHtml(p.action)}</a></p>
<p style="color:#555;font-size:14px">${escapeHtml(p.link)}</p><p style="color:#555;font-size:14px">${escapeHtml(footer)}</p>${
    p.unsubscribe ? `<p style="color:#555;font-size:13px"><a href="${escapeHtml(p.unsubscribe.link)}" style="color:#555">${escapeHtml(p.unsubscribe.text)}</a></p>` : ''
  }</body></html>`;
  const headers = p.unsubscribe ? { 'List-Unsubscribe': `<${p.unsubscribe.link}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : undefined;
  return { to: p.to, subject: p.subject, text, html, locale, ...(headers ? { headers } : {}) };
}

export async function sendMail(deps: { jobs: Jobs }, tx: Executor, mail: Mail): Promise<void> {
  await deps.jobs.send(tx, MAIL_JOB, { ...mail });
}
