// What the dashboard shows: first what waits for the person now (orders to deliver or review,
// proposals to answer, orders and milestones to fund, withdrawals on their way), then the next
// things to do (nextSteps in accounts/domain.ts) and a summary of the onboarding answers, names
// resolved in both languages for the view to pick from.
import { type NextStep, nextSteps, type RoleChoice, roleFlags } from '../accounts/domain.ts';
import type { Executor } from '../db/pool.ts';
import type { PayoutMethod } from '../db/schema.ts';
import { type Money, money } from '../platform/money.ts';
import type { PayoutChannel } from '../payouts/domain.ts';
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

/** How many of each kind the dashboard lists; the pages behind the links have the rest. */
export const ACTION_LIMIT = 10;

/** One thing that waits for the person, with what the view needs to say it and link to it. */
export type ActionItem =
  | { kind: 'deliver'; orderId: string; number: string; title: string; otherParty: string; dueAt: Date | null; revision: boolean }
  | { kind: 'review'; orderId: string; number: string; title: string; otherParty: string; autoAcceptAt: Date | null }
  | { kind: 'fund'; orderId: string; number: string; title: string; otherParty: string; amount: Money; milestone: boolean }
  | { kind: 'proposals'; jobId: string; title: string; count: number }
  | { kind: 'withdrawal'; withdrawalId: string; amount: Money; channel: PayoutChannel; status: 'requested' | 'in_batch'; requestedAt: Date };

export interface DashboardView {
  displayName: string;
  /** What needs the person's action now, most pressing first (empty when nothing waits). */
  actions: ActionItem[];
  email: string;
  next: NextStep[];
  onboarding: { completed: boolean; step: OnboardingStep; progress: Progress };
  summary: DashboardSummary;
}

export async function getDashboard(deps: Deps, actorIn: Actor | null): Promise<DashboardView> {
  const actor = requireActor(actorIn);
  const [state, choices, actions] = await Promise.all([getOnboarding(deps, actor), listChoices(deps.db), actionItems(deps.db, actor.userId)]);
  const flags = state.role ? roleFlags(state.role) : { isFreelancer: false, isClient: false };
  const a = state.answers;
  const find = (list: Named[], slug: string | null) => (slug ? (list.find((x) => x.slug === slug) ?? null) : null);
  return {
    displayName: actor.displayName,
    email: actor.email,
    actions,
    next: nextSteps({ emailVerified: actor.emailVerified, onboardingDone: state.completed, ...flags }),
    onboarding: { completed: state.completed, step: state.step, progress: progress(state.step, state.role, state.askRole) },
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

/**
 * What waits for this person, most pressing first: orders to deliver (soonest due first), deliveries
 * to review (soonest automatic acceptance first), orders and milestones to fund, jobs with proposals
 * nobody has answered yet, and withdrawals not yet paid out. Each kind reads only this person's rows.
 */
export async function actionItems(db: Executor, userId: string): Promise<ActionItem[]> {
  const orderColumns = ['o.id', 'o.number', 'o.title', 'o.kind', 'o.state', 'o.currency', 'o.price_minor', 'o.client_fee_minor', 'o.due_at', 'o.auto_accept_at'] as const;
  const [toDeliver, toReview, toFund, proposals, withdrawals] = await Promise.all([
    db
      .selectFrom('orders as o')
      .innerJoin('users as u', 'u.id', 'o.client_id')
      .select([...orderColumns, 'u.display_name as other'])
      .where('o.freelancer_id', '=', userId)
      .where('o.state', 'in', ['in_progress', 'revision_requested'])
      // An hourly week is not delivered: time is logged on the contract instead.
      .where('o.kind', '!=', 'hourly_week')
      .orderBy('o.due_at', (ob) => ob.asc().nullsLast())
      .orderBy('o.created_at')
      .limit(ACTION_LIMIT)
      .execute(),
    db
      .selectFrom('orders as o')
      .innerJoin('users as u', 'u.id', 'o.freelancer_id')
      .select([...orderColumns, 'u.display_name as other'])
      .where('o.client_id', '=', userId)
      .where('o.state', '=', 'delivered')
      .orderBy('o.auto_accept_at', (ob) => ob.asc().nullsLast())
      .limit(ACTION_LIMIT)
      .execute(),
    db
      .selectFrom('orders as o')
      .innerJoin('users as u', 'u.id', 'o.freelancer_id')
      .select([...orderColumns, 'u.display_name as other'])
      .where('o.client_id', '=', userId)
      .where('o.state', '=', 'awaiting_payment')
      .orderBy('o.created_at')
      .orderBy('o.position')
      .limit(ACTION_LIMIT)
      .execute(),
    // Proposals on the client's open jobs that were neither shortlisted, declined nor hired.
    db
      .selectFrom('jobs as j')
      .innerJoin('proposals as p', 'p.job_id', 'j.id')
      .select(['j.id', 'j.title'])
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .select((eb) => eb.fn.max('p.created_at').as('latest'))
      .where('j.client_id', '=', userId)
      .where('j.status', '=', 'open')
      .where('p.status', '=', 'submitted')
      .groupBy(['j.id', 'j.title'])
      .orderBy('latest', 'desc')
      .limit(ACTION_LIMIT)
      .execute(),
    db
      .selectFrom('withdrawals')
      .select(['id', 'amount', 'currency', 'channel', 'status', 'created_at'])
      .where('user_id', '=', userId)
      .where('status', 'in', ['requested', 'in_batch'])
      .orderBy('created_at')
      .limit(ACTION_LIMIT)
      .execute(),
  ]);
  return [
    ...toDeliver.map((o): ActionItem => ({ kind: 'deliver', orderId: o.id, number: String(o.number), title: o.title, otherParty: o.other, dueAt: o.due_at, revision: o.state === 'revision_requested' })),
    ...toReview.map((o): ActionItem => ({ kind: 'review', orderId: o.id, number: String(o.number), title: o.title, otherParty: o.other, autoAcceptAt: o.auto_accept_at })),
    ...toFund.map(
      (o): ActionItem => ({
        kind: 'fund',
        orderId: o.id,
        number: String(o.number),
        title: o.title,
        otherParty: o.other,
        // What the client pays: the price and the client's fee, as the order page asks.
        amount: money(BigInt(o.price_minor) + BigInt(o.client_fee_minor), o.currency),
        milestone: o.kind !== 'gig',
      }),
    ),
    ...proposals.map((j): ActionItem => ({ kind: 'proposals', jobId: j.id, title: j.title, count: Number(j.n) })),
    ...withdrawals.map(
      (w): ActionItem => ({ kind: 'withdrawal', withdrawalId: w.id, amount: money(BigInt(w.amount), w.currency), channel: w.channel, status: w.status as 'requested' | 'in_batch', requestedAt: w.created_at }),
    ),
  ];
}
