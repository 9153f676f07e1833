// Money in, with no I/O: top-up references, webhook signatures, the top-up state machine, bank
// statement CSV parsing and the input schemas that forms and the API share.
//
// Invariants (tested in domain.test.ts):
// - a reference is HNR-XXXX-XXXX over an alphabet with no look-alike characters (no 0/O, 1/I/L,
//   U), and its last character is a Luhn mod-30 check character: any one mistyped character and
//   any swap of two neighbours (but 2 ↔ Z, Luhn's one blind spot) is caught, so a typo is found
//   before it can credit someone else's wallet;
// - a webhook is trusted only with a valid HMAC-SHA256 over "<timestamp>.<raw body>", compared in
//   constant time, and a timestamp at most WEBHOOK_TOLERANCE_SECONDS old (or early);
// - a top-up leaves pending once; succeeded is final; a late "failed", "expired" or stale "pending"
//   changes nothing after it. Only "succeeded" may follow failed or expired: the provider then
//   holds the client's money, and crediting it late is better than losing it;
// - a statement row is applied only when it is a credit with a readable date, amount, currency and
//   bank transaction id; anything else is shown as a bad row and changes nothing.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { IDEMPOTENCY_KEY } from '../ledger/domain.ts';
import { AppError } from '../platform/errors.ts';
import { type Currency, CURRENCIES, currencySchema, type Money, moneyInput, parseMoneyInput } from '../platform/money.ts';
import { asciiDigits } from '../platform/text.ts';

export const TOP_UP_METHODS = ['bank_transfer', 'simulator'] as const;
export type TopUpMethod = (typeof TOP_UP_METHODS)[number];
export const TOP_UP_STATUSES = ['pending', 'succeeded', 'failed', 'expired'] as const;
export type TopUpStatus = (typeof TOP_UP_STATUSES)[number];
export type PaymentEventType = TopUpStatus;

/** The smallest top-up: Rs 100 or $1 (a smaller bank transfer costs more in fees than it moves). */
export const MIN_TOP_UP: Readonly<Record<Currency, bigint>> = { PKR: 10_000n, USD: 100n };

// --- References ----------------------------------------------------------------------------------

/** 30 characters, none easily confused when read aloud, handwritten or typed on a phone. */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const N = REFERENCE_ALPHABET.length;
const codeOf = (ch: string) => REFERENCE_ALPHABET.indexOf(ch);

/** Luhn mod N over the characters (https://en.wikipedia.org/wiki/Luhn_mod_N_algorithm). */
export function checkCharacter(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    const code = codeOf(body[i]!);
    if (code < 0) throw new RangeError(`not a reference character: ${body[i]}`);
    let addend = factor * code;
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / N) + (addend % N);
    sum += addend;
  }
  return REFERENCE_ALPHABET[(N - (sum % N)) % N]!;
}

/** A new reference from 7 random bytes (the caller's randomness): HNR-7K3P-9Q2M. */
export function makeReference(random: Uint8Array): string {
  if (random.length < 7) throw new RangeError('a reference needs 7 random bytes');
  // 256 is not a multiple of 30: the small bias this leaves is harmless for a reference.
  const body = Array.from(random.slice(0, 7), (b) => REFERENCE_ALPHABET[b % N]).join('');
  const all = body + checkCharacter(body);
  return `HNR-${all.slice(0, 4)}-${all.slice(4)}`;
}

/** True for a well-formed reference whose check character matches. */
export function isValidReference(ref: string): boolean {
  const m = /^HNR-([2-9A-Z]{4})-([2-9A-Z]{4})$/.exec(ref);
  if (!m) return false;
  const all = m[1]! + m[2]!;
  if ([...all].some((c) => codeOf(c) < 0)) return false;
  return checkCharacter(all.slice(0, 7)) === all[7];
}

/**
 * The first valid reference in a piece of text as people and banks write it: any case, with
 * spaces, dashes, dots or nothing between the groups, Urdu digits ("HNR ۷K3P 9Q2M"), inside a
 * longer narration ("IBFT FROM ALI HNR7K3P9Q2M INV"). Null when there is none.
 */
export function findReference(text: string): string | null {
  const s = asciiDigits(text.normalize('NFKC')).toUpperCase();
  const re = /HNR[\s\-_.:/]*([0-9A-Z]{4})[\s\-_.]*([0-9A-Z]{4})(?![0-9A-Z])/g;
  for (const m of s.matchAll(re)) {
    const ref = `HNR-${m[1]}-${m[2]}`;
    if (isValidReference(ref)) return ref;
  }
  return null;
}

// --- Webhook signatures -------------------------------------------------------------------------

export const SIGNATURE_HEADER = 'x-hunar-signature';
/** How old (or how far ahead) a signed timestamp may be: a replayed old request is refused. */
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

const hmac = (secret: string, timestamp: number, body: string) => createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');

/** The header value for a body sent at `timestamp` (unix seconds): "t=1700000000,v1=<hex>". */
export function signWebhook(secret: string, body: string, timestamp: number): string {
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;
}

export type SignatureCheck = { ok: true; timestamp: number } | { ok: false; problem: 'signature' | 'stale' };

/**
 * Checks a webhook's signature header against the raw body. The signature is checked first, so an
 * unsigned caller learns nothing about the clock; then the timestamp's age.
 */
export function verifyWebhook(secret: string, body: string, header: string | undefined | null, nowSeconds: number, tolerance = WEBHOOK_TOLERANCE_SECONDS): SignatureCheck {
  if (!header || header.length > 500) return { ok: false, problem: 'signature' };
  const parts = new Map<string, string[]>();
  for (const item of header.split(',')) {
    const eq = item.indexOf('=');
    if (eq < 1) continue;
    const k = item.slice(0, eq).trim();
    parts.set(k, [...(parts.get(k) ?? []), item.slice(eq + 1).trim()]);
  }
  const t = parts.get('t')?.[0] ?? '';
  if (!/^\d{1,12}$/.test(t)) return { ok: false, problem: 'signature' };
  const timestamp = Number(t);
  const expected = Buffer.from(hmac(secret, timestamp, body), 'hex');
  // Several v1 values are allowed, so a secret can be rotated with both in use for a while.
  const match = (parts.get('v1') ?? []).some((v) => {
    if (!/^[0-9a-f]{64}$/i.test(v)) return false;
    return timingSafeEqual(Buffer.from(v, 'hex'), expected);
  });
  if (!match) return { ok: false, problem: 'signature' };
  if (Math.abs(nowSeconds - timestamp) > tolerance) return { ok: false, problem: 'stale' };
  return { ok: true, timestamp };
}

// --- The top-up state machine -------------------------------------------------------------------

/**
 * What an event does to a top-up in `current`: the next status, and whether anything changed.
 * pending → succeeded | failed | expired; succeeded is final; failed and expired give way only to
 * succeeded (the money arrived after all); "pending" never moves a top-up anywhere.
 */
export function nextTopUpStatus(current: TopUpStatus, event: PaymentEventType): { status: TopUpStatus; changed: boolean } {
  const stay = { status: current, changed: false };
  if (event === 'pending' || current === event || current === 'succeeded') return stay;
  if (current === 'pending') return { status: event, changed: true };
  // current is failed or expired
  return event === 'succeeded' ? { status: 'succeeded', changed: true } : stay;
}

// --- Idempotency keys ----------------------------------------------------------------------------

/** The key of a money-moving request: a form's hidden field or the Idempotency-Key header. */
export function requestKey(raw: string | undefined | null): string {
  const key = (raw ?? '').trim();
  if (!IDEMPOTENCY_KEY.test(key)) throw new AppError('validation.failed', {}, { idempotency_key: { key: 'payments.idempotency_key' } });
  return key;
}

// --- Input ----------------------------------------------------------------------------------------

const RETURN_TO_MAX = 500;

/** A client's top-up: the amount in the currency they will pay, and how. */
export const topUpInput = z.object({
  amount: moneyInput(),
  method: z.enum(TOP_UP_METHODS, { error: 'field.choose' }),
  return_to: z.string().max(RETURN_TO_MAX, 'field.invalid').optional().nullable(),
  confirm_large: z.boolean().optional().describe('True once the client has confirmed an amount far above their past top-ups (else refused with payment.confirm_large)'),
});
export type TopUpInput = z.output<typeof topUpInput>;

export function checkTopUpAmount(m: Money): 'field.payment_minimum' | null {
  return m.amount < MIN_TOP_UP[m.currency] ? 'field.payment_minimum' : null;
}

/**
 * Above this a top-up may be a slip (3000 typed for rupees, sent as dollars; a zero too many):
 * Rs 100,000 or $500 (about Rs 140,000), whichever currency it is in.
 */
export const LARGE_TOP_UP_FLOOR: Readonly<Record<Currency, bigint>> = { PKR: 100_000_00n, USD: 500_00n };
/** How many times a client's largest completed top-up (in the same currency) a new one may be before we ask. */
export const LARGE_TOP_UP_FACTOR = 5n;

/**
 * Whether to ask "is this amount right?" before starting a top-up: it is above LARGE_TOP_UP_FLOOR
 * and either the client has never completed a top-up in that currency, or it is more than
 * LARGE_TOP_UP_FACTOR times their largest completed one. Below the floor, never: small amounts are
 * not worth a second step.
 */
export function needsTopUpConfirmation(amount: Money, largestCompleted: Money | null): boolean {
  if (amount.amount <= LARGE_TOP_UP_FLOOR[amount.currency]) return false;
  if (!largestCompleted || largestCompleted.currency !== amount.currency || largestCompleted.amount <= 0n) return true;
  return amount.amount > LARGE_TOP_UP_FACTOR * largestCompleted.amount;
}

const bankTxnId = z
  .string({ error: 'field.required' })
  .trim()
  .min(1, 'field.required')
  .max(100, 'field.invalid')
  .regex(/^[A-Za-z0-9][A-Za-z0-9 _./:#-]*$/, 'field.invalid');

/** An ISO date (2025-01-31) or the Pakistani way of writing one (31/01/2025, 31-01-2025). */
export function parseDay(input: string): string | null {
  const s = asciiDigits(input).trim();
  let y: number;
  let m: number;
  let d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const pk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (pk) [d, m, y] = [Number(pk[1]), Number(pk[2]), Number(pk[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 2000 || y > 2100 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

const day = z.string({ error: 'field.required' }).transform((s, ctx) => {
  const r = parseDay(s);
  if (r) return r;
  ctx.issues.push({ code: 'custom', message: s.trim() === '' ? 'field.required' : 'field.date_invalid', input: s });
  return z.NEVER;
});

/** An admin matching one incoming transfer to a top-up's reference. */
export const matchInput = z.object({
  reference: z.string({ error: 'field.required' }).transform((s, ctx) => {
    const r = findReference(s);
    if (r) return r;
    ctx.issues.push({ code: 'custom', message: s.trim() === '' ? 'field.required' : 'field.reference_invalid', input: s });
    return z.NEVER;
  }),
  amount: moneyInput(),
  received_on: day,
  bank_txn_id: bankTxnId,
});
export type MatchInput = z.output<typeof matchInput>;

/** A statement to preview or apply: the CSV text, and which "amount differs" rows to credit anyway. */
export const statementInput = z.object({
  csv: z.string({ error: 'field.required' }).min(1, 'field.required').max(200_000, 'field.statement_too_large'),
  confirm: z.boolean().optional().default(false),
  accept_different_amounts: z.array(z.string().max(100)).max(5000).optional().default([]),
});

// --- Webhook events -----------------------------------------------------------------------------

/** The body a hosted checkout (the simulator) posts: one event about one top-up. */
export const webhookEvent = z.object({
  id: z.string().regex(/^evt_[A-Za-z0-9_-]{8,120}$/),
  type: z.enum(['payment.pending', 'payment.succeeded', 'payment.failed', 'payment.expired']),
  created: z.number().int().positive(),
  data: z.object({
    top_up: z.uuid(),
    reference: z.string().max(20),
    amount: z.object({ amount: z.string().regex(/^[1-9][0-9]{0,17}$/), currency: currencySchema }),
  }),
});
export type WebhookEvent = z.output<typeof webhookEvent>;
export const eventType = (e: WebhookEvent): PaymentEventType => e.type.slice('payment.'.length) as PaymentEventType;

// --- Bank statement CSV ---------------------------------------------------------------------------

/**
 * The columns of a statement, in any order, named in a header row (case and spaces ignored):
 * date, amount, currency, reference (the narration or description text), bank_txn_id (the bank's
 * own id of the transaction). README "Bank statements" documents the format.
 */
export const STATEMENT_COLUMNS = ['date', 'amount', 'currency', 'reference', 'bank_txn_id'] as const;
export const MAX_STATEMENT_ROWS = 5000;
const MAX_CELL = 500;

/** RFC 4180 CSV: quoted fields with commas, doubled quotes and line breaks; CRLF or LF; a BOM dropped. */
export function parseCsv(text: string): string[][] {
  const s = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  // Blank lines carry nothing.
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

/**
 * A spreadsheet formula pasted into a cell ("=HYPERLINK(…)", "+92…", "@SUM") is only text here:
 * it is never evaluated, and when shown back it is shown as typed. Amounts must be plain numbers,
 * so "=1+1" in the amount column is a bad row.
 */
export const looksLikeFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell);

export interface StatementLine {
  /** The line number in the file (1 is the header). */
  line: number;
  date: string;
  amount: Money;
  reference: string;
  bankTxnId: string;
  /** The top-up reference found in the text, if any. */
  found: string | null;
}

export interface StatementProblem {
  line: number;
  /** The field at fault and its message key. */
  field: (typeof STATEMENT_COLUMNS)[number] | 'row';
  key: string;
  /** The row's bank transaction id, when it could be read. */
  bankTxnId?: string | undefined;
}

const headerName = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

const statementRow = z.object({
  date: day,
  currency: z.string().transform((s, ctx) => {
    const c = s.trim().toUpperCase();
    if ((CURRENCIES as readonly string[]).includes(c)) return c as Currency;
    ctx.issues.push({ code: 'custom', message: s.trim() === '' ? 'field.required' : 'field.choose', input: s });
    return z.NEVER;
  }),
  amount: z.string(),
  reference: z.string().max(MAX_CELL, 'field.invalid'),
  bank_txn_id: bankTxnId,
});

/** Reads a statement: its lines, and the problems of rows that cannot be applied. */
export function parseStatement(text: string): { lines: StatementLine[]; problems: StatementProblem[] } {
  const rows = parseCsv(text);
  const problems: StatementProblem[] = [];
  const lines: StatementLine[] = [];
  const header = rows[0]?.map(headerName) ?? [];
  const missing = STATEMENT_COLUMNS.filter((c) => !header.includes(c));
  if (rows.length === 0 || missing.length) return { lines, problems: [{ line: 1, field: 'row', key: 'payments.statement.bad_header' }] };
  if (rows.length - 1 > MAX_STATEMENT_ROWS) return { lines, problems: [{ line: 1, field: 'row', key: 'payments.statement.too_many_rows' }] };
  const at = Object.fromEntries(STATEMENT_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof STATEMENT_COLUMNS)[number], number>;
  const seen = new Set<string>();
  rows.slice(1).forEach((cells, i) => {
    const line = i + 2;
    const get = (c: (typeof STATEMENT_COLUMNS)[number]) => (cells[at[c]] ?? '').slice(0, MAX_CELL + 1);
    const r = statementRow.safeParse({ date: get('date'), currency: get('currency'), amount: get('amount'), reference: get('reference'), bank_txn_id: get('bank_txn_id') });
    if (!r.success) {
      const issue = r.error.issues[0]!;
      const field = String(issue.path[0]) as StatementProblem['field'];
      problems.push({ line, field, key: issue.message.startsWith('field.') ? issue.message : 'field.invalid', bankTxnId: get('bank_txn_id').trim() || undefined });
      return;
    }
    const v = r.data;
    const amountText = v.amount.trim();
    const money = looksLikeFormula(amountText) && !/^-?\d/.test(amountText) ? null : parseMoneyInput(amountText, v.currency);
    if (!money) {
      problems.push({ line, field: 'amount', key: 'field.money_invalid', bankTxnId: v.bank_txn_id });
      return;
    }
    if (!money.ok) {
      // A debit (money leaving the platform's account) is not a top-up.
      problems.push({ line, field: 'amount', key: money.key === 'field.money_negative' ? 'payments.statement.not_a_credit' : money.key, bankTxnId: v.bank_txn_id });
      return;
    }
    if (money.value.amount === 0n) {
      problems.push({ line, field: 'amount', key: 'payments.statement.not_a_credit', bankTxnId: v.bank_txn_id });
      return;
    }
    if (seen.has(v.bank_txn_id)) {
      problems.push({ line, field: 'bank_txn_id', key: 'payments.statement.repeated_txn', bankTxnId: v.bank_txn_id });
      return;
    }
    seen.add(v.bank_txn_id);
    lines.push({ line, date: v.date, amount: money.value, reference: v.reference, bankTxnId: v.bank_txn_id, found: findReference(v.reference) });
  });
  return { lines, problems };
}

/** How a statement line relates to the top-ups: shown in the preview before anything is applied. */
export type LineStatus = 'matched' | 'amount_differs' | 'unmatched' | 'already_applied';

export function classifyLine(
  line: Pick<StatementLine, 'amount' | 'found'>,
  topUp: { status: TopUpStatus; amount: Money; method: TopUpMethod } | null,
  bankTxnApplied: boolean,
): LineStatus {
  if (bankTxnApplied) return 'already_applied';
  if (!line.found || !topUp || topUp.method !== 'bank_transfer') return 'unmatched';
  if (topUp.status === 'succeeded') return 'already_applied';
  return topUp.amount.currency === line.amount.currency && topUp.amount.amount === line.amount.amount ? 'matched' : 'amount_differs';
}
