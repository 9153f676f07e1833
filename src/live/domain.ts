// Live events' pure rules (docs/decisions/0048-live-events.md): how an event is written on a
// Server-Sent Events stream, what one NOTIFY carries between app processes, and the limits.
//
import { z } from 'zod';

// Invariants:
// - A person's events are visible in the order of their ids (publish() serialises a person's
//   publishers, so an id is never committed after a larger one), and a stream sends an event only
//   when its id is larger than the last it sent: in id order, never twice.
// - A NOTIFY payload stays under PostgreSQL's 8000 bytes: events that do not fit are announced by
//   their people only, and every process reads them from the table.

export const LIVE_CHANNEL = 'hunar_live';

export const LIVE_LIMITS = {
  /** Open streams per person in one app process; the oldest is closed when another opens. */
  streamsPerUser: 5,
  /** A comment line on every idle stream this often, so proxies and phones keep the connection. */
  heartbeatMs: 25_000,
  /**
   * A stream is closed after this long and the browser reconnects (with Last-Event-ID, losing
   * nothing): a session logged out meanwhile stops receiving then.
   */
  streamMaxMs: 15 * 60_000,
  /** The `retry:` hint, spread over this range so a restarted process is not hit by every page at once. */
  retryMinMs: 2_000,
  retryMaxMs: 5_000,
  /** Rows read per query when a stream catches up. */
  catchUpBatch: 500,
  /** Chunks a slow reader may leave unread before its stream is closed (it reconnects and resumes). */
  queuedMax: 1_000,
  /** NOTIFY's limit is 8000 bytes; this leaves room. */
  notifyMaxBytes: 7_500,
  /** An event's data beyond this is a programming error (events carry ids and a line of text). */
  dataMaxBytes: 64 * 1024,
  /** Events are kept this long for streams that resume (the live.prune job). */
  keepHours: 24,
  /** The listening connection's reconnect backoff. */
  reconnectMinMs: 250,
  reconnectMaxMs: 10_000,
} as const;

export type LiveLimits = { -readonly [K in keyof typeof LIVE_LIMITS]: number };

export interface LiveEvent {
  /** The bigserial id, as a decimal string. */
  id: string;
  userId: string;
  name: string;
  data: unknown;
}

/** One event as an SSE frame. JSON escapes line breaks, so `data` is always one line. */
export function eventFrame(e: Pick<LiveEvent, 'id' | 'name' | 'data'>): string {
  return `id: ${e.id}\nevent: ${e.name}\ndata: ${JSON.stringify(e.data)}\n\n`;
}

/**
 * A frame that only sets the browser's last event id (no event is fired): sent when a stream starts
 * without one, so a reconnect resumes from the moment the stream opened.
 */
export function cursorFrame(id: bigint): string {
  return `id: ${id}\n\n`;
}

export const heartbeatFrame = ': keep-alive\n\n';

export function retryFrame(ms: number): string {
  return `retry: ${Math.round(ms)}\n\n`;
}

/**
 * Where a stream resumes: the id of the last event the client received, as this server wrote it
 * (a decimal number). An empty value is no cursor.
 */
export const eventsQuery = z.object({
  last_event_id: z
    .string()
    .trim()
    .regex(/^\d{0,18}$/)
    .transform((v) => v || undefined)
    .optional(),
});

/** What travels on the channel between processes. */
export type Announcement =
  /** The events themselves: [id, user, name, data]. */
  | { kind: 'events'; events: LiveEvent[] }
  /** Too big to carry: these people have new events in the table. */
  | { kind: 'users'; userIds: string[] }
  /** Even the people do not fit (or the payload is unreadable): every open stream looks in the table. */
  | { kind: 'everyone' };

export function announcement(events: readonly LiveEvent[], maxBytes: number = LIVE_LIMITS.notifyMaxBytes): string {
  const full = JSON.stringify({ e: events.map((e) => [e.id, e.userId, e.name, e.data]) });
  if (Buffer.byteLength(full) <= maxBytes) return full;
  const users = JSON.stringify({ u: [...new Set(events.map((e) => e.userId))] });
  if (Buffer.byteLength(users) <= maxBytes) return users;
  return '{}';
}

export function readAnnouncement(payload: string | undefined): Announcement {
  try {
    const p = JSON.parse(payload ?? '') as { e?: unknown; u?: unknown };
    if (Array.isArray(p.e)) {
      const events: LiveEvent[] = [];
      for (const x of p.e) {
        if (!Array.isArray(x) || typeof x[0] !== 'string' || !/^\d{1,18}$/.test(x[0]) || typeof x[1] !== 'string' || typeof x[2] !== 'string') return { kind: 'everyone' };
        events.push({ id: x[0], userId: x[1], name: x[2], data: x[3] });
      }
      return { kind: 'events', events };
    }
    if (Array.isArray(p.u) && p.u.every((u) => typeof u === 'string')) return { kind: 'users', userIds: p.u as string[] };
  } catch {
    // Not ours, or cut short: look in the table.
  }
  return { kind: 'everyone' };
}

/** The listening connection's wait before its attempt'th reconnect (from 0), with up to a fifth of jitter. */
export function reconnectDelay(attempt: number, random: number, limits: Pick<LiveLimits, 'reconnectMinMs' | 'reconnectMaxMs'> = LIVE_LIMITS): number {
  const base = Math.min(limits.reconnectMaxMs, limits.reconnectMinMs * 2 ** Math.min(attempt, 20));
  return Math.round(base * (1 + random / 5));
}

/**
 * The advisory lock publishers to one person take turns on (see the invariants): a class of our own
 * (so no other user of advisory locks collides) and the first 32 bits of the person's uuid. The
 * commit trigger of migration 0045 takes it in SQL, as `('x' || left(user_id::text, 8))::bit(32)::int`.
 */
export const PUBLISH_LOCK_CLASS = 48_040;

export function publishLockKey(userId: string): number {
  return Number.parseInt(userId.slice(0, 8), 16) | 0;
}
