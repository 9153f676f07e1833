// 0030 reports the contracts whose milestones differ from the hired price: this loads contracts in
// the shape 0029 left them (made before a plan had to add up to the price), applies 0030, and checks
// what it logged and that it changed nothing.
import type { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { emptyDatabase, migrationsUpTo } from '../../test/support.ts';

// The schema changes half-way through this test, so the database is untyped.
let db: Kysely<any>;
let drop: () => Promise<void>;
const upTo = migrationsUpTo;

beforeAll(async () => {
  ({ db, drop } = await emptyDatabase());
}, 60_000);
afterAll(() => drop?.());

const at = new Date('2026-03-01T10:00:00Z');
let seq = 0;

async function user(isClient: boolean) {
  seq += 1;
  return db
    .insertInto('users')
    .values({ email: `plan-${seq}@example.pk`, password_hash: 'x', display_name: isClient ? 'Client' : 'Freelancer', is_client: isClient, is_freelancer: !isClient, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** A hired proposal and the contract made from it, with milestone orders as the old code made them. */
async function contract(c: { clientId: string; freelancerId: string; currency: 'PKR' | 'USD'; price: bigint | null; rate?: bigint; milestones: bigint[]; states?: string[] }) {
  const hourly = c.price === null;
  seq += 1;
  const job = await db
    .insertInto('jobs')
    .values({
      client_id: c.clientId,
      title: `Job ${seq}`,
      description: 'Old contract',
      kind: hourly ? 'hourly' : 'fixed',
      budget_minor: hourly ? null : String(c.price),
      rate_min_minor: hourly ? '100000' : null,
      rate_max_minor: hourly ? '300000' : null,
      weekly_hours: hourly ? 10 : null,
      currency: c.currency,
      duration: '1_4_weeks',
      experience: 'intermediate',
      status: 'closed',
      closed_at: at,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const proposal = await db
    .insertInto('proposals')
    .values({
      job_id: job.id,
      freelancer_id: c.freelancerId,
      cover_letter: 'I can do it.',
      price_minor: hourly ? null : String(c.price),
      rate_minor: hourly ? String(c.rate) : null,
      currency: c.currency,
      delivery_days: 7,
      milestones: JSON.stringify(hourly ? [] : c.milestones.map((m, i) => ({ title: `Part ${i + 1}`, amount_minor: String(m) }))),
      status: 'hired',
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  seq += 1;
  const k = await db
    .insertInto('contracts')
    .values({
      proposal_id: proposal.id,
      job_id: job.id,
      client_id: c.clientId,
      freelancer_id: c.freelancerId,
      title: `Job ${seq}`,
      kind: hourly ? 'hourly' : 'fixed',
      currency: c.currency,
      rate_minor: hourly ? String(c.rate) : null,
      weekly_hours: hourly ? 10 : null,
      created_at: new Date(at.getTime() + seq * 60_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [i, m] of c.milestones.entries()) {
    await db
      .insertInto('orders')
      .values({
        kind: hourly ? 'hourly_week' : 'milestone',
        client_id: c.clientId,
        freelancer_id: c.freelancerId,
        contract_id: k.id,
        title: `Part ${i + 1}`,
        currency: c.currency,
        price_minor: String(m),
        client_fee_minor: '0',
        freelancer_fee_minor: String(m / 20n),
        delivery_days: hourly ? null : 7,
        revisions_included: -1,
        state: c.states?.[i] ?? 'awaiting_payment',
        position: i + 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
  }
  return k.id;
}

describe('migration 0030_contract_plan_check on contracts in the 0029 shape', () => {
  it('logs each contract whose milestones differ from the hired price, and changes nothing', async () => {
    const first = await new Migrator({ db, provider: upTo('0029_freelancer_postings_city') }).migrateToLatest();
    expect(first.error).toBeUndefined();

    const client = await user(true);
    const freelancer = await user(false);
    const who = { clientId: client.id, freelancerId: freelancer.id };
    // The case: Rs 18,000 hired, milestones of 9,000 + 8,000, the first already paid out.
    const short = await contract({ ...who, currency: 'PKR', price: 1_800_000n, milestones: [900_000n, 800_000n], states: ['completed', 'awaiting_payment'] });
    const fine = await contract({ ...who, currency: 'PKR', price: 1_800_000n, milestones: [900_000n, 900_000n] });
    const whole = await contract({ ...who, currency: 'PKR', price: 500_000n, milestones: [500_000n] });
    // More than the price, in dollars; one milestone since cancelled still counts in what was planned.
    const over = await contract({ ...who, currency: 'USD', price: 100_000n, milestones: [60_000n, 60_000n], states: ['cancelled', 'in_progress'] });
    // Hourly contracts have weeks, not a plan: never reported.
    await contract({ ...who, currency: 'PKR', price: null, rate: 200_000n, milestones: [2_000_000n] });

    const snapshot = async () => ({
      orders: await db.selectFrom('orders').selectAll().orderBy('number').execute(),
      contracts: await db.selectFrom('contracts').selectAll().orderBy('id').execute(),
      proposals: await db.selectFrom('proposals').selectAll().orderBy('id').execute(),
    });
    const before = await snapshot();

    const lines: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    let second: Awaited<ReturnType<Migrator['migrateToLatest']>>;
    try {
      second = await new Migrator({ db, provider: upTo('0030_contract_plan_check') }).migrateToLatest();
    } finally {
      write.mockRestore();
    }
    expect(second.error).toBeUndefined();
    expect(second.results?.map((r) => r.migrationName)).toEqual(['0030_contract_plan_check']);

    const logged = lines.flatMap((l) => l.split('\n')).filter((l) => l.includes('0030_contract_plan_check')).map((l) => JSON.parse(l) as Record<string, unknown>);
    const warnings = logged.filter((l) => l.level === 40);
    expect(warnings.map((w) => [w.contract_id, w.currency, w.hired_price_minor, w.milestone_sum_minor, w.milestones])).toEqual([
      [short, 'PKR', '1800000', '1700000', 2],
      [over, 'USD', '100000', '120000', 2],
    ]);
    expect(warnings[0]?.msg).toBe(`Contract ${short}: hired at Rs\u00a018,000, its milestones add up to Rs\u00a017,000`);
    expect(warnings[0]).toMatchObject({ app: 'hunar', migration: '0030_contract_plan_check' });
    expect(logged.filter((l) => l.level === 30).map((l) => l.contracts_off_plan)).toEqual([2]);
    expect(JSON.stringify(logged)).not.toContain(fine);
    expect(JSON.stringify(logged)).not.toContain(whole);

    // Nothing changed: no order, contract or proposal row, so no money.
    expect(await snapshot()).toEqual(before);
  });
});
