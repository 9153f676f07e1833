// Receipts, invoices and earnings statements as print-ready HTML (and year statements and course
// certificates, whose bodies their own modules draw): one A4 sheet (public/receipt.css),
// no navigation, the Nastaliq font through the same @font-face asset as every page. The same HTML
// is printed into the PDF by Chromium (pdf.ts) and served as the page itself where no Chromium is
// installed. Amounts are isolated left-to-right (<bdi dir="ltr">) so Urdu lines keep them whole;
// inside strings (a sentence with a reason in it) the isolates are characters (format.ts).
import type { Child } from 'hono/jsx';
import { assetUrl } from '../platform/assets.ts';
import { formatDate, isolate } from '../platform/format.ts';
import { dir, type Locale, type T } from '../platform/i18n.ts';
import { formatMoney, type Money } from '../platform/money.ts';
import { timeZoneLabel } from '../platform/time-zone.ts';
import { orderNumber } from '../orders/service.ts';
import type { BillingDetails } from '../profiles/service.ts';
import { StatementBody, StatementFoot, statementReference } from '../statements/views.tsx';
import { CertificateSheet, inLocale } from '../credentials/views.tsx';
import { groupCode } from '../verify/domain.ts';
import type { OrderReceipt, PayoutReceipt, Receipt } from './service.ts';
import { isTemplateDocument, type TemplateReceipt } from '../legal/service.ts';
import { TemplateSheet, templateReference } from '../legal/sheet.tsx';

const isTemplate = (r: Receipt): r is TemplateReceipt => isTemplateDocument(r.document);

export interface ReceiptCtx {
  t: T;
  locale: Locale;
}

const Amount = ({ ctx, m, minus = false }: { ctx: ReceiptCtx; m: Money; minus?: boolean }) => (
  <bdi dir="ltr">{`${minus && m.amount > 0n ? '− ' : ''}${formatMoney(ctx.locale, m, { decimals: 'always' })}`}</bdi>
);

/** The reference a person quotes for the document: the order number or the withdrawal's reference. */
export function receiptReference(r: Receipt): string {
  if (isTemplate(r)) return templateReference(r);
  if (r.document === 'year_statement') return statementReference(r.statement);
  if (r.document === 'course_certificate') return groupCode(r.certificate.code);
  return r.document === 'payout' ? r.withdrawal.reference : orderNumber(r.order.number);
}

export function receiptTitle(ctx: ReceiptCtx, r: Receipt): string {
  // A certificate's title names its course (the PDF's title, as a file list shows it).
  if (r.document === 'course_certificate') return `${ctx.t('receipts.title.course_certificate')}: ${inLocale(ctx.locale, r.certificate.course.titleEn, r.certificate.course.titleUr)}`;
  return ctx.t(`receipts.title.${r.kind}`);
}

function Head({ ctx, r }: { ctx: ReceiptCtx; r: Receipt }) {
  const { t } = ctx;
  return (
    <header class="doc-head">
      <div>
        <h1>{receiptTitle(ctx, r)}</h1>
        <p>
          <bdi dir="ltr">{receiptReference(r)}</bdi>
        </p>
      </div>
      <div class="operator">
        <div>{t('receipts.issued_by')}</div>
        <strong dir="auto">{r.operatorName}</strong>
        <div class="note">{t('receipts.via')}</div>
      </div>
    </header>
  );
}

function Meta({ items }: { items: [string, Child][] }) {
  return (
    <dl class="doc-meta">
      {items.map(([k, v]) => (
        <>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </>
      ))}
    </dl>
  );
}

function Lines({ ctx, rows }: { ctx: ReceiptCtx; rows: { label: Child; amount: Child; total?: boolean }[] }) {
  const { t } = ctx;
  return (
    <table class="lines">
      <thead>
        <tr>
          <th scope="col">{t('receipts.col.item')}</th>
          <th scope="col" class="amount">
            {t('receipts.col.amount')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr class={row.total ? 'total' : undefined}>
            <th scope="row">{row.label}</th>
            <td class="amount">{row.amount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The client's company, address and tax number, a line each. Each line is isolated in its own
 * direction (<bdi>) but aligned with the page, so a Latin address on an Urdu invoice lines up
 * under the client's name instead of jumping to the other edge.
 */
function Billing({ ctx, b }: { ctx: ReceiptCtx; b: BillingDetails }) {
  return (
    <div class="billing">
      {b.companyName ? (
        <div>
          <bdi>{b.companyName}</bdi>
        </div>
      ) : null}
      {b.address
        ? b.address.split('\n').map((line) => (
            <div>
              <bdi>{line}</bdi>
            </div>
          ))
        : null}
      {b.taxNumber ? (
        <div>
          {ctx.t('receipts.billing.tax_number')}: <bdi dir="ltr">{b.taxNumber}</bdi>
        </div>
      ) : null}
    </div>
  );
}

function OrderBody({ ctx, r }: { ctx: ReceiptCtx; r: OrderReceipt }) {
  const { t, locale } = ctx;
  const o = r.order;
  // The dates of the person the document is for, whoever reads it (an admin, the other language).
  const date = (d: Date) => formatDate(locale, d, r.timeZone);
  const meta: [string, Child][] = [
    [t('receipts.order'), <bdi dir="ltr">{orderNumber(o.number)}</bdi>],
    [t('receipts.status'), <span class="status">{t(`orders.state.${o.state}`)}</span>],
    [t('receipts.ordered_on'), date(o.createdAt)],
  ];
  if (o.paidAt) meta.push([t('receipts.paid_on'), date(o.paidAt)]);
  if (o.completedAt) meta.push([t('receipts.completed_on'), date(o.completedAt)]);
  if (o.cancelledAt) meta.push([t('receipts.cancelled_on'), date(o.cancelledAt)]);
  const work = (
    <>
      <span dir="auto">{o.title}</span>
      {o.packageName ? (
        <div class="note">
          {t('receipts.package', { name: '' })}
          <bdi>{o.packageName}</bdi>
        </div>
      ) : null}
    </>
  );
  const f = o.fees;
  const rows: { label: Child; amount: Child; total?: boolean }[] =
    r.document === 'order_client'
      ? [
          { label: work, amount: <Amount ctx={ctx} m={f.price} /> },
          { label: t('receipts.client_fee'), amount: <Amount ctx={ctx} m={f.clientFee} /> },
          { label: r.kind === 'invoice' ? t('receipts.total_due') : t('receipts.total_paid'), amount: <Amount ctx={ctx} m={f.clientPays} />, total: true },
        ]
      : [
          { label: work, amount: '' },
          { label: t('receipts.client_paid'), amount: <Amount ctx={ctx} m={f.clientPays} /> },
          { label: t('receipts.price'), amount: <Amount ctx={ctx} m={f.price} /> },
          { label: t('receipts.freelancer_fee'), amount: <Amount ctx={ctx} m={f.freelancerFee} minus /> },
          { label: t('receipts.you_receive'), amount: <Amount ctx={ctx} m={f.freelancerReceives} />, total: true },
        ];
  if (r.document === 'order_client' && o.state === 'cancelled' && o.paidAt) rows.push({ label: t('receipts.refunded'), amount: <Amount ctx={ctx} m={f.clientPays} /> });
  let earnings: string | null = null;
  if (r.document === 'order_freelancer') {
    if (o.state === 'cancelled') earnings = t('receipts.earnings.none');
    else if (o.clearedAt) earnings = t('receipts.earnings.available', { date: date(o.clearedAt) });
    else if (o.state === 'completed' && o.holdUntil) earnings = t('receipts.earnings.held', { date: date(o.holdUntil) });
    else earnings = t('receipts.earnings.pending');
  }
  return (
    <>
      <Meta items={meta} />
      <dl class="parties">
        <dt>{t('receipts.client')}</dt>
        <dd>
          <bdi>{o.client.displayName}</bdi>
          {r.billing ? <Billing ctx={ctx} b={r.billing} /> : null}
        </dd>
        <dt>{t('receipts.freelancer')}</dt>
        <dd>
          <bdi>{o.freelancer.displayName}</bdi>
          {r.document === 'order_client' && r.freelancerNtn ? (
            <div class="billing">
              {t('receipts.freelancer_ntn')}: <bdi dir="ltr">{r.freelancerNtn}</bdi>
            </div>
          ) : null}
        </dd>
      </dl>
      <Lines ctx={ctx} rows={rows} />
      {earnings ? <p>{earnings}</p> : null}
    </>
  );
}

function PayoutBody({ ctx, r }: { ctx: ReceiptCtx; r: PayoutReceipt }) {
  const { t, locale } = ctx;
  const w = r.withdrawal;
  const meta: [string, Child][] = [
    [t('receipts.reference'), <bdi dir="ltr">{w.reference}</bdi>],
    [t('receipts.status'), <span class="status">{t(`payouts.status.${w.status}`)}</span>],
    [t('receipts.requested_on'), formatDate(locale, w.createdAt, r.timeZone)],
  ];
  if (w.settledAt) meta.push([t('receipts.settled_on'), formatDate(locale, w.settledAt, r.timeZone)]);
  if (w.status === 'paid' && w.bankReference) meta.push([t('receipts.payout.bank_reference'), <bdi dir="ltr">{w.bankReference}</bdi>]);
  return (
    <>
      <Meta items={meta} />
      <dl class="parties">
        <dt>{t(w.source === 'wallet' ? 'receipts.payout.client' : 'receipts.freelancer')}</dt>
        <dd>
          <bdi>{r.freelancer.displayName}</bdi>
        </dd>
        <dt>{t('receipts.payout.to')}</dt>
        <dd>
          {t(`payouts.channel.${w.channel}`)} <bdi dir="ltr">{w.masked}</bdi>
        </dd>
        <dt>{t('receipts.payout.account_title')}</dt>
        <dd>
          <bdi>{w.accountTitle}</bdi>
        </dd>
      </dl>
      <Lines
        ctx={ctx}
        rows={[
          { label: t('receipts.payout.amount'), amount: <Amount ctx={ctx} m={w.amount} /> },
          { label: t('receipts.payout.fee'), amount: <Amount ctx={ctx} m={w.fee} minus /> },
          { label: t('receipts.payout.net'), amount: <Amount ctx={ctx} m={w.net} />, total: true },
        ]}
      />
      {w.status === 'failed' && w.failureReason ? <p>{t(w.source === 'wallet' ? 'receipts.payout.failed_wallet' : 'receipts.payout.failed', { reason: isolate(w.failureReason) })}</p> : null}
      {w.status === 'cancelled' ? <p>{t(w.source === 'wallet' ? 'receipts.payout.cancelled_wallet' : 'receipts.payout.cancelled')}</p> : null}
    </>
  );
}

/** The whole document; `toolbar` (links, notices) shows on screen only, never in print or the PDF. */
export function ReceiptSheet({ ctx, r, toolbar }: { ctx: ReceiptCtx; r: Receipt; toolbar?: Child }) {
  const { t } = ctx;
  // A contract template of the legal help desk is its own sheet (src/legal/sheet.tsx).
  if (isTemplate(r)) return <TemplateSheet ctx={ctx} kind={r.kind} r={r} operator={r.operatorName} toolbar={toolbar} />;
  return (
    <html lang={ctx.locale} dir={dir(ctx.locale)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${receiptTitle(ctx, r)} ${receiptReference(r)} · ${r.operatorName}`}</title>
        <link rel="stylesheet" href={assetUrl('receipt.css')} />
      </head>
      <body>
        {toolbar ?? null}
        <main class={r.document === 'course_certificate' ? 'sheet certificate-sheet' : 'sheet'}>
          {r.document === 'course_certificate' ? <CertificateSheet ctx={ctx} r={r} /> : <Head ctx={ctx} r={r} />}
          {r.document === 'course_certificate' ? null : r.document === 'year_statement' ? (
            <>
              <StatementBody ctx={ctx} r={r} />
              <StatementFoot ctx={ctx} r={r} />
            </>
          ) : (
            <>
              {r.document === 'payout' ? <PayoutBody ctx={ctx} r={r} /> : <OrderBody ctx={ctx} r={r} />}
              <footer class="doc-foot">
                <p>{r.final ? t('receipts.final') : r.document === 'payout' ? t('receipts.provisional.payout') : t('receipts.provisional.order')}</p>
                <p>{t('receipts.fee_note')}</p>
                <p>{t('receipts.dates_in', { zone: timeZoneLabel(ctx.locale, r.timeZone, r.document === 'payout' ? r.withdrawal.createdAt : r.order.createdAt) })}</p>
              </footer>
            </>
          )}
        </main>
      </body>
    </html>
  );
}

/** The print HTML: exactly what goes into the PDF, and what its version is computed from. */
export function receiptHtml(ctx: ReceiptCtx, r: Receipt): string {
  return `<!doctype html>${String(<ReceiptSheet ctx={ctx} r={r} />)}`;
}

export interface ToolbarProps {
  ctx: ReceiptCtx;
  back: { href: string; label: string };
  /** The other language's version of this page. */
  otherLanguage: string;
  pdfHref: string | null;
  notice: string | null;
  more?: { href: string; label: string }[] | undefined;
}

export function Toolbar({ ctx, back, otherLanguage, pdfHref, notice, more }: ToolbarProps) {
  const other: Locale = ctx.locale === 'ur' ? 'en' : 'ur';
  return (
    <nav class="toolbar" aria-label={ctx.t('receipts.link_html')}>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <a href={back.href}>{back.label}</a>
      {pdfHref ? <a href={pdfHref}>{ctx.t('receipts.download_pdf')}</a> : null}
      {(more ?? []).map((l) => (
        <a href={l.href}>{l.label}</a>
      ))}
      <a href={otherLanguage} lang={other} hreflang={other}>
        {other === 'ur' ? 'اردو' : 'English'}
      </a>
      <span>{ctx.t('receipts.print_hint')}</span>
    </nav>
  );
}

/** While the PDF is being made: a plain page that refreshes itself without any script. */
export function PreparingPage({ ctx, htmlHref }: { ctx: ReceiptCtx; htmlHref: string }) {
  const { t } = ctx;
  return (
    <html lang={ctx.locale} dir={dir(ctx.locale)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta http-equiv="refresh" content="3" />
        <title>{t('receipts.preparing.title')}</title>
        <link rel="stylesheet" href={assetUrl('receipt.css')} />
      </head>
      <body>
        <main class="preparing">
          <h1>{t('receipts.preparing.title')}</h1>
          <p role="status">{t('receipts.preparing.body')}</p>
          <p>
            <a href={htmlHref}>{t('receipts.preparing.html')}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
