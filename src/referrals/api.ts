// The referrals endpoints (tag referrals): GET /api/v1/referrals (your link, the people you referred,
// the jobs passed on) and passing a job on, answered by the fellow. The same use cases as the pages.
import type { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import { AppError } from '../platform/errors.ts';
import type { Ctx } from '../platform/http.ts';
import { moneyToJson } from '../platform/money.ts';
import { passOnInput } from './domain.ts';
import { answerPassOn, jobsPassedOn, type PassedJob, passJobOn } from './pass-on.ts';
import { jobReferralResponse, myReferralsResponse } from './schemas.ts';
import { myReferrals } from './service.ts';

const V1 = '/api/v1';

function passedJson(p: PassedJob): z.input<typeof jobReferralResponse> {
  const e = p.example;
  return {
    id: p.id,
    side: p.side,
    job: { id: p.job.id, title: p.job.title, open: p.job.open, url: `/jobs/${p.job.id}` },
    other: { display_name: p.other.displayName, handle: p.other.handle },
    percent: p.percent,
    note: p.note,
    status: p.status,
    created_at: p.createdAt.toISOString(),
    decided_at: p.decidedAt?.toISOString() ?? null,
    example: e ? { basis: e.basis, price: moneyToJson(e.price), earnings: moneyToJson(e.earnings), fee: moneyToJson(e.fee), kept: moneyToJson(e.kept) } : null,
    fees_paid: p.fees.map((f) => ({ order: f.orderNumber, amount: moneyToJson(f.amount), at: f.at.toISOString() })),
  };
}

async function one(c: Ctx, id: string) {
  const found = (await jobsPassedOn(c.get('deps'), c.get('actor'))).find((p) => p.id === id);
  if (!found) throw new AppError('not_found');
  return passedJson(found);
}

const answer = (operationId: string, verb: 'accept' | 'decline' | 'withdraw') =>
  endpoint({
    operationId,
    method: 'post',
    path: `${V1}/job-referrals/{job_referral}/${verb}`,
    tag: 'referrals',
    auth: 'required',
    params: { job_referral: 'api.param.job_referral' },
    status: 200,
    response: jobReferralResponse,
    problems: ['not_found', 'job_referral.not_offered', 'job.closed'],
    async handle(c) {
      const id = c.req.param('job_referral') ?? '';
      await answerPassOn(c.get('deps'), c.get('actor'), id, verb);
      return one(c, id);
    },
  });

export const referralsEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'getMyReferrals',
    method: 'get',
    path: `${V1}/referrals`,
    tag: 'referrals',
    auth: 'required',
    status: 200,
    response: myReferralsResponse,
    async handle(c) {
      const deps = c.get('deps');
      const [me, passed] = await Promise.all([myReferrals(deps, c.get('actor')), jobsPassedOn(deps, c.get('actor'))]);
      return {
        code: me.code,
        link: `${deps.config.baseUrl}/r/${me.code}`,
        reward: moneyToJson(me.reward),
        earned: moneyToJson(me.earned),
        referred_by: me.referredBy,
        referrals: me.referrals.map((r) => ({
          name: r.name,
          status: r.status,
          reason: r.reason,
          reward: r.reward ? moneyToJson(r.reward) : null,
          created_at: r.createdAt.toISOString(),
          decided_at: r.decidedAt?.toISOString() ?? null,
        })),
        jobs_passed_on: passed.map(passedJson),
      };
    },
  }),
  endpoint({
    operationId: 'passJobOn',
    method: 'post',
    path: `${V1}/jobs/{job}/pass-on`,
    tag: 'referrals',
    auth: 'required',
    params: { job: 'api.param.job' },
    request: { name: 'PassJobOnRequest', schema: passOnInput },
    status: 201,
    response: jobReferralResponse,
    problems: ['not_found', 'job_referral.freelancers_only', 'job_referral.self', 'job_referral.own_job', 'job_referral.fellow_cannot_see', 'job_referral.already_proposed', 'job_referral.already', 'job.closed'],
    async handle(c, body) {
      const { id } = await passJobOn(c.get('deps'), c.get('actor'), c.req.param('job') ?? '', body);
      return one(c, id);
    },
  }),
  answer('acceptJobReferral', 'accept'),
  answer('declineJobReferral', 'decline'),
  answer('withdrawJobReferral', 'withdraw'),
];
