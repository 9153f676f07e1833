// Legal help desk pages: /legal, /legal/questions (ask), /legal/questions/<id> (+ /messages, /close,
// /consent, /faq), /legal/advisor, /legal/faq, /legal/templates, and each template blank at
// /legal/templates/<kind> or filled from an order or contract at /legal/templates/<kind>/<id> (+ .pdf,
// printed by Chromium through src/receipts; ?lang=en|ur as for receipts). Thin: read the form, call
// the service, redirect with a flash, or show the page again with the message.
import { AppError } from '../platform/errors.ts';
import { emptyForm, type FormState } from '../platform/form-views.tsx';
import { type FormValues, readForm } from '../platform/forms.ts';
import { type App, type Ctx, flash } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { htmlPage, pdfAnswer, type Paths, readerCtx } from '../receipts/routes.tsx';
import { Toolbar } from '../receipts/views.tsx';
import { templateOfSlug, templateSlug, type TemplateKind } from './domain.ts';
import * as legal from './service.ts';
import { TemplateSheet } from './sheet.tsx';
import { FaqPage, LegalHome, QueuePage, QuestionPage, TemplatesPage } from './views.tsx';

const toLogIn = (c: Ctx, path = c.req.path) => c.redirect(`/login?next=${encodeURIComponent(path)}`, 303);
const str = (v: FormValues, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
const questionPath = (id: string) => `/legal/questions/${encodeURIComponent(id)}`;

function failure(c: Ctx, e: unknown, values: FormValues): { state: FormState; status: number } {
  if (!(e instanceof AppError) || e.status >= 500 || e.code === 'not_found' || e.code === 'auth.required' || e.code === 'auth.forbidden') throw e;
  const message = e.code === 'validation.failed' ? c.get('t')('errors.validation.failed') : c.get('t')(`errors.${e.code}`, e.params);
  return { state: { values, errors: e.fields, message }, status: e.status };
}

async function homePage(c: Ctx, state: FormState = emptyForm, status = 200) {
  const deps = c.get('deps');
  const actor = c.get('actor');
  const [mine, orders, advisor] = actor ? await Promise.all([legal.myQuestions(deps, actor), legal.orderChoices(deps, actor), legal.canAdvise(deps, actor)]) : [[], [], false];
  return render(c, <LegalHome ctx={pageCtx(c)} data={{ mine, orders, advisor }} state={state} />, status);
}

async function questionPage(c: Ctx, id: string, forms: { reply?: FormState; publish?: FormState } = {}, status = 200) {
  const q = await legal.getQuestion(c.get('deps'), c.get('actor'), id);
  return render(c, <QuestionPage ctx={pageCtx(c)} q={q} reply={forms.reply ?? emptyForm} publish={forms.publish ?? emptyForm} />, status);
}

/** Where a filled template's page and PDF live. */
export const templatePage = (kind: TemplateKind, subjectId: string) => `/legal/templates/${templateSlug(kind)}/${encodeURIComponent(subjectId)}`;

/** <id> or <id>.pdf */
const FILE = /^([0-9a-fA-F-]{36})(\.pdf)?$/;

export function mountLegal(app: App): void {
  app.get('/legal', (c) => homePage(c));
  app.post('/legal/questions', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/legal');
    const values = await readForm(c);
    let id: string;
    try {
      ({ id } = await legal.askQuestion(c.get('deps'), c.get('actor'), { category: str(values, 'category'), title: str(values, 'title'), body: str(values, 'body'), order_id: str(values, 'order_id') }));
    } catch (e) {
      const f = failure(c, e, values);
      return homePage(c, f.state, f.status);
    }
    flash(c, 'legal.flash.asked');
    return c.redirect(questionPath(id), 303);
  });

  app.get('/legal/questions/:id', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return questionPage(c, c.req.param('id'));
  });
  app.post('/legal/questions/:id/messages', async (c) => {
    const id = c.req.param('id');
    if (!c.get('actor')) return toLogIn(c, questionPath(id));
    const values = await readForm(c);
    let side: 'asker' | 'advisor';
    try {
      ({ side } = await legal.postMessage(c.get('deps'), c.get('actor'), id, { body: str(values, 'body') }));
    } catch (e) {
      const f = failure(c, e, values);
      return questionPage(c, id, { reply: f.state }, f.status);
    }
    flash(c, side === 'advisor' ? 'legal.flash.answered' : 'legal.flash.followed_up');
    return c.redirect(questionPath(id), 303);
  });
  app.post('/legal/questions/:id/close', async (c) => {
    const id = c.req.param('id');
    if (!c.get('actor')) return toLogIn(c, questionPath(id));
    await legal.closeQuestion(c.get('deps'), c.get('actor'), id);
    flash(c, 'legal.flash.closed');
    return c.redirect(questionPath(id), 303);
  });
  app.post('/legal/questions/:id/consent', async (c) => {
    const id = c.req.param('id');
    if (!c.get('actor')) return toLogIn(c, questionPath(id));
    const values = await readForm(c);
    const { consent } = await legal.setConsent(c.get('deps'), c.get('actor'), id, { consent: str(values, 'consent') });
    flash(c, consent ? 'legal.flash.consent_given' : 'legal.flash.consent_withdrawn');
    return c.redirect(questionPath(id), 303);
  });
  app.post('/legal/questions/:id/faq', async (c) => {
    const id = c.req.param('id');
    if (!c.get('actor')) return toLogIn(c, questionPath(id));
    const values = await readForm(c);
    try {
      await legal.publishFaq(c.get('deps'), c.get('actor'), id, { language: str(values, 'language'), title: str(values, 'title'), question: str(values, 'question'), answer: str(values, 'answer') });
    } catch (e) {
      const f = failure(c, e, values);
      return questionPage(c, id, { publish: f.state }, f.status);
    }
    flash(c, 'legal.flash.published');
    return c.redirect(questionPath(id), 303);
  });

  app.get('/legal/advisor', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const { waiting, mine } = await legal.advisorQueue(c.get('deps'), c.get('actor'));
    return render(c, <QueuePage ctx={pageCtx(c)} waiting={waiting} mine={mine} />);
  });

  app.get('/legal/faq', async (c) => render(c, <FaqPage ctx={pageCtx(c)} entries={await legal.listFaq(c.get('deps'))} />));

  app.get('/legal/templates', async (c) => {
    const actor = c.get('actor');
    const data = actor ? await legal.templateSubjects(c.get('deps'), actor) : null;
    return render(c, <TemplatesPage ctx={pageCtx(c)} data={data} />);
  });
  // The picker's GET form (works without JavaScript): on to the filled template's address.
  app.get('/legal/templates/open', (c) => {
    const kind = templateOfSlug(c.req.query('template') ?? '');
    const subject = c.req.query('subject') ?? '';
    if (!kind || !FILE.test(subject)) throw new AppError('not_found');
    return c.redirect(templatePage(kind, subject), 303);
  });
  app.get('/legal/templates/:kind', (c) => {
    const kind = templateOfSlug(c.req.param('kind'));
    if (!kind) throw new AppError('not_found');
    const ctx = readerCtx(c);
    const other = ctx.locale === 'ur' ? 'en' : 'ur';
    const page = `/legal/templates/${templateSlug(kind)}`;
    const toolbar = <Toolbar ctx={ctx} back={{ href: '/legal/templates', label: ctx.t('legal.links.templates') }} otherLanguage={`${page}?lang=${other}`} pdfHref={null} notice={null} />;
    c.header('cache-control', 'no-store');
    return c.html(`<!doctype html>${String(<TemplateSheet ctx={ctx} kind={kind} r={null} operator={c.get('deps').config.OPERATOR_NAME} toolbar={toolbar} />)}`);
  });
  app.get('/legal/templates/:kind/:file', async (c) => {
    const kind = templateOfSlug(c.req.param('kind'));
    const m = FILE.exec(c.req.param('file'));
    if (!kind || !m) throw new AppError('not_found');
    if (!c.get('actor')) return toLogIn(c, c.req.path + (new URL(c.req.url).search || ''));
    const ctx = readerCtx(c);
    const r = await legal.filledTemplate(c.get('deps'), c.get('actor'), kind, m[1]!);
    const paths: Paths = { page: templatePage(kind, r.subjectId), back: { href: '/legal/templates', label: ctx.t('legal.links.templates') } };
    if (m[2]) return pdfAnswer(c, ctx, r, paths);
    return htmlPage(c, ctx, r, paths, null, true);
  });
}
