import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE, claimInput, codeFrom, mailbox, newCode, referralFee, rewardDecision, samePerson } from './domain.ts';

describe('referral codes', () => {
  it('are eight characters without look-alike letters, and are read from a typed link or code', () => {
    for (let i = 0; i < 50; i++) {
      const c = newCode();
      expect(c).toMatch(CODE);
      expect(c).toHaveLength(8);
      expect(c).not.toMatch(/[01ilo]/);
    }
    expect(codeFrom('https://hunar.pk/r/AB3KX9PQ')).toBe('ab3kx9pq');
    expect(codeFrom(' ab3kx9pq ')).toBe('ab3kx9pq');
    expect(codeFrom('hunar.pk/r/ab3kx9pq/')).toBe('ab3kx9pq');
    expect(codeFrom('abc')).toBeNull();
    expect(codeFrom('<script>')).toBeNull();
    expect(claimInput.safeParse({ code: '' }).error?.issues[0]?.message).toBe('field.required');
    expect(claimInput.safeParse({ code: '!!' }).error?.issues[0]?.message).toBe('field.referral_code');
  });
});

describe('one person, two accounts', () => {
  it('is the same account, the same mailbox or the same phone', () => {
    const a = { id: 'a', email: 'Ayesha.Siddiqui+hunar@gmail.com', phone: '+923001234567' };
    expect(samePerson(a, { id: 'b', email: 'ayeshasiddiqui@googlemail.com', phone: null })).toBe(true);
    expect(samePerson(a, { id: 'b', email: 'other@example.pk', phone: '+923001234567' })).toBe(true);
    expect(samePerson(a, a)).toBe(true);
    expect(samePerson(a, { id: 'b', email: 'ayesha.siddiqui@example.pk', phone: '+923331234567' })).toBe(false);
    // Dots count outside Gmail.
    expect(mailbox('a.b@example.pk')).not.toBe(mailbox('ab@example.pk'));
  });
});

describe('the reward decision', () => {
  const base = { samePerson: false, sharedDevice: false, reward: 50_000n, pool: 100_000n };
  it('pays when nothing stands in the way and the pool holds the reward', () => {
    expect(rewardDecision(base)).toEqual({ pay: true });
    expect(rewardDecision({ ...base, pool: 50_000n })).toEqual({ pay: true });
  });
  it('says why not: one person, one device, the pool short, or rewards stopped', () => {
    expect(rewardDecision({ ...base, samePerson: true, sharedDevice: true })).toEqual({ pay: false, reason: 'same_person' });
    expect(rewardDecision({ ...base, sharedDevice: true })).toEqual({ pay: false, reason: 'shared_device' });
    expect(rewardDecision({ ...base, pool: 49_999n })).toEqual({ pay: false, reason: 'pool_short' });
    expect(rewardDecision({ ...base, reward: 0n })).toEqual({ pay: false, reason: 'pool_short' });
  });
  it('never pays more than the pool holds (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.boolean(), fc.boolean(), (reward, pool, s, d) => {
        const r = rewardDecision({ samePerson: s, sharedDevice: d, reward, pool });
        return !r.pay || (reward > 0n && reward <= pool && !s && !d);
      }),
    );
  });
});

describe('the fee of a job passed on', () => {
  it('is a share of the earnings, rounded down, between 1% and 30%', () => {
    expect(referralFee(2_250_000n, 1000)).toBe(225_000n);
    expect(referralFee(999n, 100)).toBe(9n);
    expect(() => referralFee(1000n, 99)).toThrow(RangeError);
    expect(() => referralFee(1000n, 3001)).toThrow(RangeError);
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 100, max: 3000 }), (e, bps) => referralFee(e, bps) <= e));
  });
});
