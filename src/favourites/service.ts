// Saved listings: save, unsave, list and check. A person can only save what they may see (a
// published gig, an open job that is public or that they are invited to, a freelancer); anything
// else is not_found, so saving cannot be used to learn that a hidden thing exists. Listing hides
// what has become unavailable since (a paused gig, a closed job); deleted things are gone already
// (ON DELETE CASCADE).
import { sql } from 'kysely';
import type { Executor } from '../db/pool.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import { type FavouriteKind, isFavouriteKind, isUuid, MAX_SAVED, pageOf, targetColumn } from './domain.ts';

export interface SavedItem {
  kind: FavouriteKind;
  id: string;
  title: string;
  url: string;
  savedAt: Date;
}

/** An open job the viewer may see: public, their own, or one they are invited to (SQL on jobs). */
const openJobVisibleTo = (viewerId: string) =>
  sql<boolean>`(jobs.status = 'open' AND (jobs.visibility = 'public' OR jobs.client_id = ${viewerId}
    OR EXISTS (SELECT 1 FROM job_invites i WHERE i.job_id = jobs.id AND i.freelancer_id = ${viewerId})))`;

/** Whether the viewer may save (and see) this target right now. */
async function available(db: Executor, viewerId: string, kind: FavouriteKind, id: string): Promise<boolean> {
  switch (kind) {
    case 'gig':
      return !!(await db.selectFrom('gigs').select('id').where('id', '=', id).where('status', '=', 'published').executeTakeFirst());
    case 'job':
      return !!(await db.selectFrom('jobs').select('id').where('id', '=', id).where(openJobVisibleTo(viewerId)).executeTakeFirst());
    case 'freelancer':
      return !!(await db.selectFrom('users').select('id').where('id', '=', id).where('is_freelancer', '=', true).executeTakeFirst());
  }
}

function checkRef(kind: string, id: string): FavouriteKind {
  if (!isFavouriteKind(kind) || !isUuid(id)) throw new AppError('not_found');
  return kind;
}

/** Saves a gig, job or freelancer for the actor; saving again changes nothing. */
export async function save(deps: Deps, actorIn: Actor | null, kindIn: string, id: string): Promise<void> {
  const actor = requireActor(actorIn);
  const kind = checkRef(kindIn, id);
  await deps.db.transaction().execute(async (tx) => {
    // One save at a time per person, so the limit holds under concurrent requests.
    await tx.selectFrom('users').select('id').where('id', '=', actor.userId).forUpdate().executeTakeFirst();
    if (!(await available(tx, actor.userId, kind, id))) throw new AppError('not_found');
    const existing = await tx.selectFrom('favourites').select('target_id').where('user_id', '=', actor.userId).where('kind', '=', kind).where('target_id', '=', id).executeTakeFirst();
    if (existing) return;
    const { n } = await tx.selectFrom('favourites').select((eb) => eb.fn.countAll<string>().as('n')).where('user_id', '=', actor.userId).executeTakeFirstOrThrow();
    if (Number(n) >= MAX_SAVED) throw new AppError('favourites.full', { limit: MAX_SAVED });
    await tx
      .insertInto('favourites')
      .values({ user_id: actor.userId, kind, target_id: id, [targetColumn[kind]]: id, created_at: deps.clock.now() })
      .onConflict((oc) => oc.doNothing())
      .execute();
  });
}

/** Removes a saved entry; removing one that is not saved changes nothing. */
export async function unsave(deps: Deps, actorIn: Actor | null, kindIn: string, id: string): Promise<void> {
  const actor = requireActor(actorIn);
  const kind = checkRef(kindIn, id);
  await deps.db.deleteFrom('favourites').where('user_id', '=', actor.userId).where('kind', '=', kind).where('target_id', '=', id).execute();
}

/** Whether the viewer has saved this target (false for visitors). */
export async function isSaved(deps: Deps, viewer: Actor | null, kind: FavouriteKind, id: string): Promise<boolean> {
  if (!viewer || !isUuid(id)) return false;
  const row = await deps.db.selectFrom('favourites').select('target_id').where('user_id', '=', viewer.userId).where('kind', '=', kind).where('target_id', '=', id).executeTakeFirst();
  return !!row;
}

/** The actor's saved things still available to them, newest first. */
export async function list(deps: Deps, actorIn: Actor | null): Promise<SavedItem[]> {
  const actor = requireActor(actorIn);
  const me = actor.userId;
  const db = deps.db;
  const [gigs, jobs, people] = await Promise.all([
    db
      .selectFrom('favourites')
      .innerJoin('gigs', 'gigs.id', 'favourites.gig_id')
      .select(['gigs.id', 'gigs.slug as ref', 'gigs.title', 'favourites.created_at'])
      .where('favourites.user_id', '=', me)
      .where('gigs.status', '=', 'published')
      .execute(),
    db
      .selectFrom('favourites')
      .innerJoin('jobs', 'jobs.id', 'favourites.job_id')
      .select(['jobs.id', 'jobs.id as ref', 'jobs.title', 'favourites.created_at'])
      .where('favourites.user_id', '=', me)
      .where(openJobVisibleTo(me))
      .execute(),
    db
      .selectFrom('favourites')
      .innerJoin('users', 'users.id', 'favourites.freelancer_id')
      .select(['users.id', 'users.handle as ref', 'users.display_name as title', 'favourites.created_at'])
      .where('favourites.user_id', '=', me)
      .where('users.is_freelancer', '=', true)
      .execute(),
  ]);
  const item = (kind: FavouriteKind) => (r: { id: string; ref: unknown; title: string; created_at: Date }) => ({
    kind,
    id: r.id,
    title: r.title,
    url: pageOf(kind, String(r.ref)),
    savedAt: r.created_at,
  });
  return [...gigs.map(item('gig')), ...jobs.map(item('job')), ...people.map(item('freelancer'))].sort(
    (a, b) => b.savedAt.getTime() - a.savedAt.getTime() || a.id.localeCompare(b.id),
  );
}
