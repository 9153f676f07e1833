// What the mentorship endpoints answer (listed in src/api/schemas.ts responseSchemas).
import { z } from 'zod';
import { moneyResponse } from '../platform/money.ts';

const timestamp = z.iso.datetime({ offset: true });
const person = z.object({ id: z.uuid(), display_name: z.string(), handle: z.string(), url: z.string() });
const slot = z.object({ starts_at: timestamp, ends_at: timestamp });
const range = z.object({
  weekday: z.number().int().min(1).max(7).describe('1 = Monday … 7 = Sunday'),
  from: z.string().describe('HH:MM in time_zone'),
  to: z.string().describe('HH:MM in time_zone; 24:00 is the end of the day'),
  time_zone: z.string(),
});

export const mentorResponse = z.object({
  mentor: person,
  topics: z.array(z.string()),
  languages: z.array(z.string()).describe('ISO 639 codes: ur, en, pa, sd, ps, skr, bal'),
  bio_en: z.string().nullable(),
  bio_ur: z.string().nullable(),
  price: moneyResponse.describe('Per session; amount "0" for free sessions'),
  session_minutes: z.number().int(),
  status: z.enum(['applied', 'approved', 'rejected', 'suspended']).describe('Only approved mentors are listed and bookable'),
  rating: z.object({ average: z.number().nullable(), count: z.number().int() }).describe('From learners’ feedback'),
  availability: z.array(range).describe('The weekly ranges sessions are cut from'),
  free_slots: z.array(slot).describe('Sessions that can be booked now (two hours ahead at the soonest, four weeks at the latest); pass starts_at to book one'),
});

export const mentorListResponse = z.object({ items: z.array(mentorResponse).describe('Approved mentors; free_slots holds at most the next three') });

const feedback = z.object({ side: z.enum(['learner', 'mentor']), rating: z.number().int().min(1).max(5), text: z.string(), at: timestamp });

export const bookingResponse = z.object({
  id: z.uuid(),
  mentor: person,
  learner: person,
  side: z.enum(['learner', 'mentor']).describe('Which party the caller is'),
  starts_at: timestamp,
  ends_at: timestamp,
  status: z
    .enum(['booked', 'cancelled_by_learner', 'cancelled_by_mentor', 'cancelled_mentor_suspended', 'completed', 'no_show_learner', 'no_show_mentor', 'contested'])
    .describe('contested: an absence report the other side contested, waiting for an admin; cancelled_mentor_suspended: the mentor was suspended before the session'),
  topic: z.string(),
  price: moneyResponse,
  settlement: z.enum(['released', 'refunded']).nullable().describe('Where a paid session’s money went, by the published rules (/mentors/rules)'),
  meeting_url: z.string().nullable().describe('While the session is still booked'),
  actions: z.array(z.enum(['cancel', 'report_absent', 'confirm_held', 'contest'])).describe('What the caller may do now'),
  report: z
    .object({
      absent: z.enum(['learner', 'mentor']).describe('The side reported absent (the other side reported it)'),
      contest_until: timestamp.nullable().describe('While the report is open: the side reported absent may contest it until then; the money stays in escrow meanwhile'),
      contest_note: z.string().nullable(),
      resolution: z.enum(['held', 'learner_absent', 'mentor_absent']).nullable().describe('An admin’s decision on a contested report'),
      resolution_note: z.string().nullable(),
    })
    .nullable()
    .describe('An absence report on this session, if any'),
  can_leave_feedback: z.boolean(),
  feedback: z.array(feedback),
  calendar_url: z.string().describe('The .ics file, in the caller’s time zone'),
});

export const myMentoringResponse = z.object({
  as_learner: z.array(bookingResponse).describe('Coming sessions first (soonest first), then past ones'),
  as_mentor: z.array(bookingResponse),
});

export const mentorshipResponseSchemas = { Mentor: mentorResponse, MentorList: mentorListResponse, MentoringBooking: bookingResponse, MyMentoring: myMentoringResponse } as const;
