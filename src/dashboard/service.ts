// What the dashboard shows: the next things to do (nextSteps in accounts/domain.ts) and a summary
// of the onboarding answers, names resolved in both languages for the view to pick from.
import { type NextStep, nextSteps, type RoleChoice, roleFlags } from '../accounts/domain.ts';
import type { PayoutMethod } from '../db/schema.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import type { Locale } from '../platform/i18n.ts';
import { type OnboardingStep, type Progress, progress } from '../onboarding/domain.ts';
import { getOnboarding, listChoices, type Named } from '../onboarding/service.ts';

export interface DashboardSummary {
  locale: Locale;
  role: RoleChoice | null;
  category: Named | null;
  city: Named | null;
  languages: Named[];
  payoutMethod: PayoutMethod | null;
  showPhoto: boolean;
  showCity: boolean;
  clientNeeds: string | null;
  country: string;
}

export interface DashboardView {
  displayName: string;
  email: string;
  next: NextStep[];
  onboarding: { completed: boolean; step: OnboardingStep; progress: Progress };
  summary: DashboardSummary;
}

export async function getDashboard(deps: Deps, actorIn: Actor | null): Promise<DashboardView> {
  const actor = requireActor(actorIn);
  const [state, choices] = await Promise.all([getOnboarding(deps, actor), listChoices(deps.db)]);
  const flags = state.role ? roleFlags(state.role) : { isFreelancer: false, isClient: false };
  const a = state.answers;
  const find = (list: Named[], slug: string | null) => (slug ? (list.find((x) => x.slug === slug) ?? null) : null);
  return {
    displayName: actor.displayName,
    email: actor.email,
    next: nextSteps({ emailVerified: actor.emailVerified, onboardingDone: state.completed, ...flags }),
    onboarding: { completed: state.completed, step: state.step, progress: progress(state.step, state.role) },
    summary: {
      locale: a.locale,
      role: state.role,
      category: find(choices.categories, a.mainCategory),
      city: find(choices.cities, a.citySlug),
      languages: a.languages.map((slug) => find(choices.languages, slug)).filter((l): l is Named => l !== null),
      payoutMethod: a.payoutMethod,
      showPhoto: a.showPhoto,
      showCity: a.showCity,
      clientNeeds: a.clientNeeds,
      country: a.country,
    },
  };
}
