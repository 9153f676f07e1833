// A party acts on a booking by the published rules (cancel, report an absence, confirm it was held),
// moving its money through the ledger; and each side's feedback after a held session.
import { requestFingerprint } from '../../ledger/domain.ts';
import { post } from '../../ledger/service.ts';
import { notify } from '../../notifications/notify.ts';
import type { Tx } from '../../db/pool.ts';
import { type Actor, requireActor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { parseWith } from '../../platform/forms.ts';
import { type Currency, money } from '../../platform/money.ts';
import { CONTEST_WINDOW_MS, decide, feedbackInput, type MoneyOutcome, type RuleId, type Side } from '../domain.ts';
import { DAY_MS } from './access.ts';
import { escrowOf, whenParam } from './book-session.ts';
import { type BookingView, getBooking } from './read-bookings.ts';

/** Moves a settled booking's money by its outcome: to the mentor's pending earnings (with the hold) or back to the learner. */
export async function settleMoney(tx: Tx, deps: Deps, row: { id: string; mentor_id: string; learner_id: string; price_minor: string; currency: Currency; starts_at: Date }, outcome: MoneyOutcome, rule: RuleId, actorId: string | null) {
  const price = money(BigInt(row.price_minor), row.currency);
  if (price.amount === 0n) return {};
  const now = deps.clock.now();
  const released = outcome === 'release';
  const txId = await post(tx, deps, {
    kind: released ? 'mentorship_release' : 'mentorship_refund',
    key: `mentoring:${row.id}:settle`,
    fingerprint: requestFingerprint(actorId ?? 'system', 'mentoring.settle', { booking: row.id, outcome, rule }),
    actorId,
    reason: `Mentoring session at ${row.starts_at.toISOString()}: ${rule} (${released ? 'paid to the mentor' : 'refunded to the learner'})`,
    legs: [
      {
        from: escrowOf(row.id, row.currency),
        to: released ? { kind: 'freelancer_pending', ownerId: row.mentor_id, currency: row.currency } : { kind: 'client_wallet', ownerId: row.learner_id, currency: row.currency },
        amount: price,
      },
    ],
  });
  return { settlement: released ? ('released' as const) : ('refunded' as const), settle_transaction_id: txId, settled_at: now, hold_until: released ? new Date(now.getTime() + deps.config.FUNDS_HOLD_DAYS * DAY_MS) : null };
}

/**
 * A party acts on a booking by the published rules: cancels it, reports the other absent, or
 * confirms the session took place. The rule decides the new status and where the money goes; the
 * other side is told. An absence report moves no money yet: the side reported absent may contest it
 * for CONTEST_WINDOW_MS (use-cases/contest-report.ts); uncontested, the sweep settles it by its rule.
 */
export async function actOnBooking(deps: Deps, actorIn: Actor | null, id: string, action: 'cancel' | 'report_absent' | 'confirm_held'): Promise<BookingView> {
  const actor = requireActor(actorIn);
  await getBooking(deps, actor, id);
  await deps.db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('mentor_bookings').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    const side: Side = row.learner_id === actor.userId ? 'learner' : 'mentor';
    const now = deps.clock.now();
    const d = decide({ status: row.status, startsAt: row.starts_at, endsAt: row.ends_at }, action, side, now);
    if (!d.ok) throw new AppError(d.code);
    const other = side === 'learner' ? row.mentor_id : row.learner_id;
    if (action === 'report_absent') {
      const until = new Date(now.getTime() + CONTEST_WINDOW_MS);
      await tx.updateTable('mentor_bookings').set({ status: d.status, ended_by: actor.userId, ended_at: now, contest_until: until }).where('id', '=', row.id).execute();
      await notify(deps, tx, { userId: other, kind: 'mentoring_absence_reported', params: { by: actor.displayName, when: whenParam(row.starts_at), until: whenParam(until) }, link: `/mentoring#booking-${row.id}` });
      return;
    }
    const money = await settleMoney(tx, deps, row, d.money, d.rule, actor.userId);
    await tx.updateTable('mentor_bookings').set({ status: d.status, ended_by: actor.userId, ended_at: now, ...money }).where('id', '=', row.id).execute();
    await notify(deps, tx, { userId: other, kind: 'mentoring_ended', params: { by: actor.displayName, rule: d.rule, when: whenParam(row.starts_at) }, link: '/mentoring' });
  });
  return getBooking(deps, actor, id);
}

/** After a completed session each side leaves feedback once (a 1–5 rating and words). */
export async function leaveFeedback(deps: Deps, actorIn: Actor | null, id: string, raw: unknown): Promise<BookingView> {
  const actor = requireActor(actorIn);
  const before = await getBooking(deps, actor, id);
  const input = parseWith(feedbackInput, raw);
  if (before.status !== 'completed') throw new AppError('mentorship.feedback_not_open');
  const inserted = await deps.db
    .insertInto('mentor_feedback')
    .values({ booking_id: id, author_id: actor.userId, author_side: before.side, rating: input.rating, body: input.text, created_at: deps.clock.now() })
    .onConflict((oc) => oc.columns(['booking_id', 'author_side']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) throw new AppError('mentorship.feedback_given');
  return getBooking(deps, actor, id);
}
