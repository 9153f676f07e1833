// CONTRACT STUB (coordinator, issue 19): the tax-profile helper writes the use cases (save with the
// CNIC sealed, masked views, staff views audited). taxProfileFacts() is what the assistant (/tax),
// the statements and the reminders read; keep its name and shape.
import type { Executor } from '../db/pool.ts';
import { type Money, money } from '../platform/money.ts';
import type { Province } from '../tax/tables.ts';

/** What the tax rules need to know about a person; never the CNIC. */
export interface TaxProfileFacts {
  ntn: string | null;
  psebNumber: string | null;
  /** YYYY-MM-DD, when they gave one. */
  psebExpiresOn: string | null;
  filer: boolean;
  province: Province | null;
  hasSalary: boolean;
  /** Yearly, in PKR; null without a salary. */
  salary: Money | null;
}

export async function taxProfileFacts(db: Executor, userId: string): Promise<TaxProfileFacts | null> {
  const row = await db
    .selectFrom('tax_profiles')
    .select(['ntn', 'pseb_number', 'filer', 'province', 'has_salary', 'salary_minor'])
    .select((eb) => eb.fn<string | null>('to_char', [eb.ref('pseb_expires_on'), eb.val('YYYY-MM-DD')]).as('pseb_expires'))
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    ntn: row.ntn,
    psebNumber: row.pseb_number,
    psebExpiresOn: row.pseb_expires,
    filer: row.filer,
    province: row.province,
    hasSalary: row.has_salary,
    salary: row.salary_minor === null ? null : money(BigInt(row.salary_minor), 'PKR'),
  };
}

/** Registered with PSEB on this day (YYYY-MM-DD): a number and an expiry not yet passed. */
export const psebRegisteredOn = (facts: TaxProfileFacts | null, day: string): boolean => !!facts?.psebNumber && !!facts.psebExpiresOn && facts.psebExpiresOn >= day;
