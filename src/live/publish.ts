// Live events (issue 18): what the signed-in user's open pages and GET /api/v1/events receive
// (text/event-stream) without a reload.
//
// CONTRACT (shared by every feature; the live module implements it): called inside the caller's
// transaction, so an event exists exactly when the change it reports was committed. Each event has
// an id (increasing, for Last-Event-ID), a name and JSON data; it reaches every app process through
// PostgreSQL LISTEN/NOTIFY.
//
// How (docs/decisions/0048-live-events.md): one row per person in live_events, inserted here with a
// temporary negative id. When the transaction commits (never when it rolls back), a deferred trigger
// (migration 0045) takes the turns of everyone the transaction published to, in sorted order, gives
// each row its real id and NOTIFYs the hunar_live channel. So a person's events become visible in
// id order, a stream resuming after id N misses nothing, and publishing may happen anywhere in a
// transaction, any number of times, without two transactions waiting on each other's turns.
import { sql } from 'kysely';
import type { Executor } from '../db/pool.ts';
import type { Deps } from '../platform/deps.ts';
import { LIVE_LIMITS } from './domain.ts';

export const LIVE_EVENTS = ['message', 'read', 'notification', 'order'] as const;
export type LiveEventName = (typeof LIVE_EVENTS)[number];

/** Publishes one event to each of the users (e.g. both parties of a conversation). */
export async function publish(deps: Deps, tx: Executor, userIds: readonly string[], event: LiveEventName, data: Record<string, unknown>): Promise<void> {
  const users = [...new Set(userIds)];
  if (users.length === 0) return;
  const json = JSON.stringify(data);
  if (Buffer.byteLength(json) > LIVE_LIMITS.dataMaxBytes) throw new Error(`live event ${event} carries more than ${LIVE_LIMITS.dataMaxBytes} bytes: send ids, not documents`);
  const now = deps.clock.now();
  await tx
    .insertInto('live_events')
    .values(users.map((u) => ({ id: sql<string>`-nextval('live_events_pending_id')`, user_id: u, name: event, data: json, created_at: now })))
    .execute();
}
