// A freelancer's tax profile, checked without I/O: the CNIC and NTN as people type them, the PSEB
// registration, filer status, province and salary; one schema for the /tax/profile form and
// PUT /api/v1/tax/profile.
//
// Facts from ../shared/reference/payments-pakistan.md §5 (CNIC) and §6 (NTN), tax-pakistan.md §(c)
// (ATL) and §(d) (PSEB). Invariants (asserted in domain.test.ts):
// - a CNIC is accepted only as 13 digits, written XXXXX-XXXXXXX-X with or without its dashes, in
//   Western, Urdu or Arabic-Indic digits; nothing else is checked (no checksum is published, and we
//   infer neither province nor gender from it: §5);
// - an entity's NTN is 7 digits with an optional check digit, which is NOT checked: the published
//   algorithm does not reproduce the reference's own example (§6);
// - an individual's NTN is their CNIC: it is never kept as a clear NTN (decision 0053), so a
//   13-digit "entity NTN" is refused with a message saying so;
// - a masked CNIC shows at most its last four digits;
// - a PSEB number and its expiry go together; an expiry is a real calendar day within
//   PSEB_EXPIRY_WINDOW of today.
import { z } from 'zod';
import { isPositive, type Money, moneyInput } from '../platform/money.ts';
import { asciiDigits, singleLine } from '../platform/text.ts';
import { PROVINCES, type Province } from '../tax/tables.ts';

// --- CNIC ---------------------------------------------------------------------------------------

/** Dashes of every kind people paste (hyphen, non-breaking hyphen, figure and en dash, minus) as "-". */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** Spaces and the invisible marks an Urdu page or a phone keyboard puts around digits. */
const INVISIBLE = /[\s\u00A0\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g;

/** What a person typed, in ASCII digits and plain dashes, without spaces. */
export function compactNumber(input: string): string {
  return asciiDigits(input.normalize('NFKC')).replace(DASHES, '-').replace(INVISIBLE, '');
}

/** §5: `^[0-9]{5}-?[0-9]{7}-?[0-9]$`. */
const CNIC_SHAPE = /^[0-9]{5}-?[0-9]{7}-?[0-9]$/;

export type CnicResult = { ok: true; digits: string } | { ok: false; key: 'field.required' | 'field.tax_cnic_shape' };

/** "35202-1234567-1", "3520212345671", "۳۵۲۰۲-۱۲۳۴۵۶۷-۱" → the 13 digits; anything else is refused. */
export function parseCnic(input: string): CnicResult {
  const s = compactNumber(input);
  if (s === '') return { ok: false, key: 'field.required' };
  if (!CNIC_SHAPE.test(s)) return { ok: false, key: 'field.tax_cnic_shape' };
  return { ok: true, digits: s.replace(/-/g, '') };
}

/** The 13 digits as the card prints them: 35202-1234567-1 (only for staff who chose to reveal it). */
export const formatCnic = (digits: string): string => `${digits.slice(0, 5)}-${digits.slice(5, 12)}-${digits.slice(12)}`;

/** The last four digits, all a page or an answer ever shows: •••••-••••567-1 (the card's layout). */
export function maskCnic(last4: string): string {
  if (!/^[0-9]{4}$/.test(last4)) throw new Error('a masked CNIC needs exactly four digits');
  return `•••••-••••${last4.slice(0, 3)}-${last4.slice(3)}`;
}

export const cnicLast4 = (digits: string): string => digits.slice(-4);

// --- NTN ----------------------------------------------------------------------------------------

const ENTITY_NTN = /^([0-9]{7})(?:-?([0-9]))?$/;
const INDIVIDUAL_NTN = /^[0-9]{13}$/;

export type NtnResult =
  | { ok: true; kind: 'individual'; digits: string }
  | { ok: true; kind: 'entity'; ntn: string }
  | { ok: false; key: 'field.required' | 'field.tax_ntn_shape' };

/**
 * An NTN as typed: 13 digits (with the CNIC's dashes or none) is an individual's, which is their
 * CNIC; 7 digits with an optional check digit (4174941-3, 41749413) is an entity's, kept as
 * NNNNNNN or NNNNNNN-N. The check digit is not verified (§6: the algorithm is unconfirmed).
 */
export function parseNtn(input: string): NtnResult {
  const s = compactNumber(input);
  if (s === '') return { ok: false, key: 'field.required' };
  if (CNIC_SHAPE.test(s) && INDIVIDUAL_NTN.test(s.replace(/-/g, ''))) return { ok: true, kind: 'individual', digits: s.replace(/-/g, '') };
  const m = ENTITY_NTN.exec(s);
  if (m) return { ok: true, kind: 'entity', ntn: m[2] === undefined ? m[1]! : `${m[1]}-${m[2]}` };
  return { ok: false, key: 'field.tax_ntn_shape' };
}

// --- PSEB ---------------------------------------------------------------------------------------

export const PSEB_NUMBER_MIN = 3;
export const PSEB_NUMBER_MAX = 40;
/**
 * The reference gives no format for a freelancer's PSEB registration number (tax-pakistan.md §(d)),
 * so letters, digits and the separators certificates use (/ - . and spaces), starting with a letter
 * or digit; stored upper-case with single spaces.
 */
const PSEB_NUMBER = /^[A-Z0-9][A-Z0-9/ .-]*$/;

export function normalisePsebNumber(input: string): string {
  return asciiDigits(input.normalize('NFKC')).replace(DASHES, '-').replace(/\s+/g, ' ').trim().toUpperCase();
}

/**
 * How far from today an expiry may be. A certificate is valid one year (tax-pakistan.md §(d),
 * unconfirmed officially): an expiry two years ahead is a typo, and one more than three years ago
 * says nothing about the person now. An expired certificate inside the window is kept, so the
 * reminders (src/remittances) can tell them to renew.
 */
export const PSEB_EXPIRY_WINDOW = { yearsBack: 3, yearsAhead: 2 } as const;

const DAY = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isDay(s: string): boolean {
  const m = DAY.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** The same month and day, `years` later (29 February falls back to 28 February). */
export function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

export type ExpiryProblem = { key: 'field.tax_pseb_expiry_past' | 'field.tax_pseb_expiry_future'; params: { date: string } };

/** Null when `expiresOn` (a valid day) is inside the window around `today`; else the field message. */
export function psebExpiryProblem(expiresOn: string, today: string): ExpiryProblem | null {
  const earliest = addYears(today, -PSEB_EXPIRY_WINDOW.yearsBack);
  const latest = addYears(today, PSEB_EXPIRY_WINDOW.yearsAhead);
  if (expiresOn < earliest) return { key: 'field.tax_pseb_expiry_past', params: { date: earliest } };
  if (expiresOn > latest) return { key: 'field.tax_pseb_expiry_future', params: { date: latest } };
  return null;
}

/** Days before expiry when the profile starts saying "renew soon" (the first reminder's distance). */
export const PSEB_EXPIRING_DAYS = 30;

export type PsebState = 'valid' | 'expiring' | 'expired';

/** A registration's state on `today`: expired after its last day, expiring within 30 days of it. */
export function psebState(expiresOn: string, today: string): PsebState {
  if (expiresOn < today) return 'expired';
  const soon = new Date(`${today}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + PSEB_EXPIRING_DAYS);
  return expiresOn <= soon.toISOString().slice(0, 10) ? 'expiring' : 'valid';
}

// --- The form and API body ----------------------------------------------------------------------

export const NTN_KINDS = ['none', 'cnic', 'entity'] as const;
export type NtnKind = (typeof NTN_KINDS)[number];

/** A checkbox: "on" from a form (absent means off), true/false from JSON. */
const checkbox = z
  .union([z.boolean(), z.enum(['on', 'true', '1', 'false', '0', ''])], { error: 'field.invalid' })
  .optional()
  .transform((v) => v === true || v === 'on' || v === 'true' || v === '1');

/** Optional text: absent, null and blank are all "not given". */
const optionalText = z
  .string({ error: 'field.invalid' })
  .nullable()
  .optional()
  .transform((v) => (v ?? '').trim());

export type CnicChange = { action: 'keep' } | { action: 'remove' } | { action: 'set'; digits: string };

export interface TaxProfileInput {
  ntn: { kind: 'none' } | { kind: 'cnic' } | { kind: 'entity'; number: string };
  cnic: CnicChange;
  psebNumber: string | null;
  /** YYYY-MM-DD; its distance from today is checked by the service (it needs the clock). */
  psebExpiresOn: string | null;
  filer: boolean;
  province: Province | null;
  hasSalary: boolean;
  /** Yearly, in PKR, above zero; null without a salary. */
  salary: Money | null;
}

const PKR = moneyInput('PKR');

export const SALARY_DESCRIPTION = 'Yearly, in rupees: typed ("Rs 1,800,000", "۱۸۰۰۰۰۰") or { "amount": "180000000", "currency": "PKR" } in paisa';

/**
 * What the form and PUT /api/v1/tax/profile send. `cnic` left out or blank keeps the one on file
 * (the page never shows it back); JSON null removes it. Every refusal is a field message (field.*).
 */
export const taxProfileInput = z
  .object({
    // Choices and money are checked in the transform below, so one bad field does not hide the others.
    ntn_kind: z
      .string({ error: 'field.choose' })
      .optional()
      .meta({ enum: [...NTN_KINDS] })
      .describe('none: no NTN yet; cnic: an individual, whose NTN is their CNIC; entity: the 7-digit NTN in `ntn`'),
    ntn: optionalText.describe('The 7-digit NTN with its optional check digit (4174941-3), when ntn_kind is entity'),
    cnic: z
      .string({ error: 'field.invalid' })
      .max(80, { error: 'field.tax_cnic_shape' })
      .nullable()
      .optional()
      .describe('13 digits, with or without dashes (35202-1234567-1). Leave out or send "" to keep the one on file; null removes it'),
    pseb_number: optionalText.describe('The PSEB registration number on the certificate'),
    pseb_expires_on: optionalText.describe('The certificate’s expiry, YYYY-MM-DD'),
    filer: checkbox.describe('On the Active Taxpayers List (a filer)'),
    province: z
      .string({ error: 'field.choose' })
      .nullable()
      .optional()
      .meta({ enum: [...PROVINCES, ''] }),
    has_salary: checkbox.describe('They also draw a salary from a job'),
    salary: z
      .union([z.string(), z.object({ amount: z.string(), currency: z.string() }), z.null()], { error: 'field.money_invalid' })
      .optional()
      .describe(SALARY_DESCRIPTION),
  })
  .transform((v, ctx): TaxProfileInput => {
    const issue = (path: string, message: string, params: Record<string, string | number> = {}) => ctx.issues.push({ code: 'custom', message, params, path: [path], input: v });

    let ntn: TaxProfileInput['ntn'] = { kind: 'none' };
    const kind = v.ntn_kind || (v.ntn ? 'entity' : 'none');
    if (!(NTN_KINDS as readonly string[]).includes(kind)) issue('ntn_kind', 'field.choose');
    else if (kind === 'cnic') ntn = { kind: 'cnic' };
    else if (kind === 'entity') {
      const r = parseNtn(v.ntn);
      if (!r.ok) issue('ntn', r.key);
      // An individual's NTN is their CNIC: said with the other choice, never kept in the clear.
      else if (r.kind === 'individual') issue('ntn', 'field.tax_ntn_is_cnic');
      else ntn = { kind: 'entity', number: r.ntn };
    }

    let cnic: CnicChange = { action: 'keep' };
    if (v.cnic === null) cnic = { action: 'remove' };
    else if (v.cnic !== undefined && v.cnic.trim() !== '') {
      const r = parseCnic(v.cnic);
      if (r.ok) cnic = { action: 'set', digits: r.digits };
      else issue('cnic', r.key);
    }

    const psebNumber = v.pseb_number ? normalisePsebNumber(v.pseb_number) : null;
    if (psebNumber !== null) {
      if (psebNumber.length < PSEB_NUMBER_MIN) issue('pseb_number', 'field.too_short', { min: PSEB_NUMBER_MIN });
      else if (psebNumber.length > PSEB_NUMBER_MAX) issue('pseb_number', 'field.too_long', { max: PSEB_NUMBER_MAX });
      else if (!PSEB_NUMBER.test(psebNumber)) issue('pseb_number', 'field.tax_pseb_number');
    }
    const expiry = v.pseb_expires_on ? asciiDigits(v.pseb_expires_on.normalize('NFKC')) : null;
    if (expiry !== null && !isDay(expiry)) issue('pseb_expires_on', 'field.tax_date');
    if (psebNumber !== null && expiry === null) issue('pseb_expires_on', 'field.tax_pseb_expiry_needed');
    if (psebNumber === null && expiry !== null) issue('pseb_number', 'field.tax_pseb_number_needed');

    let province: Province | null = null;
    if (v.province) {
      if ((PROVINCES as readonly string[]).includes(v.province)) province = v.province as Province;
      else issue('province', 'field.choose');
    }

    // A salary typed but not ticked is ignored, whatever it says.
    let salary: Money | null = null;
    if (v.has_salary) {
      if (v.salary === undefined || v.salary === null || v.salary === '') issue('salary', 'field.required');
      else {
        const r = PKR.safeParse(v.salary);
        if (!r.success) {
          const first = r.error.issues[0]!;
          ctx.issues.push({ code: 'custom', message: first.message, params: (first as { params?: Record<string, unknown> }).params ?? {}, path: ['salary', ...first.path], input: v.salary });
        } else if (!isPositive(r.data)) issue('salary', 'field.tax_salary_zero');
        else salary = r.data;
      }
    }

    return { ntn, cnic, psebNumber, psebExpiresOn: expiry, filer: v.filer, province, hasSalary: v.has_salary, salary };
  });

/** Where a province's English and Urdu names come from: the taxonomy's list (src/taxonomy/data.ts). */
export const PROVINCE_TAXONOMY_SLUG: Readonly<Record<Province, string>> = {
  punjab: 'punjab',
  sindh: 'sindh',
  khyber_pakhtunkhwa: 'khyber-pakhtunkhwa',
  balochistan: 'balochistan',
  islamabad: 'ict',
  gilgit_baltistan: 'gilgit-baltistan',
  azad_kashmir: 'azad-kashmir',
};

// --- Staff --------------------------------------------------------------------------------------

export const REVEAL_REASON_MIN = 10;
export const REVEAL_REASON_MAX = 300;

/** Why a staff member opens a CNIC: written into the audit row with the reveal (decision 0053). */
export const revealInput = z.object({ reason: singleLine(REVEAL_REASON_MAX, REVEAL_REASON_MIN) });
