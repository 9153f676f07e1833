// Dispute pages: a party's statement (on the order page, /orders/:id#dispute), and the admins'
// /admin/disputes list and /admin/disputes/:id record with the decision form. Thin: read the form,
// call the service, redirect with a flash, or show the page again with the message. Opening a
// dispute is the order page's own form (POST /orders/:id/dispute, src/orders/routes.tsx).
import type { FormState } from '../platform/form-views.tsx';
import { type FormValues, readFiles, readForm } from '../platform/forms.ts';
import { AppError } from '../platform/errors.ts';
import { acceptUploads, type App, type Ctx, flash } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { orderPage } from '../orders/routes.tsx';
import * as disputes from './service.ts';
import { AdminDisputePage, AdminDisputesPage } from './views.tsx';
import { adminConversationOfOrder } from '../messages/service.ts';

const toLogIn = (c: Ctx) => c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
const str = (v: FormValues, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');

function failure(c: Ctx, e: unknown, values: FormValues): { state: FormState; status: number } {
  if (!(e instanceof AppError) || e.status >= 500 || e.code === 'not_found' || e.code === 'auth.forbidden') throw e;
  const message = e.code === 'validation.failed' ? c.get('t')('errors.validation.failed') : c.get('t')(`errors.${e.code}`, e.params);
  return { state: { values, errors: e.fields, message }, status: e.status };
}

export function mountDisputes(app: App): void {
  acceptUploads(app, '/disputes/:id/statements');
  app.post('/disputes/:id/statements', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const deps = c.get('deps');
    const id = c.req.param('id');
    const d = await disputes.getDispute(deps, c.get('actor'), id);
    const values = await readForm(c);
    try {
      await disputes.addStatement(deps, c.get('actor'), id, { message: str(values, 'message') }, await readFiles(c, 'files'));
    } catch (e) {
      const f = failure(c, e, values);
      return orderPage(c, d.orderId, f.state, f.status, 'statement');
    }
    flash(c, 'disputes.flash.statement_added');
    return c.redirect(`/orders/${d.orderId}#dispute`, 303);
  });

  app.get('/admin/disputes', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return render(c, <AdminDisputesPage ctx={pageCtx(c)} disputes={await disputes.listDisputes(c.get('deps'), c.get('actor'))} />);
  });

  app.get('/admin/disputes/:id', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const r = await disputes.disputeRecord(c.get('deps'), c.get('actor'), c.req.param('id'));
    return render(c, <AdminDisputePage ctx={pageCtx(c)} r={r} conversation={await adminConversationOfOrder(c.get('deps'), c.get('actor'), r.order.id)} />);
  });

  app.post('/admin/disputes/:id/decision', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const deps = c.get('deps');
    const id = c.req.param('id');
    const values = await readForm(c);
    try {
      await disputes.decideDispute(deps, c.get('actor'), id, { outcome: str(values, 'outcome'), freelancer_amount: str(values, 'freelancer_amount'), reason: str(values, 'reason') });
    } catch (e) {
      const f = failure(c, e, values);
      const r = await disputes.disputeRecord(deps, c.get('actor'), id);
      return render(c, <AdminDisputePage ctx={pageCtx(c)} r={r} state={f.state} conversation={await adminConversationOfOrder(deps, c.get('actor'), r.order.id)} />, f.status);
    }
    flash(c, 'disputes.flash.decided');
    return c.redirect(`/admin/disputes/${id}`, 303);
  });
}
