// Rules for messages, with no I/O. Invariants:
// - a conversation has exactly two people; an enquiry is one per pair, an order's or a contract's
//   conversation one per order or contract (the database holds both with unique indexes);
// - a message has text or files (or both): text at most MESSAGE_MAX characters, at most
//   FILES_PER_MESSAGE files;
// - contact details and payment handles shared before the two have worked together are found here
//   (detectContactDetails), never blocked: the message is sent, stored with its flags, and the
//   sender is warned about paying off the platform;
// - a thread and its read pointers are ordered by message id alone (ids only increase).
import { z } from 'zod';
import { AppError } from '../platform/errors.ts';
import { asciiDigits, multiLine } from '../platform/text.ts';

export const MESSAGE_MAX = 5000;
export const FILES_PER_MESSAGE = 5;
export const REPORT_NOTE_MAX = 1000;
/** New enquiries one person may start in 24 hours (spam); messages in existing conversations are not limited. */
export const ENQUIRIES_PER_DAY = 40;
/** Messages on one page of a thread (the page and the API). */
export const PAGE_SIZE = 50;

export type ConversationKind = 'enquiry' | 'order' | 'contract';
export const CONTACT_KINDS = ['phone', 'email', 'payment', 'messenger'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export const REPORT_REASONS = ['spam', 'off_platform', 'abuse', 'scam', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

// --- Safety: contact details and payment handles -------------------------------------------------

// Between the digits of a number people put spaces, dashes, dots and brackets (0300-123 4567, (042) …).
const SEP = String.raw`[\s.\-()\u00a0]*`;
/** Pakistani mobiles: 03xx xxxxxxx, +92 3xx…, 0092 3xx…, 92 3xx…: a 3 and nine more digits. */
const PK_MOBILE = new RegExp(String.raw`(?<![\d+])(?:\+${SEP}92|0092|92|0)${SEP}3(?:${SEP}\d){9}(?!\d)`);
/** Any number written with a country code: +44 20 7946 0958. */
const INTERNATIONAL = new RegExp(String.raw`\+${SEP}\d(?:${SEP}\d){7,14}(?!\d)`);
/** Any other run of ten or more digits (landlines, account and card numbers, a CNIC), joined by at most single dashes or dots. */
const LONG_RUN = /(?<!\d)\d(?:[.-]?\d){9,}(?!\d)/;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;
// "ali at gmail dot com", "ali [at] gmail [dot] com", "ali(at)gmail.com", and the Urdu ایٹ / ڈاٹ.
const AT = String.raw`(?:\s*@\s*|\s*[[({<]\s*(?:at|ایٹ)\s*[\])}>]\s*|\s+(?:at|ایٹ)\s+)`;
const DOT = String.raw`(?:\.|\s*[[({<]\s*(?:dot|ڈاٹ)\s*[\])}>]\s*|\s+(?:dot|ڈاٹ)\s+)`;
const TLD = '(?:com|net|org|pk|co|io|me|info|biz|edu|uk|us|ae|in|live|email|online|xyz)';
const SPELLED_EMAIL = new RegExp(`[a-z0-9._%+-]+${AT}[a-z0-9-]+(?:${DOT}[a-z0-9-]+)*?${DOT}${TLD}(?![a-z0-9])`, 'u');

// Links and names of ways to pay outside Hunar.
const PAYMENT = [
  /paypal\.(?:me|com)|wise\.com\/pay|payoneer\.com|venmo\.com|cash\.app|buymeacoffee\.com|ko-fi\.com/,
  /(?<![a-z])(?:paypal|payoneer|western\s*union|moneygram|skrill|binance\s*pay|usdt)(?![a-z])/,
  /پے\s?پال|پائونیر|ویسٹرن\s?یونین/,
];
/** An IBAN: Pakistani (PK, 2 check digits, 4 bank letters, 16 digits) or any other country's. */
const IBAN = [/(?<![a-z0-9])pk\s?\d{2}\s?[a-z]{4}(?:\s?\d){16}(?![0-9])/, /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/];
/** Mobile wallets and bank words: with a number beside them, the number is for paying. */
const WALLET = /jazz\s*cash|easy\s*paisa|sada\s*pay|naya\s*pay|raast|account\s*(?:no|number|#)|a\/c|جاز\s?کیش|ایزی\s?پیس[ہا]|راست|اکاؤنٹ\s?نمبر/;
/** Chat apps and their links: talking outside Hunar. */
const MESSENGER = /wa\.me\/|whats\s*app|watsapp|whatsap(?![a-z])|t\.me\/|telegram|skype|واٹس\s?ایپ|واٹس\s?اپ|ٹیلی\s?گرام|اسکائپ/;

/**
 * What a message shares that could take the work and its payment off Hunar: phone numbers (also
 * written in Urdu or Arabic-Indic digits, with spaces or dashes), e-mail addresses (also spelled
 * out: "name at gmail dot com"), payment links, handles and IBANs, and chat-app links. Sorted, each
 * kind once; empty for an ordinary message. Prices, dates and order numbers are not numbers to call.
 */
export function detectContactDetails(text: string): ContactKind[] {
  const plain = asciiDigits(text.normalize('NFKC'));
  const lower = plain.toLowerCase();
  const found = new Set<ContactKind>();
  const number = PK_MOBILE.test(plain) || INTERNATIONAL.test(plain) || LONG_RUN.test(plain);
  if (number) found.add('phone');
  if (EMAIL.test(plain) || SPELLED_EMAIL.test(lower)) found.add('email');
  if (PAYMENT.some((re) => re.test(lower)) || IBAN[0]!.test(lower) || IBAN[1]!.test(plain) || (number && WALLET.test(lower))) found.add('payment');
  if (MESSENGER.test(lower)) found.add('messenger');
  return CONTACT_KINDS.filter((k) => found.has(k));
}

/** Whether a message should carry the off-platform warning: it shares something, and the two have not worked together yet. */
export function needsWarning(kinds: readonly ContactKind[], workedTogether: boolean): boolean {
  return kinds.length > 0 && !workedTogether;
}

// --- Input -------------------------------------------------------------------------------------

/** A message's text: may be empty when files come with it (checked by checkMessage). */
export const messageInput = z.object({ text: multiLine(MESSAGE_MAX).optional().default('') });

const uuid = z.string({ error: 'field.required' }).regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'field.invalid' });

/** POST /api/v1/conversations and the "Contact" form: to whom, about what (optional: a profile), the first message. */
export const startInput = z.object({
  with: z.string({ error: 'field.required' }).trim().min(1, { message: 'field.required' }).max(60, { message: 'field.invalid' }).describe('The other person’s handle, as in /u/<handle>'),
  about: z
    .union([z.object({ gig: uuid }).strict(), z.object({ job: uuid }).strict(), z.object({ order: uuid }).strict()])
    .optional()
    .describe('What the conversation is about: a gig or a job (an enquiry before any order) or an order (its conversation). Left out: a message from a profile'),
  text: multiLine(MESSAGE_MAX, 1),
});
export type StartInput = z.output<typeof startInput>;

export const reportInput = z.object({
  reason: z.enum(REPORT_REASONS, { error: 'field.invalid' }),
  note: multiLine(REPORT_NOTE_MAX).optional().default(''),
});

/** A message needs text or a file, and at most FILES_PER_MESSAGE files. */
export function checkMessage(text: string, files: number): void {
  if (files > FILES_PER_MESSAGE) throw new AppError('message.too_many_files', { max: FILES_PER_MESSAGE });
  if (text.length === 0 && files === 0) throw new AppError('validation.failed', {}, { text: { key: 'field.required' } });
}

/** The two people of a conversation in the order the database keeps them. */
export function pair(a: string, b: string): { low: string; high: string } {
  if (a === b) throw new AppError('message.to_yourself');
  return a < b ? { low: a, high: b } : { low: b, high: a };
}

// --- Paging and reading ------------------------------------------------------------------------

/** A keyset cursor is a message id (the oldest one of the page before). */
export function parseCursor(raw: string | undefined | null): bigint | null {
  if (raw === undefined || raw === null || raw === '') return null;
  if (!/^\d{1,18}$/.test(raw)) throw new AppError('validation.failed', {}, { before: { key: 'field.invalid' } });
  return BigInt(raw);
}

/**
 * The id of the viewer's own message to mark "Seen": the newest one the other person has read up
 * to (their pointer), or null when they have read none of the viewer's messages.
 */
export function seenMessageId(mine: readonly bigint[], otherReadUpTo: bigint): bigint | null {
  let out: bigint | null = null;
  for (const id of mine) if (id <= otherReadUpTo && (out === null || id > out)) out = id;
  return out;
}

/** One item of a thread: a message, or an order's timeline event landing in its conversation. */
export type ThreadItem<M, E> = { type: 'message'; at: Date; message: M } | { type: 'event'; at: Date; event: E };

/** Messages and order events in one list by time, oldest first (an event first when both share a moment). */
export function interleave<M extends { at: Date }, E extends { at: Date }>(messages: readonly M[], events: readonly E[]): ThreadItem<M, E>[] {
  const items: ThreadItem<M, E>[] = [...events.map((event) => ({ type: 'event' as const, at: event.at, event })), ...messages.map((message) => ({ type: 'message' as const, at: message.at, message }))];
  // Array.prototype.sort is stable: events were put first, so they stay first at the same time.
  return items.sort((a, b) => a.at.getTime() - b.at.getTime());
}

// --- Response rate (for seller levels) ------------------------------------------------------------

export const RESPONSE_WINDOW_DAYS = 90;
export const RESPONSE_WITHIN_HOURS = 24;

/**
 * The share (0..1) of conversations other people started with a freelancer that the freelancer
 * answered within RESPONSE_WITHIN_HOURS of the first message; null when nobody wrote to them.
 */
export function responseRate(conversations: readonly { firstAt: Date; repliedAt: Date | null }[]): number | null {
  if (conversations.length === 0) return null;
  const limit = RESPONSE_WITHIN_HOURS * 3_600_000;
  const answered = conversations.filter((c) => c.repliedAt !== null && c.repliedAt.getTime() - c.firstAt.getTime() <= limit).length;
  return answered / conversations.length;
}
