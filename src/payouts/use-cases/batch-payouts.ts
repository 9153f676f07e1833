// Admin batches: what waits to be sent, putting a channel's requested withdrawals into a batch, a
// batch's page, and its CSV for the bank or provider (the one place full destinations are shown).
import type { Executor } from '../../db/pool.ts';
import { type Actor, requireAdmin } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { parseWith } from '../../platform/forms.ts';
import { type Currency, type Money, money } from '../../platform/money.ts';
import { batchInput, type CsvRow, type PayoutChannel, payoutCsv, type WithdrawalStatus } from '../domain.ts';
import { audit, UUID, type WithdrawalView, withdrawalColumns, withdrawalView } from '../records.ts';

export interface QueueLine {
  channel: PayoutChannel;
  currency: Currency;
  count: number;
  total: Money;
}

export interface BatchSummary {
  id: string;
  channel: PayoutChannel;
  createdAt: Date;
  count: number;
  open: number;
  paid: number;
  failed: number;
}

export interface AdminWithdrawal extends WithdrawalView {
  freelancer: { id: string; displayName: string };
}

/** What waits to be batched, per channel and currency, and the batches so far (newest first). */
export async function payoutQueue(deps: Deps, actorIn: Actor | null): Promise<{ waiting: QueueLine[]; batches: BatchSummary[] }> {
  requireAdmin(actorIn);
  const db = deps.db;
  const waiting = await db
    .selectFrom('withdrawals')
    .select((eb) => ['channel', 'currency', eb.fn.countAll<string>().as('n'), eb.fn.sum<string>(eb('amount', '-', eb.ref('fee'))).as('total')])
    .where('status', '=', 'requested')
    .groupBy(['channel', 'currency'])
    .orderBy('channel')
    .orderBy('currency')
    .execute();
  const batches = await db
    .selectFrom('payout_batches')
    .leftJoin('withdrawals', 'withdrawals.batch_id', 'payout_batches.id')
    .select((eb) => [
      'payout_batches.id',
      'payout_batches.channel',
      'payout_batches.created_at',
      eb.fn.count<string>('withdrawals.id').as('n'),
      eb.fn.count<string>('withdrawals.id').filterWhere('withdrawals.status', '=', 'in_batch').as('open'),
      eb.fn.count<string>('withdrawals.id').filterWhere('withdrawals.status', '=', 'paid').as('paid'),
      eb.fn.count<string>('withdrawals.id').filterWhere('withdrawals.status', '=', 'failed').as('failed'),
    ])
    .groupBy('payout_batches.id')
    .orderBy('payout_batches.created_at', 'desc')
    .limit(100)
    .execute();
  return {
    waiting: waiting.map((w) => ({ channel: w.channel, currency: w.currency, count: Number(w.n), total: money(BigInt(w.total), w.currency) })),
    batches: batches.map((b) => ({ id: b.id, channel: b.channel, createdAt: b.created_at, count: Number(b.n), open: Number(b.open), paid: Number(b.paid), failed: Number(b.failed) })),
  };
}

/** Puts every requested withdrawal of one channel into a new batch. */
export async function createBatch(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<BatchSummary> {
  const actor = requireAdmin(actorIn);
  const { channel } = parseWith(batchInput, raw);
  return deps.db.transaction().execute(async (tx) => {
    const waiting = await tx.selectFrom('withdrawals').select('id').where('status', '=', 'requested').where('channel', '=', channel).orderBy('created_at').forUpdate().skipLocked().execute();
    if (waiting.length === 0) throw new AppError('payout.nothing_to_batch');
    const now = deps.clock.now();
    const batch = await tx.insertInto('payout_batches').values({ channel, created_by: actor.userId, created_at: now }).returning(['id', 'created_at']).executeTakeFirstOrThrow();
    const ids = waiting.map((w) => w.id);
    await tx.updateTable('withdrawals').set({ status: 'in_batch', batch_id: batch.id }).where('id', 'in', ids).execute();
    await audit(tx, deps, 'payout.batch_created', actor, batch.id, { channel, withdrawals: ids.length });
    return { id: batch.id, channel, createdAt: batch.created_at, count: ids.length, open: ids.length, paid: 0, failed: 0 };
  });
}

async function batchRow(db: Executor, id: string) {
  if (!UUID.test(id)) throw new AppError('not_found');
  const batch = await db.selectFrom('payout_batches').select(['id', 'channel', 'created_at']).where('id', '=', id).executeTakeFirst();
  if (!batch) throw new AppError('not_found');
  return batch;
}

/** A batch and its withdrawals (destinations masked), for the admin page. */
export async function getBatch(deps: Deps, actorIn: Actor | null, id: string): Promise<{ batch: BatchSummary; withdrawals: AdminWithdrawal[] }> {
  requireAdmin(actorIn);
  const batch = await batchRow(deps.db, id);
  const rows = await deps.db
    .selectFrom('withdrawals')
    .innerJoin('users', 'users.id', 'withdrawals.user_id')
    .select([...withdrawalColumns, 'users.display_name'])
    .where('withdrawals.batch_id', '=', batch.id)
    .orderBy('withdrawals.created_at')
    .orderBy('withdrawals.id')
    .execute();
  const withdrawals = rows.map((r) => ({ ...withdrawalView(r), freelancer: { id: r.user_id, displayName: r.display_name } }));
  const count = (s: WithdrawalStatus) => withdrawals.filter((w) => w.status === s).length;
  return {
    batch: { id: batch.id, channel: batch.channel, createdAt: batch.created_at, count: withdrawals.length, open: count('in_batch'), paid: count('paid'), failed: count('failed') },
    withdrawals,
  };
}

/**
 * The batch's CSV for its channel, with full destinations: the one place they are shown, to an
 * admin, and the export itself is audited. Only withdrawals still waiting (in the batch, neither
 * paid nor failed) are in it, so exporting again cannot pay anyone twice.
 */
export async function exportBatchCsv(deps: Deps, actorIn: Actor | null, id: string): Promise<{ filename: string; csv: string }> {
  const actor = requireAdmin(actorIn);
  return deps.db.transaction().execute(async (tx) => {
    const batch = await batchRow(tx, id);
    const rows = await tx
      .selectFrom('withdrawals')
      .select(withdrawalColumns)
      .where('batch_id', '=', batch.id)
      .where('status', '=', 'in_batch')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const csvRows: CsvRow[] = rows.map((r) => {
      const v = withdrawalView(r);
      return { channel: r.channel, accountTitle: r.account_title, destination: r.destination, net: v.net, reference: v.reference };
    });
    await audit(tx, deps, 'payout.batch_exported', actor, batch.id, { rows: csvRows.length });
    const day = batch.created_at.toISOString().slice(0, 10);
    return { filename: `hunar-payouts-${batch.channel}-${day}-${batch.id.slice(0, 8)}.csv`, csv: payoutCsv(batch.channel, csvRows) };
  });
}
