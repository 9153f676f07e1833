// Referrals' rules, with no I/O (issue 21; decision 0069): referral codes, who may still be
// referred, whether two accounts look like one person, what a referral earns, and the fee of a job
// passed on.
//
// Invariants (domain.test.ts):
// - a referral earns at most one reward, decided once, on the referred person's first completed
//   order as a client that was not partly refunded; nothing for oneself, for two accounts of one
//   person, for two people on one device, or when the promotions pool is short of the reward;
// - a referral fee is a whole share (basis points) of the freelancer's earnings from one order,
//   rounded down to the paisa, never more than the earnings and never below one paisa when paid.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { NoRewardReason } from './tables.ts';

export const CODE = /^[a-z0-9]{6,16}$/;
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // no 0/o, 1/l/i: read aloud over the phone

/** A fresh referral code of 8 characters. */
export function newCode(bytes: Uint8Array = randomBytes(8)): string {
  return [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
}

/** A code from a typed link or code: "hunar.pk/r/ab12cd34", "AB12CD34 " → "ab12cd34"; null when it is not one. */
export function codeFrom(typed: string): string | null {
  const t = typed.trim().toLowerCase();
  const m = t.match(/(?:\/r\/)?([a-z0-9]{6,16})\/?$/);
  return m?.[1] && CODE.test(m[1]) ? m[1] : null;
}

/** A new account may be referred (by link or by typing a code) within this many days of signing up. */
export const CLAIM_DAYS = 30;

/** The e-mail address as one mailbox: case, dots and +tags of Gmail-style addresses do not make another person. */
export function mailbox(email: string): string {
  const [local = '', domain = ''] = email.trim().toLowerCase().split('@');
  const bare = local.split('+')[0] ?? '';
  const gmail = domain === 'gmail.com' || domain === 'googlemail.com';
  return `${gmail ? bare.replaceAll('.', '') : bare}@${gmail ? 'gmail.com' : domain}`;
}

export interface PersonFacts {
  id: string;
  email: string;
  phone: string | null;
}

/** Two accounts of one person: the same account, the same mailbox, or the same phone number. */
export function samePerson(a: PersonFacts, b: PersonFacts): boolean {
  if (a.id === b.id) return true;
  if (mailbox(a.email) === mailbox(b.email)) return true;
  return Boolean(a.phone && b.phone && a.phone === b.phone);
}

export interface RewardFacts {
  samePerson: boolean;
  sharedDevice: boolean;
  reward: bigint;
  pool: bigint;
}

/** What a referral earns when the referred person's first order completes. */
export function rewardDecision(f: RewardFacts): { pay: true } | { pay: false; reason: NoRewardReason } {
  if (f.samePerson) return { pay: false, reason: 'same_person' };
  if (f.sharedDevice) return { pay: false, reason: 'shared_device' };
  if (f.reward <= 0n || f.pool < f.reward) return { pay: false, reason: 'pool_short' };
  return { pay: true };
}

// --- Passing a job on --------------------------------------------------------------------------

export const FEE_MIN_PERCENT = 1;
export const FEE_MAX_PERCENT = 30;

/** The fee on `earnings` (minor units) at `bps` basis points, rounded down. */
export function referralFee(earnings: bigint, bps: number): bigint {
  if (!Number.isInteger(bps) || bps < FEE_MIN_PERCENT * 100 || bps > FEE_MAX_PERCENT * 100) throw new RangeError(`fee of ${bps} bps`);
  if (earnings <= 0n) return 0n;
  return (earnings * BigInt(bps)) / 10_000n;
}

/** Someone typing who referred them: a link or a code. */
export const claimInput = z.object({
  code: z
    .string()
    .trim()
    .max(200)
    .transform((v, ctx) => {
      const c = codeFrom(v);
      if (!c) ctx.issues.push({ code: 'custom', message: v === '' ? 'field.required' : 'field.referral_code', input: v });
      return c ?? '';
    }),
});

/** The operator's reward, in rupees as typed; zero stops rewards. */
export const rewardInput = z.object({ reward: z.string().trim().max(40) });
export const fundInput = z.object({ amount: z.string().trim().max(40), note: z.string().trim().max(300).default('') });

/** A whole percentage, as typed ("10", "10%"), within the published bounds; the message names them. */
const percent = z
  .string()
  .trim()
  .max(10)
  .transform((v, ctx) => {
    const m = v.replace(/[%٪\s]/g, '').match(/^\d{1,3}$/);
    const n = m ? Number(m[0]) : Number.NaN;
    if (v === '') ctx.issues.push({ code: 'custom', message: 'field.required', input: v });
    else if (!(n >= FEE_MIN_PERCENT && n <= FEE_MAX_PERCENT)) ctx.issues.push({ code: 'custom', message: 'field.referral_fee_percent', input: v, params: { min: FEE_MIN_PERCENT, max: FEE_MAX_PERCENT } });
    return n;
  });

/** A freelancer passes a job on: to whom (their handle, with or without @), the fee, a note. */
export const passOnInput = z.object({
  handle: z
    .string()
    .trim()
    .max(60)
    .transform((v) => v.replace(/^@/, '').toLowerCase())
    .refine((v) => v !== '', { message: 'field.required' }),
  percent: z.union([z.number().int().transform(String), z.string()]).pipe(percent),
  note: z.string().trim().max(500).default(''),
});

/** What a fee of `percent` takes from, and leaves of, earnings of `earnings` (the preview both sides see). */
export function feeSplit(earnings: bigint, percentWhole: number): { fee: bigint; kept: bigint } {
  const fee = referralFee(earnings, percentWhole * 100);
  return { fee, kept: earnings - fee };
}
