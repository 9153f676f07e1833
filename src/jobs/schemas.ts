// What the job and proposal endpoints answer, as zod schemas (listed in src/api/schemas.ts
// responseSchemas). Amounts are minor units as decimal strings: { amount: "150000", currency }.
import { z } from 'zod';
import { moneyResponse } from '../platform/money.ts';

const timestamp = z.iso.datetime({ offset: true });
const currency = z.enum(['PKR', 'USD']);
const amount = moneyResponse;
const named = z.object({ slug: z.string(), name_en: z.string(), name_ur: z.string() });
const person = z.object({ id: z.uuid(), display_name: z.string(), handle: z.string(), url: z.string() });
const jobStatus = z.enum(['open', 'closed']);
const kind = z.enum(['fixed', 'hourly']);
const visibility = z.enum(['public', 'invite_only']);

export const jobResponse = z.object({
  id: z.uuid(),
  url: z.string().describe('The job page, /jobs/<id>'),
  title: z.string(),
  description: z.string(),
  category: named.nullable(),
  skills: z.array(named),
  kind,
  currency,
  budget: amount.nullable().describe('Fixed-price jobs'),
  rate_min: amount.nullable().describe('Hourly jobs'),
  rate_max: amount.nullable().describe('Hourly jobs'),
  weekly_hours: z.number().int().nullable().describe('Hourly jobs'),
  duration: z.enum(['lt_1_week', '1_4_weeks', '1_3_months', 'gt_3_months']),
  experience: z.enum(['entry', 'intermediate', 'expert']),
  visibility,
  status: jobStatus,
  client: person,
  created_at: timestamp,
  updated_at: timestamp,
  closed_at: timestamp.nullable(),
});

export const jobSummaryResponse = z.object({
  id: z.uuid(),
  url: z.string(),
  title: z.string(),
  kind,
  budget: amount.nullable(),
  rate_min: amount.nullable(),
  rate_max: amount.nullable(),
  visibility,
  status: jobStatus,
  proposals: z.number().int().nullable().describe('Only in your own list'),
  created_at: timestamp,
});

export const jobListResponse = z.object({
  jobs: z.array(jobSummaryResponse),
  next_cursor: z.string().nullable().describe('Pass as ?cursor= for the next page; null on the last page'),
});

export const jobStatusResponse = z.object({ id: z.uuid(), status: jobStatus });
export const inviteResponse = z.object({ handle: z.string() });

export const inviteListResponse = z.object({
  invites: z.array(
    z.object({
      freelancer: person,
      invited_at: timestamp,
      proposal_status: z.enum(['submitted', 'shortlisted', 'declined', 'withdrawn', 'hired']).nullable().describe('Their proposal on the job, if they sent one'),
    }),
  ),
});

export const myInviteListResponse = z.object({
  invites: z.array(z.object({ job: z.object({ id: z.uuid(), title: z.string(), url: z.string() }), client: person, invited_at: timestamp })),
});

export const proposalResponse = z.object({
  id: z.uuid(),
  job: z.object({ id: z.uuid(), title: z.string(), kind, url: z.string() }),
  freelancer: person,
  cover_letter: z.string(),
  amount: amount.describe('The price (fixed-price job) or hourly rate (hourly job); once hired, the agreed terms'),
  delivery_days: z.number().int(),
  milestones: z.array(z.object({ title: z.string(), amount })).describe('A fixed-price proposal’s plan: empty, or milestones adding up to `amount`'),
  status: z.enum(['submitted', 'shortlisted', 'declined', 'withdrawn', 'hired']),
  decline_reason: z.string().nullable(),
  declined_by: z.enum(['client', 'hire']).nullable().describe('"hire": declined because the client hired another freelancer for the job'),
  contract: z.object({ id: z.uuid(), url: z.string() }).nullable().describe('Once hired: the contract the hire started (GET /api/v1/contracts/{id})'),
  created_at: timestamp,
  updated_at: timestamp,
});

export const proposalListResponse = z.object({ proposals: z.array(proposalResponse) });

export const jobResponseSchemas = {
  Job: jobResponse,
  JobSummary: jobSummaryResponse,
  JobList: jobListResponse,
  JobStatus: jobStatusResponse,
  JobInvite: inviteResponse,
  JobInviteList: inviteListResponse,
  MyInviteList: myInviteListResponse,
  Proposal: proposalResponse,
  ProposalList: proposalListResponse,
} as const;
