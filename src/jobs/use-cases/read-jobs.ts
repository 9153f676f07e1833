// Reading jobs: one job for whoever may see it, the client's own jobs, and the open public jobs a
// page at a time. The shapes they return (JobView, JobSummary) are what the pages and the API render.
import { sql } from 'kysely';
import type { Executor } from '../../db/pool.ts';
import { type Actor, requireActor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import type { Currency, Money } from '../../platform/money.ts';
import type { JobDuration, JobExperience, JobKind, JobStatus, JobVisibility } from '../domain.ts';
import { UUID, visibleTo } from './access.ts';

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

const minor = (v: string | null, currency: Currency): Money | null => (v === null ? null : { amount: BigInt(v), currency });

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
