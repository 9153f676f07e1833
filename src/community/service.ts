// What the community hub (/community) shows: how much there is behind each door, counted from
// what anyone may see (active associations, public upcoming events, visible public forum threads,
// published FAQ answers, listed spaces and their cities). Private boards and members-only events are
// never counted, so the hub tells a visitor nothing a visitor may not see.
import { sql } from 'kysely';
import type { Deps } from '../platform/deps.ts';

export interface CommunityCounts {
  associations: number;
  events: number;
  threads: number;
  faq: number;
  spaces: number;
  spaceCities: number;
}

export async function communityCounts(deps: Pick<Deps, 'db' | 'clock'>): Promise<CommunityCounts> {
  const now = deps.clock.now();
  const { rows } = await sql<{ [K in keyof CommunityCounts]: number }>`
    SELECT
      (SELECT count(*)::int FROM associations WHERE status = 'active') AS associations,
      (SELECT count(*)::int FROM association_events e JOIN associations a ON a.id = e.association_id
         WHERE e.status = 'scheduled' AND NOT e.members_only AND a.status = 'active' AND e.starts_at > ${now}) AS events,
      (SELECT count(*)::int FROM forum_threads WHERE association_id IS NULL AND hidden_at IS NULL) AS threads,
      (SELECT count(*)::int FROM legal_faq WHERE withdrawn_at IS NULL) AS faq,
      (SELECT count(*)::int FROM spaces WHERE status = 'listed') AS spaces,
      (SELECT count(DISTINCT city_slug)::int FROM spaces WHERE status = 'listed') AS "spaceCities"`.execute(deps.db);
  return rows[0]!;
}
