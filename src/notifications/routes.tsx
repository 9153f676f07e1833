// Notification pages: /notifications (the list; opening one marks it read and follows its link),
// /settings/notifications (per kind and channel), and the one-click unsubscribe a mail links to,
// /unsubscribe/<user>/<kind>/<signature>: GET asks, POST (from the page or straight from a mail
// client, RFC 8058) turns that kind's e-mail off. It needs no login and no CSRF token: it acts only
// on a valid signature.
import { readForm } from '../platform/forms.ts';
import { type App, type Ctx, exemptFromCsrf, flash, safeNext } from '../platform/http.ts';
import { type Locale, translator } from '../platform/i18n.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import * as notifications from './service.ts';
import { NotificationSettingsPage, NotificationsPage, UnsubscribePage } from './views.tsx';

const UNSUBSCRIBE = '/unsubscribe/:user/:kind/:sig';

const toLogIn = (c: Ctx, path: string) => c.redirect(`/login?next=${encodeURIComponent(path)}`, 303);

/** The unsubscribe pages speak the recipient's language, whoever's browser opens the link. */
function speak(c: Ctx, locale: Locale) {
  c.set('locale', locale);
  c.set('t', translator(locale));
}

const linkParts = (c: Ctx) => [c.req.param('user') ?? '', c.req.param('kind') ?? '', c.req.param('sig') ?? ''] as const;

export function mountNotifications(app: App): void {
  app.get('/notifications', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/notifications');
    const { items, unread } = await notifications.listNotifications(c.get('deps'), c.get('actor'));
    return render(c, <NotificationsPage ctx={pageCtx(c)} items={items} unread={unread} />);
  });
  app.post('/notifications/read', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/notifications');
    await notifications.markRead(c.get('deps'), c.get('actor'));
    flash(c, 'notifications.flash.all_read');
    return c.redirect('/notifications', 303);
  });
  app.get('/notifications/:id', async (c) => {
    const id = c.req.param('id');
    if (!c.get('actor')) return toLogIn(c, `/notifications/${encodeURIComponent(id)}`);
    const { link } = await notifications.openNotification(c.get('deps'), c.get('actor'), id);
    return c.redirect(safeNext(link, '/notifications'), 303);
  });

  app.get('/settings/notifications', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/settings/notifications');
    const prefs = await notifications.getPreferences(c.get('deps'), c.get('actor'));
    return render(c, <NotificationSettingsPage ctx={pageCtx(c)} prefs={prefs} />);
  });
  app.post('/settings/notifications', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/settings/notifications');
    await notifications.savePreferences(c.get('deps'), c.get('actor'), await readForm(c));
    flash(c, 'notifications.settings.saved');
    return c.redirect('/settings/notifications', 303);
  });

  exemptFromCsrf(app, UNSUBSCRIBE);
  app.get(UNSUBSCRIBE, async (c) => {
    const target = await notifications.checkUnsubscribe(c.get('deps'), ...linkParts(c));
    speak(c, target.locale);
    c.header('referrer-policy', 'no-referrer');
    return render(c, <UnsubscribePage ctx={pageCtx(c)} kind={target.kind} action={c.req.path} done={false} />);
  });
  app.post(UNSUBSCRIBE, async (c) => {
    const target = await notifications.unsubscribe(c.get('deps'), ...linkParts(c));
    speak(c, target.locale);
    c.header('referrer-policy', 'no-referrer');
    return render(c, <UnsubscribePage ctx={pageCtx(c)} kind={target.kind} action={c.req.path} done={true} />);
  });
}
