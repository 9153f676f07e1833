// The registration checklist as data (checklist.ts): every step has its texts in both languages, a
// fee that is either sourced or marked unconfirmed, and links only to addresses the reference files
// give (../shared/reference, beside the repository, when it is there to compare with).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from '../i18n/catalog.ts';
import { ATL_SMS, CHECKLIST, CHECKLIST_STEPS, PSEB_RATE_SOURCE } from './checklist.ts';

const REFERENCE = ['../shared/reference', '../../shared/reference'].find((d) => existsSync(`${d}/tax-pakistan.md`));

describe('the registration checklist', () => {
  it('has the issue’s steps in order: NTN, bank account, PRCs, PSEB, the return', () => {
    expect(CHECKLIST.map((s) => s.id)).toEqual([...CHECKLIST_STEPS]);
    expect(CHECKLIST_STEPS).toEqual(['ntn', 'bank_account', 'prc', 'pseb', 'tax_return']);
  });

  it('says every text in English and Urdu', () => {
    for (const s of CHECKLIST) {
      const keys = [s.titleKey, s.whatKey, ...s.documentKeys, s.fee.noteKey, ...s.links.map((l) => l.labelKey), ...(s.here ? [s.here.labelKey] : []), ...(s.fee.kind === 'unconfirmed' && s.fee.claim ? [s.fee.claim.noteKey] : [])];
      for (const k of keys) {
        expect(catalog.en, k).toHaveProperty([k]);
        expect(catalog.ur, k).toHaveProperty([k]);
      }
      expect(s.documentKeys.length, s.id).toBeGreaterThan(0);
      expect(s.sources.length, s.id).toBeGreaterThan(0);
    }
  });

  it('marks PSEB’s individual fee unconfirmed, showing the one guide’s Rs 3,500 only as its claim', () => {
    const pseb = CHECKLIST.find((s) => s.id === 'pseb')!;
    expect(pseb.fee.kind).toBe('unconfirmed');
    if (pseb.fee.kind !== 'unconfirmed') return;
    expect(pseb.fee.claim?.amount).toEqual({ amount: 350_000n, currency: 'PKR' });
    expect(pseb.fee.claim?.source.confidence).toBe('unconfirmed');
  });

  it.skipIf(!REFERENCE)('links and cites only addresses the reference files give', () => {
    const reference = ['tax-pakistan.md', 'payments-pakistan.md', 'programs.md'].map((f) => readFileSync(`${REFERENCE}/${f}`, 'utf8')).join('\n');
    const urls = [...CHECKLIST.flatMap((s) => [...s.links.map((l) => l.url), ...s.sources.map((x) => x.url), ...(s.fee.kind === 'amount' ? [s.fee.source.url] : s.fee.claim ? [s.fee.claim.source.url] : [])]), ATL_SMS.source.url, PSEB_RATE_SOURCE.url];
    for (const url of urls) expect(reference, url).toContain(url);
  });
});
