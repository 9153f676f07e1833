// Tax profile pages: /tax/profile (one multipart form, the certificate included), the registration
// checklist /tax/checklist with its tick buttons, and the admins' audited view under
// /admin/tax-profiles. Plain forms, JavaScript off; the CNIC typed is never shown back.
import { AppError } from '../platform/errors.ts';
import type { FormState } from '../platform/form-views.tsx';
import { handleForm, readFile, readForm } from '../platform/forms.ts';
import { acceptUploads, type App, type Ctx, clientIp, flash } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import * as taxProfile from './service.ts';
import { AdminListPage, AdminProfilePage, ChecklistPage, profileAsValues, TaxProfilePage } from './views.tsx';

const toLogIn = (c: Ctx, path: string) => c.redirect(`/login?next=${encodeURIComponent(path)}`, 303);

async function profilePage(c: Ctx, form?: FormState, status = 200) {
  const { profile, staffLooks } = await taxProfile.getOwnTaxProfile(c.get('deps'), c.get('actor'));
  // What was typed comes back on an error, except the CNIC (the field has keep={false}).
  const state = form ?? { values: profileAsValues(profile), errors: {} };
  return render(c, <TaxProfilePage ctx={pageCtx(c)} profile={profile} looks={staffLooks} state={state} />, status);
}

async function adminProfilePage(c: Ctx, userId: string, reveal?: FormState, status = 200) {
  const deps = c.get('deps');
  const view = await taxProfile.viewTaxProfileAsStaff(deps, c.get('actor'), userId, clientIp(c, deps));
  return render(c, <AdminProfilePage ctx={pageCtx(c)} view={view} reveal={reveal ?? { values: {}, errors: {} }} />, status);
}

export function mountTaxProfile(app: App): void {
  app.get('/tax/profile', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/tax/profile');
    return profilePage(c);
  });

  acceptUploads(app, '/tax/profile');
  app.post('/tax/profile', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/tax/profile');
    return handleForm(
      c,
      async (values) => {
        await taxProfile.saveTaxProfile(c.get('deps'), c.get('actor'), values, await readFile(c, 'certificate'));
        flash(c, 'tax_profile.saved_flash');
        return c.redirect('/tax/profile', 303);
      },
      (form, status) => profilePage(c, form, status),
    );
  });

  app.post('/tax/profile/certificate/delete', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/tax/profile');
    await taxProfile.removeCertificate(c.get('deps'), c.get('actor'));
    flash(c, 'tax_profile.certificate_removed_flash');
    return c.redirect('/tax/profile', 303);
  });

  app.post('/tax/profile/cnic/delete', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/tax/profile');
    await taxProfile.removeCnic(c.get('deps'), c.get('actor'));
    flash(c, 'tax_profile.cnic_removed_flash');
    return c.redirect('/tax/profile', 303);
  });

  app.get('/tax/checklist', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/tax/checklist');
    const entries = await taxProfile.getChecklist(c.get('deps'), c.get('actor'));
    return render(c, <ChecklistPage ctx={pageCtx(c)} entries={entries} />);
  });

  app.post('/tax/checklist/:step', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/tax/checklist');
    const step = c.req.param('step');
    const values = await readForm(c);
    const done = values.done === '1';
    await taxProfile.setChecklistTick(c.get('deps'), c.get('actor'), step, done);
    flash(c, done ? 'tax_profile.checklist.ticked_flash' : 'tax_profile.checklist.unticked_flash');
    return c.redirect(`/tax/checklist#step-${step}`, 303);
  });

  // Staff: the list shows names only; opening a profile, revealing a CNIC or downloading a
  // certificate each writes its audit row first (service.ts).
  app.get('/admin/tax-profiles', async (c) => {
    if (!c.get('actor')) return toLogIn(c, '/admin/tax-profiles');
    const rows = await taxProfile.listTaxProfilesForStaff(c.get('deps'), c.get('actor'));
    return render(c, <AdminListPage ctx={pageCtx(c)} rows={rows} />);
  });

  app.get('/admin/tax-profiles/:userId', async (c) => {
    const userId = c.req.param('userId');
    if (!c.get('actor')) return toLogIn(c, `/admin/tax-profiles/${userId}`);
    return adminProfilePage(c, userId);
  });

  app.post('/admin/tax-profiles/:userId/reveal', async (c) => {
    const userId = c.req.param('userId');
    if (!c.get('actor')) return toLogIn(c, `/admin/tax-profiles/${userId}`);
    const deps = c.get('deps');
    return handleForm(
      c,
      async (values) => {
        const view = await taxProfile.revealCnicAsStaff(deps, c.get('actor'), userId, values, clientIp(c, deps));
        // Shown once, in this answer (never cached, never in an address or a redirect).
        return render(c, <AdminProfilePage ctx={pageCtx(c)} view={view} reveal={{ values: {}, errors: {} }} />);
      },
      async (form, status) => {
        if (status === 404) throw new AppError('not_found');
        return adminProfilePage(c, userId, form, status);
      },
    );
  });

  app.get('/admin/tax-profiles/:userId/certificate', async (c) => {
    const userId = c.req.param('userId');
    if (!c.get('actor')) return toLogIn(c, `/admin/tax-profiles/${userId}`);
    const deps = c.get('deps');
    const f = await taxProfile.openCertificateAsStaff(deps, c.get('actor'), userId, clientIp(c, deps));
    // As /media serves files: never a page, never cached by anyone but this browser.
    c.header('content-security-policy', "default-src 'none'; sandbox");
    c.header('x-content-type-options', 'nosniff');
    c.header('cache-control', 'private, no-store');
    c.header('content-disposition', f.disposition);
    c.header('content-language', undefined);
    c.header('content-length', String(f.size));
    c.header('content-type', f.contentType);
    return c.body(f.body, 200);
  });
}
