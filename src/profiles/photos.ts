// A person's profile photo and the images of their portfolio items. Only the owner changes them.
// The photo is shown to others only when the owner chose to show a photo (profiles.show_photo,
// asked in onboarding and on /profile/edit); otherwise their initials are. Portfolio images are
// public like the portfolio itself, up to MEDIA_LIMITS.portfolioImages per item.
import type { Executor, Tx } from '../db/pool.ts';
import { MEDIA_LIMITS } from '../media/domain.ts';
import { imageOf, imagesOf, mediaColumns, nextPosition, photoOf, prepareImage, purgeSoon, type StoredImage, store, type Upload } from '../media/service.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const imageColumns = ['key', 'width', 'height', 'thumb_width', 'thumb_height', 'position'] as const;

async function audit(tx: Tx, deps: Deps, actor: Actor, kind: string, subjectId: string, key: string) {
  await tx
    .insertInto('audit_events')
    .values({ kind, actor_id: actor.userId, subject_id: subjectId, data: JSON.stringify({ key }), ip: null, created_at: deps.clock.now() })
    .execute();
}

export interface OwnPhoto {
  photo: StoredImage | null;
  /** Whether others see it (else they see the initials). */
  shown: boolean;
}

/** The actor's photo and whether it is shown, for /profile/photo. */
export async function getOwnPhoto(deps: Deps, actorIn: Actor | null): Promise<OwnPhoto> {
  const actor = requireActor(actorIn);
  const [photo, profile] = await Promise.all([photoOf(deps.db, actor.userId), deps.db.selectFrom('profiles').select('show_photo').where('user_id', '=', actor.userId).executeTakeFirst()]);
  return { photo, shown: profile?.show_photo ?? false };
}

/** The photo others may see: null unless its owner shows a photo. */
export async function visiblePhoto(db: Executor, userId: string, showPhoto: boolean): Promise<StoredImage | null> {
  return showPhoto ? photoOf(db, userId) : null;
}

/** Sets the actor's photo, replacing the one before (whose files are then removed). */
export async function setProfilePhoto(deps: Deps, actorIn: Actor | null, upload: Upload | null): Promise<StoredImage> {
  const actor = requireActor(actorIn);
  if (!upload) throw new AppError('media.missing');
  const prepared = await prepareImage('profile_photo', upload);
  const photo = await store(deps, prepared, async (tx, key) => {
    // The user's row lock keeps two uploads at once from both replacing the same old photo.
    await tx.selectFrom('users').select('id').where('id', '=', actor.userId).forUpdate().execute();
    await tx.deleteFrom('media').where('owner_id', '=', actor.userId).where('purpose', '=', 'profile_photo').execute();
    const row = await tx
      .insertInto('media')
      .values({ ...mediaColumns(prepared, key), owner_id: actor.userId, created_at: deps.clock.now() })
      .returning(imageColumns)
      .executeTakeFirstOrThrow();
    await audit(tx, deps, actor, 'profile.photo_set', actor.userId, key);
    return imageOf(row);
  });
  await purgeSoon(deps);
  return photo;
}

/** Removes the actor's photo (their initials are shown instead); not_found when there is none. */
export async function removeProfilePhoto(deps: Deps, actorIn: Actor | null): Promise<void> {
  const actor = requireActor(actorIn);
  await deps.db.transaction().execute(async (tx) => {
    const gone = await tx.deleteFrom('media').where('owner_id', '=', actor.userId).where('purpose', '=', 'profile_photo').returning('key').executeTakeFirst();
    if (!gone) throw new AppError('not_found');
    await audit(tx, deps, actor, 'profile.photo_removed', actor.userId, gone.key);
  });
  await purgeSoon(deps);
}

async function ownItem(db: Executor, actor: Actor, itemId: string, lock: boolean) {
  if (!UUID.test(itemId)) throw new AppError('not_found');
  let q = db.selectFrom('portfolio_items').select(['id', 'title', 'user_id']).where('id', '=', itemId);
  if (lock) q = q.forUpdate();
  const item = await q.executeTakeFirst();
  if (!item) throw new AppError('not_found');
  // As for the items themselves (service.ts): someone else's item is forbidden, a missing one not found.
  if (item.user_id !== actor.userId) throw new AppError('auth.forbidden');
  return item;
}

async function checkRoom(db: Executor, itemId: string) {
  const n = await db
    .selectFrom('media')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('portfolio_item_id', '=', itemId)
    .executeTakeFirstOrThrow();
  if (Number(n.n) >= MEDIA_LIMITS.portfolioImages) throw new AppError('media.images_full', { max: MEDIA_LIMITS.portfolioImages });
}

/** The images of each of these portfolio items, in order. */
export async function portfolioImages(db: Executor, itemIds: readonly string[]): Promise<Map<string, StoredImage[]>> {
  return imagesOf(db, 'portfolio_item_id', itemIds);
}

/** Adds an image to one of the actor's portfolio items. */
export async function addPortfolioImage(deps: Deps, actorIn: Actor | null, itemId: string, upload: Upload | null): Promise<StoredImage> {
  const actor = requireActor(actorIn);
  await ownItem(deps.db, actor, itemId, false);
  await checkRoom(deps.db, itemId);
  if (!upload) throw new AppError('media.missing');
  const prepared = await prepareImage('portfolio_image', upload);
  return store(deps, prepared, async (tx, key) => {
    const item = await ownItem(tx, actor, itemId, true);
    await checkRoom(tx, item.id);
    const { next } = await nextPosition(tx, 'portfolio_item_id', item.id);
    const row = await tx
      .insertInto('media')
      .values({ ...mediaColumns(prepared, key), owner_id: actor.userId, portfolio_item_id: item.id, position: next, created_at: deps.clock.now() })
      .returning(imageColumns)
      .executeTakeFirstOrThrow();
    await audit(tx, deps, actor, 'portfolio.image_added', item.id, key);
    return imageOf(row);
  });
}

/** Removes one image from one of the actor's portfolio items. */
export async function removePortfolioImage(deps: Deps, actorIn: Actor | null, itemId: string, key: string): Promise<void> {
  const actor = requireActor(actorIn);
  await deps.db.transaction().execute(async (tx) => {
    const item = await ownItem(tx, actor, itemId, true);
    const gone = await tx.deleteFrom('media').where('portfolio_item_id', '=', item.id).where('key', '=', key).returning('id').executeTakeFirst();
    if (!gone) throw new AppError('not_found');
    await audit(tx, deps, actor, 'portfolio.image_removed', item.id, key);
  });
  await purgeSoon(deps);
}
