// Paying an order into its escrow from the client's Hunar balance, or, when that falls short and the
// other currency covers it, converting the rest and paying in one transaction; and the plan the
// order page shows before paying.
import { z } from 'zod';
import type { Executor } from '../../db/pool.ts';
import type { CurrentRate } from '../../fx/domain.ts';
import { amountToCover } from '../../fx/domain.ts';
import { convertWithin, currentRate } from '../../fx/service.ts';
import { requestFingerprint } from '../../ledger/domain.ts';
import { balanceOf, post } from '../../ledger/service.ts';
import { type Actor, requireActor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { parseWith } from '../../platform/forms.ts';
import { notify } from '../../notifications/notify.ts';
import { type Currency, currencySchema, type Money, money, moneyInput, moneyToJson } from '../../platform/money.ts';
import type { OrderState } from '../domain.ts';
import { claimKeyAndLockOrder, DAY_MS, escrow, eventInsert, feesOf, idempotencyKey, step } from './order-row.ts';
import type { OrderView } from './read-orders.ts';

/**
 * Paying from the other currency (issue 16): `convert_from` names the wallet to convert from when
 * the order's own currency falls short; `expected_rate` (rupees per US dollar, as shown) and
 * `convert_amount` (what the page offered to convert) make the payment refuse, changing nothing,
 * when the rate or the sum to convert is no longer what the client saw.
 */
export const payOrderInput = z.object({
  convert_from: currencySchema.optional().describe('Pay the part your balance in the order’s currency lacks by converting from this currency first, in the same step'),
  expected_rate: z.string().max(30, 'field.invalid').optional().describe('Rupees per US dollar as you were shown it, e.g. "280.91": refused with fx.rate_changed if the rate in force differs'),
  convert_amount: moneyInput().optional().describe('The amount you were shown to convert: refused with order.convert_changed if it now differs'),
});
export type PayOrderInput = z.output<typeof payOrderInput>;

export interface PayConversion {
  from: Money;
  to: Money;
  /** Rupees per US dollar, as people read it, and the fx_rates row it comes from. */
  rate: CurrentRate;
}

export interface PaymentPlan {
  /** What the client has in the order's currency, and what that leaves to find. */
  balance: Money;
  shortfall: Money;
  /** What the client has in the other currency. */
  otherBalance: Money;
  /** Converting enough of the other currency to cover the shortfall, when the client has that much; else null. */
  convert: PayConversion | null;
}

/** How the client could pay this order now: from the balance, or by converting the rest first. */
export async function paymentPlan(deps: Deps, order: OrderView): Promise<PaymentPlan> {
  return planPayment(deps.db, order.client.id, order.fees.clientPays);
}

async function planPayment(db: Executor, clientId: string, clientPays: Money): Promise<PaymentPlan> {
  const currency = clientPays.currency;
  const other: Currency = currency === 'PKR' ? 'USD' : 'PKR';
  const [have, otherHave] = await Promise.all([balanceOf(db, { kind: 'client_wallet', ownerId: clientId, currency }), balanceOf(db, { kind: 'client_wallet', ownerId: clientId, currency: other })]);
  const need = clientPays.amount - have;
  const shortfall = money(need > 0n ? need : 0n, currency);
  let convert: PayConversion | null = null;
  if (shortfall.amount > 0n && otherHave > 0n) {
    const rate = await currentRate(db, other, currency);
    const cover = amountToCover(shortfall, other, rate);
    if (cover.from.amount <= otherHave) convert = { ...cover, rate };
  }
  return { balance: money(have, currency), shortfall, otherBalance: money(otherHave, other), convert };
}

/**
 * The client pays the order into its escrow from their Hunar balance. Not enough balance is a 409
 * (ledger.insufficient_funds) and changes nothing; the page then offers a top-up of the shortfall,
 * or, when their balance in the other currency covers it, to convert and pay in one step: with
 * `convert_from`, the missing part is converted first (src/fx convertWithin: a ledger transaction
 * through the FX account at the rate in force) and the escrow funded, in one database transaction.
 * The same key replays the first answer; the conversion's own key is derived from the order, which
 * is paid once.
 */
export async function payOrder(deps: Deps, actorIn: Actor | null, id: string, key: string, raw: unknown = {}): Promise<PaidOrder> {
  const actor = requireActor(actorIn);
  const k = idempotencyKey(key);
  const input = parseWith(payOrderInput, raw ?? {});
  // Paying as before keeps its fingerprint; converting is a different request for the same key.
  const fingerprint = requestFingerprint(actor.userId, 'order.pay', input.convert_from ? { order: id, convert_from: input.convert_from } : { order: id });
  return deps.db.transaction().execute(async (tx) => {
    const { seen, row, side } = await claimKeyAndLockOrder(tx, k, fingerprint, id, actor);
    if (seen) return { conversion: null, ...(seen.result as Omit<PaidOrder, 'conversion'>) } as PaidOrder;
    const to = step(row, 'pay', side);
    const fees = feesOf(row);
    let conversion: PaidOrder['conversion'] = null;
    if (input.convert_from && input.convert_from !== row.currency) {
      const plan = await planPayment(tx, row.client_id, fees.clientPays);
      if (plan.shortfall.amount > 0n) {
        const rate = await currentRate(tx, input.convert_from, row.currency);
        if (input.expected_rate !== undefined && input.expected_rate.trim() !== rate.quoted) throw new AppError('fx.rate_changed');
        const cover = amountToCover(plan.shortfall, input.convert_from, rate);
        if (input.convert_amount && (input.convert_amount.currency !== cover.from.currency || input.convert_amount.amount !== cover.from.amount)) throw new AppError('order.convert_changed');
        const done = await convertWithin(tx, deps, actor, { from: moneyToJson(cover.from), to: row.currency }, `order:${row.id}:pay-convert`, (q) => {
          if (q.rate.quoted !== rate.quoted) throw new AppError('fx.rate_changed');
        });
        conversion = { from: moneyToJson(done.from), to: moneyToJson(done.to), rate: done.rate.quoted, ledger_transaction: done.transactionId };
      }
    }
    const now = deps.clock.now();
    const paid = tx
      .updateTable('orders')
      .set({
        state: to,
        paid_at: now,
        due_at: row.delivery_days ? new Date(now.getTime() + row.delivery_days * DAY_MS) : null,
        // An hourly week runs seven days from its funding, then is billed for the hours logged.
        ...(row.kind === 'hourly_week' ? { week_ends_at: new Date(now.getTime() + 7 * DAY_MS) } : {}),
        updated_at: now,
      })
      .where('id', '=', row.id);
    const result: PaidOrder = { id: row.id, state: to, conversion };
    // The new state, its event and the money in one round trip.
    await post(
      tx,
      deps,
      {
        kind: 'escrow_fund',
        key: k,
        fingerprint,
        actorId: actor.userId,
        reason: `Order HNR-${row.number}: paid into escrow`,
        legs: [{ from: { kind: 'client_wallet', ownerId: row.client_id, currency: row.currency }, to: escrow(row.id, row.currency), amount: fees.clientPays }],
        result,
      },
      [paid, eventInsert(tx, deps, row.id, 'paid', actor.userId)],
    );
    // The freelancer can start: the order (a gig order, a milestone or an hourly week) is funded.
    const { title } = await tx.selectFrom('orders').select('title').where('id', '=', row.id).executeTakeFirstOrThrow();
    await notify(deps, tx, {
      userId: row.freelancer_id,
      kind: 'order_paid',
      params: { order: String(row.number), title, amount: { minor: row.price_minor, currency: row.currency } },
      link: `/orders/${row.id}`,
    });
    return result;
  });
}

export interface PaidOrder {
  id: string;
  state: OrderState;
  /** When paid from the other currency: what was converted, at which rate (rupees per dollar), in which ledger transaction. */
  conversion: { from: { amount: string; currency: Currency }; to: { amount: string; currency: Currency }; rate: string; ledger_transaction: string } | null;
}
