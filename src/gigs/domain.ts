// Gig rules, with no I/O. Invariants:
// - a gig is draft, published or paused; publish: draft → published, pause: published → paused,
//   resume: paused → published; delete is allowed from any status; there is no way back to draft
//   (pausing takes a gig offline, and a published gig is only ever edited into another complete gig);
// - only a complete gig (canPublish returns nothing) is published or resumed, and an edit that
//   would leave a published or paused gig incomplete is refused;
// - a gig has 1–3 packages when published, all in the gig's one currency (also enforced by a
//   foreign key on (gig id, currency)), each price > 0, and prices strictly increasing by position
//   (Basic < Standard < Premium), so the columns read as the buyer expects;
// - prices are integers in minor units (paisa, cents); never floating point.
import { z } from 'zod';
import { CURRENCIES, type Currency, type Money, parseMinorUnits } from '../platform/money.ts';
import { multiLine, singleLine } from '../platform/text.ts';
import type { GigStatus } from './tables.ts';

export { CURRENCIES, type Currency, isCurrency } from '../platform/money.ts';
export type { GigStatus } from './tables.ts';
export const GIG_STATUSES = ['draft', 'published', 'paused'] as const satisfies readonly GigStatus[];

export const LIMITS = {
  title: 100,
  description: 5000,
  packages: 3,
  packageName: 60,
  packageDescription: 500,
  features: 10,
  feature: 80,
  skills: 10,
  faqs: 10,
  faqQuestion: 200,
  faqAnswer: 1000,
  questions: 10,
  question: 300,
  deliveryDays: { min: 1, max: 90 },
  revisions: { min: 0, max: 20 },
} as const;

/** Anti-spam: how many gigs a freelancer may create in any 24 hours (counted in SQL by the service). */
export const DAILY_GIG_LIMIT = 10;

/** Revisions value meaning "unlimited". */
export const UNLIMITED_REVISIONS = -1;

// --- Status machine ------------------------------------------------------------------------

export type GigAction = 'publish' | 'pause' | 'resume';
export const GIG_ACTIONS = ['publish', 'pause', 'resume'] as const satisfies readonly GigAction[];

const TRANSITIONS: Record<GigAction, Partial<Record<GigStatus, GigStatus>>> = {
  publish: { draft: 'published' },
  pause: { published: 'paused' },
  resume: { paused: 'published' },
};

/** The status after `action`, or null when the action does not apply to this status. */
export function nextStatus(status: GigStatus, action: GigAction): GigStatus | null {
  return TRANSITIONS[action][status] ?? null;
}

/** Actions a seller can take from a status (for buttons); delete is always possible. */
export function availableActions(status: GigStatus): GigAction[] {
  return GIG_ACTIONS.filter((a) => nextStatus(status, a) !== null);
}

/** Whether others may see the gig. */
export const isPublic = (status: GigStatus) => status === 'published';

/** Publishing and resuming need a complete gig; a published or paused gig must stay complete. */
export const mustBeComplete = (status: GigStatus) => status !== 'draft';

// --- Content ---------------------------------------------------------------------------------

export type Price = Money;

export interface PackageContent {
  name: string;
  description: string;
  price: Price | null;
  delivery_days: number | null;
  revisions: number;
  features: string[];
}

export interface GigContent {
  title: string;
  description: string;
  category_slug: string | null;
  skills: string[];
  currency: Currency;
  packages: PackageContent[];
  faqs: { question: string; answer: string }[];
  questions: { question: string; required: boolean }[];
}

export interface Missing {
  /** The input field it concerns (the same path as validation errors). */
  field: string;
  /** i18n key. */
  key: string;
  params?: Record<string, string | number>;
}

/** What stops this gig from being published; empty when it is complete. */
export function canPublish(gig: GigContent): Missing[] {
  const out: Missing[] = [];
  if (gig.title.trim() === '') out.push({ field: 'title', key: 'gigs.missing.title' });
  if (gig.description.trim() === '') out.push({ field: 'description', key: 'gigs.missing.description' });
  if (!gig.category_slug) out.push({ field: 'category_slug', key: 'gigs.missing.category' });
  if (gig.packages.length === 0) out.push({ field: 'packages.0.name', key: 'gigs.missing.package' });
  gig.packages.forEach((p, i) => {
    const n = i + 1;
    if (p.name.trim() === '') out.push({ field: `packages.${i}.name`, key: 'gigs.missing.package_name', params: { n } });
    if (!p.price || p.price.amount <= 0n) out.push({ field: `packages.${i}.price`, key: 'gigs.missing.package_price', params: { n } });
    else if (p.price.currency !== gig.currency) out.push({ field: `packages.${i}.price`, key: 'field.gig_one_currency' });
    if (p.delivery_days === null) out.push({ field: `packages.${i}.delivery_days`, key: 'gigs.missing.package_delivery', params: { n } });
    const prev = gig.packages[i - 1]?.price;
    if (prev && p.price && p.price.amount <= prev.amount) out.push({ field: `packages.${i}.price`, key: 'gigs.missing.price_order', params: { n, prev: n - 1 } });
  });
  return out;
}

// --- Input schemas (the API's JSON and the form's fields, after routes.tsx reshapes them) -------

// API callers send minor units as a string; the form's typed amount is read by routes.tsx with
// parseMoneyInput and arrives here in the same shape. Limits and messages are the money module's.
const price = z
  .object({
    amount: z.string({ error: 'field.money_invalid' }).describe('Minor units (paisa or cents) as a decimal string, e.g. "150000" for Rs 1,500'),
    currency: z.enum(CURRENCIES, { error: 'field.gig_currency' }),
  })
  .check((ctx) => {
    const r = parseMinorUnits(ctx.value.amount, ctx.value.currency);
    if (!r.ok) ctx.issues.push({ code: 'custom', message: r.key, params: r.params ?? {}, input: ctx.value.amount, path: ['amount'] });
    else if (r.value.amount === 0n) ctx.issues.push({ code: 'custom', message: 'field.gig_price_positive', input: ctx.value.amount, path: ['amount'] });
  });

const days = z
  .number({ error: 'field.gig_delivery_days' })
  .int('field.gig_delivery_days')
  .min(LIMITS.deliveryDays.min, 'field.gig_delivery_days')
  .max(LIMITS.deliveryDays.max, 'field.gig_delivery_days');

const revisions = z
  .number({ error: 'field.gig_revisions' })
  .int('field.gig_revisions')
  .min(UNLIMITED_REVISIONS, 'field.gig_revisions')
  .max(LIMITS.revisions.max, 'field.gig_revisions')
  .describe('0–20, or -1 for unlimited');

export const packageInput = z.object({
  name: singleLine(LIMITS.packageName, 0).default(''),
  description: multiLine(LIMITS.packageDescription).default(''),
  price: price.nullable().default(null),
  delivery_days: days.nullable().default(null),
  revisions: revisions.default(0),
  features: z.array(singleLine(LIMITS.feature)).max(LIMITS.features, { error: 'field.gig_max_features' }).default([]),
});

const faqInput = z.object({
  question: singleLine(LIMITS.faqQuestion),
  answer: multiLine(LIMITS.faqAnswer, 1),
});

const questionInput = z.object({
  question: singleLine(LIMITS.question),
  required: z.boolean({ error: 'field.invalid' }).default(true),
});

const slugRef = z.string({ error: 'field.choose' }).regex(/^[a-z0-9-]{1,60}$/, 'field.choose');

/** A gig as its seller writes it: drafts may leave everything but the title empty. */
export const gigInput = z
  .object({
    title: singleLine(LIMITS.title),
    description: multiLine(LIMITS.description).default(''),
    category_slug: slugRef.nullable().default(null),
    skills: z.array(slugRef).max(LIMITS.skills, { error: 'field.gig_max_skills' }).default([]),
    currency: z.enum(CURRENCIES, { error: 'field.gig_currency' }).optional().describe('The gig’s currency; defaults to the packages’ currency, else PKR'),
    packages: z.array(packageInput).max(LIMITS.packages, { error: 'field.gig_max_packages' }).default([]),
    faqs: z.array(faqInput).max(LIMITS.faqs, { error: 'field.gig_max_rows' }).default([]),
    questions: z.array(questionInput).max(LIMITS.questions, { error: 'field.gig_max_rows' }).default([]),
  })
  .check((ctx) => {
    // One currency per gig: the first one named (gig, then packages) decides.
    const first = ctx.value.currency ?? ctx.value.packages.find((p) => p.price)?.price?.currency;
    ctx.value.packages.forEach((p, i) => {
      if (p.price && p.price.currency !== first) ctx.issues.push({ code: 'custom', message: 'field.gig_one_currency', input: p.price, path: ['packages', i, 'price'] });
    });
  });

export type GigInput = z.output<typeof gigInput>;

/** The parsed input as content: prices as bigint, the currency settled. */
export function toContent(input: GigInput): GigContent {
  const currency = input.currency ?? input.packages.find((p) => p.price)?.price?.currency ?? 'PKR';
  return {
    title: input.title,
    description: input.description,
    category_slug: input.category_slug,
    skills: [...new Set(input.skills)],
    currency,
    packages: input.packages.map((p) => ({ ...p, price: p.price ? { amount: BigInt(p.price.amount), currency: p.price.currency } : null })),
    faqs: input.faqs,
    questions: input.questions,
  };
}
