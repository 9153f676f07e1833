// A freelancer applies to mentor (or edits the profile), and sets the weekly availability sessions are
// cut from.
import { type Actor, requireActor } from '../../platform/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { parseWith } from '../../platform/forms.ts';
import { canonicalTimeZone, DEFAULT_TIME_ZONE } from '../../platform/time-zone.ts';
import { applicationInput, availabilityInput } from '../domain.ts';
import { type MentorProfile, myMentorProfile } from './read-mentors.ts';

/**
 * A freelancer applies to mentor, or edits their mentor profile. A first application (or one after a
 * rejection) waits for an admin; an approved or suspended mentor's edit keeps their state.
 */
export async function applyToMentor(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<MentorProfile> {
  const actor = requireActor(actorIn);
  if (!actor.isFreelancer) throw new AppError('mentorship.freelancers_only');
  const a = parseWith(applicationInput, raw);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const before = await tx.selectFrom('mentor_profiles').select('status').where('user_id', '=', actor.userId).forUpdate().executeTakeFirst();
    const values = {
      topics: a.topics,
      languages: a.languages,
      bio_en: a.bioEn,
      bio_ur: a.bioUr,
      price_minor: a.price.amount,
      currency: a.price.currency,
      session_minutes: a.sessionMinutes,
      meeting_url: a.meetingUrl,
      updated_at: now,
    };
    if (!before) await tx.insertInto('mentor_profiles').values({ user_id: actor.userId, ...values, status: 'applied', applied_at: now }).execute();
    else if (before.status === 'rejected') await tx.updateTable('mentor_profiles').set({ ...values, status: 'applied', applied_at: now, decided_by: null, decided_at: null, decision_note: null }).where('user_id', '=', actor.userId).execute();
    else await tx.updateTable('mentor_profiles').set(values).where('user_id', '=', actor.userId).execute();
  });
  return (await myMentorProfile(deps, actor)) as MentorProfile;
}

/** The mentor's weekly availability, replaced whole; times are in `time_zone` (Asia/Karachi by default). */
export async function setAvailability(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<MentorProfile> {
  const actor = requireActor(actorIn);
  const input = parseWith(availabilityInput, raw);
  const zone = canonicalTimeZone(input.time_zone || DEFAULT_TIME_ZONE);
  if (!zone) throw new AppError('validation.failed', {}, { time_zone: { key: 'field.time_zone' } });
  await deps.db.transaction().execute(async (tx) => {
    const p = await tx.selectFrom('mentor_profiles').select('status').where('user_id', '=', actor.userId).forUpdate().executeTakeFirst();
    if (!p || p.status === 'rejected') throw new AppError('mentorship.not_a_mentor');
    await tx.deleteFrom('mentor_availability').where('mentor_id', '=', actor.userId).execute();
    if (input.ranges.length) {
      await tx
        .insertInto('mentor_availability')
        .values(input.ranges.map((r) => ({ mentor_id: actor.userId, weekday: r.weekday, start_minute: r.from, end_minute: r.to, time_zone: zone })))
        .execute();
    }
    await tx.updateTable('mentor_profiles').set({ updated_at: deps.clock.now() }).where('user_id', '=', actor.userId).execute();
  });
  return (await myMentorProfile(deps, actor)) as MentorProfile;
}
