// The live events use case: a signed-in person opens their stream (docs/decisions/0048-live-events.md).
import type { Actor } from '../platform/actor.ts';
import { requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { parseWith } from '../platform/forms.ts';
import { eventsQuery, LIVE_LIMITS } from './domain.ts';

/**
 * The person's events as text/event-stream: those after `lastEventId` first (a reconnect's
 * Last-Event-ID header, else the query's last_event_id, for clients that cannot set headers), then
 * each new one. Only the actor's own events: the cursor is read among their rows alone.
 */
export async function openEventStream(deps: Deps, actor: Actor | null, cursor: { header: string | undefined; query: string | undefined }): Promise<ReadableStream<Uint8Array>> {
  const me = requireActor(actor);
  const { last_event_id } = parseWith(eventsQuery, { last_event_id: cursor.header ?? cursor.query });
  if (!deps.live) throw new Error('live event streams are not running in this process (boot.ts starts them)');
  return deps.live.open(me.userId, last_event_id === undefined ? null : BigInt(last_event_id));
}

export const LIVE_PRUNE_JOB = 'live.prune';

/**
 * Drops events older than LIVE_LIMITS.keepHours, a batch at a time (the live.prune job, hourly);
 * returns how many went. A stream resuming from before then gets what is left.
 */
export async function pruneLiveEvents(deps: Pick<Deps, 'db' | 'clock'>, batch = 10_000): Promise<number> {
  const before = new Date(deps.clock.now().getTime() - LIVE_LIMITS.keepHours * 3_600_000);
  let total = 0;
  for (;;) {
    const r = await deps.db
      .deleteFrom('live_events')
      .where('id', 'in', (eb) => eb.selectFrom('live_events').select('id').where('created_at', '<', before).limit(batch))
      .executeTakeFirst();
    const n = Number(r.numDeletedRows);
    total += n;
    if (n < batch) return total;
  }
}
