// Pure rules for the onboarding wizard: which steps a person sees for their role, in what order,
// where they resume, how far along they are, and what each step's form may contain. No I/O here.
//
// The role step is asked only when the role is not known yet (an account made without one) or when
// the person comes back to change their answers: sign-up already asked it (askRole = false).
//
// Invariants (asserted in domain.test.ts):
// - every role's sequence starts with language, then role when it is asked, and ends with done;
// - a client never sees the freelancer steps (category, city, languages, payout, privacy) and a
//   freelancer never sees the client step (needs); 'both' sees all of them, freelancer steps first;
// - every sequence is a subsequence of `onboardingSteps`, so "the step after X" is well defined
//   even when X belongs to another role (the role can change half-way through).
import { z } from 'zod';
import { type RoleChoice, roles } from '../accounts/domain.ts';
import type { PayoutMethod } from '../db/schema.ts';
import { multiLine } from '../platform/text.ts';

export const onboardingSteps = ['language', 'role', 'category', 'city', 'languages', 'payout', 'privacy', 'needs', 'done'] as const;
export type OnboardingStep = (typeof onboardingSteps)[number];

const freelancerOnly: ReadonlySet<OnboardingStep> = new Set(['category', 'city', 'languages', 'payout', 'privacy']);
const clientOnly: ReadonlySet<OnboardingStep> = new Set(['needs']);

export function isStep(s: unknown): s is OnboardingStep {
  return typeof s === 'string' && (onboardingSteps as readonly string[]).includes(s);
}

/** Whether the wizard asks the role: always without one, and when someone reviews finished answers. */
export function asksRole(role: RoleChoice | null, completed: boolean): boolean {
  return role === null || completed;
}

/** The ordered steps for a role. Without a role yet, only language and role (then done). */
export function stepsFor(role: RoleChoice | null, askRole = true): OnboardingStep[] {
  const freelancer = role === 'freelancer' || role === 'both';
  const client = role === 'client' || role === 'both';
  return onboardingSteps.filter((s) => (s === 'role' ? askRole || role === null : freelancerOnly.has(s) ? freelancer : clientOnly.has(s) ? client : true));
}

export function stepAvailable(step: OnboardingStep, role: RoleChoice | null, askRole = true): boolean {
  return stepsFor(role, askRole).includes(step);
}

const order = (s: OnboardingStep) => onboardingSteps.indexOf(s);

/** The step after `step` for this role; done stays done. */
export function nextStep(step: OnboardingStep, role: RoleChoice | null, askRole = true): OnboardingStep {
  return stepsFor(role, askRole).find((s) => order(s) > order(step)) ?? 'done';
}

/** The step before `step` for this role, or null on the first step. */
export function previousStep(step: OnboardingStep, role: RoleChoice | null, askRole = true): OnboardingStep | null {
  return (
    stepsFor(role, askRole)
      .filter((s) => order(s) < order(step))
      .at(-1) ?? null
  );
}

/**
 * Where someone coming back continues: the saved step when their role has it, else the first of
 * their steps that comes after it (the role may have changed since), else the beginning.
 */
export function resumeStep(saved: string | null | undefined, role: RoleChoice | null, askRole = true): OnboardingStep {
  if (!isStep(saved)) return 'language';
  return stepsFor(role, askRole).find((s) => order(s) >= order(saved)) ?? 'done';
}

export interface Progress {
  /** 1-based position of the step in this role's sequence. */
  index: number;
  total: number;
  /** Whole percent, 0..100, for the bar. */
  percent: number;
}

export function progress(step: OnboardingStep, role: RoleChoice | null, askRole = true): Progress {
  const steps = stepsFor(role, askRole);
  const found = steps.indexOf(step);
  // A step outside the sequence counts as the position it would have.
  const index = found >= 0 ? found + 1 : steps.filter((s) => order(s) < order(step)).length + 1;
  const total = steps.length;
  return { index, total, percent: Math.round((index / total) * 100) };
}

export const payoutMethods = ['bank', 'jazzcash', 'easypaisa', 'payoneer'] as const satisfies readonly PayoutMethod[];
// Compile-time check that the list covers every method the database accepts.
const _allPayoutMethods: Record<PayoutMethod, true> = { bank: true, jazzcash: true, easypaisa: true, payoneer: true };
void _allPayoutMethods;

/** Where a client is: Pakistan, or abroad (ZZ, CLDR's "unknown region": the country is not asked). */
export const clientCountries = ['PK', 'ZZ'] as const;
export type ClientCountry = (typeof clientCountries)[number];

export const CLIENT_NEEDS_MAX = 500;
/** Bounds a tampered checkbox list; the real list is shorter. */
export const LANGUAGES_MAX = 20;

/** The reference data a step's answer must come from (cities, categories, spoken languages). */
export interface Reference {
  cities: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  languages: ReadonlySet<string>;
}

const choice = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'field.choose' });
const known = (set: ReadonlySet<string>, message: string) =>
  z
    .string({ error: 'field.choose' })
    .refine((v) => v !== '', 'field.choose')
    .refine((v) => v === '' || set.has(v), message);

/** A checkbox group arrives as nothing, one string, or several. */
const checkboxes = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

export function stepInput(ref: Reference) {
  return {
    language: z.object({ locale: choice(['en', 'ur']) }),
    role: z.object({ role: choice(roles) }),
    category: z.object({ main_category: known(ref.categories, 'field.category_unknown') }),
    city: z.object({ city_slug: known(ref.cities, 'field.city_unknown') }),
    languages: z.object({
      languages: checkboxes.pipe(
        z
          .array(z.string())
          .min(1, 'field.languages_none')
          .max(LANGUAGES_MAX, 'field.languages_too_many')
          .refine((list) => list.every((l) => ref.languages.has(l)), 'field.languages_unknown')
          .transform((list) => [...new Set(list)]),
      ),
    }),
    payout: z.object({ payout_method: choice(payoutMethods) }),
    privacy: z.object({
      show_photo: choice(['photo', 'initials']).transform((v) => v === 'photo'),
      show_city: choice(['show', 'hide']).transform((v) => v === 'show'),
    }),
    needs: z.object({
      client_needs: multiLine(CLIENT_NEEDS_MAX, 1),
      country: z
        .enum(['', ...clientCountries], { error: 'field.choose' })
        .optional()
        .transform((v): ClientCountry => (v === undefined || v === '' ? 'PK' : v)),
    }),
  } as const;
}

export type StepInputs = ReturnType<typeof stepInput>;
/** Steps with a form of their own (done has only a button). */
export type FormStep = keyof StepInputs;

export function hasForm(step: OnboardingStep): step is FormStep {
  return step !== 'done';
}
