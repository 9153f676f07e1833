// What the notifications endpoints take and answer (listed in src/api/schemas.ts responseSchemas).
import { z } from 'zod';
import { NOTIFICATION_KINDS } from './kinds.ts';

const paramValue = z.union([z.string(), z.number(), z.object({ minor: z.string(), currency: z.enum(['PKR', 'USD']) })]);

export const notificationResponse = z.object({
  id: z.uuid(),
  kind: z.enum(NOTIFICATION_KINDS),
  text: z.string().describe('The notification worded in the caller’s language'),
  params: z.record(z.string(), paramValue).describe('The plain facts it was made from (an amount as minor units and a currency)'),
  link: z.string().describe('Where it leads: a path on this site, e.g. /orders/<id>'),
  created_at: z.iso.datetime({ offset: true }),
  read_at: z.iso.datetime({ offset: true }).nullable(),
});

export const notificationListResponse = z.object({
  unread: z.number().int().min(0).describe('How many are unread (the number on the bell)'),
  notifications: z.array(notificationResponse).describe('Newest first, at most 100'),
});

export const unreadResponse = z.object({ unread: z.number().int().min(0) });

export const readNotificationsInput = z.object({
  ids: z.array(z.string().max(40, 'field.invalid'), { error: 'field.invalid' }).max(500, 'field.invalid').optional().describe('The notifications to mark read; leave out to mark all'),
});

export const notificationResponseSchemas = {
  Notification: notificationResponse,
  NotificationList: notificationListResponse,
  UnreadNotifications: unreadResponse,
} as const;
