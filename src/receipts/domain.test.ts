import { describe, expect, it } from 'vitest';
import { ORDER_STATES } from '../orders/domain.ts';
import { WITHDRAWAL_STATUSES } from '../payouts/domain.ts';
import { isValidKey } from '../platform/storage.ts';
import { clientDocumentTitle, orderDocumentFinal, payoutDocumentFinal, pdfFileName, pdfNextStep, RENDER_ATTEMPTS, storageKey, versionOf } from './domain.ts';

describe('receipt documents', () => {
  it('calls the client’s document an invoice until it is paid, a receipt after', () => {
    expect(clientDocumentTitle('awaiting_payment')).toBe('invoice');
    for (const s of ORDER_STATES.filter((s) => s !== 'awaiting_payment')) expect(clientDocumentTitle(s)).toBe('receipt');
  });

  it('is final exactly when the order or the withdrawal can no longer change', () => {
    expect(ORDER_STATES.filter(orderDocumentFinal)).toEqual(['completed', 'cancelled']);
    expect(WITHDRAWAL_STATUSES.filter(payoutDocumentFinal)).toEqual(['paid', 'failed', 'cancelled']);
  });

  it('versions a document by its HTML and stores each version under a valid key', () => {
    expect(versionOf('<p>a</p>')).toMatch(/^[0-9a-f]{16}$/);
    expect(versionOf('<p>a</p>')).toBe(versionOf('<p>a</p>'));
    expect(versionOf('<p>a</p>')).not.toBe(versionOf('<p>b</p>'));
    const key = storageKey('order_client', 'C25F8576-98E0-42AE-B22E-48BC4DBB64DF', 'ur', versionOf('x'));
    expect(key).toMatch(/^receipts\/order_client\/c25f8576-98e0-42ae-b22e-48bc4dbb64df\/ur-[0-9a-f]{16}\.pdf$/);
    expect(isValidKey(key)).toBe(true);
    expect(pdfFileName('HNR-1001', 'receipt', 'en')).toBe('hunar-HNR-1001-receipt-en.pdf');
    expect(pdfFileName('HNR-1"; x', 'receipt', 'en')).toBe('hunar-HNR-1___x-receipt-en.pdf');
  });
});

describe('what the PDF link does', () => {
  it('serves a ready PDF even where Chromium is gone, and falls back to the page otherwise', () => {
    expect(pdfNextStep({ status: 'ready', attempts: 1 }, false)).toBe('serve');
    expect(pdfNextStep(null, false)).toBe('fallback');
    expect(pdfNextStep({ status: 'pending', attempts: 0 }, false)).toBe('fallback');
  });

  it('asks for a render once, waits while it runs, and gives up after the last attempt', () => {
    expect(pdfNextStep(null, true)).toBe('enqueue');
    expect(pdfNextStep({ status: 'superseded', attempts: 1 }, true)).toBe('enqueue');
    expect(pdfNextStep({ status: 'pending', attempts: RENDER_ATTEMPTS - 1 }, true)).toBe('wait');
    expect(pdfNextStep({ status: 'pending', attempts: RENDER_ATTEMPTS }, true)).toBe('fallback');
    expect(pdfNextStep({ status: 'failed', attempts: 1 }, true)).toBe('fallback');
  });
});
