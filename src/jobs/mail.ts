// Mail about jobs, in the recipient's language: the invitation to a job.
import type { Deps } from '../platform/deps.ts';
import { type Locale, translate } from '../platform/i18n.ts';
import { composeMail, type Mail } from '../platform/mail.ts';

export function inviteMail(deps: Pick<Deps, 'config'>, p: { to: string; name: string; locale: Locale; client: string; jobTitle: string; jobId: string }): Mail {
  const t = (key: string) => translate(p.locale, `mail.job_invite.${key}`, { client: p.client, title: p.jobTitle });
  return composeMail(p.locale, { to: p.to, subject: t('subject'), name: p.name, body: t('body'), action: t('action'), link: `${deps.config.baseUrl}/jobs/${p.jobId}` });
}
