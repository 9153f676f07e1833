// The /tax assistant page, and the pieces every tax page shares: TaxNav (the tax pages' own
// navigation), NotAdvice (every tax page says it is an estimate, not advice) and SourcesList (every
// figure's source, date and confidence). Amounts are <bdi> islands written by formatMoney.
import { Field, type FormState, Radios, Select } from '../platform/form-views.tsx';
import { formatDate, formatDay, formatMonth } from '../platform/format.ts';
import { Layout, type PageCtx } from '../platform/layout.tsx';
import { divideHalfEven, formatMoney, type Money, money } from '../platform/money.ts';
import { type Assessment, type Confidence, COVERED_TAX_YEARS, type Deadline, karachiDay, percentLabel, rulesApplying, type Source, type TaxYear, taxYearBounds } from './domain.ts';
import type { TaxYearRules } from './rules.ts';
import type { MyTaxYear } from './service.ts';

// --- Shared by every tax page ------------------------------------------------------------------------

export type TaxPageId = 'assistant' | 'profile' | 'checklist' | 'remittances' | 'statements';
const TAX_PAGES: readonly [TaxPageId, string][] = [
  ['assistant', '/tax'],
  ['profile', '/tax/profile'],
  ['checklist', '/tax/checklist'],
  ['remittances', '/tax/remittances'],
  ['statements', '/tax/statements'],
];

/** The tax pages' sub-navigation; `current` is marked as the page you are on. */
export function TaxNav({ ctx, current }: { ctx: PageCtx; current: TaxPageId }) {
  const { t } = ctx;
  return (
    <nav class="tax-nav" aria-label={t('tax.nav.label')}>
      <ul>
        {TAX_PAGES.map(([id, href]) => (
          <li>
            <a href={href} aria-current={id === current ? 'page' : undefined}>
              {t(`tax.nav.${id}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** "An estimate, not tax advice": on every tax page, near the top. */
export function NotAdvice({ ctx }: { ctx: PageCtx }) {
  return (
    <p class="tax-not-advice" role="note">
      {ctx.t('tax.not_advice')}
    </p>
  );
}

/** A source's date as the reference gives it: a day, a month, a year, or none. */
export function sourceDate(ctx: PageCtx, date: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return formatDay(ctx.locale, date);
  const m = /^(\d{4})-(\d{2})$/.exec(date);
  if (m) return formatMonth(ctx.locale, new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 15)), 'UTC');
  if (/^\d{4}$/.test(date)) return date;
  return ctx.t('tax.date_unknown');
}

/** How sure a figure is, as a badge; "unconfirmed" stands out. */
export function ConfidenceBadge({ ctx, confidence }: { ctx: PageCtx; confidence: Confidence }) {
  return <span class={`badge confidence-${confidence}${confidence === 'unconfirmed' ? ' unconfirmed' : ''}`}>{ctx.t(`tax.confidence.${confidence}`)}</span>;
}

/** One figure's source in a line: "Source: <title>, <date> · Reported". */
export function SourceNote({ ctx, source }: { ctx: PageCtx; source: Source }) {
  return (
    <p class="tax-source">
      {ctx.t('tax.source')}:{' '}
      <a href={source.url} rel="noopener noreferrer">
        <bdi>{source.title}</bdi>
      </a>
      , <bdi>{sourceDate(ctx, source.date)}</bdi> <ConfidenceBadge ctx={ctx} confidence={source.confidence} />
    </p>
  );
}

/** Each source once, in the order given (the same source may back several figures). */
export function uniqueSources(sources: readonly Source[]): Source[] {
  const out: Source[] = [];
  for (const s of sources) if (!out.some((o) => o.url === s.url && o.title === s.title)) out.push(s);
  return out;
}

/** Every source the page's figures rest on, with its date and confidence, and what the labels mean. */
export function SourcesList({ ctx, sources }: { ctx: PageCtx; sources: readonly Source[] }) {
  const { t } = ctx;
  return (
    <section class="tax-sources" aria-labelledby="tax-sources-h">
      <h2 id="tax-sources-h">{t('tax.sources.heading')}</h2>
      <p>{t('tax.sources.lead')}</p>
      <p class="muted">{t('tax.sources.legend')}</p>
      <ul>
        {uniqueSources(sources).map((s) => (
          <li>
            <a href={s.url} rel="noopener noreferrer">
              <bdi>{s.title}</bdi>
            </a>{' '}
            · <bdi>{sourceDate(ctx, s.date)}</bdi> <ConfidenceBadge ctx={ctx} confidence={s.confidence} />
          </li>
        ))}
      </ul>
    </section>
  );
}

// --- Pieces of the assistant ---------------------------------------------------------------------------

const amount = (ctx: PageCtx, m: Money) => <bdi>{formatMoney(ctx.locale, m)}</bdi>;

/** Tax as a share of income, half to even: to a hundredth below 1% ("0.25%"), else to a tenth ("21.3%"). */
function shareOf(tax: Money, income: Money): string {
  if (income.amount === 0n) return '0%';
  const bp = divideHalfEven(tax.amount * 10_000n, income.amount);
  return bp < 100n ? `${Number(bp) / 100}%` : `${Number(divideHalfEven(tax.amount * 1_000n, income.amount)) / 10}%`;
}

/** "1 July 2025 to 30 June 2026". */
function yearPeriod(ctx: PageCtx, year: TaxYear): string {
  const { start, end } = taxYearBounds(year);
  return ctx.t('tax.year.period', { from: formatDate(ctx.locale, start, 'Asia/Karachi'), to: formatDate(ctx.locale, new Date(end.getTime() - 1), 'Asia/Karachi') });
}

/** Both regimes side by side, what each costs and why, which is recommended, and the notes. */
export function Regimes({ ctx, a }: { ctx: PageCtx; a: Assessment }) {
  const { t } = ctx;
  const rules = rulesApplying(a.taxYear).rules;
  const final = a.regimes.final_154a;
  const normal = a.regimes.normal;
  const slabSource = (table: 'normal' | 'salaried' | undefined) => (table === 'salaried' ? rules.salariedSlabs.source : rules.normalSlabs.source);
  const card = (name: 'final_154a' | 'normal', body: unknown, source: Source) => {
    const r = a.regimes[name];
    return (
      <section class={`tax-regime card${a.recommended === name ? ' recommended' : ''}`} aria-labelledby={`regime-${name}`}>
        <h3 id={`regime-${name}`}>{t(`tax.regime.${name}`)}</h3>
        <p class="tax-badges">
          {a.recommended === name ? <span class="badge recommended">{t('tax.regime.recommended')}</span> : null}
          <span class={`badge ${r.applies ? 'applies' : 'not-applies'}`}>{t(r.applies ? 'tax.regime.applies' : 'tax.regime.not_applies')}</span>
        </p>
        <p class="tax-amount">
          <strong>{amount(ctx, r.tax)}</strong> {t('tax.a_year')}
        </p>
        <p class="muted">{t('tax.regime.effective', { pct: shareOf(r.tax, a.income) })}</p>
        {body}
        <h4>{t('tax.regime.why')}</h4>
        <ul class="tax-why">
          {r.why.map((w) => (
            <li>{t(w.key, w.params)}</li>
          ))}
        </ul>
        <SourceNote ctx={ctx} source={source} />
      </section>
    );
  };
  const surcharge = (m: Money | undefined) => (m && m.amount > 0n ? <p>{t('tax.regime.surcharge', { amount: formatMoney(ctx.locale, m) })}</p> : null);
  return (
    <div class="tax-regimes-block">
      <div class="tax-regimes">
        {card(
          'final_154a',
          final.finalTax && final.slab && final.slab.income.amount > 0n && final.finalTax.amount > 0n ? (
            <>
              <p>{t('tax.regime.final_part', { rate: percentLabel(final.rateBp ?? 0), amount: formatMoney(ctx.locale, final.finalTax) })}</p>
              <p>{t('tax.regime.slab_part', { amount: formatMoney(ctx.locale, final.slab.tax) })}</p>
              {surcharge(final.slab.surcharge)}
            </>
          ) : null,
          rules.final154a.source,
        )}
        {card('normal', surcharge(normal.slab?.surcharge), slabSource(normal.slab?.table))}
      </div>
      <section class="tax-recommendation" aria-labelledby={`recommend-${a.taxYear}`}>
        <h3 id={`recommend-${a.taxYear}`}>{t('tax.recommend.heading')}</h3>
        {a.recommendation.map((w) => (
          <p>
            <strong>{t(w.key, w.params)}</strong>
          </p>
        ))}
        {a.notes.map((w) => (
          <p class="alert">{t(w.key, w.params)}</p>
        ))}
      </section>
    </div>
  );
}

function IncomeSection({ ctx, mine }: { ctx: PageCtx; mine: MyTaxYear }) {
  const { t } = ctx;
  const { income, situation } = mine;
  const row = (label: string, m: Money) => (
    <>
      <dt>{label}</dt>
      <dd>{amount(ctx, m)}</dd>
    </>
  );
  return (
    <section aria-labelledby="tax-income-h">
      <h3 id="tax-income-h">{t('tax.income.heading')}</h3>
      {income.byCurrency.length === 0 ? (
        <p class="muted">{t('tax.income.none')}</p>
      ) : (
        <table class="stack tax-income">
          <thead>
            <tr>
              <th scope="col">{t('tax.income.col.currency')}</th>
              <th scope="col">{t('tax.income.col.gross')}</th>
              <th scope="col">{t('tax.income.col.fees')}</th>
              <th scope="col">{t('tax.income.col.earned')}</th>
              <th scope="col">{t('tax.income.col.pkr')}</th>
            </tr>
          </thead>
          <tbody>
            {income.byCurrency.map((c) => (
              <tr>
                <th scope="row">{c.currency}</th>
                <td data-label={t('tax.income.col.gross')}>{amount(ctx, c.gross)}</td>
                <td data-label={t('tax.income.col.fees')}>{amount(ctx, c.fees)}</td>
                <td data-label={t('tax.income.col.earned')}>{amount(ctx, c.earned)}</td>
                <td data-label={t('tax.income.col.pkr')}>{amount(ctx, c.pkr)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {income.byCurrency.some((c) => c.currency !== 'PKR') ? <p class="muted">{t('tax.income.pkr_note')}</p> : null}
      <dl class="tax-totals">
        {row(t('tax.income.export'), situation.exportIncome)}
        {row(t('tax.income.local'), situation.localIncome)}
        {situation.salary.amount > 0n ? row(t('tax.income.salary'), situation.salary) : null}
        {row(t('tax.income.total'), mine.assessment.income)}
      </dl>
      <p class="tax-source">{t('tax.income.as_of', { date: formatDate(ctx.locale, mine.asOf) })}</p>
    </section>
  );
}

function ProfileFacts({ ctx, mine }: { ctx: PageCtx; mine: MyTaxYear }) {
  const { t } = ctx;
  const f = mine.facts;
  return (
    <section aria-labelledby="tax-facts-h">
      <h3 id="tax-facts-h">{t('tax.profile.heading')}</h3>
      {f ? (
        <ul>
          <li>{t(f.filer ? 'tax.profile.filer_yes' : 'tax.profile.filer_no')}</li>
          <li>
            {mine.psebToday && f.psebExpiresOn
              ? t('tax.profile.pseb_yes', { date: formatDay(ctx.locale, f.psebExpiresOn) })
              : f.psebNumber && f.psebExpiresOn
                ? t('tax.profile.pseb_expired', { date: formatDay(ctx.locale, f.psebExpiresOn) })
                : t('tax.profile.pseb_no')}
          </li>
          <li>{f.hasSalary && f.salary ? t('tax.profile.salary_yes', { amount: formatMoney(ctx.locale, f.salary) }) : t('tax.profile.salary_no')}</li>
          <li>{t('tax.profile.bank_assumed')}</li>
          {mine.prcs.payouts > 0 ? (
            <li>
              {t('tax.profile.prcs', { n: mine.prcs.payouts, with: mine.prcs.withPrc })} <a href="/tax/remittances">{t('tax.profile.prcs_link')}</a>
            </li>
          ) : null}
        </ul>
      ) : (
        <p>
          {t('tax.profile.missing')} {t('tax.profile.bank_assumed')}
        </p>
      )}
      <p>
        <a href="/tax/profile">{t('tax.profile.edit')}</a>
      </p>
    </section>
  );
}

function Steps({ ctx, mine }: { ctx: PageCtx; mine: MyTaxYear }) {
  const { t } = ctx;
  const rules = rulesApplying(mine.taxYear).rules;
  const code = rules.itPurposeCode.value;
  const a = mine.assessment;
  const now = a.regimes[a.recommended].tax;
  const toSave = mine.steps.filter((s) => !s.done).reduce((acc, s) => acc + s.saves.amount, 0n);
  return (
    <section aria-labelledby="tax-steps-h">
      <h3 id="tax-steps-h">{t('tax.steps.heading')}</h3>
      {mine.steps.length === 0 ? (
        <p class="muted">{t('tax.steps.none')}</p>
      ) : (
        <>
          <ol class="tax-steps">
            {mine.steps.map((s) => (
              <li class={s.done ? 'done' : 'todo'}>
                <p>
                  <strong>{t(`tax.step.${s.id}`, { code })}</strong>
                </p>
                <p>
                  {s.done && s.id === 'bank_channel' && mine.situation.throughBank === undefined
                    ? s.saves.amount > 0n
                      ? t('tax.step.assumed_saves', { amount: formatMoney(ctx.locale, s.saves) })
                      : t('tax.step.assumed')
                    : s.done
                      ? s.saves.amount > 0n
                        ? t('tax.step.done_saves', { amount: formatMoney(ctx.locale, s.saves) })
                        : t('tax.step.done')
                      : s.saves.amount > 0n
                        ? t('tax.step.saves', { amount: formatMoney(ctx.locale, s.saves) })
                        : t('tax.step.no_change')}
                </p>
                {s.id === 'bank_channel' ? (
                  <p>
                    <a href="/tax/remittances">{t('tax.nav.remittances')}</a>
                  </p>
                ) : null}
                <SourceNote ctx={ctx} source={s.source} />
              </li>
            ))}
          </ol>
          {toSave > 0n ? <p>{t('tax.steps.total', { from: formatMoney(ctx.locale, now), to: formatMoney(ctx.locale, money(now.amount - toSave, 'PKR')) })}</p> : null}
          <p>
            <a href="/tax/checklist">{t('tax.steps.checklist')}</a>
          </p>
        </>
      )}
    </section>
  );
}

function DeadlineSection({ ctx, deadline, mine, today }: { ctx: PageCtx; deadline: Deadline; mine: MyTaxYear | null; today: string }) {
  const { t } = ctx;
  const rules = rulesApplying(deadline.taxYear).rules;
  const date = formatDay(ctx.locale, deadline.due);
  const pseb = mine?.facts?.psebExpiresOn;
  return (
    <section class="card tax-deadline" aria-labelledby="tax-deadline-h">
      <h2 id="tax-deadline-h">{t('tax.deadline.heading')}</h2>
      <p>
        <strong>
          {deadline.daysLeft === 0
            ? t('tax.deadline.return_today', { year: deadline.taxYear, date })
            : t('tax.deadline.return', { year: deadline.taxYear, date, days: deadline.daysLeft })}
        </strong>
      </p>
      {deadline.oftenExtended ? <p>{t('tax.deadline.extended')}</p> : null}
      {deadline.assumed ? <p class="muted">{t('tax.deadline.assumed')}</p> : null}
      <SourceNote ctx={ctx} source={deadline.source} />
      {mine?.psebToday && pseb && pseb >= today ? <p>{t('tax.deadline.pseb', { date: formatDay(ctx.locale, pseb) })}</p> : null}
      <p>{t('tax.deadline.late', { amount: formatMoney(ctx.locale, money(rules.atl.lateFilingSurcharge.value.individualRupees * 100n, 'PKR')) })}</p>
      <SourceNote ctx={ctx} source={rules.atl.lateFilingSurcharge.source} />
    </section>
  );
}

function Calculator({ ctx, state, result, yearParam }: { ctx: PageCtx; state: FormState; result: Assessment | null; yearParam: string | null }) {
  const { t } = ctx;
  const yesNo = [
    { value: 'true', label: t('tax.calc.yes') },
    { value: 'false', label: t('tax.calc.no') },
  ];
  const invalid = Object.keys(state.errors).length > 0;
  return (
    <section id="what-if" class="tax-calculator" aria-labelledby="tax-calc-h">
      <h2 id="tax-calc-h">{t('tax.calc.heading')}</h2>
      <form method="get" action="/tax#what-if" class="tax-form" novalidate>
        {invalid ? (
          <p class="alert" role="alert">
            {t('errors.validation.failed')}
          </p>
        ) : null}
        <p class="muted">{t('tax.calc.lead')}</p>
        {yearParam ? <input type="hidden" name="year" value={yearParam} /> : null}
        <div class="tax-form-fields">
          <Field ctx={ctx} state={state} name="income" label={t('tax.calc.income')} hint={t('tax.calc.income_hint')} inputmode="decimal" dir="ltr" maxlength={40} />
          <Select ctx={ctx} state={state} name="tax_year" label={t('tax.calc.tax_year')} options={[...COVERED_TAX_YEARS].reverse().map((y) => ({ value: String(y), label: t('tax.calc.tax_year_option', { year: y, start: y - 1 }) }))} />
          <Radios
            ctx={ctx}
            state={state}
            name="source"
            legend={t('tax.calc.source')}
            options={[
              { value: 'export_it', label: t('tax.calc.source.export_it') },
              { value: 'local', label: t('tax.calc.source.local') },
            ]}
          />
          <Radios ctx={ctx} state={state} name="pseb" legend={t('tax.calc.pseb')} options={yesNo} />
          <Radios ctx={ctx} state={state} name="filer" legend={t('tax.calc.filer')} options={yesNo} />
        </div>
        <button type="submit">{t('tax.calc.submit')}</button>
      </form>
      {result ? (
        <section class="tax-result" aria-labelledby="tax-result-h">
          <h3 id="tax-result-h">{t('tax.calc.result', { income: formatMoney(ctx.locale, result.income), year: result.taxYear })}</h3>
          <Regimes ctx={ctx} a={result} />
        </section>
      ) : null}
    </section>
  );
}

function Explanation({ ctx, rules }: { ctx: PageCtx; rules: TaxYearRules }) {
  const { t } = ctx;
  const rs = (rupees: bigint) => formatMoney(ctx.locale, money(rupees * 100n, 'PKR'));
  const cash = rules.atl.cashWithdrawal;
  return (
    <section aria-labelledby="tax-explain-h">
      <h2 id="tax-explain-h">{t('tax.explain.heading')}</h2>
      <p>{t('tax.explain.two_ways')}</p>
      <table class="tax-slabs">
        <caption>{t('tax.explain.slabs', { year: rules.taxYear })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tax.explain.col.over')}</th>
            <th scope="col">{t('tax.explain.col.tax')}</th>
          </tr>
        </thead>
        <tbody>
          {rules.normalSlabs.value.map((b) => (
            <tr>
              <td>
                <bdi>{rs(b.over)}</bdi>
              </td>
              <td>{b.rateBp === 0 ? t('tax.explain.band_zero') : t('tax.explain.band', { base: rs(b.base), rate: percentLabel(b.rateBp), over: rs(b.over) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <SourceNote ctx={ctx} source={rules.normalSlabs.source} />
      <p class="muted">{t('tax.explain.rounding')}</p>
      <h3>{t('tax.atl.heading')}</h3>
      <p>{t('tax.atl.what')}</p>
      <p>{t('tax.atl.cash', { rate: percentLabel(cash.value.nonFilerRateBp), over: rs(cash.value.overRupees) })}</p>
      <SourceNote ctx={ctx} source={cash.source} />
      <p>{t('tax.atl.final')}</p>
      <SourceNote ctx={ctx} source={rules.atl.final154aNotDoubled.source} />
    </section>
  );
}

// --- The page ----------------------------------------------------------------------------------------------

export interface TaxPageProps {
  ctx: PageCtx;
  /** A signed-in freelancer's own year; null for visitors and clients. */
  mine: MyTaxYear | null;
  /** The other tax years they may look at. */
  otherYears: TaxYear[];
  /** The `year` asked for was refused. */
  yearRefused: boolean;
  deadline: Deadline;
  now: Date;
  calc: { state: FormState; result: Assessment | null };
  /** The tax year in view, kept through the calculator's form (a freelancer looking at last year). */
  yearParam: string | null;
}

export function TaxPage({ ctx, mine, otherYears, yearRefused, deadline, now, calc, yearParam }: TaxPageProps) {
  const { t } = ctx;
  // The explanation shows the rules of the year in view: the calculator's, or the freelancer's.
  const asked = Number(calc.state.values.tax_year);
  const explained = rulesApplying(calc.result?.taxYear ?? mine?.assessment.rulesYear ?? (COVERED_TAX_YEARS.includes(asked) ? asked : COVERED_TAX_YEARS.at(-1)!)).rules;
  const sources = uniqueSources([
    ...(mine?.assessment.sources ?? []),
    ...(mine?.steps.map((s) => s.source) ?? []),
    ...(calc.result?.sources ?? []),
    explained.normalSlabs.source,
    deadline.source,
    explained.atl.lateFilingSurcharge.source,
    explained.atl.cashWithdrawal.source,
    ...(explained.atl.cashWithdrawal.also ?? []),
    explained.atl.final154aNotDoubled.source,
    ...(explained.atl.final154aNotDoubled.also ?? []),
  ]);
  return (
    <Layout ctx={ctx} title={t('tax.title')} wide>
      {ctx.actor ? <TaxNav ctx={ctx} current="assistant" /> : null}
      <h1>{t('tax.title')}</h1>
      <p>{t('tax.lead')}</p>
      <NotAdvice ctx={ctx} />
      {yearRefused ? (
        <p class="alert" role="alert">
          {t('tax.year.invalid')}
        </p>
      ) : null}
      {mine ? (
        <section class="tax-mine" aria-labelledby="tax-year-h">
          <h2 id="tax-year-h">{t('tax.year.heading', { year: mine.taxYear })}</h2>
          <p class="muted">{yearPeriod(ctx, mine.taxYear)}</p>
          {otherYears.length ? (
            <p>
              {otherYears.map((y) => (
                <a href={`/tax?year=${y}`}>{t('tax.year.other', { year: y })}</a>
              ))}
            </p>
          ) : null}
          <IncomeSection ctx={ctx} mine={mine} />
          <ProfileFacts ctx={ctx} mine={mine} />
          <h3>{t('tax.regimes.heading')}</h3>
          <Regimes ctx={ctx} a={mine.assessment} />
          <Steps ctx={ctx} mine={mine} />
        </section>
      ) : null}
      <DeadlineSection ctx={ctx} deadline={deadline} mine={mine} today={karachiDay(now)} />
      <Calculator ctx={ctx} state={calc.state} result={calc.result} yearParam={yearParam} />
      <Explanation ctx={ctx} rules={explained} />
      <SourcesList ctx={ctx} sources={sources} />
    </Layout>
  );
}
