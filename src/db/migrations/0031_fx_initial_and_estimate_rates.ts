// Exchange rates as data from the first start (issue 16; docs/decisions/0036-rates-as-data.md):
// - an initial USD → PKR rate ships with Hunar as a dated, labelled row (source 'initial', set by no
//   one), so wallet conversions, order payments and estimates all use one rate out of the box; any
//   rate an admin sets later is newer and replaces it. Not added when a database already has a
//   USD → PKR rate (an admin's rate is never replaced by the shipped one);
// - rates kept for display-only estimates: rupees per pound, euro, dirham and riyal (GBP, EUR, AED,
//   SAR → PKR), entered by admins beside the dollar rate; money itself stays in PKR and USD;
// - rows made by Hunar rather than an admin ('initial', and 'demo' from the demo data) have no
//   set_by; every admin's row still names its admin.
import { type Kysely, sql } from 'kysely';

/**
 * PKR per USD, interbank, end of October 2025 (Business Recorder, "Maintaining positive run":
 * https://www.brecorder.com/news/40390583/maintaining-positive-run), as recorded in
 * /work/shared/reference/fees.md ("Reference interbank rate used in our examples").
 */
export const INITIAL_USD_TO_PKR = { rate: '280.91', effectiveOn: '2025-10-31' } as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE fx_rates
      ALTER COLUMN set_by DROP NOT NULL,
      DROP CONSTRAINT fx_rates_from_currency_check,
      DROP CONSTRAINT fx_rates_to_currency_check,
      DROP CONSTRAINT fx_rates_source_check,
      ADD CONSTRAINT fx_rates_pair_check CHECK (to_currency = 'PKR' AND from_currency = ANY ('{USD,GBP,EUR,AED,SAR}'::text[])),
      ADD CONSTRAINT fx_rates_source_check CHECK (source = ANY ('{form,csv,api,initial,demo}'::text[])),
      ADD CONSTRAINT fx_rates_set_by_check CHECK ((set_by IS NULL) = (source = ANY ('{initial,demo}'::text[])))`.execute(db);
  await sql`
    INSERT INTO fx_rates (from_currency, to_currency, rate, effective_on, source, set_by, created_at)
    SELECT 'USD', 'PKR', ${INITIAL_USD_TO_PKR.rate}, ${INITIAL_USD_TO_PKR.effectiveOn}::date, 'initial', NULL, now()
    WHERE NOT EXISTS (SELECT 1 FROM fx_rates WHERE from_currency = 'USD' AND to_currency = 'PKR')`.execute(db);
}
