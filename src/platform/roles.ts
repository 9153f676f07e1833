// Roles an admin grants (DESIGN.md, "Roles"): one table, user_roles, with who granted each and when;
// a revocation closes the grant and keeps the row. Services check them with requireRole(); admins
// (users.is_admin) may do what every role may. The pages to grant and revoke are at /admin/roles.
import type { Executor } from '../db/pool.ts';
import { type Actor, requireActor } from './actor.ts';
import { AppError } from './errors.ts';

export const ROLES = ['moderator', 'finance', 'support', 'instructor', 'mentor', 'legal_advisor', 'space_owner'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (v: unknown): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v);

/** Whether the person holds the role now (an open grant). */
export async function hasRole(db: Executor, userId: string, role: Role): Promise<boolean> {
  const row = await db.selectFrom('user_roles').select('id').where('user_id', '=', userId).where('role', '=', role).where('revoked_at', 'is', null).executeTakeFirst();
  return row !== undefined;
}

/** The roles a person holds now. */
export async function rolesOf(db: Executor, userId: string): Promise<Role[]> {
  const rows = await db.selectFrom('user_roles').select('role').where('user_id', '=', userId).where('revoked_at', 'is', null).orderBy('role').execute();
  return rows.map((r) => r.role);
}

/** The actor, when they hold `role` (or are an admin); auth.forbidden otherwise. */
export async function requireRole(db: Executor, actorIn: Actor | null | undefined, role: Role): Promise<Actor> {
  const actor = requireActor(actorIn);
  if (actor.isAdmin || (await hasRole(db, actor.userId, role))) return actor;
  throw new AppError('auth.forbidden');
}
