// The account e-mails, written in the recipient's language as plain text and HTML.
import type { Deps } from '../platform/deps.ts';
import { dir, type Locale, translate } from '../platform/i18n.ts';
import type { Mail } from '../platform/mail.ts';

export type AccountMailKind = 'verify_email' | 'reset_password' | 'change_email' | 'email_change_notice' | 'signup_existing';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function linkFor(deps: Pick<Deps, 'config'>, kind: AccountMailKind, token?: string): string {
  const base = deps.config.baseUrl;
  switch (kind) {
    case 'verify_email':
      return `${base}/verify-email?token=${token}`;
    case 'reset_password':
      return `${base}/reset-password?token=${token}`;
    case 'change_email':
      return `${base}/settings/email/confirm?token=${token}`;
    case 'email_change_notice':
      return `${base}/forgot-password`;
    case 'signup_existing':
      return `${base}/login`;
  }
}

export function accountMail(
  deps: Pick<Deps, 'config'>,
  locale: Locale,
  kind: AccountMailKind,
  p: { to: string; name: string; token?: string; minutes?: number; newEmail?: string },
): Mail {
  const t = (key: string) => translate(locale, `mail.${kind}.${key}`, { name: p.name, minutes: p.minutes ?? 0, new_email: p.newEmail ?? '' });
  const link = linkFor(deps, kind, p.token);
  const subject = t('subject');
  const greeting = translate(locale, 'mail.greeting', { name: p.name });
  const body = t('body');
  const action = t('action');
  const footer = translate(locale, 'mail.footer');
  const text = `${greeting}\n\n${body}\n\n${action}: ${link}\n\n${footer}\n`;
  const font = locale === 'ur' ? "'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', serif" : 'system-ui, sans-serif';
  const html = `<!doctype html><html lang="${locale}" dir="${dir(locale)}"><body style="font-family:${font};line-height:${locale === 'ur' ? 2.2 : 1.6}">
<p>${escapeHtml(greeting)}</p><p>${escapeHtml(body)}</p>
<p><a href="${escapeHtml(link)}" style="background:#0b6e4f;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none">${escapeHtml(action)}</a></p>
<p style="color:#555;font-size:14px">${escapeHtml(link)}</p><p style="color:#555;font-size:14px">${escapeHtml(footer)}</p></body></html>`;
  return { to: p.to, subject, text, html, locale };
}
