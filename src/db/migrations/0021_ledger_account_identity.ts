// One rule for an account's identity (issue 5): (kind, owner, reference, currency), owner and
// reference possibly null. 0011 enforced it with a UNIQUE NULLS NOT DISTINCT constraint, 0017 added
// the unique index on the coalesced values that ledger_post() looks accounts up by. Two unique
// indexes for one rule made opening an account racy: an INSERT ... ON CONFLICT names one of them as
// its arbiter, and a transaction opening the same account at the same moment could still fail on
// the other with a unique violation instead of finding the account (seen once in the soak: a 500 on
// the first webhooks, which open the payment clearing account together). The coalesced index stays;
// it says the same thing (no real id is the zero UUID).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE ledger_accounts DROP CONSTRAINT ledger_accounts_kind_owner_id_ref_id_currency_key`.execute(db);
}
