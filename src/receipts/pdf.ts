// The PDF queue job: reloads the document, renders its print HTML (views.tsx), checks it is still
// the version that was asked for, prints it with the process's Printer and stores it
// (src/platform/storage.ts) under a key per document, version and language. A failure is recorded
// and thrown back to pg-boss, which retries with backoff; after RENDER_ATTEMPTS the link serves the
// print-ready page instead.
import { z } from 'zod';
import type { Deps } from '../platform/deps.ts';
import { translator } from '../platform/i18n.ts';
import { RECEIPT_DOCUMENTS, RENDER_ATTEMPTS, RENDER_TIMEOUT_MS, versionOf } from './domain.ts';
import { chromiumInstalled, Printer } from './printer.ts';
import { loadReceiptForJob, noteAttempt, noteFailure, noteRendered, noteSuperseded, type PdfTarget, pdfRecord, RECEIPT_JOB } from './service.ts';
import { receiptHtml } from './views.tsx';

const jobData = z.object({
  document: z.enum(RECEIPT_DOCUMENTS),
  subjectId: z.uuid(),
  locale: z.enum(['en', 'ur']),
  version: z.string().regex(/^[0-9a-f]{16}$/),
});

/** Makes one PDF; returns what happened (tests and logs read it). */
export async function renderReceiptPdf(deps: Deps, printer: Printer, data: unknown): Promise<'rendered' | 'skipped' | 'superseded' | 'gone'> {
  const target: PdfTarget = jobData.parse(data);
  const record = await pdfRecord(deps, target);
  if (record?.status !== 'pending') return 'skipped';
  const receipt = await loadReceiptForJob(deps, target.document, target.subjectId);
  if (!receipt) {
    await noteFailure(deps, record.id, 'the order or withdrawal no longer exists', true);
    return 'gone';
  }
  const html = receiptHtml({ t: translator(target.locale), locale: target.locale }, receipt);
  if (versionOf(html) !== target.version) {
    await noteSuperseded(deps, record.id);
    return 'superseded';
  }
  await noteAttempt(deps, record.id);
  const started = performance.now();
  let pdf: Uint8Array;
  try {
    pdf = await printer.print(html, deps.config.baseUrl);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await noteFailure(deps, record.id, message, record.attempts + 1 >= RENDER_ATTEMPTS);
    deps.log.warn({ err: e, receipt: target }, 'receipt PDF render failed');
    throw e;
  }
  const ms = performance.now() - started;
  await noteRendered(deps, target, record.id, pdf, ms);
  deps.log.info({ receipt: target, ms: Math.round(ms), bytes: pdf.byteLength }, 'receipt PDF rendered');
  return 'rendered';
}

export interface ReceiptWorkers {
  /** Null where no Chromium is installed: the PDF links then serve the print-ready page. */
  printer: Printer | null;
  stop(): Promise<void>;
}

/** Registers the PDF job in this process, if Chromium is installed (checked here, once, at start-up). */
export async function startReceiptWorkers(deps: Deps): Promise<ReceiptWorkers> {
  const path = deps.config.CHROMIUM_PATH;
  if (!chromiumInstalled(path)) {
    deps.log.info({ chromium: path }, 'no Chromium installed: receipt PDF links serve the print-ready page');
    return { printer: null, stop: async () => {} };
  }
  const printer = new Printer({ executablePath: path, timeoutMs: RENDER_TIMEOUT_MS });
  await deps.jobs.work(RECEIPT_JOB, async (data) => {
    await renderReceiptPdf(deps, printer, data);
  });
  return { printer, stop: () => printer.close() };
}
