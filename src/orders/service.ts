// Order use cases: a client orders a gig package, pays into escrow from their Hunar balance, the
// freelancer delivers, the client asks for revisions or accepts (or the sweep accepts for them after
// ORDER_AUTO_ACCEPT_DAYS), earnings wait FUNDS_HOLD_DAYS in pending, then become available. Both
// sides may cancel by agreement (a full refund) or open a dispute (the money stays frozen).
//
// Each use case takes the actor first, checks they are a party to the order (others get not_found,
// so ids cannot be probed), runs in one transaction that locks the order row, applies the pure
// transition (domain.ts) and moves the money in the same transaction through the ledger. Money
// moves carry the caller's idempotency key: the same request again returns the first answer.
import { randomUUID } from 'node:crypto';
import { type Selectable, sql } from 'kysely';
import type { Executor, Tx } from '../db/pool.ts';
import { type FeeBreakdown, feesFor } from '../fees/domain.ts';
import { feePolicy } from '../fees/service.ts';
import { getPublicGig } from '../gigs/service.ts';
import { IDEMPOTENCY_KEY, requestFingerprint } from '../ledger/domain.ts';
import { type AccountRef, balanceOf, type Leg, post, revenueAccount, settleClaim } from '../ledger/service.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import { type Currency, currencySchema, type Money, money, moneyInput, moneyToJson } from '../platform/money.ts';
import type { CurrentRate } from '../fx/domain.ts';
import { amountToCover } from '../fx/domain.ts';
import { convertWithin, currentRate } from '../fx/service.ts';
import { multiLine } from '../platform/text.ts';
import { z } from 'zod';
import { billEndedWeeks } from './contracts.ts';
import type { OrdersTable } from './tables.ts';
import { actionFits, autoAcceptAt, moneyEffect, nextActions, type OrderAction, type OrderKind, type OrderState, type Party, transition } from './domain.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY_MS = 86_400_000;
export const MESSAGE_MAX = 5000;
export const ANSWER_MAX = 2000;


export interface OrderEvent {
  kind: string;
  actor: 'client' | 'freelancer' | 'system';
  message: string | null;
  at: Date;
}

export interface OrderView {
  id: string;
  number: string;
  kind: 'gig' | 'milestone' | 'hourly_week';
  title: string;
  packageName: string;
  gigSlug: string | null;
  contract: { id: string; title: string } | null;
  /** An hourly week: when it ends; what was billed (null until then). */
  weekEndsAt: Date | null;
  billed: Money | null;
  client: { id: string; displayName: string; handle: string };
  freelancer: { id: string; displayName: string; handle: string };
  state: OrderState;
  fees: FeeBreakdown;
  deliveryDays: number | null;
  revisionsIncluded: number;
  revisionsUsed: number;
  answers: { question: string; answer: string }[];
  cancelRequestedBy: 'client' | 'freelancer' | null;
  paidAt: Date | null;
  dueAt: Date | null;
  deliveredAt: Date | null;
  autoAcceptAt: Date | null;
  completedAt: Date | null;
  cancelledAt: Date | null;
  holdUntil: Date | null;
  clearedAt: Date | null;
  createdAt: Date;
  events: OrderEvent[];
  /** The viewer's side, and what they can do now. */
  viewerSide: 'client' | 'freelancer';
  actions: OrderAction[];
}

// --- Input ---------------------------------------------------------------------------------------

export const placeOrderInput = z.object({
  gig: z.string({ error: 'field.required' }).min(1, 'field.required').max(100, 'field.invalid'),
  package: z.coerce.number({ error: 'field.choose' }).int('field.choose').min(1, 'field.choose').max(3, 'field.choose'),
  answers: z.array(multiLine(ANSWER_MAX)).max(10, 'field.invalid').default([]),
});

export const messageInput = z.object({ message: multiLine(MESSAGE_MAX).default('') });
export const requiredMessageInput = z.object({ message: multiLine(MESSAGE_MAX, 1) });

/** An idempotency key from a form's hidden field or the Idempotency-Key header. */
export function idempotencyKey(raw: string | undefined | null): string {
  const key = (raw ?? '').trim();
  if (!IDEMPOTENCY_KEY.test(key)) throw new AppError('validation.failed', {}, { idempotency_key: { key: 'field.idempotency_key' } });
  return key;
}

/** A fresh key for a form that moves money: a double submit or a refresh then applies once. */
export const newIdempotencyKey = (): string => randomUUID();

// --- Reading -------------------------------------------------------------------------------------

function orderQuery(db: Executor) {
  return db
    .selectFrom('orders as o')
    .innerJoin('users as c', 'c.id', 'o.client_id')
    .innerJoin('users as f', 'f.id', 'o.freelancer_id')
    .leftJoin('gigs as g', 'g.id', 'o.gig_id')
    .leftJoin('contracts as k', 'k.id', 'o.contract_id')
    .selectAll('o')
    .select(['c.display_name as client_name', 'c.handle as client_handle', 'f.display_name as freelancer_name', 'f.handle as freelancer_handle', 'g.slug as gig_slug', 'k.title as contract_title']);
}

type OrderRow = Awaited<ReturnType<ReturnType<typeof orderQuery>['executeTakeFirstOrThrow']>>;

/** The order's amounts; for a billed hourly week, those of what was billed. */
function feesOf(r: { price_minor: string; client_fee_minor: string; freelancer_fee_minor: string; currency: Currency; billed_minor?: string | null }): FeeBreakdown {
  const c = r.currency;
  const price = BigInt(r.billed_minor ?? r.price_minor);
  const clientFee = BigInt(r.client_fee_minor);
  const freelancerFee = BigInt(r.freelancer_fee_minor);
  return {
    price: money(price, c),
    clientFee: money(clientFee, c),
    freelancerFee: money(freelancerFee, c),
    clientPays: money(price + clientFee, c),
    freelancerReceives: money(price - freelancerFee, c),
    hunarKeeps: money(clientFee + freelancerFee, c),
  };
}

const sideOf = (r: { client_id: string; freelancer_id: string }, userId: string): 'client' | 'freelancer' | null =>
  r.client_id === userId ? 'client' : r.freelancer_id === userId ? 'freelancer' : null;

async function loadOrder(db: Executor, id: string, viewerId: string): Promise<OrderView | null> {
  if (!UUID.test(id)) return null;
  const r = await orderQuery(db).where('o.id', '=', id).executeTakeFirst();
  if (!r) return null;
  const side = sideOf(r, viewerId);
  if (!side) return null;
  const events = await db.selectFrom('order_events').select(['kind', 'actor_id', 'message', 'created_at']).where('order_id', '=', id).orderBy('id').execute();
  return toView(r, side, events);
}

function toView(r: OrderRow, side: 'client' | 'freelancer', events: { kind: string; actor_id: string | null; message: string | null; created_at: Date }[]): OrderView {
  const facts = { state: r.state, revisionsIncluded: r.revisions_included, revisionsUsed: r.revisions_used };
  const actions = nextActions(facts, side).filter((a) => actionFits(r.kind, a) && !(a === 'agree_cancel' && r.cancel_requested_by === side));
  return {
    id: r.id,
    number: String(r.number),
    kind: r.kind,
    title: r.title,
    packageName: r.package_name,
    gigSlug: r.gig_slug,
    contract: r.contract_id ? { id: r.contract_id, title: r.contract_title ?? r.title } : null,
    weekEndsAt: r.week_ends_at,
    billed: r.billed_minor === null ? null : money(BigInt(r.billed_minor), r.currency),
    client: { id: r.client_id, displayName: r.client_name, handle: String(r.client_handle) },
    freelancer: { id: r.freelancer_id, displayName: r.freelancer_name, handle: String(r.freelancer_handle) },
    state: r.state,
    fees: feesOf(r),
    deliveryDays: r.delivery_days,
    revisionsIncluded: r.revisions_included,
    revisionsUsed: r.revisions_used,
    answers: r.answers,
    cancelRequestedBy: r.cancel_requested_by,
    paidAt: r.paid_at,
    dueAt: r.due_at,
    deliveredAt: r.delivered_at,
    autoAcceptAt: r.auto_accept_at,
    completedAt: r.completed_at,
    cancelledAt: r.cancelled_at,
    holdUntil: r.hold_until,
    clearedAt: r.cleared_at,
    createdAt: r.created_at,
    events: events.map((e) => ({ kind: e.kind, actor: e.actor_id === null ? 'system' : e.actor_id === r.client_id ? 'client' : 'freelancer', message: e.message, at: e.created_at })),
    viewerSide: side,
    actions,
  };
}

/** One order, for its client or its freelancer; anyone else gets not_found. */
export async function getOrder(deps: Deps, actorIn: Actor | null, id: string): Promise<OrderView> {
  const actor = requireActor(actorIn);
  const order = await loadOrder(deps.db, id, actor.userId);
  if (!order) throw new AppError('not_found');
  return order;
}

export interface OrderSummary {
  id: string;
  number: string;
  title: string;
  state: OrderState;
  side: 'client' | 'freelancer';
  otherParty: string;
  amount: Money;
  dueAt: Date | null;
  autoAcceptAt: Date | null;
  createdAt: Date;
}

/** The actor's orders, as client and as freelancer, newest first. */
export async function listMyOrders(deps: Deps, actorIn: Actor | null): Promise<OrderSummary[]> {
  const actor = requireActor(actorIn);
  const rows = await deps.db
    .selectFrom('orders as o')
    .innerJoin('users as c', 'c.id', 'o.client_id')
    .innerJoin('users as f', 'f.id', 'o.freelancer_id')
    .select([
      'o.id',
      'o.number',
      'o.title',
      'o.state',
      'o.client_id',
      'o.freelancer_id',
      'o.currency',
      'o.price_minor',
      'o.client_fee_minor',
      'o.freelancer_fee_minor',
      'o.due_at',
      'o.auto_accept_at',
      'o.created_at',
      'c.display_name as client_name',
      'f.display_name as freelancer_name',
    ])
    .where((eb) => eb.or([eb('o.client_id', '=', actor.userId), eb('o.freelancer_id', '=', actor.userId)]))
    .orderBy('o.created_at', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => {
    const side = r.client_id === actor.userId ? 'client' : 'freelancer';
    const fees = feesOf(r);
    return {
      id: r.id,
      number: String(r.number),
      title: r.title,
      state: r.state,
      side,
      otherParty: side === 'client' ? r.freelancer_name : r.client_name,
      amount: side === 'client' ? fees.clientPays : fees.freelancerReceives,
      dueAt: r.due_at,
      autoAcceptAt: r.auto_accept_at,
      createdAt: r.created_at,
    };
  });
}

// --- Writing -------------------------------------------------------------------------------------

/** An order's event, as a statement (to run now, or alongside a ledger write: see post()). */
const eventInsert = (tx: Executor, deps: Deps, orderId: string, kind: string, actorId: string | null, message: string | null = null) =>
  tx.insertInto('order_events').values({ order_id: orderId, kind, actor_id: actorId, message: message || null, created_at: deps.clock.now() });

async function event(tx: Executor, deps: Deps, orderId: string, kind: string, actorId: string | null, message: string | null = null) {
  await eventInsert(tx, deps, orderId, kind, actorId, message).execute();
}

async function lockOrder(tx: Tx, id: string, actor: Actor) {
  if (!UUID.test(id)) throw new AppError('not_found');
  const row = await tx.selectFrom('orders').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return ownOrder(row, actor);
}

function ownOrder<R extends { client_id: string; freelancer_id: string }>(row: R | undefined, actor: Actor) {
  if (!row) throw new AppError('not_found');
  const side = sideOf(row, actor.userId);
  if (!side) throw new AppError('not_found');
  return { row, side };
}

/**
 * claimKey() and lockOrder() in one round trip: the idempotency key's lock and look-up
 * (ledger_claim_key, 0027_ledger_claim_key.ts), then the order's row lock. The LATERAL reference to
 * `claimed` makes PostgreSQL take the key's lock before the row's, as every money request does. The
 * row lock reads the order's latest version even when the statement waited for it. `seen` is the
 * first answer when the same request was applied before; the key's conflict (409) comes before the
 * order's checks.
 */
async function claimKeyAndLockOrder(tx: Tx, key: string, fingerprint: string, id: string, actor: Actor) {
  if (!UUID.test(id)) throw new AppError('not_found');
  const { rows } = await sql<ClaimedOrderRow>`
    SELECT k.id AS claim_id, k.fingerprint AS claim_fingerprint, k.result AS claim_result, ${sql.join(MONEY_STEP_COLUMNS.map((c) => sql.ref(`o.${c}`)))}
    FROM ledger_claim_key(${key}) AS k
    LEFT JOIN LATERAL (SELECT * FROM orders WHERE orders.id = ${id} AND k.claimed FOR UPDATE) AS o ON true`.execute(tx);
  const { claim_id, claim_fingerprint, claim_result, ...order } = rows[0]!;
  const seen = settleClaim({ id: claim_id, fingerprint: claim_fingerprint, result: claim_result }, fingerprint);
  if (seen) return { seen, row: null, side: null } as const;
  const { row, side } = ownOrder(order.id === null ? undefined : (order as MoneyStepOrder), actor);
  return { seen: null, row, side } as const;
}

/**
 * What paying and accepting read of the order they lock: the rules' inputs and the amounts, not the
 * title, the answers or the ten timestamps, each of which the driver would parse on every request.
 */
const MONEY_STEP_COLUMNS = ['id', 'number', 'kind', 'state', 'client_id', 'freelancer_id', 'currency', 'price_minor', 'client_fee_minor', 'freelancer_fee_minor', 'billed_minor', 'delivery_days', 'revisions_included', 'revisions_used'] as const;
type MoneyStepOrder = Pick<Selectable<OrdersTable>, (typeof MONEY_STEP_COLUMNS)[number]>;
type ClaimedOrderRow = { claim_id: string | null; claim_fingerprint: string | null; claim_result: unknown } & { [K in keyof MoneyStepOrder]: MoneyStepOrder[K] | null };

function step(row: { kind: OrderKind; state: OrderState; revisions_included: number; revisions_used: number }, action: OrderAction, by: Party): OrderState {
  if (!actionFits(row.kind, action)) throw new AppError('order.invalid_transition');
  const r = transition({ state: row.state, revisionsIncluded: row.revisions_included, revisionsUsed: row.revisions_used }, action, by);
  if (!r.ok) throw new AppError(r.code);
  return r.to;
}

const escrow = (orderId: string, currency: Currency): AccountRef => ({ kind: 'escrow', refId: orderId, currency });

/**
 * Places an order for a package of a published gig, with the answers to its questions. Nothing is
 * paid yet: the order waits for payment, showing the full price with fees.
 */
export async function placeGigOrder(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<{ id: string }> {
  const actor = requireActor(actorIn);
  if (!actor.emailVerified) throw new AppError('auth.email_unverified');
  const input = parseWith(placeOrderInput, raw);
  const gig = await getPublicGig(deps, actor, input.gig);
  if (gig.status !== 'published') throw new AppError('order.gig_unavailable');
  if (gig.seller.id === actor.userId) throw new AppError('order.own_gig');
  const pkg = gig.packages[input.package - 1];
  const price = pkg?.price;
  if (!pkg || !price) throw new AppError('validation.failed', {}, { package: { key: 'field.choose' } });
  const fields: Record<string, { key: string }> = {};
  const answers = gig.questions.map((q, i) => {
    const answer = (input.answers[i] ?? '').trim();
    if (q.required && answer === '') fields[`answers.${i}`] = { key: 'field.required' };
    return { question: q.question, answer };
  });
  if (Object.keys(fields).length) throw new AppError('validation.failed', {}, fields);
  const fees = feesFor(price, feePolicy(deps));
  return deps.db.transaction().execute(async (tx) => {
    const now = deps.clock.now();
    const order = await tx
      .insertInto('orders')
      .values({
        kind: 'gig',
        client_id: actor.userId,
        freelancer_id: gig.seller.id,
        gig_id: gig.id,
        package_position: input.package,
        title: gig.title,
        package_name: pkg.name,
        currency: price.currency,
        price_minor: price.amount,
        client_fee_minor: fees.clientFee.amount,
        freelancer_fee_minor: fees.freelancerFee.amount,
        delivery_days: pkg.delivery_days,
        revisions_included: pkg.revisions,
        answers: JSON.stringify(answers),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await event(tx, deps, order.id, 'placed', actor.userId);
    return order;
  });
}

/**
 * Paying from the other currency (issue 16): `convert_from` names the wallet to convert from when
 * the order's own currency falls short; `expected_rate` (rupees per US dollar, as shown) and
 * `convert_amount` (what the page offered to convert) make the payment refuse, changing nothing,
 * when the rate or the sum to convert is no longer what the client saw.
 */
export const payOrderInput = z.object({
  convert_from: currencySchema.optional().describe('Pay the part your balance in the order’s currency lacks by converting from this currency first, in the same step'),
  expected_rate: z.string().max(30, 'field.invalid').optional().describe('Rupees per US dollar as you were shown it, e.g. "280.91": refused with fx.rate_changed if the rate in force differs'),
  convert_amount: moneyInput().optional().describe('The amount you were shown to convert: refused with order.convert_changed if it now differs'),
});
export type PayOrderInput = z.output<typeof payOrderInput>;

export interface PayConversion {
  from: Money;
  to: Money;
  /** Rupees per US dollar, as people read it, and the fx_rates row it comes from. */
  rate: CurrentRate;
}

export interface PaymentPlan {
  /** What the client has in the order's currency, and what that leaves to find. */
  balance: Money;
  shortfall: Money;
  /** What the client has in the other currency. */
  otherBalance: Money;
  /** Converting enough of the other currency to cover the shortfall, when the client has that much; else null. */
  convert: PayConversion | null;
}

/** How the client could pay this order now: from the balance, or by converting the rest first. */
export async function paymentPlan(deps: Deps, order: OrderView): Promise<PaymentPlan> {
  return planPayment(deps.db, order.client.id, order.fees.clientPays);
}

async function planPayment(db: Executor, clientId: string, clientPays: Money): Promise<PaymentPlan> {
  const currency = clientPays.currency;
  const other: Currency = currency === 'PKR' ? 'USD' : 'PKR';
  const [have, otherHave] = await Promise.all([balanceOf(db, { kind: 'client_wallet', ownerId: clientId, currency }), balanceOf(db, { kind: 'client_wallet', ownerId: clientId, currency: other })]);
  const need = clientPays.amount - have;
  const shortfall = money(need > 0n ? need : 0n, currency);
  let convert: PayConversion | null = null;
  if (shortfall.amount > 0n && otherHave > 0n) {
    const rate = await currentRate(db, other, currency);
    const cover = amountToCover(shortfall, other, rate);
    if (cover.from.amount <= otherHave) convert = { ...cover, rate };
  }
  return { balance: money(have, currency), shortfall, otherBalance: money(otherHave, other), convert };
}

/**
 * The client pays the order into its escrow from their Hunar balance. Not enough balance is a 409
 * (ledger.insufficient_funds) and changes nothing; the page then offers a top-up of the shortfall,
 * or, when their balance in the other currency covers it, to convert and pay in one step: with
 * `convert_from`, the missing part is converted first (src/fx convertWithin: a ledger transaction
 * through the FX account at the rate in force) and the escrow funded, in one database transaction.
 * The same key replays the first answer; the conversion's own key is derived from the order, which
 * is paid once.
 */
export async function payOrder(deps: Deps, actorIn: Actor | null, id: string, key: string, raw: unknown = {}): Promise<PaidOrder> {
  const actor = requireActor(actorIn);
  const k = idempotencyKey(key);
  const input = parseWith(payOrderInput, raw ?? {});
  // Paying as before keeps its fingerprint; converting is a different request for the same key.
  const fingerprint = requestFingerprint(actor.userId, 'order.pay', input.convert_from ? { order: id, convert_from: input.convert_from } : { order: id });
  return deps.db.transaction().execute(async (tx) => {
    const { seen, row, side } = await claimKeyAndLockOrder(tx, k, fingerprint, id, actor);
    if (seen) return { conversion: null, ...(seen.result as Omit<PaidOrder, 'conversion'>) } as PaidOrder;
    const to = step(row, 'pay', side);
    const fees = feesOf(row);
    let conversion: PaidOrder['conversion'] = null;
    if (input.convert_from && input.convert_from !== row.currency) {
      const plan = await planPayment(tx, row.client_id, fees.clientPays);
      if (plan.shortfall.amount > 0n) {
        const rate = await currentRate(tx, input.convert_from, row.currency);
        if (input.expected_rate !== undefined && input.expected_rate.trim() !== rate.quoted) throw new AppError('fx.rate_changed');
        const cover = amountToCover(plan.shortfall, input.convert_from, rate);
        if (input.convert_amount && (input.convert_amount.currency !== cover.from.currency || input.convert_amount.amount !== cover.from.amount)) throw new AppError('order.convert_changed');
        const done = await convertWithin(tx, deps, actor, { from: moneyToJson(cover.from), to: row.currency }, `order:${row.id}:pay-convert`, (q) => {
          if (q.rate.quoted !== rate.quoted) throw new AppError('fx.rate_changed');
        });
        conversion = { from: moneyToJson(done.from), to: moneyToJson(done.to), rate: done.rate.quoted, ledger_transaction: done.transactionId };
      }
    }
    const now = deps.clock.now();
    const paid = tx
      .updateTable('orders')
      .set({
        state: to,
        paid_at: now,
        due_at: row.delivery_days ? new Date(now.getTime() + row.delivery_days * DAY_MS) : null,
        // An hourly week runs seven days from its funding, then is billed for the hours logged.
        ...(row.kind === 'hourly_week' ? { week_ends_at: new Date(now.getTime() + 7 * DAY_MS) } : {}),
        updated_at: now,
      })
      .where('id', '=', row.id);
    const result: PaidOrder = { id: row.id, state: to, conversion };
    // The new state, its event and the money in one round trip.
    await post(
      tx,
      deps,
      {
        kind: 'escrow_fund',
        key: k,
        fingerprint,
        actorId: actor.userId,
        reason: `Order HNR-${row.number}: paid into escrow`,
        legs: [{ from: { kind: 'client_wallet', ownerId: row.client_id, currency: row.currency }, to: escrow(row.id, row.currency), amount: fees.clientPays }],
        result,
      },
      [paid, eventInsert(tx, deps, row.id, 'paid', actor.userId)],
    );
    return result;
  });
}

export interface PaidOrder {
  id: string;
  state: OrderState;
  /** When paid from the other currency: what was converted, at which rate (rupees per dollar), in which ledger transaction. */
  conversion: { from: { amount: string; currency: Currency }; to: { amount: string; currency: Currency }; rate: string; ledger_transaction: string } | null;
}


/** The freelancer delivers (again, after a revision request), with a message. */
export async function deliverOrder(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<OrderView> {
  const actor = requireActor(actorIn);
  const { message } = parseWith(requiredMessageInput, raw);
  await deps.db.transaction().execute(async (tx) => {
    const { row, side } = await lockOrder(tx, id, actor);
    const to = step(row, 'deliver', side);
    const now = deps.clock.now();
    await tx
      .updateTable('orders')
      .set({ state: to, delivered_at: now, auto_accept_at: autoAcceptAt(now, deps.config.ORDER_AUTO_ACCEPT_DAYS), updated_at: now })
      .where('id', '=', row.id)
      .execute();
    await event(tx, deps, row.id, 'delivered', actor.userId, message);
  });
  return getOrder(deps, actor, id);
}

/** The client asks for a revision (while the package's revisions last), saying what to change. */
export async function requestRevision(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<OrderView> {
  const actor = requireActor(actorIn);
  const { message } = parseWith(requiredMessageInput, raw);
  await deps.db.transaction().execute(async (tx) => {
    const { row, side } = await lockOrder(tx, id, actor);
    const to = step(row, 'request_revision', side);
    await tx
      .updateTable('orders')
      .set({ state: to, revisions_used: row.revisions_used + 1, auto_accept_at: null, updated_at: deps.clock.now() })
      .where('id', '=', row.id)
      .execute();
    await event(tx, deps, row.id, 'revision_requested', actor.userId, message);
  });
  return getOrder(deps, actor, id);
}

/** Completes an order: escrow to the freelancer's pending earnings and Hunar's fee, in one transaction. */
async function complete(tx: Tx, deps: Deps, row: { id: string; number: string; currency: Currency; freelancer_id: string; price_minor: string; client_fee_minor: string; freelancer_fee_minor: string }, by: { actorId: string | null; key: string; fingerprint: string; kind: 'accepted' | 'auto_accepted' }) {
  const fees = feesOf(row);
  const now = deps.clock.now();
  const completed = tx
    .updateTable('orders')
    .set({ state: 'completed', completed_at: now, auto_accept_at: null, hold_until: new Date(now.getTime() + deps.config.FUNDS_HOLD_DAYS * DAY_MS), updated_at: now })
    .where('id', '=', row.id);
  const legs: Leg[] = [{ from: escrow(row.id, row.currency), to: { kind: 'freelancer_pending', ownerId: row.freelancer_id, currency: row.currency }, amount: fees.freelancerReceives }];
  if (fees.hunarKeeps.amount > 0n) legs.push({ from: escrow(row.id, row.currency), to: revenueAccount(row.currency, row.id), amount: fees.hunarKeeps });
  const result = { id: row.id, state: 'completed' as const };
  // The new state, its event and the money in one round trip.
  await post(
    tx,
    deps,
    { kind: 'escrow_release', key: by.key, fingerprint: by.fingerprint, actorId: by.actorId, reason: `Order HNR-${row.number}: ${by.kind}; escrow released with Hunar's fee`, legs, result },
    [completed, eventInsert(tx, deps, row.id, by.kind, by.actorId)],
  );
  return result;
}

/** The client accepts the delivery: the freelancer is paid (into pending) and Hunar keeps its fee. */
export async function acceptOrder(deps: Deps, actorIn: Actor | null, id: string, key: string): Promise<{ id: string; state: OrderState }> {
  const actor = requireActor(actorIn);
  const k = idempotencyKey(key);
  const fingerprint = requestFingerprint(actor.userId, 'order.accept', { order: id });
  return deps.db.transaction().execute(async (tx) => {
    const { seen, row, side } = await claimKeyAndLockOrder(tx, k, fingerprint, id, actor);
    if (seen) return seen.result as { id: string; state: OrderState };
    step(row, 'accept', side);
    return complete(tx, deps, row, { actorId: actor.userId, key: k, fingerprint, kind: 'accepted' });
  });
}

/**
 * Cancelling. Before payment the client cancels alone. Once paid, it takes both sides: the first to
 * ask waits for the other; when the other agrees, the whole payment goes back to the client's balance.
 */
export async function cancelOrder(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<OrderView> {
  const actor = requireActor(actorIn);
  const { message } = parseWith(messageInput, raw);
  await deps.db.transaction().execute(async (tx) => {
    const { row, side } = await lockOrder(tx, id, actor);
    const now = deps.clock.now();
    if (row.state === 'awaiting_payment') {
      const to = step(row, 'cancel', side);
      await tx.updateTable('orders').set({ state: to, cancelled_at: now, updated_at: now }).where('id', '=', row.id).execute();
      await event(tx, deps, row.id, 'cancelled', actor.userId, message);
      return;
    }
    const to = step(row, 'agree_cancel', side);
    if (row.cancel_requested_by === null || row.cancel_requested_by === side) {
      if (row.cancel_requested_by === side) throw new AppError('order.cancel_already_asked');
      await tx.updateTable('orders').set({ cancel_requested_by: side, updated_at: now }).where('id', '=', row.id).execute();
      await event(tx, deps, row.id, 'cancel_requested', actor.userId, message);
      return;
    }
    // The other side asked; this one agrees: refund in full.
    await tx.updateTable('orders').set({ state: to, cancelled_at: now, auto_accept_at: null, cancel_requested_by: null, updated_at: now }).where('id', '=', row.id).execute();
    await event(tx, deps, row.id, 'cancelled', actor.userId, message);
    if (moneyEffect(row.state, to) === 'refund') {
      const fees = feesOf(row);
      await post(tx, deps, {
        kind: 'escrow_refund',
        key: `order:${row.id}:refund`,
        fingerprint: requestFingerprint('system', 'order.refund', { order: row.id }),
        actorId: actor.userId,
        reason: `Order HNR-${row.number}: cancelled by agreement; refunded to the client`,
        legs: [{ from: escrow(row.id, row.currency), to: { kind: 'client_wallet', ownerId: row.client_id, currency: row.currency }, amount: fees.clientPays }],
      });
    }
  });
  return getOrder(deps, actor, id);
}

/** Either side opens a dispute: the order and its money are frozen until an admin settles it. */
export async function disputeOrder(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<OrderView> {
  const actor = requireActor(actorIn);
  const { message } = parseWith(requiredMessageInput, raw);
  await deps.db.transaction().execute(async (tx) => {
    const { row, side } = await lockOrder(tx, id, actor);
    const to = step(row, 'dispute', side);
    await tx.updateTable('orders').set({ state: to, auto_accept_at: null, updated_at: deps.clock.now() }).where('id', '=', row.id).execute();
    await event(tx, deps, row.id, 'disputed', actor.userId, message);
  });
  return getOrder(deps, actor, id);
}

/**
 * The queue's sweep (every minute, one app process at a time): accepts deliveries nobody answered
 * in time, and moves earnings whose hold has passed from pending to available. Each order is its own
 * transaction with a key derived from the order, so a sweep that runs twice moves money once.
 */
export async function sweepOrders(deps: Deps, limit = 100): Promise<{ autoAccepted: number; cleared: number; weeksBilled: number }> {
  const now = deps.clock.now();
  const weeksBilled = await billEndedWeeks(deps, limit);
  let autoAccepted = 0;
  let cleared = 0;
  const due = await deps.db.selectFrom('orders').select('id').where('state', '=', 'delivered').where('auto_accept_at', '<=', now).orderBy('auto_accept_at').limit(limit).execute();
  for (const { id } of due) {
    const done = await deps.db.transaction().execute(async (tx) => {
      const row = await tx.selectFrom('orders').selectAll().where('id', '=', id).forUpdate().skipLocked().executeTakeFirst();
      if (row?.state !== 'delivered' || !row.auto_accept_at || row.auto_accept_at > now) return false;
      step(row, 'auto_accept', 'system');
      await complete(tx, deps, row, { actorId: null, key: `order:${row.id}:auto-accept`, fingerprint: requestFingerprint('system', 'order.auto_accept', { order: row.id }), kind: 'auto_accepted' });
      return true;
    });
    if (done) autoAccepted++;
  }
  const holds = await deps.db.selectFrom('orders').select('id').where('state', '=', 'completed').where('cleared_at', 'is', null).where('hold_until', '<=', now).orderBy('hold_until').limit(limit).execute();
  for (const { id } of holds) {
    const done = await deps.db.transaction().execute(async (tx) => {
      const row = await tx.selectFrom('orders').selectAll().where('id', '=', id).forUpdate().skipLocked().executeTakeFirst();
      if (!row || row.cleared_at || !row.hold_until || row.hold_until > now) return false;
      await tx.updateTable('orders').set({ cleared_at: now, updated_at: now }).where('id', '=', row.id).execute();
      await event(tx, deps, row.id, 'funds_cleared', null);
      const fees = feesOf(row);
      await post(tx, deps, {
        kind: 'hold_clear',
        key: `order:${row.id}:hold-clear`,
        fingerprint: requestFingerprint('system', 'order.hold_clear', { order: row.id }),
        actorId: null,
        reason: `Order HNR-${row.number}: hold ended; earnings available`,
        legs: [
          { from: { kind: 'freelancer_pending', ownerId: row.freelancer_id, currency: row.currency }, to: { kind: 'freelancer_available', ownerId: row.freelancer_id, currency: row.currency }, amount: fees.freelancerReceives },
        ],
      });
      return true;
    });
    if (done) cleared++;
  }
  return { autoAccepted, cleared, weeksBilled };
}

export const ORDERS_SWEEP_JOB = 'orders.sweep';

/** For pages: the order number as people say it. */
export const orderNumber = (n: string) => `HNR-${n}`;
