// The mentorship endpoints under /api/v1/mentors and /api/v1/me/mentoring: thin calls into the
// mentorship service, the same use cases the pages call.
import { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import type { Ctx } from '../platform/http.ts';
import { moneyToJson } from '../platform/money.ts';
import { applicationInput, availabilityInput, bookingInput, contestInput, feedbackInput } from './domain.ts';
import { calendarTexts } from './routes.tsx';
import { bookingResponse, mentorListResponse, mentorResponse, myMentoringResponse } from './schemas.ts';
import * as mentorship from './service.ts';

const V1 = '/api/v1';
const deps = (c: Ctx) => c.get('deps');
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const person = (p: { id: string; displayName: string; handle: string }) => ({ id: p.id, display_name: p.displayName, handle: p.handle, url: `/u/${encodeURIComponent(p.handle)}` });
const slots = (s: readonly { startsAt: Date; endsAt: Date }[]) => s.map((x) => ({ starts_at: x.startsAt.toISOString(), ends_at: x.endsAt.toISOString() }));

function mentorJson(p: mentorship.MentorProfile, free: readonly { startsAt: Date; endsAt: Date }[]): z.input<typeof mentorResponse> {
  return {
    mentor: person({ id: p.userId, displayName: p.displayName, handle: p.handle }),
    topics: p.topics,
    languages: p.languages,
    bio_en: p.bioEn,
    bio_ur: p.bioUr,
    price: moneyToJson(p.price),
    session_minutes: p.sessionMinutes,
    status: p.status,
    rating: { average: p.rating.count ? Math.round((p.rating.sum / p.rating.count) * 10) / 10 : null, count: p.rating.count },
    availability: p.availability.map((r) => ({ weekday: r.weekday, from: hhmm(r.startMinute), to: hhmm(r.endMinute), time_zone: r.timeZone })),
    free_slots: slots(free),
  };
}

function bookingJson(b: mentorship.BookingView): z.input<typeof bookingResponse> {
  return {
    id: b.id,
    mentor: person(b.mentor),
    learner: person(b.learner),
    side: b.side,
    starts_at: b.startsAt.toISOString(),
    ends_at: b.endsAt.toISOString(),
    status: b.status,
    topic: b.topic,
    price: moneyToJson(b.price),
    settlement: b.settlement,
    meeting_url: b.meetingUrl,
    actions: b.actions,
    report: b.report
      ? { absent: b.report.absent, contest_until: b.report.contestUntil?.toISOString() ?? null, contest_note: b.report.contestNote, resolution: b.report.resolution, resolution_note: b.report.resolutionNote }
      : null,
    can_leave_feedback: b.canLeaveFeedback,
    feedback: b.feedback.map((f) => ({ side: f.side, rating: f.rating, text: f.text, at: f.at.toISOString() })),
    calendar_url: `${V1}/me/mentoring/bookings/${b.id}/ics`,
  };
}

const listQuery = z.object({ topic: z.string().max(40).optional(), language: z.string().max(4).optional() });
const booking = { booking: 'api.param.booking' };
const problemsOfActions = ['not_found', 'mentorship.not_booked', 'mentorship.already_started', 'mentorship.not_started', 'mentorship.report_closed', 'mentorship.not_ended', 'ledger.insufficient_funds'] as const;

const action = (operationId: string, path: string, a: 'cancel' | 'report_absent' | 'confirm_held') =>
  endpoint({
    operationId,
    method: 'post',
    path: `${V1}/me/mentoring/bookings/{booking}/${path}`,
    tag: 'mentorship',
    auth: 'required',
    params: booking,
    status: 200,
    response: bookingResponse,
    problems: [...problemsOfActions],
    handle: async (c) => bookingJson(await mentorship.actOnBooking(deps(c), c.get('actor'), c.req.param('booking') ?? '', a)),
  });

export const mentorshipEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'listMentors',
    method: 'get',
    path: `${V1}/mentors`,
    tag: 'mentorship',
    auth: 'optional',
    query: { schema: listQuery, describe: { topic: 'api.query.mentors.topic', language: 'api.query.mentors.language' } },
    status: 200,
    response: mentorListResponse,
    async handle(c) {
      const cards = await mentorship.listMentors(deps(c), { topic: c.req.query('topic'), language: c.req.query('language') || undefined });
      return { items: cards.map((x) => mentorJson(x.profile, x.nextSlots)) };
    },
  }),
  endpoint({
    operationId: 'getMentor',
    method: 'get',
    path: `${V1}/mentors/{handle}`,
    tag: 'mentorship',
    auth: 'optional',
    params: { handle: 'api.param.handle' },
    status: 200,
    response: mentorResponse,
    problems: ['not_found'],
    async handle(c) {
      const page = await mentorship.mentorPage(deps(c), c.get('actor'), c.req.param('handle') ?? '');
      return mentorJson(page.profile, page.slots);
    },
  }),
  endpoint({
    operationId: 'bookMentoringSession',
    method: 'post',
    path: `${V1}/mentors/{handle}/bookings`,
    tag: 'mentorship',
    auth: 'required',
    params: { handle: 'api.param.handle' },
    request: { name: 'MentoringBookingRequest', schema: bookingInput },
    status: 201,
    response: bookingResponse,
    problems: ['not_found', 'mentorship.slot_taken', 'mentorship.slot_unavailable', 'mentorship.own_session', 'ledger.insufficient_funds'],
    handle: async (c, body) => bookingJson(await mentorship.bookSession(deps(c), c.get('actor'), c.req.param('handle') ?? '', body)),
  }),
  endpoint({
    operationId: 'listMyMentoring',
    method: 'get',
    path: `${V1}/me/mentoring`,
    tag: 'mentorship',
    auth: 'required',
    status: 200,
    response: myMentoringResponse,
    async handle(c) {
      const mine = await mentorship.myBookings(deps(c), c.get('actor'));
      return { as_learner: mine.asLearner.map(bookingJson), as_mentor: mine.asMentor.map(bookingJson) };
    },
  }),
  endpoint({
    operationId: 'applyToMentor',
    method: 'put',
    path: `${V1}/me/mentoring/profile`,
    tag: 'mentorship',
    auth: 'required',
    request: { name: 'MentorApplicationRequest', schema: applicationInput },
    status: 200,
    response: mentorResponse,
    problems: ['mentorship.freelancers_only'],
    handle: async (c, body) => mentorJson(await mentorship.applyToMentor(deps(c), c.get('actor'), body), []),
  }),
  endpoint({
    operationId: 'setMentorAvailability',
    method: 'put',
    path: `${V1}/me/mentoring/availability`,
    tag: 'mentorship',
    auth: 'required',
    request: { name: 'MentorAvailabilityRequest', schema: availabilityInput },
    status: 200,
    response: mentorResponse,
    problems: ['mentorship.not_a_mentor'],
    handle: async (c, body) => mentorJson(await mentorship.setAvailability(deps(c), c.get('actor'), body), []),
  }),
  action('cancelMentoringSession', 'cancel', 'cancel'),
  action('reportMentoringAbsence', 'report-absent', 'report_absent'),
  action('confirmMentoringSession', 'confirm-held', 'confirm_held'),
  endpoint({
    operationId: 'contestMentoringAbsence',
    method: 'post',
    path: `${V1}/me/mentoring/bookings/{booking}/contest`,
    tag: 'mentorship',
    auth: 'required',
    params: booking,
    request: { name: 'MentoringContestRequest', schema: contestInput },
    status: 200,
    response: bookingResponse,
    problems: ['not_found', 'mentorship.not_contestable', 'mentorship.contest_closed'],
    handle: async (c, body) => bookingJson(await mentorship.contestReport(deps(c), c.get('actor'), c.req.param('booking') ?? '', body)),
  }),
  endpoint({
    operationId: 'leaveMentoringFeedback',
    method: 'post',
    path: `${V1}/me/mentoring/bookings/{booking}/feedback`,
    tag: 'mentorship',
    auth: 'required',
    params: booking,
    request: { name: 'MentoringFeedbackRequest', schema: feedbackInput },
    status: 200,
    response: bookingResponse,
    problems: ['not_found', 'mentorship.feedback_not_open', 'mentorship.feedback_given'],
    handle: async (c, body) => bookingJson(await mentorship.leaveFeedback(deps(c), c.get('actor'), c.req.param('booking') ?? '', body)),
  }),
  endpoint({
    operationId: 'getMentoringCalendar',
    method: 'get',
    path: `${V1}/me/mentoring/bookings/{booking}/ics`,
    tag: 'mentorship',
    auth: 'required',
    params: booking,
    status: 200,
    file: { contentType: 'text/calendar', description: 'api.file.mentoring_ics' },
    problems: ['not_found'],
    async handle(c) {
      const f = await mentorship.bookingCalendar(deps(c), c.get('actor'), c.req.param('booking') ?? '', calendarTexts);
      return c.body(f.body, 200, { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `attachment; filename="${f.filename}"` });
    },
  }),
];
