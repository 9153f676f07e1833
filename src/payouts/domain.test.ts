import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../platform/forms.ts';
import { BANKS, bankOf, compactIban, destinationOf, displayIban, ibanRemainder, maskedDestination, parsePakistaniIban, payoutMethodInput } from './domain.ts';

// The registry example and its one-digit-off twin (payments-pakistan.md §1).
const VALID = 'PK36SCBL0000001123456702';
const OFF_BY_ONE = 'PK36SCBL0000001123456703';

/** Makes any 20-character BBAN a valid Pakistani IBAN by computing its check digits. */
function withCheckDigits(bban: string): string {
  const remainder = ibanRemainder(`PK00${bban}`);
  return `PK${String(98 - remainder).padStart(2, '0')}${bban}`;
}

describe('Pakistani IBAN', () => {
  it('accepts the registry example, however it is typed', () => {
    for (const typed of [VALID, 'pk36 scbl 0000 0011 2345 6702', 'PK36-SCBL-0000-0011-2345-6702', ' PK36SCBL0000001123456702 ', 'PK۳۶SCBL۰۰۰۰۰۰۱۱۲۳۴۵۶۷۰۲']) {
      expect(parsePakistaniIban(typed), typed).toEqual({ ok: true, iban: VALID });
    }
  });

  it('refuses a wrong check, a foreign IBAN and the wrong shape, each with its own message', () => {
    expect(ibanRemainder(OFF_BY_ONE)).toBe(28);
    expect(parsePakistaniIban(OFF_BY_ONE)).toEqual({ ok: false, key: 'field.iban_checksum' });
    expect(parsePakistaniIban('GB82WEST12345698765432')).toEqual({ ok: false, key: 'field.iban_not_pk' });
    for (const bad of ['PK36SCBL000000112345670', 'PK36SCBL00000011234567021', 'PK3XSCBL0000001123456702', 'PK361CBL0000001123456702', 'PK36SCBL000000112345670!', '']) {
      expect(parsePakistaniIban(bad).ok, bad).toBe(false);
    }
    expect(parsePakistaniIban('PK36SCBL000000112345670')).toEqual({ ok: false, key: 'field.iban_shape' });
  });

  it('any single changed digit is caught (MOD 97 catches every single-digit error)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{4}[0-9]{16}$/), fc.integer({ min: 8, max: 23 }), fc.integer({ min: 1, max: 9 }), (bban, at, delta) => {
        const iban = withCheckDigits(bban);
        expect(parsePakistaniIban(iban)).toEqual({ ok: true, iban });
        const digit = (Number(iban[at]) + delta) % 10;
        const changed = iban.slice(0, at) + String(digit) + iban.slice(at + 1);
        expect(parsePakistaniIban(changed)).toEqual({ ok: false, key: 'field.iban_checksum' });
      }),
    );
  });

  it('accepts letters in the account part, as the IBAN registry does', () => {
    const iban = withCheckDigits('MEZN00AB1234567890CD');
    expect(parsePakistaniIban(iban)).toEqual({ ok: true, iban });
  });

  it('names confirmed banks and guesses no others', () => {
    expect(bankOf(VALID)).toEqual({ code: 'SCBL', en: 'Standard Chartered Bank (Pakistan)', ur: 'اسٹینڈرڈ چارٹرڈ بینک (پاکستان)' });
    expect(bankOf(withCheckDigits('HABB0000001234567890'))?.en).toBe('Habib Bank Limited (HBL)');
    // In conflict or unconfirmed in the reference: not named.
    for (const code of ['SUMB', 'SMEP', 'SAUD', 'SILK', 'JCMA', 'TMFB', 'UBLB']) expect(bankOf(withCheckDigits(`${code}0000001234567890`)), code).toBeNull();
    for (const [code, names] of Object.entries(BANKS)) {
      expect(code).toMatch(/^[A-Z]{4}$/);
      expect(names.ur).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('shows IBANs grouped, and hides all but the end where a list shows them', () => {
    expect(displayIban(VALID)).toBe('PK36 SCBL 0000 0011 2345 6702');
    expect(compactIban(displayIban(VALID))).toBe(VALID);
    expect(maskedDestination('bank', VALID)).toBe('•••• 6702');
    expect(maskedDestination('jazzcash', '+923001234567')).toBe('•••• 4567');
    expect(maskedDestination('payoneer', 'ayesha@example.pk')).toBe('ay•••@example.pk');
  });
});

describe('payout method input', () => {
  const errors = (raw: unknown) => {
    const r = payoutMethodInput.safeParse(raw, { reportInput: true });
    return r.success ? {} : fieldErrors(r.error);
  };

  it('takes each channel with its own identifier', () => {
    expect(payoutMethodInput.parse({ channel: 'bank', account_title: 'Ayesha Siddiqui', iban: 'pk36 scbl 0000 0011 2345 6702' })).toEqual({ channel: 'bank', account_title: 'Ayesha Siddiqui', iban: VALID });
    const wallet = payoutMethodInput.parse({ channel: 'jazzcash', account_title: 'عائشہ صدیقی', mobile: '0300-1234567' });
    expect(wallet).toEqual({ channel: 'jazzcash', account_title: 'عائشہ صدیقی', mobile: '+923001234567' });
    expect(destinationOf(wallet)).toBe('+923001234567');
    expect(destinationOf(payoutMethodInput.parse({ channel: 'easypaisa', account_title: 'Gul Bano', mobile: '۰۳۴۵ ۱۲۳۴۵۶۷' }))).toBe('+923451234567');
    expect(destinationOf(payoutMethodInput.parse({ channel: 'raast', account_title: 'Bilal Ahmed', mobile: '+92 321 1234567' }))).toBe('+923211234567');
    expect(destinationOf(payoutMethodInput.parse({ channel: 'payoneer', account_title: 'Bilal Ahmed', email: ' Bilal@Example.PK ' }))).toBe('bilal@example.pk');
  });

  it('refuses bad identifiers and titles with field messages', () => {
    expect(errors({ channel: 'bank', account_title: 'Ayesha', iban: OFF_BY_ONE }).iban?.key).toBe('field.iban_checksum');
    expect(errors({ channel: 'bank', account_title: 'Ayesha', iban: 'x'.repeat(10_000) }).iban?.key).toBe('field.iban_shape');
    expect(errors({ channel: 'jazzcash', account_title: 'Ayesha', mobile: '042-1234567' }).mobile?.key).toBe('field.phone');
    expect(errors({ channel: 'payoneer', account_title: 'Ayesha', email: 'not-an-email' }).email?.key).toBe('field.email');
    expect(errors({ channel: 'paypal', account_title: 'Ayesha' }).channel?.key).toBe('field.choose');
    expect(errors({ channel: 'bank', account_title: '<b>Ayesha</b>', iban: VALID }).account_title?.key).toBe('field.account_title');
    expect(errors({ channel: 'bank', account_title: 'Ayesha\u202Eahsey', iban: VALID }).account_title?.key).toBe('field.account_title');
    expect(errors({ channel: 'bank', account_title: 'A'.repeat(81), iban: VALID }).account_title).toEqual({ key: 'field.too_long', params: { max: 80 } });
    expect(errors({ channel: 'bank', account_title: '   ', iban: VALID }).account_title?.key).toBe('field.required');
  });
});
