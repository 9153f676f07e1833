// Job attachments: files a client adds to their job for freelancers to read (a brief, a sample, a
// spreadsheet), up to MEDIA_LIMITS.jobAttachments per job. Only the job's client adds or removes
// them, while the job is open; someone else's job is not_found. Whoever may see the job may list
// and download them (public jobs: anyone; invite-only: the client and invited freelancers), and
// nobody else learns they exist: the same rule as getJob, and openMedia for the files themselves.
import type { Executor } from '../db/pool.ts';
import { MEDIA_LIMITS } from '../media/domain.ts';
import { attachmentOf, attachmentsOf, mediaColumns, nextPosition, prepareAttachment, purgeSoon, type StoredAttachment, store, type Upload } from '../media/service.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { getJob } from './service.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function ownOpenJob(db: Executor, actor: Actor, jobId: string, lock: boolean) {
  if (!UUID.test(jobId)) throw new AppError('not_found');
  let q = db.selectFrom('jobs').select(['id', 'status']).where('id', '=', jobId).where('client_id', '=', actor.userId);
  if (lock) q = q.forUpdate();
  const job = await q.executeTakeFirst();
  if (!job) throw new AppError('not_found');
  if (job.status !== 'open') throw new AppError('job.closed');
  return job;
}

async function checkRoom(db: Executor, jobId: string) {
  const n = await db
    .selectFrom('media')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('job_id', '=', jobId)
    .executeTakeFirstOrThrow();
  if (Number(n.n) >= MEDIA_LIMITS.jobAttachments) throw new AppError('media.attachments_full', { max: MEDIA_LIMITS.jobAttachments });
}

/** The job's attachments, for whoever may see the job (not_found for everyone else). */
export async function listJobAttachments(deps: Deps, viewer: Actor | null, jobId: string): Promise<StoredAttachment[]> {
  const job = await getJob(deps, viewer, jobId);
  return attachmentsOf(deps.db, job.id);
}

/** Attaches a file to the actor's open job. */
export async function addJobAttachment(deps: Deps, actorIn: Actor | null, jobId: string, upload: Upload | null): Promise<StoredAttachment> {
  const actor = requireActor(actorIn);
  await ownOpenJob(deps.db, actor, jobId, false);
  await checkRoom(deps.db, jobId);
  if (!upload) throw new AppError('media.missing');
  const prepared = await prepareAttachment(upload);
  return store(deps, prepared, async (tx, key) => {
    const job = await ownOpenJob(tx, actor, jobId, true);
    await checkRoom(tx, job.id);
    const { next } = await nextPosition(tx, 'job_id', job.id);
    const row = await tx
      .insertInto('media')
      .values({ ...mediaColumns(prepared, key), owner_id: actor.userId, job_id: job.id, position: next, created_at: deps.clock.now() })
      .returning(['key', 'file_name', 'content_type', 'bytes', 'position'])
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('audit_events')
      .values({ kind: 'job.attachment_added', actor_id: actor.userId, subject_id: job.id, data: JSON.stringify({ key, name: prepared.fileName }), ip: null, created_at: deps.clock.now() })
      .execute();
    return attachmentOf(row);
  });
}

/** Removes an attachment from the actor's open job. */
export async function removeJobAttachment(deps: Deps, actorIn: Actor | null, jobId: string, key: string): Promise<void> {
  const actor = requireActor(actorIn);
  await deps.db.transaction().execute(async (tx) => {
    const job = await ownOpenJob(tx, actor, jobId, true);
    const gone = await tx.deleteFrom('media').where('job_id', '=', job.id).where('key', '=', key).returning('file_name').executeTakeFirst();
    if (!gone) throw new AppError('not_found');
    await tx
      .insertInto('audit_events')
      .values({ kind: 'job.attachment_removed', actor_id: actor.userId, subject_id: job.id, data: JSON.stringify({ key, name: gone.file_name }), ip: null, created_at: deps.clock.now() })
      .execute();
  });
  await purgeSoon(deps);
}
