// What the order use cases share: an order's row found and locked for one of its parties (others get
// not_found, so ids cannot be probed), its state stepped by the pure rules (../domain.ts), its events
// recorded, its amounts and escrow account, and its completion (accepting and the sweep's
// auto-accept release the escrow the same way). Also the idempotency keys that money moves carry.
import { randomUUID } from 'node:crypto';
import { type Selectable, sql } from 'kysely';
import type { Executor, Tx } from '../../db/pool.ts';
import type { FeeBreakdown } from '../../fees/domain.ts';
import { IDEMPOTENCY_KEY } from '../../ledger/domain.ts';
import { type AccountRef, type Leg, post, revenueAccount, settleClaim } from '../../ledger/service.ts';
import type { Actor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { type Currency, money } from '../../platform/money.ts';
import type { OrdersTable } from '../tables.ts';
import { FILES_PER_STEP } from '../../disputes/domain.ts';
import { attachmentOf, mediaColumns, type Prepared, prepareAttachment, type Upload } from '../../media/service.ts';
import { actionFits, type OrderAction, type OrderKind, type OrderState, type Party, transition } from '../domain.ts';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const DAY_MS = 86_400_000;

/** An idempotency key from a form's hidden field or the Idempotency-Key header. */
export function idempotencyKey(raw: string | undefined | null): string {
  const key = (raw ?? '').trim();
  if (!IDEMPOTENCY_KEY.test(key)) throw new AppError('validation.failed', {}, { idempotency_key: { key: 'field.idempotency_key' } });
  return key;
}

/** A fresh key for a form that moves money: a double submit or a refresh then applies once. */
export const newIdempotencyKey = (): string => randomUUID();

/** The order's amounts; for a billed hourly week, those of what was billed. */
export function feesOf(r: { price_minor: string; client_fee_minor: string; freelancer_fee_minor: string; currency: Currency; billed_minor?: string | null }): FeeBreakdown {
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

export const sideOf = (r: { client_id: string; freelancer_id: string }, userId: string): 'client' | 'freelancer' | null =>
  r.client_id === userId ? 'client' : r.freelancer_id === userId ? 'freelancer' : null;

/** An order's event, as a statement (to run now, or alongside a ledger write: see post()). */
export const eventInsert = (tx: Executor, deps: Deps, orderId: string, kind: string, actorId: string | null, message: string | null = null) =>
  tx.insertInto('order_events').values({ order_id: orderId, kind, actor_id: actorId, message: message || null, created_at: deps.clock.now() });

export async function event(tx: Executor, deps: Deps, orderId: string, kind: string, actorId: string | null, message: string | null = null) {
  await eventInsert(tx, deps, orderId, kind, actorId, message).execute();
}

export async function lockOrder(tx: Tx, id: string, actor: Actor) {
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
export async function claimKeyAndLockOrder(tx: Tx, key: string, fingerprint: string, id: string, actor: Actor) {
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
const MONEY_STEP_COLUMNS = ['id', 'number', 'title', 'kind', 'state', 'client_id', 'freelancer_id', 'currency', 'price_minor', 'client_fee_minor', 'freelancer_fee_minor', 'billed_minor', 'delivery_days', 'revisions_included', 'revisions_used'] as const;
type MoneyStepOrder = Pick<Selectable<OrdersTable>, (typeof MONEY_STEP_COLUMNS)[number]>;
type ClaimedOrderRow = { claim_id: string | null; claim_fingerprint: string | null; claim_result: unknown } & { [K in keyof MoneyStepOrder]: MoneyStepOrder[K] | null };

export function step(row: { kind: OrderKind; state: OrderState; revisions_included: number; revisions_used: number }, action: OrderAction, by: Party): OrderState {
  if (!actionFits(row.kind, action)) throw new AppError('order.invalid_transition');
  const r = transition({ state: row.state, revisionsIncluded: row.revisions_included, revisionsUsed: row.revisions_used }, action, by);
  if (!r.ok) throw new AppError(r.code);
  return r.to;
}

export const escrow = (orderId: string, currency: Currency): AccountRef => ({ kind: 'escrow', refId: orderId, currency });

/** Completes an order: escrow to the freelancer's pending earnings and Hunar's fee, in one transaction. */
export async function complete(tx: Tx, deps: Deps, row: { id: string; number: string; currency: Currency; freelancer_id: string; price_minor: string; client_fee_minor: string; freelancer_fee_minor: string }, by: { actorId: string | null; key: string; fingerprint: string; kind: 'accepted' | 'auto_accepted' }) {
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

// --- Files with a step (a delivery, a dispute statement) ----------------------------------------

/** Files one step may carry: checked and prepared (type sniffed, size limited) before anything is written. */
export async function prepareStepFiles(uploads: readonly Upload[], purpose: 'delivery_file' | 'dispute_evidence'): Promise<Prepared[]> {
  if (uploads.length > FILES_PER_STEP) throw new AppError('order.too_many_files', { max: FILES_PER_STEP });
  const out: Prepared[] = [];
  for (const u of uploads) out.push(await prepareAttachment(u, purpose));
  return out;
}

/** The rows of a step's stored files (storeAll gave their keys), in the order they were sent. */
export async function insertStepFiles(tx: Tx, deps: Deps, prepared: readonly Prepared[], keys: readonly string[], ownerId: string, link: { order_event_id: string } | { dispute_statement_id: string }) {
  if (prepared.length === 0) return;
  await tx
    .insertInto('media')
    .values(prepared.map((p, i) => ({ ...mediaColumns(p, keys[i]!), owner_id: ownerId, ...link, position: i, created_at: deps.clock.now() })))
    .execute();
}

export interface StepFile {
  url: string;
  name: string;
  bytes: number;
  contentType: string;
}

/** The files of several events or statements at once, by their id. */
export async function stepFilesOf(db: Executor, column: 'order_event_id' | 'dispute_statement_id', ids: readonly string[]): Promise<Map<string, StepFile[]>> {
  const out = new Map<string, StepFile[]>();
  if (ids.length === 0) return out;
  const rows = await db.selectFrom('media').select(['key', 'file_name', 'content_type', 'bytes', 'position', column]).where(column, 'in', ids).orderBy('position').execute();
  for (const r of rows) {
    const id = String(r[column]);
    const a = attachmentOf(r);
    out.set(id, [...(out.get(id) ?? []), { url: a.url, name: a.name, bytes: a.bytes, contentType: a.contentType }]);
  }
  return out;
}
