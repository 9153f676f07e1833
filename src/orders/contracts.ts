// Contracts: what a hired proposal becomes. A fixed-price contract is a row of milestones, each an
// order (kind 'milestone') that the client funds into escrow before work on it starts and that then
// runs like any order. An hourly contract is billed week by week: the client funds a week up to the
// weekly cap (rate × hours), the freelancer logs time against it, and when the week ends the sweep
// bills the hours logged — the freelancer paid for those (less Hunar's fee), the rest back to the client.
import { sql } from 'kysely';
import { z } from 'zod';
import type { Executor, Tx } from '../db/pool.ts';
import { feesFor } from '../fees/domain.ts';
import { feePolicy } from '../fees/service.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { type Leg, post, revenueAccount } from '../ledger/service.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import { type Currency, divideHalfEven, type Money, money } from '../platform/money.ts';
import { asciiDigits, multiLine } from '../platform/text.ts';
import { hirePlan } from '../jobs/domain.ts';
import { FUNDED, type OrderState } from './domain.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY_MS = 86_400_000;
/** Milestones are revised until the client is happy: no revision limit. */
const MILESTONE_REVISIONS = -1;

export interface ContractOrder {
  id: string;
  number: string;
  title: string;
  position: number | null;
  state: OrderState;
  amount: Money;
  weekEndsAt: Date | null;
  billed: Money | null;
  minutesLogged: number;
}

export interface TimeEntry {
  id: string;
  orderId: string;
  workDate: string;
  minutes: number;
  note: string;
}

export interface ContractView {
  id: string;
  title: string;
  kind: 'fixed' | 'hourly';
  status: 'active' | 'ended';
  jobId: string;
  client: { id: string; displayName: string; handle: string };
  freelancer: { id: string; displayName: string; handle: string };
  currency: Currency;
  rate: Money | null;
  weeklyHours: number | null;
  orders: ContractOrder[];
  time: TimeEntry[];
  createdAt: Date;
  viewerSide: 'client' | 'freelancer';
  /** Hourly: whether the client can fund a new week now (none open). */
  canFundWeek: boolean;
  /** Fixed price: the price of the hired proposal (its milestones add up to it, see migration 0030). */
  agreedPrice: Money | null;
  totals: ContractTotals;
}

/**
 * A contract's money at a glance, in prices before fees: what waits for the client to fund, what is
 * funded (in escrow), and what was released to the freelancer (who receives it less Hunar's fee).
 * An hourly week counts at its cap until it is billed, then at what was billed (the rest went back
 * to the client). A cancelled part was refunded and counts nowhere. total = toFund + funded + released.
 */
export interface ContractTotals {
  total: Money;
  funded: Money;
  released: Money;
  toFund: Money;
}

export function contractTotals(currency: Currency, orders: readonly { state: OrderState; amount: Money; billed: Money | null }[]): ContractTotals {
  let funded = 0n;
  let released = 0n;
  let toFund = 0n;
  for (const o of orders) {
    if (o.state === 'awaiting_payment') toFund += o.amount.amount;
    else if (FUNDED.has(o.state)) funded += o.amount.amount;
    else if (o.state === 'completed') released += (o.billed ?? o.amount).amount;
  }
  return { total: money(toFund + funded + released, currency), funded: money(funded, currency), released: money(released, currency), toFund: money(toFund, currency) };
}

async function event(tx: Executor, deps: Deps, orderId: string, kind: string, actorId: string | null, message: string | null = null) {
  await tx.insertInto('order_events').values({ order_id: orderId, kind, actor_id: actorId, message, created_at: deps.clock.now() }).execute();
}

/** A new order of a contract, waiting for the client to fund it, with the fees of today's policy. */
async function contractOrder(
  tx: Tx,
  deps: Deps,
  c: { id: string; client_id: string; freelancer_id: string; currency: Currency },
  o: { kind: 'milestone' | 'hourly_week'; title: string; price: bigint; position: number | null; deliveryDays: number | null },
) {
  const fees = feesFor(money(o.price, c.currency), feePolicy(deps));
  const now = deps.clock.now();
  const row = await tx
    .insertInto('orders')
    .values({
      kind: o.kind,
      client_id: c.client_id,
      freelancer_id: c.freelancer_id,
      contract_id: c.id,
      title: o.title,
      currency: c.currency,
      price_minor: o.price,
      client_fee_minor: fees.clientFee.amount,
      freelancer_fee_minor: fees.freelancerFee.amount,
      delivery_days: o.deliveryDays,
      revisions_included: MILESTONE_REVISIONS,
      position: o.position,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await event(tx, deps, row.id, 'placed', c.client_id);
  return row.id;
}

/**
 * Called by hiring (src/jobs/use-cases/hire-freelancer.ts), inside its transaction: the hired proposal becomes a
 * contract, as hirePlan (src/jobs/domain.ts) lays it out and the client's confirmation page showed.
 * Fixed price: one order per milestone of the proposal's plan (which adds up to the price), or one
 * for the whole price. Hourly: the first week, funded up to the weekly cap.
 */
export async function contractFromHire(tx: Tx, deps: Deps, proposalId: string): Promise<string> {
  const p = await tx
    .selectFrom('proposals')
    .innerJoin('jobs', 'jobs.id', 'proposals.job_id')
    .select([
      'proposals.id',
      'proposals.freelancer_id',
      'proposals.price_minor',
      'proposals.rate_minor',
      'proposals.currency',
      'proposals.delivery_days',
      'proposals.milestones',
      'jobs.id as job_id',
      'jobs.client_id',
      'jobs.title',
      'jobs.kind',
      'jobs.weekly_hours',
    ])
    .where('proposals.id', '=', proposalId)
    .executeTakeFirstOrThrow();
  const hourly = p.kind === 'hourly';
  const plan = hirePlan({
    kind: p.kind,
    jobTitle: p.title,
    amount: money(BigInt((hourly ? p.rate_minor : p.price_minor) ?? '0'), p.currency),
    weeklyHours: p.weekly_hours,
    milestones: p.milestones.map((m) => ({ title: m.title, amount: money(BigInt(m.amount_minor), p.currency) })),
  });
  const c = await tx
    .insertInto('contracts')
    .values({
      proposal_id: p.id,
      job_id: p.job_id,
      client_id: p.client_id,
      freelancer_id: p.freelancer_id,
      title: p.title,
      kind: p.kind,
      currency: p.currency,
      rate_minor: hourly ? p.rate_minor : null,
      weekly_hours: plan.weeklyHours,
      created_at: deps.clock.now(),
    })
    .returning(['id', 'client_id', 'freelancer_id', 'currency', 'weekly_hours', 'rate_minor'])
    .executeTakeFirstOrThrow();
  for (const [i, part] of plan.parts.entries())
    await contractOrder(tx, deps, c, { kind: hourly ? 'hourly_week' : 'milestone', title: part.title, price: part.price.amount, position: i + 1, deliveryDays: hourly ? null : p.delivery_days });
  return c.id;
}

async function loadContract(db: Executor, id: string, viewerId: string): Promise<ContractView | null> {
  if (!UUID.test(id)) return null;
  const c = await db
    .selectFrom('contracts as k')
    .innerJoin('users as cl', 'cl.id', 'k.client_id')
    .innerJoin('users as fr', 'fr.id', 'k.freelancer_id')
    .innerJoin('proposals as p', 'p.id', 'k.proposal_id')
    .selectAll('k')
    .select(['cl.display_name as client_name', 'cl.handle as client_handle', 'fr.display_name as freelancer_name', 'fr.handle as freelancer_handle', 'p.price_minor as agreed_minor'])
    .where('k.id', '=', id)
    .executeTakeFirst();
  if (!c) return null;
  const side = c.client_id === viewerId ? 'client' : c.freelancer_id === viewerId ? 'freelancer' : null;
  if (!side) return null;
  const orders = await db
    .selectFrom('orders')
    .select(['id', 'number', 'title', 'position', 'state', 'price_minor', 'week_ends_at', 'billed_minor'])
    .select(sql<string>`(SELECT coalesce(sum(t.minutes), 0) FROM time_entries t WHERE t.order_id = orders.id)`.as('minutes'))
    .where('contract_id', '=', id)
    .orderBy('created_at')
    .orderBy('position')
    .execute();
  const time = await db
    .selectFrom('time_entries')
    .innerJoin('orders', 'orders.id', 'time_entries.order_id')
    .select(['time_entries.id', 'time_entries.order_id', 'time_entries.work_date', 'time_entries.minutes', 'time_entries.note'])
    .where('orders.contract_id', '=', id)
    .orderBy('time_entries.work_date', 'desc')
    .orderBy('time_entries.created_at', 'desc')
    .execute();
  const open = orders.some((o) => o.state === 'awaiting_payment' || o.state === 'in_progress' || o.state === 'disputed');
  const parts = orders.map((o) => ({
    id: o.id,
    number: String(o.number),
    title: o.title,
    position: o.position,
    state: o.state,
    amount: money(BigInt(o.price_minor), c.currency),
    weekEndsAt: o.week_ends_at,
    billed: o.billed_minor === null ? null : money(BigInt(o.billed_minor), c.currency),
    minutesLogged: Number(o.minutes ?? 0),
  }));
  return {
    id: c.id,
    title: c.title,
    kind: c.kind,
    status: c.status,
    jobId: c.job_id,
    client: { id: c.client_id, displayName: c.client_name, handle: String(c.client_handle) },
    freelancer: { id: c.freelancer_id, displayName: c.freelancer_name, handle: String(c.freelancer_handle) },
    currency: c.currency,
    rate: c.rate_minor ? money(BigInt(c.rate_minor), c.currency) : null,
    weeklyHours: c.weekly_hours,
    orders: parts,
    time: time.map((t) => ({ id: t.id, orderId: t.order_id, workDate: String(t.work_date), minutes: t.minutes, note: t.note })),
    createdAt: c.created_at,
    viewerSide: side,
    canFundWeek: c.kind === 'hourly' && c.status === 'active' && side === 'client' && !open,
    agreedPrice: c.kind === 'fixed' && c.agreed_minor !== null ? money(BigInt(c.agreed_minor), c.currency) : null,
    totals: contractTotals(c.currency, parts),
  };
}

/** One contract, for its two parties; anyone else gets not_found. */
export async function getContract(deps: Deps, actorIn: Actor | null, id: string): Promise<ContractView> {
  const actor = requireActor(actorIn);
  const c = await loadContract(deps.db, id, actor.userId);
  if (!c) throw new AppError('not_found');
  return c;
}

/** The actor's contracts, newest first. */
export async function listMyContracts(deps: Deps, actorIn: Actor | null) {
  const actor = requireActor(actorIn);
  const rows = await deps.db
    .selectFrom('contracts as k')
    .innerJoin('users as cl', 'cl.id', 'k.client_id')
    .innerJoin('users as fr', 'fr.id', 'k.freelancer_id')
    .select(['k.id', 'k.title', 'k.kind', 'k.status', 'k.client_id', 'k.created_at', 'cl.display_name as client_name', 'fr.display_name as freelancer_name'])
    .where((eb) => eb.or([eb('k.client_id', '=', actor.userId), eb('k.freelancer_id', '=', actor.userId)]))
    .orderBy('k.created_at', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, kind: r.kind, status: r.status, side: r.client_id === actor.userId ? ('client' as const) : ('freelancer' as const), otherParty: r.client_id === actor.userId ? r.freelancer_name : r.client_name, createdAt: r.created_at }));
}

/** The client opens the next week of an hourly contract (to be funded), when no week is open. */
export async function openNextWeek(deps: Deps, actorIn: Actor | null, contractId: string): Promise<{ orderId: string }> {
  const actor = requireActor(actorIn);
  if (!UUID.test(contractId)) throw new AppError('not_found');
  return deps.db.transaction().execute(async (tx) => {
    const c = await tx.selectFrom('contracts').selectAll().where('id', '=', contractId).forUpdate().executeTakeFirst();
    if (!c || (c.client_id !== actor.userId && c.freelancer_id !== actor.userId)) throw new AppError('not_found');
    if (c.client_id !== actor.userId) throw new AppError('order.not_your_turn');
    if (c.kind !== 'hourly' || c.status !== 'active') throw new AppError('order.invalid_transition');
    const open = await tx
      .selectFrom('orders')
      .select('id')
      .where('contract_id', '=', c.id)
      .where('state', 'in', ['awaiting_payment', 'in_progress', 'disputed'])
      .executeTakeFirst();
    if (open) throw new AppError('contract.week_open');
    const weeks = await tx.selectFrom('orders').select((eb) => eb.fn.countAll<string>().as('n')).where('contract_id', '=', c.id).executeTakeFirstOrThrow();
    const orderId = await contractOrder(tx, deps, c, { kind: 'hourly_week', title: c.title, price: BigInt(c.rate_minor!) * BigInt(c.weekly_hours!), position: Number(weeks.n) + 1, deliveryDays: null });
    return { orderId };
  });
}

// --- Time -----------------------------------------------------------------------------------------

export const NOTE_MAX = 500;

/** One time entry as typed: a day and hours ("2.5", "۲٫۵", "2:30"). */
export const timeInput = z.object({
  work_date: z.string({ error: 'field.date' }).regex(/^\d{4}-\d{2}-\d{2}$/, 'field.date'),
  hours: z
    .union([z.string(), z.number()], { error: 'field.hours' })
    .transform((v, ctx) => {
      const s = asciiDigits(String(v)).replace(/\u066B/g, '.').trim();
      const hm = /^(\d{1,2}):([0-5]\d)$/.exec(s);
      const minutes = hm ? Number(hm[1]) * 60 + Number(hm[2]) : /^\d{1,2}(\.\d{1,2})?$/.test(s) ? Math.round(Number(s) * 60) : Number.NaN;
      if (!Number.isInteger(minutes) || minutes < 1 || minutes > 24 * 60) {
        ctx.issues.push({ code: 'custom', message: 'field.hours', input: v });
        return z.NEVER;
      }
      return minutes;
    }),
  note: multiLine(NOTE_MAX).default(''),
});

/** The freelancer logs time on the week in progress: a day inside the week, not beyond the weekly cap. */
export async function logTime(deps: Deps, actorIn: Actor | null, orderId: string, raw: unknown): Promise<ContractView> {
  const actor = requireActor(actorIn);
  const input = parseWith(timeInput, raw);
  const contractId = await deps.db.transaction().execute(async (tx) => {
    if (!UUID.test(orderId)) throw new AppError('not_found');
    const o = await tx.selectFrom('orders').selectAll().where('id', '=', orderId).forUpdate().executeTakeFirst();
    if (!o || (o.client_id !== actor.userId && o.freelancer_id !== actor.userId)) throw new AppError('not_found');
    if (o.freelancer_id !== actor.userId) throw new AppError('order.not_your_turn');
    if (o.kind !== 'hourly_week' || o.state !== 'in_progress' || !o.paid_at || !o.week_ends_at) throw new AppError('contract.week_not_running');
    const c = await tx.selectFrom('contracts').select(['id', 'weekly_hours']).where('id', '=', o.contract_id!).executeTakeFirstOrThrow();
    const day = Date.parse(`${input.work_date}T12:00:00Z`);
    const first = Date.parse(`${o.paid_at.toISOString().slice(0, 10)}T00:00:00Z`);
    if (Number.isNaN(day) || day < first - DAY_MS || day > o.week_ends_at.getTime() + DAY_MS || day > deps.clock.now().getTime() + DAY_MS) {
      throw new AppError('validation.failed', {}, { work_date: { key: 'field.week_date' } });
    }
    const logged = await tx.selectFrom('time_entries').select((eb) => eb.fn.coalesce(eb.fn.sum<string>('minutes'), eb.lit(0)).as('m')).where('order_id', '=', o.id).executeTakeFirstOrThrow();
    const cap = (c.weekly_hours ?? 0) * 60;
    if (Number(logged.m) + input.hours > cap) throw new AppError('validation.failed', {}, { hours: { key: 'field.weekly_cap', params: { hours: c.weekly_hours ?? 0 } } });
    await tx.insertInto('time_entries').values({ order_id: o.id, work_date: input.work_date, minutes: input.hours, note: input.note, created_at: deps.clock.now() }).execute();
    return c.id;
  });
  return getContract(deps, actor, contractId);
}

/** What a week's hours cost: minutes × hourly rate, rounded half-even to the minor unit, at most the cap. */
export function weekCharge(minutes: number, rateMinor: bigint, capMinor: bigint): bigint {
  const charge = divideHalfEven(BigInt(minutes) * rateMinor, 60n);
  return charge > capMinor ? capMinor : charge;
}

/**
 * Bills the hourly weeks that have ended (run by the orders sweep): one ledger transaction per week,
 * keyed by the week, so a sweep run twice bills once.
 */
export async function billEndedWeeks(deps: Deps, limit = 100): Promise<number> {
  const now = deps.clock.now();
  const due = await deps.db.selectFrom('orders').select('id').where('kind', '=', 'hourly_week').where('state', '=', 'in_progress').where('week_ends_at', '<=', now).limit(limit).execute();
  let billed = 0;
  for (const { id } of due) {
    const done = await deps.db.transaction().execute(async (tx) => {
      const o = await tx.selectFrom('orders').selectAll().where('id', '=', id).forUpdate().skipLocked().executeTakeFirst();
      if (o?.state !== 'in_progress' || !o.week_ends_at || o.week_ends_at > now) return false;
      const c = await tx.selectFrom('contracts').select(['rate_minor']).where('id', '=', o.contract_id!).executeTakeFirstOrThrow();
      const logged = await tx.selectFrom('time_entries').select((eb) => eb.fn.coalesce(eb.fn.sum<string>('minutes'), eb.lit(0)).as('m')).where('order_id', '=', o.id).executeTakeFirstOrThrow();
      const cap = BigInt(o.price_minor);
      const charge = weekCharge(Number(logged.m), BigInt(c.rate_minor ?? '0'), cap);
      const cur = o.currency;
      // The client paid the cap and its client fee into escrow. Fees now follow what was billed.
      const paid = cap + BigInt(o.client_fee_minor);
      const fees = feesFor(money(charge, cur), feePolicy(deps));
      const refund = paid - fees.clientPays.amount;
      const escrow = { kind: 'escrow' as const, refId: o.id, currency: cur };
      const legs: Leg[] = [];
      if (fees.freelancerReceives.amount > 0n) legs.push({ from: escrow, to: { kind: 'freelancer_pending', ownerId: o.freelancer_id, currency: cur }, amount: fees.freelancerReceives });
      if (fees.hunarKeeps.amount > 0n) legs.push({ from: escrow, to: revenueAccount(cur, o.id), amount: fees.hunarKeeps });
      if (refund > 0n) legs.push({ from: escrow, to: { kind: 'client_wallet', ownerId: o.client_id, currency: cur }, amount: money(refund, cur) });
      const nothingEarned = fees.freelancerReceives.amount === 0n;
      await tx
        .updateTable('orders')
        .set({
          state: 'completed',
          billed_minor: charge,
          client_fee_minor: fees.clientFee.amount,
          freelancer_fee_minor: fees.freelancerFee.amount,
          completed_at: now,
          hold_until: nothingEarned ? null : new Date(now.getTime() + deps.config.FUNDS_HOLD_DAYS * DAY_MS),
          cleared_at: nothingEarned ? now : null,
          updated_at: now,
        })
        .where('id', '=', o.id)
        .execute();
      await event(tx, deps, o.id, 'week_billed', null, `${logged.m}`);
      if (legs.length)
        await post(tx, deps, {
          kind: 'hourly_bill',
          key: `order:${o.id}:week-bill`,
          fingerprint: requestFingerprint('system', 'order.week_bill', { order: o.id }),
          actorId: null,
          reason: `Order HNR-${o.number}: hourly week billed for ${logged.m} minutes; the rest refunded`,
          legs,
        });
      return true;
    });
    if (done) billed++;
  }
  return billed;
}
