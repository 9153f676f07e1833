// What the referrals endpoints answer (listed in src/api/schemas.ts responseSchemas).
import { z } from 'zod';
import { moneyResponse } from '../platform/money.ts';

const timestamp = z.iso.datetime({ offset: true });

const feeExample = z
  .object({
    basis: z.enum(['budget', 'hour']).describe('budget: at the job’s fixed budget; hour: per hour at the job’s top rate'),
    price: moneyResponse,
    earnings: moneyResponse.describe('What the freelancer earns at that price, after Hunar’s fee'),
    fee: moneyResponse.describe('The referral fee on those earnings'),
    kept: moneyResponse.describe('What the freelancer keeps'),
  })
  .nullable()
  .describe('The fee in money, before agreeing; null when the job names no budget or rate');

export const jobReferralResponse = z.object({
  id: z.string(),
  side: z.enum(['referrer', 'referee']).describe('referrer: you passed the job on; referee: it was passed on to you'),
  job: z.object({ id: z.string(), title: z.string(), open: z.boolean(), url: z.string() }),
  other: z.object({ display_name: z.string(), handle: z.string() }).describe('The other person'),
  percent: z.number().int().describe('The referral fee: this share of the earnings of each completed order of the job'),
  note: z.string(),
  status: z.enum(['offered', 'agreed', 'declined', 'withdrawn']),
  created_at: timestamp,
  decided_at: timestamp.nullable(),
  example: feeExample,
  fees_paid: z.array(z.object({ order: z.string().describe('HNR-<number>'), amount: moneyResponse, at: timestamp })),
});

export const myReferralsResponse = z.object({
  code: z.string(),
  link: z.string().describe('Your referral link to share'),
  reward: moneyResponse.describe('The reward in force for each referred client’s first completed order'),
  earned: moneyResponse,
  referred_by: z.string().nullable(),
  referrals: z.array(
    z.object({
      name: z.string(),
      status: z.enum(['pending', 'rewarded', 'no_reward']),
      reason: z.enum(['shared_device', 'same_person', 'pool_short']).nullable(),
      reward: moneyResponse.nullable(),
      created_at: timestamp,
      decided_at: timestamp.nullable(),
    }),
  ),
  jobs_passed_on: z.array(jobReferralResponse),
});

export const referralsResponseSchemas = { MyReferrals: myReferralsResponse, JobReferral: jobReferralResponse };
