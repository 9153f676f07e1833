import { describe, expect, it } from 'vitest';
import {
  canEditJob,
  canEditProposal,
  canSeeJob,
  DAILY_LIMITS,
  JOB_ACTIONS,
  JOB_STATUSES,
  jobActions,
  jobInput,
  nextJobStatus,
  nextProposalStatus,
  PROPOSAL_ACTIONS,
  PROPOSAL_STATUSES,
  proposalActions,
  proposalInput,
  proposalProblems,
  toJobContent,
} from './domain.ts';

describe('job status machine', () => {
  const expected: Record<string, string | null> = {
    'open:close': 'closed',
    'open:reopen': null,
    'closed:close': null,
    'closed:reopen': 'open',
  };
  for (const s of JOB_STATUSES)
    for (const a of JOB_ACTIONS)
      it(`${a} from ${s}`, () => {
        expect(nextJobStatus(s, a)).toBe(expected[`${s}:${a}`]);
      });
  it('edits only while open, and offers the right buttons', () => {
    expect(canEditJob('open')).toBe(true);
    expect(canEditJob('closed')).toBe(false);
    expect(jobActions('open')).toEqual(['close']);
    expect(jobActions('closed')).toEqual(['reopen']);
  });
});

describe('proposal status machine', () => {
  const expected: Record<string, string | null> = {
    'submitted:shortlist': 'shortlisted',
    'submitted:decline': 'declined',
    'submitted:withdraw': 'withdrawn',
    'submitted:hire': null,
    'shortlisted:shortlist': null,
    'shortlisted:decline': 'declined',
    'shortlisted:withdraw': null,
    'shortlisted:hire': 'hired',
  };
  for (const s of PROPOSAL_STATUSES)
    for (const a of PROPOSAL_ACTIONS)
      it(`${a} from ${s}`, () => {
        expect(nextProposalStatus(s, a)).toBe(expected[`${s}:${a}`] ?? null);
      });
  it('final states have no way out', () => {
    for (const s of ['declined', 'withdrawn', 'hired'] as const) {
      expect(proposalActions(s, 'client')).toEqual([]);
      expect(proposalActions(s, 'freelancer')).toEqual([]);
    }
  });
  it('splits actions by who takes them', () => {
    expect(proposalActions('submitted', 'client')).toEqual(['shortlist', 'decline']);
    expect(proposalActions('submitted', 'freelancer')).toEqual(['withdraw']);
    expect(proposalActions('shortlisted', 'client')).toEqual(['decline', 'hire']);
    expect(proposalActions('shortlisted', 'freelancer')).toEqual([]);
  });
  it('is editable only until the client acts', () => {
    expect(PROPOSAL_STATUSES.filter(canEditProposal)).toEqual(['submitted']);
  });
});

describe('who sees a job', () => {
  const pub = { clientId: 'c', visibility: 'public' as const };
  const inv = { clientId: 'c', visibility: 'invite_only' as const };
  it('public for all; invite-only for the owner and the invited', () => {
    expect(canSeeJob(pub, null, false)).toBe(true);
    expect(canSeeJob(inv, null, false)).toBe(false);
    expect(canSeeJob(inv, 'f', false)).toBe(false);
    expect(canSeeJob(inv, 'f', true)).toBe(true);
    expect(canSeeJob(inv, 'c', false)).toBe(true);
  });
});

describe('job input', () => {
  const base = { title: 'Logo', description: 'A logo', kind: 'fixed', currency: 'PKR', budget: { amount: '150000', currency: 'PKR' }, duration: '1_4_weeks', experience: 'entry' };
  const issues = (v: unknown) => {
    const r = jobInput.safeParse(v);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
  };
  it('accepts a fixed job and keeps only its kind’s fields', () => {
    const c = toJobContent(jobInput.parse({ ...base, rate_min: { amount: '100', currency: 'PKR' } }));
    expect(c.budget).toEqual({ amount: 150000n, currency: 'PKR' });
    expect(c.rateMin).toBeNull();
    expect(c.visibility).toBe('public');
  });
  it('refuses zero, negative, absurd and fractional budgets', () => {
    expect(issues({ ...base, budget: { amount: '0', currency: 'PKR' } })).toEqual(['budget.amount:field.job_amount_positive']);
    expect(issues({ ...base, budget: { amount: '-5', currency: 'PKR' } })[0]).toMatch(/^budget.amount:field\.money_/);
    expect(issues({ ...base, budget: { amount: '99999999999999999999', currency: 'PKR' } })).toEqual(['budget.amount:field.money_too_large']);
    expect(issues({ ...base, budget: { amount: '1.5', currency: 'PKR' } })[0]).toMatch(/^budget.amount:field\.money_/);
  });
  it('needs a budget on a fixed job in the job’s currency', () => {
    expect(issues({ ...base, budget: null })).toEqual(['budget:field.required']);
    expect(issues({ ...base, budget: { amount: '100', currency: 'USD' } })).toEqual(['budget:field.job_one_currency']);
  });
  it('needs an ordered rate range and weekly hours on an hourly job', () => {
    const hourly = { ...base, kind: 'hourly', budget: null, rate_min: { amount: '50000', currency: 'PKR' }, rate_max: { amount: '90000', currency: 'PKR' }, weekly_hours: 20 };
    expect(issues(hourly)).toEqual([]);
    expect(issues({ ...hourly, rate_min: { amount: '100000', currency: 'PKR' } })).toEqual(['rate_max:field.job_rate_range']);
    expect(issues({ ...hourly, weekly_hours: null })).toEqual(['weekly_hours:field.required']);
    expect(issues({ ...hourly, weekly_hours: 200 })).toEqual(['weekly_hours:field.job_weekly_hours']);
  });
  it('refuses markup and bidi overrides in the title, and oversized descriptions', () => {
    expect(issues({ ...base, title: '<script>alert(1)</script>' })).toEqual(['title:field.no_markup']);
    expect(issues({ ...base, title: 'Logo \u202Egnp.exe' })).toEqual(['title:field.bidi_chars']);
    expect(issues({ ...base, description: 'x'.repeat(5001) })).toEqual(['description:field.too_long']);
  });
});

describe('proposal input', () => {
  const base = { cover_letter: 'I can do it', amount: { amount: '100000', currency: 'PKR' }, delivery_days: 5 };
  it('accepts a plan of milestones and checks the job’s currency', () => {
    const p = proposalInput.parse({ ...base, milestones: [{ title: 'Draft', amount: { amount: '50000', currency: 'USD' } }] });
    expect(proposalProblems(p, { currency: 'PKR' })).toEqual({ 'milestones.0.amount': 'field.job_one_currency' });
    expect(proposalProblems(p, { currency: 'USD' })).toEqual({ amount: 'field.job_one_currency' });
  });
  it('refuses zero prices and impossible delivery times', () => {
    expect(proposalInput.safeParse({ ...base, amount: { amount: '0', currency: 'PKR' } }).success).toBe(false);
    expect(proposalInput.safeParse({ ...base, delivery_days: 0 }).success).toBe(false);
    expect(proposalInput.safeParse({ ...base, delivery_days: 366 }).success).toBe(false);
  });
});

it('names its daily limits', () => {
  expect(DAILY_LIMITS).toEqual({ jobs: 10, proposals: 30 });
});
