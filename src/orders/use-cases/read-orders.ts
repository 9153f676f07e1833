// Reading orders: one order with its events and what the viewer can do next, for its client or its
// freelancer only, and the list of the actor's orders on both sides.
import type { Executor } from '../../db/pool.ts';
import type { FeeBreakdown } from '../../fees/domain.ts';
import { type Actor, requireActor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { type Money, money } from '../../platform/money.ts';
import { actionFits, nextActions, type OrderAction, type OrderState } from '../domain.ts';
import { feesOf, sideOf, type StepFile, stepFilesOf, UUID } from './order-row.ts';

export interface OrderEvent {
  kind: string;
  /** An admin acts on an order only to decide its dispute. */
  actor: 'client' | 'freelancer' | 'system' | 'admin';
  message: string | null;
  at: Date;
  /** A delivery's files (empty for every other event). */
  files: StepFile[];
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
  /** Its dispute, once one was opened (src/disputes). */
  disputeId: string | null;
  /** The viewer's side, and what they can do now. */
  viewerSide: 'client' | 'freelancer';
  actions: OrderAction[];
}

function orderQuery(db: Executor) {
  return db
    .selectFrom('orders as o')
    .innerJoin('users as c', 'c.id', 'o.client_id')
    .innerJoin('users as f', 'f.id', 'o.freelancer_id')
    .leftJoin('gigs as g', 'g.id', 'o.gig_id')
    .leftJoin('contracts as k', 'k.id', 'o.contract_id')
    .selectAll('o')
    .select((eb) => eb.selectFrom('disputes as d').select('d.id').whereRef('d.order_id', '=', 'o.id').as('dispute_id'))
    .select(['c.display_name as client_name', 'c.handle as client_handle', 'f.display_name as freelancer_name', 'f.handle as freelancer_handle', 'g.slug as gig_slug', 'k.title as contract_title']);
}

type OrderRow = Awaited<ReturnType<ReturnType<typeof orderQuery>['executeTakeFirstOrThrow']>>;

async function loadOrder(db: Executor, id: string, viewerId: string): Promise<OrderView | null> {
  if (!UUID.test(id)) return null;
  const r = await orderQuery(db).where('o.id', '=', id).executeTakeFirst();
  if (!r) return null;
  const side = sideOf(r, viewerId);
  if (!side) return null;
  return toView(r, side, await eventsOf(db, r.id));
}

type EventRow = { kind: string; actor_id: string | null; message: string | null; created_at: Date; files: StepFile[] };

/** An order's events, oldest first, each with its files. */
export async function eventsOf(db: Executor, orderId: string): Promise<EventRow[]> {
  const rows = await db.selectFrom('order_events').select(['id', 'kind', 'actor_id', 'message', 'created_at']).where('order_id', '=', orderId).orderBy('id').execute();
  const files = await stepFilesOf(
    db,
    'order_event_id',
    rows.filter((e) => e.kind === 'delivered').map((e) => String(e.id)),
  );
  return rows.map((e) => ({ ...e, files: files.get(String(e.id)) ?? [] }));
}

/** Who took a step, as the order's parties see it. */
export const actorOf = (r: { client_id: string; freelancer_id: string }, actorId: string | null): OrderEvent['actor'] =>
  actorId === null ? 'system' : actorId === r.client_id ? 'client' : actorId === r.freelancer_id ? 'freelancer' : 'admin';

function toView(r: OrderRow, side: 'client' | 'freelancer', events: EventRow[]): OrderView {
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
    events: events.map((e) => ({ kind: e.kind, actor: actorOf(r, e.actor_id), message: e.message, at: e.created_at, files: e.files })),
    disputeId: r.dispute_id ?? null,
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

/** For pages: the order number as people say it. */
export const orderNumber = (n: string) => `HNR-${n}`;
