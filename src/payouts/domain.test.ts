import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../platform/forms.ts';
import { money } from '../platform/money.ts';
import {
  BANKS,
  bankOf,
  canCancel,
  canSettle,
  channelCurrencies,
  compactIban,
  csvCell,
  defaultSource,
  destinationOf,
  displayIban,
  explainShortfall,
  ibanRemainder,
  maskedDestination,
  parsePakistaniIban,
  payoutCsv,
  payoutMethodInput,
  quoteWithdrawal,
  sourcesFor,
  WITHDRAWAL_MINIMUM,
  WITHDRAWAL_STATUSES,
  withdrawalReference,
} from './domain.ts';

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

describe('withdrawal rules', () => {
  const PKR = (n: bigint) => money(n, 'PKR');
  it('lets the freelancer cancel only what waits for a batch, and an admin settle only what is in one', () => {
    expect(WITHDRAWAL_STATUSES.filter(canCancel)).toEqual(['requested']);
    expect(WITHDRAWAL_STATUSES.filter(canSettle)).toEqual(['in_batch']);
  });

  it('quotes amount, fee and what arrives; refuses below the minimum and dollars outside Payoneer', () => {
    expect(quoteWithdrawal('bank', PKR(100_000n))).toEqual({ ok: true, quote: { amount: PKR(100_000n), fee: PKR(0n), net: PKR(100_000n), minimum: WITHDRAWAL_MINIMUM.PKR } });
    expect(quoteWithdrawal('jazzcash', PKR(99_999n))).toEqual({ ok: false, key: 'payout.below_minimum' });
    expect(quoteWithdrawal('bank', money(5_000n, 'USD'))).toEqual({ ok: false, key: 'payout.currency_not_supported' });
    expect(quoteWithdrawal('payoneer', money(1_000n, 'USD')).ok).toBe(true);
    expect(quoteWithdrawal('payoneer', money(999n, 'USD')).ok).toBe(false);
    for (const ch of ['bank', 'raast', 'jazzcash', 'easypaisa', 'payoneer'] as const) expect(channelCurrencies(ch)).toContain('PKR');
    expect(channelCurrencies('payoneer')).toEqual(['PKR', 'USD']);
  });

  it('never makes or loses a paisa: amount = fee + net, net positive, whatever the amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.constantFrom('bank', 'raast', 'jazzcash', 'easypaisa', 'payoneer' as const), (n, ch) => {
        const q = quoteWithdrawal(ch, PKR(n));
        if (q.ok) {
          expect(q.quote.fee.amount + q.quote.net.amount).toBe(n);
          expect(q.quote.net.amount > 0n).toBe(true);
        } else expect(n < WITHDRAWAL_MINIMUM.PKR.amount).toBe(true);
      }),
    );
  });
});

describe('payout CSV', () => {
  it('prefixes cells a spreadsheet would run as a formula, and quotes what CSV needs quoted', () => {
    expect(['=SUM(A1)', '+92', '-Ali', '@cmd', '\tx', '\rx'].map(csvCell)).toEqual(["'=SUM(A1)", "'+92", "'-Ali", "'@cmd", "'\tx", `"'\rx"`]);
    expect(csvCell('Khan, Ali')).toBe('"Khan, Ali"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('بلال احمد')).toBe('بلال احمد');
  });

  it('writes each channel’s columns, with a BOM and CRLF', () => {
    const row = (channel: 'bank' | 'jazzcash' | 'payoneer', destination: string, net = money(150_050n, 'PKR')) => ({ channel, accountTitle: 'بلال احمد', destination, net, reference: 'HNR-1A2B3C4D' });
    expect(payoutCsv('bank', [row('bank', VALID)])).toBe('\uFEFFaccount_title,iban,bank,amount_pkr,reference\r\nبلال احمد,PK36SCBL0000001123456702,Standard Chartered Bank (Pakistan),1500.50,HNR-1A2B3C4D\r\n');
    expect(payoutCsv('jazzcash', [row('jazzcash', '+923001234567')])).toBe('\uFEFFmobile,account_title,amount_pkr,reference\r\n0300-1234567,بلال احمد,1500.50,HNR-1A2B3C4D\r\n');
    expect(payoutCsv('payoneer', [row('payoneer', 'bilal@example.com', money(2_500n, 'USD'))])).toBe('\uFEFFemail,account_title,amount,currency,reference\r\nbilal@example.com,بلال احمد,25.00,USD,HNR-1A2B3C4D\r\n');
  });

  it('names our reference from the withdrawal id', () => {
    expect(withdrawalReference('1a2b3c4d-0000-4000-8000-000000000000')).toBe('HNR-1A2B3C4D');
  });
});

describe('where a withdrawal comes from', () => {
  it('lets freelancers withdraw earnings, clients their wallet, people who do both either; staff-only accounts neither', () => {
    expect(sourcesFor({ isFreelancer: true, isClient: false })).toEqual(['earnings']);
    expect(sourcesFor({ isFreelancer: false, isClient: true })).toEqual(['wallet']);
    expect(sourcesFor({ isFreelancer: true, isClient: true })).toEqual(['earnings', 'wallet']);
    expect(sourcesFor({ isFreelancer: false, isClient: false })).toEqual([]);
    expect(defaultSource({ isFreelancer: true })).toBe('earnings');
    expect(defaultSource({ isFreelancer: false })).toBe('wallet');
  });
});

describe('a withdrawal larger than what is available', () => {
  const rs = (n: number) => money(BigInt(n * 100), 'PKR');
  const day = (d: number) => new Date(Date.UTC(2026, 11, d, 9));
  const holds = [
    { amount: rs(8_000), clearsAt: day(11) },
    { amount: rs(4_000), clearsAt: day(9) },
    { amount: money(5_000n, 'USD'), clearsAt: day(2) },
  ];

  it('goes ahead when the balance covers it', () => {
    expect(explainShortfall(rs(3_000), rs(3_000), holds)).toEqual({ kind: 'enough' });
  });

  it('names the earliest day enough clears, with what is on hold until then', () => {
    // Short by 2,000: the hold clearing on the 9th covers it.
    expect(explainShortfall(rs(5_000), rs(3_000), holds)).toEqual({ kind: 'on_hold', available: rs(3_000), held: rs(4_000), until: day(9) });
    // Short by 9,000: both holds are needed, all clear by the 11th.
    expect(explainShortfall(rs(12_000), rs(3_000), holds)).toEqual({ kind: 'on_hold', available: rs(3_000), held: rs(12_000), until: day(11) });
    // Exactly covered by everything on hold.
    expect(explainShortfall(rs(15_000), rs(3_000), holds)).toMatchObject({ kind: 'on_hold', held: rs(12_000), until: day(11) });
  });

  it('says when even everything on hold would not be enough', () => {
    expect(explainShortfall(rs(15_000.01), rs(3_000), holds)).toEqual({ kind: 'beyond_hold', available: rs(3_000), held: rs(12_000), until: day(11) });
  });

  it('ignores holds in the other currency, and tells nothing on hold apart from nothing at all', () => {
    expect(explainShortfall(rs(5_000), rs(3_000), [{ amount: money(5_000n, 'USD'), clearsAt: day(2) }])).toEqual({ kind: 'short', available: rs(3_000) });
    expect(explainShortfall(rs(5_000), rs(0), [])).toEqual({ kind: 'nothing' });
    expect(explainShortfall(money(2_000n, 'USD'), money(0n, 'USD'), holds)).toEqual({ kind: 'on_hold', available: money(0n, 'USD'), held: money(5_000n, 'USD'), until: day(2) });
  });

  it('always names a day on which the holds counted make up the difference, when they can', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ minor: fc.bigInt({ min: 1n, max: 10_000_000n }), d: fc.integer({ min: 1, max: 28 }) }), { maxLength: 8 }),
        fc.bigInt({ min: 0n, max: 10_000_000n }),
        fc.bigInt({ min: 1n, max: 50_000_000n }),
        (hs, have, want) => {
          const list = hs.map((h) => ({ amount: money(h.minor, 'PKR'), clearsAt: day(h.d) }));
          const s = explainShortfall(money(want, 'PKR'), money(have, 'PKR'), list);
          const total = hs.reduce((sum, h) => sum + h.minor, 0n);
          if (have >= want) expect(s.kind).toBe('enough');
          else if (s.kind === 'on_hold') {
            // Everything clearing by that day covers it; what was named is on hold until then.
            const byThen = list.filter((h) => h.clearsAt <= s.until).reduce((sum, h) => sum + h.amount.amount, 0n);
            expect(have + byThen).toBeGreaterThanOrEqual(want);
            expect(s.held.amount).toBeLessThanOrEqual(byThen);
            expect(have + s.held.amount).toBeGreaterThanOrEqual(want);
          } else if (s.kind === 'beyond_hold') expect(have + total).toBeLessThan(want);
          else expect(total).toBe(0n);
        },
      ),
    );
  });
});
