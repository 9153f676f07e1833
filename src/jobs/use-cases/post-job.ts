// A client's own job: posting it (within the daily limit), editing it while open, closing and
// reopening it. Each checks the job is the actor's, runs in one transaction and writes an audit event.
import type { Executor } from '../../db/pool.ts';
import { type Actor, requireActor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, type FieldErrors } from '../../platform/errors.ts';
import { parseWith } from '../../platform/forms.ts';
import { canEditJob, DAILY_LIMITS, type DailyLimits, type JobAction, type JobContent, type JobStatus, jobInput, nextJobStatus, toJobContent } from '../domain.ts';
import { ownJobForUpdate } from './access.ts';
import { audit } from './audit.ts';
import { DAY_MS, lockUser } from './daily-limits.ts';

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
