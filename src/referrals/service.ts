// Referral use cases (issue 21; decision 0069): every person's link, who referred a new sign-up, the
// reward paid from the promotions pool through the ledger when the referred client's first order
// completes (a sweep, once per referral), the operator's reward and pool, and the devices seen with
// each person (to tell when two people share one).
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Executor, Tx } from '../db/pool.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { type AccountRef, balanceOf, claimKey, post } from '../ledger/service.ts';
import { notify } from '../notifications/notify.ts';
import { idempotencyKey } from '../orders/service.ts';
import { type Actor, requireActor, requireAdmin } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import { type Money, money, parseMoneyInput } from '../platform/money.ts';
import { CLAIM_DAYS, claimInput, fundInput, newCode, rewardDecision, rewardInput, samePerson } from './domain.ts';
import type { NoRewardReason, ReferralStatus } from './tables.ts';

export const REFERRALS_SWEEP_JOB = 'referrals.sweep';
const DAY_MS = 86_400_000;
const POOL: AccountRef = { kind: 'promotions', currency: 'PKR' };

export const hashDevice = (deviceId: string): string => createHash('sha256').update(`hunar-device:${deviceId}`).digest('hex');

async function audit(tx: Executor, deps: Pick<Deps, 'clock'>, kind: string, actor: Actor, subjectId: string, data: Record<string, unknown>) {
  await tx.insertInto('audit_events').values({ kind, actor_id: actor.userId, subject_id: subjectId, data: JSON.stringify(data), ip: null, created_at: deps.clock.now() }).execute();
}

// --- Codes and devices --------------------------------------------------------------------------

/** The person's referral code, made the first time it is asked for. */
export async function referralCode(deps: Pick<Deps, 'db' | 'clock'>, userId: string): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const found = await deps.db.selectFrom('referral_codes').select('code').where('user_id', '=', userId).executeTakeFirst();
    if (found) return found.code;
    await deps.db
      .insertInto('referral_codes')
      .values({ user_id: userId, code: newCode(), created_at: deps.clock.now() })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  throw new Error('could not make a referral code');
}

export async function referrerOf(db: Executor, code: string): Promise<{ id: string; displayName: string } | null> {
  const r = await db.selectFrom('referral_codes as c').innerJoin('users as u', 'u.id', 'c.user_id').select(['u.id', 'u.display_name']).where('c.code', '=', code).executeTakeFirst();
  return r ? { id: r.id, displayName: r.display_name } : null;
}

/** Remembers that this device (its random cookie) was used by this person. */
export async function seeDevice(db: Executor, deps: Pick<Deps, 'clock'>, userId: string, deviceId: string): Promise<void> {
  const now = deps.clock.now();
  await db
    .insertInto('referral_devices')
    .values({ device_hash: hashDevice(deviceId), user_id: userId, seen_at: now })
    .onConflict((oc) => oc.columns(['device_hash', 'user_id']).doUpdateSet({ seen_at: now }))
    .execute();
}

// --- Being referred -----------------------------------------------------------------------------

/**
 * Records that `code`'s owner referred this person. Refused (nothing written) for oneself or another
 * account of oneself (referral.self), a second referrer (referral.already), an account older than
 * CLAIM_DAYS or one that already completed an order as a client (referral.too_late).
 */
export async function claimReferral(tx: Tx, deps: Pick<Deps, 'clock'>, referredId: string, code: string, source: 'link' | 'code', deviceId: string | null): Promise<{ referrer: string }> {
  const referrer = await referrerOf(tx, code);
  if (!referrer) throw new AppError('validation.failed', {}, { code: { key: 'field.referral_code_unknown' } });
  const people = await tx.selectFrom('users').select(['id', 'email', 'phone', 'created_at']).where('id', 'in', [referrer.id, referredId]).execute();
  const a = people.find((p) => p.id === referrer.id);
  const b = people.find((p) => p.id === referredId);
  if (!a || !b) throw new AppError('not_found');
  if (samePerson(a, b)) throw new AppError('referral.self');
  const now = deps.clock.now();
  const existing = await tx.selectFrom('referrals').select('id').where('referred_id', '=', referredId).executeTakeFirst();
  if (existing) throw new AppError('referral.already');
  const ordered = await tx.selectFrom('orders').select('id').where('client_id', '=', referredId).where('state', '=', 'completed').limit(1).executeTakeFirst();
  if (now.getTime() - b.created_at.getTime() > CLAIM_DAYS * DAY_MS || ordered) throw new AppError('referral.too_late', { days: CLAIM_DAYS });
  await tx.insertInto('referrals').values({ referrer_id: referrer.id, referred_id: referredId, source, created_at: now }).execute();
  if (deviceId) await seeDevice(tx, deps, referredId, deviceId);
  return { referrer: referrer.displayName };
}

/** A signed-in person types who referred them (a link or a code). */
export async function claimByCode(deps: Pick<Deps, 'db' | 'clock'>, actorIn: Actor | null, raw: unknown, deviceId: string | null): Promise<{ referrer: string }> {
  const actor = requireActor(actorIn);
  const { code } = parseWith(claimInput, raw);
  return deps.db.transaction().execute((tx) => claimReferral(tx, deps, actor.userId, code, 'code', deviceId));
}

// --- The reward ---------------------------------------------------------------------------------

/** The account a reward is paid into: a freelancer's earnings (withdrawable), else the Hunar balance. */
const rewardAccount = (userId: string, isFreelancer: boolean): AccountRef => ({ kind: isFreelancer ? 'freelancer_available' : 'client_wallet', ownerId: userId, currency: 'PKR' });

/**
 * The queue's sweep: each pending referral whose referred person has a completed order as a client
 * (not partly or wholly refunded by a dispute) is decided once, in its own transaction: the reward
 * from the promotions pool to the referrer, or no reward and why. The pool's row is locked first, so
 * two rewards cannot both spend its last rupees.
 */
export async function settleReferrals(deps: Deps, limit = 100): Promise<{ rewarded: number; refused: number }> {
  let rewarded = 0;
  let refused = 0;
  for (const id of await dueReferrals(deps.db, limit)) {
    const outcome = await deps.db.transaction().execute((tx) => decideReferral(tx, deps, id));
    if (outcome === 'rewarded') rewarded++;
    if (outcome === 'refused') refused++;
  }
  return { rewarded, refused };
}

/** The same, inside the caller's transaction (the demo seed). */
export async function settleReferralsIn(tx: Tx, deps: Deps): Promise<{ rewarded: number; refused: number }> {
  let rewarded = 0;
  let refused = 0;
  for (const id of await dueReferrals(tx, 1000)) {
    // The demo data tells nobody (and the seed's CLI has no queue for mail).
    const outcome = await decideReferral(tx, deps, id, false);
    if (outcome === 'rewarded') rewarded++;
    if (outcome === 'refused') refused++;
  }
  return { rewarded, refused };
}

async function dueReferrals(db: Executor, limit: number): Promise<string[]> {
  const due = await db
    .selectFrom('referrals as r')
    .select('r.id')
    .where('r.status', '=', 'pending')
    .where(({ exists, selectFrom }) => exists(selectFrom('orders as o').select('o.id').whereRef('o.client_id', '=', 'r.referred_id').where('o.state', '=', 'completed')))
    .orderBy('r.created_at')
    .limit(limit)
    .execute();
  return due.map((d) => d.id);
}

/** One referral decided, in `tx`: rewarded, refused (with the reason), or null when not due (yet). */
async function decideReferral(tx: Tx, deps: Deps, id: string, tell = true): Promise<'rewarded' | 'refused' | null> {
  const r = await tx.selectFrom('referrals').selectAll().where('id', '=', id).forUpdate().skipLocked().executeTakeFirst();
  if (r?.status !== 'pending') return null;
  const order = await sql<{ id: string; number: string }>`
    SELECT o.id, o.number FROM orders o
    WHERE o.client_id = ${r.referred_id} AND o.state = 'completed'
      AND NOT EXISTS (SELECT 1 FROM disputes d WHERE d.order_id = o.id AND d.outcome IN ('refund', 'split'))
    ORDER BY o.completed_at, o.id LIMIT 1`.execute(tx);
  const first = order.rows[0];
  if (!first) return null;
  const people = await tx.selectFrom('users').select(['id', 'email', 'phone', 'is_freelancer']).where('id', 'in', [r.referrer_id, r.referred_id]).execute();
  const a = people.find((p) => p.id === r.referrer_id)!;
  const b = people.find((p) => p.id === r.referred_id)!;
  const shared = await tx
    .selectFrom('referral_devices as x')
    .innerJoin('referral_devices as y', 'y.device_hash', 'x.device_hash')
    .select('x.device_hash')
    .where('x.user_id', '=', a.id)
    .where('y.user_id', '=', b.id)
    .executeTakeFirst();
  const settings = await tx.selectFrom('referral_settings').select(['reward_minor']).where('id', '=', 1).executeTakeFirstOrThrow();
  const reward = BigInt(settings.reward_minor);
  // The pool's row locked first: two rewards cannot both spend its last rupees.
  await sql`SELECT id FROM ledger_accounts WHERE kind = 'promotions' AND currency = 'PKR' AND owner_id IS NULL AND ref_id IS NULL FOR UPDATE`.execute(tx);
  const pool = await balanceOf(tx, POOL);
  const d = rewardDecision({ samePerson: samePerson(a, b), sharedDevice: Boolean(shared), reward, pool });
  const now = deps.clock.now();
  if (!d.pay) {
    await tx.updateTable('referrals').set({ status: 'no_reward', reason: d.reason, order_id: first.id, decided_at: now }).where('id', '=', r.id).execute();
    return 'refused';
  }
  const txId = await post(tx, deps, {
    kind: 'referral_reward',
    key: `referral:${r.id}:reward`,
    fingerprint: requestFingerprint('system', 'referral.reward', { referral: r.id }),
    actorId: null,
    reason: `Referral reward: order HNR-${first.number} was the referred client's first`,
    legs: [{ from: POOL, to: rewardAccount(a.id, a.is_freelancer), amount: money(reward, 'PKR') }],
  });
  await tx.updateTable('referrals').set({ status: 'rewarded', order_id: first.id, reward_minor: reward, currency: 'PKR', ledger_transaction_id: txId, decided_at: now }).where('id', '=', r.id).execute();
  if (!tell) return 'rewarded';
  const referred = await tx.selectFrom('users').select('display_name').where('id', '=', b.id).executeTakeFirstOrThrow();
  await notify(deps, tx, { userId: a.id, kind: 'referral_reward_paid', params: { person: referred.display_name, amount: { minor: reward.toString(), currency: 'PKR' } }, link: '/referrals' });
  return 'rewarded';
}

// --- What a person sees --------------------------------------------------------------------------

export interface ReferralRow {
  name: string;
  status: ReferralStatus;
  reason: NoRewardReason | null;
  reward: Money | null;
  createdAt: Date;
  decidedAt: Date | null;
}

export interface MyReferrals {
  code: string;
  reward: Money;
  referrals: ReferralRow[];
  earned: Money;
  /** Who referred me, and whether I may still say so. */
  referredBy: string | null;
  mayClaim: boolean;
}

export async function myReferrals(deps: Pick<Deps, 'db' | 'clock'>, actorIn: Actor | null): Promise<MyReferrals> {
  const actor = requireActor(actorIn);
  const db = deps.db;
  const [code, settings, rows, by, me] = await Promise.all([
    referralCode(deps, actor.userId),
    db.selectFrom('referral_settings').select('reward_minor').where('id', '=', 1).executeTakeFirstOrThrow(),
    db
      .selectFrom('referrals as r')
      .innerJoin('users as u', 'u.id', 'r.referred_id')
      .select(['u.display_name', 'r.status', 'r.reason', 'r.reward_minor', 'r.created_at', 'r.decided_at'])
      .where('r.referrer_id', '=', actor.userId)
      .orderBy('r.created_at', 'desc')
      .limit(200)
      .execute(),
    db.selectFrom('referrals as r').innerJoin('users as u', 'u.id', 'r.referrer_id').select('u.display_name').where('r.referred_id', '=', actor.userId).executeTakeFirst(),
    db.selectFrom('users').select('created_at').where('id', '=', actor.userId).executeTakeFirstOrThrow(),
  ]);
  const referrals = rows.map((r) => ({ name: r.display_name, status: r.status, reason: r.reason, reward: r.reward_minor ? money(BigInt(r.reward_minor), 'PKR') : null, createdAt: r.created_at, decidedAt: r.decided_at }));
  const earned = referrals.reduce((s, r) => s + (r.reward?.amount ?? 0n), 0n);
  const young = deps.clock.now().getTime() - me.created_at.getTime() <= CLAIM_DAYS * DAY_MS;
  return { code, reward: money(BigInt(settings.reward_minor), 'PKR'), referrals, earned: money(earned, 'PKR'), referredBy: by?.display_name ?? null, mayClaim: !by && young };
}

export async function currentReward(db: Executor): Promise<Money> {
  const s = await db.selectFrom('referral_settings').select('reward_minor').where('id', '=', 1).executeTakeFirstOrThrow();
  return money(BigInt(s.reward_minor), 'PKR');
}

// --- The operator -------------------------------------------------------------------------------

export interface PoolView {
  balance: Money;
  reward: Money;
  rewarded: number;
  refused: Record<NoRewardReason, number>;
  pending: number;
}

export async function poolView(db: Executor, actorIn: Actor | null): Promise<PoolView> {
  requireAdmin(actorIn);
  const [balance, reward, counts] = await Promise.all([
    balanceOf(db, POOL),
    currentReward(db),
    db.selectFrom('referrals').select(['status', 'reason', sql<number>`count(*)::int`.as('n')]).groupBy(['status', 'reason']).execute(),
  ]);
  const refused: Record<NoRewardReason, number> = { shared_device: 0, same_person: 0, pool_short: 0 };
  for (const c of counts) if (c.status === 'no_reward' && c.reason) refused[c.reason] = c.n;
  return {
    balance: money(balance, 'PKR'),
    reward,
    rewarded: counts.find((c) => c.status === 'rewarded')?.n ?? 0,
    refused,
    pending: counts.find((c) => c.status === 'pending')?.n ?? 0,
  };
}

const rupees = (typed: string, field: string, allowZero: boolean): bigint => {
  const r = parseMoneyInput(typed, 'PKR');
  if (!r.ok) throw new AppError('validation.failed', {}, { [field]: { key: r.key, params: r.params } });
  if (r.value.amount < 0n || (!allowZero && r.value.amount === 0n)) throw new AppError('validation.failed', {}, { [field]: { key: 'field.money_negative' } });
  return r.value.amount;
};

/** An admin sets the reward (zero stops rewards). Audited. */
export async function setReward(deps: Pick<Deps, 'db' | 'clock'>, actorIn: Actor | null, raw: unknown): Promise<Money> {
  const actor = requireAdmin(actorIn);
  const amount = rupees(parseWith(rewardInput, raw).reward, 'reward', true);
  if (amount > 10_000_000n) throw new AppError('validation.failed', {}, { reward: { key: 'field.money_too_large', params: { max: 'Rs 100,000' } } });
  return deps.db.transaction().execute(async (tx) => {
    const before = await currentReward(tx);
    await tx.updateTable('referral_settings').set({ reward_minor: amount, updated_by: actor.userId, updated_at: deps.clock.now() }).where('id', '=', 1).execute();
    await audit(tx, deps, 'referrals.reward_set', actor, actor.userId, { before: before.amount.toString(), after: amount.toString() });
    return money(amount, 'PKR');
  });
}

/**
 * An admin records money the operator paid into the promotions pool (a bank transfer from Hunar's own
 * account): payment clearing → promotions, through the ledger, once per idempotency key. Audited.
 */
export async function fundPool(deps: Pick<Deps, 'db' | 'clock'>, actorIn: Actor | null, raw: unknown, key: string): Promise<{ ledgerTransaction: string }> {
  const actor = requireAdmin(actorIn);
  const input = parseWith(fundInput, raw);
  const amount = rupees(input.amount, 'amount', false);
  const k = idempotencyKey(key);
  const fingerprint = requestFingerprint(actor.userId, 'referrals.fund_pool', { amount: amount.toString(), note: input.note });
  return deps.db.transaction().execute(async (tx) => {
    // The same form sent twice funds the pool once.
    const seen = await claimKey(tx, `promotions-fund:${k}`, fingerprint);
    if (seen) return { ledgerTransaction: seen.transactionId };
    const id = await post(tx, deps, {
      kind: 'promotions_fund',
      key: `promotions-fund:${k}`,
      fingerprint,
      actorId: actor.userId,
      reason: `Promotions pool funded by the operator${input.note ? `: ${input.note}` : ''}`,
      legs: [{ from: { kind: 'payment_clearing', currency: 'PKR' }, to: POOL, amount: money(amount, 'PKR') }],
    });
    await audit(tx, deps, 'referrals.pool_funded', actor, actor.userId, { amount: amount.toString(), note: input.note, ledger_transaction: id });
    return { ledgerTransaction: id };
  });
}
