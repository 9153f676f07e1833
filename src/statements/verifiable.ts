// How a year statement describes itself on /verify/<code> (src/verify/kinds.ts): who it is about,
// the tax year, and its totals — the income per currency with its PKR equivalent, and what was
// withdrawn — frozen when it was issued. Nothing else: no NTN, no months, no accounts.
import { z } from 'zod';
import { CURRENCIES, type Money, money } from '../platform/money.ts';
import type { Fact, VerifiableKind } from '../verify/kinds.ts';

const amount = z.object({ amount: z.string().regex(/^-?\d{1,30}$/), currency: z.enum(CURRENCIES) });

export const yearStatementSummary = z.object({
  v: z.literal(1),
  name: z.string().min(1).max(200),
  tax_year: z.number().int(),
  /** Earnings credited in the year, per currency (after Hunar's fee). */
  earned: z.array(amount),
  /** Their PKR equivalent, each credit at its day's rate: the income the tax estimate uses. */
  income_pkr: amount,
  /** Withdrawals paid out in the year, per currency (what left the platform). */
  withdrawn: z.array(amount),
});
export type YearStatementSummary = z.infer<typeof yearStatementSummary>;

const toMoney = (a: { amount: string; currency: (typeof CURRENCIES)[number] }): Money => money(BigInt(a.amount), a.currency);
export const moneyJson = (m: Money) => ({ amount: m.amount.toString(), currency: m.currency });

export const yearStatementKind: VerifiableKind<YearStatementSummary> = {
  kind: 'year_statement',
  title: 'statements.title',
  summary: yearStatementSummary,
  holder: (s) => s.name,
  facts(s): Fact[] {
    return [
      { key: 'tax_year', label: 'statements.verify.tax_year', value: { type: 'tax_year', year: s.tax_year } },
      { key: 'earned', label: 'statements.verify.earned', value: { type: 'money', amounts: s.earned.map(toMoney) } },
      { key: 'income_pkr', label: 'statements.verify.income_pkr', value: { type: 'money', amounts: [toMoney(s.income_pkr)] } },
      { key: 'withdrawn', label: 'statements.verify.paid_out', value: { type: 'money', amounts: s.withdrawn.map(toMoney) } },
    ];
  },
};
