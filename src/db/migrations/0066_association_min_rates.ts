// Market rates (issue 21, src/rates): an association's recommended minimum rates, per skill. Officers
// set them (src/associations/membership.ts isOfficer); /rates shows them beside the market's figures,
// and a freelancer pricing a gig sees how the price compares with the minimums of their associations.
// A minimum is per order, per hour, or both, in rupees (the market figures are in rupees too).
// The market figures themselves need no table: they are read from completed orders (decision 0070).
import { type Kysely, sql } from 'kysely';
import { up as rewriteChecks } from './0026_check_constant_arrays.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE association_min_rates (
      association_id uuid NOT NULL REFERENCES associations(id) ON DELETE CASCADE,
      skill_slug text NOT NULL REFERENCES skills(slug),
      order_minor bigint CHECK (order_minor > 0 AND order_minor <= 10000000000),
      hourly_minor bigint CHECK (hourly_minor > 0 AND hourly_minor <= 10000000000),
      currency text NOT NULL DEFAULT 'PKR' CHECK (currency IN ('PKR')),
      set_by uuid NOT NULL REFERENCES users(id),
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (association_id, skill_slug),
      CHECK (order_minor IS NOT NULL OR hourly_minor IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX association_min_rates_skill ON association_min_rates (skill_slug)`.execute(db);
  // The rates read completed orders by when they completed.
  await sql`CREATE INDEX orders_completed ON orders (completed_at) WHERE state = 'completed'`.execute(db);
  await rewriteChecks(db);
}
