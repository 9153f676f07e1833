// The mentorship feature's entry point: its use cases, one file per use case under use-cases/,
// re-exported here so routes, the API, the seed and other features import from one place.
// Mentorship use cases (docs/decisions/0059-mentorship.md): applying to mentor and the admins'
// decision (which grants the 'mentor' role), availability, the directory of mentors with their next
// free sessions, booking a session (free, or paid from the learner's wallet into an escrow account
// of the booking's own), the published rules for cancellations and no-shows with their money, the
// sweep (reminders, release after the session, the hold's end), feedback from both sides, and the
// calendar file of a booking.
//
// Who may: a freelancer applies; admins decide, suspend and reinstate, and decide contested absence
// reports; an approved mentor's availability and page are
// public; a booking is seen and acted on by its two parties only (anyone else: not_found, as for an
// order). Money moves only through the ledger, inside the transaction that changes the booking.
export { type FeedbackView, listMentors, type MentorCard, type MentorPage, type MentorProfile, mentorPage, myMentorProfile } from './use-cases/read-mentors.ts';
export { applyToMentor, setAvailability } from './use-cases/apply-to-mentor.ts';
export { decideApplication, listApplications } from './use-cases/decide-application.ts';
export { type BookingView, getBooking, myBookings } from './use-cases/read-bookings.ts';
export { bookSession } from './use-cases/book-session.ts';
export { actOnBooking, leaveFeedback } from './use-cases/act-on-booking.ts';
export { type ContestView, contestReport, listContests, resolveContest } from './use-cases/contest-report.ts';
export { reinstateMentor, suspendMentor } from './use-cases/suspend-mentor.ts';
export { MENTORING_SWEEP_JOB, sweepMentoring } from './use-cases/sweep.ts';
export { bookingCalendar } from './use-cases/calendar.ts';
