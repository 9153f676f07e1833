// An admin suspends an approved mentor, or reinstates a suspended one
// (docs/decisions/0063-mentoring-suspension-and-contested-reports.md, the rule 'mentor_suspended').
//
// A suspended mentor leaves /mentors, their page is not found to learners and nobody can book them
// (every reader of mentors asks for status 'approved'). Their sessions not yet started are cancelled:
// each paid one is refunded in full through the ledger, and each learner is told. Sessions already
// under way keep the usual rules (reports, confirmation, the sweep). The 'mentor' role (which also
// lets a mentor grade academy projects) is revoked and granted again on reinstatement. Audited.
import { notify } from '../../notifications/notify.ts';
import { type Actor, requireAdmin } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { parseWith } from '../../platform/forms.ts';
import { ruleOf, suspensionInput } from '../domain.ts';
import { UUID } from './access.ts';
import { settleMoney } from './act-on-booking.ts';
import { whenParam } from './book-session.ts';

export async function suspendMentor(deps: Deps, actorIn: Actor | null, userId: string, raw: unknown): Promise<{ cancelled: number }> {
  const actor = requireAdmin(actorIn);
  if (!UUID.test(userId)) throw new AppError('not_found');
  const input = parseWith(suspensionInput, raw);
  return deps.db.transaction().execute(async (tx) => {
    const p = await tx.selectFrom('mentor_profiles as p').innerJoin('users as u', 'u.id', 'p.user_id').select(['p.user_id', 'p.status', 'u.display_name']).where('p.user_id', '=', userId).forUpdate('p').executeTakeFirst();
    if (!p) throw new AppError('not_found');
    if (p.user_id === actor.userId) throw new AppError('mentorship.own_application');
    if (p.status !== 'approved') throw new AppError('mentorship.not_suspendable');
    const now = deps.clock.now();
    await tx.updateTable('mentor_profiles').set({ status: 'suspended', suspended_at: now, suspended_by: actor.userId, suspension_note: input.note || null, updated_at: now }).where('user_id', '=', userId).execute();
    await tx.updateTable('user_roles').set({ revoked_at: now, revoked_by: actor.userId }).where('user_id', '=', userId).where('role', '=', 'mentor').where('revoked_at', 'is', null).execute();

    const coming = await tx.selectFrom('mentor_bookings').selectAll().where('mentor_id', '=', userId).where('status', '=', 'booked').where('starts_at', '>', now).orderBy('starts_at').forUpdate().execute();
    const rule = ruleOf('mentor_suspended');
    for (const row of coming) {
      const moved = await settleMoney(tx, deps, row, rule.money, rule.rule, actor.userId);
      await tx.updateTable('mentor_bookings').set({ status: rule.status, ended_by: actor.userId, ended_at: now, ...moved }).where('id', '=', row.id).execute();
      await notify(deps, tx, { userId: row.learner_id, kind: 'mentoring_cancelled', params: { with: p.display_name, when: whenParam(row.starts_at) }, link: `/mentoring#booking-${row.id}` });
    }
    await tx
      .insertInto('audit_events')
      .values({
        kind: 'mentor.suspended',
        actor_id: actor.userId,
        subject_id: userId,
        data: JSON.stringify({ before: 'approved', after: 'suspended', note: input.note, role_revoked: 'mentor', cancelled_bookings: coming.map((b) => b.id) }),
        ip: null,
        created_at: now,
      })
      .execute();
    await notify(deps, tx, { userId, kind: 'mentor_suspended', params: { note: input.note, sessions: coming.length }, link: '/mentoring/profile' });
    return { cancelled: coming.length };
  });
}

export async function reinstateMentor(deps: Deps, actorIn: Actor | null, userId: string, raw: unknown): Promise<void> {
  const actor = requireAdmin(actorIn);
  if (!UUID.test(userId)) throw new AppError('not_found');
  const input = parseWith(suspensionInput, raw);
  await deps.db.transaction().execute(async (tx) => {
    const p = await tx.selectFrom('mentor_profiles').select(['user_id', 'status']).where('user_id', '=', userId).forUpdate().executeTakeFirst();
    if (!p) throw new AppError('not_found');
    if (p.user_id === actor.userId) throw new AppError('mentorship.own_application');
    if (p.status !== 'suspended') throw new AppError('mentorship.not_suspended');
    const now = deps.clock.now();
    await tx.updateTable('mentor_profiles').set({ status: 'approved', suspended_at: null, suspended_by: null, suspension_note: null, updated_at: now }).where('user_id', '=', userId).execute();
    const open = await tx.selectFrom('user_roles').select('id').where('user_id', '=', userId).where('role', '=', 'mentor').where('revoked_at', 'is', null).executeTakeFirst();
    if (!open) await tx.insertInto('user_roles').values({ user_id: userId, role: 'mentor', granted_by: actor.userId, granted_at: now, note: 'mentor reinstated' }).execute();
    await tx
      .insertInto('audit_events')
      .values({ kind: 'mentor.reinstated', actor_id: actor.userId, subject_id: userId, data: JSON.stringify({ before: 'suspended', after: 'approved', note: input.note, role_granted: 'mentor' }), ip: null, created_at: now })
      .execute();
    await notify(deps, tx, { userId, kind: 'mentor_reinstated', params: { note: input.note }, link: '/mentoring/profile' });
  });
}
