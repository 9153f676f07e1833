// Year statements as people read them: the list with the issue form at /tax/statements, and the
// statement itself — the body of a print-ready A4 sheet (src/receipts/views.tsx ReceiptSheet draws
// the page around it, and Chromium prints the same HTML into the PDF). Everything on the sheet
// comes from the figures frozen when it was issued; months and days are Pakistan's (the tax year's
// own), whoever reads it. The QR code is inline SVG made on the server (src/verify/qr.ts).
import type { Child } from 'hono/jsx';
import { NotAdvice, TaxNav } from '../tax/views.tsx';
import { raw } from 'hono/html';
import type { PayoutChannel } from '../payouts/domain.ts';
import { Form, PostButton, Select } from '../platform/form-views.tsx';
import type { FormState } from '../platform/form-views.tsx';
import { formatDate, formatMonth, ltr } from '../platform/format.ts';
import { Layout, type PageCtx } from '../platform/layout.tsx';
import { formatMoney, type Money } from '../platform/money.ts';
import type { ReceiptCtx } from '../receipts/views.tsx';
import type { RegimeName, TaxYear } from '../tax/domain.ts';
import { groupCode } from '../verify/domain.ts';
import { encodeQr, qrSvg } from '../verify/qr.ts';
import { earningsTotals, taxYearName, withdrawalTotals } from './domain.ts';
import type { StatementReceipt, StatementView } from './service.ts';

const ZONE = 'Asia/Karachi';
const REGIMES: readonly RegimeName[] = ['final_154a', 'normal'];

const Amount = ({ ctx, m }: { ctx: ReceiptCtx; m: Money }) => <bdi dir="ltr">{formatMoney(ctx.locale, m, { decimals: 'always' })}</bdi>;

/** What a person quotes for a statement: its tax year and verification code. */
export const statementReference = (s: Pick<StatementView, 'taxYear' | 'code'>): string => `${taxYearName(s.taxYear)} ${groupCode(s.code)}`;

/** "TY2026 (1 July 2025 – 30 June 2026)". */
function periodText(ctx: ReceiptCtx, year: TaxYear, period: { start: Date; end: Date }): string {
  return ctx.t('statements.period', { year: taxYearName(year), from: formatDate(ctx.locale, period.start, ZONE), to: formatDate(ctx.locale, new Date(period.end.getTime() - 1), ZONE) });
}

const monthName = (ctx: ReceiptCtx, month: string) => formatMonth(ctx.locale, new Date(`${month}-15T00:00:00Z`), ZONE);
export const channelName = (ctx: ReceiptCtx, c: PayoutChannel) => ctx.t(`payouts.channel.${c}`);

/**
 * A table wider than a phone scrolls inside its own box, not the page; the box is a named region
 * a keyboard can reach (to scroll it). On paper and in the PDF it is only the table.
 */
function Wide({ labelledBy, children }: { labelledBy: string; children: Child }) {
  return (
    <div class="wide" role="region" aria-labelledby={labelledBy} tabindex={0}>
      {children}
    </div>
  );
}

/** The statement's body on the A4 sheet: who, which year, the code and QR, then every figure. */
export function StatementBody({ ctx, r }: { ctx: ReceiptCtx; r: StatementReceipt }) {
  const { t, locale } = ctx;
  const s = r.statement;
  const f = s.figures;
  const date = (d: Date) => formatDate(locale, d, ZONE);
  const running = f.asOf.getTime() < f.period.end.getTime();
  const meta: [string, Child][] = [
    [t('statements.tax_year'), periodText(ctx, f.taxYear, f.period)],
    [t('statements.holder'), <bdi>{f.holder.name}</bdi>],
  ];
  if (f.holder.ntn) meta.push([t('statements.ntn'), <bdi dir="ltr">{f.holder.ntn}</bdi>]);
  meta.push([t('statements.issued_on'), date(s.issuedAt)]);
  if (running) meta.push([t('statements.figures_to'), date(f.asOf)]);
  meta.push([t('statements.code'), <bdi dir="ltr" class="code">{groupCode(s.code)}</bdi>]);
  const totals = earningsTotals(f.income.lines);
  const channels = withdrawalTotals(f.withdrawals);
  return (
    <>
      {s.withdrawnAt ? (
        <p class="withdrawn-banner" role="status">
          {t('statements.withdrawn_banner', { date: date(s.withdrawnAt) })}
        </p>
      ) : null}
      <div class="statement-id">
        <dl class="doc-meta">
          {meta.map(([k, v]) => (
            <>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </>
          ))}
        </dl>
        <figure class="qr">
          {raw(qrSvg(encodeQr(r.verifyUrl), t('statements.qr_label')))}
          <figcaption>
            <bdi dir="ltr">{r.verifyUrl}</bdi>
          </figcaption>
        </figure>
      </div>
      <p class="note">{t('statements.verify_hint', { url: ltr(`${r.baseUrl}/verify`), code: ltr(groupCode(s.code)) })}</p>

      <h2 id="earnings-h">{t('statements.earnings')}</h2>
      {f.income.lines.length === 0 ? (
        <p>{t('statements.no_earnings')}</p>
      ) : (
        <Wide labelledBy="earnings-h">
        <table class="lines figures">
          <thead>
            <tr>
              <th scope="col">{t('statements.col.month')}</th>
              <th scope="col">{t('statements.col.clients')}</th>
              <th scope="col" class="amount">{t('statements.col.gross')}</th>
              <th scope="col" class="amount">{t('statements.col.fees')}</th>
              <th scope="col" class="amount">{t('statements.col.earned')}</th>
              <th scope="col" class="amount">{t('statements.col.pkr')}</th>
              <th scope="col" class="amount">{t('statements.col.refunds')}</th>
            </tr>
          </thead>
          <tbody>
            {f.income.lines.map((l) => (
              <tr>
                <th scope="row">{monthName(ctx, l.month)}</th>
                <td>{t(`statements.source.${l.source}`)}</td>
                <td class="amount"><Amount ctx={ctx} m={l.gross} /></td>
                <td class="amount"><Amount ctx={ctx} m={l.fees} /></td>
                <td class="amount"><Amount ctx={ctx} m={l.earned} /></td>
                <td class="amount"><Amount ctx={ctx} m={l.pkr} /></td>
                <td class="amount"><Amount ctx={ctx} m={l.refunds} /></td>
              </tr>
            ))}
            {totals.map((c) => (
              <tr class="total">
                <th scope="row" colspan={2}>{t('statements.total_in', { currency: t(`statements.currency.${c.currency}`) })}</th>
                <td class="amount"><Amount ctx={ctx} m={c.gross} /></td>
                <td class="amount"><Amount ctx={ctx} m={c.fees} /></td>
                <td class="amount"><Amount ctx={ctx} m={c.earned} /></td>
                <td class="amount"><Amount ctx={ctx} m={c.pkr} /></td>
                <td class="amount"><Amount ctx={ctx} m={c.refunds} /></td>
              </tr>
            ))}
          </tbody>
        </table>
        </Wide>
      )}
      <dl class="doc-meta income">
        <dt>{t('statements.income.export')}</dt>
        <dd><Amount ctx={ctx} m={f.income.exportPkr} /></dd>
        <dt>{t('statements.income.local')}</dt>
        <dd><Amount ctx={ctx} m={f.income.localPkr} /></dd>
        <dt><strong>{t('statements.income.total')}</strong></dt>
        <dd><strong><Amount ctx={ctx} m={f.income.totalPkr} /></strong></dd>
      </dl>
      <p class="note">{t('statements.pkr_note')}</p>

      <h2 id="withdrawals-h">{t('statements.withdrawals')}</h2>
      {f.withdrawals.length === 0 ? (
        <p>{t('statements.no_withdrawals')}</p>
      ) : (
        <Wide labelledBy="withdrawals-h">
        <table class="lines figures">
          <thead>
            <tr>
              <th scope="col">{t('statements.col.paid_on')}</th>
              <th scope="col">{t('statements.col.channel')}</th>
              <th scope="col">{t('statements.col.reference')}</th>
              <th scope="col" class="amount">{t('statements.col.amount')}</th>
              <th scope="col" class="amount">{t('statements.col.fee')}</th>
              <th scope="col" class="amount">{t('statements.col.net')}</th>
              <th scope="col">{t('statements.col.prc')}</th>
            </tr>
          </thead>
          <tbody>
            {f.withdrawals.map((w) => (
              <tr>
                <th scope="row">{date(w.paidAt)}</th>
                <td>
                  {channelName(ctx, w.channel)} <bdi dir="ltr">{w.masked}</bdi>
                </td>
                <td>
                  <bdi dir="ltr" class="ref">{w.reference}</bdi>
                  {w.bankReference ? (
                    <div class="note">
                      {t('statements.bank_reference')} <bdi dir="ltr" class="ref">{w.bankReference}</bdi>
                    </div>
                  ) : null}
                </td>
                <td class="amount"><Amount ctx={ctx} m={w.amount} /></td>
                <td class="amount"><Amount ctx={ctx} m={w.fee} /></td>
                <td class="amount"><Amount ctx={ctx} m={w.net} /></td>
                <td>
                  {!w.prc ? (
                    <span class="note">{t('statements.prc.not_needed')}</span>
                  ) : w.prc.attached || w.prc.number ? (
                    <>
                      {t('statements.prc.attached')}
                      {w.prc.number ? (
                        <>
                          {' '}
                          <bdi dir="ltr" class="ref">{w.prc.number}</bdi>
                        </>
                      ) : null}
                    </>
                  ) : (
                    <strong>{t('statements.prc.missing')}</strong>
                  )}
                </td>
              </tr>
            ))}
            {channels.map((c) => (
              <tr class="total">
                <th scope="row" colspan={3}>{t('statements.channel_total', { channel: channelName(ctx, c.channel), n: c.count })}</th>
                <td class="amount"><Amount ctx={ctx} m={c.amount} /></td>
                <td class="amount"><Amount ctx={ctx} m={c.fee} /></td>
                <td class="amount"><Amount ctx={ctx} m={c.net} /></td>
                <td />
              </tr>
            ))}
          </tbody>
        </table>
        </Wide>
      )}

      <h2>{t('statements.estimate')}</h2>
      <p class="advice">{t('statements.not_advice')}</p>
      <table class="lines">
        <thead>
          <tr>
            <th scope="col">{t('statements.col.regime')}</th>
            <th scope="col">{t('statements.col.applies')}</th>
            <th scope="col" class="amount">{t('statements.col.tax')}</th>
          </tr>
        </thead>
        <tbody>
          {REGIMES.map((name) => {
            const g = f.estimate.regimes[name];
            return (
              <tr class={f.estimate.recommended === name ? 'total' : undefined}>
                <th scope="row">
                  {t(`statements.regime.${name}`)}
                  {g.rateBp !== undefined ? <> ({t('statements.rate', { rate: ltr(`${(g.rateBp / 100).toFixed(2)}%`) })})</> : null}
                  {f.estimate.recommended === name ? <div class="note">{t('statements.recommended')}</div> : null}
                  {g.why.map((w) => (
                    <div class="note">{t(w.key, w.params)}</div>
                  ))}
                </th>
                <td>{t(g.applies ? 'statements.yes' : 'statements.no')}</td>
                <td class="amount"><Amount ctx={ctx} m={g.tax} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {f.estimate.rulesYear ? <p class="note">{t('statements.rules_assumed', { year: `TY${f.taxYear}`, rules: `TY${f.estimate.rulesYear}` })}</p> : null}
      <p class="note">
        {t('statements.assumed', {
          pseb: t(f.estimate.assumed.psebRegistered ? 'statements.yes' : 'statements.no'),
          filer: t(f.estimate.assumed.filer ? 'statements.yes' : 'statements.no'),
          salary: formatMoney(locale, f.estimate.assumed.salary, { decimals: 'always' }),
        })}
      </p>

      <h2>{t('statements.sources')}</h2>
      {f.sources.length === 0 ? (
        <p class="note">{t('statements.no_sources')}</p>
      ) : (
        <ol class="sources">
          {f.sources.map((src) => (
            <li>
              <bdi>{src.title}</bdi> — <bdi dir="ltr">{src.url}</bdi> ({src.date}){src.confidence === 'confirmed' ? null : <strong> {t(`statements.confidence.${src.confidence}`)}</strong>}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

export function StatementFoot({ ctx, r }: { ctx: ReceiptCtx; r: StatementReceipt }) {
  const { t } = ctx;
  return (
    <footer class="doc-foot">
      <p>{t('statements.frozen')}</p>
      <p>{t('statements.not_advice')}</p>
      <p>{t('statements.dates_note')}</p>
      <p>{t('statements.verify_foot', { url: ltr(r.verifyUrl) })}</p>
    </footer>
  );
}

// --- /tax/statements ------------------------------------------------------------------------------

export const statementPage = (id: string) => `/tax/statements/${encodeURIComponent(id)}`;

/** The tax pages' navigation, the page's heading and the not-advice notice (src/tax/views.tsx). */
function TaxHeading({ ctx, title }: { ctx: PageCtx; title: string }) {
  return (
    <>
      <TaxNav ctx={ctx} current="statements" />
      <h1>{title}</h1>
      <NotAdvice ctx={ctx} />
    </>
  );
}

export function StatementsPage({ ctx, years, statements, form }: { ctx: PageCtx; years: TaxYear[]; statements: StatementView[]; form: FormState }) {
  const { t, locale } = ctx;
  const title = t('statements.page_title');
  return (
    <Layout ctx={ctx} title={title} wide>
      <TaxHeading ctx={ctx} title={title} />
      <p>{t('statements.intro')}</p>
      <section aria-labelledby="issue-h" class="card">
        <h2 id="issue-h">{t('statements.issue_title')}</h2>
        {years.length === 0 ? (
          <p>{t('statements.nothing_yet')}</p>
        ) : (
          <Form ctx={ctx} action="/tax/statements" state={form}>
            <Select ctx={ctx} state={form} name="tax_year" label={t('statements.tax_year')} options={years.map((y) => ({ value: String(y), label: taxYearName(y) }))} />
            <p class="hint">{t('statements.issue_hint')}</p>
            <button type="submit">{t('statements.issue')}</button>
          </Form>
        )}
      </section>
      <section aria-labelledby="list-h">
        <h2 id="list-h">{t('statements.list_title')}</h2>
        {statements.length === 0 ? (
          <p class="muted">{t('statements.none')}</p>
        ) : (
          <table class="stack">
            <thead>
              <tr>
                <th scope="col">{t('statements.tax_year')}</th>
                <th scope="col">{t('statements.issued_on')}</th>
                <th scope="col">{t('statements.code')}</th>
                <th scope="col">{t('statements.col.status')}</th>
                <th scope="col">{t('statements.col.documents')}</th>
              </tr>
            </thead>
            <tbody>
              {statements.map((s) => (
                <tr id={`s-${s.id}`}>
                  <th scope="row">{taxYearName(s.taxYear)}</th>
                  <td data-label={t('statements.issued_on')}>{formatDate(locale, s.issuedAt, ZONE)}</td>
                  <td data-label={t('statements.code')}>
                    <bdi dir="ltr" class="code">{groupCode(s.code)}</bdi>
                  </td>
                  <td data-label={t('statements.col.status')}>
                    <span class={`badge status-${s.withdrawnAt ? 'withdrawn' : 'valid'}`}>{t(s.withdrawnAt ? 'statements.status.withdrawn' : 'statements.status.valid')}</span>
                  </td>
                  <td data-label={t('statements.col.documents')}>
                    <a href={statementPage(s.id)}>{t('statements.open')}</a> · <a href={`${statementPage(s.id)}.pdf`}>PDF</a> · <a href={`${statementPage(s.id)}.csv`}>CSV</a> ·{' '}
                    <a href={`/verify/${s.code}`}>{t('statements.check')}</a>
                    {s.withdrawnAt ? null : <PostButton ctx={ctx} action={`${statementPage(s.id)}/withdraw`} label={t('statements.withdraw')} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {statements.some((s) => !s.withdrawnAt) ? <p class="muted">{t('statements.withdraw_hint')}</p> : null}
      </section>
    </Layout>
  );
}
