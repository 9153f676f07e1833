// Disputes (issue 18, docs/decisions/0051). Either party opens one on an order whose money is in
// escrow, with a reason, a description and evidence; the order goes to `disputed` and its money
// stays frozen. While it is open, both parties add statements with files. An admin reads the whole
// record and decides: release to the freelancer, refund the client, or split by amount; the
// decision is one ledger transaction (fees as the fee policy says for the released part, domain.ts),
// recorded on the dispute with the admin and the reason, audited, and told to both parties.
//
// Who may: the order's two parties open, read and add statements (everyone else: not_found, as
// for the order itself); admins read every dispute and decide one, never their own order's.
import { sql } from 'kysely';
import { z } from 'zod';
import type { Executor } from '../db/pool.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { type Leg, post, revenueAccount } from '../ledger/service.ts';
import { storeAll, type Upload } from '../media/service.ts';
import { notify } from '../notifications/notify.ts';
import { type Actor, requireActor, requireAdmin } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import { type Currency, type Money, money, moneyInput, toMajorString } from '../platform/money.ts';
import type { OrderState } from '../orders/domain.ts';
import { DAY_MS, escrow, feesOf, insertStepFiles, lockOrder, prepareStepFiles, type StepFile, stepFilesOf, step, UUID } from '../orders/use-cases/order-row.ts';
import { actorOf, eventsOf, getOrder, type OrderEvent, orderNumber, type OrderView } from '../orders/use-cases/read-orders.ts';
import { orderParams, publishState } from '../orders/use-cases/progress-order.ts';
import { decisionInput, type DisputeOutcome, type DisputeReason, freelancerShare, openDisputeInput, SETTLE_ACTION, type Settlement, settle, splitAmountProblem, statementInput } from './domain.ts';

export interface DisputeStatement {
  side: 'client' | 'freelancer';
  authorName: string;
  body: string;
  at: Date;
  files: StepFile[];
}

export interface DisputeDecision {
  outcome: DisputeOutcome;
  /** Of the price, what the freelancer was given; and how the escrow was divided. */
  freelancerAmount: Money;
  freelancerReceives: Money;
  hunarKeeps: Money;
  clientRefund: Money;
  reason: string;
  decidedAt: Date;
}

export interface DisputeView {
  id: string;
  orderId: string;
  orderNumber: string;
  orderTitle: string;
  status: 'open' | 'decided';
  reason: DisputeReason;
  openedBy: 'client' | 'freelancer';
  openedAt: Date;
  statements: DisputeStatement[];
  decision: DisputeDecision | null;
  /** Who is reading: one of the parties, or an admin. */
  viewer: 'client' | 'freelancer' | 'admin';
  canAddStatement: boolean;
}

const disputeQuery = (db: Executor) =>
  db
    .selectFrom('disputes as d')
    .innerJoin('orders as o', 'o.id', 'd.order_id')
    .leftJoin('ledger_transactions as lt', 'lt.id', 'd.ledger_transaction_id')
    .select(['d.id', 'd.order_id', 'd.status', 'd.reason', 'd.opened_by_side', 'd.opened_at', 'd.outcome', 'd.freelancer_amount_minor', 'd.decision_reason', 'd.decided_at', 'lt.result as settlement'])
    .select(['o.number', 'o.title', 'o.client_id', 'o.freelancer_id', 'o.currency']);

type DisputeRow = NonNullable<Awaited<ReturnType<ReturnType<typeof disputeQuery>['executeTakeFirst']>>>;

/** The settlement as stored with its ledger transaction (minor units as strings). */
type StoredSettlement = { freelancer_receives: string; hunar_keeps: string; client_refund: string };

async function toView(db: Executor, d: DisputeRow, viewer: DisputeView['viewer']): Promise<DisputeView> {
  const rows = await db
    .selectFrom('dispute_statements as s')
    .innerJoin('users as u', 'u.id', 's.author_id')
    .select(['s.id', 's.side', 's.body', 's.created_at', 'u.display_name'])
    .where('s.dispute_id', '=', d.id)
    .orderBy('s.created_at')
    .orderBy('s.id')
    .execute();
  const files = await stepFilesOf(
    db,
    'dispute_statement_id',
    rows.map((r) => r.id),
  );
  const c: Currency = d.currency;
  const stored = d.settlement as StoredSettlement | null;
  return {
    id: d.id,
    orderId: d.order_id,
    orderNumber: String(d.number),
    orderTitle: d.title,
    status: d.status,
    reason: d.reason,
    openedBy: d.opened_by_side,
    openedAt: d.opened_at,
    statements: rows.map((r) => ({ side: r.side, authorName: r.display_name, body: r.body, at: r.created_at, files: files.get(r.id) ?? [] })),
    decision:
      d.status === 'decided' && d.outcome && stored
        ? {
            outcome: d.outcome,
            freelancerAmount: money(BigInt(d.freelancer_amount_minor ?? '0'), c),
            freelancerReceives: money(BigInt(stored.freelancer_receives), c),
            hunarKeeps: money(BigInt(stored.hunar_keeps), c),
            clientRefund: money(BigInt(stored.client_refund), c),
            reason: d.decision_reason ?? '',
            decidedAt: d.decided_at ?? d.opened_at,
          }
        : null,
    viewer,
    canAddStatement: d.status === 'open' && viewer !== 'admin',
  };
}

/** Who is reading this dispute, or null when they may not. */
function readerOf(d: { client_id: string; freelancer_id: string }, actor: Actor): DisputeView['viewer'] | null {
  if (actor.userId === d.client_id) return 'client';
  if (actor.userId === d.freelancer_id) return 'freelancer';
  return actor.isAdmin ? 'admin' : null;
}

/** One dispute, for the order's parties and admins; anyone else gets not_found. */
export async function getDispute(deps: Deps, actorIn: Actor | null, id: string): Promise<DisputeView> {
  const actor = requireActor(actorIn);
  if (!UUID.test(id)) throw new AppError('not_found');
  const d = await disputeQuery(deps.db).where('d.id', '=', id).executeTakeFirst();
  const viewer = d ? readerOf(d, actor) : null;
  if (!d || !viewer) throw new AppError('not_found');
  return toView(deps.db, d, viewer);
}

/** The order's dispute, if it has one, for the order page (the same rule: its parties and admins). */
export async function disputeOfOrder(deps: Deps, actorIn: Actor | null, orderId: string): Promise<DisputeView | null> {
  const actor = requireActor(actorIn);
  if (!UUID.test(orderId)) return null;
  const d = await disputeQuery(deps.db).where('d.order_id', '=', orderId).executeTakeFirst();
  const viewer = d ? readerOf(d, actor) : null;
  return d && viewer ? toView(deps.db, d, viewer) : null;
}

/**
 * Either party opens a dispute on an order whose money is in escrow (in progress, delivered or
 * revision requested), with a reason from the list, a description (the first statement) and up to
 * FILES_PER_STEP files of evidence. The order goes to `disputed`: its money stays in escrow and
 * auto-acceptance stops. The other party is told.
 */
export async function openDispute(deps: Deps, actorIn: Actor | null, orderId: string, raw: unknown, files: readonly Upload[] = []): Promise<OrderView> {
  const actor = requireActor(actorIn);
  // Someone else's order is not_found before their input is read.
  const before = await getOrder(deps, actor, orderId);
  const input = parseWith(openDisputeInput, raw);
  if (!before.actions.includes('dispute')) throw new AppError('order.invalid_transition');
  const prepared = await prepareStepFiles(files, 'dispute_evidence');
  await storeAll(deps, prepared, async (tx, keys) => {
    const { row, side } = await lockOrder(tx, orderId, actor);
    const to = step(row, 'dispute', side);
    const now = deps.clock.now();
    await tx.updateTable('orders').set({ state: to, auto_accept_at: null, updated_at: now }).where('id', '=', row.id).execute();
    await tx.insertInto('order_events').values({ order_id: row.id, kind: 'disputed', actor_id: actor.userId, message: input.message, created_at: now }).execute();
    const d = await tx
      .insertInto('disputes')
      .values({ order_id: row.id, opened_by: actor.userId, opened_by_side: side, reason: input.reason, opened_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const s = await tx
      .insertInto('dispute_statements')
      .values({ dispute_id: d.id, author_id: actor.userId, side, body: input.message, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertStepFiles(tx, deps, prepared, keys, actor.userId, { dispute_statement_id: s.id });
    const other = side === 'client' ? row.freelancer_id : row.client_id;
    await notify(deps, tx, { userId: other, kind: 'dispute_opened', params: { ...orderParams(row), by: actor.displayName }, link: `/orders/${row.id}#dispute` });
    await publishState(deps, tx, row, to);
  });
  return getOrder(deps, actor, orderId);
}

/** A party adds a statement (with up to FILES_PER_STEP files) while the dispute is open. */
export async function addStatement(deps: Deps, actorIn: Actor | null, disputeId: string, raw: unknown, files: readonly Upload[] = []): Promise<DisputeView> {
  const actor = requireActor(actorIn);
  const before = await getDispute(deps, actor, disputeId);
  if (before.viewer === 'admin') throw new AppError('not_found');
  const { message } = parseWith(statementInput, raw);
  if (before.status !== 'open') throw new AppError('dispute.closed');
  const prepared = await prepareStepFiles(files, 'dispute_evidence');
  await storeAll(deps, prepared, async (tx, keys) => {
    const d = await tx.selectFrom('disputes').select(['id', 'order_id', 'status']).where('id', '=', disputeId).forUpdate().executeTakeFirstOrThrow();
    if (d.status !== 'open') throw new AppError('dispute.closed');
    const side = before.viewer as 'client' | 'freelancer';
    const now = deps.clock.now();
    const s = await tx.insertInto('dispute_statements').values({ dispute_id: d.id, author_id: actor.userId, side, body: message, created_at: now }).returning('id').executeTakeFirstOrThrow();
    await insertStepFiles(tx, deps, prepared, keys, actor.userId, { dispute_statement_id: s.id });
    await tx.insertInto('order_events').values({ order_id: d.order_id, kind: 'dispute_statement', actor_id: actor.userId, message: null, created_at: now }).execute();
  });
  return getDispute(deps, actor, disputeId);
}

// --- Admins ---------------------------------------------------------------------------------------

export interface DisputeSummary {
  id: string;
  orderId: string;
  orderNumber: string;
  title: string;
  status: 'open' | 'decided';
  reason: DisputeReason;
  openedBy: 'client' | 'freelancer';
  clientName: string;
  freelancerName: string;
  price: Money;
  openedAt: Date;
  outcome: DisputeOutcome | null;
  decidedAt: Date | null;
}

/** Every dispute for admins: open ones first (oldest first, they have waited longest), then decided ones, newest first. */
export async function listDisputes(deps: Deps, actorIn: Actor | null): Promise<DisputeSummary[]> {
  requireAdmin(actorIn);
  const rows = await deps.db
    .selectFrom('disputes as d')
    .innerJoin('orders as o', 'o.id', 'd.order_id')
    .innerJoin('users as c', 'c.id', 'o.client_id')
    .innerJoin('users as f', 'f.id', 'o.freelancer_id')
    .select(['d.id', 'd.order_id', 'd.status', 'd.reason', 'd.opened_by_side', 'd.opened_at', 'd.outcome', 'd.decided_at', 'o.number', 'o.title', 'o.currency', 'o.price_minor'])
    .select(['c.display_name as client_name', 'f.display_name as freelancer_name'])
    .orderBy(sql`d.status = 'open'`, 'desc')
    .orderBy(sql`CASE WHEN d.status = 'open' THEN d.opened_at END`, 'asc')
    .orderBy('d.decided_at', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    orderId: r.order_id,
    orderNumber: String(r.number),
    title: r.title,
    status: r.status,
    reason: r.reason,
    openedBy: r.opened_by_side,
    clientName: r.client_name,
    freelancerName: r.freelancer_name,
    price: money(BigInt(r.price_minor), r.currency),
    openedAt: r.opened_at,
    outcome: r.outcome,
    decidedAt: r.decided_at,
  }));
}

export interface DisputeRecord {
  dispute: DisputeView;
  order: {
    id: string;
    number: string;
    kind: 'gig' | 'milestone' | 'hourly_week';
    title: string;
    state: OrderState;
    client: { id: string; displayName: string; handle: string };
    freelancer: { id: string; displayName: string; handle: string };
    contract: { id: string; title: string } | null;
    /** The order's price, and its fees while they are the ones the client paid (not after a split). */
    price: Money;
    clientFee: Money | null;
    freelancerFee: Money | null;
    /** What the client put into escrow (after a decision too, when the escrow is empty). */
    clientPaid: Money;
    /** What the order's escrow account holds now (its whole payment while the dispute is open). */
    inEscrow: Money;
    /** An hourly week: the minutes logged against it. */
    minutesLogged: number | null;
    events: OrderEvent[];
  };
}

/** The whole record an admin decides on: the dispute, the order and its money, its timeline with deliveries and their files. */
export async function disputeRecord(deps: Deps, actorIn: Actor | null, id: string): Promise<DisputeRecord> {
  requireAdmin(actorIn);
  const dispute = await getDispute(deps, actorIn, id);
  const o = await deps.db
    .selectFrom('orders as o')
    .innerJoin('users as c', 'c.id', 'o.client_id')
    .innerJoin('users as f', 'f.id', 'o.freelancer_id')
    .leftJoin('contracts as k', 'k.id', 'o.contract_id')
    .leftJoin('ledger_accounts as a', (j) => j.onRef('a.ref_id', '=', 'o.id').on('a.kind', '=', 'escrow').onRef('a.currency', '=', 'o.currency'))
    .selectAll('o')
    .select(['c.display_name as client_name', 'c.handle as client_handle', 'f.display_name as freelancer_name', 'f.handle as freelancer_handle', 'k.title as contract_title', 'a.balance as escrow_balance'])
    .select(sql<string>`(SELECT coalesce(sum(t.minutes), 0) FROM time_entries t WHERE t.order_id = o.id)`.as('minutes'))
    .where('o.id', '=', dispute.orderId)
    .executeTakeFirstOrThrow();
  const events = await eventsOf(deps.db, o.id);
  const fees = feesOf(o);
  // A split rewrites the order's amounts to the part paid (decision 0051). The record goes on saying
  // what was disputed: the price, and what the client paid in, which the settlement's parts add up to.
  const d = dispute.decision;
  const split = d?.outcome === 'split';
  const clientPaid = d ? money(d.freelancerReceives.amount + d.hunarKeeps.amount + d.clientRefund.amount, o.currency) : fees.clientPays;
  return {
    dispute,
    order: {
      id: o.id,
      number: String(o.number),
      kind: o.kind,
      title: o.title,
      state: o.state,
      client: { id: o.client_id, displayName: o.client_name, handle: String(o.client_handle) },
      freelancer: { id: o.freelancer_id, displayName: o.freelancer_name, handle: String(o.freelancer_handle) },
      contract: o.contract_id ? { id: o.contract_id, title: o.contract_title ?? o.title } : null,
      price: money(BigInt(o.price_minor), o.currency),
      clientFee: split ? null : fees.clientFee,
      freelancerFee: split ? null : fees.freelancerFee,
      clientPaid,
      inEscrow: money(BigInt(o.escrow_balance ?? '0'), o.currency),
      minutesLogged: o.kind === 'hourly_week' ? Number(o.minutes) : null,
      events: events.map((e) => ({ kind: e.kind, actor: actorOf(o, e.actor_id), message: e.message, at: e.created_at, files: e.files })),
    },
  };
}

export interface DecisionResult {
  id: string;
  status: 'decided';
  outcome: DisputeOutcome;
  orderId: string;
  orderState: OrderState;
  settlement: Settlement;
  ledgerTransaction: string;
}

/**
 * An admin decides an open dispute: release (the order completes as if accepted), refund (it is
 * cancelled and the client gets back all they paid) or split (the freelancer is given
 * `freelancer_amount` of the price, strictly between 0 and the price; the order completes for that
 * amount). One ledger transaction divides the escrow; the dispute records the admin, the reason and
 * the transaction; the audit log gets a row; both parties are told, with the reason.
 */
export async function decideDispute(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<DecisionResult> {
  const actor = requireAdmin(actorIn);
  if (!UUID.test(id)) throw new AppError('not_found');
  const input = parseWith(decisionInput, raw);
  return deps.db.transaction().execute(async (tx) => {
    const d = await tx.selectFrom('disputes').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!d) throw new AppError('not_found');
    if (d.status !== 'open') throw new AppError('dispute.already_decided');
    const row = await tx.selectFrom('orders').selectAll().where('id', '=', d.order_id).forUpdate().executeTakeFirstOrThrow();
    if (row.client_id === actor.userId || row.freelancer_id === actor.userId) throw new AppError('dispute.own_order');
    const fees = feesOf(row);
    let split: Money | null = null;
    if (input.outcome === 'split') {
      if (input.freelancer_amount === undefined || input.freelancer_amount === '') throw new AppError('validation.failed', {}, { freelancer_amount: { key: 'field.required' } });
      split = parseWith(z.object({ freelancer_amount: moneyInput(row.currency) }), { freelancer_amount: input.freelancer_amount }).freelancer_amount;
      const problem = splitAmountProblem(fees.price, split);
      if (problem) throw new AppError('validation.failed', {}, { freelancer_amount: { key: problem, params: { max: toMajorString(fees.price), currency: fees.price.currency } } });
    }
    const to = step(row, SETTLE_ACTION[input.outcome], 'admin');
    const s = settle(fees, freelancerShare(input.outcome, fees.price, split));
    const c = row.currency;
    const legs: Leg[] = [];
    if (s.freelancerReceives.amount > 0n) legs.push({ from: escrow(row.id, c), to: { kind: 'freelancer_pending', ownerId: row.freelancer_id, currency: c }, amount: s.freelancerReceives });
    if (s.hunarKeeps.amount > 0n) legs.push({ from: escrow(row.id, c), to: revenueAccount(c, row.id), amount: s.hunarKeeps });
    if (s.clientRefund.amount > 0n) legs.push({ from: escrow(row.id, c), to: { kind: 'client_wallet', ownerId: row.client_id, currency: c }, amount: s.clientRefund });
    const stored: StoredSettlement = { freelancer_receives: s.freelancerReceives.amount.toString(), hunar_keeps: s.hunarKeeps.amount.toString(), client_refund: s.clientRefund.amount.toString() };
    const transactionId = await post(tx, deps, {
      kind: 'dispute_settlement',
      key: `dispute:${d.id}:decision`,
      fingerprint: requestFingerprint(actor.userId, 'dispute.decide', { dispute: d.id, outcome: input.outcome, amount: s.freelancerAmount.amount.toString() }),
      actorId: actor.userId,
      reason: `Order HNR-${row.number}: dispute decided (${input.outcome}); the freelancer given ${s.freelancerAmount.amount} of ${fees.price.amount} minor units`,
      legs,
      result: stored,
    });
    const now = deps.clock.now();
    const paid = s.freelancerReceives.amount > 0n;
    await tx
      .updateTable('orders')
      .set({
        state: to,
        auto_accept_at: null,
        cancel_requested_by: null,
        updated_at: now,
        ...(to === 'completed' ? { completed_at: now, hold_until: paid ? new Date(now.getTime() + deps.config.FUNDS_HOLD_DAYS * DAY_MS) : null, cleared_at: paid ? null : now } : { cancelled_at: now }),
        // A split completes the order for the part paid: its amounts become those of that part, so
        // receipts, contract totals and the hold's clearing (feesOf) follow what was paid.
        ...(input.outcome === 'split' ? { billed_minor: s.freelancerAmount.amount, client_fee_minor: s.clientFee.amount, freelancer_fee_minor: s.freelancerFee.amount } : {}),
      })
      .where('id', '=', row.id)
      .execute();
    await tx.insertInto('order_events').values({ order_id: row.id, kind: 'dispute_decided', actor_id: actor.userId, message: input.reason, created_at: now }).execute();
    await tx
      .updateTable('disputes')
      .set({ status: 'decided', outcome: input.outcome, freelancer_amount_minor: s.freelancerAmount.amount, decided_by: actor.userId, decision_reason: input.reason, decided_at: now, ledger_transaction_id: transactionId })
      .where('id', '=', d.id)
      .execute();
    await tx
      .insertInto('audit_events')
      .values({
        kind: 'dispute.decided',
        actor_id: actor.userId,
        subject_id: d.id,
        data: JSON.stringify({ order: row.id, outcome: input.outcome, freelancer_amount: s.freelancerAmount.amount.toString(), currency: c, reason: input.reason, ledger_transaction: transactionId, before: row.state, after: to }),
        ip: null,
        created_at: now,
      })
      .execute();
    for (const userId of [row.client_id, row.freelancer_id]) {
      await notify(deps, tx, { userId, kind: 'dispute_decided', params: { ...orderParams(row), outcome: input.outcome, reason: input.reason }, link: `/orders/${row.id}#dispute` });
    }
    await publishState(deps, tx, row, to);
    return { id: d.id, status: 'decided' as const, outcome: input.outcome, orderId: row.id, orderState: to, settlement: s, ledgerTransaction: transactionId };
  });
}

/** For pages: the order's number as people say it. */
export { orderNumber };
