// The work behind every upload (docs/decisions/0022): check the bytes (domain.ts), decode and
// re-encode images with sharp, write the files to storage under a new random key, then record the
// row in the caller's transaction; and the one place that decides who may read a stored file.
// Features own their use cases (src/gigs/images.ts, src/profiles/photos.ts, src/jobs/attachments.ts)
// and call prepare*() then store(): nothing is written until the upload has passed every check.
import { randomBytes } from 'node:crypto';
import { type RawBuilder, type Selectable, sql } from 'kysely';
import sharp, { type Metadata } from 'sharp';
import type { Executor, Tx } from '../db/pool.ts';
import { isPublic } from '../gigs/domain.ts';
import type { Actor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import {
  attachmentDisposition,
  checkDimensions,
  checkUpload,
  type FileType,
  MEDIA_KEY,
  MEDIA_LIMITS,
  type Purpose,
  storageKey,
  type Variant,
  type VariantName,
  variantsFor,
  CARD,
  cleanFileName,
  DOCUMENT_PURPOSES,
  type DocumentPurpose,
  type ImagePurpose,
} from './domain.ts';
import type { MediaTable } from './tables.ts';

// libvips keeps a cache of recent operations; an app that sees each upload once gains nothing from it.
sharp.cache(false);

/** What a browser or API client sent: the name is only a hint, the bytes are what count. */
export interface Upload {
  name: string;
  bytes: Uint8Array;
}

interface PreparedFile {
  file: VariantName | 'file';
  bytes: Buffer;
  width: number | null;
  height: number | null;
}

/** An upload that has passed every check, re-encoded and ready to store. */
export interface Prepared {
  purpose: Purpose;
  contentType: string;
  fileName: string | null;
  files: PreparedFile[];
}

export interface StoredImage {
  key: string;
  url: string;
  thumbUrl: string;
  width: number;
  height: number;
  thumbWidth: number;
  thumbHeight: number;
  position: number;
}

export interface StoredAttachment {
  key: string;
  url: string;
  name: string;
  contentType: string;
  bytes: number;
  position: number;
}

const DECODE = { limitInputPixels: MEDIA_LIMITS.pixels, failOn: 'warning' } as const;

/** Reads the header only: the claimed size is checked before a single pixel is decoded. */
async function header(bytes: Uint8Array, sniffed: FileType): Promise<void> {
  let meta: Metadata;
  try {
    // No pixel limit here: the header is read, not the pixels, and checkDimensions names the limit.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new AppError('media.unreadable');
  }
  // The decoder must agree with the magic bytes (a PNG signature on a JPEG body is not a PNG).
  const formats: Record<string, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };
  if (formats[meta.format ?? ''] !== sniffed) throw new AppError('media.unreadable');
  checkDimensions(meta.width, meta.height);
}

async function encodeVariant(bytes: Uint8Array, v: Variant): Promise<PreparedFile> {
  const { data, info } = await sharp(bytes, DECODE)
    .rotate()
    .resize({ width: v.width, height: v.height, fit: v.fit, withoutEnlargement: v.fit === 'inside' })
    .webp({ quality: v.quality, effort: 4 })
    .toBuffer({ resolveWithObject: true });
  return { file: v.name, bytes: data, width: info.width, height: info.height };
}

/**
 * Decodes the whole image once per stored size: turned upright by its EXIF orientation, resized,
 * written as a fresh WebP. sharp writes no metadata unless asked, so EXIF (GPS, camera, dates),
 * XMP and comments are all gone.
 */
export async function prepareImage(purpose: ImagePurpose, upload: Upload): Promise<Prepared> {
  const type = checkUpload(purpose, upload.bytes);
  await header(upload.bytes, type);
  const files: PreparedFile[] = [];
  try {
    for (const v of variantsFor(purpose)) files.push(await encodeVariant(upload.bytes, v));
  } catch (e) {
    if (e instanceof AppError) throw e;
    // A truncated or corrupt file fails here: the header was fine, the pixels are not.
    throw new AppError('media.unreadable');
  }
  return { purpose, contentType: 'image/webp', fileName: null, files };
}

/**
 * A job attachment: PDF, Word and Excel files are kept as sent (their type is sniffed and their
 * name cleaned); JPEG and PNG pictures are re-encoded in their own format, upright and without
 * metadata, so a photo of a document does not carry the place it was taken.
 */
export async function prepareAttachment(upload: Upload, purpose: DocumentPurpose = 'job_attachment'): Promise<Prepared> {
  const type = checkUpload(purpose, upload.bytes);
  let bytes = Buffer.from(upload.bytes.buffer, upload.bytes.byteOffset, upload.bytes.byteLength);
  if (type === 'image/jpeg' || type === 'image/png') {
    await header(upload.bytes, type);
    try {
      const img = sharp(upload.bytes, DECODE).rotate();
      bytes = await (type === 'image/jpeg' ? img.jpeg({ quality: 90, mozjpeg: true }) : img.png({ compressionLevel: 9 })).toBuffer();
    } catch {
      throw new AppError('media.unreadable');
    }
    if (bytes.length > MEDIA_LIMITS.documentBytes) throw new AppError('media.too_large', { mb: MEDIA_LIMITS.documentBytes / (1024 * 1024) });
  }
  // Text is served as text (never sniffed into a page: /media sends nosniff and a sandbox), in UTF-8.
  const contentType = type === 'text/plain' ? 'text/plain; charset=utf-8' : type;
  return { purpose, contentType, fileName: cleanFileName(upload.name, type), files: [{ file: 'file', bytes, width: null, height: null }] };
}

export const newMediaKey = () => randomBytes(16).toString('base64url');

/** The row's columns that come from the prepared files. */
export function mediaColumns(p: Prepared, key: string) {
  const main = p.files[0]!;
  const thumb = p.files.find((f) => f.file === 'thumb');
  return {
    key,
    purpose: p.purpose,
    content_type: p.contentType,
    file_name: p.fileName,
    bytes: main.bytes.length,
    width: main.width,
    height: main.height,
    thumb_width: thumb?.width ?? null,
    thumb_height: thumb?.height ?? null,
  } satisfies Partial<Record<keyof MediaTable, unknown>>;
}

async function removeFiles(deps: Deps, key: string): Promise<void> {
  await Promise.all((['display', 'thumb', 'card', 'file'] as const).map((f) => deps.storage.delete(storageKey(key, f))));
}

/**
 * Writes the prepared files under a new key, then runs `record` (which checks who may add it and
 * inserts the row) in one transaction. When the transaction fails, the files are removed again, so
 * a refused upload leaves nothing behind.
 */
export async function store<T>(deps: Deps, prepared: Prepared, record: (tx: Tx, key: string) => Promise<T>): Promise<T> {
  const key = newMediaKey();
  try {
    for (const f of prepared.files) await deps.storage.put(storageKey(key, f.file), f.bytes);
    return await deps.db.transaction().execute((tx) => record(tx, key));
  } catch (e) {
    await removeFiles(deps, key).catch(() => {});
    throw e;
  }
}

/**
 * store() for several files that belong to one step (a delivery, a dispute statement): every file is
 * written, then `record` gets their keys (in the same order) in one transaction; when it fails, all
 * the files are removed again.
 */
export async function storeAll<T>(deps: Deps, prepared: readonly Prepared[], record: (tx: Tx, keys: string[]) => Promise<T>): Promise<T> {
  const keys = prepared.map(() => newMediaKey());
  try {
    for (const [i, p] of prepared.entries()) for (const f of p.files) await deps.storage.put(storageKey(keys[i]!, f.file), f.bytes);
    return await deps.db.transaction().execute((tx) => record(tx, keys));
  } catch (e) {
    await Promise.all(keys.map((k) => removeFiles(deps, k).catch(() => {})));
    throw e;
  }
}

/**
 * The same as store(), inside a transaction the caller already holds (the demo seed writes its
 * gig pictures in its own). Files written for a transaction that then rolls back stay behind: only
 * for callers that make their own files, never for uploads.
 */
export async function storeWithin<T>(deps: Deps, tx: Tx, prepared: Prepared, record: (tx: Tx, key: string) => Promise<T>): Promise<T> {
  const key = newMediaKey();
  for (const f of prepared.files) await deps.storage.put(storageKey(key, f.file), f.bytes);
  return record(tx, key);
}

/**
 * Removes the files of deleted rows (the trigger of migration 0008 lists them in media_trash, for
 * deletions of every kind, cascades included). Called after a removal commits and every few
 * minutes by the media.purge job; safe to run in several processes at once.
 */
export async function purgeTrash(deps: Deps, limit = 200): Promise<number> {
  return deps.db.transaction().execute(async (tx) => {
    const rows = await tx.selectFrom('media_trash').select('key').orderBy('deleted_at').limit(limit).forUpdate().skipLocked().execute();
    for (const r of rows) await removeFiles(deps, r.key);
    if (rows.length) await tx.deleteFrom('media_trash').where('key', 'in', rows.map((r) => r.key)).execute();
    return rows.length;
  });
}

export const MEDIA_PURGE_JOB = 'media.purge';

/** Best effort right after a removal; the scheduled job catches whatever this misses. */
export async function purgeSoon(deps: Deps): Promise<void> {
  await purgeTrash(deps).catch((err) => deps.log.warn({ err }, 'media purge failed; the scheduled job will retry'));
}

export const mediaUrl = (key: string, file: VariantName | 'file') => `/media/${key}/${file}`;

/** A gig's picture in lists: the card size of its first image (always CARD.width × CARD.height). */
export interface GigCardImage {
  url: string;
  width: number;
  height: number;
}

export const gigCardImage = (key: string | null | undefined): GigCardImage | null => (key ? { url: mediaUrl(key, 'card'), width: CARD.width, height: CARD.height } : null);

/** SQL for the key of a gig's first image, for a query that has the gig's id at hand. */
export const firstImageKeySql = (gigId: RawBuilder<unknown>) =>
  sql<string | null>`(SELECT fm.key FROM media fm WHERE fm.gig_id = ${gigId} ORDER BY fm.position, fm.created_at LIMIT 1)`;

type ImageRow = Pick<MediaTable, 'key' | 'width' | 'height' | 'thumb_width' | 'thumb_height'> & { position: number };

export function imageOf(r: ImageRow): StoredImage {
  return {
    key: r.key,
    url: mediaUrl(r.key, 'display'),
    thumbUrl: mediaUrl(r.key, 'thumb'),
    width: r.width ?? 0,
    height: r.height ?? 0,
    thumbWidth: r.thumb_width ?? 0,
    thumbHeight: r.thumb_height ?? 0,
    position: r.position,
  };
}

type AttachmentRow = Pick<MediaTable, 'key' | 'file_name' | 'content_type' | 'bytes'> & { position: number };

export function attachmentOf(r: AttachmentRow): StoredAttachment {
  return { key: r.key, url: mediaUrl(r.key, 'file'), name: r.file_name ?? 'file', contentType: r.content_type, bytes: r.bytes, position: r.position };
}

const imageColumns = ['key', 'width', 'height', 'thumb_width', 'thumb_height', 'position'] as const;

/** The images of several gigs or portfolio items at once, in their order. */
export async function imagesOf(db: Executor, column: 'gig_id' | 'portfolio_item_id' | 'space_id', ids: readonly string[]): Promise<Map<string, StoredImage[]>> {
  const out = new Map<string, StoredImage[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('media')
    .select([...imageColumns, column])
    .where(column, 'in', ids)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
  for (const r of rows) {
    const id = r[column] as string;
    out.set(id, [...(out.get(id) ?? []), imageOf(r)]);
  }
  return out;
}

/** A job's attachments, in their order. */
export async function attachmentsOf(db: Executor, jobId: string): Promise<StoredAttachment[]> {
  const rows = await db.selectFrom('media').select(['key', 'file_name', 'content_type', 'bytes', 'position']).where('job_id', '=', jobId).orderBy('position').orderBy('created_at').execute();
  return rows.map(attachmentOf);
}

/** A person's profile photo, whether or not they show it. */
export async function photoOf(db: Executor, userId: string): Promise<StoredImage | null> {
  const r = await db.selectFrom('media').select(imageColumns).where('owner_id', '=', userId).where('purpose', '=', 'profile_photo').executeTakeFirst();
  return r ? imageOf(r) : null;
}

/** The next position in a list (after the last one). */
export async function nextPosition(tx: Tx, column: 'gig_id' | 'portfolio_item_id' | 'job_id' | 'space_id', id: string): Promise<{ count: number; next: number }> {
  const r = await tx
    .selectFrom('media')
    .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.max('position').as('last')])
    .where(column, '=', id)
    .executeTakeFirstOrThrow();
  return { count: Number(r.n), next: r.last === null ? 0 : Number(r.last) + 1 };
}

/** Moves one item of a list a place up or down, renumbering the list 0..n-1. */
export async function moveInList(tx: Tx, column: 'gig_id' | 'portfolio_item_id' | 'job_id' | 'space_id', id: string, key: string, direction: 'up' | 'down'): Promise<void> {
  const rows = await tx.selectFrom('media').select(['id', 'key']).where(column, '=', id).orderBy('position').orderBy('created_at').forUpdate().execute();
  const i = rows.findIndex((r) => r.key === key);
  if (i < 0) throw new AppError('not_found');
  const j = direction === 'up' ? i - 1 : i + 1;
  if (j >= 0 && j < rows.length) [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  for (const [position, r] of rows.entries()) await tx.updateTable('media').set({ position }).where('id', '=', r.id).execute();
}

export interface ServedFile {
  body: ReadableStream<Uint8Array>;
  size: number;
  contentType: string;
  /** Anyone may see it (shared caches may keep it), or only some people (browser cache only). */
  public: boolean;
  /** For attachments: Content-Disposition. */
  disposition: string | null;
}

/**
 * Whether `viewer` may read this file, by what it belongs to:
 * - a gig image: anyone while the gig is published; otherwise only its seller;
 * - a profile photo: anyone when its owner shows a photo (profiles.show_photo); otherwise only the owner;
 * - a portfolio image: anyone (portfolios are public on /u/<handle>);
 * - a job attachment: whoever may see the job: anyone for a public job; for an invite-only job its
 *   client and the invited freelancers.
 * - a delivery's file or a dispute statement's evidence (issue 18): the order's two parties, and
 *   admins once the order has a dispute;
 * - a message attachment: the conversation's two people, and admins for a reported conversation or
 *   one about a disputed order or contract.
 * - a PSEB certificate or a PRC (issue 19): its owner only.
 * - a project submission's file (issue 20): the learner who sent it and those who may grade it (the
 *   course's instructor, mentors, admins: src/assessments/service.ts mayGrade).
 * - an outside certificate's proof (issue 20): its owner and admins (who check it).
 * - a lesson's picture or file (issue 20): whoever may read the lesson (src/academy/service.ts
 *   getLesson): the learners enrolled in its course, the course's author, and admins.
 * - a co-working listing's photo (issue 21): anyone while the listing is shown in the directory
 *   (listed by its owner and not taken down by an admin); otherwise its owner and admins.
 * Everyone else gets not_found, as if the file did not exist.
 */
async function visibility(db: Executor, viewerId: string | null, row: Pick<Selectable<MediaTable>, 'purpose' | 'owner_id' | 'gig_id' | 'job_id' | 'order_event_id' | 'dispute_statement_id' | 'message_id' | 'project_submission_id' | 'lesson_id' | 'space_id'>): Promise<'public' | 'private' | 'hidden'> {
  const own = viewerId !== null && viewerId === row.owner_id;
  switch (row.purpose) {
    case 'gig_image': {
      const gig = await db.selectFrom('gigs').select(['status', 'seller_id']).where('id', '=', row.gig_id!).executeTakeFirst();
      if (!gig) return 'hidden';
      if (isPublic(gig.status)) return 'public';
      return viewerId === gig.seller_id ? 'private' : 'hidden';
    }
    case 'profile_photo': {
      const p = await db.selectFrom('profiles').select('show_photo').where('user_id', '=', row.owner_id).executeTakeFirst();
      if (p?.show_photo) return 'public';
      return own ? 'private' : 'hidden';
    }
    case 'portfolio_image':
      return 'public';
    // Issue 19: a PSEB certificate or a bank's PRC is its owner's alone (staff read them through the
    // audited tax-profile view, src/tax-profile).
    case 'tax_certificate':
    case 'remittance_prc':
      return own ? 'private' : 'hidden';
    case 'job_attachment': {
      const job = await db
        .selectFrom('jobs')
        .select(['visibility'])
        .where('id', '=', row.job_id!)
        .where(
          sql<boolean>`(jobs.visibility = 'public' ${viewerId ? sql`OR jobs.client_id = ${viewerId} OR EXISTS (SELECT 1 FROM job_invites i WHERE i.job_id = jobs.id AND i.freelancer_id = ${viewerId})` : sql``})`,
        )
        .executeTakeFirst();
      if (!job) return 'hidden';
      return job.visibility === 'public' ? 'public' : 'private';
    }
    case 'message_attachment': {
      // The conversation's two people; an admin only when it is reported or about a disputed order
      // or contract (src/messages, docs/decisions/0047). Never public.
      if (!viewerId) return 'hidden';
      const r = await sql<{ ok: boolean }>`
        SELECT EXISTS (
          SELECT 1 FROM messages m JOIN conversations c ON c.id = m.conversation_id
          WHERE m.id = ${row.message_id} AND (
            ${viewerId} IN (c.user_low, c.user_high)
            OR (EXISTS (SELECT 1 FROM users u WHERE u.id = ${viewerId} AND u.is_admin) AND (
              EXISTS (SELECT 1 FROM conversation_reports r WHERE r.conversation_id = c.id)
              OR EXISTS (SELECT 1 FROM disputes d JOIN orders o ON o.id = d.order_id WHERE o.id = c.order_id OR o.contract_id = c.contract_id))))) AS ok`.execute(db);
      return r.rows[0]?.ok ? 'private' : 'hidden';
    }
    case 'project_file': {
      if (own) return 'private';
      if (!viewerId) return 'hidden';
      const { rows } = await sql<{ ok: boolean }>`
        SELECT EXISTS (SELECT 1 FROM project_submissions s JOIN enrolments e ON e.id = s.enrolment_id JOIN courses c ON c.id = e.course_id
          WHERE s.id = ${row.project_submission_id} AND (c.author_id = ${viewerId}
            OR EXISTS (SELECT 1 FROM users u WHERE u.id = ${viewerId} AND u.is_admin)
            OR EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = ${viewerId} AND r.role = 'mentor' AND r.revoked_at IS NULL))) AS ok`.execute(db);
      return rows[0]?.ok ? 'private' : 'hidden';
    }
    case 'lesson_image':
    case 'lesson_file': {
      if (!viewerId) return 'hidden';
      const { rows } = await sql<{ ok: boolean }>`
        SELECT EXISTS (SELECT 1 FROM lessons l JOIN courses c ON c.id = l.course_id
          WHERE l.id = ${row.lesson_id} AND (c.author_id = ${viewerId}
            OR EXISTS (SELECT 1 FROM users u WHERE u.id = ${viewerId} AND u.is_admin)
            OR EXISTS (SELECT 1 FROM enrolments e WHERE e.course_id = c.id AND e.user_id = ${viewerId}))) AS ok`.execute(db);
      return rows[0]?.ok ? 'private' : 'hidden';
    }
    case 'space_photo': {
      const space = await db.selectFrom('spaces').select(['owner_id', 'status', 'hidden_at']).where('id', '=', row.space_id!).executeTakeFirst();
      if (!space) return 'hidden';
      if (space.status === 'listed' && space.hidden_at === null) return 'public';
      if (!viewerId) return 'hidden';
      if (viewerId === space.owner_id) return 'private';
      const admin = await db.selectFrom('users').select('is_admin').where('id', '=', viewerId).executeTakeFirst();
      return admin?.is_admin ? 'private' : 'hidden';
    }
    case 'credential_proof': {
      if (own) return 'private';
      if (!viewerId) return 'hidden';
      const admin = await db.selectFrom('users').select('is_admin').where('id', '=', viewerId).executeTakeFirst();
      return admin?.is_admin ? 'private' : 'hidden';
    }
    case 'delivery_file':
    case 'dispute_evidence': {
      if (!viewerId) return 'hidden';
      const orderId =
        row.purpose === 'delivery_file'
          ? sql`(SELECT e.order_id FROM order_events e WHERE e.id = ${row.order_event_id})`
          : sql`(SELECT d.order_id FROM dispute_statements s JOIN disputes d ON d.id = s.dispute_id WHERE s.id = ${row.dispute_statement_id})`;
      const { rows } = await sql<{ ok: boolean }>`
        SELECT EXISTS (SELECT 1 FROM orders o WHERE o.id = ${orderId} AND (o.client_id = ${viewerId} OR o.freelancer_id = ${viewerId}
          OR (EXISTS (SELECT 1 FROM disputes d WHERE d.order_id = o.id) AND EXISTS (SELECT 1 FROM users u WHERE u.id = ${viewerId} AND u.is_admin)))) AS ok`.execute(db);
      return rows[0]?.ok ? 'private' : 'hidden';
    }
  }
}

/**
 * The card size of a gig image stored before cards existed, made once from its display size (already
 * upright and clean). Two readers at once both make the same bytes; the second write changes nothing.
 */
async function makeCard(deps: Deps, key: string): Promise<boolean> {
  const display = await deps.storage.get(storageKey(key, 'display'));
  if (!display) return false;
  const card = await encodeVariant(display, CARD);
  await deps.storage.put(storageKey(key, 'card'), card.bytes);
  return true;
}

/** A stored file for GET /media/<key>/<file>, when the viewer may see it. */
export async function openMedia(deps: Deps, viewer: Actor | null, key: string, file: string): Promise<ServedFile> {
  if (!MEDIA_KEY.test(key) || !['display', 'thumb', 'card', 'file'].includes(file)) throw new AppError('not_found');
  const row = await deps.db
    .selectFrom('media')
    .select(['purpose', 'owner_id', 'gig_id', 'job_id', 'order_event_id', 'dispute_statement_id', 'message_id', 'project_submission_id', 'lesson_id', 'space_id', 'content_type', 'file_name'])
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  const isAttachment = DOCUMENT_PURPOSES.has(row.purpose);
  if (isAttachment !== (file === 'file')) throw new AppError('not_found');
  if (file === 'card' && row.purpose !== 'gig_image' && row.purpose !== 'space_photo') throw new AppError('not_found');
  const seen = await visibility(deps.db, viewer?.userId ?? null, row);
  if (seen === 'hidden') throw new AppError('not_found');
  let stored = await deps.storage.open(storageKey(key, file as VariantName | 'file'));
  if (!stored && file === 'card' && (await makeCard(deps, key))) stored = await deps.storage.open(storageKey(key, 'card'));
  if (!stored) throw new AppError('not_found');
  return {
    ...stored,
    contentType: row.content_type,
    public: seen === 'public',
    disposition: isAttachment ? attachmentDisposition(row.file_name ?? 'file') : null,
  };
}
