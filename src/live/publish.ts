// Live events (issue 18): what the signed-in user's open pages and GET /api/v1/events receive
// (text/event-stream) without a reload.
//
// CONTRACT (shared by every feature; the live module implements it): called inside the caller's
// transaction, so an event exists exactly when the change it reports was committed. Each event has
// an id (increasing, for Last-Event-ID), a name and JSON data; it reaches every app process through
// PostgreSQL LISTEN/NOTIFY.
import type { Executor } from '../db/pool.ts';
import type { Deps } from '../platform/deps.ts';

export const LIVE_EVENTS = ['message', 'read', 'notification', 'order'] as const;
export type LiveEventName = (typeof LIVE_EVENTS)[number];

/** Publishes one event to each of the users (e.g. both parties of a conversation). */
export async function publish(_deps: Deps, _tx: Executor, _userIds: readonly string[], _event: LiveEventName, _data: Record<string, unknown>): Promise<void> {
  // Implemented by the live module (issue 18).
}
