// Receipts, invoices, earnings statements, year statements (src/statements) and course certificates (src/credentials): which document a reader gets, when it is final, and
// what the PDF link does next. Pure: no I/O (hashing is computation).
//
// Invariants (domain.test.ts):
// - a document's version is a function of its HTML alone, so every process names a PDF alike and a
//   new PDF is made exactly when what the reader sees changes;
// - an order's documents are final once the order is completed or cancelled, a payout receipt once
//   the withdrawal is paid, failed or cancelled: after that the HTML, so the version, no longer changes;
// - a PDF link never waits for ever: a render that failed RENDER_ATTEMPTS times falls back to the
//   print-ready page.
import { createHash } from 'node:crypto';
import type { Locale } from '../platform/i18n.ts';
import type { OrderState } from '../orders/domain.ts';
import type { WithdrawalStatus } from '../payouts/domain.ts';

// The contract templates of the legal help desk (src/legal) print here too (migration 0064).
export const RECEIPT_DOCUMENTS = ['order_client', 'order_freelancer', 'payout', 'year_statement', 'course_certificate', 'legal_service_agreement', 'legal_nda', 'legal_work_for_hire'] as const;
export type ReceiptDocument = (typeof RECEIPT_DOCUMENTS)[number];
export type ReceiptStatus = 'pending' | 'ready' | 'failed' | 'superseded';

/** Tries per PDF before the link gives up and serves the print-ready page (matches the queue's retry limit + 1). */
export const RENDER_ATTEMPTS = 6;
/** A render that takes longer is abandoned (the browser is closed) and retried through the queue. */
export const RENDER_TIMEOUT_MS = 30_000;

/** What the client's document is called: an invoice while unpaid, a receipt once paid. */
export function clientDocumentTitle(state: OrderState): 'invoice' | 'receipt' {
  return state === 'awaiting_payment' ? 'invoice' : 'receipt';
}

export function orderDocumentFinal(state: OrderState): boolean {
  return state === 'completed' || state === 'cancelled';
}

export function payoutDocumentFinal(status: WithdrawalStatus): boolean {
  return status === 'paid' || status === 'failed' || status === 'cancelled';
}

/** The version of a document: the first 16 hex digits of the SHA-256 of its HTML. */
export function versionOf(html: string): string {
  return createHash('sha256').update(html).digest('hex').slice(0, 16);
}

/** Where a PDF is stored: one file per document, subject, language and version. */
export function storageKey(document: ReceiptDocument, subjectId: string, locale: Locale, version: string): string {
  return `receipts/${document}/${subjectId.toLowerCase()}/${locale}-${version}.pdf`;
}

/** The name a browser saves the PDF under: hunar-HNR-1042-receipt-ur.pdf. */
export function pdfFileName(reference: string, kind: string, locale: Locale): string {
  return `hunar-${reference}-${kind}-${locale}.pdf`.replace(/[^\w.-]/g, '_');
}

export interface ReceiptRecord {
  status: ReceiptStatus;
  attempts: number;
}

/**
 * What the PDF link does, given the record for the current version (or none) and whether this
 * server can print at all: serve the stored PDF, start a render, wait for the one under way, or
 * serve the print-ready page with a notice.
 */
export function pdfNextStep(record: ReceiptRecord | null, canPrint: boolean): 'serve' | 'enqueue' | 'wait' | 'fallback' {
  if (record?.status === 'ready') return 'serve';
  if (!canPrint) return 'fallback';
  if (!record) return 'enqueue';
  if (record.status === 'failed' || record.attempts >= RENDER_ATTEMPTS) return 'fallback';
  if (record.status === 'superseded') return 'enqueue';
  return 'wait';
}
