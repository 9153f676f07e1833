// Kysely's view of the mentorship tables (see src/db/migrations/0054_mentorship.ts and 0059); part of Database in src/db/schema.ts.
import type { ColumnType, Generated } from 'kysely';
import type { Currency } from '../platform/money.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** bigint columns: pg returns them as strings; written as bigint or string. */
type Minor = ColumnType<string, string | bigint | undefined, string | bigint>;

export type MentorStatus = 'applied' | 'approved' | 'rejected' | 'suspended';
export type BookingStatus = 'booked' | 'cancelled_by_learner' | 'cancelled_by_mentor' | 'cancelled_mentor_suspended' | 'completed' | 'no_show_learner' | 'no_show_mentor' | 'contested';
export type Resolution = 'held' | 'learner_absent' | 'mentor_absent';

export interface MentorProfilesTable {
  user_id: string;
  topics: string[];
  languages: string[];
  bio_en: string | null;
  bio_ur: string | null;
  price_minor: Minor;
  currency: ColumnType<Currency, Currency | undefined, Currency>;
  session_minutes: ColumnType<number, number | undefined, number>;
  meeting_url: string | null;
  status: ColumnType<MentorStatus, MentorStatus | undefined, MentorStatus>;
  applied_at: Timestamp;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_note: string | null;
  updated_at: Timestamp;
  suspended_at: Timestamp | null;
  suspended_by: string | null;
  suspension_note: string | null;
}

export interface MentorAvailabilityTable {
  id: Generated<string>;
  mentor_id: string;
  weekday: number;
  start_minute: number;
  end_minute: number;
  time_zone: ColumnType<string, string | undefined, string>;
}

export interface MentorBookingsTable {
  id: Generated<string>;
  mentor_id: string;
  learner_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  status: ColumnType<BookingStatus, BookingStatus | undefined, BookingStatus>;
  topic: ColumnType<string, string | undefined, string>;
  price_minor: Minor;
  currency: ColumnType<Currency, Currency | undefined, Currency>;
  fund_transaction_id: string | null;
  settlement: 'released' | 'refunded' | null;
  settle_transaction_id: string | null;
  settled_at: Timestamp | null;
  hold_until: Timestamp | null;
  clear_transaction_id: string | null;
  cleared_at: Timestamp | null;
  reminded_day_at: Timestamp | null;
  reminded_hour_at: Timestamp | null;
  ended_by: string | null;
  ended_at: Timestamp | null;
  created_at: Timestamp;
  contest_until: Timestamp | null;
  contested_at: Timestamp | null;
  contest_note: string | null;
  report_closed_at: Timestamp | null;
  resolved_by: string | null;
  resolution: Resolution | null;
  resolution_note: string | null;
}

export interface MentorFeedbackTable {
  id: Generated<string>;
  booking_id: string;
  author_id: string;
  author_side: 'learner' | 'mentor';
  rating: number;
  body: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
}

export interface MentorshipTables {
  mentor_profiles: MentorProfilesTable;
  mentor_availability: MentorAvailabilityTable;
  mentor_bookings: MentorBookingsTable;
  mentor_feedback: MentorFeedbackTable;
}
