// Reports the contracts whose milestones do not add up to the price the client hired at (issue 16).
// Until then a proposal's plan did not have to add up to its price, so a proposal of Rs 18,000 in
// milestones of 9,000 + 8,000 became a contract that holds Rs 17,000. From now on the domain refuses
// such a plan (src/jobs/domain.ts proposalProblems). This migration changes no row and moves no
// money (escrow may already hold some of it, and only the two parties can say which figure they
// meant): it writes one warning per such contract to the log (id, hired price, milestone sum), and
// the contract page tells both parties (docs/decisions/0035-milestones-add-up-to-the-price.md).
import { type Kysely, sql } from 'kysely';
import pino from 'pino';
import { type Currency, formatMoney, money } from '../../platform/money.ts';

export interface ContractOffPlan {
  contractId: string;
  currency: Currency;
  /** The hired proposal's price, in minor units. */
  hired: bigint;
  /** What the contract's milestones add up to (every milestone it was made with), in minor units. */
  milestones: bigint;
  count: number;
}

/** Fixed-price contracts whose milestones add up to something other than the hired price, oldest first. */
export async function contractsOffPlan(db: Kysely<unknown>): Promise<ContractOffPlan[]> {
  const { rows } = await sql<{ id: string; currency: Currency; hired: string; planned: string; count: number }>`
    SELECT k.id, k.currency, p.price_minor::text AS hired, sum(o.price_minor)::text AS planned, count(*)::int AS count
    FROM contracts k
    JOIN proposals p ON p.id = k.proposal_id
    JOIN orders o ON o.contract_id = k.id AND o.kind = 'milestone'
    WHERE k.kind = 'fixed'
    GROUP BY k.id, k.currency, k.created_at, p.price_minor
    HAVING sum(o.price_minor) IS DISTINCT FROM p.price_minor
    ORDER BY k.created_at, k.id`.execute(db);
  return rows.map((r) => ({ contractId: r.id, currency: r.currency, hired: BigInt(r.hired ?? '0'), milestones: BigInt(r.planned), count: r.count }));
}

/** Where the report goes: the app's JSON log lines on standard output (pino, as src/boot.ts logs). */
export const reportTo = { log: pino({ base: { app: 'hunar', migration: '0030_contract_plan_check' } }, process.stdout) };

export async function up(db: Kysely<unknown>): Promise<void> {
  const found = await contractsOffPlan(db);
  for (const c of found) {
    const hired = formatMoney('en', money(c.hired, c.currency));
    const planned = formatMoney('en', money(c.milestones, c.currency));
    reportTo.log.warn(
      { contract_id: c.contractId, currency: c.currency, hired_price_minor: c.hired.toString(), milestone_sum_minor: c.milestones.toString(), milestones: c.count },
      `Contract ${c.contractId}: hired at ${hired}, its milestones add up to ${planned}`,
    );
  }
  reportTo.log.info({ contracts_off_plan: found.length }, found.length ? `${found.length} contract(s) hold a different sum than the price hired at; nothing was changed` : 'Every contract’s milestones add up to its hired price');
}
