// The audit trail every job and proposal use case writes to, inside its own transaction.
import type { Executor } from '../../db/pool.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';

export async function audit(tx: Executor, deps: Deps, kind: string, actor: Actor, subjectId: string, data: Record<string, unknown> = {}) {
  await tx
    .insertInto('audit_events')
    .values({ kind, actor_id: actor.userId, subject_id: subjectId, data: JSON.stringify(data), ip: null, created_at: deps.clock.now() })
    .execute();
}
