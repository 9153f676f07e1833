// How quickly freelancers answer people who write to them first (for seller levels): of the
// enquiries other people started with each of them in the last RESPONSE_WINDOW_DAYS days, the share
// they answered within RESPONSE_WITHIN_HOURS (domain.ts responseRate). Order and contract
// conversations are left out: whoever opens one first starts it, so "who wrote first" says nothing.
import { sql } from 'kysely';
import type { Executor } from '../../db/pool.ts';
import { RESPONSE_WINDOW_DAYS, responseRate } from '../domain.ts';
import { UUID } from './access.ts';

/** Each freelancer's response rate (0..1); absent for one nobody wrote to in the window. */
export async function responseRates(db: Executor, userIds: readonly string[], now: Date = new Date()): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const ids = userIds.filter((id) => UUID.test(id));
  if (ids.length === 0) return out;
  const since = new Date(now.getTime() - RESPONSE_WINDOW_DAYS * 86_400_000);
  const rows = await sql<{ user_id: string; first_at: Date; replied_at: Date | null }>`
    SELECT m.user_id, f.created_at AS first_at,
      (SELECT min(r.created_at) FROM messages r WHERE r.conversation_id = c.id AND r.sender_id = m.user_id AND r.id > f.id) AS replied_at
    FROM conversation_members m
    JOIN conversations c ON c.id = m.conversation_id AND c.kind = 'enquiry' AND c.started_by <> m.user_id
    JOIN LATERAL (SELECT x.id, x.created_at FROM messages x WHERE x.conversation_id = c.id ORDER BY x.id LIMIT 1) f ON true
    WHERE m.user_id IN (${sql.join(ids.map((id) => sql`${id}::uuid`))}) AND f.created_at >= ${since}`.execute(db);
  const by = new Map<string, { firstAt: Date; repliedAt: Date | null }[]>();
  for (const r of rows.rows) by.set(r.user_id, [...(by.get(r.user_id) ?? []), { firstAt: new Date(r.first_at), repliedAt: r.replied_at ? new Date(r.replied_at) : null }]);
  for (const [id, list] of by) {
    const rate = responseRate(list);
    if (rate !== null) out.set(id, rate);
  }
  return out;
}
