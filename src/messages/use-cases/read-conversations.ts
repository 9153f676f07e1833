// Reading conversations: the inbox (newest first, with unread counts), one thread (its latest page
// of messages with the order's timeline events between them, and what the viewer may do), pages of
// messages for the API, the messages after one (for an open page), read pointers, and the header's
// unread count. Only a conversation's two people read it; everyone else gets not_found.
import { sql } from 'kysely';
import type { Executor } from '../../db/pool.ts';
import { attachmentOf, type StoredAttachment } from '../../media/service.ts';
import { publish } from '../../live/publish.ts';
import { markConversationRead } from '../../notifications/service.ts';
import { type Actor, requireActor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { type ContactKind, type ConversationKind, interleave, PAGE_SIZE, parseCursor, seenMessageId, type ThreadItem } from '../domain.ts';
import { blocksBetween, type ConversationRow, conversationFor, workedTogether } from './access.ts';

export interface Person {
  id: string;
  displayName: string;
  handle: string;
}

/** What a conversation is about, as a link. */
export type About =
  | { kind: 'gig'; title: string; url: string }
  | { kind: 'job'; title: string; url: string }
  | { kind: 'order'; title: string; url: string; number: string }
  | { kind: 'contract'; title: string; url: string };

export interface MessageView {
  id: string;
  senderId: string;
  mine: boolean;
  sender: Person;
  text: string;
  /** What the safety check found (only set when the two had not worked together yet). */
  flags: ContactKind[];
  at: Date;
  attachments: StoredAttachment[];
}

/** An order's timeline event in its conversation (for a contract, any of its orders'). */
export interface EventView {
  kind: string;
  by: 'client' | 'freelancer' | 'system';
  message: string | null;
  at: Date;
  order: { id: string; title: string; number: string };
}

export interface InboxItem {
  id: string;
  kind: ConversationKind;
  other: Person;
  about: About | null;
  last: { text: string; mine: boolean; at: Date; files: number } | null;
  unread: number;
  updatedAt: Date;
}

export interface ThreadView {
  id: string;
  kind: ConversationKind;
  other: Person;
  about: About | null;
  items: ThreadItem<MessageView, EventView>[];
  /** The viewer's message to mark "Seen" (the newest the other has read). */
  seenId: string | null;
  /** The id of the last message the other person has read ("0": none): their read pointer. */
  otherReadUpTo: string;
  /** ?before= for the page of older messages, when there are some. */
  olderCursor: string | null;
  blockedByMe: boolean;
  blockedMe: boolean;
  /** No order or contract between them yet: the page reminds both to pay only through Hunar. */
  beforeWork: boolean;
}

// --- Subjects ------------------------------------------------------------------------------------

interface SubjectColumns {
  kind: ConversationKind;
  gig_title: string | null;
  gig_slug: string | null;
  job_id: string | null;
  job_title: string | null;
  order_id: string | null;
  order_title: string | null;
  order_number: string | null;
  contract_id: string | null;
  contract_title: string | null;
}

function aboutOf(r: SubjectColumns): About | null {
  if (r.order_id && r.order_title) return { kind: 'order', title: r.order_title, url: `/orders/${r.order_id}`, number: String(r.order_number) };
  if (r.contract_id && r.contract_title) return { kind: 'contract', title: r.contract_title, url: `/contracts/${r.contract_id}` };
  if (r.gig_slug && r.gig_title) return { kind: 'gig', title: r.gig_title, url: `/g/${r.gig_slug}` };
  if (r.job_id && r.job_title) return { kind: 'job', title: r.job_title, url: `/jobs/${r.job_id}` };
  return null;
}

function withSubject(db: Executor) {
  return db
    .selectFrom('conversations as c')
    .leftJoin('gigs as g', 'g.id', 'c.gig_id')
    .leftJoin('jobs as j', 'j.id', 'c.job_id')
    .leftJoin('orders as o', 'o.id', 'c.order_id')
    .leftJoin('contracts as k', 'k.id', 'c.contract_id')
    .select(['c.kind', 'g.title as gig_title', 'g.slug as gig_slug', 'c.job_id', 'j.title as job_title', 'c.order_id', 'o.title as order_title', 'o.number as order_number', 'c.contract_id', 'k.title as contract_title']);
}

async function person(db: Executor, id: string): Promise<Person> {
  const u = await db.selectFrom('users').select(['id', 'display_name', 'handle']).where('id', '=', id).executeTakeFirstOrThrow();
  return { id: u.id, displayName: u.display_name, handle: String(u.handle) };
}

// --- The inbox -----------------------------------------------------------------------------------

export const INBOX_MAX = 200;

/** The actor's conversations, the most recently active first, with what each is about and its unread count. */
export async function listConversations(deps: Deps, actorIn: Actor | null): Promise<InboxItem[]> {
  return inbox(deps.db, requireActor(actorIn).userId, null);
}

/** One of the actor's conversations as the inbox lists it; not_found for anyone else's. */
export async function getConversation(deps: Deps, actorIn: Actor | null, id: string): Promise<InboxItem> {
  const actor = requireActor(actorIn);
  const conv = await conversationFor(deps.db, id, actor.userId);
  const [item] = await inbox(deps.db, actor.userId, conv.id);
  return item!;
}

async function inbox(db: Executor, userId: string, only: string | null): Promise<InboxItem[]> {
  const actor = { userId };
  let q = withSubject(db)
    .innerJoin('conversation_members as m', 'm.conversation_id', 'c.id')
    .innerJoin('users as u', 'u.id', 'm.other_id')
    .leftJoin('messages as lm', 'lm.id', 'c.last_message_id')
    .select((eb) => [
      'c.id',
      'c.created_at',
      'c.last_message_at',
      'u.id as other_id',
      'u.display_name as other_name',
      'u.handle as other_handle',
      'lm.body as last_body',
      'lm.sender_id as last_sender',
      'lm.created_at as last_at',
      eb.selectFrom('media as f').select((f) => f.fn.countAll<string>().as('n')).whereRef('f.message_id', '=', 'lm.id').as('last_files'),
      eb
        .selectFrom('messages as x')
        .select((x) => x.fn.countAll<string>().as('n'))
        .whereRef('x.conversation_id', '=', 'c.id')
        .whereRef('x.id', '>', 'm.read_up_to')
        .whereRef('x.sender_id', '<>', 'm.user_id')
        .as('unread'),
    ])
    .where('m.user_id', '=', actor.userId);
  if (only) q = q.where('c.id', '=', only);
  const rows = await q
    .orderBy(sql`coalesce(c.last_message_at, c.created_at)`, 'desc')
    .orderBy('c.id', 'desc')
    .limit(INBOX_MAX)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    other: { id: r.other_id, displayName: r.other_name, handle: String(r.other_handle) },
    about: aboutOf(r),
    last: r.last_at ? { text: r.last_body ?? '', mine: r.last_sender === actor.userId, at: r.last_at, files: Number(r.last_files ?? 0) } : null,
    unread: Number(r.unread ?? 0),
    updatedAt: r.last_message_at ?? r.created_at,
  }));
}

/** How many of the person's conversations have a message they have not read (the header's figure). */
export async function unreadConversations(db: Executor, userId: string): Promise<number> {
  const r = await sql<{ n: string }>`
    SELECT count(*) AS n FROM conversation_members m JOIN conversations c ON c.id = m.conversation_id
    WHERE m.user_id = ${userId} AND c.last_message_id > m.read_up_to
      AND EXISTS (SELECT 1 FROM messages x WHERE x.conversation_id = m.conversation_id AND x.id > m.read_up_to AND x.sender_id <> ${userId})`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

// --- Messages ------------------------------------------------------------------------------------

type Range = { before?: bigint | null; after?: bigint | null; limit: number };

/** Messages of a conversation, newest first, with their senders and attachments. */
export async function messagesOf(db: Executor, conversationId: string, viewerId: string, range: Range): Promise<MessageView[]> {
  let q = db
    .selectFrom('messages as x')
    .innerJoin('users as u', 'u.id', 'x.sender_id')
    .select(['x.id', 'x.sender_id', 'x.body', 'x.flags', 'x.created_at', 'u.display_name', 'u.handle'])
    .where('x.conversation_id', '=', conversationId);
  if (range.before) q = q.where('x.id', '<', range.before.toString());
  if (range.after !== undefined && range.after !== null) q = q.where('x.id', '>', range.after.toString());
  const rows = await q.orderBy('x.id', 'desc').limit(range.limit).execute();
  const files = new Map<string, StoredAttachment[]>();
  if (rows.length) {
    const media = await db
      .selectFrom('media')
      .select(['key', 'file_name', 'content_type', 'bytes', 'position', 'message_id'])
      .where(
        'message_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('position')
      .execute();
    for (const m of media) files.set(String(m.message_id), [...(files.get(String(m.message_id)) ?? []), attachmentOf(m)]);
  }
  return rows.map((r) => ({
    id: String(r.id),
    senderId: r.sender_id,
    mine: r.sender_id === viewerId,
    sender: { id: r.sender_id, displayName: r.display_name, handle: String(r.handle) },
    text: r.body,
    flags: r.flags,
    at: r.created_at,
    attachments: files.get(String(r.id)) ?? [],
  }));
}

/** The order events of an order's or a contract's conversation from `since` on. */
export async function eventsOfConversation(db: Executor, conv: Pick<ConversationRow, 'orderId' | 'contractId'>, since: Date | null): Promise<EventView[]> {
  if (!conv.orderId && !conv.contractId) return [];
  let q = db
    .selectFrom('order_events as e')
    .innerJoin('orders as o', 'o.id', 'e.order_id')
    .select(['e.kind', 'e.actor_id', 'e.message', 'e.created_at', 'o.id as order_id', 'o.title', 'o.number', 'o.client_id']);
  q = conv.orderId ? q.where('o.id', '=', conv.orderId) : q.where('o.contract_id', '=', conv.contractId!);
  if (since) q = q.where('e.created_at', '>=', since);
  const rows = await q.orderBy('e.created_at').orderBy('e.id').execute();
  return rows.map((e) => ({
    kind: e.kind,
    by: e.actor_id === null ? 'system' : e.actor_id === e.client_id ? 'client' : 'freelancer',
    message: e.message,
    at: e.created_at,
    order: { id: e.order_id, title: e.title, number: String(e.number) },
  }));
}

/**
 * One conversation for one of its people: the latest page of messages (or the page before
 * `before`), oldest first, with the order's events of the same time between them. Opening the
 * latest page marks it read.
 */
export async function getThread(deps: Deps, actorIn: Actor | null, id: string, opts: { before?: string | undefined; markRead?: boolean } = {}): Promise<ThreadView> {
  const actor = requireActor(actorIn);
  const before = parseCursor(opts.before);
  const conv = await conversationFor(deps.db, id, actor.userId);
  const page = await messagesOf(deps.db, conv.id, actor.userId, { before, limit: PAGE_SIZE + 1 });
  const older = page.length > PAGE_SIZE;
  const shown = page.slice(0, PAGE_SIZE).reverse();
  // Events older than the page belong to the older page; newer than a "before" page, to the next.
  const since = older ? shown[0]!.at : null;
  let events = await eventsOfConversation(deps.db, conv, since);
  if (before && shown.length) events = events.filter((e) => e.at <= shown[shown.length - 1]!.at);
  if (opts.markRead && !before) await markRead(deps, actor, conv.id);
  const [other, about, blocks, together] = await Promise.all([person(deps.db, conv.otherId), subjectOf(deps.db, conv.id), blocksBetween(deps.db, actor.userId, conv.otherId), workedTogether(deps.db, actor.userId, conv.otherId)]);
  const seen = seenMessageId(
    shown.filter((m) => m.mine).map((m) => BigInt(m.id)),
    conv.otherReadUpTo,
  );
  return {
    id: conv.id,
    kind: conv.kind,
    other,
    about,
    items: interleave(shown, events),
    seenId: seen === null ? null : seen.toString(),
    otherReadUpTo: conv.otherReadUpTo.toString(),
    olderCursor: older ? shown[0]!.id : null,
    blockedByMe: blocks.byMe,
    blockedMe: blocks.byThem,
    beforeWork: !together,
  };
}

async function subjectOf(db: Executor, id: string): Promise<About | null> {
  const r = await withSubject(db).where('c.id', '=', id).executeTakeFirstOrThrow();
  return aboutOf(r);
}

/** One message of one of the actor's conversations (as just sent). */
export async function getMessage(deps: Deps, actorIn: Actor | null, conversationId: string, messageId: string): Promise<MessageView> {
  const actor = requireActor(actorIn);
  const conv = await conversationFor(deps.db, conversationId, actor.userId);
  const id = parseCursor(messageId) ?? 0n;
  const [m] = await messagesOf(deps.db, conv.id, actor.userId, { before: id + 1n, limit: 1 });
  if (!m || m.id !== id.toString()) throw new AppError('not_found');
  return m;
}

/** A page of messages for the API: newest first, before the cursor; `next` continues with older ones. */
export async function listMessages(deps: Deps, actorIn: Actor | null, id: string, cursor?: string): Promise<{ messages: MessageView[]; next: string | null; otherReadUpTo: string }> {
  const actor = requireActor(actorIn);
  const before = parseCursor(cursor);
  const conv = await conversationFor(deps.db, id, actor.userId);
  const page = await messagesOf(deps.db, conv.id, actor.userId, { before, limit: PAGE_SIZE + 1 });
  const messages = page.slice(0, PAGE_SIZE);
  return { messages, next: page.length > PAGE_SIZE ? messages[messages.length - 1]!.id : null, otherReadUpTo: conv.otherReadUpTo.toString() };
}

/**
 * The messages after one (oldest first), for a page that is open when a new one arrives; the
 * viewer has now seen them, so the conversation is marked read.
 */
export async function messagesAfter(deps: Deps, actorIn: Actor | null, id: string, afterId: string): Promise<{ messages: MessageView[]; seenId: string | null; otherReadUpTo: string }> {
  const actor = requireActor(actorIn);
  const after = parseCursor(afterId) ?? 0n;
  const conv = await conversationFor(deps.db, id, actor.userId);
  const messages = (await messagesOf(deps.db, conv.id, actor.userId, { after, limit: PAGE_SIZE })).reverse();
  if (messages.length) await markRead(deps, actor, conv.id);
  const seen = seenMessageId(
    messages.filter((m) => m.mine).map((m) => BigInt(m.id)),
    conv.otherReadUpTo,
  );
  return { messages, seenId: seen === null ? null : seen.toString(), otherReadUpTo: conv.otherReadUpTo.toString() };
}

/**
 * Marks the conversation read up to its newest message (or `upTo`, never backwards); the other
 * person's open page is told, so it can show "Seen".
 */
export async function markRead(deps: Deps, actorIn: Actor | null, id: string, upTo?: string): Promise<{ upTo: string }> {
  const actor = requireActor(actorIn);
  const wanted = parseCursor(upTo);
  return deps.db.transaction().execute(async (tx) => {
    const conv = await conversationFor(tx, id, actor.userId);
    const last = await tx.selectFrom('conversations').select('last_message_id').where('id', '=', conv.id).executeTakeFirstOrThrow();
    const newest = BigInt(last.last_message_id ?? 0);
    const target = wanted !== null && wanted < newest ? wanted : newest;
    // Read here, so the message digest mail leaves these out (src/notifications).
    if (target >= newest) await markConversationRead(deps, actor.userId, conv.id, tx);
    if (target <= conv.readUpTo) return { upTo: conv.readUpTo.toString() };
    await tx
      .updateTable('conversation_members')
      .set({ read_up_to: target.toString(), read_at: deps.clock.now() })
      .where('conversation_id', '=', conv.id)
      .where('user_id', '=', actor.userId)
      .where('read_up_to', '<', target.toString())
      .execute();
    await publish(deps, tx, [conv.otherId], 'read', { conversation_id: conv.id, up_to: target.toString() });
    return { upTo: target.toString() };
  });
}
