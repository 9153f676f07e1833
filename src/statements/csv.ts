// A year statement as CSV (docs/decisions/0055): UTF-8 with a byte-order mark so Excel shows Urdu,
// CRLF line ends, one row per line of the statement, in the reader's language. Columns:
//   section        statement | earnings | earnings total | income | withdrawal | withdrawals total | tax estimate (translated)
//   period         TY2026, a month (YYYY-MM) or a day (YYYY-MM-DD), Pakistan time
//   detail         who the clients were, the payout channel, the regime, the holder's name
//   currency       PKR or USD (ISO 4217)
//   gross          earnings: what clients paid; withdrawals: the amount taken from the balance
//   fees           Hunar's fee on earnings; the channel fee on withdrawals
//   net            earnings credited (gross − fees); withdrawals: what was paid out; the tax estimate
//   refunds        money of the freelancer's orders returned to clients
//   pkr            the PKR equivalent (each credit at its day's rate)
//   reference      Hunar's reference (HNR-…), or the statement's verification code
//   bank_reference the bank's or provider's reference of a paid withdrawal
//   prc            the proceeds realisation certificate of a foreign-currency payout: its number, attached, or missing
// Amounts are decimal strings in major units with every minor digit ("1500.00"), never grouped.
import { csvCell } from '../payouts/domain.ts';
import { type Money, toMajorString } from '../platform/money.ts';
import type { ReceiptCtx } from '../receipts/views.tsx';
import { groupCode } from '../verify/domain.ts';
import { earningsTotals, taxYearName, withdrawalTotals } from './domain.ts';
import type { StatementReceipt } from './service.ts';
import { channelName } from './views.tsx';

export const CSV_COLUMNS = ['section', 'period', 'detail', 'currency', 'gross', 'fees', 'net', 'refunds', 'pkr', 'reference', 'bank_reference', 'prc'] as const;
type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string>>;

const amount = (m: Money) => toMajorString(m);
const karachiDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Karachi', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);

/** The statement's rows, header first, as plain strings. */
export function statementRows(ctx: ReceiptCtx, r: StatementReceipt): string[][] {
  const { t } = ctx;
  const s = r.statement;
  const f = s.figures;
  const year = taxYearName(f.taxYear);
  const section = (k: string) => t(`statements.csv.${k}`);
  const rows: Row[] = [{ section: section('statement'), period: year, detail: f.holder.name, reference: groupCode(s.code) }];
  for (const l of f.income.lines) {
    rows.push({ section: section('earnings'), period: l.month, detail: t(`statements.source.${l.source}`), currency: l.currency, gross: amount(l.gross), fees: amount(l.fees), net: amount(l.earned), refunds: amount(l.refunds), pkr: amount(l.pkr) });
  }
  for (const c of earningsTotals(f.income.lines)) {
    rows.push({ section: section('earnings_total'), period: year, currency: c.currency, gross: amount(c.gross), fees: amount(c.fees), net: amount(c.earned), refunds: amount(c.refunds), pkr: amount(c.pkr) });
  }
  for (const [k, m] of [['export', f.income.exportPkr], ['local', f.income.localPkr], ['total', f.income.totalPkr]] as const) {
    rows.push({ section: section('income'), period: year, detail: t(`statements.income.${k}`), currency: 'PKR', pkr: amount(m) });
  }
  for (const w of f.withdrawals) {
    const prc = !w.prc ? '' : w.prc.number ? w.prc.number : w.prc.attached ? t('statements.prc.attached') : t('statements.prc.missing');
    rows.push({
      section: section('withdrawal'),
      period: karachiDay(w.paidAt),
      detail: `${channelName(ctx, w.channel)} ${w.masked}`,
      currency: w.net.currency,
      gross: amount(w.amount),
      fees: amount(w.fee),
      net: amount(w.net),
      reference: w.reference,
      bank_reference: w.bankReference ?? '',
      prc,
    });
  }
  for (const c of withdrawalTotals(f.withdrawals)) {
    rows.push({ section: section('withdrawals_total'), period: year, detail: channelName(ctx, c.channel), currency: c.currency, gross: amount(c.amount), fees: amount(c.fee), net: amount(c.net) });
  }
  for (const name of ['final_154a', 'normal'] as const) {
    const g = f.estimate.regimes[name];
    const marks = [g.applies ? t('statements.csv.applies') : '', f.estimate.recommended === name ? t('statements.recommended') : ''].filter(Boolean).join(ctx.locale === 'ur' ? '؛ ' : '; ');
    rows.push({ section: section('tax_estimate'), period: year, detail: `${t(`statements.regime.${name}`)}${marks ? ` (${marks})` : ''}`, currency: 'PKR', net: amount(g.tax) });
  }
  return [CSV_COLUMNS.map((c) => t(`statements.csv.col.${c}`)), ...rows.map((row) => CSV_COLUMNS.map((c) => row[c] ?? ''))];
}

/** The CSV file's text: BOM, quoted cells (and no cell a spreadsheet would run as a formula), CRLF. */
export function statementCsv(ctx: ReceiptCtx, r: StatementReceipt): string {
  return `\uFEFF${statementRows(ctx, r)
    .map((line) => line.map(csvCell).join(','))
    .join('\r\n')}\r\n`;
}

export const csvFileName = (r: StatementReceipt, locale: string) => `hunar-${taxYearName(r.statement.taxYear)}-statement-${r.statement.code}-${locale}.csv`;
