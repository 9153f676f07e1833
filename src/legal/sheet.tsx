// A contract template as a print-ready A4 sheet (public/receipt.css): the notice that it is not legal
// advice, the clauses filled from an order or contract (or with lines to write on), and under each
// clause its meaning in plain words. The receipts pipeline prints the same HTML into a PDF with
// Chromium (src/receipts/pdf.ts), so this file renders and nothing else.
import type { Child } from 'hono/jsx';
import { assetUrl } from '../platform/assets.ts';
import { formatDate } from '../platform/format.ts';
import { dir, type Locale, type T } from '../platform/i18n.ts';
import { fillTemplate, type FilledClause, type TemplateKind, templateFacts } from './domain.ts';
import type { TemplateReceipt } from './service.ts';

export interface SheetCtx {
  t: T;
  locale: Locale;
}

/** The clauses of a template, filled from the receipt's order or contract, or blank. */
export function clausesOf(ctx: SheetCtx, kind: TemplateKind, r: TemplateReceipt | null, operator: string): FilledClause[] {
  const facts = r ? templateFacts(r.source, ctx.locale, ctx.t, r.timeZone) : null;
  return fillTemplate(kind, facts, operator, ctx.t);
}

/** The reference a person quotes for the document: the order number, or the contract's title. */
export const templateReference = (r: TemplateReceipt): string => r.reference;

function Clauses({ ctx, clauses }: { ctx: SheetCtx; clauses: FilledClause[] }) {
  return (
    <ol class="clauses">
      {clauses.map((c) => (
        <li id={`clause-${c.id}`}>
          <h2>{c.title}</h2>
          <p class="clause-text">{c.text}</p>
          <aside class="plain">
            <strong>{ctx.t('legal.tpl.plain')}:</strong> {c.plain}
          </aside>
        </li>
      ))}
    </ol>
  );
}

/** The whole document; `toolbar` shows on screen only, never in print or the PDF. */
export function TemplateSheet({ ctx, kind, r, operator, toolbar }: { ctx: SheetCtx; kind: TemplateKind; r: TemplateReceipt | null; operator: string; toolbar?: Child }) {
  const { t } = ctx;
  const name = t(`legal.tpl.${kind}.name`);
  return (
    <html lang={ctx.locale} dir={dir(ctx.locale)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{r ? `${name} ${r.reference} · ${operator}` : `${name} · ${operator}`}</title>
        <link rel="stylesheet" href={assetUrl('receipt.css')} />
      </head>
      <body>
        {toolbar ?? null}
        <main class="sheet contract">
          <header class="doc-head">
            <div>
              <h1>{name}</h1>
              <p>{r ? <bdi>{r.reference}</bdi> : t('legal.tpl.blank_note')}</p>
            </div>
            <div class="operator">
              <div>{t('legal.tpl.prepared_by', { operator })}</div>
            </div>
          </header>
          <p class="advice not-advice" role="note">
            {t('legal.tpl.notice')}
          </p>
          <Clauses ctx={ctx} clauses={clausesOf(ctx, kind, r, operator)} />
          <footer class="doc-foot">
            <p>{t('legal.tpl.notice')}</p>
            {r ? <p>{t('legal.tpl.filled_from', { reference: r.reference, operator, date: formatDate(ctx.locale, r.asOf, r.timeZone) })}</p> : null}
          </footer>
        </main>
      </body>
    </html>
  );
}

/** The print HTML of a filled template: exactly what goes into the PDF, and what its version is computed from. */
export function templateHtml(ctx: SheetCtx, r: TemplateReceipt): string {
  return `<!doctype html>${String(<TemplateSheet ctx={ctx} kind={r.kind} r={r} operator={r.operatorName} />)}`;
}
