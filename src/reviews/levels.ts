// Seller levels: new, level one, level two and top rated. The rules are data (LEVEL_RULES): the daily
// job (standing.ts) applies them, and /help/levels prints them from the same table in both languages,
// so the published rules and the applied ones cannot disagree. Pure: no I/O.
//
// A freelancer holds the highest level whose every requirement they meet; otherwise "new". Rates are
// compared in whole numbers (counts × 100 against percent × total), so a boundary is exact: 9 of 10
// orders on time is 90%, which meets "at least 90%".
//
// Response rate comes from the messages module; until it is measured for someone (null) it does not
// block level one but level two and top rated require it (docs/decisions/0050-reviews-and-levels.md).

export const SELLER_LEVELS = ['new', 'level_one', 'level_two', 'top_rated'] as const;
export type SellerLevel = (typeof SELLER_LEVELS)[number];

/** What the job knows about a freelancer: plain numbers, counted from their orders and reviews. */
export interface SellerFacts {
  /** Orders completed as the freelancer. */
  completedOrders: number;
  /** Revealed ratings from clients: the sum of stars and how many. */
  ratingSum: number;
  ratingCount: number;
  /** Completed orders that had a deadline, and of those, the ones first delivered by it. */
  ordersWithDeadline: number;
  onTimeOrders: number;
  /** Orders cancelled after they were paid for. */
  cancelledOrders: number;
  /** Disputes decided against the freelancer. */
  disputesLost: number;
  /** Share (0..1) of conversations they answered in time; null while not measured. */
  responseRate: number | null;
}

export interface LevelRule {
  level: Exclude<SellerLevel, 'new'>;
  minCompletedOrders: number;
  /** Average rating, in tenths of a star (45 = 4.5), from at least minRatings reviews. */
  minRatingTenths: number;
  minRatings: number;
  /** Percent of orders with a deadline delivered by it (no such orders: met). */
  minOnTimePercent: number;
  /** Percent of conversations answered; `responseRequired`: an unmeasured rate does not meet it. */
  minResponsePercent: number;
  responseRequired: boolean;
  /** Percent of orders (completed + cancelled after payment) that were cancelled, at most. */
  maxCancelledPercent: number;
  maxDisputesLost: number;
}

/** The rules, lowest level first. Change them here: the job and /help/levels follow. */
export const LEVEL_RULES: readonly LevelRule[] = [
  {
    level: 'level_one',
    minCompletedOrders: 3,
    minRatingTenths: 40,
    minRatings: 2,
    minOnTimePercent: 80,
    minResponsePercent: 70,
    responseRequired: false,
    maxCancelledPercent: 20,
    maxDisputesLost: 1,
  },
  {
    level: 'level_two',
    minCompletedOrders: 10,
    minRatingTenths: 45,
    minRatings: 5,
    minOnTimePercent: 90,
    minResponsePercent: 80,
    responseRequired: true,
    maxCancelledPercent: 10,
    maxDisputesLost: 0,
  },
  {
    level: 'top_rated',
    minCompletedOrders: 25,
    minRatingTenths: 48,
    minRatings: 15,
    minOnTimePercent: 95,
    minResponsePercent: 90,
    responseRequired: true,
    maxCancelledPercent: 5,
    maxDisputesLost: 0,
  },
];

export const REQUIREMENTS = ['completed', 'rating', 'on_time', 'response', 'cancelled', 'disputes'] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

/** Each requirement of a rule, met or not. */
export function checkRule(rule: LevelRule, f: SellerFacts): Record<Requirement, boolean> {
  const orders = f.completedOrders + f.cancelledOrders;
  return {
    completed: f.completedOrders >= rule.minCompletedOrders,
    rating: f.ratingCount >= rule.minRatings && f.ratingCount > 0 && f.ratingSum * 10 >= rule.minRatingTenths * f.ratingCount,
    on_time: f.ordersWithDeadline === 0 || f.onTimeOrders * 100 >= rule.minOnTimePercent * f.ordersWithDeadline,
    response: f.responseRate === null ? !rule.responseRequired : Math.round(f.responseRate * 10_000) >= rule.minResponsePercent * 100,
    cancelled: orders === 0 || f.cancelledOrders * 100 <= rule.maxCancelledPercent * orders,
    disputes: f.disputesLost <= rule.maxDisputesLost,
  };
}

export const meetsRule = (rule: LevelRule, f: SellerFacts): boolean => Object.values(checkRule(rule, f)).every(Boolean);

/** The highest level whose every requirement the facts meet; "new" when none. */
export function levelFor(f: SellerFacts): SellerLevel {
  let level: SellerLevel = 'new';
  for (const rule of LEVEL_RULES) if (meetsRule(rule, f)) level = rule.level;
  return level;
}

export const isSellerLevel = (s: string): s is SellerLevel => (SELLER_LEVELS as readonly string[]).includes(s);
