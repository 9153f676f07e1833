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
import { pdfOutcome, pdfResponse, readerCtx } from './routes.tsx';
import * as receipts from './service.ts';

const receiptQuery = z.object({ lang: z.enum(['', 'en', 'ur'], { error: 'field.choose' }).optional() });

async function answer(c: Ctx, r: receipts.Receipt, page: string): Promise<Response> {
  const ctx = readerCtx(c);
  const outcome = await pdfOutcome(c.get('deps'), ctx, r);
  if (outcome.kind === 'file') return pdfResponse(c, outcome);
  if (outcome.kind === 'preparing') throw new AppError('receipts.pdf_preparing', { seconds: 3 });
  throw new AppError('receipts.pdf_unavailable', { page: `${page}?lang=${ctx.locale}` });
}

export const receiptEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'orderReceiptPdf',
    method: 'get',
    path: '/api/v1/orders/{order}/receipt.pdf',
    tag: 'orders',
    auth: 'required',
    params: { order: 'api.param.order' },
    query: { schema: receiptQuery, describe: { lang: 'api.query.receipt.lang' } },
    status: 200,
    file: { contentType: 'application/pdf' },
    problems: ['validation.failed', 'not_found', 'receipts.pdf_preparing', 'receipts.pdf_unavailable'],
    async handle(c) {
      parseWith(receiptQuery, c.req.query());
      const r = await receipts.getOrderReceipt(c.get('deps'), c.get('actor'), c.req.param('order') ?? '');
      return answer(c, r, `/orders/${encodeURIComponent(r.subjectId)}/receipt`);
    },
  }),
  endpoint({
    operationId: 'withdrawalReceiptPdf',
    method: 'get',
    path: '/api/v1/me/withdrawals/{withdrawal}/receipt.pdf',
    tag: 'payouts',
    auth: 'required',
    params: { withdrawal: 'api.param.withdrawal' },
    query: { schema: receiptQuery, describe: { lang: 'api.query.receipt.lang' } },
    status: 200,
    file: { contentType: 'application/pdf' },
    problems: ['validation.failed', 'not_found', 'receipts.pdf_preparing', 'receipts.pdf_unavailable'],
    async handle(c) {
      parseWith(receiptQuery, c.req.query());
      const r = await receipts.getPayoutReceipt(c.get('deps'), c.get('actor'), c.req.param('withdrawal') ?? '');
      return answer(c, r, `/payouts/withdrawals/${encodeURIComponent(r.subjectId)}/receipt`);
    },
  }),
];
