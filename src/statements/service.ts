// Year statement use cases: which tax years a freelancer may ask for, issuing one (its figures read
// from the ledger and frozen, its verification code issued in the same transaction), reading it (the
// owner and admins; anyone else gets not_found, so ids cannot be probed), and withdrawing it (the
// owner; /verify then says withdrawn). The document the PDF job prints is loaded here too.
// Services never render: the pages, CSV and PDF are in views.tsx, csv.ts and src/receipts.
import { COVERED_TAX_YEARS } from '../tax/rules.ts';
import { sql } from 'kysely';
import type { Executor, Tx } from '../db/pool.ts';
import { maskedDestination, withdrawalReference } from '../payouts/domain.ts';
import { type Actor, requireActor } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import { money, zero } from '../platform/money.ts';
import { assess, type TaxYear, taxYearBounds, taxYearOf } from '../tax/domain.ts';
import { yearIncome } from '../tax/figures.ts';
import { ntnForDocuments, psebRegisteredOn, taxProfileFacts } from '../tax-profile/service.ts';
import { verifyUrl } from '../verify/domain.ts';
import { issueVerifiable, withdrawVerifiable } from '../verify/service.ts';
import { earningsTotals, figuresFromJson, figuresToJson, issuableYears, issueInput, STATEMENTS_PER_YEAR, type StatementFigures, type WithdrawalLine, withdrawnTotals } from './domain.ts';
import { moneyJson, type YearStatementSummary } from './verifiable.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KIND = 'year_statement';

/** The tax year of a moment, in SQL: July–June in Asia/Karachi, named by the year it ends. */
const taxYearSql = (col: string) => sql<number>`extract(year from (${sql.ref(col)} AT TIME ZONE 'Asia/Karachi') + interval '6 months')::int`;

/** The calendar day of a moment in Asia/Karachi, YYYY-MM-DD. */
const karachiDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Karachi', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);

function requireFreelancer(actorIn: Actor | null): Actor {
  const actor = requireActor(actorIn);
  if (!actor.isFreelancer) throw new AppError('statements.freelancers_only');
  return actor;
}

/** The tax years with earnings credited or withdrawals paid, from the ledger and the payouts. */
async function activityYears(db: Executor, userId: string): Promise<TaxYear[]> {
  const credits = db
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_accounts as a', 'a.id', 'e.account_id')
    .select(taxYearSql('e.created_at').as('year'))
    .where('a.owner_id', '=', userId)
    .where('a.kind', '=', 'freelancer_pending')
    .where('e.amount', '>', '0');
  const paid = db.selectFrom('withdrawals').select(taxYearSql('settled_at').as('year')).where('user_id', '=', userId).where('status', '=', 'paid').where('source', '=', 'earnings');
  const rows = await credits.union(paid).execute();
  return rows.map((r) => Number(r.year));
}

/** The tax years this freelancer may ask a statement for, newest first. */
export async function statementYears(deps: Deps, actorIn: Actor | null): Promise<TaxYear[]> {
  const actor = requireFreelancer(actorIn);
  return issuableYears(await activityYears(deps.db, actor.userId), taxYearOf(deps.clock.now()), COVERED_TAX_YEARS[0]!);
}

/** Paid withdrawals of earnings settled in the tax year, with their remittance records. */
async function yearWithdrawals(db: Executor, userId: string, year: TaxYear): Promise<WithdrawalLine[]> {
  const { start, end } = taxYearBounds(year);
  const rows = await db
    .selectFrom('withdrawals as w')
    .leftJoin('remittance_records as r', 'r.withdrawal_id', 'w.id')
    .select(['w.id', 'w.channel', 'w.destination', 'w.currency', 'w.amount', 'w.fee', 'w.settled_at', 'w.bank_reference', 'r.withdrawal_id as record', 'r.prc_number', 'r.prc_media_id', 'r.purpose_code', 'r.payer_country'])
    .where('w.user_id', '=', userId)
    .where('w.status', '=', 'paid')
    .where('w.source', '=', 'earnings')
    .where('w.settled_at', '>=', start)
    .where('w.settled_at', '<', end)
    .orderBy('w.settled_at')
    .orderBy('w.id')
    .execute();
  return rows.map((r) => {
    const amount = money(BigInt(r.amount), r.currency);
    const fee = money(BigInt(r.fee), r.currency);
    return {
      reference: withdrawalReference(r.id),
      channel: r.channel,
      masked: maskedDestination(r.channel, r.destination),
      amount,
      fee,
      net: money(amount.amount - fee.amount, r.currency),
      paidAt: r.settled_at!,
      bankReference: r.bank_reference,
      prc: r.record ? { number: r.prc_number, attached: r.prc_media_id !== null, purposeCode: r.purpose_code ?? '', payerCountry: r.payer_country ?? '' } : null,
    };
  });
}

/** The year's figures as the ledger and the person's tax profile stand now. */
async function readFigures(deps: Pick<Deps, 'config'>, db: Executor, userId: string, name: string, year: TaxYear, now: Date): Promise<StatementFigures> {
  // One after another: inside a transaction the queries share one connection.
  const income = await yearIncome(db, userId, year);
  const withdrawals = await yearWithdrawals(db, userId, year);
  const facts = await taxProfileFacts(db, userId);
  const period = taxYearBounds(year);
  // PSEB registration as it stood at the end of the year, or today for a year still running.
  const day = karachiDay(new Date(Math.min(now.getTime(), period.end.getTime() - 1)));
  const assumed = { psebRegistered: psebRegisteredOn(facts, day), filer: facts?.filer ?? false, salary: facts?.salary ?? zero('PKR') };
  const assessment = assess({ taxYear: year, exportIncome: income.exportPkr, localIncome: income.localPkr, ...assumed });
  return {
    v: 1,
    taxYear: year,
    period,
    asOf: now,
    holder: { name, ntn: await ntnForDocuments({ db, config: deps.config }, userId) },
    income,
    withdrawals,
    estimate: { regimes: assessment.regimes, recommended: assessment.recommended, assumed, ...(assessment.rulesYear === year ? {} : { rulesYear: assessment.rulesYear }) },
    sources: assessment.sources,
  };
}

/** What /verify shows of a statement: the holder, the year and its totals. */
export function verifySummary(f: StatementFigures): YearStatementSummary {
  return {
    v: 1,
    name: f.holder.name,
    tax_year: f.taxYear,
    earned: earningsTotals(f.income.lines).map((t) => moneyJson(t.earned)),
    income_pkr: moneyJson(f.income.totalPkr),
    withdrawn: withdrawnTotals(f.withdrawals).map(moneyJson),
  };
}

export interface StatementView {
  id: string;
  userId: string;
  taxYear: TaxYear;
  code: string;
  issuedAt: Date;
  withdrawnAt: Date | null;
  figures: StatementFigures;
}

const columns = ['id', 'user_id', 'tax_year', 'figures', 'code', 'issued_at', 'withdrawn_at'] as const;

function view(r: { id: string; user_id: string; tax_year: number; figures: unknown; code: string; issued_at: Date; withdrawn_at: Date | null }): StatementView {
  return { id: r.id, userId: r.user_id, taxYear: r.tax_year, code: r.code, issuedAt: r.issued_at, withdrawnAt: r.withdrawn_at, figures: figuresFromJson(r.figures) };
}

/**
 * Issues a statement for a tax year the freelancer had activity in: the figures are read and
 * frozen, and the verification code issued, in one transaction. Bad input changes nothing.
 */
export async function issueStatement(deps: Deps, actorIn: Actor | null, raw: unknown): Promise<StatementView> {
  const actor = requireFreelancer(actorIn);
  const { tax_year: year } = parseWith(issueInput, raw);
  const now = deps.clock.now();
  const years = issuableYears(await activityYears(deps.db, actor.userId), taxYearOf(now), COVERED_TAX_YEARS[0]!);
  if (!years.includes(year)) {
    const key = year > taxYearOf(now) ? 'statements.field.future' : year < COVERED_TAX_YEARS[0]! ? 'statements.field.not_covered' : 'statements.field.no_activity';
    throw new AppError('validation.failed', {}, { tax_year: { key, params: { year: `TY${year}` } } });
  }
  return deps.db.transaction().execute((tx) => issueStatementWithin(tx, deps, actor.userId, year, now));
}

/**
 * Issues a statement inside the caller's transaction (issueStatement's; the demo seed's): the year's
 * figures frozen and a verification code issued with them. The caller has checked the year.
 */
export async function issueStatementWithin(tx: Tx, deps: Pick<Deps, 'config'>, userId: string, year: TaxYear, now: Date): Promise<StatementView> {
  // One issue at a time per person: the count below and the insert see the same rows.
  const user = await tx.selectFrom('users').select(['display_name']).where('id', '=', userId).forUpdate().executeTakeFirstOrThrow();
  const { n } = await tx.selectFrom('tax_statements').select((eb) => eb.fn.countAll<string>().as('n')).where('user_id', '=', userId).where('tax_year', '=', year).executeTakeFirstOrThrow();
  if (Number(n) >= STATEMENTS_PER_YEAR) throw new AppError('statements.too_many', { n: STATEMENTS_PER_YEAR, year: `TY${year}` });
  const figures = await readFigures(deps, tx, userId, user.display_name, year, now);
  const id = crypto.randomUUID();
  const code = await issueVerifiable(tx, { kind: KIND, subjectId: id, ownerId: userId, summary: verifySummary(figures), issuedAt: now });
  const row = await tx
    .insertInto('tax_statements')
    .values({ id, user_id: userId, tax_year: year, figures: figuresToJson(figures), code, issued_at: now })
    .returning([...columns])
    .executeTakeFirstOrThrow();
  return view(row);
}

/** The freelancer's own statements, newest first. */
export async function listStatements(deps: Deps, actorIn: Actor | null): Promise<StatementView[]> {
  const actor = requireFreelancer(actorIn);
  const rows = await deps.db.selectFrom('tax_statements').select([...columns]).where('user_id', '=', actor.userId).orderBy('issued_at', 'desc').orderBy('id').execute();
  return rows.map(view);
}

async function statementRow(db: Executor, id: string) {
  if (!UUID.test(id)) return undefined;
  return db.selectFrom('tax_statements').select([...columns]).where('id', '=', id).executeTakeFirst();
}

/** A statement, for its owner and admins; not_found for anyone else. */
export async function getStatement(deps: Deps, actorIn: Actor | null, id: string): Promise<StatementView> {
  const actor = requireActor(actorIn);
  const row = await statementRow(deps.db, id);
  if (!row || (row.user_id !== actor.userId && !actor.isAdmin)) throw new AppError('not_found');
  return view(row);
}

/** Withdraws the owner's statement: /verify then says so. Withdrawing it again changes nothing. */
export async function withdrawStatement(deps: Deps, actorIn: Actor | null, id: string): Promise<StatementView> {
  const actor = requireActor(actorIn);
  return deps.db.transaction().execute(async (tx) => {
    const row = UUID.test(id) ? await tx.selectFrom('tax_statements').select([...columns]).where('id', '=', id).forUpdate().executeTakeFirst() : undefined;
    if (!row || row.user_id !== actor.userId) throw new AppError('not_found');
    if (row.withdrawn_at) return view(row);
    const now = deps.clock.now();
    await tx.updateTable('tax_statements').set({ withdrawn_at: now }).where('id', '=', id).execute();
    await withdrawVerifiable(tx, { kind: KIND, subjectId: id, withdrawnAt: now });
    return view({ ...row, withdrawn_at: now });
  });
}

// --- The printed document (src/receipts prints it) -------------------------------------------------

export interface StatementReceipt {
  document: 'year_statement';
  subjectId: string;
  kind: 'year_statement';
  operatorName: string;
  /** Frozen when issued; only a withdrawal changes what the document says. */
  final: true;
  /** Tax months and days are Pakistan's, whoever reads the statement. */
  timeZone: 'Asia/Karachi';
  statement: StatementView;
  /** The address printed under the QR code. */
  verifyUrl: string;
  baseUrl: string;
}

export function statementReceipt(deps: Pick<Deps, 'config'>, s: StatementView): StatementReceipt {
  return {
    document: 'year_statement',
    subjectId: s.id,
    kind: 'year_statement',
    operatorName: deps.config.OPERATOR_NAME,
    final: true,
    timeZone: 'Asia/Karachi',
    statement: s,
    verifyUrl: verifyUrl(deps.config.baseUrl, s.code),
    baseUrl: deps.config.baseUrl,
  };
}

/** The statement's document for its owner and admins. */
export async function getStatementReceipt(deps: Deps, actorIn: Actor | null, id: string): Promise<StatementReceipt> {
  return statementReceipt(deps, await getStatement(deps, actorIn, id));
}

/** The statement as the PDF job reloads it, with no one signed in (the request that asked was checked). */
export async function loadStatementForJob(deps: Deps, id: string): Promise<StatementReceipt | null> {
  const row = await statementRow(deps.db, id);
  return row ? statementReceipt(deps, view(row)) : null;
}
