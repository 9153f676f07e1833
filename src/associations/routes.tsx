// Association pages: /associations, /associations/new, /associations/<slug> (join, leave, the
// officers' requests, announcements and dues; its coming events, private board and minimum rates),
// /associations/<slug>/edit (officers edit the page), /associations/<slug>/members (the directory
// and, for officers, managing members), /associations/<slug>/statement, and the admins' suspension
// at /admin/associations/<slug>/suspend|reinstate. Thin: read the form, call the service, redirect
// with a flash, or show the page again with the message.
import { AppError } from '../platform/errors.ts';
import { emptyForm, type FormState } from '../platform/form-views.tsx';
import { type FormValues, readForm } from '../platform/forms.ts';
import { type App, type Ctx, flash } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import * as associations from './service.ts';
import { AssociationPage, AssociationsPage, associationPath, DirectoryPage, EditAssociationPage, editValues, NewAssociationPage, StatementPage } from './views.tsx';

const toLogIn = (c: Ctx) => c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
const str = (v: FormValues, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : '');
const slugOf = (c: Ctx) => c.req.param('slug') ?? '';

function failure(c: Ctx, e: unknown, values: FormValues): { state: FormState; status: number } {
  if (!(e instanceof AppError) || e.status >= 500 || e.code === 'not_found' || e.code === 'auth.required') throw e;
  const message = e.code === 'validation.failed' ? c.get('t')('errors.validation.failed') : c.get('t')(`errors.${e.code}`, e.params);
  return { state: { values, errors: e.fields, message }, status: e.status };
}

type Forms = { announcement: FormState; dues: FormState; suspend: FormState };

async function associationPage(c: Ctx, slug: string, forms: Partial<Forms> = {}, status = 200, notice?: string) {
  const d = await associations.associationPage(c.get('deps'), c.get('actor'), slug);
  const dues: FormState = d.dues ? { values: { amount: (Number(d.dues.amount.amount) / 100).toFixed(0), day_of_month: String(d.dues.dayOfMonth) }, errors: {} } : { values: { day_of_month: '1' }, errors: {} };
  return render(c, <AssociationPage ctx={pageCtx(c)} d={d} forms={{ announcement: emptyForm, dues, suspend: emptyForm, ...forms }} notice={notice} />, status);
}

/**
 * A one-button action on an association: on success a flash and back to the page; a refusal (joining
 * twice, the last officer leaving) is the page again with the translated message and its status.
 */
const act = (run: (c: Ctx) => Promise<string>) => async (c: Ctx) => {
  if (!c.get('actor')) return toLogIn(c);
  await readForm(c);
  let flashKey: string;
  try {
    flashKey = await run(c);
  } catch (e) {
    const f = failure(c, e, {});
    return associationPage(c, slugOf(c), {}, f.status, f.state.message);
  }
  flash(c, flashKey);
  return c.redirect(associationPath(slugOf(c)), 303);
};

export function mountAssociations(app: App): void {
  app.get('/associations', async (c) => {
    const deps = c.get('deps');
    const filters = { city: (c.req.query('city') ?? '').slice(0, 60), skill: (c.req.query('skill') ?? '').slice(0, 60) };
    const [list, choices] = await Promise.all([associations.listAssociations(deps, { city: filters.city || undefined, skill: filters.skill || undefined }), associations.filterChoices(deps)]);
    return render(c, <AssociationsPage ctx={pageCtx(c)} list={list} filters={filters} choices={choices} />);
  });

  app.get('/associations/new', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return render(c, <NewAssociationPage ctx={pageCtx(c)} state={{ values: { join_mode: 'open' }, errors: {} }} choices={await associations.formChoices(c.get('deps'))} />);
  });
  app.post('/associations/new', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    try {
      const a = await associations.createAssociation(c.get('deps'), c.get('actor'), values);
      flash(c, 'associations.flash.created');
      return c.redirect(associationPath(a.slug), 303);
    } catch (e) {
      const f = failure(c, e, values);
      return render(c, <NewAssociationPage ctx={pageCtx(c)} state={f.state} choices={await associations.formChoices(c.get('deps'))} />, f.status);
    }
  });

  app.get('/associations/:slug', (c) => associationPage(c, slugOf(c)));

  const editPage = async (c: Ctx, state?: FormState, status = 200) => {
    const deps = c.get('deps');
    const a = await associations.associationForEdit(deps, c.get('actor'), slugOf(c));
    return render(c, <EditAssociationPage ctx={pageCtx(c)} a={a} state={state ?? { values: editValues(a), errors: {} }} choices={await associations.formChoices(deps)} />, status);
  };
  app.get('/associations/:slug/edit', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return editPage(c);
  });
  app.post('/associations/:slug/edit', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    try {
      await associations.updateAssociation(c.get('deps'), c.get('actor'), slugOf(c), values);
    } catch (e) {
      const f = failure(c, e, values);
      // Someone who may not edit sees the refusal, never the form.
      if (f.status === 403 || f.status === 409) throw e;
      return editPage(c, f.state, f.status);
    }
    flash(c, 'associations.flash.edited');
    return c.redirect(associationPath(slugOf(c)), 303);
  });

  app.post(
    '/associations/:slug/join',
    act(async (c) => ((await associations.join(c.get('deps'), c.get('actor'), slugOf(c))).status === 'active' ? 'associations.flash.joined' : 'associations.flash.requested')),
  );
  app.post(
    '/associations/:slug/leave',
    act(async (c) => {
      await associations.leave(c.get('deps'), c.get('actor'), slugOf(c));
      return 'associations.flash.left';
    }),
  );
  app.post('/associations/:slug/directory', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    const on = str(values, 'listed') === 'on';
    await associations.setInDirectory(c.get('deps'), c.get('actor'), slugOf(c), on);
    flash(c, on ? 'associations.flash.listed' : 'associations.flash.unlisted');
    return c.redirect(`${associationPath(slugOf(c))}/members`, 303);
  });

  for (const action of ['approve', 'reject', 'remove', 'appoint'] as const) {
    app.post(`/associations/:slug/members/:user/${action}`, async (c) => {
      if (!c.get('actor')) return toLogIn(c);
      await readForm(c);
      await associations.actOnMember(c.get('deps'), c.get('actor'), slugOf(c), c.req.param('user') ?? '', action);
      flash(c, `associations.flash.${action}`);
      return c.redirect(action === 'approve' || action === 'reject' ? associationPath(slugOf(c)) : `${associationPath(slugOf(c))}/members`, 303);
    });
  }

  app.post('/associations/:slug/announcements', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    try {
      await associations.announce(c.get('deps'), c.get('actor'), slugOf(c), values);
    } catch (e) {
      const f = failure(c, e, values);
      return associationPage(c, slugOf(c), { announcement: f.state }, f.status);
    }
    flash(c, 'associations.flash.announced');
    return c.redirect(associationPath(slugOf(c)), 303);
  });

  app.post('/associations/:slug/dues', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    let set: associations.Dues | null;
    try {
      set = await associations.setDues(c.get('deps'), c.get('actor'), slugOf(c), { amount: str(values, 'amount'), day_of_month: str(values, 'day_of_month') || '1' });
    } catch (e) {
      const f = failure(c, e, values);
      return associationPage(c, slugOf(c), { dues: f.state }, f.status);
    }
    flash(c, set ? 'associations.flash.dues_set' : 'associations.flash.dues_stopped');
    return c.redirect(associationPath(slugOf(c)), 303);
  });

  app.get('/associations/:slug/members', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return render(c, <DirectoryPage ctx={pageCtx(c)} d={await associations.directory(c.get('deps'), c.get('actor'), slugOf(c))} />);
  });
  app.get('/associations/:slug/statement', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return render(c, <StatementPage ctx={pageCtx(c)} s={await associations.statement(c.get('deps'), c.get('actor'), slugOf(c))} />);
  });

  app.post('/admin/associations/:slug/suspend', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const values = await readForm(c);
    try {
      await associations.suspendAssociation(c.get('deps'), c.get('actor'), slugOf(c), { reason: str(values, 'reason') });
    } catch (e) {
      const f = failure(c, e, values);
      if (f.status === 403) throw e;
      return associationPage(c, slugOf(c), { suspend: f.state }, f.status);
    }
    flash(c, 'associations.flash.suspended');
    return c.redirect(associationPath(slugOf(c)), 303);
  });
  app.post(
    '/admin/associations/:slug/reinstate',
    act(async (c) => {
      await associations.reinstateAssociation(c.get('deps'), c.get('actor'), slugOf(c));
      return 'associations.flash.reinstated';
    }),
  );
}
