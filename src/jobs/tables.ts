// Kysely's view of the jobs tables (see src/db/migrations/0004_jobs.ts); part of Database in src/db/schema.ts.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** Minor units (paisa, cents); pg returns bigint as a string. */
type Minor = ColumnType<string | null, string | bigint | null, string | bigint | null>;

export type JobKind = 'fixed' | 'hourly';
export type JobStatus = 'open' | 'closed';
export type JobVisibility = 'public' | 'invite_only';
export type JobDuration = 'lt_1_week' | '1_4_weeks' | '1_3_months' | 'gt_3_months';
export type JobExperience = 'entry' | 'intermediate' | 'expert';
export type ProposalStatus = 'submitted' | 'shortlisted' | 'declined' | 'withdrawn' | 'hired';

export interface JobsTable {
  id: Generated<string>;
  client_id: string;
  title: string;
  description: string;
  category_slug: string | null;
  skills: string[];
  kind: JobKind;
  budget_minor: Minor;
  rate_min_minor: Minor;
  rate_max_minor: Minor;
  weekly_hours: number | null;
  currency: 'PKR' | 'USD';
  duration: JobDuration;
  experience: JobExperience;
  visibility: JobVisibility;
  status: JobStatus;
  created_at: Timestamp;
  updated_at: Timestamp;
  closed_at: Timestamp | null;
}

export interface JobInvitesTable {
  job_id: string;
  freelancer_id: string;
  created_at: Timestamp;
}

export interface MilestoneRow {
  title: string;
  /** Minor units as a decimal string. */
  amount_minor: string;
}

export interface ProposalsTable {
  id: Generated<string>;
  job_id: string;
  freelancer_id: string;
  cover_letter: string;
  price_minor: Minor;
  rate_minor: Minor;
  currency: 'PKR' | 'USD';
  delivery_days: number;
  milestones: ColumnType<MilestoneRow[], string, string>;
  status: ProposalStatus;
  decline_reason: string | null;
  /** Who declined it: the client, or nobody in person because the client hired someone else (0009). */
  declined_by: 'client' | 'hire' | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface JobTables {
  jobs: JobsTable;
  job_invites: JobInvitesTable;
  proposals: ProposalsTable;
}
