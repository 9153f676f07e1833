// Notifications: the use cases. notify() (notify.ts) records one inside the caller's transaction and
// queues its mail; the bell counts the unread; a person lists, opens and marks theirs read and
// chooses per kind and channel; a signed link turns one kind's e-mail off without logging in. The
// mail itself is sent by queue jobs (sendNotificationMail, sendMessageDigest) that call the mailer
// directly, so an SMTP failure throws and pg-boss retries with backoff, while the in-app
// notification, written first, stays.
import { sql } from 'kysely';
import type { Executor } from '../db/pool.ts';
import { publish } from '../live/publish.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { isLocale, type Locale, translate } from '../platform/i18n.ts';
import { composeMail } from '../platform/mail.ts';
import { canonicalTimeZone, DEFAULT_TIME_ZONE } from '../platform/time-zone.ts';
import {
  channelsFor,
  DIGEST_MINUTES,
  digestDueAt,
  digestEntries,
  digestMailText,
  isLocalLink,
  isNotificationKind,
  LIST_LIMIT,
  NOTIFICATION_KINDS,
  type NotificationKind,
  notificationMailText,
  type Preference,
  preferencesFromForm,
  unsubscribePath,
  verifyUnsubscribe,
} from './domain.ts';
import type { NotificationInput, NotificationParam } from './kinds.ts';

export const NOTIFICATION_MAIL_JOB = 'notifications.mail';
export const MESSAGE_DIGEST_JOB = 'notifications.digest';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function savedPreference(db: Executor, userId: string, kind: NotificationKind): Promise<Preference | undefined> {
  return db.selectFrom('notification_preferences').select(['in_app', 'email']).where('user_id', '=', userId).where('kind', '=', kind).executeTakeFirst();
}

/**
 * Serialises, per person, recording a 'message' notification and sending their digest, so a
 * message that arrives while a digest is being sent either makes it into that digest or schedules
 * the next one: never neither.
 */
async function lockDigest(tx: Executor, userId: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`hunar.digest:${userId}`}, 0))`.execute(tx);
}

async function countUnread(db: Executor, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .where('shown', '=', true)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * notify()'s work: the row first (shown in the bell unless the person turned the in-app channel
 * off), then, in the same transaction, the mail job as their preferences say. A 'message' is not
 * mailed by itself: the first one not yet read or mailed schedules the person's digest
 * DIGEST_MINUTES later. Open pages hear of it through a live 'notification' event.
 */
export async function recordNotification(deps: Deps, tx: Executor, n: NotificationInput): Promise<void> {
  if (!isNotificationKind(n.kind)) throw new Error(`notify: unknown kind ${String(n.kind)}`);
  if (!isLocalLink(n.link)) throw new Error(`notify: a notification's link is a path on this site, not ${n.link}`);
  const channels = channelsFor(n.kind, await savedPreference(tx, n.userId, n.kind));
  if (!channels.inApp && !channels.email) return;
  const now = deps.clock.now();
  let digestPending = false;
  if (n.kind === 'message') {
    await lockDigest(tx, n.userId);
    digestPending = !!(await tx
      .selectFrom('notifications')
      .select('id')
      .where('user_id', '=', n.userId)
      .where('kind', '=', 'message')
      .where('read_at', 'is', null)
      .where('emailed_at', 'is', null)
      .limit(1)
      .executeTakeFirst());
  }
  const row = await tx
    .insertInto('notifications')
    .values({ user_id: n.userId, kind: n.kind, params: JSON.stringify(n.params), link: n.link, shown: channels.inApp, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (channels.email) {
    if (n.kind !== 'message') await deps.jobs.send(tx, NOTIFICATION_MAIL_JOB, { id: row.id });
    else if (!digestPending) await deps.jobs.send(tx, MESSAGE_DIGEST_JOB, { user: n.userId }, { startAfter: DIGEST_MINUTES * 60 });
  }
  if (channels.inApp) await publish(deps, tx, [n.userId], 'notification', { id: row.id, kind: n.kind, unread: await countUnread(tx, n.userId) });
}

/** The number on the bell: the person's unread notifications (messages have their own count). */
export async function unreadNotifications(db: Executor, userId: string): Promise<number> {
  return countUnread(db, userId);
}

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  params: Record<string, NotificationParam>;
  link: string;
  createdAt: Date;
  readAt: Date | null;
}

/** The actor's notifications, newest first, and how many are unread. */
export async function listNotifications(deps: Deps, actorIn: Actor | null): Promise<{ unread: number; items: NotificationView[] }> {
  const actor = requireActor(actorIn);
  const rows = await deps.db
    .selectFrom('notifications')
    .select(['id', 'kind', 'params', 'link', 'created_at', 'read_at'])
    .where('user_id', '=', actor.userId)
    .where('shown', '=', true)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(LIST_LIMIT)
    .execute();
  const items = rows.filter((r) => isNotificationKind(r.kind)).map((r) => ({ id: r.id, kind: r.kind as NotificationKind, params: r.params, link: r.link, createdAt: r.created_at, readAt: r.read_at }));
  return { unread: await countUnread(deps.db, actor.userId), items };
}

/**
 * Opening one: marks it read and answers where it leads. Someone else's (or an unknown id) is
 * not_found, and changes nothing.
 */
export async function openNotification(deps: Deps, actorIn: Actor | null, id: string): Promise<{ link: string }> {
  const actor = requireActor(actorIn);
  if (!UUID.test(id)) throw new AppError('not_found');
  const row = await deps.db
    .updateTable('notifications')
    .set({ read_at: sql`coalesce(read_at, ${deps.clock.now()})` })
    .where('id', '=', id)
    .where('user_id', '=', actor.userId)
    .returning('link')
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return { link: isLocalLink(row.link) ? row.link : '/notifications' };
}

/**
 * Marks the actor's notifications read: those named (ids of someone else's are ignored), or all of
 * them. Answers the unread count left.
 */
export async function markRead(deps: Deps, actorIn: Actor | null, ids?: readonly string[]): Promise<{ unread: number }> {
  const actor = requireActor(actorIn);
  if (ids?.some((id) => !UUID.test(id))) throw new AppError('validation.failed', {}, { ids: { key: 'field.invalid' } });
  if (!ids || ids.length > 0) {
    let q = deps.db.updateTable('notifications').set({ read_at: deps.clock.now() }).where('user_id', '=', actor.userId).where('read_at', 'is', null);
    if (ids) q = q.where('id', 'in', ids);
    await q.execute();
  }
  return { unread: await countUnread(deps.db, actor.userId) };
}

/**
 * Called by the messages module when a person reads a conversation: its 'message' notifications
 * are read, so the digest leaves them out (and sends nothing if they were all).
 */
export async function markConversationRead(deps: Pick<Deps, 'db' | 'clock'>, userId: string, conversationId: string, tx: Executor = deps.db): Promise<void> {
  await tx
    .updateTable('notifications')
    .set({ read_at: deps.clock.now() })
    .where('user_id', '=', userId)
    .where('kind', '=', 'message')
    .where('read_at', 'is', null)
    .where(sql<string>`params->>'conversation'`, '=', conversationId)
    .execute();
}

// --- Preferences ---------------------------------------------------------------------------------

async function preferencesOf(db: Executor, userId: string): Promise<Record<NotificationKind, Preference>> {
  const rows = await db.selectFrom('notification_preferences').select(['kind', 'in_app', 'email']).where('user_id', '=', userId).execute();
  const saved = new Map(rows.map((r) => [r.kind, r]));
  return Object.fromEntries(
    NOTIFICATION_KINDS.map((k) => {
      const c = channelsFor(k, saved.get(k));
      return [k, { in_app: c.inApp, email: c.email }];
    }),
  ) as Record<NotificationKind, Preference>;
}

/** The actor's choice for every kind (defaults where they chose nothing). */
export async function getPreferences(deps: Deps, actorIn: Actor | null): Promise<Record<NotificationKind, Preference>> {
  const actor = requireActor(actorIn);
  return preferencesOf(deps.db, actor.userId);
}

async function savePreference(db: Executor, userId: string, kind: NotificationKind, p: Preference, now: Date): Promise<void> {
  await db
    .insertInto('notification_preferences')
    .values({ user_id: userId, kind, in_app: p.in_app, email: p.email, updated_at: now })
    .onConflict((oc) => oc.columns(['user_id', 'kind']).doUpdateSet({ in_app: p.in_app, email: p.email, updated_at: now }))
    .execute();
}

/** Saves the settings form: one row per kind, as the checkboxes say. */
export async function savePreferences(deps: Deps, actorIn: Actor | null, form: Record<string, unknown>): Promise<void> {
  const actor = requireActor(actorIn);
  const prefs = preferencesFromForm(form);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    for (const kind of NOTIFICATION_KINDS) await savePreference(tx, actor.userId, kind, prefs[kind], now);
  });
}

// --- One-click unsubscribe (no login: the link's signature is the authority) -----------------------

export interface UnsubscribeTarget {
  kind: NotificationKind;
  /** The recipient's language, for the page that answers. */
  locale: Locale;
}

async function unsubscribeTarget(deps: Deps, userId: string, kind: string, signature: string): Promise<{ userId: string } & UnsubscribeTarget> {
  const ok = verifyUnsubscribe(deps.config.secret, userId, kind, signature);
  if (!ok) throw new AppError('notifications.bad_link');
  const user = await deps.db.selectFrom('users').select(['id', 'locale']).where('id', '=', ok.userId).executeTakeFirst();
  if (!user) throw new AppError('notifications.bad_link');
  return { userId: user.id, kind: ok.kind, locale: isLocale(user.locale) ? user.locale : 'en' };
}

/** What a signed link would turn off (the GET page asks before doing it). */
export async function checkUnsubscribe(deps: Deps, userId: string, kind: string, signature: string): Promise<UnsubscribeTarget> {
  const { kind: k, locale } = await unsubscribeTarget(deps, userId, kind, signature);
  return { kind: k, locale };
}

/** Turns one kind's e-mail off for the person a valid link names; the in-app channel stays as it was. */
export async function unsubscribe(deps: Deps, userId: string, kind: string, signature: string): Promise<UnsubscribeTarget> {
  const t = await unsubscribeTarget(deps, userId, kind, signature);
  await deps.db.transaction().execute(async (tx) => {
    const current = channelsFor(t.kind, await savedPreference(tx, t.userId, t.kind));
    await savePreference(tx, t.userId, t.kind, { in_app: t.kind === 'message' ? true : current.inApp, email: false }, deps.clock.now());
  });
  return { kind: t.kind, locale: t.locale };
}

// --- Sending (queue jobs) -----------------------------------------------------------------------------

async function recipient(db: Executor, userId: string) {
  const u = await db.selectFrom('users').select(['email', 'display_name', 'locale', 'time_zone']).where('id', '=', userId).executeTakeFirst();
  if (!u) return null;
  return { email: String(u.email), name: u.display_name, locale: (isLocale(u.locale) ? u.locale : 'en') as Locale, timeZone: canonicalTimeZone(u.time_zone) ?? DEFAULT_TIME_ZONE };
}

const absolute = (deps: Deps, path: string) => `${deps.config.baseUrl}${path}`;

/**
 * The job for one notification: reads the row, checks the person still wants its e-mail, composes
 * it in their language (text and HTML, with a one-click unsubscribe) and delivers it now. A failed
 * delivery throws, so the queue retries with backoff; the notification itself is untouched.
 */
export async function sendNotificationMail(deps: Deps, id: string): Promise<'sent' | 'skipped'> {
  return deps.db.transaction().execute(async (tx) => {
    const n = await tx.selectFrom('notifications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!n || n.emailed_at || !isNotificationKind(n.kind) || n.kind === 'message') return 'skipped';
    if (!channelsFor(n.kind, await savedPreference(tx, n.user_id, n.kind)).email) return 'skipped';
    const to = await recipient(tx, n.user_id);
    if (!to) return 'skipped';
    const words = notificationMailText(to.locale, n.kind, n.params, to.timeZone);
    const mail = composeMail(to.locale, {
      to: to.email,
      subject: words.subject,
      name: to.name,
      body: words.body,
      action: words.action,
      link: absolute(deps, n.link),
      unsubscribe: { text: notificationMailUnsubscribeText(to.locale), link: absolute(deps, unsubscribePath(deps.config.secret, n.user_id, n.kind)) },
    });
    await deps.mailer.deliver(mail);
    await tx.updateTable('notifications').set({ emailed_at: deps.clock.now() }).where('id', '=', n.id).execute();
    return 'sent';
  });
}

const notificationMailUnsubscribeText = (locale: Locale) => translate(locale, 'notifications.mail.unsubscribe');

/**
 * The person's message digest, DIGEST_MINUTES after the first message they have not read: ONE mail
 * listing the conversations whose messages are still unread (by sender, with counts). Nothing when
 * they read them all meanwhile; when it runs early (the oldest is younger than DIGEST_MINUTES) it
 * puts itself back in the queue for the rest of the wait.
 */
export async function sendMessageDigest(deps: Deps, userId: string): Promise<'sent' | 'nothing' | 'later'> {
  if (!UUID.test(userId)) return 'nothing';
  return deps.db.transaction().execute(async (tx) => {
    await lockDigest(tx, userId);
    const pending = await tx
      .selectFrom('notifications')
      .select(['id', 'params', 'created_at', 'link'])
      .where('user_id', '=', userId)
      .where('kind', '=', 'message')
      .where('read_at', 'is', null)
      .where('emailed_at', 'is', null)
      .orderBy('created_at')
      .execute();
    const due = digestDueAt(pending.map((p) => p.created_at));
    if (!due) return 'nothing';
    const now = deps.clock.now();
    if (due > now) {
      await deps.jobs.send(tx, MESSAGE_DIGEST_JOB, { user: userId }, { startAfter: Math.ceil((due.getTime() - now.getTime()) / 1000) });
      return 'later';
    }
    const ids = pending.map((p) => p.id);
    // Settled either way: mailed, or owed no mail because message e-mails were turned off since.
    const settle = () => tx.updateTable('notifications').set({ emailed_at: now }).where('id', 'in', ids).execute();
    const to = await recipient(tx, userId);
    if (!to || !channelsFor('message', await savedPreference(tx, userId, 'message')).email) {
      await settle();
      return 'nothing';
    }
    const words = digestMailText(to.locale, digestEntries(pending));
    const mail = composeMail(to.locale, {
      to: to.email,
      subject: words.subject,
      name: to.name,
      body: words.body,
      list: words.list,
      action: words.action,
      link: absolute(deps, '/messages'),
      unsubscribe: { text: notificationMailUnsubscribeText(to.locale), link: absolute(deps, unsubscribePath(deps.config.secret, userId, 'message')) },
    });
    await deps.mailer.deliver(mail);
    await settle();
    return 'sent';
  });
}

/** The queue workers that send notification mail (boot.ts, and the tests' environment). */
export async function startNotificationWorkers(deps: Deps): Promise<void> {
  await deps.jobs.work(NOTIFICATION_MAIL_JOB, async (data) => {
    await sendNotificationMail(deps, String(data.id ?? ''));
  });
  await deps.jobs.work(MESSAGE_DIGEST_JOB, async (data) => {
    await sendMessageDigest(deps, String(data.user ?? ''));
  });
}
