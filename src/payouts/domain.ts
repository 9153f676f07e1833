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
import { displayPakistaniMobile, normalisePakistaniMobile } from '../accounts/domain.ts';
import { CURRENCIES, type Currency, type Money, money, moneyInput, toMajorString } from '../platform/money.ts';
import { asciiDigits, email, singleLine } from '../platform/text.ts';

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

// --- Withdrawals --------------------------------------------------------------------------------
//
// Invariants (domain.test.ts):
// - a withdrawal takes `amount` from one of the person's balances (a freelancer's available
//   earnings or a client's unused wallet balance); `fee` of it goes to Hunar
//   and `amount - fee` (always positive) is what the channel pays out;
// - PKR goes to every channel; USD only to Payoneer (a Pakistani bank, Raast or a wallet is paid in
//   rupees, and Hunar converts nothing on the way out);
// - nothing below the minimum of its currency is withdrawn.

/**
 * The operator's settings for withdrawals, as data: the smallest withdrawal per currency and the fee
 * Hunar keeps per channel and currency. The defaults are Hunar's choice (no fee; Rs 1,000 or $10 so
 * a batch is not filled with tiny transfers), not any provider's price list: an operator who pays
 * a provider per transfer sets its fee here, and the page shows it before anyone confirms.
 */
export const WITHDRAWAL_MINIMUM: Readonly<Record<Currency, Money>> = {
  PKR: money(100_000n, 'PKR'),
  USD: money(1_000n, 'USD'),
};

export const CHANNEL_FEES: Readonly<Record<PayoutChannel, Partial<Record<Currency, Money>>>> = {
  bank: { PKR: money(0n, 'PKR') },
  raast: { PKR: money(0n, 'PKR') },
  jazzcash: { PKR: money(0n, 'PKR') },
  easypaisa: { PKR: money(0n, 'PKR') },
  payoneer: { PKR: money(0n, 'PKR'), USD: money(0n, 'USD') },
};

/** The currencies a channel pays out in. */
export function channelCurrencies(channel: PayoutChannel): Currency[] {
  return CURRENCIES.filter((c) => CHANNEL_FEES[channel][c] !== undefined);
}

export type WithdrawalProblem = 'payout.currency_not_supported' | 'payout.below_minimum' | 'payout.fee_exceeds_amount';

export interface WithdrawalQuote {
  amount: Money;
  fee: Money;
  /** What reaches the freelancer: amount − fee. */
  net: Money;
  minimum: Money;
}

/** What a withdrawal of `amount` to `channel` costs and pays, or why it may not be made. */
export function quoteWithdrawal(channel: PayoutChannel, amount: Money): { ok: true; quote: WithdrawalQuote } | { ok: false; key: WithdrawalProblem; params?: Record<string, string> } {
  const fee = CHANNEL_FEES[channel][amount.currency];
  const minimum = WITHDRAWAL_MINIMUM[amount.currency];
  if (!fee) return { ok: false, key: 'payout.currency_not_supported' };
  if (amount.amount < minimum.amount) return { ok: false, key: 'payout.below_minimum' };
  if (fee.amount >= amount.amount) return { ok: false, key: 'payout.fee_exceeds_amount' };
  return { ok: true, quote: { amount, fee, net: money(amount.amount - fee.amount, amount.currency), minimum } };
}

export const WITHDRAWAL_STATUSES = ['requested', 'in_batch', 'paid', 'failed', 'cancelled'] as const;
export type WithdrawalStatus = (typeof WITHDRAWAL_STATUSES)[number];

/**
 * Who may move a withdrawal where: the freelancer requests, and may cancel while it waits for a
 * batch; an admin batches it, then pays or fails it.
 */
export function canSettle(status: WithdrawalStatus): boolean {
  return status === 'in_batch';
}

/** The freelancer may take a withdrawal back only before an admin has put it in a batch. */
export function canCancel(status: WithdrawalStatus): boolean {
  return status === 'requested';
}

/** At most this many payout methods per freelancer (removed ones do not count). */
export const MAX_PAYOUT_METHODS = 5;

/** What an admin writes when marking a withdrawal paid: the bank's (or provider's) reference. */
export const paidInput = z.object({ reference: singleLine(100) });
/** Why a withdrawal failed, told to the freelancer in the mail and on their page. */
export const failedInput = z.object({ reason: singleLine(300) });
export const batchInput = z.object({ channel: z.enum(PAYOUT_CHANNELS, { error: 'field.choose' }) });

// --- Where a withdrawal's money comes from -----------------------------------------------------
//
// Freelancers withdraw available earnings; clients withdraw the unused part of their Hunar balance
// (money in escrow is the order's, not theirs to take). A person who does both picks one balance
// per withdrawal, and a failed or cancelled withdrawal returns to the balance it came from
// (docs/decisions/0037-client-withdrawals-and-holds.md).

export const WITHDRAWAL_SOURCES = ['earnings', 'wallet'] as const;
export type WithdrawalSource = (typeof WITHDRAWAL_SOURCES)[number];

/** The ledger account each source draws from. */
export const SOURCE_ACCOUNT = { earnings: 'freelancer_available', wallet: 'client_wallet' } as const satisfies Record<WithdrawalSource, string>;

/** The balances a person may withdraw from: earnings if they freelance, the wallet if they hire. */
export function sourcesFor(person: { isFreelancer: boolean; isClient: boolean }): WithdrawalSource[] {
  return WITHDRAWAL_SOURCES.filter((s) => (s === 'earnings' ? person.isFreelancer : person.isClient));
}

/** The source of a request that names none: earnings for a freelancer (as before clients could withdraw), else the wallet. */
export function defaultSource(person: { isFreelancer: boolean }): WithdrawalSource {
  return person.isFreelancer ? 'earnings' : 'wallet';
}

/** What a person sends to withdraw: the method, the amount ({ amount: "150000", currency }) and, optionally, the balance it comes from. */
export const withdrawalInput = z.object({
  method_id: z.uuid({ error: 'field.choose' }),
  amount: moneyInput(),
  source: z.enum(WITHDRAWAL_SOURCES, { error: 'field.choose' }).optional(),
});
export type WithdrawalInput = z.output<typeof withdrawalInput>;

// --- Earnings on hold ---------------------------------------------------------------------------
//
// A completed order's earnings wait FUNDS_HOLD_DAYS in freelancer_pending (complete() in
// src/orders/use-cases/order-row.ts sets hold_until; the orders sweep releases them). A withdrawal that asks for more than
// is available says how much is on hold and when it clears, so the person knows when to come back.

export interface Hold {
  amount: Money;
  clearsAt: Date;
}

export type Shortfall =
  | { kind: 'enough' }
  /** Nothing available and nothing on hold in this currency. */
  | { kind: 'nothing' }
  /** Some available, nothing on hold that could make up the rest. */
  | { kind: 'short'; available: Money }
  /** Enough clears by `until`: `held` is what is on hold until then (the earliest holds that cover the rest). */
  | { kind: 'on_hold'; available: Money; held: Money; until: Date }
  /** Even everything on hold (`held`, the last of it clearing on `until`) does not cover it. */
  | { kind: 'beyond_hold'; available: Money; held: Money; until: Date };

/**
 * Whether `available` covers `wanted`, and if not, what the holds in the same currency say: the
 * earliest date by which enough clears, with the amount on hold until then; or that even all of it
 * would not be enough.
 */
export function explainShortfall(wanted: Money, available: Money, holds: readonly Hold[]): Shortfall {
  if (available.amount >= wanted.amount) return { kind: 'enough' };
  const mine = holds.filter((h) => h.amount.currency === wanted.currency && h.amount.amount > 0n).sort((a, b) => a.clearsAt.getTime() - b.clearsAt.getTime());
  if (mine.length === 0) return available.amount > 0n ? { kind: 'short', available } : { kind: 'nothing' };
  const missing = wanted.amount - available.amount;
  let held = 0n;
  for (const h of mine) {
    held += h.amount.amount;
    if (held >= missing) return { kind: 'on_hold', available, held: money(held, wanted.currency), until: h.clearsAt };
  }
  return { kind: 'beyond_hold', available, held: money(held, wanted.currency), until: mine.at(-1)!.clearsAt };
}

/** Our reference for a withdrawal, printed in the CSV and on the freelancer's page: HNR-1A2B3C4D. */
export function withdrawalReference(id: string): string {
  return `HNR-${id.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

// --- Payout CSV ---------------------------------------------------------------------------------
//
// One file per batch, in the columns its channel's bulk-upload asks for. A cell a spreadsheet would
// read as a formula (starting = + - @, or a tab or carriage return) is prefixed with a quote
// (OWASP "CSV injection"); the file starts with a UTF-8 byte-order mark so Excel reads Urdu names.

export interface CsvRow {
  channel: PayoutChannel;
  accountTitle: string;
  destination: string;
  net: Money;
  reference: string;
}

/** One cell, safe from formula injection and quoted where CSV needs it. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const major = (m: Money) => toMajorString(m);

/** The header and rows of a batch's CSV for its channel. */
export function csvTable(channel: PayoutChannel, rows: readonly CsvRow[]): string[][] {
  switch (channel) {
    case 'bank':
      return [
        ['account_title', 'iban', 'bank', 'amount_pkr', 'reference'],
        ...rows.map((r) => [r.accountTitle, r.destination, bankOf(r.destination)?.en ?? `not recognised (${r.destination.slice(4, 8)})`, major(r.net), r.reference]),
      ];
    case 'raast':
    case 'jazzcash':
    case 'easypaisa':
      return [
        ['mobile', 'account_title', 'amount_pkr', 'reference'],
        ...rows.map((r) => [displayPakistaniMobile(r.destination), r.accountTitle, major(r.net), r.reference]),
      ];
    case 'payoneer':
      return [['email', 'account_title', 'amount', 'currency', 'reference'], ...rows.map((r) => [r.destination, r.accountTitle, major(r.net), r.net.currency, r.reference])];
  }
}

/** The whole file: BOM, CRLF line ends (RFC 4180), every cell made safe. */
export function payoutCsv(channel: PayoutChannel, rows: readonly CsvRow[]): string {
  return `\uFEFF${csvTable(channel, rows)
    .map((line) => line.map(csvCell).join(','))
    .join('\r\n')}\r\n`;
}
