// What the statement tests share: a freelancer with a year of real orders (rupees from a client in
// Pakistan, dollars from one abroad, one order just before the tax year, one refunded), withdrawals
// paid by an admin to a bank account and to Payoneer (one in the year before), a PRC on the dollar
// payout, and a tax profile with an NTN — all through the services and the API, as people do it.
import type { TestEnv } from '../../test/support.ts';
import { completedOrder, fund, gigOf, type Person, person } from '../../test/world.ts';
import { addMethod, createBatch, markPaid, requestWithdrawal } from '../payouts/service.ts';
import type { Currency } from '../platform/money.ts';

export { completedOrder, fund, type Person, person };

async function paidWithdrawal(env: TestEnv, seller: Person, admin: Person, methodId: string, channel: 'bank' | 'payoneer', minor: bigint, currency: Currency, at: string, reference: string) {
  env.clock.set(new Date(at));
  const { withdrawal } = await requestWithdrawal(env.deps, seller.actor, { method_id: methodId, amount: { amount: String(minor), currency } }, crypto.randomUUID());
  await createBatch(env.deps, admin.actor, { channel });
  await markPaid(env.deps, admin.actor, withdrawal.id, { reference });
  return withdrawal.id;
}

/** The freelancer's TY2026 (1 July 2025 – 30 June 2026) and a little of TY2025. */
export async function statementWorld(env: TestEnv) {
  const seller = await person(env, 'عائشہ صدیقی', { role: 'freelancer', locale: 'ur' });
  const hamza = await person(env, 'Hamza Sheikh', { role: 'client', country: 'PK' });
  const emma = await person(env, 'Emma Clarke', { role: 'client', country: 'GB' });
  const stranger = await person(env, 'Nosy Parker', { role: 'freelancer' });
  const admin = await person(env, 'Site Admin', { role: 'admin' });
  await fund(env, { kind: 'client_wallet', ownerId: hamza.user.id, currency: 'PKR' }, 10_000_000n);
  await fund(env, { kind: 'client_wallet', ownerId: emma.user.id, currency: 'USD' }, 1_000_000n);
  const rupeeGig = await gigOf(env, seller, 1_500_000, 'PKR'); // Rs 15,000
  const dollarGig = await gigOf(env, seller, 20_000, 'USD'); // $200
  await env.deps.db.insertInto('fx_rates').values({ from_currency: 'USD', to_currency: 'PKR', rate: '280.50', effective_on: '2025-08-01', source: 'demo', set_by: null, created_at: new Date('2025-08-01T03:00:00Z') }).execute();

  // 30 June 2025, 23:30 in Karachi: tax year 2025.
  await completedOrder(env, seller, hamza, rupeeGig, '2025-06-30T18:30:00Z');
  // TY2026: rupees in August and November, dollars in September.
  const rupeeOrder = await completedOrder(env, seller, hamza, rupeeGig, '2025-08-05T06:00:00Z');
  await completedOrder(env, seller, emma, dollarGig, '2025-09-20T06:00:00Z');
  await completedOrder(env, seller, hamza, rupeeGig, '2025-11-11T06:00:00Z');

  // Withdrawals: rupees to a bank (one before the year, one in it) and dollars to Payoneer.
  await fund(env, { kind: 'freelancer_available', ownerId: seller.user.id, currency: 'PKR' }, 2_000_000n);
  await fund(env, { kind: 'freelancer_available', ownerId: seller.user.id, currency: 'USD' }, 50_000n);
  const bank = await addMethod(env.deps, seller.actor, { channel: 'bank', account_title: 'Ayesha Siddiqui', iban: 'PK36SCBL0000001123456702' });
  const payoneer = await addMethod(env.deps, seller.actor, { channel: 'payoneer', account_title: 'Ayesha Siddiqui', email: 'ayesha@example.pk' });
  await paidWithdrawal(env, seller, admin, bank.id, 'bank', 300_000n, 'PKR', '2025-06-20T06:00:00Z', 'FT-2025-0001');
  const rupeeOut = await paidWithdrawal(env, seller, admin, bank.id, 'bank', 500_000n, 'PKR', '2025-10-02T06:00:00Z', 'FT-2025-0042');
  const dollarOut = await paidWithdrawal(env, seller, admin, payoneer.id, 'payoneer', 25_000n, 'USD', '2025-12-01T06:00:00Z', 'PY-778812');
  const now = new Date();
  // Requesting the withdrawal made its remittance record (src/remittances): the PRC's number added since.
  await env.deps.db
    .insertInto('remittance_records')
    .values({ withdrawal_id: dollarOut, user_id: seller.user.id, payer_country: 'GB', prc_number: 'PRC-2025-118', created_at: now, updated_at: now })
    .onConflict((oc) => oc.column('withdrawal_id').doUpdateSet({ payer_country: 'GB', prc_number: 'PRC-2025-118', updated_at: now }))
    .execute();
  await env.deps.db.insertInto('tax_profiles').values({ user_id: seller.user.id, ntn: '4210112-3', filer: true, created_at: now, updated_at: now }).execute();

  // Read in March 2026: the tax year is still running.
  env.clock.set(new Date('2026-03-05T06:00:00Z'));
  return { seller, hamza, emma, stranger, admin, rupeeGig, dollarGig, rupeeOrder, rupeeOut, dollarOut };
}
