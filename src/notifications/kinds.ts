// The kinds of notification and their params (issue 18), kept apart from notify() so the pure rules
// (domain.ts) can use them without importing the service. notify.ts re-exports them: callers keep
// importing from there.
export const NOTIFICATION_KINDS = [
  'message', // params: { from: display name, conversation: id }; e-mail batched (15 minutes)
  'order_placed', // params: { order: number, title }
  'order_paid', // params: { order, title, amount }
  'order_delivered', // params: { order, title }
  'revision_requested', // params: { order, title }
  'order_accepted', // params: { order, title, amount }
  'auto_accept_soon', // params: { order, title } (a day before the delivery is accepted for the client)
  'earnings_available', // params: { order, title, amount }
  'withdrawal_paid', // params: { amount, reference }
  'withdrawal_failed', // params: { amount, reference, reason }
  'proposal_received', // params: { job: title, from }
  'invited', // params: { job: title, from }
  'hired', // params: { contract: title, from }
  'review_received', // params: { from, order }
  'dispute_opened', // params: { order, title, by }
  'dispute_decided', // params: { order, title, outcome: 'release'|'refund'|'split', reason }
  // Issue 19 (tax; sent by src/remittances/reminders.ts):
  'tax_return_due', // params: { year: tax year (2026), date: YYYY-MM-DD, days }
  'pseb_expiring', // params: { date: YYYY-MM-DD, days }
  'prc_missing', // params: { amount, reference }
  // Issue 20 (academy; sent by src/assessments/service.ts):
  'project_graded', // params: { course: title in the learner's language, total, out_of }
  'course_completed', // params: { course: title in the learner's language }
  // Issue 20 (mentorship; sent by src/mentorship/service.ts):
  'mentor_approved', // params: { note }
  'mentor_rejected', // params: { note }
  'mentoring_booked', // params: { learner, when: ISO time } (to the mentor)
  'mentoring_reminder', // params: { with, hours: 24 | 1, when: ISO time, written in the reader's zone } (to both)
  'mentoring_ended', // params: { by, rule, when } (to the other side: a cancellation, a confirmation)
  'mentoring_absence_reported', // params: { by, when, until: ISO time } (to the side reported absent: they may contest until then)
  'mentoring_contested', // params: { by, when } (to the reporter: the report waits for an admin)
  'mentoring_contest_decided', // params: { when, resolution: 'held'|'learner_absent'|'mentor_absent', note } (to both)
  'mentoring_cancelled', // params: { with, when } (to the learner: the mentor was suspended; paid sessions refunded)
  'mentor_suspended', // params: { note, sessions: count of coming sessions cancelled } (to the mentor)
  'mentor_reinstated', // params: { note } (to the mentor)
  // Issue 21 (association events; sent by src/events/service.ts):
  'event_moved_up', // params: { event: title in the recipient's language } (a seat freed: off the waiting list)
  'event_reminder', // params: { event, hours: 24 } (to people going, once)
  'event_cancelled', // params: { event } (to people going or waiting)
  // Issue 21 (associations; sent by src/associations/service.ts):
  'association_announcement', // params: { association, title, excerpt } (in the member's language)
  'association_joined', // params: { association } (a request to join approved)
  'association_dues_unpaid', // params: { association, amount, date: first day of the month (YYYY-MM-DD) }
  // Issue 21 (forum; sent by src/forum/service.ts):
  'forum_reply', // params: { by, thread: title } (to the thread's author and the quoted post's author)
  // Issue 21 (legal help desk; sent by src/legal/service.ts). No words of the question: it is private.
  'legal_answered', // params: {} (to the asker)
  'legal_follow_up', // params: {} (to the advisor who answered)
  // Issue 21 (association events, editing; sent by src/events/service.ts):
  'event_changed', // params: { event } (the time, place or link changed; to people going or waiting)
  // Issue 21 (co-working spaces; sent by src/spaces/service.ts). date: the desk's day (YYYY-MM-DD).
  'space_booked', // params: { space, by, date } (to the owner)
  'space_booking_cancelled', // params: { space, by, date } (to the owner: the booker cancelled)
  'space_cancelled', // params: { space, date } (to the booker: the space cancelled; paid desks refunded)
  'space_withdrawn', // params: { space, date } (to the booker: an admin took the listing down; refunded)
  'space_hidden', // params: { space, reason } (to the owner: an admin took the listing down)
  'space_shown', // params: { space } (to the owner: an admin showed it again)
  // Issue 21 (referrals; sent by src/referrals/pass-on.ts and service.ts):
  'job_passed_on', // params: { job: title, from: the referrer, percent } (to the fellow: an offer to consider)
  'job_pass_accepted', // params: { job, from: the fellow, percent } (to the referrer)
  'referral_fee_paid', // params: { order, title, from: the fellow, amount } (to the referrer)
  'referral_reward_paid', // params: { person: the referred client, amount } (to the referrer)
  'association_join_requested', // params: { association, by: who asked } (to each officer; src/associations/service.ts)
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationParam = string | number | { minor: string; currency: 'PKR' | 'USD' };

export interface NotificationInput {
  userId: string;
  kind: NotificationKind;
  params: Record<string, NotificationParam>;
  /** Where the notification leads, a path on this site (e.g. `/orders/<id>`). */
  link: string;
}
