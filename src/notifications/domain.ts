// Notifications: the pure rules. Which channels a notification goes to (defaults: everything on),
// how each kind is worded in a reader's language from its plain facts, when a message digest is
// due, and the signed one-click unsubscribe links.
//
// Invariants:
// - a 'message' never shows in the bell (messages have their own count in the header): its in-app
//   place is the conversation, and its e-mail is a digest, never one mail per message;
// - an unsubscribe link names one person and one kind and cannot be made without the server's
//   secret; it never expires, and following it only ever turns that kind's e-mail off.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { type Locale, translate } from '../platform/i18n.ts';
import { isCurrency, money, formatMoney } from '../platform/money.ts';
import { formatDateTime, formatDay, isolate } from '../platform/format.ts';
import { currentTimeZone } from '../platform/time-zone.ts';
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationParam } from './kinds.ts';

export { NOTIFICATION_KINDS, type NotificationKind };

export const CHANNELS = ['in_app', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

/** How long 'message' notifications wait before their one digest mail (issue 18: "the last 15 minutes"). */
export const DIGEST_MINUTES = 15;
export const DIGEST_MS = DIGEST_MINUTES * 60_000;

/** The newest notifications a list shows; older ones stay in the table. */
export const LIST_LIMIT = 100;

export function isNotificationKind(v: unknown): v is NotificationKind {
  return typeof v === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(v);
}

/** Whether a kind has an in-app channel of its own (not 'message': see the invariants). */
export const hasInAppChannel = (kind: NotificationKind): boolean => kind !== 'message';

export interface Preference {
  in_app: boolean;
  email: boolean;
}

/** What a person who never changed a setting gets: everything, in the app and by e-mail. */
export const DEFAULT_PREFERENCE: Preference = { in_app: true, email: true };

/** The channels one notification of this kind goes to, given the person's saved choice (if any). */
export function channelsFor(kind: NotificationKind, saved: Preference | undefined): { inApp: boolean; email: boolean } {
  const p = saved ?? DEFAULT_PREFERENCE;
  return { inApp: hasInAppChannel(kind) && p.in_app, email: p.email };
}

/**
 * The preferences form: a checkbox `in_app.<kind>` and `email.<kind>` per kind, where a checkbox
 * left unticked is simply absent. Every kind gets a full row back.
 */
export function preferencesFromForm(form: Record<string, unknown>): Record<NotificationKind, Preference> {
  const on = (v: unknown) => v === 'on' || v === 'true' || v === '1' || v === true;
  return Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, { in_app: hasInAppChannel(k) ? on(form[`in_app.${k}`]) : true, email: on(form[`email.${k}`]) }])) as Record<
    NotificationKind,
    Preference
  >;
}

// --- Wording -----------------------------------------------------------------------------------

/** A param as the reader reads it: amounts formatted for the locale, outcomes translated. */
function paramText(locale: Locale, name: string, v: NotificationParam | undefined, forScreen: boolean, zone: string): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') {
    if (!isCurrency(v.currency) || !/^-?\d{1,30}$/.test(String(v.minor))) return '';
    return formatMoney(locale, money(BigInt(v.minor), v.currency));
  }
  if (name === 'outcome') return translate(locale, `notifications.outcome.${String(v)}`);
  if (name === 'resolution') return translate(locale, `notifications.mentoring_resolution.${String(v)}`);
  const text = String(v);
  // A calendar day (a tax deadline, a registration's expiry: YYYY-MM-DD) as people write it:
  // "30 September 2026", "30 ستمبر، 2026"; the same day for every reader.
  if (name === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDay(locale, text);
  // A moment (a mentoring session's start, a deadline: an ISO time) in the reader's own zone and
  // language, with the zone named: "3 Mar 2026, 7:00 pm PKT", "3 مارچ، 2026، 19:00 پاکستان وقت".
  if ((name === 'when' || name === 'until') && ISO_MOMENT.test(text)) {
    const at = new Date(text);
    if (!Number.isNaN(at.getTime())) return formatDateTime(locale, at, zone);
  }
  // An order's number follows "HNR-" in the sentence: isolated on its own, its digits would be cut
  // from the letters and an Urdu line would show "1029-HNR". Bare digits need no isolate.
  if (name === 'order' && /^\d+$/.test(text)) return text;
  // On a page, people's words (names, titles) are isolated so an English title in an Urdu line
  // (or the reverse) keeps its own direction; mail text stays as written.
  return forScreen && typeof v === 'string' ? isolate(text) : text;
}

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function paramsFor(locale: Locale, params: Record<string, NotificationParam>, forScreen: boolean, zone: string): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, paramText(locale, k, v, forScreen, zone)]));
}

/**
 * The one line a notification reads as, in the bell's list (and as its mail's subject). Moments are
 * written in `timeZone`: on a page, the viewer's (who is the recipient); in a mail, the recipient's.
 */
export function notificationText(locale: Locale, kind: NotificationKind, params: Record<string, NotificationParam>, opts: { forScreen?: boolean; timeZone?: string } = {}): string {
  return translate(locale, `notifications.${kind}.text`, paramsFor(locale, params, opts.forScreen ?? true, opts.timeZone ?? currentTimeZone()));
}

/** The mail for one notification: subject, one paragraph, and the words on its button, with moments in the recipient's zone. */
export function notificationMailText(locale: Locale, kind: Exclude<NotificationKind, 'message'>, params: Record<string, NotificationParam>, timeZone = currentTimeZone()) {
  const p = paramsFor(locale, params, false, timeZone);
  return {
    subject: translate(locale, `notifications.${kind}.text`, p),
    body: translate(locale, `notifications.${kind}.body`, p),
    action: translate(locale, `notifications.${kind}.action`, p),
  };
}

export interface DigestEntry {
  conversation: string;
  from: string;
  count: number;
}

/**
 * The message digest's conversations: the unread 'message' notifications grouped by conversation
 * (one sender each), busiest first, with how many messages each has.
 */
export function digestEntries(rows: readonly { params: Record<string, NotificationParam> }[]): DigestEntry[] {
  const by = new Map<string, DigestEntry>();
  for (const r of rows) {
    const conversation = String(r.params.conversation ?? '');
    const from = String(r.params.from ?? '');
    const e = by.get(conversation) ?? { conversation, from, count: 0 };
    e.count += 1;
    by.set(conversation, e);
  }
  return [...by.values()].sort((a, b) => b.count - a.count || a.from.localeCompare(b.from));
}

export function digestMailText(locale: Locale, entries: readonly DigestEntry[]) {
  const total = entries.reduce((n, e) => n + e.count, 0);
  return {
    subject: translate(locale, 'notifications.digest.subject', { n: total }),
    body: translate(locale, 'notifications.digest.body', { people: entries.length }),
    list: entries.map((e) => translate(locale, 'notifications.digest.line', { from: e.from, n: e.count })),
    action: translate(locale, 'notifications.digest.action'),
  };
}

/**
 * When a person's digest is due: DIGEST_MINUTES after the oldest 'message' notification not yet
 * read or mailed. null when there is nothing to mail.
 */
export function digestDueAt(pendingCreatedAt: readonly Date[]): Date | null {
  if (pendingCreatedAt.length === 0) return null;
  const oldest = Math.min(...pendingCreatedAt.map((d) => d.getTime()));
  return new Date(oldest + DIGEST_MS);
}

// --- One-click unsubscribe -----------------------------------------------------------------------

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The signature of "stop e-mails of this kind for this person", keyed by the server's secret. */
export function unsubscribeSignature(secret: string, userId: string, kind: NotificationKind): string {
  return createHmac('sha256', secret).update(`hunar.unsubscribe\n${userId.toLowerCase()}\n${kind}`).digest('base64url');
}

/** The path of the one-click unsubscribe link: /unsubscribe/<user>/<kind>/<signature>. */
export function unsubscribePath(secret: string, userId: string, kind: NotificationKind): string {
  return `/unsubscribe/${userId.toLowerCase()}/${kind}/${unsubscribeSignature(secret, userId, kind)}`;
}

/** The person and kind a link names, when its signature is the server's own; null otherwise. */
export function verifyUnsubscribe(secret: string, userId: string, kind: string, signature: string): { userId: string; kind: NotificationKind } | null {
  if (!UUID.test(userId) || !isNotificationKind(kind) || !/^[\w-]{43}$/.test(signature)) return null;
  const want = Buffer.from(unsubscribeSignature(secret, userId, kind));
  const got = Buffer.from(signature);
  return want.length === got.length && timingSafeEqual(want, got) ? { userId: userId.toLowerCase(), kind } : null;
}

/** A notification's link must stay on this site: a path, never another origin. */
export function isLocalLink(link: string): boolean {
  return link.length <= 500 && link.startsWith('/') && !link.startsWith('//') && !/[\\\u0000-\u001f\u007f]/.test(link);
}
