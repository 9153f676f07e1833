// The operator's fee policy, and the fee comparison the /fees page and GET /api/v1/fees show. No
// database: the policy is configuration (FEE_FREELANCER_BP, FEE_CLIENT_BP in src/config.ts) and the
// peers' figures are data (peers.ts). Every feature that shows or charges a fee asks feePolicy().
import { PLATFORM_RATES } from '../gigs/domain.ts';
import type { Deps } from '../platform/deps.ts';
import { parseWith } from '../platform/forms.ts';
import type { FxRate, Money } from '../platform/money.ts';
import { compareFees, type FeeBreakdown, type FeePolicy, feesQuery, type PeerKeeps } from './domain.ts';

/** The fee policy this site's operator set: what every page and order must use. */
export function feePolicy(deps: Pick<Deps, 'config'>): FeePolicy {
  return deps.config.fees;
}

export interface FeeComparison {
  amount: Money;
  policy: FeePolicy;
  /** The rate at which the peers' US-dollar minimums are turned into rupees: the platform's placeholder. */
  usdToPkr: FxRate;
  hunar: FeeBreakdown;
  peers: PeerKeeps[];
}

/** Hunar and each peer for the amount in a query ({ amount, currency }); validation.failed on bad input. */
export function compareFeesFor(deps: Pick<Deps, 'config'>, query: unknown): FeeComparison {
  const amount = parseWith(feesQuery, query);
  const policy = feePolicy(deps);
  const usdToPkr = PLATFORM_RATES.usdToPkr;
  return { amount, policy, usdToPkr, ...compareFees(amount, usdToPkr, policy) };
}
