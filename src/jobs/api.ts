// The job and proposal endpoints under /api/v1: thin calls into the jobs service, the same use
// cases the pages call. Amounts are { amount: "150000", currency } in minor units.
import type { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import { DOCUMENT_TYPES } from '../media/domain.ts';
import { attachmentJson, attachmentListResponse, attachmentResponse } from '../media/schemas.ts';
import type { UploadedFile } from '../platform/forms.ts';
import * as attachments from './attachments.ts';
import type { Ctx } from '../platform/http.ts';
import type { Money } from '../platform/money.ts';
import { declineInput, inviteInput, jobInput, proposalInput } from './domain.ts';
import { inviteListResponse, inviteResponse, jobListResponse, myInviteListResponse, jobResponse, jobStatusResponse, proposalListResponse, proposalResponse } from './schemas.ts';
import * as jobs from './service.ts';

const V1 = '/api/v1';
const deps = (c: Ctx) => c.get('deps');
const jobId = (c: Ctx) => c.req.param('job') ?? '';
const proposalId = (c: Ctx) => c.req.param('proposal') ?? '';
const jobParams = { job: 'api.param.job' };
const proposalParams = { proposal: 'api.param.proposal' };

const amount = (m: Money | null) => (m ? { amount: m.amount.toString(), currency: m.currency } : null);
const person = (p: jobs.Person) => ({ id: p.id, display_name: p.displayName, handle: p.handle, url: `/u/${encodeURIComponent(p.handle)}` });

export function jobJson(j: jobs.JobView): z.input<typeof jobResponse> {
  return {
    id: j.id,
    url: `/jobs/${j.id}`,
    title: j.title,
    description: j.description,
    category: j.category ? { slug: j.category.slug, name_en: j.category.en, name_ur: j.category.ur } : null,
    skills: j.skills.map((s) => ({ slug: s.slug, name_en: s.en, name_ur: s.ur })),
    kind: j.kind,
    currency: j.currency,
    budget: amount(j.budget),
    rate_min: amount(j.rateMin),
    rate_max: amount(j.rateMax),
    weekly_hours: j.weeklyHours,
    duration: j.duration,
    experience: j.experience,
    visibility: j.visibility,
    status: j.status,
    client: person(j.client),
    created_at: j.createdAt.toISOString(),
    updated_at: j.updatedAt.toISOString(),
    closed_at: j.closedAt ? j.closedAt.toISOString() : null,
  };
}

const summaryJson = (j: jobs.JobSummary, own: boolean) => ({
  id: j.id,
  url: `/jobs/${j.id}`,
  title: j.title,
  kind: j.kind,
  budget: amount(j.budget),
  rate_min: amount(j.rateMin),
  rate_max: amount(j.rateMax),
  visibility: j.visibility,
  status: j.status,
  proposals: own ? j.proposals : null,
  created_at: j.createdAt.toISOString(),
});

export function proposalJson(p: jobs.ProposalView): z.input<typeof proposalResponse> {
  return {
    id: p.id,
    job: { id: p.jobId, title: p.jobTitle, kind: p.jobKind, url: `/jobs/${p.jobId}` },
    freelancer: person(p.freelancer),
    cover_letter: p.coverLetter,
    amount: { amount: p.amount.amount.toString(), currency: p.amount.currency },
    delivery_days: p.deliveryDays,
    milestones: p.milestones.map((m) => ({ title: m.title, amount: { amount: m.amount.amount.toString(), currency: m.amount.currency } })),
    status: p.status,
    decline_reason: p.declineReason,
    declined_by: p.declinedBy,
    contract: p.contractId ? { id: p.contractId, url: `/contracts/${p.contractId}` } : null,
    created_at: p.createdAt.toISOString(),
    updated_at: p.updatedAt.toISOString(),
  };
}

const jobTransition = (operationId: string, action: 'close' | 'reopen', run: typeof jobs.closeJob) =>
  endpoint({
    operationId,
    method: 'post',
    path: `${V1}/jobs/{job}/${action}`,
    tag: 'jobs',
    auth: 'required',
    params: jobParams,
    status: 200,
    response: jobStatusResponse,
    problems: ['not_found', 'job.status_conflict'],
    handle: (c) => run(deps(c), c.get('actor'), jobId(c)),
  });

const clientAction = (operationId: string, action: 'shortlist' | 'hire', run: typeof jobs.shortlistProposal) =>
  endpoint({
    operationId,
    method: 'post',
    path: `${V1}/proposals/{proposal}/${action}`,
    tag: 'jobs',
    auth: 'required',
    params: proposalParams,
    status: 200,
    response: proposalResponse,
    problems: ['not_found', 'proposal.status_conflict', 'job.closed'],
    handle: async (c) => proposalJson(await run(deps(c), c.get('actor'), proposalId(c))),
  });

export const jobEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'listOpenJobs',
    method: 'get',
    path: `${V1}/jobs`,
    tag: 'jobs',
    auth: 'optional',
    status: 200,
    response: jobListResponse,
    problems: ['validation.failed'],
    async handle(c) {
      const page = await jobs.listOpenJobs(deps(c), { cursor: c.req.query('cursor') });
      return { jobs: page.jobs.map((j) => summaryJson(j, false)), next_cursor: page.nextCursor };
    },
  }),
  endpoint({
    operationId: 'postJob',
    method: 'post',
    path: `${V1}/jobs`,
    tag: 'jobs',
    auth: 'required',
    request: { name: 'JobRequest', schema: jobInput },
    status: 201,
    response: jobResponse,
    problems: ['job.clients_only', 'job.daily_limit'],
    async handle(c, body) {
      const { id } = await jobs.postJob(deps(c), c.get('actor'), body);
      return jobJson(await jobs.getOwnJob(deps(c), c.get('actor'), id));
    },
  }),
  endpoint({
    operationId: 'getJob',
    method: 'get',
    path: `${V1}/jobs/{job}`,
    tag: 'jobs',
    auth: 'optional',
    params: jobParams,
    status: 200,
    response: jobResponse,
    problems: ['not_found'],
    handle: async (c) => jobJson(await jobs.getJob(deps(c), c.get('actor'), jobId(c))),
  }),
  endpoint({
    operationId: 'updateJob',
    method: 'put',
    path: `${V1}/jobs/{job}`,
    tag: 'jobs',
    auth: 'required',
    params: jobParams,
    request: { name: 'JobRequest', schema: jobInput },
    status: 200,
    response: jobResponse,
    problems: ['not_found', 'job.status_conflict'],
    async handle(c, body) {
      const { id } = await jobs.updateJob(deps(c), c.get('actor'), jobId(c), body);
      return jobJson(await jobs.getOwnJob(deps(c), c.get('actor'), id));
    },
  }),
  jobTransition('closeJob', 'close', jobs.closeJob),
  jobTransition('reopenJob', 'reopen', jobs.reopenJob),
  endpoint({
    operationId: 'inviteToJob',
    method: 'post',
    path: `${V1}/jobs/{job}/invites`,
    tag: 'jobs',
    auth: 'required',
    params: jobParams,
    request: { name: 'JobInviteRequest', schema: inviteInput },
    status: 201,
    response: inviteResponse,
    problems: ['not_found'],
    handle: (c, body) => jobs.inviteFreelancer(deps(c), c.get('actor'), jobId(c), body),
  }),
  endpoint({
    operationId: 'listJobInvites',
    method: 'get',
    path: `${V1}/jobs/{job}/invites`,
    tag: 'jobs',
    auth: 'required',
    params: jobParams,
    status: 200,
    response: inviteListResponse,
    problems: ['not_found'],
    async handle(c) {
      const list = await jobs.listInvites(deps(c), c.get('actor'), jobId(c));
      return { invites: list.map((i) => ({ freelancer: person(i.freelancer), invited_at: i.invitedAt.toISOString(), proposal_status: i.proposalStatus })) };
    },
  }),
  endpoint({
    operationId: 'removeJobInvite',
    method: 'delete',
    path: `${V1}/jobs/{job}/invites/{handle}`,
    tag: 'jobs',
    auth: 'required',
    params: { ...jobParams, handle: 'api.param.invite_handle' },
    status: 204,
    problems: ['not_found', 'job.invite_has_proposal'],
    async handle(c) {
      await jobs.removeInvite(deps(c), c.get('actor'), jobId(c), c.req.param('handle') ?? '');
      return undefined;
    },
  }),
  endpoint({
    operationId: 'listMyInvites',
    method: 'get',
    path: `${V1}/me/invites`,
    tag: 'jobs',
    auth: 'required',
    status: 200,
    response: myInviteListResponse,
    async handle(c) {
      const list = await jobs.listMyInvites(deps(c), c.get('actor'));
      return { invites: list.map((i) => ({ job: { id: i.jobId, title: i.jobTitle, url: `/jobs/${i.jobId}` }, client: person(i.client), invited_at: i.invitedAt.toISOString() })) };
    },
  }),
  endpoint({
    operationId: 'listMyJobs',
    method: 'get',
    path: `${V1}/me/jobs`,
    tag: 'jobs',
    auth: 'required',
    status: 200,
    response: jobListResponse,
    async handle(c) {
      const list = await jobs.listMyJobs(deps(c), c.get('actor'));
      return { jobs: list.map((j) => summaryJson(j, true)), next_cursor: null };
    },
  }),
  endpoint({
    operationId: 'listJobProposals',
    method: 'get',
    path: `${V1}/jobs/{job}/proposals`,
    tag: 'jobs',
    auth: 'required',
    params: jobParams,
    status: 200,
    response: proposalListResponse,
    problems: ['not_found'],
    handle: async (c) => ({ proposals: (await jobs.listProposalsForJob(deps(c), c.get('actor'), jobId(c))).map(proposalJson) }),
  }),
  endpoint({
    operationId: 'submitProposal',
    method: 'post',
    path: `${V1}/jobs/{job}/proposals`,
    tag: 'jobs',
    auth: 'required',
    params: jobParams,
    request: { name: 'ProposalRequest', schema: proposalInput },
    status: 201,
    response: proposalResponse,
    problems: ['not_found', 'proposal.freelancers_only', 'proposal.own_job', 'proposal.duplicate', 'proposal.daily_limit', 'job.closed'],
    async handle(c, body) {
      const { id } = await jobs.submitProposal(deps(c), c.get('actor'), jobId(c), body);
      return proposalJson(await jobs.getProposal(deps(c), c.get('actor'), id));
    },
  }),
  endpoint({
    operationId: 'editProposal',
    method: 'put',
    path: `${V1}/proposals/{proposal}`,
    tag: 'jobs',
    auth: 'required',
    params: proposalParams,
    request: { name: 'ProposalRequest', schema: proposalInput },
    status: 200,
    response: proposalResponse,
    problems: ['not_found', 'proposal.status_conflict', 'job.closed'],
    async handle(c, body) {
      const { id } = await jobs.editProposal(deps(c), c.get('actor'), proposalId(c), body);
      return proposalJson(await jobs.getProposal(deps(c), c.get('actor'), id));
    },
  }),
  endpoint({
    operationId: 'withdrawProposal',
    method: 'delete',
    path: `${V1}/proposals/{proposal}`,
    tag: 'jobs',
    auth: 'required',
    params: proposalParams,
    status: 200,
    response: proposalResponse,
    problems: ['not_found', 'proposal.status_conflict'],
    async handle(c) {
      await jobs.withdrawProposal(deps(c), c.get('actor'), proposalId(c));
      return proposalJson(await jobs.getProposal(deps(c), c.get('actor'), proposalId(c)));
    },
  }),
  clientAction('shortlistProposal', 'shortlist', jobs.shortlistProposal),
  endpoint({
    operationId: 'declineProposal',
    method: 'post',
    path: `${V1}/proposals/{proposal}/decline`,
    tag: 'jobs',
    auth: 'required',
    params: proposalParams,
    request: { name: 'DeclineRequest', schema: declineInput },
    status: 200,
    response: proposalResponse,
    problems: ['not_found', 'proposal.status_conflict'],
    handle: async (c, body) => proposalJson(await jobs.declineProposal(deps(c), c.get('actor'), proposalId(c), body)),
  }),
  clientAction('hireProposal', 'hire', jobs.hireProposal),
  endpoint({
    operationId: 'listMyProposals',
    method: 'get',
    path: `${V1}/me/proposals`,
    tag: 'jobs',
    auth: 'required',
    status: 200,
    response: proposalListResponse,
    handle: async (c) => ({ proposals: (await jobs.listMyProposals(deps(c), c.get('actor'))).map(proposalJson) }),
  }),
  endpoint({
    operationId: 'listJobAttachments',
    method: 'get',
    path: `${V1}/jobs/{job}/attachments`,
    tag: 'jobs',
    auth: 'optional',
    params: jobParams,
    status: 200,
    response: attachmentListResponse,
    problems: ['not_found'],
    async handle(c) {
      const list = await attachments.listJobAttachments(c.get('deps'), c.get('actor'), c.req.param('job') ?? '');
      return { attachments: list.map(attachmentJson) };
    },
  }),
  endpoint({
    operationId: 'addJobAttachment',
    method: 'post',
    path: `${V1}/jobs/{job}/attachments`,
    tag: 'jobs',
    auth: 'required',
    params: jobParams,
    upload: { field: 'file', types: DOCUMENT_TYPES },
    status: 201,
    response: attachmentResponse,
    problems: ['not_found', 'job.closed', 'media.unsupported_file', 'media.unreadable', 'media.too_many_pixels', 'media.attachments_full'],
    async handle(c, file) {
      return attachmentJson(await attachments.addJobAttachment(c.get('deps'), c.get('actor'), c.req.param('job') ?? '', file as UploadedFile | null));
    },
  }),
  endpoint({
    operationId: 'removeJobAttachment',
    method: 'delete',
    path: `${V1}/jobs/{job}/attachments/{attachment}`,
    tag: 'jobs',
    auth: 'required',
    params: { ...jobParams, attachment: 'api.param.attachment' },
    status: 204,
    problems: ['not_found', 'job.closed'],
    async handle(c) {
      await attachments.removeJobAttachment(c.get('deps'), c.get('actor'), c.req.param('job') ?? '', c.req.param('attachment') ?? '');
      return undefined;
    },
  }),
];
