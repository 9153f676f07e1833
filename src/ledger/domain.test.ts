import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money } from '../platform/money.ts';
import {
  type AccountTotals,
  balanceChanges,
  canonicalJson,
  checkEntries,
  checkLedger,
  type EntryInput,
  IDEMPOTENCY_KEY,
  idempotencyDecision,
  LedgerInvariantError,
  lockOrder,
  move,
  requestFingerprint,
} from './domain.ts';

describe('a ledger transaction', () => {
  it('is accepted when its entries sum to zero in every currency', () => {
    const entries: EntryInput[] = [
      ...move('wallet', 'escrow', money(100_000n, 'PKR')),
      // An FX conversion: PKR out through the FX account, USD in from it.
      { accountId: 'wallet-pkr', amount: -28_000n, currency: 'PKR' },
      { accountId: 'fx-pkr', amount: 28_000n, currency: 'PKR' },
      { accountId: 'fx-usd', amount: -100n, currency: 'USD' },
      { accountId: 'wallet-usd', amount: 100n, currency: 'USD' },
    ];
    expect(() => checkEntries(entries)).not.toThrow();
  });

  it('is refused when it would make or lose money, or says nothing', () => {
    expect(() => checkEntries([{ accountId: 'a', amount: 5n, currency: 'PKR' }, { accountId: 'b', amount: -4n, currency: 'PKR' }])).toThrow(LedgerInvariantError);
    // Balanced in total, but across two currencies: still wrong.
    expect(() => checkEntries([{ accountId: 'a', amount: 5n, currency: 'PKR' }, { accountId: 'b', amount: -5n, currency: 'USD' }])).toThrow(/sum/);
    expect(() => checkEntries([{ accountId: 'a', amount: 0n, currency: 'PKR' }, { accountId: 'b', amount: 0n, currency: 'PKR' }])).toThrow(/zero/);
    expect(() => checkEntries([{ accountId: 'a', amount: 5n, currency: 'PKR' }])).toThrow(/two/);
    expect(() => checkEntries([{ accountId: 'a', amount: 5n, currency: 'EUR' as 'PKR' }, { accountId: 'b', amount: -5n, currency: 'EUR' as 'PKR' }])).toThrow(/currency/);
    expect(() => move('a', 'a', money(1n, 'PKR'))).toThrow(LedgerInvariantError);
    expect(() => move('a', 'b', money(0n, 'PKR'))).toThrow(LedgerInvariantError);
    expect(() => move('a', 'b', money(-1n, 'PKR'))).toThrow(LedgerInvariantError);
  });

  it('any set of moves balances, and the balance changes add up to nothing', () => {
    const account = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    fc.assert(
      fc.property(fc.array(fc.tuple(account, account, fc.bigInt({ min: 1n, max: 10n ** 12n })), { minLength: 1, maxLength: 20 }), (moves) => {
        const entries = moves.filter(([f, t]) => f !== t).flatMap(([f, t, a]) => move(f, t, money(a, 'PKR')));
        if (entries.length === 0) return;
        checkEntries(entries);
        const total = [...balanceChanges(entries).values()].reduce((s, v) => s + v, 0n);
        expect(total).toBe(0n);
        const order = lockOrder(entries);
        expect(order).toEqual([...order].sort());
        expect(new Set(order).size).toBe(order.length);
      }),
    );
  });
});

describe('idempotency', () => {
  it('the same request under one key replays; a different one conflicts; a new key applies', () => {
    const a = requestFingerprint('user-1', 'escrow.fund', { order: 'o1', amount: 150_000n, currency: 'PKR' });
    const sameReordered = requestFingerprint('user-1', 'escrow.fund', { currency: 'PKR', amount: 150_000n, order: 'o1' });
    const other = requestFingerprint('user-1', 'escrow.fund', { order: 'o1', amount: 150_001n, currency: 'PKR' });
    const otherUser = requestFingerprint('user-2', 'escrow.fund', { order: 'o1', amount: 150_000n, currency: 'PKR' });
    expect(sameReordered).toBe(a);
    expect(other).not.toBe(a);
    expect(otherUser).not.toBe(a);
    expect(idempotencyDecision(undefined, a)).toBe('apply');
    expect(idempotencyDecision({ fingerprint: a }, sameReordered)).toBe('replay');
    expect(idempotencyDecision({ fingerprint: a }, other)).toBe('conflict');
  });

  it('canonical JSON ignores key order and undefined, keeps bigints exact', () => {
    expect(canonicalJson({ b: 1, a: [2n ** 70n, null], c: undefined })).toBe('{"a":["1180591620717411303424",null],"b":1}');
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.string(), fc.boolean())), (o) => {
        expect(JSON.parse(canonicalJson(o))).toEqual(o);
      }),
    );
  });

  it('keys are 8 to 128 safe characters', () => {
    expect(IDEMPOTENCY_KEY.test('3f1c2a9e-0000-4000-8000-000000000001')).toBe(true);
    for (const bad of ['short', 'x'.repeat(129), 'has space in it', 'ключ-ключ-ключ']) expect(IDEMPOTENCY_KEY.test(bad)).toBe(false);
  });
});

describe('the whole-ledger check', () => {
  const acct = (id: string, kind: AccountTotals['kind'], balance: bigint, stored = balance): AccountTotals => ({ id, kind, currency: 'PKR', stored, fromEntries: balance });

  it('passes a ledger where money in = balances + money out', () => {
    // Rs 1,000 paid in; Rs 950 to the freelancer (Rs 300 withdrawn and paid), Rs 50 fee.
    const accounts = [acct('pc', 'payment_clearing', -100_000n), acct('fa', 'freelancer_available', 65_000n), acct('rev', 'platform_revenue', 5_000n), acct('out', 'payout_sent', 30_000n)];
    const results = checkLedger(accounts, []);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results.map((r) => r.name)).toContain('money in = balances + money out (PKR)');
  });

  it("counts an association's dues and the promotions pool as money held, never below zero", () => {
    // Rs 1,000 paid in: Rs 600 still in a wallet, Rs 300 paid as dues, Rs 100 in the referral pool.
    const accounts = [acct('pc', 'payment_clearing', -100_000n), acct('w', 'client_wallet', 60_000n), acct('as', 'association', 30_000n), acct('pr', 'promotions', 10_000n)];
    expect(checkLedger(accounts, []).filter((r) => !r.ok)).toEqual([]);
    const overdrawn = checkLedger([acct('pc', 'payment_clearing', 0n), acct('pr', 'promotions', -1n), acct('w', 'client_wallet', 1n)], []);
    expect(overdrawn.find((r) => r.name === 'no forbidden negative balance')?.detail).toContain('promotions pr');
  });

  it('names every broken invariant', () => {
    const accounts = [acct('pc', 'payment_clearing', -100_000n), acct('w', 'client_wallet', -1n), acct('e', 'escrow', 100_001n, 100_000n)];
    const failed = checkLedger(accounts, [{ id: 't9', currency: 'PKR', sum: 1n }]).filter((r) => !r.ok);
    expect(failed.map((r) => r.name)).toEqual(['stored balances equal the sum of their entries', 'every transaction sums to zero per currency', 'no forbidden negative balance']);
    expect(failed[0]!.detail).toContain('escrow e: stored 100000, entries 100001 PKR');
    expect(checkLedger([acct('pc', 'payment_clearing', -5n), acct('w', 'client_wallet', 4n)], []).find((r) => r.name.startsWith('money in'))?.ok).toBe(false);
  });
});
