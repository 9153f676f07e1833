// The notifications endpoints under /api/v1/notifications: thin calls into the same use cases the
// pages call, worded in the caller's language.
import { type Endpoint, endpoint } from '../api/openapi.ts';
import { parseWith } from '../platform/forms.ts';
import { notificationText } from './domain.ts';
import { notificationListResponse, readNotificationsInput, unreadResponse } from './schemas.ts';
import * as notifications from './service.ts';

const V1 = '/api/v1';

export const notificationEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'listNotifications',
    method: 'get',
    path: `${V1}/notifications`,
    tag: 'notifications',
    auth: 'required',
    status: 200,
    response: notificationListResponse,
    async handle(c) {
      const locale = c.get('locale');
      const { unread, items } = await notifications.listNotifications(c.get('deps'), c.get('actor'));
      return {
        unread,
        notifications: items.map((n) => ({
          id: n.id,
          kind: n.kind,
          text: notificationText(locale, n.kind, n.params, { forScreen: false }),
          params: n.params,
          link: n.link,
          created_at: n.createdAt.toISOString(),
          read_at: n.readAt ? n.readAt.toISOString() : null,
        })),
      };
    },
  }),
  endpoint({
    operationId: 'readNotifications',
    method: 'post',
    path: `${V1}/notifications/read`,
    tag: 'notifications',
    auth: 'required',
    request: { name: 'ReadNotifications', schema: readNotificationsInput, optional: true },
    status: 200,
    response: unreadResponse,
    async handle(c, body) {
      const { ids } = parseWith(readNotificationsInput, body ?? {});
      return notifications.markRead(c.get('deps'), c.get('actor'), ids);
    },
  }),
];
