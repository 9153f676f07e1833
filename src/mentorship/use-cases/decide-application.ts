// The admins' list of applications and their decision on one (approval grants the 'mentor' role).
import { sql } from 'kysely';
import { notify } from '../../notifications/notify.ts';
import { type Actor, requireAdmin } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { parseWith } from '../../platform/forms.ts';
import { decisionInput } from '../domain.ts';
import { UUID } from './access.ts';
import { type MentorProfile, profileQuery, rangesOf, toProfile } from './read-mentors.ts';

/** Every application for admins: waiting ones first (oldest first), then the decided ones, newest first. */
export async function listApplications(deps: Deps, actorIn: Actor | null): Promise<MentorProfile[]> {
  requireAdmin(actorIn);
  const rows = await profileQuery(deps.db)
    .orderBy(sql`m.status = 'applied'`, 'desc')
    .orderBy(sql`CASE WHEN m.status = 'applied' THEN m.applied_at END`, 'asc')
    .orderBy('m.decided_at', 'desc')
    .limit(500)
    .execute();
  const ranges = await rangesOf(
    deps.db,
    rows.map((r) => r.user_id),
  );
  return rows.map((r) => toProfile(r, ranges.get(r.user_id) ?? []));
}

/**
 * An admin approves or rejects a waiting application. Approval grants the 'mentor' role (user_roles);
 * both are audited and told to the applicant.
 */
export async function decideApplication(deps: Deps, actorIn: Actor | null, userId: string, raw: unknown): Promise<MentorProfile> {
  const actor = requireAdmin(actorIn);
  if (!UUID.test(userId)) throw new AppError('not_found');
  const input = parseWith(decisionInput, raw);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const p = await tx.selectFrom('mentor_profiles').select(['user_id', 'status']).where('user_id', '=', userId).forUpdate().executeTakeFirst();
    if (!p) throw new AppError('not_found');
    if (p.status !== 'applied') throw new AppError('mentorship.already_decided');
    if (p.user_id === actor.userId) throw new AppError('mentorship.own_application');
    const status = input.decision === 'approve' ? 'approved' : 'rejected';
    await tx.updateTable('mentor_profiles').set({ status, decided_by: actor.userId, decided_at: now, decision_note: input.note || null, updated_at: now }).where('user_id', '=', userId).execute();
    if (status === 'approved') {
      const open = await tx.selectFrom('user_roles').select('id').where('user_id', '=', userId).where('role', '=', 'mentor').where('revoked_at', 'is', null).executeTakeFirst();
      if (!open) await tx.insertInto('user_roles').values({ user_id: userId, role: 'mentor', granted_by: actor.userId, granted_at: now, note: 'mentor application approved' }).execute();
    }
    await tx
      .insertInto('audit_events')
      .values({ kind: `mentor.${status}`, actor_id: actor.userId, subject_id: userId, data: JSON.stringify({ before: 'applied', after: status, note: input.note, role_granted: status === 'approved' ? 'mentor' : null }), ip: null, created_at: now })
      .execute();
    await notify(deps, tx, { userId, kind: status === 'approved' ? 'mentor_approved' : 'mentor_rejected', params: { note: input.note }, link: '/mentoring/profile' });
  });
  const row = await profileQuery(deps.db).where('m.user_id', '=', userId).executeTakeFirstOrThrow();
  return toProfile(row, (await rangesOf(deps.db, [userId])).get(userId) ?? []);
}
