// Receipt pages: the print-ready HTML at /orders/:id/receipt and /payouts/withdrawals/:id/receipt,
// and their PDFs at the same paths + .pdf. ?lang=en|ur picks the language (else the reader's own).
// The PDF link serves the stored PDF, or asks for it and waits a few seconds, or answers a page
// that refreshes itself until it is ready; where this server has no Chromium (or the render kept
// failing) it serves the print-ready page with a notice saying so.
import type { Child } from 'hono/jsx';
import type { Deps } from '../platform/deps.ts';
import type { App, Ctx } from '../platform/http.ts';
import { isLocale, type Locale, translator } from '../platform/i18n.ts';
import { pdfFileName, pdfNextStep, versionOf } from './domain.ts';
import { chromiumInstalled } from './printer.ts';
import * as receipts from './service.ts';
import { PreparingPage, type ReceiptCtx, ReceiptSheet, receiptHtml, receiptReference, Toolbar } from './views.tsx';

/** How long the PDF link waits for a render under way before answering "preparing". */
const WAIT_MS = 4000;

const toLogIn = (c: Ctx) => c.redirect(`/login?next=${encodeURIComponent(c.req.path + (new URL(c.req.url).search || ''))}`, 303);

export function readerCtx(c: Ctx): ReceiptCtx {
  const q = c.req.query('lang');
  if (isLocale(q)) {
    c.set('locale', q);
    c.set('t', translator(q));
    c.header('content-language', q);
  }
  return { t: c.get('t'), locale: c.get('locale') };
}

const withLang = (path: string, locale: Locale) => `${path}?lang=${locale}`;

function html(c: Ctx, page: Child, status = 200): Response {
  c.header('cache-control', 'no-store');
  return c.html(`<!doctype html>${String(page)}`, status as 200);
}

export interface Paths {
  /** The HTML page's path, without ?lang. */
  page: string;
  back: { href: string; label: string };
  /** Further links for the toolbar (a year statement's CSV). */
  more?: { href: string; label: string }[];
}

export function htmlPage(c: Ctx, ctx: ReceiptCtx, r: receipts.Receipt, paths: Paths, notice: string | null, pdf: boolean): Response {
  const other: Locale = ctx.locale === 'ur' ? 'en' : 'ur';
  const toolbar = <Toolbar ctx={ctx} back={paths.back} otherLanguage={withLang(paths.page, other)} pdfHref={pdf ? withLang(`${paths.page}.pdf`, ctx.locale) : null} notice={notice} more={paths.more} />;
  return html(c, <ReceiptSheet ctx={ctx} r={r} toolbar={toolbar} />);
}

/** Where a receipt's PDF stands for this reader: the file, still being made, or not to be had here. */
export type PdfOutcome = { kind: 'file'; body: ReadableStream<Uint8Array>; size: number; fileName: string } | { kind: 'preparing' } | { kind: 'unavailable'; canPrint: boolean };

/**
 * The receipt's PDF in the reader's language: the stored file, or asked for and waited on for a few
 * seconds (WAIT_MS). Pages and the API answer from this.
 */
export async function pdfOutcome(deps: Deps, ctx: ReceiptCtx, r: receipts.Receipt): Promise<PdfOutcome> {
  const version = versionOf(receiptHtml(ctx, r));
  const target = { document: r.document, subjectId: r.subjectId, locale: ctx.locale, version };
  const canPrint = chromiumInstalled(deps.config.CHROMIUM_PATH);
  let record = await receipts.pdfRecord(deps, target);
  let step = pdfNextStep(record, canPrint);
  if (step === 'enqueue') {
    await receipts.requestPdf(deps, target);
    step = 'wait';
  }
  const deadline = Date.now() + WAIT_MS;
  while (step === 'wait' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    record = await receipts.pdfRecord(deps, target);
    step = pdfNextStep(record, canPrint);
  }
  if (step === 'serve' && record?.storageKey) {
    const file = await deps.storage.open(record.storageKey);
    if (file) return { kind: 'file', body: file.body, size: file.size, fileName: pdfFileName(receiptReference(r), r.kind, ctx.locale) };
  }
  // No Chromium here, the render kept failing, or the stored file went missing.
  return step === 'wait' ? { kind: 'preparing' } : { kind: 'unavailable', canPrint };
}

/** The PDF file as an answer, for pages and the API alike. */
export function pdfResponse(c: Ctx, file: Extract<PdfOutcome, { kind: 'file' }>): Response {
  return c.body(file.body, 200, {
    'content-type': 'application/pdf',
    'content-length': String(file.size),
    'content-disposition': `inline; filename="${file.fileName}"`,
    'cache-control': 'private, no-store',
    'content-security-policy': "default-src 'none'",
  });
}

export async function pdfAnswer(c: Ctx, ctx: ReceiptCtx, r: receipts.Receipt, paths: Paths): Promise<Response> {
  const outcome = await pdfOutcome(c.get('deps'), ctx, r);
  if (outcome.kind === 'file') return pdfResponse(c, outcome);
  if (outcome.kind === 'preparing') {
    c.header('retry-after', '3');
    return html(c, <PreparingPage ctx={ctx} htmlHref={withLang(paths.page, ctx.locale)} />, 202);
  }
  return htmlPage(c, ctx, r, paths, outcome.canPrint ? ctx.t('receipts.pdf_failed') : ctx.t('receipts.no_pdf'), false);
}

/** The print-ready pages (without ?lang); their PDFs are at the same paths + .pdf. */
export const orderReceiptPage = (orderId: string) => `/orders/${encodeURIComponent(orderId)}/receipt`;
export const payoutReceiptPage = (withdrawalId: string) => `/payouts/withdrawals/${encodeURIComponent(withdrawalId)}/receipt`;

export function mountReceipts(app: App): void {
  const orderPaths = (c: Ctx, id: string): Paths => ({ page: orderReceiptPage(id), back: { href: `/orders/${encodeURIComponent(id)}`, label: c.get('t')('receipts.back_order') } });
  const payoutPaths = (c: Ctx, id: string): Paths => ({
    page: payoutReceiptPage(id),
    back: { href: c.get('actor')?.isAdmin ? '/admin/payouts' : '/payouts', label: c.get('t')('receipts.back_payouts') },
  });

  app.get('/orders/:id/receipt', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const ctx = readerCtx(c);
    const r = await receipts.getOrderReceipt(c.get('deps'), c.get('actor'), c.req.param('id'));
    return htmlPage(c, ctx, r, orderPaths(c, r.subjectId), null, true);
  });

  app.get('/orders/:id/receipt.pdf', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const ctx = readerCtx(c);
    const r = await receipts.getOrderReceipt(c.get('deps'), c.get('actor'), c.req.param('id'));
    return pdfAnswer(c, ctx, r, orderPaths(c, r.subjectId));
  });

  app.get('/payouts/withdrawals/:id/receipt', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const ctx = readerCtx(c);
    const r = await receipts.getPayoutReceipt(c.get('deps'), c.get('actor'), c.req.param('id'));
    return htmlPage(c, ctx, r, payoutPaths(c, r.subjectId), null, true);
  });

  app.get('/payouts/withdrawals/:id/receipt.pdf', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const ctx = readerCtx(c);
    const r = await receipts.getPayoutReceipt(c.get('deps'), c.get('actor'), c.req.param('id'));
    return pdfAnswer(c, ctx, r, payoutPaths(c, r.subjectId));
  });
}
