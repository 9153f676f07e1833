// The bell (a link with the unread count, for the header), the /notifications list, the
// /settings/notifications form and the one-click unsubscribe pages. Plain links and forms: all of
// it works with JavaScript off; a live script may update the number in [data-badge="notifications"].
import { formatDateTime } from '../platform/format.ts';
import { CsrfField, Layout, type PageCtx } from '../platform/layout.tsx';
import { hasInAppChannel, NOTIFICATION_KINDS, type NotificationKind, notificationText, type Preference } from './domain.ts';
import type { NotificationView } from './service.ts';

/**
 * The header's bell: a link to /notifications whose (visually hidden) text says how many are new. The
 * number sits in [data-badge="notifications"] (hidden at zero), so a live event can change it.
 */
export function Bell({ ctx, count }: { ctx: PageCtx; count: number }) {
  const { t } = ctx;
  return (
    <a href="/notifications" class="bell">
      <span aria-hidden="true">🔔</span>
      <span class="visually-hidden">{t('notifications.bell', { n: count })}</span>
      <span class="badge" data-badge="notifications" aria-hidden="true" hidden={count === 0}>
        {count > 99 ? '99+' : String(count)}
      </span>
    </a>
  );
}

export function NotificationsPage({ ctx, items, unread }: { ctx: PageCtx; items: NotificationView[]; unread: number }) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('notifications.title')}>
      <h1>{t('notifications.title')}</h1>
      <p>{t('notifications.lead')}</p>
      <div class="actions notifications-actions">
        <p class="muted">{t('notifications.unread_count', { n: unread })}</p>
        {unread > 0 ? (
          <form method="post" action="/notifications/read">
            <CsrfField ctx={ctx} />
            <button type="submit" class="secondary small">
              {t('notifications.mark_all_read')}
            </button>
          </form>
        ) : null}
      </div>
      {items.length === 0 ? (
        <p class="muted">{t('notifications.empty')}</p>
      ) : (
        <ul class="notification-list">
          {items.map((n) => (
            <li class={n.readAt ? 'notification' : 'notification unread'} data-kind={n.kind}>
              <a href={`/notifications/${n.id}`}>
                {n.readAt ? null : <strong class="notification-new">{t('notifications.unread')}</strong>} {notificationText(locale, n.kind, n.params)}
              </a>
              {/* A decision's or a failed payment's reason, in the words of whoever gave it. */}
              {typeof n.params.reason === 'string' && n.params.reason ? (
                <p class="notification-reason">
                  {t('notifications.reason')}{' '}
                  <span class="user-text" dir="auto">
                    {n.params.reason}
                  </span>
                </p>
              ) : null}
              <p class="muted small">
                <time datetime={n.createdAt.toISOString()}>{formatDateTime(locale, n.createdAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href="/settings/notifications">{t('notifications.settings_link')}</a>
      </p>
    </Layout>
  );
}

export function NotificationSettingsPage({ ctx, prefs }: { ctx: PageCtx; prefs: Record<NotificationKind, Preference> }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('notifications.settings.title')}>
      <h1>{t('notifications.settings.title')}</h1>
      <p>{t('notifications.settings.lead')}</p>
      <form method="post" action="/settings/notifications" class="notification-settings">
        <CsrfField ctx={ctx} />
        <table>
          <thead>
            <tr>
              <th scope="col">{t('notifications.settings.kind')}</th>
              <th scope="col">{t('notifications.settings.in_app')}</th>
              <th scope="col">{t('notifications.settings.email')}</th>
            </tr>
          </thead>
          <tbody>
            {NOTIFICATION_KINDS.map((k) => (
              <tr>
                <th scope="row" id={`kind-${k}`}>
                  {t(`notifications.kind.${k}`)}
                  {k === 'message' ? <p class="muted small">{t('notifications.settings.message_hint')}</p> : null}
                </th>
                <td>
                  {hasInAppChannel(k) ? (
                    <input type="checkbox" name={`in_app.${k}`} checked={prefs[k].in_app} aria-label={`${t(`notifications.kind.${k}`)}: ${t('notifications.settings.in_app')}`} />
                  ) : (
                    <span class="muted small">{t('notifications.settings.message_in_app')}</span>
                  )}
                </td>
                <td>
                  <input type="checkbox" name={`email.${k}`} checked={prefs[k].email} aria-label={`${t(`notifications.kind.${k}`)}: ${t('notifications.settings.email')}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div class="actions">
          <button type="submit">{t('notifications.settings.save')}</button>
        </div>
      </form>
      <p>
        <a href="/notifications">{t('notifications.title')}</a>
      </p>
    </Layout>
  );
}

/** The page a mail's unsubscribe link opens: it asks (GET), then confirms what the POST did. */
export function UnsubscribePage({ ctx, kind, action, done }: { ctx: PageCtx; kind: NotificationKind; action: string; done: boolean }) {
  const { t } = ctx;
  const name = t(`notifications.kind.${kind}`);
  return (
    <Layout ctx={ctx} title={done ? t('notifications.unsubscribe.done_title') : t('notifications.unsubscribe.title')}>
      <h1>{done ? t('notifications.unsubscribe.done_title') : t('notifications.unsubscribe.title')}</h1>
      {done ? (
        <p>{t('notifications.unsubscribe.done_lead', { kind: name })}</p>
      ) : (
        <>
          <p>{t('notifications.unsubscribe.lead', { kind: name })}</p>
          {/* No CSRF field: this POST acts only on the signature in its address (RFC 8058 one-click). */}
          <form method="post" action={action}>
            <input type="hidden" name="List-Unsubscribe" value="One-Click" />
            <button type="submit">{t('notifications.unsubscribe.button')}</button>
          </form>
        </>
      )}
      <p>
        <a href="/settings/notifications">{t('notifications.unsubscribe.settings')}</a>
      </p>
    </Layout>
  );
}
