// What a person may withdraw: their balances per source and currency, the earnings still on hold,
// and the check that refuses a withdrawal the balance does not cover, saying why (on hold until when).
import type { Executor } from '../../db/pool.ts';
import { balanceOf } from '../../ledger/service.ts';
import { type Actor, requireActor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, type ErrorCode } from '../../platform/errors.ts';
import { formatDate } from '../../platform/format.ts';
import { CURRENCIES, type Currency, formatMoney, type Money, money } from '../../platform/money.ts';
import { explainShortfall, type Hold, sourcesFor, type WithdrawalSource } from '../domain.ts';
import { requirePayee, sourceAccount } from '../money-flow.ts';

export interface SourceBalance {
  source: WithdrawalSource;
  balance: Money;
}

/** What the actor may withdraw, per balance they have (earnings, wallet) and currency. */
export async function availableBalances(deps: Deps, actorIn: Actor | null): Promise<SourceBalance[]> {
  const actor = requirePayee(actorIn);
  const pairs = sourcesFor(actor).flatMap((source) => CURRENCIES.map((c) => ({ source, c })));
  return Promise.all(pairs.map(async ({ source, c }) => ({ source, balance: money(await balanceOf(deps.db, sourceAccount(source, actor.userId, c)), c) })));
}

export interface HoldView extends Hold {
  orderId: string;
  orderNumber: string;
  title: string;
}

/**
 * The actor's earnings on hold, the soonest to clear first: each completed order whose hold
 * (FUNDS_HOLD_DAYS, set when it completed) has not ended, with what it pays and the day it clears.
 * Their sum is the freelancer_pending balance. Anyone without such orders gets none.
 */
export async function earningsOnHold(deps: Deps, actorIn: Actor | null): Promise<HoldView[]> {
  const actor = requireActor(actorIn);
  return holdsOf(deps.db, actor.userId);
}

async function holdsOf(db: Executor, userId: string, currency?: Currency): Promise<HoldView[]> {
  let q = db
    .selectFrom('orders')
    .select((eb) => [
      'id',
      'number',
      'title',
      'currency',
      'price_minor',
      'billed_minor',
      'freelancer_fee_minor',
      'hold_until',
      // A job passed on (src/referrals): the fee already left these earnings for the referrer's.
      eb
        .selectFrom('referral_fees')
        .select((e2) => e2.fn.coalesce(e2.fn.sum<string>('referral_fees.amount_minor'), e2.val('0')).as('s'))
        .whereRef('referral_fees.order_id', '=', 'orders.id')
        .as('passed_on'),
    ])
    .where('freelancer_id', '=', userId)
    .where('state', '=', 'completed')
    .where('cleared_at', 'is', null)
    .where('hold_until', 'is not', null);
  if (currency) q = q.where('currency', '=', currency);
  // Fees for jobs this person passed on, held with the order that paid them until it clears.
  let f = db
    .selectFrom('referral_fees as rf')
    .innerJoin('job_referrals as jr', 'jr.id', 'rf.job_referral_id')
    .innerJoin('orders as o', 'o.id', 'rf.order_id')
    .select(['o.id', 'o.number', 'o.title', 'rf.currency', 'rf.amount_minor', 'o.hold_until'])
    .where('jr.referrer_id', '=', userId)
    .where('o.cleared_at', 'is', null)
    .where('o.hold_until', 'is not', null);
  if (currency) f = f.where('rf.currency', '=', currency);
  const [rows, fees] = await Promise.all([q.orderBy('hold_until').orderBy('id').limit(500).execute(), f.limit(500).execute()]);
  const own = rows.map((r) => ({
    orderId: r.id,
    orderNumber: `HNR-${r.number}`,
    title: r.title,
    // What the freelancer receives, as the release moved it into pending (orders' feesOf()), less a referral fee paid from it.
    amount: money(BigInt(r.billed_minor ?? r.price_minor) - BigInt(r.freelancer_fee_minor) - BigInt(r.passed_on ?? 0), r.currency),
    clearsAt: r.hold_until!,
  }));
  const received = fees.map((r) => ({ orderId: r.id, orderNumber: `HNR-${r.number}`, title: r.title, amount: money(BigInt(r.amount_minor), r.currency), clearsAt: r.hold_until! }));
  return [...own, ...received].filter((h) => h.amount.amount > 0n).sort((a, b) => a.clearsAt.getTime() - b.clearsAt.getTime() || a.orderId.localeCompare(b.orderId));
}

/**
 * Refuses a withdrawal the balance does not cover, saying what is available and, for earnings,
 * how much is on hold and when it clears ("Rs 12,000 is on hold until 11 Dec 2026").
 */
export async function requireCovered(db: Executor, actor: Actor, source: WithdrawalSource, wanted: Money): Promise<Money> {
  const balance = money(await balanceOf(db, sourceAccount(source, actor.userId, wanted.currency)), wanted.currency);
  const holds = source === 'earnings' ? await holdsOf(db, actor.userId, wanted.currency) : [];
  const s = explainShortfall(wanted, balance, holds);
  if (s.kind === 'enough') return balance;
  const show = (m: Money) => formatMoney(actor.locale, m, { decimals: 'always' });
  const prefix = source === 'wallet' ? 'payout.wallet_' : 'payout.';
  const params: Record<string, string> = { currency: wanted.currency, available: show(balance) };
  if (s.kind === 'on_hold' || s.kind === 'beyond_hold') Object.assign(params, { held: show(s.held), date: formatDate(actor.locale, s.until) });
  const code = s.kind === 'nothing' ? `${prefix}nothing_available` : s.kind === 'short' ? `${prefix}insufficient` : s.kind === 'on_hold' ? 'payout.insufficient_on_hold' : 'payout.insufficient_beyond_hold';
  throw new AppError(code as ErrorCode, params, { amount: { key: `errors.${code}`, params } });
}
