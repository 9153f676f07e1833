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

export const NOTIFICATION_KINDS = [
  'message', // params: { from: display name, conversation: id }; e-mail batched (15 minutes)
  'order_placed', // params: { order: number, title }
  'order_paid', // params: { order, title, amount }
  'order_delivered', // params: { order, title }
  'revision_requested', // params: { order, title }
  'order_accepted', // params: { order, title, amount }
  'auto_accept_soon', // params: { order, title } (a day before the delivery is accepted for the client)
  'earnings_available', // params: { order, title, amount }
  'withdrawal_paid', // params: { amount }
  'withdrawal_failed', // params: { amount }
  'proposal_received', // params: { job: title, from }
  'invited', // params: { job: title, from }
  'hired', // params: { contract: title, from }
  'review_received', // params: { from, order }
  'dispute_opened', // params: { order, title, by }
  'dispute_decided', // params: { order, title, outcome: 'release'|'refund'|'split', reason }
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationParam = string | number | { minor: string; currency: 'PKR' | 'USD' };

export interface NotificationInput {
  userId: string;
  kind: NotificationKind;
  params: Record<string, NotificationParam>;
  /** Where the notification leads, a path on this site (e.g. `/orders/<id>`). */
  link: string;
}

/** Tells a person, in-app first and by e-mail as their preferences say. */
export async function notify(_deps: Deps, _tx: Executor, _n: NotificationInput): Promise<void> {
  // Implemented by the notifications module (issue 18); until then nothing is recorded.
}
