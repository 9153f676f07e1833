// A co-working listing's photos (issue 21, docs/decisions/0068, "Photos"): up to
// MEDIA_LIMITS.spacePhotos per listing, JPEG, PNG or WebP, re-encoded by src/media (no metadata
// kept), in the owner's order; the first is the listing's card in the directory. As gig images
// (src/gigs/images.ts): only the listing's owner adds, moves or removes them (someone else, another
// space owner included, gets not_found); the limit is checked before decoding and again under the
// space's row lock, so parallel uploads cannot pass it. Who may see them: src/media openMedia.
import type { Executor, Tx } from '../db/pool.ts';
import { MEDIA_LIMITS } from '../media/domain.ts';
import { imageOf, imagesOf, mediaColumns, moveInList, nextPosition, prepareImage, purgeSoon, type StoredImage, store, type Upload } from '../media/service.ts';
import type { Actor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { requireRole } from '../platform/roles.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

async function ownSpace(db: Executor, actor: Actor, slug: string, lock: boolean) {
  if (!SLUG.test(slug) || slug.length > 80) throw new AppError('not_found');
  let q = db.selectFrom('spaces').select(['id', 'slug', 'name']).where('slug', '=', slug).where('owner_id', '=', actor.userId);
  if (lock) q = q.forUpdate();
  const s = await q.executeTakeFirst();
  if (!s) throw new AppError('not_found');
  return s;
}

async function audit(tx: Tx, deps: Deps, kind: string, actor: Actor, spaceId: string, key: string) {
  await tx.insertInto('audit_events').values({ kind, actor_id: actor.userId, subject_id: spaceId, data: JSON.stringify({ key }), ip: null, created_at: deps.clock.now() }).execute();
}

async function checkRoom(db: Executor, spaceId: string) {
  const n = await db.selectFrom('media').select((eb) => eb.fn.countAll<string>().as('n')).where('space_id', '=', spaceId).executeTakeFirstOrThrow();
  if (Number(n.n) >= MEDIA_LIMITS.spacePhotos) throw new AppError('media.images_full', { max: MEDIA_LIMITS.spacePhotos });
}

/** The listing's photos, for its owner (listed or not). */
export async function listSpacePhotos(deps: Deps, actorIn: Actor | null, slug: string): Promise<{ space: { slug: string; name: string }; photos: StoredImage[] }> {
  const actor = await requireRole(deps.db, actorIn, 'space_owner');
  const s = await ownSpace(deps.db, actor, slug, false);
  return { space: { slug: s.slug, name: s.name }, photos: (await imagesOf(deps.db, 'space_id', [s.id])).get(s.id) ?? [] };
}

/** Adds a photo at the end of the listing's list. A file that is not a JPEG, PNG or WebP picture stores nothing. */
export async function addSpacePhoto(deps: Deps, actorIn: Actor | null, slug: string, upload: Upload | null): Promise<StoredImage> {
  const actor = await requireRole(deps.db, actorIn, 'space_owner');
  const found = await ownSpace(deps.db, actor, slug, false);
  await checkRoom(deps.db, found.id);
  if (!upload) throw new AppError('media.missing');
  const prepared = await prepareImage('space_photo', upload);
  return store(deps, prepared, async (tx, key) => {
    const s = await ownSpace(tx, actor, slug, true);
    await checkRoom(tx, s.id);
    const { next } = await nextPosition(tx, 'space_id', s.id);
    const row = await tx
      .insertInto('media')
      .values({ ...mediaColumns(prepared, key), owner_id: actor.userId, space_id: s.id, position: next, created_at: deps.clock.now() })
      .returning(['key', 'width', 'height', 'thumb_width', 'thumb_height', 'position'])
      .executeTakeFirstOrThrow();
    await tx.updateTable('spaces').set({ updated_at: deps.clock.now() }).where('id', '=', s.id).execute();
    await audit(tx, deps, 'space.photo_added', actor, s.id, key);
    return imageOf(row);
  });
}

/** Removes one photo (its files go with it, see media.purgeTrash). */
export async function removeSpacePhoto(deps: Deps, actorIn: Actor | null, slug: string, key: string): Promise<void> {
  const actor = await requireRole(deps.db, actorIn, 'space_owner');
  await deps.db.transaction().execute(async (tx) => {
    const s = await ownSpace(tx, actor, slug, true);
    const gone = await tx.deleteFrom('media').where('space_id', '=', s.id).where('key', '=', key).returning('id').executeTakeFirst();
    if (!gone) throw new AppError('not_found');
    await tx.updateTable('spaces').set({ updated_at: deps.clock.now() }).where('id', '=', s.id).execute();
    await audit(tx, deps, 'space.photo_removed', actor, s.id, key);
  });
  await purgeSoon(deps);
}

/** Moves one photo a place earlier or later; the first is the directory's card. */
export async function moveSpacePhoto(deps: Deps, actorIn: Actor | null, slug: string, key: string, direction: 'up' | 'down'): Promise<StoredImage[]> {
  const actor = await requireRole(deps.db, actorIn, 'space_owner');
  return deps.db.transaction().execute(async (tx) => {
    const s = await ownSpace(tx, actor, slug, true);
    await moveInList(tx, 'space_id', s.id, key, direction);
    return (await imagesOf(tx, 'space_id', [s.id])).get(s.id) ?? [];
  });
}
