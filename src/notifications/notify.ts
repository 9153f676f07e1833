// The one way a feature tells a person that something happened (issue 18). Called inside the
// caller's transaction: the in-app notification is written first, and its e-mail (when the
// person's preferences want one) is queued in the same transaction, so a rolled-back action tells
// nobody and a failed send never loses the notification.
//
// CONTRACT (shared by every feature; the notifications module implements it): callers pass
// plain facts, never translated text: the notifications module words each kind in the
// recipient's language. Amounts are passed as { minor: string, currency } and formatted for the
// recipient.
import type { Executor } from '../db/pool.ts';
import type { Deps } from '../platform/deps.ts';
import type { NotificationInput } from './kinds.ts';
import { recordNotification } from './service.ts';

export { NOTIFICATION_KINDS, type NotificationInput, type NotificationKind, type NotificationParam } from './kinds.ts';

/** Tells a person, in-app first and by e-mail as their preferences say. */
export async function notify(deps: Deps, tx: Executor, n: NotificationInput): Promise<void> {
  await recordNotification(deps, tx, n);
}
