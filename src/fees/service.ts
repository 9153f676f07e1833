// The operator's fee policy, and the fee comparison the /fees page and GET /api/v1/fees show. No
// database: the policy is configuration (FEE_FREELANCER_BP, FEE_CLIENT_BP in src/config.ts) and the
// peers' figures are data (peers.ts). Every feature that shows or charges a fee asks feePolicy().
import type { CurrentRate } from '../fx/domain.ts';
import { currentRate } from '../fx/service.ts';
import type { Deps } from '../platform/deps.ts';
import { parseWith } from '../platform/forms.ts';
import type { Money } from '../platform/money.ts';
import { compareFees, type FeeBreakdown, type FeePolicy, feesQuery, type PeerKeeps } from './domain.ts';

/** The fee policy this site's operator set: what every page and order must use. */
export function feePolicy(deps: Pick<Deps, 'config'>): FeePolicy {
  return deps.config.fees;
}

export interface FeeComparison {
  amount: Money;
  policy: FeePolicy;
  /** The rate at which the peers' US-dollar minimums are turned into rupees: the platform's current one. */
  usdToPkr: CurrentRate;
  hunar: FeeBreakdown;
  peers: PeerKeeps[];
}

/** The amount a query asks about ({ amount, currency }); validation.failed on bad input. */
export function readFeesQuery(query: unknown): Money {
  return parseWith(feesQuery, query);
}

/**
 * The rate the comparison turns the peers' US-dollar minimums into rupees at: the platform's current
 * one (src/fx), the same rate wallet conversions and order payments use.
 */
export function feesRate(deps: Pick<Deps, 'db'>): Promise<CurrentRate> {
  return currentRate(deps.db, 'USD', 'PKR');
}

/** Hunar and each peer for an amount, at a rate from feesRate(). */
export function compareFeesFor(deps: Pick<Deps, 'config'>, amount: Money, usdToPkr: CurrentRate): FeeComparison {
  const policy = feePolicy(deps);
  return { amount, policy, usdToPkr, ...compareFees(amount, usdToPkr, policy) };
}
