// A booking's calendar file (.ics, RFC 5545) for one of its parties.
import { type Actor, requireActor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import type { Locale } from '../../platform/i18n.ts';
import { canonicalTimeZone, DEFAULT_TIME_ZONE } from '../../platform/time-zone.ts';
import { calendarFile } from '../ics.ts';
import { type BookingView, getBooking } from './read-bookings.ts';

/**
 * A booking's .ics for one of its parties, in that person's zone and language. `texts` gives the
 * summary and description in the reader's words (the route translates; services never render).
 */
export async function bookingCalendar(
  deps: Deps,
  actorIn: Actor | null,
  id: string,
  texts: (b: BookingView, locale: Locale, zone: string) => { summary: string; description: string },
): Promise<{ filename: string; body: string }> {
  const actor = requireActor(actorIn);
  const b = await getBooking(deps, actor, id);
  const me = await deps.db.selectFrom('users').select(['locale', 'time_zone']).where('id', '=', actor.userId).executeTakeFirstOrThrow();
  const zone = canonicalTimeZone(me.time_zone) ?? DEFAULT_TIME_ZONE;
  const t = texts(b, me.locale, zone);
  const host = new URL(deps.config.baseUrl).host;
  const body = calendarFile({
    uid: `mentoring-${b.id}@${host}`,
    stamp: deps.clock.now(),
    startsAt: b.startsAt,
    endsAt: b.endsAt,
    timeZone: zone,
    summary: t.summary,
    description: t.description,
    language: me.locale,
    location: b.meetingUrl,
    url: `${deps.config.baseUrl}/mentoring#booking-${b.id}`,
    cancelled: b.status === 'cancelled_by_learner' || b.status === 'cancelled_by_mentor' || b.status === 'cancelled_mentor_suspended',
  });
  return { filename: `hunar-mentoring-${b.startsAt.toISOString().slice(0, 10)}.ics`, body };
}
