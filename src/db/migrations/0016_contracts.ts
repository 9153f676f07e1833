// Contracts from hired proposals (issue 5): a fixed-price contract's milestones are orders of kind
// 'milestone'; an hourly contract is billed week by week through orders of kind 'hourly_week',
// each funded up to the weekly cap and billed for the hours logged when the week ends.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE orders
      -- The milestone's place in its contract (1, 2, ...).
      ADD COLUMN position smallint CHECK (position >= 1),
      -- An hourly week: when it ends, and what was billed for the hours logged.
      ADD COLUMN week_ends_at timestamptz,
      ADD COLUMN billed_minor bigint CHECK (billed_minor >= 0 AND billed_minor <= price_minor),
      ADD CONSTRAINT orders_contract_kind CHECK ((kind = 'gig') = (contract_id IS NULL))`.execute(db);
  await sql`CREATE INDEX orders_week_end ON orders (week_ends_at) WHERE kind = 'hourly_week' AND state = 'in_progress'`.execute(db);
}
