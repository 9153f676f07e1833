// Who belongs to an association: the one place other community modules ask (private forum boards,
// recommended minimum rates, events for members, dues). An association that an admin suspended
// grants nothing: its members are not "members in good standing" while it is suspended.
import type { Executor } from '../db/pool.ts';

export interface Membership {
  associationId: string;
  role: 'member' | 'officer';
}

/** The person's active membership of an active association, or null. */
export async function membershipOf(db: Executor, associationId: string, userId: string): Promise<Membership | null> {
  const row = await db
    .selectFrom('association_members as m')
    .innerJoin('associations as a', 'a.id', 'm.association_id')
    .select(['m.association_id', 'm.role'])
    .where('m.association_id', '=', associationId)
    .where('m.user_id', '=', userId)
    .where('m.status', '=', 'active')
    .where('a.status', '=', 'active')
    .executeTakeFirst();
  return row ? { associationId: row.association_id, role: row.role } : null;
}

export const isMember = async (db: Executor, associationId: string, userId: string): Promise<boolean> => (await membershipOf(db, associationId, userId)) !== null;

export const isOfficer = async (db: Executor, associationId: string, userId: string): Promise<boolean> => (await membershipOf(db, associationId, userId))?.role === 'officer';

/** Every active association the person is an active member of. */
export async function membershipsOf(db: Executor, userId: string): Promise<Membership[]> {
  const rows = await db
    .selectFrom('association_members as m')
    .innerJoin('associations as a', 'a.id', 'm.association_id')
    .select(['m.association_id', 'm.role'])
    .where('m.user_id', '=', userId)
    .where('m.status', '=', 'active')
    .where('a.status', '=', 'active')
    .execute();
  return rows.map((r) => ({ associationId: r.association_id, role: r.role }));
}
