// Exchange rates and wallet conversions. currentRate() is what other features read (estimates,
// order pages, the fees page); setRate/importRates are the admins'; convert() moves a client's money
// between their PKR and USD wallets through the FX account, in one ledger transaction at the recorded
// rate, and convertWithin() does the same inside a caller's transaction (paying an order from the
// other currency: src/orders/use-cases/pay-order.ts payOrder).
import { type RawBuilder, sql } from 'kysely';
import type { Executor, Tx } from '../db/pool.ts';
import { requestFingerprint } from '../ledger/domain.ts';
import { type AccountRef, balanceOf, claimKey, post } from '../ledger/service.ts';
import { type Actor, requireActor, requireAdmin } from '../platform/actor.ts';
import type { Deps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import { CURRENCIES, type Currency, convertEstimate, type Money, money, moneyToJson } from '../platform/money.ts';
import { requestKey } from '../payments/domain.ts';
import {
  type CurrentRate,
  convertInput,
  currencyForCountry,
  type DisplayCurrency,
  type EstimateOnlyCurrency,
  type EstimateRates,
  ESTIMATE_ONLY_CURRENCIES,
  parseRatesCsv,
  QUOTED,
  type RateCurrency,
  type RateLine,
  type RateProblemLine,
  type RateSource,
  rateCsvInput,
  rateFor,
  rateInput,
  type StoredRate,
} from './domain.ts';

const dayText = (col: string) => sql<string>`to_char(${sql.ref(col)}, 'YYYY-MM-DD')`;

/** The rate in force for one currency: the newest by effective day, then by when it was entered. */
async function newestStored(db: Executor, currency: RateCurrency): Promise<StoredRate | null> {
  const row = await db
    .selectFrom('fx_rates')
    .select(['id', 'rate', 'source', 'created_at', dayText('effective_on').as('effective_on')])
    .where('from_currency', '=', currency)
    .where('to_currency', '=', 'PKR')
    .orderBy('effective_on', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { id: row.id, currency, rate: row.rate, effectiveOn: row.effective_on, source: row.source, createdAt: row.created_at } : null;
}

/**
 * The USD → PKR rate to use now, as a SQL expression for statements that convert many rows (search):
 * the same choice as newestStored() (newest effective day, then newest entry). Null without a rate
 * (only if someone deleted the initial one by hand), so dollar prices then match no rupee bound.
 */
export function usdToPkrNowSql(): RawBuilder<unknown> {
  return sql`(SELECT r.rate::numeric FROM fx_rates r WHERE r.from_currency = ${QUOTED.from} AND r.to_currency = ${QUOTED.to}
    ORDER BY r.effective_on DESC, r.created_at DESC, r.id DESC LIMIT 1)`;
}

/**
 * The rate to use now for `from` → `to`: the newest an admin set, else the initial rate shipped with
 * Hunar (0031). Conversions, order payments, estimates and the fees page all read this one rate.
 */
export async function currentRate(db: Executor, from: Currency, to: Currency): Promise<CurrentRate> {
  return rateFor(from, to, await newestStored(db, 'USD'));
}

/** What estimates in `reader`'s currency need; null when that currency has no rate yet. */
export async function estimateRates(db: Executor, reader: DisplayCurrency): Promise<EstimateRates | null> {
  const usdToPkr = await currentRate(db, 'USD', 'PKR');
  if (reader === 'PKR' || reader === 'USD') return { usdToPkr };
  const row = await newestStored(db, reader);
  return row ? { usdToPkr, target: { currency: reader, rate: row.rate, effectiveOn: row.effectiveOn, source: row.source } } : null;
}

/** The estimate-only currencies that have a rate: the reader may choose among these (and PKR, USD). */
export async function estimateCurrencies(db: Executor): Promise<EstimateOnlyCurrency[]> {
  const rows = await db.selectFrom('fx_rates').select('from_currency').distinct().where('from_currency', 'in', [...ESTIMATE_ONLY_CURRENCIES]).execute();
  const have = new Set(rows.map((r) => r.from_currency));
  return ESTIMATE_ONLY_CURRENCIES.filter((c) => have.has(c));
}

/**
 * The estimate currency to show a signed-in client who has not chosen one: from their profile's
 * country (currencyForCountry), if that currency has a rate. Null for visitors and people in Pakistan.
 */
export async function guessReaderCurrency(db: Executor, actor: Actor | null): Promise<DisplayCurrency | null> {
  if (!actor) return null;
  const row = await db.selectFrom('profiles').select('country').where('user_id', '=', actor.userId).executeTakeFirst();
  const guess = currencyForCountry(row?.country);
  if (guess === null || guess === 'PKR' || guess === 'USD') return guess;
  return (await newestStored(db, guess)) ? guess : 'USD';
}

/** The rate in force for each rate currency (null where none is set), for the admin page. */
export async function ratesInForce(db: Executor): Promise<{ currency: RateCurrency; rate: StoredRate | null; setBy: string | null }[]> {
  const currencies: RateCurrency[] = ['USD', ...ESTIMATE_ONLY_CURRENCIES];
  return Promise.all(
    currencies.map(async (currency) => {
      const rate = await newestStored(db, currency);
      const by = rate ? await db.selectFrom('fx_rates as r').leftJoin('users as u', 'u.id', 'r.set_by').select('u.display_name').where('r.id', '=', rate.id).executeTakeFirst() : null;
      return { currency, rate, setBy: by?.display_name ?? null };
    }),
  );
}

export interface RateHistoryItem {
  id: string;
  currency: RateCurrency;
  rate: string;
  effectiveOn: string;
  source: RateSource;
  /** The admin who set it; null for the initial and demo rates. */
  setBy: string | null;
  createdAt: Date;
}

export async function rateHistory(db: Executor, limit = 30): Promise<RateHistoryItem[]> {
  const rows = await db
    .selectFrom('fx_rates as r')
    .leftJoin('users as u', 'u.id', 'r.set_by')
    .select(['r.id', 'r.from_currency', 'r.rate', 'r.source', 'r.created_at', 'u.display_name', dayText('r.effective_on').as('effective_on')])
    .orderBy('r.effective_on', 'desc')
    .orderBy('r.created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, currency: r.from_currency, rate: r.rate, effectiveOn: r.effective_on, source: r.source, setBy: r.display_name, createdAt: r.created_at }));
}

async function audit(tx: Executor, deps: Deps, kind: string, actor: Actor, subjectId: string | null, data: Record<string, unknown>) {
  await tx
    .insertInto('audit_events')
    .values({ kind, actor_id: actor.userId, subject_id: subjectId, data: JSON.stringify(data), ip: null, created_at: deps.clock.now() })
    .execute();
}

/** Today in Pakistan, as YYYY-MM-DD (a rate set at 1 a.m. in Karachi is that day's rate). */
export const karachiDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Karachi', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);

/** An admin sets today's rate: rupees per one unit of the currency (the dollar unless told). */
export async function setRate(deps: Deps, actor: Actor | null, raw: unknown, source: 'form' | 'api' = 'form'): Promise<CurrentRate> {
  const admin = requireAdmin(actor);
  const { rate, currency } = parseWith(rateInput, raw);
  await deps.db.transaction().execute(async (tx) => {
    const now = deps.clock.now();
    const row = await tx
      .insertInto('fx_rates')
      .values({ from_currency: currency, to_currency: 'PKR', rate, effective_on: karachiDay(now), source, set_by: admin.userId, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(tx, deps, 'fx.rate_set', admin, row.id, { from: currency, to: 'PKR', rate });
  });
  return currentRate(deps.db, QUOTED.from, QUOTED.to);
}

export interface RateImport {
  added: RateLine[];
  unchanged: RateLine[];
  problems: RateProblemLine[];
}

/**
 * An admin imports a rate file. All or nothing: a file with any bad row changes nothing and lists
 * the rows to fix. Rows already in the table (same currency, day and rate) are skipped, so importing
 * a file twice adds nothing the second time.
 */
export async function importRates(deps: Deps, actor: Actor | null, raw: unknown): Promise<RateImport> {
  const admin = requireAdmin(actor);
  const { csv } = parseWith(rateCsvInput, raw);
  const { lines, problems } = parseRatesCsv(csv);
  if (problems.length || lines.length === 0) return { added: [], unchanged: [], problems: problems.length ? problems : [{ line: 1, key: 'fx.csv.empty' }] };
  return deps.db.transaction().execute(async (tx) => {
    // One import at a time, so two admins importing the same file add its rows once.
    await sql`SELECT pg_advisory_xact_lock(hashtextextended('fx_rates.import', 0))`.execute(tx);
    const existing = await tx
      .selectFrom('fx_rates')
      .select(['from_currency', 'rate', dayText('effective_on').as('day')])
      .where('to_currency', '=', 'PKR')
      .where(
        'effective_on',
        'in',
        lines.map((l) => l.date),
      )
      .execute();
    const have = new Set(existing.map((e) => `${e.from_currency}|${e.day}|${e.rate}`));
    const seen = (l: RateLine) => have.has(`${l.currency}|${l.date}|${l.rate}`);
    const added = lines.filter((l) => !seen(l));
    const unchanged = lines.filter(seen);
    const now = deps.clock.now();
    // Rows of one file are entered in date order, so the newest day is the current rate.
    const ordered = [...added].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line));
    for (const [i, l] of ordered.entries()) {
      await tx
        .insertInto('fx_rates')
        .values({ from_currency: l.currency, to_currency: 'PKR', rate: l.rate, effective_on: l.date, source: 'csv', set_by: admin.userId, created_at: new Date(now.getTime() + i) })
        .execute();
    }
    await audit(tx, deps, 'fx.rates_imported', admin, null, { added: added.length, unchanged: unchanged.length });
    return { added, unchanged, problems: [] };
  });
}

// --- Conversions ----------------------------------------------------------------------------------

const wallet = (ownerId: string, currency: Currency): AccountRef => ({ kind: 'client_wallet', ownerId, currency });
const fxAccount = (currency: Currency): AccountRef => ({ kind: 'fx', currency });

export interface ConversionQuote {
  from: Money;
  to: Money;
  rate: CurrentRate;
}

export interface Conversion extends ConversionQuote {
  transactionId: string;
  replayed: boolean;
}

/** What converting would give now, without moving anything (the page shows it before confirming). */
export async function quoteConversion(deps: Pick<Deps, 'db'>, actor: Actor | null, raw: unknown): Promise<ConversionQuote> {
  requireActor(actor);
  const input = parseWith(convertInput, raw);
  if (input.from.currency === input.to) throw new AppError('validation.failed', {}, { to: { key: 'field.fx_same_currency' } });
  const rate = await currentRate(deps.db, input.from.currency, input.to);
  const to = convertEstimate(input.from, input.to, rate);
  if (to.amount <= 0n || input.from.amount <= 0n) throw new AppError('fx.too_small');
  return { from: input.from, to, rate };
}

/**
 * Converts part of the actor's wallet: wallet(from) → fx(from) and fx(to) → wallet(to), one ledger
 * transaction with the rate recorded, rounded half-even. The same key with the same request returns
 * the first conversion (at its rate) and moves nothing; with a different request it is a 409. When
 * `expectRateId` is given (the rate the person saw) and the rate has changed since, nothing moves.
 */
export async function convert(deps: Deps, actor: Actor | null, raw: unknown, key: string | undefined | null, expectRateId?: string | null): Promise<Conversion> {
  const me = requireActor(actor);
  const k = requestKey(key);
  parseWith(convertInput, raw);
  return deps.db.transaction().execute((tx) =>
    convertWithin(tx, deps, me, raw, k, (quote) => {
      if (expectRateId && quote.rate.id !== expectRateId) throw new AppError('fx.rate_changed');
    }),
  );
}

/**
 * convert() inside the caller's transaction, with its key already checked: the caller's other
 * writes (an order paid from the converted money) commit with the conversion or not at all.
 * `check` sees the quote before anything moves and may refuse it (a rate other than the one shown).
 */
export async function convertWithin(tx: Tx, deps: Deps, me: Actor, raw: unknown, k: string, check?: (quote: ConversionQuote) => void): Promise<Conversion> {
  const input = parseWith(convertInput, raw);
  const fingerprint = requestFingerprint(me.userId, 'fx.convert', { from: moneyToJson(input.from), to: input.to });
  const seen = await claimKey(tx, k, fingerprint);
  if (seen) return { ...reviveConversion(seen.result), transactionId: seen.transactionId, replayed: true };
  const quote = await quoteConversion({ db: tx }, me, raw);
  check?.(quote);
  const result = {
    from: moneyToJson(quote.from),
    to: moneyToJson(quote.to),
    rate: { from: quote.rate.from, to: quote.rate.to, rate: quote.rate.rate, id: quote.rate.id, effective_on: quote.rate.effectiveOn, source: quote.rate.source, quoted: quote.rate.quoted },
  };
  const transactionId = await post(tx, deps, {
    kind: 'fx_convert',
    key: k,
    fingerprint,
    actorId: me.userId,
    reason: `convert ${quote.from.currency} to ${quote.to.currency} at ${quote.rate.rate}`,
    legs: [
      { from: wallet(me.userId, quote.from.currency), to: fxAccount(quote.from.currency), amount: quote.from },
      { from: fxAccount(quote.to.currency), to: wallet(me.userId, quote.to.currency), amount: quote.to },
    ],
    result,
    fxRate: quote.rate.rate,
  });
  return { ...quote, transactionId, replayed: false };
}

function reviveConversion(stored: unknown): ConversionQuote {
  const r = stored as {
    from: { amount: string; currency: Currency };
    to: { amount: string; currency: Currency };
    rate: { from: Currency; to: Currency; rate: string; id: string | null; effective_on: string | null; source?: RateSource | null; quoted?: string };
  };
  return {
    from: money(BigInt(r.from.amount), r.from.currency),
    to: money(BigInt(r.to.amount), r.to.currency),
    rate: { from: r.rate.from, to: r.rate.to, rate: r.rate.rate, id: r.rate.id, effectiveOn: r.rate.effective_on, source: r.rate.source ?? null, quoted: r.rate.quoted ?? (r.rate.from === 'USD' ? r.rate.rate : '') },
  };
}

/** The actor's wallet balance in each currency (the wallet page itself is another feature's). */
export async function walletBalances(deps: Deps, actor: Actor | null): Promise<Money[]> {
  const me = requireActor(actor);
  return Promise.all(CURRENCIES.map(async (c) => money(await balanceOf(deps.db, wallet(me.userId, c)), c)));
}
