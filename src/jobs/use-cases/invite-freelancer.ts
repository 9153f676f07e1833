// Invitations: a client invites freelancers to their job (on an invite-only job, that is what lets
// them see it), lists and takes back invitations; a freelancer lists the invitations still waiting.
import { sql } from 'kysely';
import { type Actor, requireActor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { parseWith } from '../../platform/forms.ts';
import { notify } from '../../notifications/notify.ts';
import { inviteInput, type ProposalStatus } from '../domain.ts';
import { ownJobForUpdate, UUID } from './access.ts';
import { audit } from './audit.ts';
import type { Person } from './read-jobs.ts';

/**
 * Invites a freelancer (by handle) to the actor's job; for an invite-only job this is what lets them
 * see it. The freelancer is told (in the app and by e-mail, in their language), once: inviting again
 * changes nothing.
 */
export async function inviteFreelancer(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<{ handle: string }> {
  const actor = requireActor(actorIn);
  return deps.db.transaction().execute(async (tx) => {
    const job = await ownJobForUpdate(tx, actor, id);
    const { handle } = parseWith(inviteInput, raw);
    const who = await tx
      .selectFrom('users')
      .select(['id', 'handle', 'is_freelancer'])
      .where(sql<string>`handle::text`, '=', handle.replace(/^@/, '').toLowerCase())
      .executeTakeFirst();
    if (!who?.is_freelancer || who.id === actor.userId) throw new AppError('validation.failed', {}, { handle: { key: 'field.job_invite_unknown' } });
    const added = await tx
      .insertInto('job_invites')
      .values({ job_id: job.id, freelancer_id: who.id, created_at: deps.clock.now() })
      .onConflict((oc) => oc.doNothing())
      .returning('job_id')
      .executeTakeFirst();
    if (added) {
      await audit(tx, deps, 'job.invited', actor, job.id, { freelancer_id: who.id });
      await notify(deps, tx, { userId: who.id, kind: 'invited', params: { job: job.title, from: actor.displayName }, link: `/jobs/${job.id}` });
    }
    return { handle: String(who.handle) };
  });
}

export interface Invite {
  freelancer: Person;
  invitedAt: Date;
  /** Their proposal's status on this job, if they sent one. */
  proposalStatus: ProposalStatus | null;
}

/** The freelancers invited to the actor's own job, newest first. */
export async function listInvites(deps: Deps, actorIn: Actor | null, jobId: string): Promise<Invite[]> {
  const actor = requireActor(actorIn);
  if (!UUID.test(jobId)) throw new AppError('not_found');
  const job = await deps.db.selectFrom('jobs').select('id').where('id', '=', jobId).where('client_id', '=', actor.userId).executeTakeFirst();
  if (!job) throw new AppError('not_found');
  const rows = await deps.db
    .selectFrom('job_invites as i')
    .innerJoin('users as u', 'u.id', 'i.freelancer_id')
    .leftJoin('proposals as p', (j) => j.onRef('p.job_id', '=', 'i.job_id').onRef('p.freelancer_id', '=', 'i.freelancer_id'))
    .select(['u.id', 'u.display_name', 'u.handle', 'i.created_at', 'p.status'])
    .where('i.job_id', '=', jobId)
    .orderBy('i.created_at', 'desc')
    .execute();
  return rows.map((r) => ({ freelancer: { id: r.id, displayName: r.display_name, handle: String(r.handle) }, invitedAt: r.created_at, proposalStatus: r.status ?? null }));
}

/**
 * Takes back an invitation. Refused once the freelancer has an active proposal on the job (decline
 * it instead), so nobody loses sight of a job they are negotiating. On an invite-only job the
 * freelancer no longer sees it.
 */
export async function removeInvite(deps: Deps, actorIn: Actor | null, jobId: string, handle: string): Promise<{ removed: boolean }> {
  const actor = requireActor(actorIn);
  return deps.db.transaction().execute(async (tx) => {
    const job = await ownJobForUpdate(tx, actor, jobId);
    const invite = await tx
      .selectFrom('job_invites as i')
      .innerJoin('users as u', 'u.id', 'i.freelancer_id')
      .leftJoin('proposals as p', (j) => j.onRef('p.job_id', '=', 'i.job_id').onRef('p.freelancer_id', '=', 'i.freelancer_id'))
      .select(['i.freelancer_id', 'p.status'])
      .where('i.job_id', '=', job.id)
      .where(sql<string>`u.handle::text`, '=', handle.replace(/^@/, '').toLowerCase())
      .executeTakeFirst();
    if (!invite) throw new AppError('not_found');
    if (invite.status === 'submitted' || invite.status === 'shortlisted' || invite.status === 'hired') throw new AppError('job.invite_has_proposal');
    await tx.deleteFrom('job_invites').where('job_id', '=', job.id).where('freelancer_id', '=', invite.freelancer_id).execute();
    await audit(tx, deps, 'job.invite_removed', actor, job.id, { freelancer_id: invite.freelancer_id });
    return { removed: true };
  });
}

export interface MyInvite {
  jobId: string;
  jobTitle: string;
  client: Person;
  invitedAt: Date;
}

/** The open jobs the actor was invited to and has not yet answered with a proposal, newest first. */
export async function listMyInvites(deps: Deps, actorIn: Actor | null): Promise<MyInvite[]> {
  const actor = requireActor(actorIn);
  const rows = await deps.db
    .selectFrom('job_invites as i')
    .innerJoin('jobs', 'jobs.id', 'i.job_id')
    .innerJoin('users as c', 'c.id', 'jobs.client_id')
    .select(['jobs.id', 'jobs.title', 'c.id as client_id', 'c.display_name', 'c.handle', 'i.created_at'])
    .where('i.freelancer_id', '=', actor.userId)
    .where('jobs.status', '=', 'open')
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('proposals as p').select('p.id').whereRef('p.job_id', '=', 'i.job_id').whereRef('p.freelancer_id', '=', 'i.freelancer_id'))))
    .orderBy('i.created_at', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => ({ jobId: r.id, jobTitle: r.title, client: { id: r.client_id, displayName: r.display_name, handle: String(r.handle) }, invitedAt: r.created_at }));
}
