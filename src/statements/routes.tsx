// Year statement pages: the list and issue form at /tax/statements; each statement as a print-ready
// page at /tax/statements/<id>, its PDF at <id>.pdf (printed by Chromium through src/receipts, in
// the language asked for: ?lang=en|ur, else the reader's own, exactly as receipts) and its CSV at
// <id>.csv; withdrawing one. Thin: the statements service decides who may do what.
import { AppError } from '../platform/errors.ts';
import { emptyForm, type FormState } from '../platform/form-views.tsx';
import { readForm } from '../platform/forms.ts';
import { type App, type Ctx, flash } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { htmlPage, pdfAnswer, type Paths, readerCtx } from '../receipts/routes.tsx';
import { csvFileName, statementCsv } from './csv.ts';
import * as statements from './service.ts';
import { StatementsPage, statementPage } from './views.tsx';

const toLogIn = (c: Ctx, path = c.req.path) => c.redirect(`/login?next=${encodeURIComponent(path)}`, 303);

async function listPage(c: Ctx, form: FormState = emptyForm, status = 200) {
  const deps = c.get('deps');
  const actor = c.get('actor');
  const [years, list] = await Promise.all([statements.statementYears(deps, actor), statements.listStatements(deps, actor)]);
  return render(c, <StatementsPage ctx={pageCtx(c)} years={years} statements={list} form={form} />, status);
}

function paths(c: Ctx, id: string, locale: string): Paths {
  const t = c.get('t');
  const owner = !c.get('actor')?.isAdmin;
  return {
    page: statementPage(id),
    back: { href: owner ? '/tax/statements' : '/admin', label: t(owner ? 'statements.back' : 'statements.back_admin') },
    more: [{ href: `${statementPage(id)}.csv?lang=${locale}`, label: t('statements.download_csv') }],
  };
}

/** <id>, <id>.pdf or <id>.csv. */
const FILE = /^([0-9a-fA-F-]{36})(?:\.(pdf|csv))?$/;

export function mountStatements(app: App): void {
  app.get('/tax/statements', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return listPage(c);
  });

  app.post('/tax/statements', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/tax/statements');
    const values = await readForm(c);
    try {
      const s = await statements.issueStatement(c.get('deps'), c.get('actor'), values);
      flash(c, 'statements.flash.issued');
      return c.redirect(`/tax/statements#s-${s.id}`, 303);
    } catch (e) {
      if (!(e instanceof AppError) || e.status >= 500 || e.status === 401 || e.status === 403 || e.code === 'not_found') throw e;
      const message = e.code === 'validation.failed' ? undefined : c.get('t')(`errors.${e.code}`, e.params);
      return listPage(c, { values, errors: e.fields, message }, e.status);
    }
  });

  app.post('/tax/statements/:id/withdraw', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/tax/statements');
    const s = await statements.withdrawStatement(c.get('deps'), c.get('actor'), c.req.param('id'));
    flash(c, 'statements.flash.withdrawn');
    return c.redirect(`/tax/statements#s-${s.id}`, 303);
  });

  app.get('/tax/statements/:file', async (c) => {
    const m = FILE.exec(c.req.param('file'));
    if (!m) throw new AppError('not_found');
    if (!c.get('actor')) return toLogIn(c, c.req.path + (new URL(c.req.url).search || ''));
    const ctx = readerCtx(c);
    const r = await statements.getStatementReceipt(c.get('deps'), c.get('actor'), m[1]!);
    const p = paths(c, r.subjectId, ctx.locale);
    if (m[2] === 'pdf') return pdfAnswer(c, ctx, r, p);
    if (m[2] === 'csv') {
      c.header('cache-control', 'private, no-store');
      c.header('content-disposition', `attachment; filename="${csvFileName(r, ctx.locale)}"`);
      return c.body(statementCsv(ctx, r), 200, { 'content-type': 'text/csv; charset=utf-8' });
    }
    return htmlPage(c, ctx, r, p, null, true);
  });
}
