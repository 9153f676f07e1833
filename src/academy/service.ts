// The academy's use cases (issue 20, docs/decisions/0056): the home ordered by demand, course and
// lesson pages, enrolment (free, or paid from the learner's Hunar balance through the ledger),
// progress and resuming, and "my learning". Authoring is in authoring.ts, roles in staff-roles.ts,
// a skill's demand in demand.ts.
//
// Who may: anyone reads the home and a published course's page; its lessons are for enrolled
// learners, and for the course's author and admins (who also preview drafts). Enrolment, progress
// and "my learning" are the signed-in learner's own.
import { sql } from 'kysely';
import type { Executor, Tx } from '../db/pool.ts';
import { IDEMPOTENCY_KEY, requestFingerprint } from '../ledger/domain.ts';
import { claimKey, post, revenueAccount } from '../ledger/service.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import { type Currency, formatMoney, type Money, money } from '../platform/money.ts';
import { type Block, parseMarkdown } from '../content/markdown.ts';
import { enrolInput, languageFor, progressPercent, resumePosition } from './domain.ts';
import { attachmentsOfLesson } from './lesson-files.ts';
import type { CourseStatus, Track } from './tables.ts';
import { byDemand, TRACK_INFO } from './tracks.ts';

export interface CourseCard {
  id: string;
  slug: string;
  track: Track;
  skill: string;
  title: { en: string | null; ur: string | null };
  summary: { en: string | null; ur: string | null };
  price: Money;
  status: CourseStatus;
  lessons: number;
  author: { name: string; handle: string };
  publishedAt: Date | null;
}

const courseColumns = [
  'c.id',
  'c.slug',
  'c.track',
  'c.skill_slug',
  'c.title_en',
  'c.title_ur',
  'c.summary_en',
  'c.summary_ur',
  'c.price_minor',
  'c.currency',
  'c.status',
  'c.author_id',
  'c.published_at',
  'u.display_name',
  'u.handle',
] as const;

const courseQuery = (db: Executor) =>
  db
    .selectFrom('courses as c')
    .innerJoin('users as u', 'u.id', 'c.author_id')
    .select(courseColumns)
    .select(sql<number>`(SELECT count(*)::int FROM lessons l WHERE l.course_id = c.id)`.as('lesson_count'));

type CourseRow = NonNullable<Awaited<ReturnType<ReturnType<typeof courseQuery>['executeTakeFirst']>>>;

function toCard(r: CourseRow): CourseCard {
  return {
    id: r.id,
    slug: r.slug,
    track: r.track,
    skill: r.skill_slug,
    title: { en: r.title_en, ur: r.title_ur },
    summary: { en: r.summary_en, ur: r.summary_ur },
    price: money(BigInt(r.price_minor), r.currency),
    status: r.status,
    lessons: r.lesson_count,
    author: { name: r.display_name, handle: String(r.handle) },
    publishedAt: r.published_at,
  };
}

/** Published courses, newest first; of one track or one skill when asked. */
export async function publishedCourses(db: Executor, filter: { track?: Track; skill?: string } = {}): Promise<CourseCard[]> {
  let q = courseQuery(db).where('c.status', '=', 'published');
  if (filter.track) q = q.where('c.track', '=', filter.track);
  if (filter.skill) q = q.where('c.skill_slug', '=', filter.skill);
  return (await q.orderBy('c.published_at', 'desc').orderBy('c.id').limit(200).execute()).map(toCard);
}

// --- Demand and the home ---------------------------------------------------------------------------

export interface SkillCounts {
  jobs: number;
  gigs: number;
}

/** Open public jobs and published gigs per skill (only skills with any). */
export async function demandBySkill(db: Executor): Promise<Map<string, SkillCounts>> {
  const { rows } = await sql<{ skill: string; jobs: number; gigs: number }>`
    SELECT skill, sum(jobs)::int AS jobs, sum(gigs)::int AS gigs FROM (
      SELECT unnest(skills) AS skill, 1 AS jobs, 0 AS gigs FROM jobs WHERE status = 'open' AND visibility = 'public'
      UNION ALL
      SELECT unnest(skills), 0, 1 FROM gigs WHERE status = 'published'
    ) s GROUP BY skill`.execute(db);
  return new Map(rows.map((r) => [r.skill, { jobs: r.jobs, gigs: r.gigs }]));
}

export interface TrackView {
  track: Track;
  jobs: number;
  gigs: number;
  /** Open jobs and gigs together: what the home orders by. */
  demand: number;
  courses: CourseCard[];
}

/** The academy home: the ten tracks, most demanded first, each with its published courses. */
export async function academyHome(deps: Pick<Deps, 'db'>): Promise<TrackView[]> {
  const [demand, courses] = await Promise.all([demandBySkill(deps.db), publishedCourses(deps.db)]);
  const rows = TRACK_INFO.map((t) => {
    let jobs = 0;
    let gigs = 0;
    for (const s of t.skills) {
      jobs += demand.get(s)?.jobs ?? 0;
      gigs += demand.get(s)?.gigs ?? 0;
    }
    return { track: t.id, jobs, gigs, demand: jobs + gigs, courses: courses.filter((c) => c.track === t.id) };
  });
  return byDemand(rows);
}

// --- A course and its lessons ----------------------------------------------------------------------

export interface LessonSummary {
  id: string;
  position: number;
  title: { en: string | null; ur: string | null };
  hasVideo: boolean;
  done: boolean;
}

export interface Enrolment {
  id: string;
  enrolledAt: Date;
  paid: Money;
  completedAt: Date | null;
  /** The certificate's verification code, once the course is completed and it is issued. */
  certificate: string | null;
  done: number;
  percent: number;
  /** The lesson to go on with (its position), null for a course with no lessons. */
  resumeAt: number | null;
}

export interface CourseView {
  course: CourseCard;
  authorId: string;
  lessons: LessonSummary[];
  enrolment: Enrolment | null;
  /** The reader wrote it or is an admin: they may read every lesson, and see a draft. */
  canPreview: boolean;
  canEdit: boolean;
}

/** Whether the actor may see the course as its author or an admin. */
const isStaffFor = (actor: Actor | null, authorId: string) => actor !== null && (actor.isAdmin || actor.userId === authorId);

async function courseRow(db: Executor, slug: string, actor: Actor | null): Promise<CourseRow> {
  if (slug.length > 80) throw new AppError('not_found');
  const r = await courseQuery(db).where('c.slug', '=', slug).executeTakeFirst();
  if (!r) throw new AppError('not_found');
  // A draft exists only for its author and admins; a course taken down, also for those enrolled in it.
  if (r.status !== 'published' && !isStaffFor(actor, r.author_id)) {
    const enrolled = r.status === 'unpublished' && actor !== null && (await enrolmentOf(db, r.id, actor.userId)) !== undefined;
    if (!enrolled) throw new AppError('not_found');
  }
  return r;
}

async function enrolmentOf(db: Executor, courseId: string, userId: string) {
  return db.selectFrom('enrolments').selectAll().where('course_id', '=', courseId).where('user_id', '=', userId).executeTakeFirst();
}

/** A course's page: its lessons, and the reader's enrolment and progress when they have one. */
export async function getCourse(deps: Pick<Deps, 'db'>, actor: Actor | null, slug: string): Promise<CourseView> {
  const r = await courseRow(deps.db, slug, actor);
  const lessons = await deps.db
    .selectFrom('lessons')
    .select(['id', 'position', 'title_en', 'title_ur', 'video_url'])
    .where('course_id', '=', r.id)
    .orderBy('position')
    .execute();
  const e = actor ? await enrolmentOf(deps.db, r.id, actor.userId) : undefined;
  const done = new Set<string>();
  if (e) for (const p of await deps.db.selectFrom('lesson_progress').select('lesson_id').where('enrolment_id', '=', e.id).execute()) done.add(p.lesson_id);
  const summaries = lessons.map((l) => ({ id: l.id, position: l.position, title: { en: l.title_en, ur: l.title_ur }, hasVideo: l.video_url !== null, done: done.has(l.id) }));
  let enrolment: Enrolment | null = null;
  if (e) {
    const last = summaries.find((l) => l.id === e.last_lesson_id)?.position ?? null;
    enrolment = {
      id: e.id,
      enrolledAt: e.enrolled_at,
      paid: money(BigInt(e.paid_minor), e.currency),
      completedAt: e.completed_at,
      certificate: e.completed_at
        ? ((await deps.db.selectFrom('credentials').select('code').where('user_id', '=', e.user_id).where('course_id', '=', r.id).where('kind', '=', 'course').executeTakeFirst())?.code ?? null)
        : null,
      done: done.size,
      percent: progressPercent(done.size, summaries.length),
      resumeAt: resumePosition(
        summaries.map((l) => l.position),
        last,
        new Set(summaries.filter((l) => l.done).map((l) => l.position)),
      ),
    };
  }
  const staff = isStaffFor(actor, r.author_id);
  return { course: toCard(r), authorId: r.author_id, lessons: summaries, enrolment, canPreview: staff, canEdit: staff && (actor?.userId === r.author_id || actor?.isAdmin === true) };
}

export interface LessonView {
  course: CourseCard;
  position: number;
  count: number;
  title: { en: string | null; ur: string | null };
  /** The language the body is shown in, and the other one when the lesson has both. */
  shown: 'en' | 'ur';
  other: 'en' | 'ur' | null;
  blocks: Block[];
  videoUrl: string | null;
  done: boolean;
  /** Read as the author or an admin without being enrolled (a preview: nothing is recorded). */
  preview: boolean;
  enrolled: boolean;
  /** The lesson's files to download (PDF, ZIP, text), in the order they were added. */
  files: { key: string; url: string; name: string; contentType: string; bytes: number }[];
  /** Width and height of the lesson's own pictures by their address, for the page to keep their room. */
  imageSizes: Map<string, { width: number; height: number }>;
}

/**
 * One lesson, for an enrolled learner (or the course's author and admins, as a preview), in the
 * reader's language first; `lang` asks for the other one. Opening it makes it the lesson to resume at.
 */
export async function getLesson(deps: Pick<Deps, 'db'>, actorIn: Actor | null, slug: string, position: number, lang?: string | null): Promise<LessonView> {
  const actor = requireActor(actorIn);
  const r = await courseRow(deps.db, slug, actor);
  if (!Number.isInteger(position) || position < 1 || position > 1000) throw new AppError('not_found');
  const lesson = await deps.db.selectFrom('lessons').selectAll().where('course_id', '=', r.id).where('position', '=', position).executeTakeFirst();
  if (!lesson) throw new AppError('not_found');
  const e = await enrolmentOf(deps.db, r.id, actor.userId);
  const staff = isStaffFor(actor, r.author_id);
  if (!e && !staff) throw new AppError('academy.not_enrolled');
  const { shown, other } = languageFor(actor.locale, { en: lesson.body_en ?? lesson.title_en, ur: lesson.body_ur ?? lesson.title_ur }, lang);
  let done = false;
  if (e) {
    done = (await deps.db.selectFrom('lesson_progress').select('lesson_id').where('enrolment_id', '=', e.id).where('lesson_id', '=', lesson.id).executeTakeFirst()) !== undefined;
    if (e.last_lesson_id !== lesson.id) await deps.db.updateTable('enrolments').set({ last_lesson_id: lesson.id }).where('id', '=', e.id).execute();
  }
  const body = shown === 'ur' ? lesson.body_ur : lesson.body_en;
  const attachments = await attachmentsOfLesson(deps.db, lesson.id);
  return {
    course: toCard(r),
    position,
    count: r.lesson_count,
    title: { en: lesson.title_en, ur: lesson.title_ur },
    shown,
    other,
    blocks: parseMarkdown(body ?? ''),
    videoUrl: lesson.video_url,
    done,
    preview: !e,
    enrolled: e !== undefined,
    files: attachments.filter((a) => a.kind === 'file').map((a) => ({ key: a.key, url: a.url, name: a.name ?? 'file', contentType: a.contentType, bytes: a.bytes })),
    imageSizes: new Map(attachments.flatMap((a) => (a.kind === 'image' && a.width && a.height ? [[a.url, { width: a.width, height: a.height }] as const] : []))),
  };
}

// --- Enrolling -------------------------------------------------------------------------------------

export interface EnrolResult {
  enrolmentId: string;
  course: string;
  paid: Money;
  ledgerTransaction: string | null;
  /** False when the learner was enrolled already (nothing was charged again). */
  created: boolean;
}

/** The ledger key of a learner's enrolment in a course: one payment per learner and course, whatever the request's key. */
const enrolmentKey = (courseId: string, userId: string) => `course-enrolment:${courseId}:${userId}`;

/**
 * The learner enrols in a published course: free at once, or paid from their Hunar balance in the
 * course's currency (client_wallet → Hunar's revenue, one ledger transaction, kind
 * course_enrolment). Not enough balance is ledger.insufficient_funds (409) and changes nothing.
 * Enrolling again returns the first enrolment and charges nothing: the money's key is the learner
 * and the course, so two requests at once (any Idempotency-Key) pay once. With the price the learner
 * was shown (`expected_price`), a price changed since is academy.price_changed (409, naming the new
 * price) and nothing is charged.
 */
export async function enrol(deps: Deps, actorIn: Actor | null, slug: string, idempotencyKey: string, raw: unknown = {}): Promise<EnrolResult> {
  const actor = requireActor(actorIn);
  if (!IDEMPOTENCY_KEY.test(idempotencyKey.trim())) throw new AppError('validation.failed', {}, { idempotency_key: { key: 'field.idempotency_key' } });
  const { expected_price: expected } = parseWith(enrolInput, raw ?? {});
  const r = await courseRow(deps.db, slug, actor);
  if (r.status !== 'published') throw new AppError('academy.not_published');
  return deps.db.transaction().execute(async (tx) => {
    // The price as it is now: an instructor's change (authoring.updateCourse locks the row) waits, or went first.
    const current = await tx.selectFrom('courses').select(['price_minor', 'currency']).where('id', '=', r.id).forShare().executeTakeFirstOrThrow();
    return enrolWithin(tx, deps, actor.userId, { ...r, ...current }, expected ?? null);
  });
}

/**
 * Enrols a learner inside the caller's transaction (enrol()'s; the demo seed's): the price from their
 * wallet through the ledger, once per learner and course whatever the request's key.
 */
export async function enrolWithin(tx: Tx, deps: Pick<Deps, 'clock'>, userId: string, r: { id: string; slug: string; price_minor: string; currency: Currency }, expected: Money | null = null): Promise<EnrolResult> {
  const price = money(BigInt(r.price_minor), r.currency);
  const existing = async (): Promise<EnrolResult | null> => {
    const e = await enrolmentOf(tx, r.id, userId);
    return e ? { enrolmentId: e.id, course: r.slug, paid: money(BigInt(e.paid_minor), e.currency), ledgerTransaction: e.ledger_transaction_id, created: false } : null;
  };
  const key = enrolmentKey(r.id, userId);
  const fingerprint = requestFingerprint(userId, 'academy.enrol', { course: r.id });
  // The key's lock makes a twin request wait here until the first has committed or rolled back.
  await claimKey(tx, key, fingerprint);
  const before = await existing();
  if (before) return before;
  if (expected && (expected.amount !== price.amount || expected.currency !== price.currency)) {
    // en-PK and ur-PK print an amount alike; the page shows it in the reader's own format.
    throw new AppError('academy.price_changed', { price: formatMoney('en', price) });
  }
  const now = deps.clock.now();
  let ledgerTransaction: string | null = null;
  if (price.amount > 0n) {
    ledgerTransaction = await post(tx, deps, {
      kind: 'course_enrolment',
      key,
      fingerprint,
      actorId: userId,
      reason: `Course ${r.slug}: enrolment paid`,
      legs: [{ from: { kind: 'client_wallet', ownerId: userId, currency: price.currency }, to: revenueAccount(price.currency, r.id), amount: price }],
      result: { course: r.id },
    });
  }
  const e = await tx
    .insertInto('enrolments')
    .values({ course_id: r.id, user_id: userId, paid_minor: price.amount, currency: price.currency, ledger_transaction_id: ledgerTransaction, enrolled_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { enrolmentId: e.id, course: r.slug, paid: price, ledgerTransaction, created: true };
}

/** What a paid course costs the reader now: the price and their balance in its currency. */
export async function balanceFor(db: Executor, actor: Actor | null, price: Money): Promise<Money | null> {
  if (!actor || price.amount === 0n) return null;
  const row = await db
    .selectFrom('ledger_accounts')
    .select('balance')
    .where('kind', '=', 'client_wallet')
    .where('owner_id', '=', actor.userId)
    .where('currency', '=', price.currency)
    .where('ref_id', 'is', null)
    .executeTakeFirst();
  return money(row ? BigInt(row.balance) : 0n, price.currency);
}

// --- Progress --------------------------------------------------------------------------------------

export interface DoneResult {
  course: string;
  position: number;
  done: number;
  total: number;
  percent: number;
  /** The next lesson's position, or null after the last. */
  next: number | null;
}

/** The learner marks a lesson done; the next one becomes the lesson to resume at. Doing it again changes nothing. */
export async function markLessonDone(deps: Deps, actorIn: Actor | null, slug: string, position: number): Promise<DoneResult> {
  const actor = requireActor(actorIn);
  const r = await courseRow(deps.db, slug, actor);
  if (!Number.isInteger(position) || position < 1 || position > 1000) throw new AppError('not_found');
  return deps.db.transaction().execute(async (tx) => {
    const e = await tx.selectFrom('enrolments').selectAll().where('course_id', '=', r.id).where('user_id', '=', actor.userId).forUpdate().executeTakeFirst();
    if (!e) throw new AppError('academy.not_enrolled');
    const lessons = await tx.selectFrom('lessons').select(['id', 'position']).where('course_id', '=', r.id).orderBy('position').execute();
    const i = lessons.findIndex((l) => l.position === position);
    if (i < 0) throw new AppError('not_found');
    await tx
      .insertInto('lesson_progress')
      .values({ enrolment_id: e.id, lesson_id: lessons[i]!.id, done_at: deps.clock.now() })
      .onConflict((oc) => oc.columns(['enrolment_id', 'lesson_id']).doNothing())
      .execute();
    const next = lessons[i + 1] ?? null;
    await tx.updateTable('enrolments').set({ last_lesson_id: (next ?? lessons[i]!).id }).where('id', '=', e.id).execute();
    const { n } = await tx.selectFrom('lesson_progress').select((eb) => eb.fn.countAll<string>().as('n')).where('enrolment_id', '=', e.id).executeTakeFirstOrThrow();
    const done = Number(n);
    return { course: r.slug, position, done, total: lessons.length, percent: progressPercent(done, lessons.length), next: next?.position ?? null };
  });
}

export interface LearningItem {
  course: CourseCard;
  enrolledAt: Date;
  completedAt: Date | null;
  done: number;
  percent: number;
  resumeAt: number | null;
}

/** "My learning": the courses the learner is enrolled in, those not completed first, newest enrolment first. */
export async function myLearning(deps: Pick<Deps, 'db'>, actorIn: Actor | null): Promise<LearningItem[]> {
  const actor = requireActor(actorIn);
  const rows = await courseQuery(deps.db)
    .innerJoin('enrolments as e', 'e.course_id', 'c.id')
    .select(['e.id as enrolment_id', 'e.enrolled_at', 'e.completed_at', 'e.last_lesson_id'])
    .select(sql<number>`(SELECT count(*)::int FROM lesson_progress p WHERE p.enrolment_id = e.id)`.as('done'))
    .select(sql<number | null>`(SELECT l.position FROM lessons l WHERE l.id = e.last_lesson_id)`.as('last_position'))
    .select(sql<number[]>`coalesce((SELECT array_agg(l.position) FROM lesson_progress p JOIN lessons l ON l.id = p.lesson_id WHERE p.enrolment_id = e.id), '{}')`.as('done_positions'))
    .select(sql<number[]>`coalesce((SELECT array_agg(l.position ORDER BY l.position) FROM lessons l WHERE l.course_id = c.id), '{}')`.as('positions'))
    .where('e.user_id', '=', actor.userId)
    .orderBy(sql`e.completed_at IS NULL`, 'desc')
    .orderBy('e.enrolled_at', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    course: toCard(r),
    enrolledAt: r.enrolled_at,
    completedAt: r.completed_at,
    done: r.done,
    percent: progressPercent(r.done, r.lesson_count),
    resumeAt: resumePosition(r.positions, r.last_position, new Set(r.done_positions)),
  }));
}
