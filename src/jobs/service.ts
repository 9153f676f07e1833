// The jobs feature's entry point: job and proposal use cases, one file per use case under
// use-cases/, re-exported here so routes, the API, the seed and other features import from one place.
// Each takes the acting user first, checks who may do it, runs in one transaction and writes an audit
// event. A job the actor may not see (someone else's invite-only job) and proposals on someone else's
// job answer not_found, never forbidden, so ids cannot be probed (use-cases/access.ts). Daily
// anti-spam limits are counted in SQL over the last 24 hours, under a row lock on the user, so every
// app process shares them (use-cases/daily-limits.ts).
export { closeJob, postJob, reopenJob, updateJob } from './use-cases/post-job.ts';
export { encodeCursor, getJob, getOwnJob, type JobSummary, type JobView, listMyJobs, listOpenJobs, type Named, PAGE_SIZE, type Person } from './use-cases/read-jobs.ts';
export { type Invite, inviteFreelancer, listInvites, listMyInvites, type MyInvite, removeInvite } from './use-cases/invite-freelancer.ts';
export { clientRecord, inviteResponse } from './use-cases/track-record.ts';
export { editProposal, submitProposal, withdrawProposal } from './use-cases/send-proposal.ts';
export { getProposal, listMyProposals, listProposalsForJob, myProposalFor, type ProposalView } from './use-cases/read-proposals.ts';
export { declineProposal, type HirePreview, hireProposal, previewHire, shortlistProposal } from './use-cases/hire-freelancer.ts';
