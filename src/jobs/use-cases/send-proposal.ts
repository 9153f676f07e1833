// A freelancer's side of a proposal: sending it on an open job they can see (once, within the daily
// limit), editing it while the client has not acted, and withdrawing it.
import type { Tx } from '../../db/pool.ts';
import { type Actor, requireActor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { parseWith } from '../../platform/forms.ts';
import { notify } from '../../notifications/notify.ts';
import type { Currency } from '../../platform/money.ts';
import {
  acceptsProposals,
  canEditProposal,
  DAILY_LIMITS,
  type DailyLimits,
  type JobKind,
  nextProposalStatus,
  type ProposalStatus,
  proposalInput,
  proposalProblems,
  toProposalContent,
} from '../domain.ts';
import { UUID, visibleTo } from './access.ts';
import { audit } from './audit.ts';
import { DAY_MS, lockUser } from './daily-limits.ts';

function checkAgainstJob(input: ReturnType<typeof proposalInput.parse>, job: { currency: Currency; kind: JobKind }) {
  const problems = proposalProblems(input, job);
  if (Object.keys(problems).length) throw new AppError('validation.failed', {}, problems);
}

const proposalColumns = (content: ReturnType<typeof toProposalContent>, kind: JobKind) => ({
  cover_letter: content.coverLetter,
  price_minor: kind === 'fixed' ? content.amount.amount.toString() : null,
  rate_minor: kind === 'hourly' ? content.amount.amount.toString() : null,
  delivery_days: content.deliveryDays,
  milestones: JSON.stringify(content.milestones.map((m) => ({ title: m.title, amount_minor: m.amount.amount.toString() }))),
});

/** A freelancer proposes on an open job they can see, once, not on their own, within the daily limit. */
export async function submitProposal(deps: Deps, actorIn: Actor | null, jobId: string, raw: unknown, limits: DailyLimits = DAILY_LIMITS): Promise<{ id: string }> {
  const actor = requireActor(actorIn);
  return deps.db.transaction().execute(async (tx) => {
    if (!UUID.test(jobId)) throw new AppError('not_found');
    const job = await tx.selectFrom('jobs').selectAll().where('id', '=', jobId).where(visibleTo(actor.userId)).forShare().executeTakeFirst();
    if (!job) throw new AppError('not_found');
    if (!actor.isFreelancer) throw new AppError('proposal.freelancers_only');
    if (job.client_id === actor.userId) throw new AppError('proposal.own_job');
    if (!acceptsProposals(job.status)) throw new AppError('job.closed');
    const input = parseWith(proposalInput, raw);
    checkAgainstJob(input, job);
    await lockUser(tx, actor.userId);
    const existing = await tx.selectFrom('proposals').select('id').where('job_id', '=', job.id).where('freelancer_id', '=', actor.userId).executeTakeFirst();
    if (existing) throw new AppError('proposal.duplicate');
    const now = deps.clock.now();
    const recent = await tx
      .selectFrom('proposals')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('freelancer_id', '=', actor.userId)
      .where('created_at', '>', new Date(now.getTime() - DAY_MS))
      .executeTakeFirstOrThrow();
    if (Number(recent.n) >= limits.proposals) throw new AppError('proposal.daily_limit', { limit: limits.proposals });
    const row = await tx
      .insertInto('proposals')
      .values({ job_id: job.id, freelancer_id: actor.userId, currency: job.currency, ...proposalColumns(toProposalContent(input), job.kind), status: 'submitted', created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(tx, deps, 'proposal.submitted', actor, row.id, { job_id: job.id });
    await notify(deps, tx, { userId: job.client_id, kind: 'proposal_received', params: { job: job.title, from: actor.displayName }, link: `/jobs/${job.id}` });
    return row;
  });
}

async function ownProposalForUpdate(tx: Tx, actor: Actor, id: string) {
  if (!UUID.test(id)) throw new AppError('not_found');
  const p = await tx
    .selectFrom('proposals')
    .innerJoin('jobs', 'jobs.id', 'proposals.job_id')
    .selectAll('proposals')
    .select(['jobs.kind', 'jobs.status as job_status'])
    .where('proposals.id', '=', id)
    .where('proposals.freelancer_id', '=', actor.userId)
    .forUpdate()
    .executeTakeFirst();
  if (!p) throw new AppError('not_found');
  return p;
}

/** The freelancer changes their proposal while the client has not acted on it. */
export async function editProposal(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<{ id: string }> {
  const actor = requireActor(actorIn);
  return deps.db.transaction().execute(async (tx) => {
    const p = await ownProposalForUpdate(tx, actor, id);
    const input = parseWith(proposalInput, raw);
    if (!canEditProposal(p.status)) throw new AppError('proposal.status_conflict');
    if (!acceptsProposals(p.job_status)) throw new AppError('job.closed');
    checkAgainstJob(input, p);
    await tx
      .updateTable('proposals')
      .set({ ...proposalColumns(toProposalContent(input), p.kind), updated_at: deps.clock.now() })
      .where('id', '=', p.id)
      .execute();
    await audit(tx, deps, 'proposal.edited', actor, p.id);
    return { id: p.id };
  });
}

export async function withdrawProposal(deps: Deps, actorIn: Actor | null, id: string): Promise<{ id: string; status: ProposalStatus }> {
  const actor = requireActor(actorIn);
  return deps.db.transaction().execute(async (tx) => {
    const p = await ownProposalForUpdate(tx, actor, id);
    const next = nextProposalStatus(p.status, 'withdraw');
    if (!next) throw new AppError('proposal.status_conflict');
    await tx.updateTable('proposals').set({ status: next, updated_at: deps.clock.now() }).where('id', '=', p.id).execute();
    await audit(tx, deps, 'proposal.withdrawn', actor, p.id);
    return { id: p.id, status: next };
  });
}
