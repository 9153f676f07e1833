// Placing an order: a client orders a package of a published gig and answers its questions. Nothing
// moves yet; the order waits for payment (pay-order.ts).
import { z } from 'zod';
import { feesFor } from '../../fees/domain.ts';
import { feePolicy } from '../../fees/service.ts';
import { getPublicGig } from '../../gigs/service.ts';
import { type Actor, requireActor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { parseWith } from '../../platform/forms.ts';
import { multiLine } from '../../platform/text.ts';
import { notify } from '../../notifications/notify.ts';
import { event } from './order-row.ts';

export const ANSWER_MAX = 2000;

export const placeOrderInput = z.object({
  gig: z.string({ error: 'field.required' }).min(1, 'field.required').max(100, 'field.invalid'),
  package: z.coerce.number({ error: 'field.choose' }).int('field.choose').min(1, 'field.choose').max(3, 'field.choose'),
  answers: z.array(multiLine(ANSWER_MAX)).max(10, 'field.invalid').default([]),
});

/**
 * Places an order for a package of a published gig, with the answers to its questions. Nothing is
 * paid yet: the order waits for payment, showing the full price with fees.
 */
export async function placeGigOrder(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<{ id: string }> {
  const actor = requireActor(actorIn);
  if (!actor.emailVerified) throw new AppError('auth.email_unverified');
  const input = parseWith(placeOrderInput, raw);
  const gig = await getPublicGig(deps, actor, input.gig);
  if (gig.status !== 'published') throw new AppError('order.gig_unavailable');
  if (gig.seller.id === actor.userId) throw new AppError('order.own_gig');
  const pkg = gig.packages[input.package - 1];
  const price = pkg?.price;
  if (!pkg || !price) throw new AppError('validation.failed', {}, { package: { key: 'field.choose' } });
  const fields: Record<string, { key: string }> = {};
  const answers = gig.questions.map((q, i) => {
    const answer = (input.answers[i] ?? '').trim();
    if (q.required && answer === '') fields[`answers.${i}`] = { key: 'field.required' };
    return { question: q.question, answer };
  });
  if (Object.keys(fields).length) throw new AppError('validation.failed', {}, fields);
  const fees = feesFor(price, feePolicy(deps));
  return deps.db.transaction().execute(async (tx) => {
    const now = deps.clock.now();
    const order = await tx
      .insertInto('orders')
      .values({
        kind: 'gig',
        client_id: actor.userId,
        freelancer_id: gig.seller.id,
        gig_id: gig.id,
        package_position: input.package,
        title: gig.title,
        package_name: pkg.name,
        currency: price.currency,
        price_minor: price.amount,
        client_fee_minor: fees.clientFee.amount,
        freelancer_fee_minor: fees.freelancerFee.amount,
        delivery_days: pkg.delivery_days,
        revisions_included: pkg.revisions,
        answers: JSON.stringify(answers),
        created_at: now,
        updated_at: now,
      })
      .returning(['id', 'number'])
      .executeTakeFirstOrThrow();
    await event(tx, deps, order.id, 'placed', actor.userId);
    await notify(deps, tx, { userId: gig.seller.id, kind: 'order_placed', params: { order: String(order.number), title: gig.title }, link: `/orders/${order.id}` });
    return { id: order.id };
  });
}
