// Receipts use cases: who may see which document (the order's parties; a withdrawal's freelancer
// and admins; everyone else gets not_found, so ids cannot be probed), the data each document shows,
// and the record of its PDFs (receipts table) — ask for one, note it made or failed. Rendering and
// printing are in pdf.tsx; services never render.
import type { Executor } from '../db/pool.ts';
import { timeZoneOf } from '../accounts/service.ts';
import { type OrderView, getOrder } from '../orders/service.ts';
import { maskedDestination, withdrawalReference } from '../payouts/domain.ts';
import type { WithdrawalView } from '../payouts/records.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import type { Locale } from '../platform/i18n.ts';
import { money } from '../platform/money.ts';
import { type BillingDetails, billingFor } from '../profiles/service.ts';
import { loadStatementForJob, type StatementReceipt } from '../statements/service.ts';
import { type CertificateReceipt, loadCertificateForJob } from '../credentials/service.ts';
import { ntnForDocuments } from '../tax-profile/service.ts';
import { isTemplateDocument, loadTemplateForJob, type TemplateReceipt } from '../legal/service.ts';
import { clientDocumentTitle, orderDocumentFinal, payoutDocumentFinal, type ReceiptDocument, type ReceiptStatus, storageKey } from './domain.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const RECEIPT_JOB = 'receipts.render';

export interface OrderReceipt {
  document: 'order_client' | 'order_freelancer';
  subjectId: string;
  /** invoice (client, unpaid), receipt (client, paid) or statement (freelancer). */
  kind: 'invoice' | 'receipt' | 'statement';
  operatorName: string;
  final: boolean;
  order: OrderView;
  /** The zone of the person the document is for: its dates are theirs, whoever reads it. */
  timeZone: string;
  /** The client's company, billing address and tax number, on the client's documents when given. */
  billing: BillingDetails | null;
  /** The freelancer's NTN on the client's documents, when they gave one in their tax profile. */
  freelancerNtn: string | null;
}

export interface PayoutReceipt {
  document: 'payout';
  subjectId: string;
  kind: 'payout';
  operatorName: string;
  final: boolean;
  /** The freelancer's zone (an admin reading the receipt sees the freelancer's dates). */
  timeZone: string;
  /** What the payouts feature shows of a withdrawal (source: who the receipt names). */
  withdrawal: Pick<WithdrawalView, 'id' | 'reference' | 'channel' | 'masked' | 'accountTitle' | 'amount' | 'fee' | 'net' | 'status' | 'source' | 'bankReference' | 'failureReason' | 'createdAt' | 'settledAt'>;
  freelancer: { displayName: string };
}

/** A year statement (src/statements), a course certificate (src/credentials) and a contract template (src/legal) print through the same pipeline. */
export type Receipt = OrderReceipt | PayoutReceipt | StatementReceipt | CertificateReceipt | TemplateReceipt;

async function orderReceipt(deps: Deps, order: OrderView): Promise<OrderReceipt> {
  const client = order.viewerSide === 'client';
  const [timeZone, billing, freelancerNtn] = await Promise.all([timeZoneOf(deps.db, client ? order.client.id : order.freelancer.id), client ? billingFor(deps.db, order.client.id) : null, client ? ntnForDocuments(deps, order.freelancer.id) : null]);
  return {
    document: client ? 'order_client' : 'order_freelancer',
    subjectId: order.id,
    kind: client ? clientDocumentTitle(order.state) : 'statement',
    operatorName: deps.config.OPERATOR_NAME,
    final: orderDocumentFinal(order.state),
    order,
    timeZone,
    billing: billing && (billing.companyName || billing.address || billing.taxNumber) ? billing : null,
    freelancerNtn,
  };
}

/** The order's document for the actor: the client's invoice or receipt, the freelancer's earnings statement. */
export async function getOrderReceipt(deps: Deps, actorIn: Actor | null, orderId: string): Promise<OrderReceipt> {
  const order = await getOrder(deps, requireActor(actorIn), orderId);
  return orderReceipt(deps, order);
}

async function withdrawalRow(db: Executor, id: string) {
  if (!UUID.test(id)) return undefined;
  return db
    .selectFrom('withdrawals as w')
    .innerJoin('users as u', 'u.id', 'w.user_id')
    .select(['w.id', 'w.user_id', 'w.channel', 'w.destination', 'w.account_title', 'w.currency', 'w.amount', 'w.fee', 'w.status', 'w.source', 'w.bank_reference', 'w.failure_reason', 'w.created_at', 'w.settled_at', 'u.display_name', 'u.time_zone'])
    .where('w.id', '=', id)
    .executeTakeFirst();
}

type WithdrawalRow = NonNullable<Awaited<ReturnType<typeof withdrawalRow>>>;

function payoutReceipt(deps: Deps, r: WithdrawalRow): PayoutReceipt {
  const amount = money(BigInt(r.amount), r.currency);
  const fee = money(BigInt(r.fee), r.currency);
  return {
    document: 'payout',
    subjectId: r.id,
    kind: 'payout',
    operatorName: deps.config.OPERATOR_NAME,
    final: payoutDocumentFinal(r.status),
    timeZone: r.time_zone,
    withdrawal: {
      id: r.id,
      reference: withdrawalReference(r.id),
      channel: r.channel,
      masked: maskedDestination(r.channel, r.destination),
      accountTitle: r.account_title,
      amount,
      fee,
      net: money(amount.amount - fee.amount, r.currency),
      status: r.status,
      source: r.source,
      bankReference: r.bank_reference,
      failureReason: r.failure_reason,
      createdAt: r.created_at,
      settledAt: r.settled_at,
    },
    freelancer: { displayName: r.display_name },
  };
}

/** A withdrawal's receipt, for the person who asked for it (freelancer or client) and for admins. */
export async function getPayoutReceipt(deps: Deps, actorIn: Actor | null, withdrawalId: string): Promise<PayoutReceipt> {
  const actor = requireActor(actorIn);
  const r = await withdrawalRow(deps.db, withdrawalId);
  if (!r || (r.user_id !== actor.userId && !actor.isAdmin)) throw new AppError('not_found');
  return payoutReceipt(deps, r);
}

/**
 * The document as the queue job reloads it, with no one signed in: the job was enqueued by a
 * request that passed the checks above, and it reads the same data the reader saw.
 */
export async function loadReceiptForJob(deps: Deps, document: ReceiptDocument, subjectId: string): Promise<Receipt | null> {
  if (document === 'payout') {
    const r = await withdrawalRow(deps.db, subjectId);
    return r ? payoutReceipt(deps, r) : null;
  }
  if (document === 'year_statement') return loadStatementForJob(deps, subjectId);
  if (document === 'course_certificate') return loadCertificateForJob(deps, subjectId);
  if (isTemplateDocument(document)) return loadTemplateForJob(deps, document, subjectId);
  if (!UUID.test(subjectId)) return null;
  const o = await deps.db.selectFrom('orders').select(['client_id', 'freelancer_id']).where('id', '=', subjectId).executeTakeFirst();
  if (!o) return null;
  const partyId = document === 'order_client' ? o.client_id : o.freelancer_id;
  // The order as its party sees it, through the orders service's own reading.
  const party: Actor = { userId: partyId, email: '', displayName: '', emailVerified: true, isFreelancer: true, isClient: true, isAdmin: false, locale: 'en', sessionId: null, onboardingDone: true };
  return orderReceipt(deps, await getOrder(deps, party, subjectId));
}

// --- The PDFs' record -----------------------------------------------------------------------------

export interface PdfRecord {
  id: string;
  status: ReceiptStatus;
  attempts: number;
  storageKey: string | null;
  bytes: number | null;
  renderMs: number | null;
}

export interface PdfTarget {
  document: ReceiptDocument;
  subjectId: string;
  locale: Locale;
  version: string;
}

/** The record of this version's PDF, if anyone asked for it. */
export async function pdfRecord(deps: Deps, target: PdfTarget): Promise<PdfRecord | null> {
  const r = await deps.db
    .selectFrom('receipts')
    .select(['id', 'status', 'attempts', 'storage_key', 'bytes', 'render_ms'])
    .where('document', '=', target.document)
    .where('subject_id', '=', target.subjectId)
    .where('locale', '=', target.locale)
    .where('version', '=', target.version)
    .executeTakeFirst();
  return r ? { id: r.id, status: r.status, attempts: r.attempts, storageKey: r.storage_key, bytes: r.bytes, renderMs: r.render_ms } : null;
}

/**
 * Asks for this version's PDF: records it as pending and enqueues the render in the same
 * transaction. Asking again (another process, a refresh) enqueues nothing more.
 */
export async function requestPdf(deps: Deps, target: PdfTarget): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('receipts')
      .values({ document: target.document, subject_id: target.subjectId, locale: target.locale, version: target.version, created_at: deps.clock.now() })
      .onConflict((oc) => oc.columns(['document', 'subject_id', 'locale', 'version']).doUpdateSet({ status: 'pending', attempts: 0, last_error: null }).where('receipts.status', '=', 'superseded'))
      .returning('id')
      .executeTakeFirst();
    if (row) await deps.jobs.send(tx, RECEIPT_JOB, { ...target });
  });
}

/** A render is starting: one more attempt. */
export async function noteAttempt(deps: Deps, id: string): Promise<void> {
  await deps.db.updateTable('receipts').set((eb) => ({ attempts: eb('attempts', '+', 1) })).where('id', '=', id).execute();
}

export async function noteRendered(deps: Deps, target: PdfTarget, id: string, bytes: Uint8Array, renderMs: number): Promise<void> {
  const key = storageKey(target.document, target.subjectId, target.locale, target.version);
  await deps.storage.put(key, bytes);
  await deps.db
    .updateTable('receipts')
    .set({ status: 'ready', storage_key: key, bytes: bytes.byteLength, render_ms: Math.round(renderMs), last_error: null, rendered_at: deps.clock.now() })
    .where('id', '=', id)
    .execute();
}

export async function noteFailure(deps: Deps, id: string, error: string, final: boolean): Promise<void> {
  await deps.db
    .updateTable('receipts')
    .set({ last_error: error.slice(0, 500), ...(final ? { status: 'failed' as const } : {}) })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

/** What the job found changed since it was asked: the next request asks for the new version. */
export async function noteSuperseded(deps: Deps, id: string): Promise<void> {
  await deps.db.updateTable('receipts').set({ status: 'superseded' }).where('id', '=', id).where('status', '=', 'pending').execute();
}
