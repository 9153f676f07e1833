// The account e-mails, written in the recipient's language as plain text and HTML.
import type { Deps } from '../platform/deps.ts';
import { type Locale, translate } from '../platform/i18n.ts';
import { composeMail, type Mail } from '../platform/mail.ts';

export type AccountMailKind = 'verify_email' | 'reset_password' | 'change_email' | 'email_change_notice' | 'signup_existing';

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
  return composeMail(locale, { to: p.to, subject: t('subject'), name: p.name, body: t('body'), action: t('action'), link: linkFor(deps, kind, p.token) });
}
