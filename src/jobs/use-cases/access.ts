// Who may see or change a job, shared by the job and proposal use cases. A job the actor may not see
// (someone else's invite-only job), someone else's job and a malformed id all answer not_found, never
// forbidden, so ids cannot be probed.
import { sql } from 'kysely';
import type { Tx } from '../../db/pool.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError } from '../../platform/errors.ts';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `viewerId` may see the job (owner, public, or invited), as an SQL condition on jobs. */
export function visibleTo(viewerId: string | null) {
  return sql<boolean>`(jobs.visibility = 'public' ${
    viewerId ? sql`OR jobs.client_id = ${viewerId} OR EXISTS (SELECT 1 FROM job_invites i WHERE i.job_id = jobs.id AND i.freelancer_id = ${viewerId})` : sql``
  })`;
}

export async function ownJobForUpdate(tx: Tx, actor: Actor, id: string) {
  if (!UUID.test(id)) throw new AppError('not_found');
  const row = await tx.selectFrom('jobs').selectAll().where('id', '=', id).where('client_id', '=', actor.userId).forUpdate().executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return row;
}
