// The legal help desk's rules (docs/decisions/0067-legal-help-desk.md). Pure: no I/O.
//
// Invariants (domain.test.ts):
// - a question is read by its asker, by the advisor who answered it, and, while no advisor has
//   taken it, by every legal advisor; by nobody else (they get not_found, so ids cannot be probed);
// - a question moves open -> answered (an advisor's reply) <-> follow_up (the asker's), and any of
//   them -> closed by the asker; nothing is written into a closed question;
// - an anonymised text carries none of the identifiers it was given (names and their parts,
//   handles, e-mails, order numbers) and no e-mail address, phone or CNIC number, link, or amount
//   of money written with a currency; anonymising twice changes nothing more;
// - a harassment question is never offered for the public FAQ.
import { z } from 'zod';
import { formatDate, isolate, ltr } from '../platform/format.ts';
import type { Locale } from '../platform/i18n.ts';
import { add, formatMoney, type Money, subtract } from '../platform/money.ts';
import { asciiDigits, multiLine, singleLine } from '../platform/text.ts';

export const QUESTION_CATEGORIES = ['contracts', 'unpaid_work', 'tax', 'intellectual_property', 'harassment'] as const;
export type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];
/** Harassment questions stay private for ever: the FAQ has no place for them. */
export const FAQ_CATEGORIES = ['contracts', 'unpaid_work', 'tax', 'intellectual_property'] as const;
export type FaqCategory = (typeof FAQ_CATEGORIES)[number];
export const QUESTION_STATUSES = ['open', 'answered', 'follow_up', 'closed'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export const TITLE_MIN = 5;
export const TITLE_MAX = 140;
export const BODY_MIN = 20;
export const BODY_MAX = 5000;
export const MESSAGE_MAX = 8000;
/** How many questions a person may have waiting for a first answer at once (spam and overload). */
export const OPEN_QUESTIONS_MAX = 5;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const askInput = z.object({
  category: z.enum(QUESTION_CATEGORIES, { error: 'field.choose' }).describe('contracts, unpaid_work, tax, intellectual_property or harassment'),
  title: singleLine(TITLE_MAX, TITLE_MIN).describe('A short summary, 5 to 140 characters'),
  body: multiLine(BODY_MAX, BODY_MIN).describe('The question in full, 20 to 5000 characters; Urdu or English'),
  order_id: z
    .string()
    .trim()
    .default('')
    .refine((s) => s === '' || uuid.test(s), 'field.choose')
    .transform((s) => (s === '' ? null : s))
    .describe('One of your own orders, or empty; the advisor who answers then sees its record'),
});
export type AskInput = z.output<typeof askInput>;

export const messageInput = z.object({ body: multiLine(MESSAGE_MAX, 1).describe('An answer (advisor) or a follow-up (asker), up to 8000 characters') });

export const consentInput = z.object({
  consent: z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === 'yes', z.boolean()).describe('true: an anonymised answer may be published in the FAQ; false takes it back (and withdraws a published entry)'),
});

export const faqInput = z.object({
  language: z.enum(['en', 'ur'], { error: 'field.choose' }).describe('The language the entry is written in'),
  title: singleLine(TITLE_MAX, TITLE_MIN),
  question: multiLine(BODY_MAX, BODY_MIN).describe('The question as the FAQ shows it; anonymised again on publishing'),
  answer: multiLine(MESSAGE_MAX, BODY_MIN).describe('The answer as the FAQ shows it; anonymised again on publishing'),
});
export type FaqInput = z.output<typeof faqInput>;

// --- Who may read and act ------------------------------------------------------------------------

export interface QuestionFacts {
  askerId: string;
  advisorId: string | null;
  status: QuestionStatus;
  category: QuestionCategory;
}

export interface Viewer {
  userId: string;
  /** Holds the legal_advisor role (or is an admin, who may do what every role may). */
  advisor: boolean;
}

export type Side = 'asker' | 'advisor';

/** Which side the viewer reads the question from, or null: they may not see it at all. */
export function sideOf(q: QuestionFacts, v: Viewer): Side | null {
  if (q.askerId === v.userId) return 'asker';
  if (!v.advisor) return null;
  if (q.advisorId === null || q.advisorId === v.userId) return 'advisor';
  return null;
}

/** The status after a message from `side`, or null when no message may be written now. */
export function afterMessage(status: QuestionStatus, side: Side): QuestionStatus | null {
  if (status === 'closed') return null;
  if (side === 'advisor') return 'answered';
  return status === 'answered' ? 'follow_up' : status;
}

/** Whether the asker may be asked for consent to publish: answered at least once, not harassment. */
export const consentOffered = (q: { category: QuestionCategory; answered: boolean }): boolean => q.answered && q.category !== 'harassment';

/** The FAQ category of a question (null for harassment, which is never published). */
export const faqCategory = (c: QuestionCategory): FaqCategory | null => ((FAQ_CATEGORIES as readonly string[]).includes(c) ? (c as FaqCategory) : null);

// --- Anonymising ---------------------------------------------------------------------------------

/** What a question names that must not reach the FAQ: the people's names and handles, e-mails, order numbers. */
export interface Identifiers {
  names: readonly string[];
  handles: readonly string[];
  emails: readonly string[];
  orderNumbers: readonly string[];
}

/** The words put in place of what was removed, in the entry's language. */
export interface AnonTokens {
  name: string;
  order: string;
  amount: string;
  contact: string;
  link: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Word edges for any script: JavaScript's \b knows only ASCII letters.
const edge = (body: string) => new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_@.-])(?:${body})(?![\\p{L}\\p{M}\\p{N}_])`, 'giu');

const DIGIT = '[0-9\\u06F0-\\u06F9\\u0660-\\u0669]';
const NUMBER = `${DIGIT}+(?:[,.\\u066B\\u066C]${DIGIT}+)*`;
const CURRENCY_BEFORE = '(?:rs\\.?|pkr|usd|us\\$|\\$|£|€|gbp|eur|aed|sar|روپے|روپیہ|ڈالر)';
const CURRENCY_AFTER = '(?:rupees?|rs\\.?|pkr|usd|dollars?|pounds?|euros?|dirhams?|riyals?|روپے|روپیہ|ڈالر|پاؤنڈ|یورو|درہم|ریال)';
const SCALE = '(?:\\s*(?:k|lakh|lac|crore|million|thousand|ہزار|لاکھ|کروڑ))?';
const AMOUNT = new RegExp(`${CURRENCY_BEFORE}\\s*${NUMBER}${SCALE}|${NUMBER}${SCALE}\\s*${CURRENCY_AFTER}(?![\\p{L}])|${NUMBER}\\s*(?:lakh|lac|crore|لاکھ|کروڑ)`, 'giu');
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>()]+/giu;
// A CNIC (12345-1234567-1), a Pakistani mobile (0300-1234567, +92 300 1234567) or any run of ten or
// more digits with spaces or dashes between them.
const PHONE_OR_ID = new RegExp(`\\+?${DIGIT}(?:[\\s-]?${DIGIT}){9,}`, 'gu');
const ORDER_REF = /\bHNR-\d+\b/giu;

/** The parts of names worth removing on their own: words of three letters or more. */
function nameParts(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const n of names) {
    const whole = n.trim();
    if (whole.length >= 2) out.add(whole);
    for (const w of whole.split(/[\s.,،]+/u)) if ([...w].length >= 3) out.add(w);
  }
  // Longest first, so "Emma Clarke" goes before "Emma".
  return [...out].sort((a, b) => b.length - a.length);
}

/**
 * The text with every identifier replaced by a neutral word: what a person wrote about their own
 * case, made fit for a public page. Amounts go too (a price and a category can point at one client);
 * plain numbers (years, days, counts) stay, because advice is phrased in them.
 */
export function anonymise(text: string, ids: Identifiers, tokens: AnonTokens): string {
  let out = text.normalize('NFC');
  const mark = (s: string) => `[${s}]`;
  // What is known about the people first (a handle may hold digits), then what looks like a contact or an amount.
  out = out.replace(EMAIL, mark(tokens.contact));
  out = out.replace(LINK, mark(tokens.link));
  for (const e of ids.emails) if (e) out = out.replace(new RegExp(escapeRe(e), 'giu'), mark(tokens.contact));
  const handles = ids.handles.filter((h) => h.length >= 2);
  if (handles.length) out = out.replace(edge(`@?(?:${handles.map(escapeRe).join('|')})`), mark(tokens.name));
  const parts = nameParts(ids.names);
  if (parts.length) out = out.replace(edge(parts.map(escapeRe).join('|')), mark(tokens.name));
  out = out.replace(ORDER_REF, mark(tokens.order));
  const numbers = ids.orderNumbers.map((n) => asciiDigits(n).replace(/^HNR-/i, '')).filter((n) => /^\d+$/.test(n));
  if (numbers.length) out = out.replace(edge(`(?:HNR-)?(?:${numbers.map(escapeRe).join('|')})`), mark(tokens.order));
  out = out.replace(AMOUNT, mark(tokens.amount));
  out = out.replace(PHONE_OR_ID, mark(tokens.contact));
  return out;
}

// --- Contract templates --------------------------------------------------------------------------

export const TEMPLATE_KINDS = ['service_agreement', 'nda', 'work_for_hire'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];
/** The kinds as they appear in addresses: /legal/templates/service-agreement. */
export const templateSlug = (k: TemplateKind): string => k.replace(/_/g, '-');
export const templateOfSlug = (s: string): TemplateKind | null => TEMPLATE_KINDS.find((k) => templateSlug(k) === s) ?? null;

/** Each template's clauses, in order; the texts are messages legal.tpl.<kind>.<clause>.{title,text,plain}. */
export const TEMPLATE_CLAUSES: Readonly<Record<TemplateKind, readonly string[]>> = {
  service_agreement: ['parties', 'scope', 'price', 'timeline', 'revisions', 'acceptance', 'ownership', 'confidentiality', 'cancellation', 'independent', 'law', 'whole'],
  nda: ['parties', 'purpose', 'confidential', 'exclusions', 'duties', 'duration', 'return', 'no_licence', 'law'],
  work_for_hire: ['parties', 'work', 'payment', 'ownership', 'own_materials', 'third_party', 'credit', 'original', 'law'],
};

/** What a template is filled with, already formatted for the reader (amounts, dates, names). */
export interface TemplateFacts {
  /** The order or contract number people quote: HNR-1042, or the contract's title. */
  reference: string;
  client: string;
  freelancer: string;
  /** The work, in the order's or contract's own words. */
  scope: string;
  price: string;
  clientFee: string;
  freelancerFee: string;
  /** What the freelancer receives after Hunar's fee. */
  net: string;
  /** What the client pays in all. */
  total: string;
  start: string;
  /** The delivery date, or the contract's milestones in words. */
  due: string;
  revisions: string;
}

export const TEMPLATE_FIELDS = ['reference', 'client', 'freelancer', 'scope', 'price', 'clientFee', 'freelancerFee', 'net', 'total', 'start', 'due', 'revisions'] as const satisfies readonly (keyof TemplateFacts)[];

/** A line to write on by hand, where a blank template has nothing to fill in. */
export const BLANK = '______________';

export interface FilledClause {
  id: string;
  title: string;
  text: string;
  /** The clause in plain words: what it means for the freelancer and the client. */
  plain: string;
}

/**
 * A template's clauses with every placeholder filled from the order or contract, or left as a line
 * to write on (a blank template). `t` is the reader's translator; the texts are its messages.
 */
export function fillTemplate(kind: TemplateKind, facts: TemplateFacts | null, operator: string, t: (key: string, params?: Record<string, string | number>) => string): FilledClause[] {
  const params: Record<string, string> = { operator };
  for (const f of TEMPLATE_FIELDS) params[f] = facts?.[f] || BLANK;
  return TEMPLATE_CLAUSES[kind].map((id) => ({
    id,
    title: t(`legal.tpl.${kind}.${id}.title`),
    text: t(`legal.tpl.${kind}.${id}.text`, params),
    plain: t(`legal.tpl.${kind}.${id}.plain`, params),
  }));
}

/** What an order or a contract gives a template, unformatted (the service reads it; templateFacts formats it). */
export interface TemplateSource {
  /** An order's number as people quote it (HNR-1042); null for a contract. */
  orderNumber: string | null;
  /** A contract's title; null for an order. */
  contractTitle: string | null;
  client: string;
  freelancer: string;
  scope: string;
  /** Fixed price (an order, or a fixed-price contract's agreed price). */
  price: Money | null;
  /** Hourly contracts: the rate and the weekly cap. */
  hourly: { rate: Money; hours: number } | null;
  /** The fees of the order, or of the contract's milestones so far; null where they are set week by week. */
  fees: { clientFee: Money; freelancerFee: Money } | null;
  start: Date | null;
  due: Date | null;
  deliveryDays: number | null;
  /** Included revisions; -1 for milestones (revised until the client is satisfied). */
  revisions: number | null;
  /** A contract of milestones: its dates are per milestone. */
  milestones: boolean;
}

type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * The template's facts in the reader's language: amounts as Rs 12,000 (kept left to right inside
 * Urdu sentences), dates in the reader's zone, names isolated so a Latin name keeps its place in an
 * Urdu line. Anything the source does not say is left empty: the template shows a line to write on.
 */
export function templateFacts(src: TemplateSource, locale: Locale, t: Translate, timeZone: string): TemplateFacts {
  const amount = (m: Money) => ltr(formatMoney(locale, m));
  const date = (d: Date) => formatDate(locale, d, timeZone);
  const contractFees = t('legal.tpl.contract_fees');
  const price = src.price ? amount(src.price) : src.hourly ? t('legal.tpl.hourly_price', { rate: amount(src.hourly.rate), hours: src.hourly.hours }) : '';
  const fees = src.fees;
  return {
    reference: src.orderNumber ? ltr(src.orderNumber) : src.contractTitle ? t('legal.tpl.contract_ref', { title: isolate(src.contractTitle) }) : '',
    client: isolate(src.client),
    freelancer: isolate(src.freelancer),
    scope: isolate(src.scope),
    price,
    clientFee: fees ? amount(fees.clientFee) : contractFees,
    freelancerFee: fees ? amount(fees.freelancerFee) : contractFees,
    net: fees && src.price ? amount(subtract(src.price, fees.freelancerFee)) : contractFees,
    total: fees && src.price ? amount(add(src.price, fees.clientFee)) : contractFees,
    start: src.start ? date(src.start) : '',
    due: src.milestones ? t('legal.tpl.due_milestones') : src.due ? date(src.due) : src.deliveryDays ? t('legal.tpl.due_days', { n: src.deliveryDays }) : '',
    revisions: src.revisions === null ? '' : src.revisions < 0 ? t('legal.tpl.revisions_unlimited') : t('legal.tpl.revisions', { n: src.revisions }),
  };
}
