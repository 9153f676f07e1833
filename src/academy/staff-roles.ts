// /admin/roles (DESIGN.md, "Roles"): admins grant a role to a person, found by e-mail or handle, with
// a note, and revoke it; each is one audit_events row, and user_roles keeps every grant (a revocation
// closes the row). The checks themselves are src/platform/roles.ts (requireRole).
import { sql } from 'kysely';
import { z } from 'zod';
import { type Actor, requireAdmin } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import { ROLES, type Role } from '../platform/roles.ts';
import { multiLine, singleLine } from '../platform/text.ts';

export interface RoleHolder {
  grantId: string;
  role: Role;
  user: { id: string; name: string; email: string; handle: string };
  grantedBy: string | null;
  grantedAt: Date;
  note: string | null;
}

/** Everyone holding a role now, by role then name. */
export async function roleHolders(deps: Pick<Deps, 'db'>, actorIn: Actor | null): Promise<RoleHolder[]> {
  requireAdmin(actorIn);
  const rows = await deps.db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .leftJoin('users as g', 'g.id', 'r.granted_by')
    .select(['r.id', 'r.role', 'r.granted_at', 'r.note', 'u.id as user_id', 'u.display_name', 'u.email', 'u.handle', 'g.display_name as granted_by'])
    .where('r.revoked_at', 'is', null)
    .orderBy('r.role')
    .orderBy('u.display_name')
    .limit(1000)
    .execute();
  return rows.map((r) => ({
    grantId: r.id,
    role: r.role,
    user: { id: r.user_id, name: r.display_name, email: r.email, handle: String(r.handle) },
    grantedBy: r.granted_by,
    grantedAt: r.granted_at,
    note: r.note,
  }));
}

export const grantInput = z.object({
  person: singleLine(254).describe('The person’s e-mail address or handle (with or without @)'),
  role: z.enum(ROLES, { error: 'field.choose' }),
  note: multiLine(500).optional().describe('Why (kept with the grant and in the audit log)'),
});

export const revokeInput = z.object({ note: multiLine(500).optional() });

/** An admin grants a role; the person must not hold it already. */
export async function grantRole(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<RoleHolder> {
  const actor = requireAdmin(actorIn);
  const input = parseWith(grantInput, raw);
  const who = input.person.replace(/^@/, '');
  return deps.db.transaction().execute(async (tx) => {
    const user = await tx
      .selectFrom('users')
      .select(['id', 'display_name', 'email', 'handle'])
      .where((eb) => (who.includes('@') ? eb('email', '=', who) : eb(sql`lower(handle::text)`, '=', who.toLowerCase())))
      .executeTakeFirst();
    if (!user) throw new AppError('validation.failed', {}, { person: { key: 'field.person_unknown' } });
    const now = deps.clock.now();
    const note = input.note?.trim() || null;
    const row = await tx
      .insertInto('user_roles')
      .values({ user_id: user.id, role: input.role, granted_by: actor.userId, granted_at: now, note })
      .onConflict((oc) => oc.columns(['user_id', 'role']).where('revoked_at', 'is', null).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) throw new AppError('roles.already_held');
    await tx
      .insertInto('audit_events')
      .values({ kind: 'role.granted', actor_id: actor.userId, subject_id: user.id, data: JSON.stringify({ grant: row.id, role: input.role, note }), ip: null, created_at: now })
      .execute();
    return { grantId: row.id, role: input.role, user: { id: user.id, name: user.display_name, email: user.email, handle: String(user.handle) }, grantedBy: actor.displayName, grantedAt: now, note };
  });
}

/** An admin revokes a grant: the row is closed (kept), and audited. */
export async function revokeRole(deps: Deps, actorIn: Actor | null, grantId: string, raw: unknown): Promise<void> {
  const actor = requireAdmin(actorIn);
  const input = parseWith(revokeInput, raw);
  if (!/^[0-9a-f-]{36}$/i.test(grantId)) throw new AppError('not_found');
  await deps.db.transaction().execute(async (tx) => {
    const g = await tx.selectFrom('user_roles').selectAll().where('id', '=', grantId).forUpdate().executeTakeFirst();
    if (!g) throw new AppError('not_found');
    if (g.revoked_at) throw new AppError('roles.not_held');
    const now = deps.clock.now();
    await tx.updateTable('user_roles').set({ revoked_at: now, revoked_by: actor.userId }).where('id', '=', g.id).execute();
    await tx
      .insertInto('audit_events')
      .values({ kind: 'role.revoked', actor_id: actor.userId, subject_id: g.user_id, data: JSON.stringify({ grant: g.id, role: g.role, note: input.note?.trim() || null }), ip: null, created_at: now })
      .execute();
  });
}
