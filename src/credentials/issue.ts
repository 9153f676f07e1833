// Issuing a course certificate (the contract the assessments module calls, inside its transaction,
// when a learner has passed a course's quiz and project): an Open Badges 3.0 OpenBadgeCredential
// secured as a VC-JWT, an entry in a status list, and a verification code at /verify/<code>.
// Idempotent per learner and course: issuing again returns the first certificate's code.
import { randomInt, randomUUID } from 'node:crypto';
import type { Tx } from '../db/pool.ts';
import type { Deps } from '../platform/deps.ts';
import { issueVerifiable } from '../verify/service.ts';
import { courseCredential, didWeb, STATUS_LIST_CAPACITY, STATUS_LIST_SIZE, statusListUrl, vcJwtPayload } from './domain.ts';
import { signJwt } from './keys.ts';
import { COURSE_CERTIFICATE, type CourseCertificateSummary } from './verifiable.ts';

type IssueDeps = Pick<Deps, 'config' | 'clock'>;

/** The public address of a course (its achievement's id). */
export const courseUrl = (baseUrl: string, slug: string) => `${baseUrl}/academy/courses/${slug}`;
/** A person's public profile (the certificate's subject). */
export const profileUrl = (baseUrl: string, handle: string) => `${baseUrl}/u/${handle}`;

/**
 * A free entry of the open status list, chosen at random (the specification asks for random
 * indexes, so neighbouring entries say nothing about each other). The list's row is locked while
 * choosing, so two certificates issued at once never get the same entry; a list opens a successor
 * once half its entries are taken.
 */
async function statusEntryFor(tx: Tx, deps: IssueDeps): Promise<{ list: number; index: number }> {
  const open = () => tx.selectFrom('credential_status_lists').select(['id', 'size']).orderBy('id', 'desc').limit(1).forUpdate().executeTakeFirst();
  let list = await open();
  if (!list) {
    await tx.insertInto('credential_status_lists').values({ id: 1, size: STATUS_LIST_SIZE, created_at: deps.clock.now() }).onConflict((oc) => oc.doNothing()).execute();
    list = await open();
  }
  if (!list) throw new Error('no status list');
  const used = await tx.selectFrom('credentials').select((eb) => eb.fn.countAll<string>().as('n')).where('status_list', '=', list.id).executeTakeFirstOrThrow();
  if (Number(used.n) >= STATUS_LIST_CAPACITY) {
    await tx.insertInto('credential_status_lists').values({ id: list.id + 1, size: STATUS_LIST_SIZE, created_at: deps.clock.now() }).onConflict((oc) => oc.doNothing()).execute();
    return statusEntryFor(tx, deps);
  }
  for (;;) {
    const index = randomInt(list.size);
    const taken = await tx.selectFrom('credentials').select('id').where('status_list', '=', list.id).where('status_index', '=', index).executeTakeFirst();
    if (!taken) return { list: list.id, index };
  }
}

export async function issueCourseCertificate(tx: Tx, deps: IssueDeps, input: { userId: string; courseId: string; completedAt: Date }): Promise<{ code: string } | null> {
  // The enrolment's row, locked: two completions of one course at once issue one certificate.
  const enrolment = await tx.selectFrom('enrolments').select('id').where('user_id', '=', input.userId).where('course_id', '=', input.courseId).forUpdate().executeTakeFirst();
  if (!enrolment) return null;
  const existing = await tx.selectFrom('credentials').select('code').where('kind', '=', 'course').where('user_id', '=', input.userId).where('course_id', '=', input.courseId).executeTakeFirst();
  if (existing?.code) return { code: existing.code };

  const row = await tx
    .selectFrom('courses as c')
    .innerJoin('skills as s', 's.slug', 'c.skill_slug')
    .innerJoin('users as u', (j) => j.on('u.id', '=', input.userId))
    .select(['c.slug', 'c.title_en', 'c.title_ur', 'c.summary_en', 'c.summary_ur', 'c.quiz_pass_percent', 'c.project_pass_percent', 'c.skill_slug', 's.name_en as skill_en', 's.name_ur as skill_ur', 'u.display_name', 'u.handle'])
    .where('c.id', '=', input.courseId)
    .executeTakeFirst();
  if (!row) return null;

  const base = deps.config.baseUrl;
  const did = didWeb(base);
  const id = randomUUID();
  const entry = await statusEntryFor(tx, deps);
  const summary: CourseCertificateSummary = {
    v: 1,
    name: row.display_name,
    course_en: row.title_en,
    course_ur: row.title_ur,
    skill_en: row.skill_en,
    skill_ur: row.skill_ur,
    completed_at: input.completedAt.toISOString(),
  };
  const code = await issueVerifiable(tx, { kind: COURSE_CERTIFICATE, subjectId: id, ownerId: input.userId, summary, issuedAt: input.completedAt });

  // English first, for verifiers anywhere; the Urdu name when the course has no English one.
  const english = row.title_en !== null;
  const name = (english ? row.title_en : row.title_ur) as string;
  const credential = courseCredential({
    id,
    did,
    issuer: { name: deps.config.OPERATOR_NAME, url: base },
    learner: { name: row.display_name, profileUrl: profileUrl(base, row.handle) },
    course: {
      url: courseUrl(base, row.slug),
      name,
      language: english ? 'en' : 'ur',
      description: (english ? row.summary_en : row.summary_ur) ?? row.summary_en ?? row.summary_ur ?? name,
      quizPassPercent: row.quiz_pass_percent,
      projectPassPercent: row.project_pass_percent,
      skill: { slug: row.skill_slug, name: english ? row.skill_en : row.skill_ur },
    },
    validFrom: input.completedAt,
    status: { listUrl: statusListUrl(base, entry.list), index: entry.index },
  });
  const jwt = await signJwt(tx, deps, vcJwtPayload(credential));

  await tx
    .insertInto('credentials')
    .values({
      id,
      kind: 'course',
      user_id: input.userId,
      course_id: input.courseId,
      code,
      jwt,
      status_list: entry.list,
      status_index: entry.index,
      skill_slug: row.skill_slug,
      title: name,
      status: 'valid',
      issued_at: input.completedAt,
      created_at: deps.clock.now(),
    })
    .execute();
  return { code };
}
