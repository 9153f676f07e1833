// Gig images: up to MEDIA_LIMITS.gigImages per gig, in the seller's order; the first is the gig's
// thumbnail in lists. Only the gig's seller adds, moves or removes them; someone else's gig is
// not_found, as everywhere in gigs. Checks are made before the image is decoded (cheap) and again
// under the gig's row lock when the row is written (so parallel uploads cannot pass the limit).
import type { Executor, Tx } from '../db/pool.ts';
import { MEDIA_LIMITS } from '../media/domain.ts';
import { imageOf, imagesOf, mediaColumns, moveInList, nextPosition, prepareImage, purgeSoon, type StoredImage, store, type Upload } from '../media/service.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function ownGig(db: Executor, actor: Actor, ref: string, lock: boolean) {
  if (ref.length > 100) throw new AppError('not_found');
  let q = db
    .selectFrom('gigs')
    .select(['id', 'slug'])
    .where(UUID.test(ref) ? 'id' : 'slug', '=', ref)
    .where('seller_id', '=', actor.userId);
  if (lock) q = q.forUpdate();
  const gig = await q.executeTakeFirst();
  if (!gig) throw new AppError('not_found');
  return gig;
}

async function audit(tx: Tx, deps: Deps, kind: string, actor: Actor, gigId: string, key: string) {
  await tx
    .insertInto('audit_events')
    .values({ kind, actor_id: actor.userId, subject_id: gigId, data: JSON.stringify({ key }), ip: null, created_at: deps.clock.now() })
    .execute();
}

async function checkRoom(db: Executor, gigId: string) {
  const n = await db
    .selectFrom('media')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('gig_id', '=', gigId)
    .executeTakeFirstOrThrow();
  if (Number(n.n) >= MEDIA_LIMITS.gigImages) throw new AppError('media.images_full', { max: MEDIA_LIMITS.gigImages });
}

/** The gig's images, for its seller (any status). */
export async function listGigImages(deps: Deps, actorIn: Actor | null, ref: string): Promise<StoredImage[]> {
  const actor = requireActor(actorIn);
  const gig = await ownGig(deps.db, actor, ref, false);
  return (await imagesOf(deps.db, 'gig_id', [gig.id])).get(gig.id) ?? [];
}

/** Adds an image at the end of the gig's list. */
export async function addGigImage(deps: Deps, actorIn: Actor | null, ref: string, upload: Upload | null): Promise<StoredImage> {
  const actor = requireActor(actorIn);
  const found = await ownGig(deps.db, actor, ref, false);
  await checkRoom(deps.db, found.id);
  if (!upload) throw new AppError('media.missing');
  const prepared = await prepareImage('gig_image', upload);
  return store(deps, prepared, async (tx, key) => {
    const gig = await ownGig(tx, actor, found.id, true);
    await checkRoom(tx, gig.id);
    const { next } = await nextPosition(tx, 'gig_id', gig.id);
    const row = await tx
      .insertInto('media')
      .values({ ...mediaColumns(prepared, key), owner_id: actor.userId, gig_id: gig.id, position: next, created_at: deps.clock.now() })
      .returning(['key', 'width', 'height', 'thumb_width', 'thumb_height', 'position'])
      .executeTakeFirstOrThrow();
    await tx.updateTable('gigs').set({ updated_at: deps.clock.now() }).where('id', '=', gig.id).execute();
    await audit(tx, deps, 'gig.image_added', actor, gig.id, key);
    return imageOf(row);
  });
}

/** Removes one image (its files go with it, see media.purgeTrash). */
export async function removeGigImage(deps: Deps, actorIn: Actor | null, ref: string, key: string): Promise<void> {
  const actor = requireActor(actorIn);
  await deps.db.transaction().execute(async (tx) => {
    const gig = await ownGig(tx, actor, ref, true);
    const gone = await tx.deleteFrom('media').where('gig_id', '=', gig.id).where('key', '=', key).returning('id').executeTakeFirst();
    if (!gone) throw new AppError('not_found');
    await tx.updateTable('gigs').set({ updated_at: deps.clock.now() }).where('id', '=', gig.id).execute();
    await audit(tx, deps, 'gig.image_removed', actor, gig.id, key);
  });
  await purgeSoon(deps);
}

/** Moves one image a place earlier or later; the first is the thumbnail. */
export async function moveGigImage(deps: Deps, actorIn: Actor | null, ref: string, key: string, direction: 'up' | 'down'): Promise<StoredImage[]> {
  const actor = requireActor(actorIn);
  return deps.db.transaction().execute(async (tx) => {
    const gig = await ownGig(tx, actor, ref, true);
    await moveInList(tx, 'gig_id', gig.id, key, direction);
    return (await imagesOf(tx, 'gig_id', [gig.id])).get(gig.id) ?? [];
  });
}

/** The first image's thumbnail of each gig (for lists and search results: GigView has them all). */
export async function gigThumbnails(db: Executor, gigIds: readonly string[]): Promise<Map<string, StoredImage>> {
  const all = await imagesOf(db, 'gig_id', gigIds);
  return new Map([...all].flatMap(([id, list]) => (list[0] ? [[id, list[0]] as const] : [])));
}

/** The images of a gig anyone may see (the caller has already checked the gig is visible). */
export async function imagesOfGig(db: Executor, gigId: string): Promise<StoredImage[]> {
  return (await imagesOf(db, 'gig_id', [gigId])).get(gigId) ?? [];
}
