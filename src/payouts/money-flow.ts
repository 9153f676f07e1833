// The money flow of service.ts's header (docs/decisions/0024-payouts.md) in code: who has a balance
// to withdraw from (and so may use payouts at all), the ledger accounts a withdrawal's money moves
// between, and the legs that give it back when it is cancelled or fails. Shared by the use cases.
import type { AccountRef, Leg } from '../ledger/service.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import { AppError } from '../platform/errors.ts';
import type { Currency } from '../platform/money.ts';
import { SOURCE_ACCOUNT, sourcesFor, type WithdrawalSource } from './domain.ts';
import type { WithdrawalView } from './records.ts';

/** Freelancers withdraw earnings and clients their unused balance; anyone else (staff only) has nothing here. */
export function requirePayee(actorIn: Actor | null | undefined): Actor {
  const actor = requireActor(actorIn);
  if (sourcesFor(actor).length === 0) throw new AppError('payout.members_only');
  return actor;
}

export const sourceAccount = (source: WithdrawalSource, ownerId: string, currency: Currency): AccountRef => ({ kind: SOURCE_ACCOUNT[source], ownerId, currency });
export const clearing = (withdrawalId: string, currency: Currency): AccountRef => ({ kind: 'payout_clearing', refId: withdrawalId, currency });
export const sent = (ownerId: string, currency: Currency): AccountRef => ({ kind: 'payout_sent', ownerId, currency });
export const revenue = (currency: Currency): AccountRef => ({ kind: 'platform_revenue', currency });

/** The legs that give a withdrawal's money back to the balance it came from: what went to clearing, and the fee. */
export function moneyBack(w: WithdrawalView, userId: string): Leg[] {
  const c = w.amount.currency;
  const to = sourceAccount(w.source, userId, c);
  const legs: Leg[] = [{ from: clearing(w.id, c), to, amount: w.net }];
  if (w.fee.amount > 0n) legs.push({ from: revenue(c), to, amount: w.fee });
  return legs;
}
