// A lesson's pictures and files (issue 20, "a lesson is text-first Markdown ... with optional images,
// files and a link to a video"; docs/decisions/0062). The course's author (still an instructor) or an
// admin uploads them on the lesson's edit page, of a draft or a published course; the page then
// gives the Markdown to paste (a picture shows where it is pasted, lazy-loaded at its own width and
// height) and lists them, with a way to remove each. Under the lesson, its learners get the files to
// download (name, size); who may fetch a picture or a file is decided where every upload's is
// (src/media/service.ts: the lesson's readers only).
//
// The bytes go through src/media like every upload: checked by their content, pictures re-encoded
// without their metadata, and nothing stored unless the whole step succeeds.
import type { Executor } from '../db/pool.ts';
import { cleanFileName, MEDIA_LIMITS } from '../media/domain.ts';
import { mediaColumns, mediaUrl, type Prepared, prepareAttachment, prepareImage, purgeSoon, store, type Upload } from '../media/service.ts';
import type { Actor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { requireRole } from '../platform/roles.ts';
import { editable } from './authoring.ts';

export interface LessonAttachment {
  key: string;
  kind: 'image' | 'file';
  /** The picture's display size, or the file's download address. */
  url: string;
  /** The file's name as it downloads; for a picture, the name it was uploaded with (for its alt text). */
  name: string | null;
  contentType: string;
  bytes: number;
  width: number | null;
  height: number | null;
  /** What to paste into the lesson's Markdown. */
  markdown: string;
}

/** Text inside Markdown's [ ] and the alt of ![ ]: no brackets or line breaks that would end it early. */
const bracketText = (s: string) => s.replace(/[[\]()\r\n]/g, ' ').replace(/\s+/g, ' ').trim();
const withoutExtension = (name: string) => name.replace(/\.[^.]{1,8}$/, '');

/** The pictures and files of a lesson, in the order they were added. */
export async function attachmentsOfLesson(db: Executor, lessonId: string): Promise<LessonAttachment[]> {
  const rows = await db
    .selectFrom('media')
    .select(['key', 'purpose', 'file_name', 'content_type', 'bytes', 'width', 'height'])
    .where('lesson_id', '=', lessonId)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
  return rows.map((r) => {
    const image = r.purpose === 'lesson_image';
    const url = mediaUrl(r.key, image ? 'display' : 'file');
    const label = bracketText(withoutExtension(r.file_name ?? '')) || (image ? 'image' : 'file');
    return {
      key: r.key,
      kind: image ? 'image' : 'file',
      url,
      name: r.file_name,
      contentType: r.content_type,
      bytes: r.bytes,
      width: r.width,
      height: r.height,
      markdown: image ? `![${label}](${url})` : `[${bracketText(r.file_name ?? '') || label}](${url})`,
    };
  });
}

/** The lesson of a course the actor may edit, or not_found (the same answer for a stranger as for a missing lesson). */
async function editableLesson(db: Executor, actor: Actor, slug: string, position: number, lock = false) {
  if (!Number.isInteger(position) || position < 1 || position > 1000) throw new AppError('not_found');
  const c = await editable(db, actor, slug, lock);
  const l = await db.selectFrom('lessons').select('id').where('course_id', '=', c.id).where('position', '=', position).executeTakeFirst();
  if (!l) throw new AppError('not_found');
  return { course: c, lessonId: l.id };
}

/** The lesson's pictures and files for its edit page. */
export async function lessonAttachmentsForEditing(deps: Pick<Deps, 'db'>, actorIn: Actor | null, slug: string, position: number): Promise<LessonAttachment[]> {
  const actor = await requireRole(deps.db, actorIn, 'instructor');
  const { lessonId } = await editableLesson(deps.db, actor, slug, position);
  return attachmentsOfLesson(deps.db, lessonId);
}

/**
 * Adds a picture (JPEG, PNG or WebP, stored as WebP) or a file (PDF, ZIP or plain text) to a lesson.
 * Who may is checked before the bytes are read and again, under the course's lock, before the row is
 * written; a refused upload leaves nothing behind.
 */
export async function addLessonAttachment(deps: Deps, actorIn: Actor | null, slug: string, position: number, kind: 'image' | 'file', upload: Upload | null): Promise<LessonAttachment> {
  const actor = await requireRole(deps.db, actorIn, 'instructor');
  await editableLesson(deps.db, actor, slug, position);
  if (!upload || upload.bytes.length === 0) throw new AppError('media.missing');
  const prepared: Prepared = kind === 'image' ? await prepareImage('lesson_image', upload) : await prepareAttachment(upload, 'lesson_file');
  // A picture keeps the name it came with (cleaned, as .webp), for its alt text in the Markdown.
  const fileName = prepared.fileName ?? cleanFileName(upload.name, 'image/webp');
  const key = await store(deps, prepared, async (tx, key) => {
    const { lessonId } = await editableLesson(tx, actor, slug, position, true);
    const { n, last } = await tx
      .selectFrom('media')
      .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.max('position').as('last')])
      .where('lesson_id', '=', lessonId)
      .executeTakeFirstOrThrow();
    if (Number(n) >= MEDIA_LIMITS.lessonAttachments) throw new AppError('academy.attachments_full', { max: MEDIA_LIMITS.lessonAttachments });
    await tx
      .insertInto('media')
      .values({ ...mediaColumns(prepared, key), file_name: fileName, owner_id: actor.userId, lesson_id: lessonId, position: last === null ? 0 : Number(last) + 1, created_at: deps.clock.now() })
      .execute();
    return key;
  });
  const all = await attachmentsOfLesson(deps.db, (await editableLesson(deps.db, actor, slug, position)).lessonId);
  return all.find((a) => a.key === key)!;
}

/** Removes one of a lesson's pictures or files; its stored bytes go with the row (media_trash). */
export async function removeLessonAttachment(deps: Deps, actorIn: Actor | null, slug: string, position: number, key: string): Promise<void> {
  const actor = await requireRole(deps.db, actorIn, 'instructor');
  await deps.db.transaction().execute(async (tx) => {
    const { lessonId } = await editableLesson(tx, actor, slug, position, true);
    const done = await tx.deleteFrom('media').where('lesson_id', '=', lessonId).where('key', '=', key.slice(0, 40)).executeTakeFirst();
    if (done.numDeletedRows === 0n) throw new AppError('not_found');
  });
  await purgeSoon(deps);
}
