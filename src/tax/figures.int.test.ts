// A freelancer's year from the ledger (src/tax/figures.ts), against real orders: paid, delivered and
// accepted through the API, in rupees for a client in Pakistan and in dollars for one abroad, one
// refunded, one just before the tax year. The test recomputes the figures straight from the ledger's
// entries, independently of the code.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestEnv, testEnv } from '../../test/support.ts';
import { completedOrder, fundWallet, gigOf, paidOrder, person } from '../../test/world.ts';
import type { Currency } from '../platform/money.ts';
import { yearIncome } from './figures.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());







async function setUsdRate(rate: string, effectiveOn: string) {
  await env.deps.db.insertInto('fx_rates').values({ from_currency: 'USD', to_currency: 'PKR', rate, effective_on: effectiveOn, source: 'demo', set_by: null, created_at: new Date(`${effectiveOn}T03:00:00Z`) }).execute();
}

/** Straight from the ledger: the freelancer's credits to pending earnings between two instants, per currency. */
async function ledgerCredits(userId: string, from: string, to: string) {
  const { rows } = await sql<{ currency: Currency; total: string }>`
    SELECT e.currency, sum(e.amount)::text AS total FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
    WHERE a.kind = 'freelancer_pending' AND a.owner_id = ${userId} AND e.amount > 0 AND e.created_at >= ${from}::timestamptz AND e.created_at < ${to}::timestamptz
    GROUP BY e.currency`.execute(env.deps.db);
  return Object.fromEntries(rows.map((r) => [r.currency, BigInt(r.total)]));
}

describe('a freelancer’s tax year from the ledger', () => {
  it('adds up earnings by month, currency and kind of client, with fees, refunds and rupees at the day’s rate', async () => {
    const ayesha = await person(env, 'Ayesha Siddiqui', { role: 'freelancer' });
    const hamza = await person(env, 'Hamza Sheikh', { role: 'client', country: 'PK' });
    const emma = await person(env, 'Emma Clarke', { role: 'client', country: 'GB' });
    await fundWallet(env, hamza, 10_000_000n, 'PKR');
    await fundWallet(env, emma, 1_000_000n, 'USD');
    const rupeeGig = await gigOf(env, ayesha, 1_500_000, 'PKR'); // Rs 15,000
    const dollarGig = await gigOf(env, ayesha, 20_000, 'USD'); // $200
    await setUsdRate('280.50', '2025-08-01');
    await setUsdRate('282', '2026-01-10');

    // 30 June 2025, 23:30 in Karachi: still tax year 2025.
    await completedOrder(env, ayesha, hamza, rupeeGig, '2025-06-30T18:30:00Z');
    // TY2026: a rupee order in August, dollar orders in August and January, one refunded in March.
    await completedOrder(env, ayesha, hamza, rupeeGig, '2025-08-05T06:00:00Z');
    await completedOrder(env, ayesha, emma, dollarGig, '2025-08-20T06:00:00Z');
    await completedOrder(env, ayesha, emma, dollarGig, '2026-01-15T06:00:00Z');
    env.clock.set(new Date('2026-03-02T06:00:00Z'));
    const refunded = await paidOrder(hamza, rupeeGig);
    for (const who of [ayesha, hamza]) {
      const row = await env.deps.db.selectFrom('orders').select('state').where('id', '=', refunded).executeTakeFirstOrThrow();
      if (row.state === 'cancelled') break;
      await who.client.json('POST', `/api/v1/orders/${refunded}/cancel`, { message: 'The client changed plans' });
    }
    expect((await env.deps.db.selectFrom('orders').select('state').where('id', '=', refunded).executeTakeFirstOrThrow()).state).toBe('cancelled');

    const year = await yearIncome(env.deps.db, ayesha.user.id, 2026);
    // Karachi's 1 July 2025 00:00 is 30 June 19:00 UTC.
    const ledger = await ledgerCredits(ayesha.user.id, '2025-06-30T19:00:00Z', '2026-06-30T19:00:00Z');
    const pkr = year.byCurrency.find((c) => c.currency === 'PKR')!;
    const usd = year.byCurrency.find((c) => c.currency === 'USD')!;
    expect(pkr.earned.amount).toBe(ledger.PKR);
    expect(usd.earned.amount).toBe(ledger.USD);
    // Hunar's fee on the freelancer's side: what the clients paid for the work less what she got.
    expect(pkr.gross.amount).toBe(1_500_000n);
    expect(pkr.fees.amount).toBe(pkr.gross.amount - pkr.earned.amount);
    expect(usd.gross.amount).toBe(40_000n);
    expect(usd.fees.amount).toBeGreaterThan(0n);
    // The refund went back to Hamza's wallet: the whole price and his fee.
    const { client_fee_minor } = await env.deps.db.selectFrom('orders').select('client_fee_minor').where('id', '=', refunded).executeTakeFirstOrThrow();
    expect(pkr.refunds.amount).toBe(1_500_000n + BigInt(client_fee_minor));

    // One line per month, currency and kind of client.
    expect(year.lines.map((l) => `${l.month} ${l.currency} ${l.source}`)).toEqual(['2025-08 PKR local', '2025-08 USD export', '2026-01 USD export', '2026-03 PKR local']);
    // Dollars in rupees at the rate of each day, to the paisa.
    const perOrderUsd = usd.earned.amount / 2n;
    const aug = year.lines.find((l) => l.month === '2025-08' && l.currency === 'USD')!;
    const jan = year.lines.find((l) => l.month === '2026-01')!;
    expect(aug.pkr.amount).toBe((perOrderUsd * 28050n + 50n) / 100n);
    expect(jan.pkr.amount).toBe(perOrderUsd * 282n);
    expect(year.exportPkr.amount).toBe(aug.pkr.amount + jan.pkr.amount);
    expect(year.localPkr.amount).toBe(pkr.earned.amount);
    expect(year.totalPkr.amount).toBe(year.exportPkr.amount + year.localPkr.amount);

    // The order accepted at 23:30 on 30 June (Karachi) belongs to tax year 2025.
    const before = await yearIncome(env.deps.db, ayesha.user.id, 2025);
    expect(before.lines.map((l) => `${l.month} ${l.currency} ${l.source}`)).toEqual(['2025-06 PKR local']);
    // Nobody else's money shows.
    expect((await yearIncome(env.deps.db, emma.user.id, 2026)).lines).toEqual([]);
  });
});
