// Payout methods a freelancer can add, checked without I/O: a Pakistani bank account by IBAN, a
// Raast ID, a JazzCash or Easypaisa mobile account, or Payoneer (by e-mail).
//
// Facts from ../shared/reference/payments-pakistan.md (§1 IBAN, §2 Raast, §3 mobile numbers, §4
// wallets). Invariants (asserted in domain.test.ts):
// - a Pakistani IBAN is accepted only when it is PK + 2 check digits + 4 letters + 16 letters or
//   digits (24 in all) and passes the ISO 7064 MOD 97-10 check; it is stored compact and upper-case;
// - the bank is named from the IBAN's bank code only where the reference confirms the code;
// - a Raast ID, JazzCash and Easypaisa account is a Pakistani mobile number, stored as E.164;
// - nothing here infers a wallet from a number's prefix: numbers are portable (§3 caveat).
import { z } from 'zod';
import { normalisePakistaniMobile } from '../accounts/domain.ts';
import { asciiDigits, email } from '../platform/text.ts';

export const PAYOUT_CHANNELS = ['bank', 'raast', 'jazzcash', 'easypaisa', 'payoneer'] as const;
export type PayoutChannel = (typeof PAYOUT_CHANNELS)[number];

// --- IBAN ---------------------------------------------------------------------------------------

/** Letters and digits of the account part: the IBAN registry allows both (payments-pakistan.md §1). */
const PK_IBAN = /^PK[0-9]{2}[A-Z]{4}[A-Z0-9]{16}$/;

/** Spaces, dashes and Urdu digits removed, upper-cased: what a person types, as the registry writes it. */
export function compactIban(input: string): string {
  return asciiDigits(input.normalize('NFKC'))
    .replace(/[\s\-\u00A0\u200B-\u200F\u2066-\u2069]/g, '')
    .toUpperCase();
}

/** ISO 7064 MOD 97-10 over an IBAN: the first four characters moved to the end, letters as 10..35. */
export function ibanRemainder(iban: string): number {
  const moved = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of moved) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 && code <= 90 ? code - 55 : code - 48;
    // Piecewise, so no big integers: one digit or a two-digit letter value at a time.
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder;
}

export type IbanProblem = 'field.iban_not_pk' | 'field.iban_shape' | 'field.iban_checksum';

/** A Pakistani IBAN in compact form, or what is wrong with it. */
export function parsePakistaniIban(input: string): { ok: true; iban: string } | { ok: false; key: IbanProblem } {
  const iban = compactIban(input);
  if (!iban.startsWith('PK')) return { ok: false, key: 'field.iban_not_pk' };
  if (!PK_IBAN.test(iban)) return { ok: false, key: 'field.iban_shape' };
  if (ibanRemainder(iban) !== 1) return { ok: false, key: 'field.iban_checksum' };
  return { ok: true, iban };
}

/** In groups of four, as banks print it: PK36 SCBL 0000 0011 2345 6702. */
export function displayIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}

/** Only the last four characters, for lists and mails: •••• 6702. */
export function maskIban(iban: string): string {
  return `•••• ${iban.slice(-4)}`;
}

/**
 * Bank codes (IBAN characters 5–8) the reference confirms by two sources (payments-pakistan.md §1
 * table, "confirmed by [P] and [S]"). Codes it marks unconfirmed or in conflict (SUMB/SMEP,
 * SAUD/SILK, JCMA, TMFB, ...) are left out: such an IBAN is still accepted, its bank shown as
 * "not recognised" rather than guessed.
 */
export const BANKS: Readonly<Record<string, { en: string; ur: string }>> = {
  HABB: { en: 'Habib Bank Limited (HBL)', ur: 'حبیب بینک لمیٹڈ (ایچ بی ایل)' },
  MUCB: { en: 'MCB Bank Limited', ur: 'ایم سی بی بینک لمیٹڈ' },
  UNIL: { en: 'United Bank Limited (UBL)', ur: 'یونائیٹڈ بینک لمیٹڈ (یو بی ایل)' },
  ABPA: { en: 'Allied Bank Limited', ur: 'الائیڈ بینک لمیٹڈ' },
  BAHL: { en: 'Bank AL Habib', ur: 'بینک الحبیب' },
  MEZN: { en: 'Meezan Bank', ur: 'میزان بینک' },
  ALFH: { en: 'Bank Alfalah', ur: 'بینک الفلاح' },
  ASCM: { en: 'Askari Bank', ur: 'عسکری بینک' },
  AIIN: { en: 'Al Baraka Bank (Pakistan)', ur: 'البرکہ بینک (پاکستان)' },
  BKIP: { en: 'BankIslami Pakistan', ur: 'بینک اسلامی پاکستان' },
  BPUN: { en: 'The Bank of Punjab', ur: 'بینک آف پنجاب' },
  KHYB: { en: 'The Bank of Khyber', ur: 'بینک آف خیبر' },
  DUIB: { en: 'Dubai Islamic Bank Pakistan', ur: 'دبئی اسلامک بینک پاکستان' },
  FAYS: { en: 'Faysal Bank', ur: 'فیصل بینک' },
  FWOM: { en: 'First Women Bank', ur: 'فرسٹ ویمن بینک' },
  MPBL: { en: 'Habib Metropolitan Bank', ur: 'حبیب میٹروپولیٹن بینک' },
  JSBL: { en: 'JS Bank', ur: 'جے ایس بینک' },
  NBPA: { en: 'National Bank of Pakistan', ur: 'نیشنل بینک آف پاکستان' },
  SAMB: { en: 'Samba Bank', ur: 'سامبا بینک' },
  SIND: { en: 'Sindh Bank', ur: 'سندھ بینک' },
  SONE: { en: 'Soneri Bank', ur: 'سونیری بینک' },
  SCBL: { en: 'Standard Chartered Bank (Pakistan)', ur: 'اسٹینڈرڈ چارٹرڈ بینک (پاکستان)' },
};

/** The bank an IBAN belongs to, when its code is a confirmed one; null otherwise. */
export function bankOf(iban: string): { code: string; en: string; ur: string } | null {
  const code = iban.slice(4, 8);
  const bank = BANKS[code];
  return bank ? { code, ...bank } : null;
}

// --- Payout method input ------------------------------------------------------------------------

export const ACCOUNT_TITLE_MAX = 80;

const mobile = z
  .string({ error: 'field.required' })
  .max(40, 'field.phone')
  .transform((v, ctx) => {
    const e164 = normalisePakistaniMobile(v);
    if (!e164) {
      ctx.issues.push({ code: 'custom', message: 'field.phone', input: v });
      return z.NEVER;
    }
    return e164;
  });

const accountTitle = z
  .string({ error: 'field.required' })
  .transform((v) => v.normalize('NFC').trim())
  .check((ctx) => {
    if (ctx.value.length === 0) ctx.issues.push({ code: 'custom', message: 'field.required', input: ctx.value });
    else if (ctx.value.length > ACCOUNT_TITLE_MAX) ctx.issues.push({ code: 'custom', message: 'field.too_long', params: { max: ACCOUNT_TITLE_MAX }, input: ctx.value });
    // Names as banks hold them: letters (any script), spaces and . ' - only; no markup, no bidi overrides.
    else if (!/^[\p{L}\p{M} .'-]+$/u.test(ctx.value)) ctx.issues.push({ code: 'custom', message: 'field.account_title', input: ctx.value });
  });

/** What a freelancer enters to add a payout method (the form and POST /api/v1/me/payout-methods). */
export const payoutMethodInput = z.discriminatedUnion(
  'channel',
  [
    z.object({
      channel: z.literal('bank'),
      account_title: accountTitle,
      iban: z
        .string({ error: 'field.required' })
        .max(60, 'field.iban_shape')
        .transform((v, ctx) => {
          const r = parsePakistaniIban(v);
          if (!r.ok) {
            ctx.issues.push({ code: 'custom', message: r.key, input: v });
            return z.NEVER;
          }
          return r.iban;
        }),
    }),
    z.object({ channel: z.literal('raast'), account_title: accountTitle, mobile }),
    z.object({ channel: z.literal('jazzcash'), account_title: accountTitle, mobile }),
    z.object({ channel: z.literal('easypaisa'), account_title: accountTitle, mobile }),
    z.object({ channel: z.literal('payoneer'), account_title: accountTitle, email }),
  ],
  { error: 'field.choose' },
);

export type PayoutMethodInput = z.output<typeof payoutMethodInput>;

/** Where the money goes, as one string for the payout CSV of its channel. */
export function destinationOf(m: PayoutMethodInput): string {
  switch (m.channel) {
    case 'bank':
      return m.iban;
    case 'raast':
    case 'jazzcash':
    case 'easypaisa':
      return m.mobile;
    case 'payoneer':
      return m.email;
  }
}

/** Where the money goes, with all but the end hidden, for pages and mails. */
export function maskedDestination(channel: PayoutChannel, destination: string): string {
  if (channel === 'bank') return maskIban(destination);
  if (channel === 'payoneer') {
    const [user = '', domain = ''] = destination.split('@');
    return `${user.slice(0, 2)}•••@${domain}`;
  }
  return `•••• ${destination.slice(-4)}`;
}
