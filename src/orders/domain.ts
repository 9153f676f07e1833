// The life of an order (a gig package bought, or a milestone of a contract) as an explicit state
// machine. Pure: no I/O. The service runs a transition inside the transaction that moves the money.
//
//   awaiting_payment ─pay→ in_progress ─deliver→ delivered ─accept / auto_accept→ completed
//                                 ↑                  │
//                                 └──────── request_revision ←┘ (revision_requested ─deliver→ delivered)
//   awaiting_payment ─cancel→ cancelled (nothing was paid)
//   in_progress | delivered | revision_requested ─agree_cancel→ cancelled (refund)
//   in_progress | delivered | revision_requested ─dispute→ disputed (money frozen)
//   disputed ─settle_release→ completed | ─settle_split→ completed | ─settle_refund→ cancelled
//     (an admin decides the dispute, src/disputes; decision 0051)
//
// Invariants (asserted in domain.test.ts over every path):
// - completed and cancelled are final: nothing leaves them;
// - money is in escrow exactly in in_progress, delivered, revision_requested and disputed;
// - only the party named in ACTOR may take a transition (the system takes auto_accept, an admin
//   settles a dispute);
// - a revision is asked for only while revisions remain (unlimited = -1).

export const ORDER_STATES = ['awaiting_payment', 'in_progress', 'delivered', 'revision_requested', 'completed', 'cancelled', 'disputed'] as const;
export type OrderState = (typeof ORDER_STATES)[number];

export const ORDER_ACTIONS = ['pay', 'deliver', 'request_revision', 'accept', 'auto_accept', 'cancel', 'agree_cancel', 'dispute', 'settle_release', 'settle_refund', 'settle_split'] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

export type Party = 'client' | 'freelancer' | 'system' | 'admin';

/** The transition table: from each state, what each action leads to. Anything missing is refused. */
export const TRANSITIONS: Readonly<Record<OrderState, Partial<Record<OrderAction, OrderState>>>> = {
  awaiting_payment: { pay: 'in_progress', cancel: 'cancelled' },
  in_progress: { deliver: 'delivered', agree_cancel: 'cancelled', dispute: 'disputed' },
  delivered: { accept: 'completed', auto_accept: 'completed', request_revision: 'revision_requested', agree_cancel: 'cancelled', dispute: 'disputed' },
  revision_requested: { deliver: 'delivered', agree_cancel: 'cancelled', dispute: 'disputed' },
  completed: {},
  cancelled: {},
  // An admin's decision (src/disputes): all to the freelancer, all back to the client, or split by
  // amount. A split completes the order: the freelancer was paid for part of it (decision 0051).
  disputed: { settle_release: 'completed', settle_refund: 'cancelled', settle_split: 'completed' },
};

/** Who may take each action. Cancelling by agreement needs both sides; the service records each side's agreement. */
export const ACTOR: Readonly<Record<OrderAction, readonly Party[]>> = {
  pay: ['client'],
  deliver: ['freelancer'],
  request_revision: ['client'],
  accept: ['client'],
  auto_accept: ['system'],
  cancel: ['client'],
  agree_cancel: ['client', 'freelancer'],
  dispute: ['client', 'freelancer'],
  settle_release: ['admin'],
  settle_refund: ['admin'],
  settle_split: ['admin'],
};

/**
 * An hourly week is not delivered and accepted: it is funded up to the weekly cap, time is logged,
 * and the week is billed when it ends. These are the actions it knows.
 */
export const HOURLY_WEEK_ACTIONS: ReadonlySet<OrderAction> = new Set(['pay', 'cancel', 'agree_cancel', 'dispute', 'settle_release', 'settle_refund', 'settle_split']);
export type OrderKind = 'gig' | 'milestone' | 'hourly_week';

/** Whether an action applies to an order of this kind at all. */
export const actionFits = (kind: OrderKind, action: OrderAction): boolean => kind !== 'hourly_week' || HOURLY_WEEK_ACTIONS.has(action);

/** States in which the order's money sits in its escrow account. */
export const FUNDED: ReadonlySet<OrderState> = new Set(['in_progress', 'delivered', 'revision_requested', 'disputed']);
export const FINAL: ReadonlySet<OrderState> = new Set(['completed', 'cancelled']);

/** Revisions value meaning "unlimited" (as gig packages store it). */
export const UNLIMITED = -1;

export type TransitionRefusal = 'order.invalid_transition' | 'order.not_your_turn' | 'order.no_revisions_left';

export interface OrderFacts {
  state: OrderState;
  /** Revisions the package includes (-1 unlimited) and how many were asked for so far. */
  revisionsIncluded: number;
  revisionsUsed: number;
}

/** The next state, or why the action is refused (an AppError code with a translated message). */
export function transition(order: OrderFacts, action: OrderAction, by: Party): { ok: true; to: OrderState } | { ok: false; code: TransitionRefusal } {
  const to = TRANSITIONS[order.state][action];
  if (!to) return { ok: false, code: 'order.invalid_transition' };
  if (!ACTOR[action].includes(by)) return { ok: false, code: 'order.not_your_turn' };
  if (action === 'request_revision' && order.revisionsIncluded !== UNLIMITED && order.revisionsUsed >= order.revisionsIncluded) return { ok: false, code: 'order.no_revisions_left' };
  return { ok: true, to };
}

/** What a party can do now, for the "what you can do next" part of the order page. */
export function nextActions(order: OrderFacts, by: Party): OrderAction[] {
  return ORDER_ACTIONS.filter((a) => a !== 'auto_accept' && transition(order, a, by).ok);
}

/** How much of the money moves when the order enters `to`: released to the freelancer, refunded, frozen or none. */
export function moneyEffect(from: OrderState, to: OrderState): 'fund' | 'release' | 'refund' | 'freeze' | 'none' {
  if (from === 'awaiting_payment' && to === 'in_progress') return 'fund';
  if (to === 'completed') return 'release';
  if (to === 'cancelled' && FUNDED.has(from)) return 'refund';
  if (to === 'disputed') return 'freeze';
  return 'none';
}

// --- Auto-acceptance ----------------------------------------------------------------------------

export const AUTO_ACCEPT_DAYS_DEFAULT = 3;
const DAY_MS = 86_400_000;

/** When a delivery the client does not answer is accepted for them. */
export function autoAcceptAt(deliveredAt: Date, days: number = AUTO_ACCEPT_DAYS_DEFAULT): Date {
  if (!Number.isInteger(days) || days < 1 || days > 30) throw new RangeError(`auto-accept days must be 1..30, got ${days}`);
  return new Date(deliveredAt.getTime() + days * DAY_MS);
}

const HOUR_MS = 3_600_000;

/**
 * Time left until a deadline, in the nearest whole unit a person reads ("4 days", "5 hours", "under
 * an hour"); null when passed. Nearest, not whole units passed: a 4-day order read a minute after it
 * was paid has 3 days 23 hours 59 minutes left, and "3 days" would undersell the package (issue 16).
 * Pages print the exact due date and time beside it. From 23½ hours it counts in days; under an
 * hour it says so.
 */
export function timeLeft(now: Date, deadline: Date): { unit: 'days' | 'hours' | 'under_hour'; n: number } | null {
  const ms = deadline.getTime() - now.getTime();
  if (ms <= 0) return null;
  if (ms < HOUR_MS) return { unit: 'under_hour', n: 0 };
  const hours = Math.round(ms / HOUR_MS);
  if (hours < 24) return { unit: 'hours', n: hours };
  return { unit: 'days', n: Math.max(1, Math.round(ms / DAY_MS)) };
}
