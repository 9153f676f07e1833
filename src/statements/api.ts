// Year statements under /api/v1: thin calls into the statements service, the same use cases the
// pages call. Only the owner (and admins, reading) see a statement; anyone else gets 404.
import { z } from 'zod';
import { type Endpoint, endpoint } from '../api/openapi.ts';
import { AppError } from '../platform/errors.ts';
import { parseWith } from '../platform/forms.ts';
import type { Ctx } from '../platform/http.ts';
import { moneyToJson } from '../platform/money.ts';
import { pdfOutcome, pdfResponse, readerCtx } from '../receipts/routes.tsx';
import { csvFileName, statementCsv } from './csv.ts';
import { groupCode, verifyUrl } from '../verify/domain.ts';
import { earningsTotals, issueInput, withdrawalTotals } from './domain.ts';
import { statementListResponse, statementResponse, type statementSummaryResponse } from './schemas.ts';
import * as statements from './service.ts';
import { statementPage } from './views.tsx';

const V1 = '/api/v1';
const deps = (c: Ctx) => c.get('deps');
const params = { statement: 'api.param.statement' };
const fileQuery = z.object({ lang: z.enum(['', 'en', 'ur'], { error: 'field.choose' }).optional() });

function summaryJson(c: Ctx, s: statements.StatementView): z.input<typeof statementSummaryResponse> {
  const base = deps(c).config.baseUrl;
  return {
    id: s.id,
    tax_year: s.taxYear,
    code: s.code,
    code_display: groupCode(s.code),
    status: s.withdrawnAt ? 'withdrawn' : 'valid',
    issued_at: s.issuedAt.toISOString(),
    withdrawn_at: s.withdrawnAt?.toISOString() ?? null,
    verify_url: verifyUrl(base, s.code),
    page_url: `${base}${statementPage(s.id)}`,
  };
}

function statementJson(c: Ctx, s: statements.StatementView): z.input<typeof statementResponse> {
  const t = c.get('t');
  const f = s.figures;
  const regime = (g: (typeof f.estimate.regimes)['normal']) => ({ tax: moneyToJson(g.tax), rate_bp: g.rateBp ?? null, applies: g.applies, why: g.why.map((w) => t(w.key, w.params)) });
  return {
    ...summaryJson(c, s),
    figures: {
      period: { start: f.period.start.toISOString(), end: f.period.end.toISOString() },
      as_of: f.asOf.toISOString(),
      holder: f.holder,
      earnings: {
        lines: f.income.lines.map((l) => ({ month: l.month, currency: l.currency, source: l.source, gross: moneyToJson(l.gross), fees: moneyToJson(l.fees), earned: moneyToJson(l.earned), pkr: moneyToJson(l.pkr), refunds: moneyToJson(l.refunds) })),
        totals: earningsTotals(f.income.lines).map((x) => ({ currency: x.currency, gross: moneyToJson(x.gross), fees: moneyToJson(x.fees), earned: moneyToJson(x.earned), pkr: moneyToJson(x.pkr), refunds: moneyToJson(x.refunds) })),
        export_pkr: moneyToJson(f.income.exportPkr),
        local_pkr: moneyToJson(f.income.localPkr),
        total_pkr: moneyToJson(f.income.totalPkr),
      },
      withdrawals: {
        lines: f.withdrawals.map((w) => ({
          reference: w.reference,
          channel: w.channel,
          destination: w.masked,
          amount: moneyToJson(w.amount),
          fee: moneyToJson(w.fee),
          net: moneyToJson(w.net),
          paid_at: w.paidAt.toISOString(),
          bank_reference: w.bankReference,
          prc: w.prc ? { number: w.prc.number, attached: w.prc.attached, purpose_code: w.prc.purposeCode, payer_country: w.prc.payerCountry } : null,
        })),
        totals: withdrawalTotals(f.withdrawals).map((x) => ({ channel: x.channel, currency: x.currency, count: x.count, amount: moneyToJson(x.amount), fee: moneyToJson(x.fee), net: moneyToJson(x.net) })),
      },
      estimate: {
        regimes: { final_154a: regime(f.estimate.regimes.final_154a), normal: regime(f.estimate.regimes.normal) },
        recommended: f.estimate.recommended,
        assumed: { pseb_registered: f.estimate.assumed.psebRegistered, filer: f.estimate.assumed.filer, salary: moneyToJson(f.estimate.assumed.salary) },
      },
      sources: f.sources,
    },
  };
}

export const statementsEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'listTaxStatements',
    method: 'get',
    path: `${V1}/tax/statements`,
    tag: 'statements',
    auth: 'required',
    status: 200,
    response: statementListResponse,
    problems: ['statements.freelancers_only'],
    async handle(c) {
      const [years, list] = await Promise.all([statements.statementYears(deps(c), c.get('actor')), statements.listStatements(deps(c), c.get('actor'))]);
      return { years, items: list.map((s) => summaryJson(c, s)) };
    },
  }),
  endpoint({
    operationId: 'issueTaxStatement',
    method: 'post',
    path: `${V1}/tax/statements`,
    tag: 'statements',
    auth: 'required',
    request: { name: 'TaxStatementInput', schema: issueInput },
    status: 201,
    response: statementResponse,
    problems: ['statements.freelancers_only', 'statements.too_many'],
    async handle(c, body) {
      return statementJson(c, await statements.issueStatement(deps(c), c.get('actor'), body));
    },
  }),
  endpoint({
    operationId: 'getTaxStatement',
    method: 'get',
    path: `${V1}/tax/statements/{statement}`,
    tag: 'statements',
    auth: 'required',
    params,
    status: 200,
    response: statementResponse,
    problems: ['not_found'],
    async handle(c) {
      return statementJson(c, await statements.getStatement(deps(c), c.get('actor'), c.req.param('statement') ?? ''));
    },
  }),
  endpoint({
    operationId: 'withdrawTaxStatement',
    method: 'post',
    path: `${V1}/tax/statements/{statement}/withdraw`,
    tag: 'statements',
    auth: 'required',
    params,
    status: 200,
    response: statementResponse,
    problems: ['not_found'],
    async handle(c) {
      return statementJson(c, await statements.withdrawStatement(deps(c), c.get('actor'), c.req.param('statement') ?? ''));
    },
  }),
  endpoint({
    operationId: 'taxStatementPdf',
    method: 'get',
    path: `${V1}/tax/statements/{statement}/statement.pdf`,
    tag: 'statements',
    auth: 'required',
    params,
    query: { schema: fileQuery, describe: { lang: 'api.query.receipt.lang' } },
    status: 200,
    file: { contentType: 'application/pdf' },
    problems: ['validation.failed', 'not_found', 'receipts.pdf_preparing', 'receipts.pdf_unavailable'],
    async handle(c) {
      // The same PDF as the page's link, made by the receipts pipeline: 503 with Retry-After while it is being made.
      parseWith(fileQuery, c.req.query());
      const r = await statements.getStatementReceipt(deps(c), c.get('actor'), c.req.param('statement') ?? '');
      const ctx = readerCtx(c);
      const outcome = await pdfOutcome(deps(c), ctx, r);
      if (outcome.kind === 'file') return pdfResponse(c, outcome);
      if (outcome.kind === 'preparing') throw new AppError('receipts.pdf_preparing', { seconds: 3 });
      throw new AppError('receipts.pdf_unavailable', { page: `${statementPage(r.subjectId)}?lang=${ctx.locale}` });
    },
  }),
  endpoint({
    operationId: 'taxStatementCsv',
    method: 'get',
    path: `${V1}/tax/statements/{statement}/statement.csv`,
    tag: 'statements',
    auth: 'required',
    params,
    query: { schema: fileQuery, describe: { lang: 'api.query.receipt.lang' } },
    status: 200,
    file: { contentType: 'text/csv', description: 'api.file.statement_csv' },
    problems: ['validation.failed', 'not_found'],
    async handle(c) {
      parseWith(fileQuery, c.req.query());
      const r = await statements.getStatementReceipt(deps(c), c.get('actor'), c.req.param('statement') ?? '');
      const ctx = readerCtx(c);
      return c.body(statementCsv(ctx, r), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${csvFileName(r, ctx.locale)}"`, 'cache-control': 'private, no-store' });
    },
  }),
];
