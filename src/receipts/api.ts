// Receipt PDFs under /api/v1, for apps: the same documents the pages link, in the language asked
// for (?lang=en|ur, else the caller's own). The answer is the PDF itself; while it is being made the
// answer is 503 receipts.pdf_preparing with Retry-After (ask again), and where this server cannot make
// PDFs (no Chromium, or the render kept failing) 503 receipts.pdf_unavailable, which names the
// print-ready page. Who may read a receipt is decided by the same use cases as the pages.
import { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import type { Ctx } from '../platform/http.ts';
import { orderReceiptPage, payoutReceiptPage, pdfOutcome, pdfResponse, readerCtx } from './routes.tsx';
import * as receipts from './service.ts';

const receiptQuery = z.object({ lang: z.enum(['', 'en', 'ur'], { error: 'field.choose' }).optional() });

/** One receipt PDF endpoint: the document `load` reads (deciding who may), as a PDF or a problem. */
function pdfEndpoint(e: {
  operationId: string;
  path: string;
  tag: 'orders' | 'payouts';
  param: 'order' | 'withdrawal';
  load: (c: Ctx, id: string) => Promise<receipts.Receipt>;
  page: (subjectId: string) => string;
}): Endpoint {
  return endpoint({
    operationId: e.operationId,
    method: 'get',
    path: e.path,
    tag: e.tag,
    auth: 'required',
    params: { [e.param]: `api.param.${e.param}` },
    query: { schema: receiptQuery, describe: { lang: 'api.query.receipt.lang' } },
    status: 200,
    file: { contentType: 'application/pdf' },
    problems: ['validation.failed', 'not_found', 'receipts.pdf_preparing', 'receipts.pdf_unavailable'],
    async handle(c) {
      parseWith(receiptQuery, c.req.query());
      const r = await e.load(c, c.req.param(e.param) ?? '');
      const ctx = readerCtx(c);
      const outcome = await pdfOutcome(c.get('deps'), ctx, r);
      if (outcome.kind === 'file') return pdfResponse(c, outcome);
      if (outcome.kind === 'preparing') throw new AppError('receipts.pdf_preparing', { seconds: 3 });
      throw new AppError('receipts.pdf_unavailable', { page: `${e.page(r.subjectId)}?lang=${ctx.locale}` });
    },
  });
}

export const receiptEndpoints: readonly Endpoint[] = [
  pdfEndpoint({
    operationId: 'orderReceiptPdf',
    path: '/api/v1/orders/{order}/receipt.pdf',
    tag: 'orders',
    param: 'order',
    load: (c, id) => receipts.getOrderReceipt(c.get('deps'), c.get('actor'), id),
    page: orderReceiptPage,
  }),
  pdfEndpoint({
    operationId: 'withdrawalReceiptPdf',
    path: '/api/v1/me/withdrawals/{withdrawal}/receipt.pdf',
    tag: 'payouts',
    param: 'withdrawal',
    load: (c, id) => receipts.getPayoutReceipt(c.get('deps'), c.get('actor'), id),
    page: payoutReceiptPage,
  }),
];
