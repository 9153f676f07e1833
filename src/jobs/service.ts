// Job and proposal use cases. Each takes the acting user first, checks who may do it, runs in one
// transaction and writes an audit event. A job the actor may not see (someone else's invite-only
// job) and proposals on someone else's job answer not_found, never forbidden, so ids cannot be
// probed. Daily anti-spam limits are counted in SQL over the last 24 hours, under a row lock on the
// user, so every app process shares them.
import { sql } from 'kysely';
import type { Executor, Tx } from '../db/pool.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError, type FieldErrors } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import { contractFromHire } from '../orders/contracts.ts';
import { sendMail } from '../platform/mail.ts';
import type { Currency, Money } from '../platform/money.ts';
import {
  acceptsProposals,
  canEditJob,
  canEditProposal,
  DAILY_LIMITS,
  type DailyLimits,
  declineInput,
  inviteInput,
  type JobAction,
  type JobContent,
  type JobDuration,
  type JobExperience,
  type JobKind,
  type JobStatus,
  type JobVisibility,
  jobInput,
  nextJobStatus,
  nextProposalStatus,
  type ProposalAction,
  type ProposalStatus,
  proposalInput,
  proposalProblems,
  hirePlan,
  type PlannedPart,
  proposalActions,
  toJobContent,
  toProposalContent,
} from './domain.ts';
import { inviteMail } from './mail.ts';

export interface Named {
  slug: string;
  en: string;
  ur: string;
}

export interface Person {
  id: string;
  displayName: string;
  handle: string;
}

export interface JobView {
  id: string;
  client: Person;
  title: string;
  description: string;
  category: Named | null;
  skills: Named[];
  kind: JobKind;
  currency: Currency;
  budget: Money | null;
  rateMin: Money | null;
  rateMax: Money | null;
  weeklyHours: number | null;
  duration: JobDuration;
  experience: JobExperience;
  visibility: JobVisibility;
  status: JobStatus;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
}

export interface JobSummary {
  id: string;
  title: string;
  kind: JobKind;
  currency: Currency;
  budget: Money | null;
  rateMin: Money | null;
  rateMax: Money | null;
  visibility: JobVisibility;
  status: JobStatus;
  createdAt: Date;
  proposals: number;
}

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY_MS = 86_400_000;

async function audit(tx: Executor, deps: Deps, kind: string, actor: Actor, subjectId: string, data: Record<string, unknown> = {}) {
  await tx
    .insertInto('audit_events')
    .values({ kind, actor_id: actor.userId, subject_id: subjectId, data: JSON.stringify(data), ip: null, created_at: deps.clock.now() })
    .execute();
}

const minor = (v: string | null, currency: Currency): Money | null => (v === null ? null : { amount: BigInt(v), currency });

/** Serialises one user's writes, so a daily limit cannot be passed by parallel requests. */
async function lockUser(tx: Tx, userId: string): Promise<void> {
  await tx.selectFrom('users').select('id').where('id', '=', userId).forUpdate().execute();
}

async function checkTaxonomy(tx: Executor, content: { category_slug: string | null; skills: string[] }): Promise<void> {
  const fields: FieldErrors = {};
  if (content.category_slug) {
    const cat = await tx.selectFrom('skill_categories').select('slug').where('slug', '=', content.category_slug).executeTakeFirst();
    if (!cat) fields.category_slug = { key: 'field.choose' };
  }
  if (content.skills.length > 0) {
    if (!content.category_slug) fields.skills = { key: 'field.job_skill_category' };
    else {
      const found = await tx.selectFrom('skills').select('slug').where('slug', 'in', content.skills).where('category_slug', '=', content.category_slug).execute();
      if (found.length !== content.skills.length) fields.skills = { key: 'field.job_skill_category' };
    }
  }
  if (Object.keys(fields).length) throw new AppError('validation.failed', {}, fields);
}

const jobColumns = (c: JobContent) => ({
  title: c.title,
  description: c.description,
  category_slug: c.category_slug,
  skills: c.skills,
  kind: c.kind,
  currency: c.currency,
  budget_minor: c.budget ? c.budget.amount.toString() : null,
  rate_min_minor: c.rateMin ? c.rateMin.amount.toString() : null,
  rate_max_minor: c.rateMax ? c.rateMax.amount.toString() : null,
  weekly_hours: c.weeklyHours,
  duration: c.duration,
  experience: c.experience,
  visibility: c.visibility,
});

// --- Jobs ---------------------------------------------------------------------------------------

/** Clients post jobs, at most `limits.jobs` in any 24 hours. */
export async function postJob(deps: Deps, actorIn: Actor | null, raw: unknown, limits: DailyLimits = DAILY_LIMITS): Promise<{ id: string }> {
  const actor = requireActor(actorIn);
  if (!actor.isClient) throw new AppError('job.clients_only');
  const content = toJobContent(parseWith(jobInput, raw));
  return deps.db.transaction().execute(async (tx) => {
    await checkTaxonomy(tx, content);
    await lockUser(tx, actor.userId);
    const now = deps.clock.now();
    const recent = await tx
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('client_id', '=', actor.userId)
      .where('created_at', '>', new Date(now.getTime() - DAY_MS))
      .executeTakeFirstOrThrow();
    if (Number(recent.n) >= limits.jobs) throw new AppError('job.daily_limit', { limit: limits.jobs });
    const job = await tx
      .insertInto('jobs')
      .values({ client_id: actor.userId, ...jobColumns(content), status: 'open', created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(tx, deps, 'job.posted', actor, job.id, { title: content.title, visibility: content.visibility });
    return job;
  });
}

async function ownJobForUpdate(tx: Tx, actor: Actor, id: string) {
  if (!UUID.test(id)) throw new AppError('not_found');
  const row = await tx.selectFrom('jobs').selectAll().where('id', '=', id).where('client_id', '=', actor.userId).forUpdate().executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return row;
}

/** Replaces an open job's content. The currency and kind cannot change once proposals exist (they are priced in them). */
export async function updateJob(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<{ id: string }> {
  const actor = requireActor(actorIn);
  return deps.db.transaction().execute(async (tx) => {
    const job = await ownJobForUpdate(tx, actor, id);
    const content = toJobContent(parseWith(jobInput, raw));
    if (!canEditJob(job.status)) throw new AppError('job.status_conflict');
    await checkTaxonomy(tx, content);
    // Proposals are priced in the job's currency and kind (a price or an hourly rate): neither changes under them.
    if (content.currency !== job.currency || content.kind !== job.kind) {
      const any = await tx.selectFrom('proposals').select('id').where('job_id', '=', job.id).executeTakeFirst();
      if (any) {
        const fields: FieldErrors = {};
        if (content.currency !== job.currency) fields.currency = { key: 'field.job_currency_locked' };
        if (content.kind !== job.kind) fields.kind = { key: 'field.job_kind_locked' };
        throw new AppError('validation.failed', {}, fields);
      }
    }
    await tx
      .updateTable('jobs')
      .set({ ...jobColumns(content), updated_at: deps.clock.now() })
      .where('id', '=', job.id)
      .execute();
    await audit(tx, deps, 'job.updated', actor, job.id);
    return { id: job.id };
  });
}

async function jobTransition(deps: Deps, actorIn: Actor | null, id: string, action: JobAction): Promise<{ id: string; status: JobStatus }> {
  const actor = requireActor(actorIn);
  return deps.db.transaction().execute(async (tx) => {
    const job = await ownJobForUpdate(tx, actor, id);
    const next = nextJobStatus(job.status, action);
    if (!next) throw new AppError('job.status_conflict');
    const now = deps.clock.now();
    await tx
      .updateTable('jobs')
      .set({ status: next, updated_at: now, closed_at: next === 'closed' ? now : null })
      .where('id', '=', job.id)
      .execute();
    await audit(tx, deps, action === 'close' ? 'job.closed' : 'job.reopened', actor, job.id);
    return { id: job.id, status: next };
  });
}

export const closeJob = (deps: Deps, actor: Actor | null, id: string) => jobTransition(deps, actor, id, 'close');
export const reopenJob = (deps: Deps, actor: Actor | null, id: string) => jobTransition(deps, actor, id, 'reopen');

/**
 * Invites a freelancer (by handle) to the actor's job; for an invite-only job this is what lets them
 * see it. The freelancer gets a mail in their language, once (inviting again changes nothing).
 */
export async function inviteFreelancer(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<{ handle: string }> {
  const actor = requireActor(actorIn);
  return deps.db.transaction().execute(async (tx) => {
    const job = await ownJobForUpdate(tx, actor, id);
    const { handle } = parseWith(inviteInput, raw);
    const who = await tx
      .selectFrom('users')
      .select(['id', 'handle', 'is_freelancer', 'email', 'display_name', 'locale'])
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
      await sendMail(deps, tx, inviteMail(deps, { to: String(who.email), name: who.display_name, locale: who.locale, client: actor.displayName, jobTitle: job.title, jobId: job.id }));
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

/** Whether `viewerId` may see the job (owner, public, or invited), as an SQL condition on jobs. */
function visibleTo(viewerId: string | null) {
  return sql<boolean>`(jobs.visibility = 'public' ${
    viewerId ? sql`OR jobs.client_id = ${viewerId} OR EXISTS (SELECT 1 FROM job_invites i WHERE i.job_id = jobs.id AND i.freelancer_id = ${viewerId})` : sql``
  })`;
}

async function jobView(db: Executor, id: string, viewerId: string | null): Promise<JobView | null> {
  if (!UUID.test(id)) return null;
  const j = await db
    .selectFrom('jobs')
    .innerJoin('users', 'users.id', 'jobs.client_id')
    .selectAll('jobs')
    .select(['users.display_name', 'users.handle'])
    .where('jobs.id', '=', id)
    .where(visibleTo(viewerId))
    .executeTakeFirst();
  if (!j) return null;
  const category = j.category_slug ? await db.selectFrom('skill_categories').select(['slug', 'name_en', 'name_ur']).where('slug', '=', j.category_slug).executeTakeFirst() : undefined;
  const skills = j.skills.length ? await db.selectFrom('skills').select(['slug', 'name_en', 'name_ur']).where('slug', 'in', j.skills).orderBy('name_en').execute() : [];
  return {
    id: j.id,
    client: { id: j.client_id, displayName: j.display_name, handle: String(j.handle) },
    title: j.title,
    description: j.description,
    category: category ? { slug: category.slug, en: category.name_en, ur: category.name_ur } : null,
    skills: skills.map((s) => ({ slug: s.slug, en: s.name_en, ur: s.name_ur })),
    kind: j.kind,
    currency: j.currency,
    budget: minor(j.budget_minor, j.currency),
    rateMin: minor(j.rate_min_minor, j.currency),
    rateMax: minor(j.rate_max_minor, j.currency),
    weeklyHours: j.weekly_hours,
    duration: j.duration,
    experience: j.experience,
    visibility: j.visibility,
    status: j.status,
    createdAt: j.created_at,
    updatedAt: j.updated_at,
    closedAt: j.closed_at,
  };
}

/** A job for anyone who may see it: public jobs for all, invite-only ones for the owner and invited freelancers. */
export async function getJob(deps: Deps, viewer: Actor | null, id: string): Promise<JobView> {
  const job = await jobView(deps.db, id, viewer?.userId ?? null);
  if (!job) throw new AppError('not_found');
  return job;
}

/** The actor's own job (for editing), in any status. */
export async function getOwnJob(deps: Deps, actorIn: Actor | null, id: string): Promise<JobView> {
  const actor = requireActor(actorIn);
  const job = await jobView(deps.db, id, actor.userId);
  if (!job || job.client.id !== actor.userId) throw new AppError('not_found');
  return job;
}

const summaryColumns = [
  'jobs.id',
  'jobs.title',
  'jobs.kind',
  'jobs.currency',
  'jobs.budget_minor',
  'jobs.rate_min_minor',
  'jobs.rate_max_minor',
  'jobs.visibility',
  'jobs.status',
  'jobs.created_at',
] as const;

type SummaryRow = {
  id: string;
  title: string;
  kind: JobKind;
  currency: Currency;
  budget_minor: string | null;
  rate_min_minor: string | null;
  rate_max_minor: string | null;
  visibility: JobVisibility;
  status: JobStatus;
  created_at: Date;
  proposals?: string | number;
};

const toSummary = (r: SummaryRow): JobSummary => ({
  id: r.id,
  title: r.title,
  kind: r.kind,
  currency: r.currency,
  budget: minor(r.budget_minor, r.currency),
  rateMin: minor(r.rate_min_minor, r.currency),
  rateMax: minor(r.rate_max_minor, r.currency),
  visibility: r.visibility,
  status: r.status,
  createdAt: r.created_at,
  proposals: Number(r.proposals ?? 0),
});

/** The client's jobs, newest first, with how many proposals each has (withdrawn ones not counted). */
export async function listMyJobs(deps: Deps, actorIn: Actor | null): Promise<JobSummary[]> {
  const actor = requireActor(actorIn);
  const rows = await deps.db
    .selectFrom('jobs')
    .select(summaryColumns)
    .select((eb) =>
      eb
        .selectFrom('proposals')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('proposals.job_id', '=', 'jobs.id')
        .where('proposals.status', '!=', 'withdrawn')
        .as('proposals'),
    )
    .where('jobs.client_id', '=', actor.userId)
    .orderBy('jobs.created_at', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => toSummary({ ...r, proposals: r.proposals ?? 0 }));
}

export const PAGE_SIZE = 20;

/** Opaque keyset cursor over (created_at, id). */
export function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const bad = () => new AppError('validation.failed', {}, { cursor: { key: 'field.job_cursor' } });
  if (cursor.length > 200) throw bad();
  const [ts, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(ts ?? '');
  if (!id || !UUID.test(id) || Number.isNaN(createdAt.getTime())) throw bad();
  return { createdAt, id };
}

/** Open public jobs, newest first, PAGE_SIZE at a time (search and filters come from the search module). */
export async function listOpenJobs(deps: Deps, opts: { cursor?: string | undefined; limit?: number } = {}): Promise<{ jobs: JobSummary[]; nextCursor: string | null }> {
  const limit = Math.min(Math.max(opts.limit ?? PAGE_SIZE, 1), 100);
  let q = deps.db
    .selectFrom('jobs')
    .select(summaryColumns)
    .where('jobs.status', '=', 'open')
    .where('jobs.visibility', '=', 'public');
  if (opts.cursor) {
    const c = decodeCursor(opts.cursor);
    q = q.where(sql<boolean>`(jobs.created_at, jobs.id) < (${c.createdAt}, ${c.id}::uuid)`);
  }
  const rows = await q.orderBy('jobs.created_at', 'desc').orderBy('jobs.id', 'desc').limit(limit + 1).execute();
  const page = rows.slice(0, limit).map((r) => toSummary(r));
  const last = page[page.length - 1];
  return { jobs: page, nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null };
}

// --- Proposals ------------------------------------------------------------------------------------

function proposalQuery(db: Executor) {
  return db
    .selectFrom('proposals')
    .innerJoin('jobs', 'jobs.id', 'proposals.job_id')
    .innerJoin('users', 'users.id', 'proposals.freelancer_id')
    .leftJoin('contracts', 'contracts.proposal_id', 'proposals.id')
    .selectAll('proposals')
    .select(['jobs.title as job_title', 'jobs.kind as job_kind', 'jobs.client_id', 'jobs.weekly_hours', 'jobs.status as job_status', 'users.display_name', 'users.handle', 'contracts.id as contract_id']);
}

type ProposalRow = Awaited<ReturnType<ReturnType<typeof proposalQuery>['executeTakeFirstOrThrow']>>;

function toProposal(r: ProposalRow): ProposalView {
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

/** Client actions on a proposal to their job: shortlist, decline (with a reason), hire. */
async function clientAction(deps: Deps, actorIn: Actor | null, id: string, action: Exclude<ProposalAction, 'withdraw'>, raw?: unknown): Promise<ProposalView> {
  const actor = requireActor(actorIn);
  const reason = action === 'decline' ? parseWith(declineInput, raw ?? {}).reason : null;
  await deps.db.transaction().execute(async (tx) => {
    if (!UUID.test(id)) throw new AppError('not_found');
    const p = await tx
      .selectFrom('proposals')
      .innerJoin('jobs', 'jobs.id', 'proposals.job_id')
      .select(['proposals.id', 'proposals.status', 'proposals.job_id', 'proposals.price_minor', 'proposals.rate_minor', 'proposals.currency', 'jobs.status as job_status'])
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
