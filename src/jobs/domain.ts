// Job and proposal rules, with no I/O. Invariants:
// - a job is open or closed: close: open → closed, reopen: closed → open; it is edited only while
//   open; hiring closes it;
// - a proposal is submitted → shortlisted → hired; submitted or shortlisted → declined (by the
//   client, with an optional reason the freelancer sees) or → withdrawn (by the freelancer). The
//   freelancer edits or withdraws only "until the client acts", i.e. while it is submitted;
// - budgets, rates and prices are integers in minor units (paisa, cents), never floating point, in
//   the job's one currency; an hourly job has a rate range (min ≤ max) and weekly hours;
// - a fixed-price proposal's milestone plan, when it has one, adds up to its price exactly: the
//   contract made from it holds the plan, so the client funds what was agreed (no more, no less);
//   an hourly proposal has no plan (its contract is billed week by week). hirePlan() is what a
//   hire makes, and sums to the price;
// - anti-spam: at most DAILY_LIMITS.jobs jobs per client and DAILY_LIMITS.proposals proposals per
//   freelancer in any 24 hours (counted in SQL by the service).
import { z } from 'zod';
import { CURRENCIES, type Currency, formatMoney, type Money, money, parseMinorUnits } from '../platform/money.ts';
import { multiLine, singleLine } from '../platform/text.ts';
import type { JobDuration, JobExperience, JobKind, JobStatus, JobVisibility, ProposalStatus } from './tables.ts';

export type { JobDuration, JobExperience, JobKind, JobStatus, JobVisibility, ProposalStatus } from './tables.ts';

export const JOB_KINDS = ['fixed', 'hourly'] as const satisfies readonly JobKind[];
export const JOB_DURATIONS = ['lt_1_week', '1_4_weeks', '1_3_months', 'gt_3_months'] as const satisfies readonly JobDuration[];
export const JOB_EXPERIENCE = ['entry', 'intermediate', 'expert'] as const satisfies readonly JobExperience[];
export const JOB_VISIBILITY = ['public', 'invite_only'] as const satisfies readonly JobVisibility[];
export const JOB_STATUSES = ['open', 'closed'] as const satisfies readonly JobStatus[];
export const PROPOSAL_STATUSES = ['submitted', 'shortlisted', 'declined', 'withdrawn', 'hired'] as const satisfies readonly ProposalStatus[];

export const LIMITS = {
  title: 100,
  description: 5000,
  skills: 10,
  coverLetter: 5000,
  declineReason: 500,
  milestones: 10,
  milestoneTitle: 100,
  weeklyHours: { min: 1, max: 80 },
  deliveryDays: { min: 1, max: 365 },
} as const;

/** Anti-spam: how many of each a person may create in any 24 hours. */
export const DAILY_LIMITS = { jobs: 10, proposals: 30 } as const;
export type DailyLimits = { jobs: number; proposals: number };

// --- Job status --------------------------------------------------------------------------------

export type JobAction = 'close' | 'reopen';
export const JOB_ACTIONS = ['close', 'reopen'] as const satisfies readonly JobAction[];

const JOB_TRANSITIONS: Record<JobAction, Partial<Record<JobStatus, JobStatus>>> = {
  close: { open: 'closed' },
  reopen: { closed: 'open' },
};

export function nextJobStatus(status: JobStatus, action: JobAction): JobStatus | null {
  return JOB_TRANSITIONS[action][status] ?? null;
}

export const jobActions = (status: JobStatus): JobAction[] => JOB_ACTIONS.filter((a) => nextJobStatus(status, a) !== null);

/** A job's content changes only while it is open. */
export const canEditJob = (status: JobStatus) => status === 'open';

/** New proposals only on an open job. */
export const acceptsProposals = (status: JobStatus) => status === 'open';

/** Whether a viewer may see a job: its owner always; others when public, or invited to an invite-only one. */
export function canSeeJob(job: { clientId: string; visibility: JobVisibility }, viewerId: string | null, invited: boolean): boolean {
  if (viewerId !== null && viewerId === job.clientId) return true;
  return job.visibility === 'public' || (viewerId !== null && invited);
}

// --- Proposal status -----------------------------------------------------------------------------

export type ProposalAction = 'shortlist' | 'decline' | 'hire' | 'withdraw';
export const PROPOSAL_ACTIONS = ['shortlist', 'decline', 'hire', 'withdraw'] as const satisfies readonly ProposalAction[];
/** Who takes each action: the job's client, or the proposal's freelancer. */
export const PROPOSAL_ACTOR: Record<ProposalAction, 'client' | 'freelancer'> = { shortlist: 'client', decline: 'client', hire: 'client', withdraw: 'freelancer' };

const PROPOSAL_TRANSITIONS: Record<ProposalAction, Partial<Record<ProposalStatus, ProposalStatus>>> = {
  shortlist: { submitted: 'shortlisted' },
  hire: { shortlisted: 'hired' },
  decline: { submitted: 'declined', shortlisted: 'declined' },
  // The freelancer may withdraw only until the client acts.
  withdraw: { submitted: 'withdrawn' },
};

export function nextProposalStatus(status: ProposalStatus, action: ProposalAction): ProposalStatus | null {
  return PROPOSAL_TRANSITIONS[action][status] ?? null;
}

export const proposalActions = (status: ProposalStatus, by: 'client' | 'freelancer'): ProposalAction[] =>
  PROPOSAL_ACTIONS.filter((a) => PROPOSAL_ACTOR[a] === by && nextProposalStatus(status, a) !== null);

/** The freelancer edits a proposal only until the client acts. */
export const canEditProposal = (status: ProposalStatus) => status === 'submitted';

// --- Input schemas ---------------------------------------------------------------------------------

const amount = (positiveKey: string) =>
  z.object({
    amount: z.string({ error: 'field.money_invalid' }).describe('Minor units (paisa or cents) as a decimal string, e.g. "150000" for Rs 1,500'),
    currency: z.enum(CURRENCIES, { error: 'field.job_currency' }),
  }).check((ctx) => {
    const r = parseMinorUnits(ctx.value.amount, ctx.value.currency);
    if (!r.ok) ctx.issues.push({ code: 'custom', message: r.key, params: r.params ?? {}, input: ctx.value.amount, path: ['amount'] });
    else if (r.value.amount === 0n) ctx.issues.push({ code: 'custom', message: positiveKey, input: ctx.value.amount, path: ['amount'] });
  });

const slugRef = z.string({ error: 'field.choose' }).regex(/^[a-z0-9-]{1,60}$/, 'field.choose');
const int = (key: string, min: number, max: number) => z.number({ error: key }).int(key).min(min, key).max(max, key);

export const jobInput = z
  .object({
    title: singleLine(LIMITS.title),
    description: multiLine(LIMITS.description, 1),
    category_slug: slugRef.nullable().default(null),
    skills: z.array(slugRef).max(LIMITS.skills, { error: 'field.job_max_skills' }).default([]),
    kind: z.enum(JOB_KINDS, { error: 'field.choose' }),
    currency: z.enum(CURRENCIES, { error: 'field.job_currency' }),
    budget: amount('field.job_amount_positive').nullable().default(null).describe('Fixed-price jobs: the budget'),
    rate_min: amount('field.job_amount_positive').nullable().default(null).describe('Hourly jobs: the lowest hourly rate'),
    rate_max: amount('field.job_amount_positive').nullable().default(null).describe('Hourly jobs: the highest hourly rate'),
    weekly_hours: int('field.job_weekly_hours', LIMITS.weeklyHours.min, LIMITS.weeklyHours.max).nullable().default(null).describe('Hourly jobs: hours per week, 1–80'),
    duration: z.enum(JOB_DURATIONS, { error: 'field.choose' }),
    experience: z.enum(JOB_EXPERIENCE, { error: 'field.choose' }),
    visibility: z.enum(JOB_VISIBILITY, { error: 'field.choose' }).default('public'),
  })
  .check((ctx) => {
    const v = ctx.value;
    const need = (field: 'budget' | 'rate_min' | 'rate_max' | 'weekly_hours') => {
      if (v[field] === null) ctx.issues.push({ code: 'custom', message: 'field.required', input: null, path: [field] });
    };
    const sameCurrency = (field: 'budget' | 'rate_min' | 'rate_max') => {
      const m = v[field];
      if (m && m.currency !== v.currency) ctx.issues.push({ code: 'custom', message: 'field.job_one_currency', input: m, path: [field] });
    };
    if (v.kind === 'fixed') {
      need('budget');
      sameCurrency('budget');
    } else {
      need('rate_min');
      need('rate_max');
      need('weekly_hours');
      sameCurrency('rate_min');
      sameCurrency('rate_max');
      if (v.rate_min && v.rate_max && /^[0-9]+$/.test(v.rate_min.amount) && /^[0-9]+$/.test(v.rate_max.amount) && BigInt(v.rate_min.amount) > BigInt(v.rate_max.amount))
        ctx.issues.push({ code: 'custom', message: 'field.job_rate_range', input: v.rate_max, path: ['rate_max'] });
    }
  });

export type JobInput = z.output<typeof jobInput>;

export interface JobContent {
  title: string;
  description: string;
  category_slug: string | null;
  skills: string[];
  kind: JobKind;
  currency: Currency;
  budget: Money | null;
  rateMin: Money | null;
  rateMax: Money | null;
  weeklyHours: number | null;
  duration: JobDuration;
  experience: JobExperience;
  visibility: JobVisibility;
}

const toMoney = (m: { amount: string; currency: Currency } | null): Money | null => (m ? { amount: BigInt(m.amount), currency: m.currency } : null);

/** Parsed input as content: only the fields of its kind kept, amounts as bigint. */
export function toJobContent(input: JobInput): JobContent {
  const fixed = input.kind === 'fixed';
  return {
    title: input.title,
    description: input.description,
    category_slug: input.category_slug,
    skills: [...new Set(input.skills)],
    kind: input.kind,
    currency: input.currency,
    budget: fixed ? toMoney(input.budget) : null,
    rateMin: fixed ? null : toMoney(input.rate_min),
    rateMax: fixed ? null : toMoney(input.rate_max),
    weeklyHours: fixed ? null : input.weekly_hours,
    duration: input.duration,
    experience: input.experience,
    visibility: input.visibility,
  };
}

const milestoneInput = z.object({
  title: singleLine(LIMITS.milestoneTitle),
  amount: amount('field.job_amount_positive'),
});

/** A proposal as the freelancer writes it: `amount` is the fixed price, or the hourly rate on an hourly job. */
export const proposalInput = z.object({
  cover_letter: multiLine(LIMITS.coverLetter, 1),
  amount: amount('field.job_amount_positive').describe('The price (fixed-price job) or hourly rate (hourly job), in the job’s currency'),
  delivery_days: int('field.proposal_delivery_days', LIMITS.deliveryDays.min, LIMITS.deliveryDays.max),
  milestones: z.array(milestoneInput).max(LIMITS.milestones, { error: 'field.proposal_max_milestones' }).default([]).describe('Optional plan, in the job’s currency'),
});

export type ProposalInput = z.output<typeof proposalInput>;

/** Only a proposal's money (its price and plan): what the form's Preview button checks. */
export const proposalMoneyInput = proposalInput.pick({ amount: true, milestones: true });

export const declineInput = z.object({ reason: multiLine(LIMITS.declineReason).default('') });
export const inviteInput = z.object({ handle: z.string({ error: 'field.required' }).trim().min(1, 'field.required').max(40, 'field.job_invite_handle') });

export interface ProposalContent {
  coverLetter: string;
  amount: Money;
  deliveryDays: number;
  milestones: { title: string; amount: Money }[];
}

/** A field's message: its key and the values it names. */
export interface ProposalProblem {
  key: string;
  params?: Record<string, string>;
}

const isMinor = (s: string) => /^[0-9]{1,30}$/.test(s);

/**
 * Field errors (path → message) of a proposal against its job: every amount in the job's currency;
 * on a fixed-price job a milestone plan adds up to the price (the message names both figures); an
 * hourly proposal has no plan. Amounts are formatted once, the same in English and Urdu ("Rs 17,000").
 */
export function proposalProblems(input: Pick<ProposalInput, 'amount' | 'milestones'>, job: { currency: Currency; kind: JobKind }): Record<string, ProposalProblem> {
  const out: Record<string, ProposalProblem> = {};
  if (input.amount.currency !== job.currency) out.amount = { key: 'field.job_one_currency' };
  input.milestones.forEach((m, i) => {
    if (m.amount.currency !== job.currency) out[`milestones.${i}.amount`] = { key: 'field.job_one_currency' };
  });
  if (input.milestones.length === 0) return out;
  if (job.kind === 'hourly') {
    out.milestones = { key: 'field.proposal_hourly_plan' };
    return out;
  }
  const amounts = [input.amount, ...input.milestones.map((m) => m.amount)];
  // A plan in another currency, or an amount that is not whole minor units, is reported on its own field.
  if (Object.keys(out).length || !amounts.every((a) => isMinor(a.amount))) return out;
  const price = money(BigInt(input.amount.amount), job.currency);
  const planned = money(
    input.milestones.reduce((acc, m) => acc + BigInt(m.amount.amount), 0n),
    job.currency,
  );
  if (planned.amount !== price.amount) out.milestones = { key: 'field.proposal_plan_sum', params: { sum: formatMoney('en', planned), price: formatMoney('en', price) } };
  return out;
}

/** One order of the contract a hire makes: a milestone, or the first week of an hourly contract. */
export interface PlannedPart {
  title: string;
  price: Money;
}

/**
 * What hiring a proposal makes (src/orders/contracts.ts contractFromHire, and the confirmation page
 * shows the same): a fixed-price proposal becomes its milestones, or one milestone of the whole
 * price when it has no plan; an hourly one becomes its first week, funded up to rate × weekly hours
 * (40 when the job names none). `total` is what the contract holds now; the first part is funded first.
 */
export function hirePlan(p: { kind: JobKind; jobTitle: string; amount: Money; weeklyHours: number | null; milestones: readonly { title: string; amount: Money }[] }): {
  parts: PlannedPart[];
  total: Money;
  weeklyHours: number | null;
} {
  if (p.kind === 'hourly') {
    const hours = p.weeklyHours ?? DEFAULT_WEEKLY_HOURS;
    const week = money(p.amount.amount * BigInt(hours), p.amount.currency);
    return { parts: [{ title: p.jobTitle, price: week }], total: week, weeklyHours: hours };
  }
  const parts = p.milestones.length ? p.milestones.map((m) => ({ title: m.title, price: m.amount })) : [{ title: p.jobTitle, price: p.amount }];
  return { parts, total: money(parts.reduce((acc, m) => acc + m.price.amount, 0n), p.amount.currency), weeklyHours: null };
}

/** An hourly contract's weekly limit when the job names no hours. */
export const DEFAULT_WEEKLY_HOURS = 40;

export function toProposalContent(input: ProposalInput): ProposalContent {
  return {
    coverLetter: input.cover_letter,
    amount: { amount: BigInt(input.amount.amount), currency: input.amount.currency },
    deliveryDays: input.delivery_days,
    milestones: input.milestones.map((m) => ({ title: m.title, amount: { amount: BigInt(m.amount.amount), currency: m.amount.currency } })),
  };
}
