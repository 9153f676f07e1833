// Onboarding use cases: read where someone is in the wizard, save or skip a step, finish. Each
// takes the acting user, checks they are signed in and that the step belongs to their role, and
// writes the account and profile in one transaction together with the step to resume at.
import { type RoleChoice, roleFlags, roleOf } from '../accounts/domain.ts';
import type { Executor } from '../db/pool.ts';
import type { PayoutMethod } from '../db/schema.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import type { Locale } from '../platform/i18n.ts';
import { listCategories, listCities, listLanguages, listProvinces } from '../taxonomy/service.ts';
import { asksRole, type ClientCountry, hasForm, nextStep, type OnboardingStep, type Reference, resumeStep, stepAvailable, stepInput } from './domain.ts';

export interface Named {
  slug: string;
  en: string;
  ur: string;
}

export interface CityChoice extends Named {
  province: Named;
}

export interface Choices {
  /** Provinces and territories, in the taxonomy's order: they group the cities. */
  provinces: Named[];
  cities: CityChoice[];
  categories: Named[];
  languages: Named[];
}

/** What the person has answered so far (defaults where they have not). */
export interface Answers {
  locale: Locale;
  role: RoleChoice | null;
  mainCategory: string | null;
  citySlug: string | null;
  languages: string[];
  payoutMethod: PayoutMethod | null;
  showPhoto: boolean;
  showCity: boolean;
  clientNeeds: string | null;
  country: string;
}

export interface OnboardingState {
  /** The step to continue at. */
  step: OnboardingStep;
  role: RoleChoice | null;
  completed: boolean;
  /** Whether the role step is part of the wizard now (sign-up asked it already: see asksRole). */
  askRole: boolean;
  answers: Answers;
}

/**
 * The cities and skill categories in the database (the foreign keys' targets, kept in step with
 * src/taxonomy/data.ts at start-up), the languages people can say they speak, and the provinces
 * and territories that group the cities.
 */
export async function listChoices(db: Executor): Promise<Choices> {
  const provinceList = listProvinces().map((p) => ({ slug: p.slug, en: p.en, ur: p.ur }));
  const provinces = new Map<string, Named>(provinceList.map((p) => [p.slug, p]));
  const [cities, categories] = await Promise.all([listCities(db), listCategories(db)]);
  return {
    provinces: provinceList,
    cities: cities.map((c) => ({ slug: c.slug, en: c.en, ur: c.ur, province: provinces.get(c.province) ?? { slug: c.province, en: c.province, ur: c.province } })),
    categories: categories.map((c) => ({ slug: c.slug, en: c.en, ur: c.ur })),
    languages: listLanguages().map((l) => ({ slug: l.slug, en: l.en, ur: l.ur })),
  };
}

async function reference(db: Executor): Promise<Reference> {
  const [cities, categories] = await Promise.all([listCities(db), listCategories(db)]);
  return { cities: new Set(cities.map((c) => c.slug)), categories: new Set(categories.map((c) => c.slug)), languages: new Set(listLanguages().map((l) => l.slug)) };
}

async function loadState(db: Executor, userId: string, opts: { forUpdate?: boolean } = {}) {
  let q = db
    .selectFrom('users')
    .leftJoin('profiles', 'profiles.user_id', 'users.id')
    .select([
      'users.locale',
      'users.is_freelancer',
      'users.is_client',
      'users.onboarding_step',
      'users.onboarding_completed_at',
      'profiles.main_category',
      'profiles.city_slug',
      'profiles.languages',
      'profiles.payout_method',
      'profiles.show_photo',
      'profiles.show_city',
      'profiles.client_needs',
      'profiles.country',
    ])
    .where('users.id', '=', userId);
  // Serialises two submits of the same person (two tabs), so the saved step is the last one's.
  if (opts.forUpdate) q = q.forUpdate('users');
  const row = await q.executeTakeFirst();
  if (!row) throw new AppError('auth.required');
  const role = roleOf({ isFreelancer: row.is_freelancer, isClient: row.is_client });
  const answers: Answers = {
    locale: row.locale,
    role,
    mainCategory: row.main_category,
    citySlug: row.city_slug,
    languages: row.languages ?? [],
    payoutMethod: row.payout_method,
    // The column defaults, for someone without a profile row yet.
    showPhoto: row.show_photo ?? false,
    showCity: row.show_city ?? true,
    clientNeeds: row.client_needs,
    country: row.country ?? 'PK',
  };
  return { role, savedStep: row.onboarding_step, completedAt: row.onboarding_completed_at, answers };
}

/** Where the signed-in person is in the wizard, and what they have answered. */
export async function getOnboarding(deps: Deps, actorIn: Actor | null): Promise<OnboardingState> {
  const actor = requireActor(actorIn);
  const s = await loadState(deps.db, actor.userId);
  const askRole = asksRole(s.role, s.completedAt !== null);
  return { step: resumeStep(s.savedStep, s.role, askRole), role: s.role, completed: s.completedAt !== null, askRole, answers: s.answers };
}

async function audit(tx: Executor, deps: Deps, kind: string, userId: string, data: Record<string, unknown> = {}) {
  await tx.insertInto('audit_events').values({ kind, actor_id: userId, subject_id: userId, data: JSON.stringify(data), created_at: deps.clock.now() }).execute();
}

type ProfileColumns = {
  main_category?: string;
  city_slug?: string;
  languages?: string[];
  payout_method?: PayoutMethod;
  show_photo?: boolean;
  show_city?: boolean;
  client_needs?: string;
  country?: ClientCountry;
};

async function saveProfile(tx: Executor, deps: Deps, userId: string, cols: ProfileColumns) {
  const values = { ...cols, updated_at: deps.clock.now() };
  await tx
    .insertInto('profiles')
    .values({ user_id: userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
}

export interface SavedStep {
  next: OnboardingStep;
  /** Set when the language step changed the account's language (the route sets the cookie). */
  locale?: Locale;
}

/**
 * Validates one step's answers and stores them with the step to continue at. Steps that are not
 * part of the person's set-up (a client posting the payout step) do not exist for them.
 */
export async function saveStep(deps: Deps, actorIn: Actor | null, step: OnboardingStep, raw: unknown): Promise<SavedStep> {
  const actor = requireActor(actorIn);
  if (step === 'done') {
    await finishOnboarding(deps, actor);
    return { next: 'done' };
  }
  return deps.db.transaction().execute(async (tx) => {
    const state = await loadState(tx, actor.userId, { forUpdate: true });
    const askRole = asksRole(state.role, state.completedAt !== null);
    if (!stepAvailable(step, state.role, askRole)) throw new AppError('not_found');
    if (!hasForm(step)) throw new AppError('not_found');
    const schemas = stepInput(await reference(tx));
    const now = deps.clock.now();
    let role = state.role;
    let locale: Locale | undefined;
    switch (step) {
      case 'language': {
        const input = parseWith(schemas.language, raw);
        locale = input.locale;
        await tx.updateTable('users').set({ locale }).where('id', '=', actor.userId).execute();
        break;
      }
      case 'role': {
        const input = parseWith(schemas.role, raw);
        role = input.role;
        const flags = roleFlags(role);
        await tx.updateTable('users').set({ is_freelancer: flags.isFreelancer, is_client: flags.isClient }).where('id', '=', actor.userId).execute();
        break;
      }
      case 'category':
        await saveProfile(tx, deps, actor.userId, parseWith(schemas.category, raw));
        break;
      case 'city':
        await saveProfile(tx, deps, actor.userId, parseWith(schemas.city, raw));
        break;
      case 'languages':
        await saveProfile(tx, deps, actor.userId, parseWith(schemas.languages, raw));
        break;
      case 'payout':
        await saveProfile(tx, deps, actor.userId, parseWith(schemas.payout, raw));
        break;
      case 'privacy':
        await saveProfile(tx, deps, actor.userId, parseWith(schemas.privacy, raw));
        break;
      case 'needs':
        await saveProfile(tx, deps, actor.userId, parseWith(schemas.needs, raw));
        break;
      default: {
        const unreachable: never = step;
        throw new AppError('not_found', { step: String(unreachable) });
      }
    }
    const next = nextStep(step, role, askRole);
    await tx.updateTable('users').set({ onboarding_step: next, updated_at: now }).where('id', '=', actor.userId).execute();
    return locale ? { next, locale } : { next };
  });
}

/** Moves on without saving anything: the person can come back to the step later. */
export async function skipStep(deps: Deps, actorIn: Actor | null, step: OnboardingStep): Promise<OnboardingStep> {
  const actor = requireActor(actorIn);
  return deps.db.transaction().execute(async (tx) => {
    const state = await loadState(tx, actor.userId, { forUpdate: true });
    const askRole = asksRole(state.role, state.completedAt !== null);
    if (!stepAvailable(step, state.role, askRole)) throw new AppError('not_found');
    const next = nextStep(step, state.role, askRole);
    await tx.updateTable('users').set({ onboarding_step: next, updated_at: deps.clock.now() }).where('id', '=', actor.userId).execute();
    return next;
  });
}

/** Marks the set-up as finished (once; finishing again changes nothing). */
export async function finishOnboarding(deps: Deps, actorIn: Actor | null): Promise<void> {
  const actor = requireActor(actorIn);
  await deps.db.transaction().execute(async (tx) => {
    const now = deps.clock.now();
    const r = await tx
      .updateTable('users')
      .set({ onboarding_completed_at: now, onboarding_step: 'done', updated_at: now })
      .where('id', '=', actor.userId)
      .where('onboarding_completed_at', 'is', null)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) > 0) await audit(tx, deps, 'onboarding.finished', actor.userId);
  });
}
