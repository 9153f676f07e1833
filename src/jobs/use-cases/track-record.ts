// The numbers a profile shows about someone's jobs: a client's jobs posted and hired on, and how fast
// a freelancer answers invitations. Read by src/profiles, not by the job pages.
import { sql } from 'kysely';
import type { Executor } from '../../db/pool.ts';

/** A client's track record: jobs posted, and how many of them ended in a hire. */
export async function clientRecord(db: Executor, clientId: string): Promise<{ jobsPosted: number; jobsWithHire: number }> {
  const r = await db
    .selectFrom('jobs')
    .select((eb) => [
      eb.fn.countAll<string>().as('posted'),
      sql<string>`count(*) FILTER (WHERE EXISTS (SELECT 1 FROM proposals p WHERE p.job_id = jobs.id AND p.status = 'hired'))`.as('hired'),
    ])
    .where('client_id', '=', clientId)
    .executeTakeFirstOrThrow();
  return { jobsPosted: Number(r.posted), jobsWithHire: Number(r.hired) };
}

/**
 * How fast a freelancer answers job invitations with a proposal: the average in minutes over the
 * invitations they answered, and how many that is.
 */
export async function inviteResponse(db: Executor, freelancerId: string): Promise<{ answered: number; averageMinutes: number | null }> {
  const r = await db
    .selectFrom('job_invites as i')
    .innerJoin('proposals as p', (j) => j.onRef('p.job_id', '=', 'i.job_id').onRef('p.freelancer_id', '=', 'i.freelancer_id'))
    .select([sql<string>`count(*)`.as('n'), sql<string | null>`avg(greatest(extract(epoch FROM p.created_at - i.created_at), 0) / 60)`.as('minutes')])
    .where('i.freelancer_id', '=', freelancerId)
    .executeTakeFirstOrThrow();
  return { answered: Number(r.n), averageMinutes: r.minutes === null ? null : Number(r.minutes) };
}
