// Reading proposals: those on the client's own job, one proposal for its freelancer or the job's
// client, and a freelancer's own. ProposalView is the shape the pages, the API and hiring return.
import type { Executor } from '../../db/pool.ts';
import { type Actor, requireActor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import type { Money } from '../../platform/money.ts';
import type { JobKind, ProposalStatus } from '../domain.ts';
import { UUID } from './access.ts';
import type { Person } from './read-jobs.ts';

export interface ProposalView {
  id: string;
  jobId: string;
  jobTitle: string;
  jobKind: JobKind;
  freelancer: Person;
  coverLetter: string;
  /** The fixed price, or the hourly rate on an hourly job: the agreed terms once hired. */
  amount: Money;
  deliveryDays: number;
  milestones: { title: string; amount: Money }[];
  status: ProposalStatus;
  declineReason: string | null;
  /** 'hire' when the proposal was declined because the client hired someone else. */
  declinedBy: 'client' | 'hire' | null;
  /** The contract a hire started (hired proposals only). */
  contractId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export function proposalQuery(db: Executor) {
  return db
    .selectFrom('proposals')
    .innerJoin('jobs', 'jobs.id', 'proposals.job_id')
    .innerJoin('users', 'users.id', 'proposals.freelancer_id')
    .leftJoin('contracts', 'contracts.proposal_id', 'proposals.id')
    .selectAll('proposals')
    .select(['jobs.title as job_title', 'jobs.kind as job_kind', 'jobs.client_id', 'jobs.weekly_hours', 'jobs.status as job_status', 'users.display_name', 'users.handle', 'contracts.id as contract_id']);
}

type ProposalRow = Awaited<ReturnType<ReturnType<typeof proposalQuery>['executeTakeFirstOrThrow']>>;

export function toProposal(r: ProposalRow): ProposalView {
  const amount = r.price_minor ?? r.rate_minor ?? '0';
  return {
    id: r.id,
    jobId: r.job_id,
    jobTitle: r.job_title,
    jobKind: r.job_kind,
    freelancer: { id: r.freelancer_id, displayName: r.display_name, handle: String(r.handle) },
    coverLetter: r.cover_letter,
    amount: { amount: BigInt(amount), currency: r.currency },
    deliveryDays: r.delivery_days,
    milestones: r.milestones.map((m) => ({ title: m.title, amount: { amount: BigInt(m.amount_minor), currency: r.currency } })),
    status: r.status,
    declineReason: r.decline_reason,
    declinedBy: r.declined_by,
    contractId: r.contract_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The proposals on the actor's own job (withdrawn ones left out); someone else's job is not_found. */
export async function listProposalsForJob(deps: Deps, actorIn: Actor | null, jobId: string): Promise<ProposalView[]> {
  const actor = requireActor(actorIn);
  if (!UUID.test(jobId)) throw new AppError('not_found');
  const job = await deps.db.selectFrom('jobs').select('id').where('id', '=', jobId).where('client_id', '=', actor.userId).executeTakeFirst();
  if (!job) throw new AppError('not_found');
  const rows = await proposalQuery(deps.db).where('proposals.job_id', '=', job.id).where('proposals.status', '!=', 'withdrawn').orderBy('proposals.created_at').limit(500).execute();
  return rows.map(toProposal);
}

/** A proposal for its freelancer or the job's client (not_found for anyone else). */
export async function getProposal(deps: Deps, actorIn: Actor | null, id: string): Promise<ProposalView> {
  const actor = requireActor(actorIn);
  if (!UUID.test(id)) throw new AppError('not_found');
  const r = await proposalQuery(deps.db).where('proposals.id', '=', id).executeTakeFirst();
  if (!r || (r.freelancer_id !== actor.userId && r.client_id !== actor.userId)) throw new AppError('not_found');
  return toProposal(r);
}

/** The actor's own proposal on a job, if any. */
export async function myProposalFor(deps: Deps, actor: Actor | null, jobId: string): Promise<ProposalView | null> {
  if (!actor || !UUID.test(jobId)) return null;
  const r = await proposalQuery(deps.db).where('proposals.job_id', '=', jobId).where('proposals.freelancer_id', '=', actor.userId).executeTakeFirst();
  return r ? toProposal(r) : null;
}

/** The freelancer's proposals, newest first. */
export async function listMyProposals(deps: Deps, actorIn: Actor | null): Promise<ProposalView[]> {
  const actor = requireActor(actorIn);
  const rows = await proposalQuery(deps.db).where('proposals.freelancer_id', '=', actor.userId).orderBy('proposals.created_at', 'desc').limit(200).execute();
  return rows.map(toProposal);
}
