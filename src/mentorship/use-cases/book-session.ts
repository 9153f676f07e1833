// A learner books one of an approved mentor's free sessions, free or paid into the booking's escrow.
import { randomUUID } from 'node:crypto';
import { requestFingerprint } from '../../ledger/domain.ts';
import { type AccountRef, post } from '../../ledger/service.ts';
import { notify } from '../../notifications/notify.ts';
import { type Actor, requireActor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { parseWith } from '../../platform/forms.ts';
import { type Currency, money } from '../../platform/money.ts';
import { bookingInput, freeSlots, remindersPassed } from '../domain.ts';
import { type BookingView, getBooking } from './read-bookings.ts';
import { rangesOf, takenSlots } from './read-mentors.ts';

export const escrowOf = (bookingId: string, currency: Currency): AccountRef => ({ kind: 'escrow', refId: bookingId, currency });
export const whenParam = (d: Date) => d.toISOString();

/**
 * A learner books one of an approved mentor's free sessions. Bookings of one mentor are taken one
 * at a time (the mentor's profile row is locked), and the unique index on (mentor, start) refuses a
 * second booking of the same moment whatever happens: a taken slot is a 409 and nothing changes. A
 * paid session moves its price from the learner's wallet into the booking's escrow in the same
 * transaction; without enough money, nothing is booked.
 */
export async function bookSession(deps: Deps, actorIn: Actor | null, handle: string, raw: unknown): Promise<BookingView> {
  const actor = requireActor(actorIn);
  const input = parseWith(bookingInput, raw);
  const startsAt = new Date(input.starts_at);
  const now = deps.clock.now();
  const mentor = await deps.db.selectFrom('users').select(['id', 'display_name']).where('handle', '=', handle.toLowerCase()).executeTakeFirst();
  if (!mentor) throw new AppError('not_found');
  if (mentor.id === actor.userId) throw new AppError('mentorship.own_session');
  let id: string;
  try {
    id = await deps.db.transaction().execute(async (tx) => {
      const p = await tx.selectFrom('mentor_profiles').selectAll().where('user_id', '=', mentor.id).where('status', '=', 'approved').forUpdate().executeTakeFirst();
      if (!p) throw new AppError('not_found');
      const ranges = (await rangesOf(tx, [p.user_id])).get(p.user_id) ?? [];
      const taken = (await takenSlots(tx, [p.user_id], now)).get(p.user_id) ?? [];
      const slot = freeSlots(ranges, p.session_minutes, taken, now).find((s) => s.startsAt.getTime() === startsAt.getTime());
      if (!slot) {
        const clash = taken.some((t) => t.startsAt <= startsAt && startsAt < t.endsAt);
        throw new AppError(clash ? 'mentorship.slot_taken' : 'mentorship.slot_unavailable');
      }
      const price = money(BigInt(p.price_minor), p.currency);
      const passed = remindersPassed(slot.startsAt, now);
      // The booking's id is chosen here so its escrow and idempotency key can name it before the row
      // exists: the row is written with its paying transaction (the table requires one for a price).
      const bookingId = randomUUID();
      const fundTx =
        price.amount > 0n
          ? await post(tx, deps, {
              kind: 'mentorship_fund',
              key: `mentoring:${bookingId}:fund`,
              fingerprint: requestFingerprint(actor.userId, 'mentoring.fund', { booking: bookingId, amount: price.amount, currency: price.currency }),
              actorId: actor.userId,
              reason: `Mentoring session with ${mentor.display_name} at ${slot.startsAt.toISOString()}: paid into escrow`,
              legs: [{ from: { kind: 'client_wallet', ownerId: actor.userId, currency: price.currency }, to: escrowOf(bookingId, price.currency), amount: price }],
            })
          : null;
      const b = await tx
        .insertInto('mentor_bookings')
        .values({
          id: bookingId,
          mentor_id: p.user_id,
          learner_id: actor.userId,
          starts_at: slot.startsAt,
          ends_at: slot.endsAt,
          topic: input.topic,
          price_minor: price.amount,
          currency: price.currency,
          fund_transaction_id: fundTx,
          reminded_day_at: passed.day ? now : null,
          reminded_hour_at: passed.hour ? now : null,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await notify(deps, tx, { userId: p.user_id, kind: 'mentoring_booked', params: { learner: actor.displayName, when: whenParam(slot.startsAt) }, link: '/mentoring' });
      return b.id;
    });
  } catch (e) {
    if ((e as { constraint?: string }).constraint === 'mentor_bookings_slot') throw new AppError('mentorship.slot_taken');
    throw e;
  }
  return getBooking(deps, actor, id);
}
