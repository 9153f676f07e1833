// The remittances page: thin handlers that read the form, call the service and render or redirect
// (src/remittances/service.ts). One form per record, multipart, so a PRC file and the fields are
// saved together with JavaScript off; a refused save shows the page again with that record's form
// open and its messages.
import { AppError } from '../platform/errors.ts';
import type { FormState } from '../platform/form-views.tsx';
import { type FormValues, handleForm, readFile } from '../platform/forms.ts';
import { acceptUploads, type App, type Ctx, flash } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import * as remittances from './service.ts';
import { RemittancesPage } from './views.tsx';

const toLogIn = (c: Ctx, path = c.req.path) => c.redirect(`/login?next=${encodeURIComponent(path)}`, 303);

/** The form's fields as the service's input: only those sent. */
function editFromForm(v: FormValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ['payer_country', 'purpose_code', 'prc_number']) {
    const x = v[k];
    if (typeof x === 'string') out[k] = x;
  }
  return out;
}

async function page(c: Ctx, form?: { id: string; state: FormState }, status = 200) {
  const records = await remittances.listRemittances(c.get('deps'), c.get('actor'));
  return render(c, <RemittancesPage ctx={pageCtx(c)} records={records} form={form} />, status);
}

export function mountRemittances(app: App): void {
  app.get('/tax/remittances', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return page(c);
  });

  acceptUploads(app, '/tax/remittances/:withdrawal');
  app.post('/tax/remittances/:withdrawal', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/tax/remittances');
    const id = c.req.param('withdrawal');
    return handleForm(
      c,
      async (values) => {
        await remittances.saveRemittance(c.get('deps'), c.get('actor'), id, editFromForm(values), await readFile(c, 'file'));
        flash(c, 'remittances.flash.saved');
        return c.redirect(`/tax/remittances#r-${id}`, 303);
      },
      async (state, status) => {
        if (status === 404) throw new AppError('not_found');
        return page(c, { id, state }, status);
      },
    );
  });

  app.post('/tax/remittances/:withdrawal/prc/remove', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/tax/remittances');
    const id = c.req.param('withdrawal');
    await remittances.removePrc(c.get('deps'), c.get('actor'), id);
    flash(c, 'remittances.flash.removed');
    return c.redirect(`/tax/remittances#r-${id}`, 303);
  });
}
