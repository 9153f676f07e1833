import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestEnv, testEnv } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import { AppError } from '../platform/errors.ts';
import { money } from '../platform/money.ts';
import { requestFingerprint } from './domain.ts';
import { type AccountRef, balanceOf, checkWholeLedger, claimKey, type Leg, post } from './service.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await testEnv();
});
afterAll(() => env.close());

let n = 0;
async function user() {
  return createAccount(env.deps.db, env.deps, {
    email: `ledger${++n}-${Date.now()}@example.pk`,
    password: 'a long enough password',
    displayName: `Person ${n}`,
    isFreelancer: true,
    isClient: true,
    locale: 'en',
    verified: true,
    onboarded: true,
  });
}

const PKR = (amount: bigint) => money(amount, 'PKR');
const clearing: AccountRef = { kind: 'payment_clearing', currency: 'PKR' };
const revenue: AccountRef = { kind: 'platform_revenue', currency: 'PKR' };
const wallet = (ownerId: string): AccountRef => ({ kind: 'client_wallet', ownerId, currency: 'PKR' });
const escrow = (refId: string): AccountRef => ({ kind: 'escrow', refId, currency: 'PKR' });
const pending = (ownerId: string): AccountRef => ({ kind: 'freelancer_pending', ownerId, currency: 'PKR' });

/** One use case as services will write it: claim the key, then post (or replay). */
async function transfer(key: string, actorId: string, request: Record<string, unknown>, legs: Leg[]) {
  const fingerprint = requestFingerprint(actorId, 'test.transfer', request);
  return env.deps.db.transaction().execute(async (tx) => {
    const seen = await claimKey(tx, key, fingerprint);
    if (seen) return { replayed: true, result: seen.result };
    const result = { ok: true, key };
    await post(tx, env.deps, { kind: 'escrow_fund', key, fingerprint, actorId, reason: 'test', legs, result });
    return { replayed: false, result };
  });
}

async function ledgerHolds() {
  const { results } = await checkWholeLedger(env.deps.db);
  expect(results.filter((r) => !r.ok)).toEqual([]);
}

describe('the ledger', () => {
  it('pays in, funds escrow and releases it with Hunar’s fee, keeping running balances', async () => {
    const client = await user();
    const freelancer = await user();
    const order = crypto.randomUUID();
    await transfer(`in-${order}`, client.id, { in: 1 }, [{ from: clearing, to: wallet(client.id), amount: PKR(100_000n) }]);
    await transfer(`fund-${order}`, client.id, { fund: order }, [{ from: wallet(client.id), to: escrow(order), amount: PKR(100_000n) }]);
    await transfer(`release-${order}`, client.id, { release: order }, [
      { from: escrow(order), to: pending(freelancer.id), amount: PKR(95_000n) },
      { from: escrow(order), to: revenue, amount: PKR(5_000n) },
    ]);
    expect(await balanceOf(env.deps.db, wallet(client.id))).toBe(0n);
    expect(await balanceOf(env.deps.db, escrow(order))).toBe(0n);
    expect(await balanceOf(env.deps.db, pending(freelancer.id))).toBe(95_000n);

    const walletId = (await env.deps.db.selectFrom('ledger_accounts').select('id').where('owner_id', '=', client.id).where('kind', '=', 'client_wallet').executeTakeFirstOrThrow()).id;
    const statement = await env.deps.db.selectFrom('ledger_entries').select(['amount', 'balance_after']).where('account_id', '=', walletId).orderBy('id').execute();
    expect(statement).toEqual([
      { amount: '100000', balance_after: '100000' },
      { amount: '-100000', balance_after: '0' },
    ]);
    await ledgerHolds();
  });

  it('applies a key once: the same request replays the first answer, a different one is a 409', async () => {
    const client = await user();
    await transfer(`in-${client.id}`, client.id, { in: 1 }, [{ from: clearing, to: wallet(client.id), amount: PKR(50_000n) }]);
    const key = `fund-${crypto.randomUUID()}`;
    const order = crypto.randomUUID();
    const legs = [{ from: wallet(client.id), to: escrow(order), amount: PKR(20_000n) }];
    const first = await transfer(key, client.id, { order, amount: '20000' }, legs);
    const again = await transfer(key, client.id, { amount: '20000', order }, legs);
    expect(first.replayed).toBe(false);
    expect(again).toEqual({ replayed: true, result: first.result });
    expect(await balanceOf(env.deps.db, escrow(order))).toBe(20_000n);
    await expect(transfer(key, client.id, { order, amount: '20001' }, legs)).rejects.toMatchObject({ code: 'idempotency.conflict', status: 409 });
    expect(await balanceOf(env.deps.db, wallet(client.id))).toBe(30_000n);
  });

  it('refuses to overdraw a wallet and changes nothing', async () => {
    const client = await user();
    await transfer(`in-${client.id}`, client.id, { in: 1 }, [{ from: clearing, to: wallet(client.id), amount: PKR(1_000n) }]);
    const before = await env.deps.db.selectFrom('ledger_transactions').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const err = await transfer(`over-${client.id}`, client.id, { over: 1 }, [{ from: wallet(client.id), to: escrow(crypto.randomUUID()), amount: PKR(1_001n) }]).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('ledger.insufficient_funds');
    const after = await env.deps.db.selectFrom('ledger_transactions').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    expect(await balanceOf(env.deps.db, wallet(client.id))).toBe(1_000n);
    await ledgerHolds();
  });

  it('the database itself refuses an unbalanced transaction, a negative wallet, and edits to history', async () => {
    const client = await user();
    const db = env.deps.db;
    const now = new Date();
    const acct = await db
      .insertInto('ledger_accounts')
      .values({ kind: 'client_wallet', owner_id: client.id, currency: 'PKR', created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await expect(
      db.transaction().execute(async (tx) => {
        const t = await tx
          .insertInto('ledger_transactions')
          .values({ kind: 'payment_in', idempotency_key: `raw-${client.id}`, fingerprint: 'x', actor_id: null, reason: 'raw', result: '{}', created_at: now })
          .returning('id')
          .executeTakeFirstOrThrow();
        await tx.insertInto('ledger_entries').values({ transaction_id: t.id, account_id: acct.id, amount: 5n, currency: 'PKR', balance_after: 5n, created_at: now }).execute();
      }),
    ).rejects.toThrow(/does not balance/);
    await expect(db.updateTable('ledger_accounts').set({ balance: '-1' }).where('id', '=', acct.id).execute()).rejects.toThrow(/ledger_accounts_non_negative/);
    // An entry in another currency than its account's is refused by the foreign key.
    await expect(sql`INSERT INTO ledger_entries (transaction_id, account_id, amount, currency, balance_after, created_at) SELECT id, ${acct.id}, 1, 'USD', 1, now() FROM ledger_transactions LIMIT 1`.execute(db)).rejects.toThrow(/foreign key/);
    await expect(sql`UPDATE ledger_entries SET amount = amount + 1`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM ledger_transactions`.execute(db)).rejects.toThrow(/append-only/);
  });

  it('a request that waited for its twin (same key) gets the twin\'s answer, not a second transfer', async () => {
    const client = await user();
    await transfer(`in-twin-${client.id}`, client.id, { in: 1 }, [{ from: clearing, to: wallet(client.id), amount: PKR(5_000n) }]);
    const key = `twin-${client.id}`;
    const fingerprint = requestFingerprint(client.id, 'test.transfer', { twin: 1 });
    const legs: Leg[] = [{ from: wallet(client.id), to: escrow(crypto.randomUUID()), amount: PKR(5_000n) }];
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let claimed = () => {};
    const firstClaimed = new Promise<void>((resolve) => {
      claimed = resolve;
    });
    const first = env.deps.db.transaction().execute(async (tx) => {
      expect(await claimKey(tx, key, fingerprint)).toBeNull();
      await post(tx, env.deps, { kind: 'escrow_fund', key, fingerprint, actorId: client.id, reason: 'test', legs, result: { first: true } });
      claimed();
      await held; // the twin is now waiting on the key's lock
    });
    await firstClaimed;
    const second = env.deps.db.transaction().execute((tx) => claimKey(tx, key, fingerprint));
    await new Promise((r) => setTimeout(r, 100));
    release();
    await first;
    expect((await second)?.result).toEqual({ first: true });
    expect(await balanceOf(env.deps.db, wallet(client.id))).toBe(0n);
    await ledgerHolds();
  });

  it('under 32 concurrent transfers from one wallet, never overdraws, applies each key once, and balances', async () => {
    const client = await user();
    await transfer(`in-${client.id}`, client.id, { in: 1 }, [{ from: clearing, to: wallet(client.id), amount: PKR(10_000n) }]);
    const orders = Array.from({ length: 16 }, () => crypto.randomUUID());
    // Each order funded twice under the same key (a retry) and Rs 10 each; 16 × 1,000 > 10,000 paisa.
    const attempts = orders.flatMap((o) => [0, 1].map(() => transfer(`c-${o}`, client.id, { o }, [{ from: wallet(client.id), to: escrow(o), amount: PKR(1_000n) }]).then((r) => r, (e: AppError) => e.code)));
    const outcomes = await Promise.all(attempts);
    const applied = outcomes.filter((o) => typeof o === 'object' && !o.replayed).length;
    const refused = outcomes.filter((o) => o === 'ledger.insufficient_funds').length;
    expect(applied).toBe(10);
    expect(outcomes.every((o) => o === 'ledger.insufficient_funds' || typeof o === 'object')).toBe(true);
    expect(refused).toBeGreaterThan(0);
    expect(await balanceOf(env.deps.db, wallet(client.id))).toBe(0n);
    for (const o of orders) expect([0n, 1_000n]).toContain(await balanceOf(env.deps.db, escrow(o)));
    await ledgerHolds();
  });
});
