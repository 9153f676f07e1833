// Writing courses (issue 20): instructors (the role an admin grants, src/platform/roles.ts) create
// courses and their lessons as drafts, preview them as a learner would (the course and lesson pages
// show drafts to their author), and publish; admins unpublish. Publishing and unpublishing are each
// an audit_events row. An admin may also edit and republish any course; an instructor cannot
// republish a course an admin took down (an admin decides that).
import { sql } from 'kysely';
import type { Executor, Tx } from '../db/pool.ts';
import { type Actor, requireActor, requireAdmin } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import { hasRole, requireRole } from '../platform/roles.ts';
import { multiLine } from '../platform/text.ts';
import { z } from 'zod';
import { courseInput, lessonInput, MAX_LESSONS } from './domain.ts';
import type { CourseStatus } from './tables.ts';

export interface AuthoredCourse {
  id: string;
  slug: string;
  title: { en: string | null; ur: string | null };
  status: CourseStatus;
  lessons: number;
  enrolments: number;
  updatedAt: Date;
}

/** The courses the instructor wrote (for admins: every course), drafts first. */
export async function coursesToEdit(deps: Pick<Deps, 'db'>, actorIn: Actor | null): Promise<AuthoredCourse[]> {
  const actor = await requireRole(deps.db, actorIn, 'instructor');
  let q = deps.db
    .selectFrom('courses as c')
    .select(['c.id', 'c.slug', 'c.title_en', 'c.title_ur', 'c.status', 'c.updated_at'])
    .select(sql<number>`(SELECT count(*)::int FROM lessons l WHERE l.course_id = c.id)`.as('lessons'))
    .select(sql<number>`(SELECT count(*)::int FROM enrolments e WHERE e.course_id = c.id)`.as('enrolments'));
  if (!actor.isAdmin) q = q.where('c.author_id', '=', actor.userId);
  const rows = await q.orderBy(sql`c.status = 'draft'`, 'desc').orderBy('c.updated_at', 'desc').limit(500).execute();
  return rows.map((r) => ({ id: r.id, slug: r.slug, title: { en: r.title_en, ur: r.title_ur }, status: r.status, lessons: r.lessons, enrolments: r.enrolments, updatedAt: r.updated_at }));
}

/** The course, locked, when the actor may edit it: its author (still an instructor) or an admin; anyone else: not_found. */
export async function editable(tx: Executor, actor: Actor, slug: string, lock = true) {
  let q = tx.selectFrom('courses').selectAll().where('slug', '=', slug.slice(0, 80));
  if (lock) q = q.forUpdate();
  const c = await q.executeTakeFirst();
  if (!c || (!actor.isAdmin && c.author_id !== actor.userId)) throw new AppError('not_found');
  return c;
}

export interface CourseForm {
  slug: string;
  track: string;
  skill: string;
  title_en: string;
  title_ur: string;
  summary_en: string;
  summary_ur: string;
  price: string;
  currency: string;
  status: CourseStatus;
  lessons: { position: number; title: { en: string | null; ur: string | null } }[];
}

/** A course as its edit form shows it. */
export async function courseForEditing(deps: Pick<Deps, 'db'>, actorIn: Actor | null, slug: string): Promise<CourseForm> {
  const actor = await requireRole(deps.db, actorIn, 'instructor');
  const c = await editable(deps.db, actor, slug, false);
  const lessons = await deps.db.selectFrom('lessons').select(['position', 'title_en', 'title_ur']).where('course_id', '=', c.id).orderBy('position').execute();
  const minor = BigInt(c.price_minor);
  return {
    slug: c.slug,
    track: c.track,
    skill: c.skill_slug,
    title_en: c.title_en ?? '',
    title_ur: c.title_ur ?? '',
    summary_en: c.summary_en ?? '',
    summary_ur: c.summary_ur ?? '',
    price: minor === 0n ? '0' : `${minor / 100n}${minor % 100n ? `.${String(minor % 100n).padStart(2, '0')}` : ''}`,
    currency: c.currency,
    status: c.status,
    lessons: lessons.map((l) => ({ position: l.position, title: { en: l.title_en, ur: l.title_ur } })),
  };
}

function courseValues(input: ReturnType<typeof courseInput.parse>) {
  return {
    track: input.track,
    skill_slug: input.skill,
    title_en: input.title_en,
    title_ur: input.title_ur,
    summary_en: input.summary_en,
    summary_ur: input.summary_ur,
    price_minor: input.priceMinor,
    currency: input.currency,
  };
}

/** An instructor starts a course, as a draft only they (and admins) can see. */
export async function createCourse(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<{ slug: string }> {
  const actor = await requireRole(deps.db, actorIn, 'instructor');
  const input = parseWith(courseInput, raw);
  const now = deps.clock.now();
  try {
    await deps.db
      .insertInto('courses')
      .values({ slug: input.slug, author_id: actor.userId, ...courseValues(input), status: 'draft', created_at: now, updated_at: now })
      .execute();
  } catch (e) {
    if ((e as { code?: string }).code === '23505') throw new AppError('academy.slug_taken', {}, { slug: { key: 'field.course_slug_taken' } });
    throw e;
  }
  return { slug: input.slug };
}

/** The author (or an admin) changes a course's details; its address (slug) stays. */
export async function updateCourse(deps: Deps, actorIn: Actor | null, slug: string, raw: unknown): Promise<{ slug: string }> {
  const actor = await requireRole(deps.db, actorIn, 'instructor');
  const input = parseWith(courseInput, { ...(raw as object), slug });
  await deps.db.transaction().execute(async (tx) => {
    const c = await editable(tx, actor, slug);
    await tx.updateTable('courses').set({ ...courseValues(input), updated_at: deps.clock.now() }).where('id', '=', c.id).execute();
  });
  return { slug };
}

export interface LessonForm {
  position: number | null;
  title_en: string;
  title_ur: string;
  body_en: string;
  body_ur: string;
  video_url: string;
}

/** A lesson as its edit form shows it. */
export async function lessonForEditing(deps: Pick<Deps, 'db'>, actorIn: Actor | null, slug: string, position: number): Promise<LessonForm> {
  const actor = await requireRole(deps.db, actorIn, 'instructor');
  const c = await editable(deps.db, actor, slug, false);
  const l = await deps.db.selectFrom('lessons').selectAll().where('course_id', '=', c.id).where('position', '=', position).executeTakeFirst();
  if (!l) throw new AppError('not_found');
  return { position, title_en: l.title_en ?? '', title_ur: l.title_ur ?? '', body_en: l.body_en ?? '', body_ur: l.body_ur ?? '', video_url: l.video_url ?? '' };
}

/** Adds a lesson at the end (position null) or changes one. Its Markdown is stored as written and rendered safely. */
export async function saveLesson(deps: Deps, actorIn: Actor | null, slug: string, position: number | null, raw: unknown): Promise<{ position: number }> {
  const actor = await requireRole(deps.db, actorIn, 'instructor');
  const input = parseWith(lessonInput, raw);
  return deps.db.transaction().execute(async (tx) => {
    const c = await editable(tx, actor, slug);
    const now = deps.clock.now();
    const values = { title_en: input.title_en, title_ur: input.title_ur, body_en: input.body_en, body_ur: input.body_ur, video_url: input.video_url, updated_at: now };
    if (position === null) {
      const { max } = await tx.selectFrom('lessons').select(sql<number>`coalesce(max(position), 0)::int`.as('max')).where('course_id', '=', c.id).executeTakeFirstOrThrow();
      if (max >= MAX_LESSONS) throw new AppError('validation.failed', {}, { title_en: { key: 'field.too_many_lessons', params: { max: MAX_LESSONS } } });
      await tx.insertInto('lessons').values({ course_id: c.id, position: max + 1, ...values, created_at: now }).execute();
      await touch(tx, c.id, now);
      return { position: max + 1 };
    }
    const done = await tx.updateTable('lessons').set(values).where('course_id', '=', c.id).where('position', '=', position).executeTakeFirst();
    if (done.numUpdatedRows === 0n) throw new AppError('not_found');
    await touch(tx, c.id, now);
    return { position };
  });
}

const touch = (tx: Tx, courseId: string, now: Date) => tx.updateTable('courses').set({ updated_at: now }).where('id', '=', courseId).execute();

async function audit(tx: Tx, deps: Deps, actor: Actor, kind: string, subjectId: string, data: Record<string, unknown>) {
  await tx.insertInto('audit_events').values({ kind, actor_id: actor.userId, subject_id: subjectId, data: JSON.stringify(data), ip: null, created_at: deps.clock.now() }).execute();
}

/**
 * The author publishes their draft (or an admin any course that is not published): it needs a
 * lesson. An instructor cannot republish a course an admin unpublished.
 */
export async function publishCourse(deps: Deps, actorIn: Actor | null, slug: string): Promise<{ slug: string; status: CourseStatus }> {
  const actor = await requireRole(deps.db, actorIn, 'instructor');
  return deps.db.transaction().execute(async (tx) => {
    const c = await editable(tx, actor, slug);
    if (c.status === 'published' || (c.status === 'unpublished' && !actor.isAdmin)) throw new AppError('academy.status_conflict');
    const { n } = await tx.selectFrom('lessons').select(sql<number>`count(*)::int`.as('n')).where('course_id', '=', c.id).executeTakeFirstOrThrow();
    if (n === 0) throw new AppError('academy.no_lessons');
    const now = deps.clock.now();
    await tx.updateTable('courses').set({ status: 'published', published_at: c.published_at ?? now, updated_at: now }).where('id', '=', c.id).execute();
    await audit(tx, deps, actor, 'course.published', c.id, { slug: c.slug, before: c.status, after: 'published' });
    return { slug: c.slug, status: 'published' as const };
  });
}

export const unpublishInput = z.object({ note: multiLine(500, 3).describe('Why it is taken down (kept in the audit log)') });

/** An admin takes a published course down, with a reason; its learners keep their enrolments. */
export async function unpublishCourse(deps: Deps, actorIn: Actor | null, slug: string, raw: unknown): Promise<{ slug: string; status: CourseStatus }> {
  const actor = requireAdmin(requireActor(actorIn));
  const { note } = parseWith(unpublishInput, raw);
  return deps.db.transaction().execute(async (tx) => {
    const c = await editable(tx, actor, slug);
    if (c.status !== 'published') throw new AppError('academy.status_conflict');
    await tx.updateTable('courses').set({ status: 'unpublished', updated_at: deps.clock.now() }).where('id', '=', c.id).execute();
    await audit(tx, deps, actor, 'course.unpublished', c.id, { slug: c.slug, before: 'published', after: 'unpublished', note });
    return { slug: c.slug, status: 'unpublished' as const };
  });
}

/** Whether the academy home should offer the actor the teaching pages. */
export async function canTeach(deps: Pick<Deps, 'db'>, actor: Actor | null): Promise<boolean> {
  if (!actor) return false;
  return actor.isAdmin || (await hasRole(deps.db, actor.userId, 'instructor'));
}
