// The client's answer to a proposal on their job: shortlist, decline (with a reason) or hire, one
// state-machine step; hiring closes the job, starts the contract and declines the proposals still
// waiting. previewHire is the confirmation page's view of the contract a hire would start.
import { type Actor, requireActor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { parseWith } from '../../platform/forms.ts';
import { contractFromHire } from '../../orders/contracts.ts';
import { notify } from '../../notifications/notify.ts';
import type { Money } from '../../platform/money.ts';
import { acceptsProposals, declineInput, hirePlan, nextProposalStatus, type PlannedPart, type ProposalAction, proposalActions } from '../domain.ts';
import { UUID } from './access.ts';
import { audit } from './audit.ts';
import { getProposal, proposalQuery, type ProposalView, toProposal } from './read-proposals.ts';

/** Client actions on a proposal to their job: shortlist, decline (with a reason), hire. */
async function clientAction(deps: Deps, actorIn: Actor | null, id: string, action: Exclude<ProposalAction, 'withdraw'>, raw?: unknown): Promise<ProposalView> {
  const actor = requireActor(actorIn);
  const reason = action === 'decline' ? parseWith(declineInput, raw ?? {}).reason : null;
  await deps.db.transaction().execute(async (tx) => {
    if (!UUID.test(id)) throw new AppError('not_found');
    const p = await tx
      .selectFrom('proposals')
      .innerJoin('jobs', 'jobs.id', 'proposals.job_id')
      .select(['proposals.id', 'proposals.status', 'proposals.job_id', 'proposals.freelancer_id', 'proposals.price_minor', 'proposals.rate_minor', 'proposals.currency', 'jobs.status as job_status'])
      .where('proposals.id', '=', id)
      .where('jobs.client_id', '=', actor.userId)
      .forUpdate()
      .executeTakeFirst();
    if (!p) throw new AppError('not_found');
    const next = nextProposalStatus(p.status, action);
    if (!next) throw new AppError('proposal.status_conflict');
    if (action !== 'decline' && !acceptsProposals(p.job_status)) throw new AppError('job.closed');
    const now = deps.clock.now();
    await tx
      .updateTable('proposals')
      .set({ status: next, updated_at: now, ...(action === 'decline' ? { decline_reason: reason || null, declined_by: 'client' as const } : {}) })
      .where('id', '=', p.id)
      .execute();
    if (action === 'hire') {
      // HAND-OFF to contracts (next issue): the proposal is now 'hired' and keeps its agreed terms
      // (price or hourly rate, currency, delivery days, milestone plan); getProposal reads them.
      // Hiring closes the job to new proposals, and the proposals still waiting are declined, so
      // nobody waits for an answer that will not come; each freelancer sees why.
      await tx.updateTable('jobs').set({ status: 'closed', closed_at: now, updated_at: now }).where('id', '=', p.job_id).execute();
      await audit(tx, deps, 'job.closed', actor, p.job_id, { by: 'hire' });
      // The hired proposal becomes a contract: its milestones (or its first week) wait to be funded.
      const contractId = await contractFromHire(tx, deps, p.id);
      await audit(tx, deps, 'contract.created', actor, contractId, { proposal_id: p.id });
      // Told here, in the use case, not in contractFromHire: the demo data makes contracts too, and tells nobody.
      const { title } = await tx.selectFrom('jobs').select('title').where('id', '=', p.job_id).executeTakeFirstOrThrow();
      await notify(deps, tx, { userId: p.freelancer_id, kind: 'hired', params: { contract: title, from: actor.displayName }, link: `/contracts/${contractId}` });
      const others = await tx
        .updateTable('proposals')
        .set({ status: 'declined', declined_by: 'hire', updated_at: now })
        .where('job_id', '=', p.job_id)
        .where('id', '!=', p.id)
        .where('status', 'in', ['submitted', 'shortlisted'])
        .returning('id')
        .execute();
      if (others.length) await audit(tx, deps, 'proposal.declined_by_hire', actor, p.job_id, { proposals: others.map((o) => o.id) });
    }
    await audit(tx, deps, `proposal.${next}`, actor, p.id, action === 'hire' ? { amount_minor: p.price_minor ?? p.rate_minor, currency: p.currency } : {});
  });
  return getProposal(deps, actor, id);
}

export interface HirePreview {
  proposal: ProposalView;
  /** What the contract will hold: its parts (milestones, or the first week), in funding order. */
  parts: PlannedPart[];
  total: Money;
  /** Hourly: the weekly limit in hours (the first part is one week at that limit). */
  weeklyHours: number | null;
}

/**
 * What hiring this proposal would start, for the client's confirmation page: the same plan
 * contractFromHire makes. Only the job's client, while the proposal can be hired on an open job.
 */
export async function previewHire(deps: Deps, actorIn: Actor | null, id: string): Promise<HirePreview> {
  const actor = requireActor(actorIn);
  if (!UUID.test(id)) throw new AppError('not_found');
  const r = await proposalQuery(deps.db).where('proposals.id', '=', id).executeTakeFirst();
  if (!r || r.client_id !== actor.userId) throw new AppError('not_found');
  if (!proposalActions(r.status, 'client').includes('hire')) throw new AppError('proposal.status_conflict');
  if (!acceptsProposals(r.job_status)) throw new AppError('job.closed');
  const proposal = toProposal(r);
  const plan = hirePlan({ kind: proposal.jobKind, jobTitle: proposal.jobTitle, amount: proposal.amount, weeklyHours: r.weekly_hours, milestones: proposal.milestones });
  return { proposal, ...plan };
}

export const shortlistProposal = (deps: Deps, actor: Actor | null, id: string) => clientAction(deps, actor, id, 'shortlist');
export const declineProposal = (deps: Deps, actor: Actor | null, id: string, raw: unknown) => clientAction(deps, actor, id, 'decline', raw);
export const hireProposal = (deps: Deps, actor: Actor | null, id: string) => clientAction(deps, actor, id, 'hire');
