// Remittance records and tax reminders: the pure rules, no I/O (docs/decisions/0054).
//
// Facts from ../shared/reference/tax-pakistan.md (§a PRC practice, §c return deadline, §e SBP
// retention) and ../shared/reference/payments-pakistan.md (§7 PRCs). Invariants (domain.test.ts):
// - a remittance record belongs to every payout of a freelancer's earnings in a currency other than
//   rupees (today: USD to Payoneer); a client's unused balance is not export income and gets none;
// - the purpose code is four digits, 9186 (IT export) unless the freelancer says otherwise; the
//   code is what freelancers cite, not an officially confirmed one, and is shown as such;
// - a payer country is an ISO 3166-1 alpha-2 code of a real country (not "unknown", not the EU);
// - the retention rule never lets more stay in dollars than arrived, never less than half of it,
//   and all of it up to USD 5,000 a month;
// - each reminder has one stage per window (30 days, then 7): a run on any day of a window sends
//   that stage's reminder, and a stage already sent is never sent again (the service records it).
import { z } from 'zod';
import type { Locale } from '../platform/i18n.ts';
import { type Currency, type Money, money } from '../platform/money.ts';
import { asciiDigits, singleLine } from '../platform/text.ts';
import type { WithdrawalSource } from '../payouts/domain.ts';
import type { Source } from '../tax/domain.ts';

// --- Which payouts get a record -----------------------------------------------------------------

/** A payout of earnings in a foreign currency: the money a PRC proves was exported services' income. */
export function isForeignCurrencyPayout(w: { currency: Currency; source: WithdrawalSource }): boolean {
  return w.currency !== 'PKR' && w.source === 'earnings';
}

// --- Purpose code -------------------------------------------------------------------------------

/**
 * The State Bank purpose code for IT export that freelancers ask their bank to put on the PRC. The
 * reference has it from a freelancers' forum (tax-pakistan.md §a, payments-pakistan.md §7):
 * unconfirmed officially, and every page that shows it says so.
 */
export const IT_EXPORT_PURPOSE_CODE = '9186';

export const PURPOSE_CODE_SOURCE: Source = {
  title: 'The Ultimate Guide for Freelancers 1/3 - Taxes (r/FIREPakistan)',
  url: 'https://reddit.wdas.io/r/FIREPakistan/comments/1idgfqk/the_ultimate_guide_for_freelancers_13_taxes',
  date: '2025-01-30',
  confidence: 'unconfirmed',
};

const purposeCode = z
  .string({ error: 'field.required' })
  .max(20, 'field.purpose_code')
  .transform((v) => asciiDigits(v).trim())
  .check((ctx) => {
    if (ctx.value === '') ctx.issues.push({ code: 'custom', message: 'field.required', input: ctx.value });
    else if (!/^[0-9]{4}$/.test(ctx.value)) ctx.issues.push({ code: 'custom', message: 'field.purpose_code', input: ctx.value });
  })
  .meta({ description: 'The State Bank purpose code on the PRC: four digits (9186, IT export, unless the bank used another)', pattern: '^[0-9]{4}$' });

// --- Payer country ------------------------------------------------------------------------------

/** Two-letter codes Intl names that are not countries a client pays from. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'XB']);

/** When nothing says where the clients are: most of Pakistan's freelance income comes from the US. */
export const FALLBACK_PAYER_COUNTRY = 'US';

const names = new Map<Locale, Intl.DisplayNames>();
function displayNames(locale: Locale): Intl.DisplayNames {
  let d = names.get(locale);
  if (!d) {
    d = new Intl.DisplayNames([locale === 'ur' ? 'ur-PK' : 'en-PK'], { type: 'region', fallback: 'code' });
    names.set(locale, d);
  }
  return d;
}

/** An ISO 3166-1 alpha-2 code of a real country or territory (one Intl has a name for). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code) && displayNames('en').of(code) !== code;
}

/** The country's name in the reader's language ("United States", "ریاست ہائے متحدہ امریکہ"). */
export function countryName(locale: Locale, code: string): string {
  return displayNames(locale).of(code) ?? code;
}

let codes: string[] | undefined;
/** Every code isCountryCode accepts, A to Z. */
export function countryCodes(): string[] {
  if (!codes) {
    codes = [];
    for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) if (isCountryCode(String.fromCharCode(a, b))) codes.push(String.fromCharCode(a, b));
  }
  return codes;
}

/**
 * The payer country a new record starts with: the country of the client who paid the freelancer's
 * foreign-currency earnings most recently (newest first in `recentClientCountries`), skipping
 * clients in Pakistan and those who did not say where they are; else FALLBACK_PAYER_COUNTRY.
 */
export function defaultPayerCountry(recentClientCountries: readonly (string | null | undefined)[]): string {
  return recentClientCountries.find((c): c is string => !!c && c !== 'PK' && isCountryCode(c)) ?? FALLBACK_PAYER_COUNTRY;
}

const payerCountry = z
  .string({ error: 'field.required' })
  .max(20, 'field.payer_country')
  .transform((v) => v.trim().toUpperCase())
  .check((ctx) => {
    if (ctx.value === '') ctx.issues.push({ code: 'custom', message: 'field.required', input: ctx.value });
    else if (!isCountryCode(ctx.value)) ctx.issues.push({ code: 'custom', message: 'field.payer_country', input: ctx.value });
  })
  .meta({ description: 'Where the money came from: an ISO 3166-1 alpha-2 country code, e.g. US, GB, AE', pattern: '^[A-Za-z]{2}$' });

// --- What the freelancer edits ------------------------------------------------------------------

export const PRC_NUMBER_MAX = 60;

/** The bank's number on the PRC, optional: empty (or null) clears it. */
const prcNumber = singleLine(PRC_NUMBER_MAX, 0)
  .nullable()
  .transform((v) => (v ? v : null));

/** PATCH /api/v1/tax/remittances/{withdrawal} and the page's form: every field optional. */
export const remittanceEdit = z.object({
  payer_country: payerCountry.optional(),
  purpose_code: purposeCode.optional(),
  prc_number: prcNumber.optional().describe('The number the bank printed on the PRC; empty or null removes it'),
});
export type RemittanceEdit = z.output<typeof remittanceEdit>;

// --- SBP retention (tax-pakistan.md §e) ---------------------------------------------------------

/**
 * From 23–24 Oct 2023 (SBP's Framework for Freelancers, BPRD Circular No. 05 of 2023 as a bank SOP
 * cites it): a freelancer may keep 50% of export proceeds or USD 5,000 a month, whichever is higher,
 * in their Exporters' Special Foreign Currency Account; the rest is converted to rupees.
 */
export const RETENTION_MONTHLY_FLOOR = money(500_000n, 'USD');

export const RETENTION_SOURCES: readonly Source[] = [
  { title: 'SBP introduces new measures to facilitate IT exporters, freelancers (The Nation)', url: 'https://www.nation.com.pk/24-Oct-2023/sbp-introduces-new-measures-to-facilitate-it-exporters-freelancers', date: '2023-10-24', confidence: 'reported' },
  { title: 'SBP introduces improved framework for opening freelancers’ bank accounts (ProPakistani)', url: 'https://propakistani.pk/2023/10/23/sbp-introduces-improved-framework-for-opening-freelancers-bank-accounts/', date: '2023-10-23', confidence: 'reported' },
  { title: 'SBP explains latest measures to facilitate IT exporters, freelancers (Pakistan Observer)', url: 'https://pakobserver.net/sbp-explains-latest-measures-to-facilitate-it-exporters-freelancers/', date: '2023-11-03', confidence: 'reported' },
];

export interface Retention {
  proceeds: Money;
  /** May stay in dollars. */
  keep: Money;
  /** Converted to rupees by the bank (unless the freelancer asks it to keep less in dollars). */
  convert: Money;
}

/**
 * How much of a month's USD export proceeds may stay in USD: the higher of half of them (rounded
 * down to the cent, so never more than half) and USD 5,000, but never more than arrived.
 * $899 → all of it; $12,000 → $6,000; $9,000 → $5,000.
 */
export function retention(proceeds: Money): Retention {
  if (proceeds.currency !== 'USD') throw new RangeError('the SBP retention rule is written in US dollars');
  const p = proceeds.amount > 0n ? proceeds.amount : 0n;
  const half = p / 2n;
  const upToFloor = p < RETENTION_MONTHLY_FLOOR.amount ? p : RETENTION_MONTHLY_FLOOR.amount;
  const keep = half > upToFloor ? half : upToFloor;
  return { proceeds: money(p, 'USD'), keep: money(keep, 'USD'), convert: money(p - keep, 'USD') };
}

export interface MonthRetention extends Retention {
  /** YYYY-MM in Asia/Karachi. */
  month: string;
}

/** Paid USD payouts grouped by the month (Asia/Karachi) they were paid, newest first, each month's retention. */
export function retentionByMonth(payouts: readonly { paidAt: Date; amount: Money }[]): MonthRetention[] {
  const by = new Map<string, bigint>();
  for (const p of payouts) {
    if (p.amount.currency !== 'USD') continue;
    const m = karachiDay(p.paidAt).slice(0, 7);
    by.set(m, (by.get(m) ?? 0n) + p.amount.amount);
  }
  return [...by.entries()].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0)).map(([month, amount]) => ({ month, ...retention(money(amount, 'USD')) }));
}

// --- Days ---------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const karachi = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Karachi', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day of a moment in Pakistan: YYYY-MM-DD. */
export function karachiDay(at: Date): string {
  return karachi.format(at);
}

const dayIndex = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);

/** Whole days from one calendar day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayIndex(to) - dayIndex(from);
}

// --- Reminders ----------------------------------------------------------------------------------

/** How many days before a deadline each reminder goes: the issue asks for 30 and 7. */
export const REMINDER_STAGES = [30, 7] as const;
export type ReminderStage = (typeof REMINDER_STAGES)[number];

/**
 * The reminder stage a day `daysLeft` before a deadline falls in: 30 from 30 days before down to 8,
 * 7 from 7 days before down to the day before; none on the day itself, after it, or earlier than 30
 * days. A job that misses the 30th day still sends the 30-day reminder on a later day of its window.
 */
export function reminderStage(daysLeft: number): ReminderStage | null {
  if (daysLeft < 1) return null;
  const ascending = [...REMINDER_STAGES].sort((a, b) => a - b);
  return ascending.find((s) => daysLeft <= s) ?? null;
}

/**
 * The income tax return of tax year Y (1 July Y−1 to 30 June Y) is due on 30 September Y for
 * individuals (tax-pakistan.md §c: "30 September for individuals and AOPs (often extended)"). An
 * extension is announced each year: the reminder names the statutory date.
 */
export function returnDeadline(taxYear: number): string {
  return `${taxYear}-09-30`;
}

/** The next return deadline on or after `today` (YYYY-MM-DD), its tax year and the days left. */
export function nextReturnDeadline(today: string): { taxYear: number; deadline: string; daysLeft: number } {
  const year = Number(today.slice(0, 4));
  const taxYear = today <= returnDeadline(year) ? year : year + 1;
  const deadline = returnDeadline(taxYear);
  return { taxYear, deadline, daysLeft: daysBetween(today, deadline) };
}

/** What a tax_reminders row is about: "2026:30" (a tax year) or "2027-03-31:7" (a PSEB expiry). */
export const reminderOccasion = (about: string | number, stage: ReminderStage): string => `${about}:${stage}`;

/**
 * The "PRC missing" reminder goes once, this many days after a USD payout was paid: long enough for
 * the bank to issue the certificate (banks issue it on request after the proceeds are realised).
 */
export const PRC_REMINDER_AFTER_DAYS = 7;
/**
 * Payouts paid longer ago than this are not reminded about: the reminder is for the payout just
 * received, and a first run on an old database must not mail about every payout of past years.
 */
export const PRC_REMINDER_WITHIN_DAYS = 60;

/** Whether a payout paid at `paidAt` is due its one PRC reminder at `now`. */
export function prcReminderDue(paidAt: Date, now: Date): boolean {
  const age = now.getTime() - paidAt.getTime();
  return age >= PRC_REMINDER_AFTER_DAYS * DAY_MS && age < PRC_REMINDER_WITHIN_DAYS * DAY_MS;
}
