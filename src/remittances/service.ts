// Remittance records: what a proceeds realisation certificate (PRC) needs for each payout of a
// freelancer's earnings in dollars (docs/decisions/0054). The record is made in the same transaction
// as the withdrawal (openRemittanceRecord, called by requestWithdrawal); payouts made before records
// existed (or by the demo seed) get theirs when first listed. Only the owner sees or changes a record:
// anyone else's is not_found. The PRC file is a media row (purpose remittance_prc, PDF/JPEG/PNG),
// readable by its owner only (openMedia).
import type { Executor, Tx } from '../db/pool.ts';
import { mediaColumns, mediaUrl, prepareAttachment, purgeSoon, store, type Upload } from '../media/service.ts';
import { type PayoutChannel, type WithdrawalSource, type WithdrawalStatus, withdrawalReference } from '../payouts/domain.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import { type Currency, type Money, money } from '../platform/money.ts';
import { defaultPayerCountry, isForeignCurrencyPayout, type RemittanceEdit, remittanceEdit } from './domain.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Payouts on their way or paid: a failed or cancelled one sent no money, so it needs no PRC. */
export const LIVE_STATUSES = ['requested', 'in_batch', 'paid'] as const satisfies readonly WithdrawalStatus[];

export interface PrcFile {
  url: string;
  name: string;
  contentType: string;
  bytes: number;
  attachedAt: Date;
}

export interface RemittanceView {
  withdrawalId: string;
  /** Hunar's reference of the payout (HNR-XXXXXXXX), as on /payouts and in the payout file. */
  reference: string;
  status: WithdrawalStatus;
  channel: PayoutChannel;
  /** What was paid out (the withdrawal's amount less any fee), in its currency. */
  amount: Money;
  requestedAt: Date;
  paidAt: Date | null;
  /** ISO 3166-1 alpha-2. */
  payerCountry: string;
  purposeCode: string;
  prcNumber: string | null;
  prc: PrcFile | null;
  /** When the "PRC missing" reminder went out, if it did. */
  remindedAt: Date | null;
}

// --- Making records -----------------------------------------------------------------------------

/**
 * The countries of the clients whose foreign-currency orders paid this freelancer most recently,
 * newest first (null where a client never said), for defaultPayerCountry.
 */
async function recentClientCountries(db: Executor, userId: string): Promise<(string | null)[]> {
  const rows = await db
    .selectFrom('orders')
    .leftJoin('profiles', 'profiles.user_id', 'orders.client_id')
    .select('profiles.country')
    .where('orders.freelancer_id', '=', userId)
    .where('orders.currency', '<>', 'PKR')
    .where('orders.completed_at', 'is not', null)
    .orderBy('orders.completed_at', 'desc')
    .orderBy('orders.id', 'desc')
    .limit(20)
    .execute();
  return rows.map((r) => r.country);
}

/**
 * The record of a payout just requested, in the withdrawal's own transaction: payer country from the
 * latest clients abroad, purpose code 9186. Payouts that are not foreign-currency earnings get none.
 */
export async function openRemittanceRecord(tx: Executor, deps: Pick<Deps, 'clock'>, w: { id: string; userId: string; currency: Currency; source: WithdrawalSource }): Promise<void> {
  if (!isForeignCurrencyPayout(w)) return;
  const now = deps.clock.now();
  const payer = defaultPayerCountry(await recentClientCountries(tx, w.userId));
  await tx
    .insertInto('remittance_records')
    .values({ withdrawal_id: w.id, user_id: w.userId, payer_country: payer, created_at: now, updated_at: now })
    .onConflict((oc) => oc.column('withdrawal_id').doNothing())
    .execute();
}

/**
 * Records for foreign-currency payouts that have none yet (requested before records existed, or
 * written by the demo seed): for these people, or, with `paidSince`, for everyone paid since then
 * (the reminders job). Safe to run at once in several processes: a record is made once.
 */
export async function ensureRecords(db: Executor, deps: Pick<Deps, 'clock'>, scope: { userIds: readonly string[] } | { paidSince: Date }): Promise<number> {
  let q = db
    .selectFrom('withdrawals as w')
    .select(['w.id', 'w.user_id', 'w.currency', 'w.source'])
    .where('w.currency', '<>', 'PKR')
    .where('w.source', '=', 'earnings')
    .where('w.status', 'in', LIVE_STATUSES)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('remittance_records as r').select('r.withdrawal_id').whereRef('r.withdrawal_id', '=', 'w.id'))));
  if ('userIds' in scope) {
    if (scope.userIds.length === 0) return 0;
    q = q.where('w.user_id', 'in', scope.userIds);
  } else {
    q = q.where('w.settled_at', '>=', scope.paidSince);
  }
  const missing = await q.orderBy('w.created_at').limit(1000).execute();
  for (const w of missing) await openRemittanceRecord(db, deps, { id: w.id, userId: w.user_id, currency: w.currency, source: w.source });
  return missing.length;
}

// --- Reading them -------------------------------------------------------------------------------

function recordsQuery(db: Executor) {
  return db
    .selectFrom('remittance_records as r')
    .innerJoin('withdrawals as w', 'w.id', 'r.withdrawal_id')
    .leftJoin('media as m', 'm.id', 'r.prc_media_id')
    .select([
      'r.withdrawal_id',
      'r.user_id',
      'r.payer_country',
      'r.purpose_code',
      'r.prc_number',
      'r.prc_media_id',
      'r.prc_attached_at',
      'r.reminded_at',
      'w.status',
      'w.channel',
      'w.currency',
      'w.amount',
      'w.fee',
      'w.created_at',
      'w.settled_at',
      'm.key as prc_key',
      'm.file_name as prc_name',
      'm.content_type as prc_type',
      'm.bytes as prc_bytes',
    ])
    .where('w.status', 'in', LIVE_STATUSES);
}

type RecordRow = Awaited<ReturnType<ReturnType<typeof recordsQuery>['executeTakeFirstOrThrow']>>;

function view(r: RecordRow): RemittanceView {
  const prc: PrcFile | null =
    r.prc_key && r.prc_attached_at ? { url: mediaUrl(r.prc_key, 'file'), name: r.prc_name ?? 'prc', contentType: r.prc_type ?? 'application/pdf', bytes: r.prc_bytes ?? 0, attachedAt: r.prc_attached_at } : null;
  return {
    withdrawalId: r.withdrawal_id,
    reference: withdrawalReference(r.withdrawal_id),
    status: r.status,
    channel: r.channel,
    amount: money(BigInt(r.amount) - BigInt(r.fee), r.currency),
    requestedAt: r.created_at,
    paidAt: r.status === 'paid' ? r.settled_at : null,
    payerCountry: r.payer_country,
    purposeCode: r.purpose_code,
    prcNumber: r.prc_number,
    prc,
    remindedAt: r.reminded_at,
  };
}

/** The actor's remittance records, newest payout first (at most 500); records missing ones first. */
export async function listRemittances(deps: Deps, actorIn: Actor | null): Promise<RemittanceView[]> {
  const actor = requireActor(actorIn);
  await ensureRecords(deps.db, deps, { userIds: [actor.userId] });
  const rows = await recordsQuery(deps.db).where('r.user_id', '=', actor.userId).orderBy('w.created_at', 'desc').orderBy('w.id', 'desc').limit(500).execute();
  return rows.map(view);
}

/** One of the actor's records by its payout's id; anyone else's (or none) is not_found. */
export async function getRemittance(deps: Deps, actorIn: Actor | null, withdrawalId: string): Promise<RemittanceView> {
  const actor = requireActor(actorIn);
  if (!UUID.test(withdrawalId)) throw new AppError('not_found');
  await ensureRecords(deps.db, deps, { userIds: [actor.userId] });
  const row = await recordsQuery(deps.db).where('r.withdrawal_id', '=', withdrawalId).where('r.user_id', '=', actor.userId).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return view(row);
}

// --- Changing them ------------------------------------------------------------------------------

/** Locks the actor's record for a change; not_found for anyone else's, and for a failed or cancelled payout. */
async function lockOwn(tx: Tx, actor: Actor, withdrawalId: string) {
  const row = await tx
    .selectFrom('remittance_records as r')
    .innerJoin('withdrawals as w', 'w.id', 'r.withdrawal_id')
    .select(['r.withdrawal_id', 'r.prc_media_id', 'w.status'])
    .where('r.withdrawal_id', '=', withdrawalId)
    .where('r.user_id', '=', actor.userId)
    .where('w.status', 'in', LIVE_STATUSES)
    .forUpdate('r')
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return row;
}

const changes = (e: RemittanceEdit) => ({
  ...(e.payer_country !== undefined ? { payer_country: e.payer_country } : {}),
  ...(e.purpose_code !== undefined ? { purpose_code: e.purpose_code } : {}),
  ...(e.prc_number !== undefined ? { prc_number: e.prc_number } : {}),
});

async function audit(tx: Executor, deps: Deps, kind: string, actor: Actor, withdrawalId: string, data: Record<string, unknown>) {
  await tx.insertInto('audit_events').values({ kind, actor_id: actor.userId, subject_id: withdrawalId, data: JSON.stringify(data), ip: null, created_at: deps.clock.now() }).execute();
}

/** The record before a change: a payout the actor owns whose record exists (made now if it did not). */
async function ownRecordFirst(deps: Deps, actor: Actor, withdrawalId: string): Promise<void> {
  if (!UUID.test(withdrawalId)) throw new AppError('not_found');
  await ensureRecords(deps.db, deps, { userIds: [actor.userId] });
}

/** Changes the payer country, the purpose code or the PRC number of the actor's record. */
export async function updateRemittance(deps: Deps, actorIn: Actor | null, withdrawalId: string, raw: unknown): Promise<RemittanceView> {
  const actor = requireActor(actorIn);
  await ownRecordFirst(deps, actor, withdrawalId);
  const edit = parseWith(remittanceEdit, raw);
  await deps.db.transaction().execute(async (tx) => {
    await lockOwn(tx, actor, withdrawalId);
    const set = changes(edit);
    if (Object.keys(set).length === 0) return;
    await tx
      .updateTable('remittance_records')
      .set({ ...set, updated_at: deps.clock.now() })
      .where('withdrawal_id', '=', withdrawalId)
      .execute();
    await audit(tx, deps, 'remittance.updated', actor, withdrawalId, set);
  });
  return getRemittance(deps, actor, withdrawalId);
}

/**
 * Attaches the PRC the bank issued (a PDF, or a photo or scan of it as JPEG or PNG), replacing any
 * before it, with the record's other fields in the same change. A file of another kind is refused
 * with a translated message and nothing is stored: not the file, not the fields.
 */
export async function attachPrc(deps: Deps, actorIn: Actor | null, withdrawalId: string, upload: Upload | null, raw: unknown = {}): Promise<RemittanceView> {
  const actor = requireActor(actorIn);
  // Someone else's payout is not_found before anything about the file is said.
  await getRemittance(deps, actor, withdrawalId);
  const edit = parseWith(remittanceEdit, raw);
  if (!upload) throw new AppError('media.missing');
  const prepared = await prepareAttachment(upload, 'remittance_prc');
  const replaced = await store(deps, prepared, async (tx, key) => {
    const record = await lockOwn(tx, actor, withdrawalId);
    const now = deps.clock.now();
    const media = await tx
      .insertInto('media')
      .values({ ...mediaColumns(prepared, key), owner_id: actor.userId, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const set = changes(edit);
    await tx
      .updateTable('remittance_records')
      .set({ ...set, prc_media_id: media.id, prc_attached_at: now, updated_at: now })
      .where('withdrawal_id', '=', withdrawalId)
      .execute();
    if (record.prc_media_id) await tx.deleteFrom('media').where('id', '=', record.prc_media_id).execute();
    await audit(tx, deps, 'remittance.prc_attached', actor, withdrawalId, { ...set, key, name: prepared.fileName, replaced: !!record.prc_media_id });
    return !!record.prc_media_id;
  });
  if (replaced) await purgeSoon(deps);
  return getRemittance(deps, actor, withdrawalId);
}

/** Removes the attached PRC (its file is deleted); the record's other fields stay. Nothing attached: nothing changes. */
export async function removePrc(deps: Deps, actorIn: Actor | null, withdrawalId: string): Promise<RemittanceView> {
  const actor = requireActor(actorIn);
  await ownRecordFirst(deps, actor, withdrawalId);
  const removed = await deps.db.transaction().execute(async (tx) => {
    const record = await lockOwn(tx, actor, withdrawalId);
    if (!record.prc_media_id) return false;
    await tx.updateTable('remittance_records').set({ prc_media_id: null, prc_attached_at: null, updated_at: deps.clock.now() }).where('withdrawal_id', '=', withdrawalId).execute();
    await tx.deleteFrom('media').where('id', '=', record.prc_media_id).execute();
    await audit(tx, deps, 'remittance.prc_removed', actor, withdrawalId, {});
    return true;
  });
  if (removed) await purgeSoon(deps);
  return getRemittance(deps, actor, withdrawalId);
}

/** The page's one form: the fields, and the PRC when a file was chosen. */
export async function saveRemittance(deps: Deps, actor: Actor | null, withdrawalId: string, raw: unknown, upload: Upload | null): Promise<RemittanceView> {
  return upload ? attachPrc(deps, actor, withdrawalId, upload, raw) : updateRemittance(deps, actor, withdrawalId, raw);
}

/**
 * A freelancer's dollar payouts of earnings between two instants (a tax year) and how many have the
 * bank's PRC attached: what the tax assistant (/tax) says beside its assumption about the bank.
 */
export async function prcCoverage(db: Executor, userId: string, from: Date, to: Date): Promise<{ payouts: number; withPrc: number }> {
  const row = await db
    .selectFrom('withdrawals as w')
    .leftJoin('remittance_records as r', 'r.withdrawal_id', 'w.id')
    .select((eb) => [eb.fn.countAll<string>().as('payouts'), eb.fn.count<string>('r.prc_media_id').as('with_prc')])
    .where('w.user_id', '=', userId)
    .where('w.currency', '=', 'USD')
    .where('w.source', '=', 'earnings')
    .where('w.status', 'in', [...LIVE_STATUSES])
    .where('w.created_at', '>=', from)
    .where('w.created_at', '<', to)
    .executeTakeFirstOrThrow();
  return { payouts: Number(row.payouts), withPrc: Number(row.with_prc) };
}
