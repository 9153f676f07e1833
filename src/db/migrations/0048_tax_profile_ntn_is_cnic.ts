// The tax profile (issue 19, docs/decisions/0053): an individual's NTN is their 13-digit CNIC
// (../shared/reference/payments-pakistan.md §6), so storing it in the clear `ntn` column would put
// the CNIC in the clear beside its sealed copy. A person who says "my NTN is my CNIC" is recorded by
// this flag instead, and the number itself lives only in cnic_sealed; `ntn` keeps entity NTNs
// (7 digits and a check digit), which are not personal identifiers.
import { type Kysely, sql } from 'kysely';
import { up as rewriteChecks } from './0026_check_constant_arrays.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE tax_profiles
      ADD COLUMN ntn_is_cnic boolean NOT NULL DEFAULT false,
      -- The NTN that is the CNIC needs the sealed CNIC and no clear NTN beside it.
      ADD CONSTRAINT tax_profiles_ntn_is_cnic CHECK (NOT ntn_is_cnic OR (ntn IS NULL AND cnic_sealed IS NOT NULL)),
      -- A 13-digit number in the clear column would be a CNIC in the clear.
      ADD CONSTRAINT tax_profiles_ntn_not_a_cnic CHECK (ntn !~ '^[0-9]{13}$')`.execute(db);
  await rewriteChecks(db);
}
