// Live events (issue 18): what the signed-in user's open pages and GET /api/v1/events receive
// (text/event-stream) without a reload.
//
// CONTRACT (shared by every feature; the live module implements it): called inside the caller's
// transaction, so an event exists exactly when the change it reports was committed. Each event has
// an id (increasing, for Last-Event-ID), a name and JSON data; it reaches every app process through
// PostgreSQL LISTEN/NOTIFY.
//
// How (docs/decisions/0048-live-events.md): one row per person in live_events, and one NOTIFY on
// the hunar_live channel, which PostgreSQL delivers when the transaction commits (and never when it
// rolls back). Publishers to the same person take turns from here to their commit (an advisory lock),
// so a person's events become visible in id order and a stream resuming after id N misses nothing.
// Call it once, late in the transaction: the turn is held until commit.
import { sql } from 'kysely';
import type { Executor } from '../db/pool.ts';
import type { Deps } from '../platform/deps.ts';
import { announcement, LIVE_CHANNEL, LIVE_LIMITS, type LiveEvent, PUBLISH_LOCK_CLASS, publishLockKey } from './domain.ts';

export const LIVE_EVENTS = ['message', 'read', 'notification', 'order'] as const;
export type LiveEventName = (typeof LIVE_EVENTS)[number];

/** Publishes one event to each of the users (e.g. both parties of a conversation). */
export async function publish(deps: Deps, tx: Executor, userIds: readonly string[], event: LiveEventName, data: Record<string, unknown>): Promise<void> {
  // Sorted, so two publishers to the same people take their turns in the same order (no deadlock).
  const users = [...new Set(userIds)].sort();
  if (users.length === 0) return;
  const json = JSON.stringify(data);
  if (Buffer.byteLength(json) > LIVE_LIMITS.dataMaxBytes) throw new Error(`live event ${event} carries more than ${LIVE_LIMITS.dataMaxBytes} bytes: send ids, not documents`);
  const now = deps.clock.now();
  const keys = users.map(publishLockKey);
  await sql`SELECT pg_advisory_xact_lock(${PUBLISH_LOCK_CLASS}, k) FROM unnest(${keys}::int4[]) AS k`.execute(tx);
  const rows = await tx
    .insertInto('live_events')
    .values(users.map((u) => ({ user_id: u, name: event, data: json, created_at: now })))
    .returning(['id', 'user_id'])
    .execute();
  const events: LiveEvent[] = rows.map((r) => ({ id: r.id, userId: r.user_id, name: event, data }));
  await sql`SELECT pg_notify(${LIVE_CHANNEL}, ${announcement(events)})`.execute(tx);
}
