// Passing a job on (issue 21, "Referrals"; decision 0069): a freelancer who cannot take an open job
// offers it to a fellow freelancer, named by their handle, for a referral fee, a whole percentage
// (FEE_MIN_PERCENT..FEE_MAX_PERCENT) of the fellow's earnings from the job. Both see the fee and what
// it takes in rupees before agreeing; the fellow accepts or declines. When the fellow is hired for
// that job, each order of the contract that completes pays the fee once, through the ledger, from
// the fellow's pending earnings to the referrer's (kind referral_fee; takeReferralFee, run by the
// referrals sweep right after completion and again by the orders sweep before a hold clears, so the
// fee is never missed and never paid twice). Refunded or cancelled orders never complete: no fee.
//
// Who may: the referrer is a freelancer who can see the open job (public, or invited) and is not
// its client; the fellow is another freelancer who can see it too. Strangers, and anyone asking
// about an offer that is not theirs, get not_found.
import { sql } from 'kysely';
import type { Executor, Tx } from '../db/pool.ts';
import { feesFor } from '../fees/domain.ts';
import { feePolicy } from '../fees/service.ts';
import { visibleTo } from '../jobs/use-cases/access.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { type AccountRef, post } from '../ledger/service.ts';
import { notify } from '../notifications/notify.ts';
import { feesOf } from '../orders/use-cases/order-row.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import { type Currency, type Money, money } from '../platform/money.ts';
import { membershipsOf } from '../associations/membership.ts';
import { FEE_MAX_PERCENT, FEE_MIN_PERCENT, feeSplit, passOnInput, referralFee } from './domain.ts';
import type { JobReferralStatus } from './tables.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function audit(tx: Executor, deps: Pick<Deps, 'clock'>, kind: string, actorId: string, subjectId: string, data: Record<string, unknown>) {
  await tx.insertInto('audit_events').values({ kind, actor_id: actorId, subject_id: subjectId, data: JSON.stringify(data), ip: null, created_at: deps.clock.now() }).execute();
}

function requireFreelancer(actorIn: Actor | null): Actor {
  const actor = requireActor(actorIn);
  if (!actor.isFreelancer) throw new AppError('job_referral.freelancers_only');
  return actor;
}

/** The open job as `viewerId` may see it, or not_found. */
async function visibleJob(db: Executor, viewerId: string, jobId: string) {
  if (!UUID.test(jobId)) throw new AppError('not_found');
  const job = await db
    .selectFrom('jobs')
    .select(['id', 'title', 'client_id', 'status', 'kind', 'currency', 'budget_minor', 'rate_max_minor'])
    .where('id', '=', jobId)
    .where(visibleTo(viewerId))
    .executeTakeFirst();
  if (!job) throw new AppError('not_found');
  return job;
}

export interface FeeExample {
  /** 'budget': earnings at the job's budget; 'hour': earnings for an hour at the job's top rate. */
  basis: 'budget' | 'hour';
  price: Money;
  earnings: Money;
  fee: Money;
  kept: Money;
}

/** The rupee effect of `percent` on the job: what the fellow would earn at its budget (or per hour), the fee, what is left. */
export function feeExample(deps: Pick<Deps, 'config'>, job: { kind: string; currency: Currency; budget_minor: string | null; rate_max_minor: string | null }, percent: number): FeeExample | null {
  const minor = job.kind === 'hourly' ? job.rate_max_minor : job.budget_minor;
  if (!minor || BigInt(minor) <= 0n) return null;
  const price = money(BigInt(minor), job.currency);
  const earnings = feesFor(price, feePolicy(deps)).freelancerReceives;
  const { fee, kept } = feeSplit(earnings.amount, percent);
  return { basis: job.kind === 'hourly' ? 'hour' : 'budget', price, earnings, fee: money(fee, job.currency), kept: money(kept, job.currency) };
}

export interface PassOnForm {
  job: { id: string; title: string };
  min: number;
  max: number;
  /** The fee of each whole percentage from min to max is not listed; the example is at 10%. */
  example: FeeExample | null;
  /** Fellow members of the referrer's associations, to choose from (any freelancer's handle also works). */
  fellows: { handle: string; displayName: string }[];
}

/** What the "Pass this job on" form needs. Only a freelancer who can see the open job, not its client. */
export async function passOnForm(deps: Deps, actorIn: Actor | null, jobId: string): Promise<PassOnForm> {
  const actor = requireFreelancer(actorIn);
  const job = await visibleJob(deps.db, actor.userId, jobId);
  if (job.client_id === actor.userId) throw new AppError('job_referral.own_job');
  if (job.status !== 'open') throw new AppError('job.closed');
  const mine = (await membershipsOf(deps.db, actor.userId)).map((m) => m.associationId);
  const fellows = mine.length
    ? await deps.db
        .selectFrom('association_members as m')
        .innerJoin('associations as a', 'a.id', 'm.association_id')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select(['u.handle', 'u.display_name'])
        .distinct()
        .where('m.association_id', 'in', mine)
        .where('m.status', '=', 'active')
        .where('a.status', '=', 'active')
        .where('u.is_freelancer', '=', true)
        .where('u.id', '!=', actor.userId)
        .where('u.id', '!=', job.client_id)
        .orderBy('u.display_name')
        .limit(50)
        .execute()
    : [];
  return {
    job: { id: job.id, title: job.title },
    min: FEE_MIN_PERCENT,
    max: FEE_MAX_PERCENT,
    example: feeExample(deps, job, 10),
    fellows: fellows.map((f) => ({ handle: f.handle, displayName: f.display_name })),
  };
}

/**
 * The referrer offers the job to a fellow freelancer (by handle) at a fee. Refused: oneself
 * (job_referral.self, 400), a fee outside the bounds (a field message naming them), a handle that is
 * not a freelancer's, a fellow who cannot see the job, a job no longer open, a live offer already.
 */
export async function passJobOn(deps: Deps, actorIn: Actor | null, jobId: string, raw: unknown): Promise<{ id: string }> {
  const actor = requireFreelancer(actorIn);
  const input = parseWith(passOnInput, raw);
  return deps.db.transaction().execute(async (tx) => {
    const job = await visibleJob(tx, actor.userId, jobId);
    if (job.client_id === actor.userId) throw new AppError('job_referral.own_job');
    if (job.status !== 'open') throw new AppError('job.closed');
    const fellow = await tx.selectFrom('users').select(['id', 'display_name', 'is_freelancer']).where(sql`lower(handle)`, '=', input.handle).executeTakeFirst();
    if (fellow?.id === actor.userId) throw new AppError('job_referral.self');
    if (!fellow?.is_freelancer) throw new AppError('validation.failed', {}, { handle: { key: 'field.referral_handle_unknown' } });
    if (fellow.id === job.client_id) throw new AppError('job_referral.own_job');
    const seen = await tx.selectFrom('jobs').select('id').where('id', '=', job.id).where(visibleTo(fellow.id)).executeTakeFirst();
    if (!seen) throw new AppError('job_referral.fellow_cannot_see');
    const proposed = await tx.selectFrom('proposals').select('status').where('job_id', '=', job.id).where('freelancer_id', '=', fellow.id).where('status', 'in', ['submitted', 'shortlisted', 'hired']).executeTakeFirst();
    if (proposed) throw new AppError('job_referral.already_proposed');
    const row = await tx
      .insertInto('job_referrals')
      .values({ job_id: job.id, referrer_id: actor.userId, referee_id: fellow.id, fee_bps: input.percent * 100, note: input.note, created_at: deps.clock.now() })
      .onConflict((oc) => oc.columns(['job_id', 'referee_id']).where('status', 'in', ['offered', 'agreed']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) throw new AppError('job_referral.already');
    await audit(tx, deps, 'job_referral.offered', actor.userId, row.id, { job: job.id, referee: fellow.id, percent: input.percent });
    await notify(deps, tx, { userId: fellow.id, kind: 'job_passed_on', params: { job: job.title, from: actor.displayName, percent: input.percent }, link: '/referrals#passed' });
    return { id: row.id };
  });
}

/** The fellow accepts or declines an offer; the referrer withdraws one. Anyone else: not_found. */
export async function answerPassOn(deps: Deps, actorIn: Actor | null, id: string, answer: 'accept' | 'decline' | 'withdraw'): Promise<{ status: JobReferralStatus }> {
  const actor = requireActor(actorIn);
  if (!UUID.test(id)) throw new AppError('not_found');
  return deps.db.transaction().execute(async (tx) => {
    const r = await tx
      .selectFrom('job_referrals as r')
      .innerJoin('jobs as j', 'j.id', 'r.job_id')
      .select(['r.id', 'r.status', 'r.referrer_id', 'r.referee_id', 'r.fee_bps', 'j.title', 'j.status as job_status'])
      .where('r.id', '=', id)
      .forUpdate('r')
      .executeTakeFirst();
    const mine = r && (answer === 'withdraw' ? r.referrer_id === actor.userId : r.referee_id === actor.userId);
    if (!r || !mine) throw new AppError('not_found');
    if (r.status !== 'offered') throw new AppError('job_referral.not_offered');
    if (answer === 'accept' && r.job_status !== 'open') throw new AppError('job.closed');
    const status: JobReferralStatus = answer === 'accept' ? 'agreed' : answer === 'decline' ? 'declined' : 'withdrawn';
    await tx.updateTable('job_referrals').set({ status, decided_at: deps.clock.now() }).where('id', '=', r.id).execute();
    await audit(tx, deps, `job_referral.${status}`, actor.userId, r.id, {});
    if (status === 'agreed')
      await notify(deps, tx, { userId: r.referrer_id, kind: 'job_pass_accepted', params: { job: r.title, from: actor.displayName, percent: r.fee_bps / 100 }, link: '/referrals#passed' });
    return { status };
  });
}

// --- What both sides see ------------------------------------------------------------------------

export interface PassedJob {
  id: string;
  side: 'referrer' | 'referee';
  job: { id: string; title: string; open: boolean };
  /** The other person: the fellow for the referrer, the referrer for the fellow. */
  other: { displayName: string; handle: string };
  percent: number;
  note: string;
  status: JobReferralStatus;
  createdAt: Date;
  decidedAt: Date | null;
  example: FeeExample | null;
  fees: { orderNumber: string; amount: Money; at: Date }[];
}

/** Jobs the person passed on or was passed, newest first, with the fees paid so far. */
export async function jobsPassedOn(deps: Deps, actorIn: Actor | null): Promise<PassedJob[]> {
  const actor = requireActor(actorIn);
  const rows = await deps.db
    .selectFrom('job_referrals as r')
    .innerJoin('jobs as j', 'j.id', 'r.job_id')
    .innerJoin('users as a', 'a.id', 'r.referrer_id')
    .innerJoin('users as b', 'b.id', 'r.referee_id')
    .select([
      'r.id',
      'r.referrer_id',
      'r.fee_bps',
      'r.note',
      'r.status',
      'r.created_at',
      'r.decided_at',
      'j.id as job_id',
      'j.title',
      'j.status as job_status',
      'j.kind',
      'j.currency',
      'j.budget_minor',
      'j.rate_max_minor',
      'a.display_name as referrer_name',
      'a.handle as referrer_handle',
      'b.display_name as referee_name',
      'b.handle as referee_handle',
    ])
    .where((eb) => eb.or([eb('r.referrer_id', '=', actor.userId), eb('r.referee_id', '=', actor.userId)]))
    .orderBy('r.created_at', 'desc')
    .limit(100)
    .execute();
  const ids = rows.map((r) => r.id);
  const paid = ids.length
    ? await deps.db
        .selectFrom('referral_fees as f')
        .innerJoin('orders as o', 'o.id', 'f.order_id')
        .select(['f.job_referral_id', 'f.amount_minor', 'f.currency', 'f.created_at', 'o.number'])
        .where('f.job_referral_id', 'in', ids)
        .orderBy('f.created_at')
        .execute()
    : [];
  return rows.map((r) => {
    const referrer = r.referrer_id === actor.userId;
    return {
      id: r.id,
      side: referrer ? 'referrer' : 'referee',
      job: { id: r.job_id, title: r.title, open: r.job_status === 'open' },
      other: referrer ? { displayName: r.referee_name, handle: r.referee_handle } : { displayName: r.referrer_name, handle: r.referrer_handle },
      percent: r.fee_bps / 100,
      note: r.note,
      status: r.status,
      createdAt: r.created_at,
      decidedAt: r.decided_at,
      example: feeExample(deps, r, r.fee_bps / 100),
      fees: paid.filter((f) => f.job_referral_id === r.id).map((f) => ({ orderNumber: `HNR-${f.number}`, amount: money(BigInt(f.amount_minor), f.currency), at: f.created_at })),
    };
  });
}

// --- The fee ------------------------------------------------------------------------------------

interface FeeOrder {
  id: string;
  number: string;
  title: string;
  state: string;
  contract_id: string | null;
  freelancer_id: string;
  currency: Currency;
  price_minor: string;
  client_fee_minor: string;
  freelancer_fee_minor: string;
  billed_minor: string | null;
  cleared_at: Date | null;
}

const pending = (ownerId: string, currency: Currency): AccountRef => ({ kind: 'freelancer_pending', ownerId, currency });

/**
 * The referral fee of one order, paying it first when it is due: the order completed, its earnings
 * still pending, it belongs to a contract for a job the freelancer was passed on (agreed), and the
 * fee is at least one paisa. Call it with the order's row locked. The fee moves from the fellow's
 * pending earnings to the referrer's, once (referral_fees is keyed by the order; the ledger key too).
 * Returns the fee paid (now or before), or null when the order owes none.
 */
export async function takeReferralFee(tx: Tx, deps: Deps, order: FeeOrder, tell = true): Promise<{ referrerId: string; amount: Money } | null> {
  const done = await tx.selectFrom('referral_fees as f').innerJoin('job_referrals as r', 'r.id', 'f.job_referral_id').select(['r.referrer_id', 'f.amount_minor', 'f.currency']).where('f.order_id', '=', order.id).executeTakeFirst();
  if (done) return { referrerId: done.referrer_id, amount: money(BigInt(done.amount_minor), done.currency) };
  if (order.state !== 'completed' || order.cleared_at || !order.contract_id) return null;
  const r = await tx
    .selectFrom('contracts as k')
    .innerJoin('job_referrals as r', (j) => j.onRef('r.job_id', '=', 'k.job_id').onRef('r.referee_id', '=', 'k.freelancer_id'))
    .innerJoin('users as u', 'u.id', 'r.referee_id')
    .select(['r.id', 'r.referrer_id', 'r.fee_bps', 'u.display_name'])
    .where('k.id', '=', order.contract_id)
    .where('r.status', '=', 'agreed')
    .where('r.referee_id', '=', order.freelancer_id)
    .executeTakeFirst();
  if (!r) return null;
  const earnings = feesOf(order).freelancerReceives;
  const fee = referralFee(earnings.amount, r.fee_bps);
  if (fee <= 0n) return null;
  const amount = money(fee, order.currency);
  const txId = await post(tx, deps, {
    kind: 'referral_fee',
    key: `job-referral:${order.id}:fee`,
    fingerprint: requestFingerprint('system', 'referral.fee', { order: order.id }),
    actorId: null,
    reason: `Order HNR-${order.number}: referral fee of ${r.fee_bps / 100}% of the earnings to the freelancer who passed the job on`,
    legs: [{ from: pending(order.freelancer_id, order.currency), to: pending(r.referrer_id, order.currency), amount }],
  });
  await tx.insertInto('referral_fees').values({ order_id: order.id, job_referral_id: r.id, amount_minor: fee, currency: order.currency, ledger_transaction_id: txId, created_at: deps.clock.now() }).execute();
  if (tell)
    await notify(deps, tx, {
      userId: r.referrer_id,
      kind: 'referral_fee_paid',
      params: { order: order.number, title: order.title, from: r.display_name, amount: { minor: fee.toString(), currency: order.currency } },
      link: '/referrals#passed',
    });
  return { referrerId: r.referrer_id, amount };
}

/** Completed orders that owe a referral fee not yet paid. */
async function dueFees(db: Executor, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('orders as o')
    .innerJoin('contracts as k', 'k.id', 'o.contract_id')
    .innerJoin('job_referrals as r', (j) => j.onRef('r.job_id', '=', 'k.job_id').onRef('r.referee_id', '=', 'k.freelancer_id'))
    .select('o.id')
    .where('r.status', '=', 'agreed')
    .where('o.state', '=', 'completed')
    .where('o.cleared_at', 'is', null)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('referral_fees as f').select('f.order_id').whereRef('f.order_id', '=', 'o.id'))))
    .orderBy('o.completed_at')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

async function feeFor(tx: Tx, deps: Deps, id: string, tell = true): Promise<boolean> {
  const o = await tx.selectFrom('orders').selectAll().where('id', '=', id).forUpdate().skipLocked().executeTakeFirst();
  if (!o) return false;
  const had = await tx.selectFrom('referral_fees').select('order_id').where('order_id', '=', id).executeTakeFirst();
  if (had) return false;
  return (await takeReferralFee(tx, deps, o, tell)) !== null;
}

/** The referrals sweep's second half: each due fee paid in its own transaction, right after the order completes. */
export async function settleReferralFees(deps: Deps, limit = 100): Promise<number> {
  let paid = 0;
  for (const id of await dueFees(deps.db, limit)) if (await deps.db.transaction().execute((tx) => feeFor(tx, deps, id))) paid++;
  return paid;
}

/** The same, inside the caller's transaction (the demo seed, which tells nobody). */
export async function settleReferralFeesIn(tx: Tx, deps: Deps): Promise<number> {
  let paid = 0;
  for (const id of await dueFees(tx, 1000)) if (await feeFor(tx, deps, id, false)) paid++;
  return paid;
}
