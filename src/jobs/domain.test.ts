import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money } from '../platform/money.ts';
import {
  canEditJob,
  canEditProposal,
  canSeeJob,
  DAILY_LIMITS,
  hirePlan,
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
  const fixed = { currency: 'PKR', kind: 'fixed' } as const;
  const plan = (...amounts: string[]) => proposalInput.parse({ ...base, milestones: amounts.map((amount, i) => ({ title: `Part ${i + 1}`, amount: { amount, currency: 'PKR' } })) });
  it('checks the job’s currency', () => {
    const p = proposalInput.parse({ ...base, milestones: [{ title: 'Draft', amount: { amount: '50000', currency: 'USD' } }] });
    expect(proposalProblems(p, fixed)).toEqual({ 'milestones.0.amount': { key: 'field.job_one_currency' } });
    // The sum is checked once every amount is in the job's currency.
    expect(proposalProblems(p, { currency: 'USD', kind: 'fixed' })).toEqual({ amount: { key: 'field.job_one_currency' } });
  });
  it('accepts a plan that adds up to the price, or no plan', () => {
    expect(proposalProblems(plan('40000', '60000'), fixed)).toEqual({});
    expect(proposalProblems(plan('100000'), fixed)).toEqual({});
    expect(proposalProblems(plan(), fixed)).toEqual({});
  });
  it('refuses a plan that adds up to less or more than the price, naming both', () => {
    // The issue's example: a price of Rs 18,000 in milestones of 9,000 + 8,000.
    const p = proposalInput.parse({ ...base, amount: { amount: '1800000', currency: 'PKR' }, milestones: [{ title: 'Design', amount: { amount: '900000', currency: 'PKR' } }, { title: 'Build', amount: { amount: '800000', currency: 'PKR' } }] });
    expect(proposalProblems(p, fixed)).toEqual({ milestones: { key: 'field.proposal_plan_sum', params: { sum: 'Rs\u00a017,000', price: 'Rs\u00a018,000' } } });
    expect(proposalProblems(plan('60000', '60000'), fixed).milestones?.params).toEqual({ sum: 'Rs\u00a01,200', price: 'Rs\u00a01,000' });
    // One paisa off is off.
    expect(proposalProblems(plan('40000', '59999'), fixed).milestones?.params).toEqual({ sum: 'Rs\u00a0999.99', price: 'Rs\u00a01,000' });
  });
  it('refuses a plan on an hourly proposal (its contract is billed week by week)', () => {
    expect(proposalProblems(plan('100000'), { currency: 'PKR', kind: 'hourly' })).toEqual({ milestones: { key: 'field.proposal_hourly_plan' } });
    expect(proposalProblems(plan(), { currency: 'PKR', kind: 'hourly' })).toEqual({});
  });
  it('refuses a plan exactly when its sum differs from the price (property)', () => {
    fc.assert(
      // Half the cases priced at the plan's sum exactly, the others anywhere (off by as little as a paisa).
      fc.property(fc.array(fc.bigInt({ min: 1n, max: 10n ** 8n }), { maxLength: 10 }), fc.boolean(), fc.bigInt({ min: -1000n, max: 10n ** 9n }), (parts, exact, off) => {
        const planned = parts.reduce((a, b) => a + b, 0n);
        const price = exact || planned + off < 1n ? (planned > 0n ? planned : 1n) : planned + off;
        const p = proposalInput.parse({ ...base, amount: { amount: String(price), currency: 'PKR' }, milestones: parts.map((a, i) => ({ title: `M${i}`, amount: { amount: String(a), currency: 'PKR' } })) });
        const refused = proposalProblems(p, fixed).milestones !== undefined;
        expect(refused).toBe(parts.length > 0 && planned !== price);
      }),
    );
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

describe('what a hire makes', () => {
  const PKR = (n: bigint) => money(n, 'PKR');
  it('a fixed price: its milestones, or one part for the whole price', () => {
    const two = hirePlan({ kind: 'fixed', jobTitle: 'Shop website', amount: PKR(1_800_000n), weeklyHours: null, milestones: [{ title: 'Design', amount: PKR(900_000n) }, { title: 'Build', amount: PKR(900_000n) }] });
    expect(two.parts.map((p) => [p.title, p.price.amount])).toEqual([['Design', 900_000n], ['Build', 900_000n]]);
    expect(two.total).toEqual(PKR(1_800_000n));
    const one = hirePlan({ kind: 'fixed', jobTitle: 'Shop website', amount: PKR(1_800_000n), weeklyHours: null, milestones: [] });
    expect(one.parts).toEqual([{ title: 'Shop website', price: PKR(1_800_000n) }]);
  });
  it('hourly: the first week at rate × weekly hours (40 when the job names none)', () => {
    expect(hirePlan({ kind: 'hourly', jobTitle: 'Support', amount: PKR(200_000n), weeklyHours: 10, milestones: [] })).toEqual({ parts: [{ title: 'Support', price: PKR(2_000_000n) }], total: PKR(2_000_000n), weeklyHours: 10 });
    expect(hirePlan({ kind: 'hourly', jobTitle: 'Support', amount: PKR(100n), weeklyHours: null, milestones: [] }).total).toEqual(PKR(4_000n));
  });
  it('holds the agreed price whenever the proposal passed its checks (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 1n, max: 10n ** 8n }), { maxLength: 10 }), fc.bigInt({ min: 1n, max: 10n ** 10n }), (parts, other) => {
        const price = parts.length ? parts.reduce((a, b) => a + b, 0n) : other;
        const input = proposalInput.parse({ cover_letter: 'x', delivery_days: 3, amount: { amount: String(price), currency: 'PKR' }, milestones: parts.map((a, i) => ({ title: `M${i}`, amount: { amount: String(a), currency: 'PKR' } })) });
        expect(proposalProblems(input, { currency: 'PKR', kind: 'fixed' })).toEqual({});
        const made = hirePlan({ kind: 'fixed', jobTitle: 'Job', amount: PKR(price), weeklyHours: null, milestones: parts.map((a, i) => ({ title: `M${i}`, amount: PKR(a) })) });
        expect(made.total).toEqual(PKR(price));
        expect(made.parts.reduce((a, p) => a + p.price.amount, 0n)).toBe(price);
      }),
    );
  });
});
