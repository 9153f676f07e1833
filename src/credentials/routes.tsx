// Certificate addresses: the site's DID document (/.well-known/did.json), its status lists
// (/credentials/status/<n>, each a VC-JWT), the certificate page /certificates/<code> (the signed
// credential at <code>.jwt, its PDF at <code>.pdf, printed by Chromium through src/receipts in the
// language asked for: ?lang=en|ur, else the reader's own), revoking a certificate and the admins'
// signing keys page. Thin: the credentials service decides who may do what.
import { AppError } from '../platform/errors.ts';
import { handleForm, readFile, readForm } from '../platform/forms.ts';
import { acceptUploads, type App, type Ctx, flash } from '../platform/http.ts';
import { isLocale, translator } from '../platform/i18n.ts';
import type { FormState } from '../platform/form-views.tsx';
import { pageCtx, render } from '../platform/layout.tsx';
import { pdfAnswer, readerCtx } from '../receipts/routes.tsx';
import { readCode } from '../verify/domain.ts';
import * as outside from './outside.ts';
import { OutsidePage, OutsideQueuePage } from './outside-views.tsx';
import * as credentials from './service.ts';
import { CertificatePage, certificatePath, KeysPage } from './views.tsx';

/** <code>, <code>.jwt or <code>.pdf, the code as typed. */
const FILE = /^([0-9A-Za-z-]{20,40})(\.jwt|\.pdf)?$/;
const toLogIn = (c: Ctx) => c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);

/** The certificate in the learner's language, unless ?lang= asks for the other. */
function inLearnersLanguage(c: Ctx, learner: 'en' | 'ur') {
  const q = c.req.query('lang');
  const locale = isLocale(q) ? q : learner;
  c.set('locale', locale);
  c.set('t', translator(locale));
  c.header('content-language', locale);
}

export function mountCredentials(app: App): void {
  app.get('/.well-known/did.json', async (c) => {
    const doc = await credentials.siteDidDocument(c.get('deps'));
    c.header('cache-control', 'public, max-age=300');
    c.header('access-control-allow-origin', '*');
    return c.body(JSON.stringify(doc), 200, { 'content-type': 'application/did+json' });
  });

  app.get('/credentials/status/:list', async (c) => {
    const jwt = await credentials.statusListJwt(c.get('deps'), c.req.param('list'));
    c.header('cache-control', 'public, max-age=300');
    c.header('access-control-allow-origin', '*');
    return c.body(jwt, 200, { 'content-type': 'application/vc+jwt' });
  });

  // Outside certificates (before /certificates/:file, which would take "outside" for a code).
  const outsidePage = async (c: Ctx, form?: FormState, status = 200) => {
    const deps = c.get('deps');
    const [mine, skills] = await Promise.all([outside.myOutsideCertificates(deps, c.get('actor')), outside.skillChoices(deps.db)]);
    return render(c, <OutsidePage ctx={pageCtx(c)} mine={mine} skills={skills} {...(form ? { form } : {})} />, status);
  };
  app.get('/certificates/outside', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return outsidePage(c);
  });
  acceptUploads(app, '/certificates/outside');
  app.post('/certificates/outside', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return handleForm(
      c,
      async (values) => {
        await outside.addOutsideCertificate(c.get('deps'), c.get('actor'), values, await readFile(c, 'proof'));
        flash(c, 'credentials.outside.flash.added');
        return c.redirect('/certificates/outside', 303);
      },
      (form, status) => outsidePage(c, form, status),
    );
  });
  const queuePage = async (c: Ctx, forms?: { id: string; state: FormState }, status = 200) => {
    const queue = await outside.outsideQueue(c.get('deps'), c.get('actor'));
    return render(c, <OutsideQueuePage ctx={pageCtx(c)} queue={queue} {...(forms ? { forms } : {})} />, status);
  };
  app.get('/admin/credentials/outside', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    return queuePage(c);
  });
  app.post('/admin/credentials/outside/:id', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const id = c.req.param('id');
    return handleForm(
      c,
      async (values) => {
        const r = await outside.decideOutsideCertificate(c.get('deps'), c.get('actor'), id, values);
        flash(c, r.status === 'verified' ? 'credentials.outside.flash.verified' : 'credentials.outside.flash.rejected');
        return c.redirect('/admin/credentials/outside', 303);
      },
      (state, status) => queuePage(c, { id, state }, status),
    );
  });

  app.get('/certificates/:file', async (c) => {
    const m = FILE.exec(c.req.param('file'));
    if (!m) throw new AppError('not_found');
    const code = readCode(m[1]!);
    if (code && code !== m[1]) return c.redirect(`${certificatePath(code)}${m[2] ?? ''}${new URL(c.req.url).search}`, 301);
    const deps = c.get('deps');
    if (m[2] === '.pdf') {
      // Anyone with the code, as the page: a certificate is shown to be checked.
      const ctx = readerCtx(c);
      const r = await credentials.getCertificateReceipt(deps, m[1]!);
      c.header('x-robots-tag', 'noindex');
      return pdfAnswer(c, ctx, r, { page: certificatePath(r.certificate.code), back: { href: certificatePath(r.certificate.code), label: ctx.t('credentials.pdf.back') } });
    }
    const cert = await credentials.getCertificate(deps, m[1]!);
    c.header('x-robots-tag', 'noindex');
    if (m[2]) {
      c.header('cache-control', 'no-cache');
      c.header('content-disposition', `attachment; filename="certificate-${cert.code}.jwt"`);
      return c.body(cert.jwt, 200, { 'content-type': 'application/vc+jwt' });
    }
    inLearnersLanguage(c, cert.learner.locale);
    return render(c, <CertificatePage ctx={pageCtx(c)} cert={cert} baseUrl={deps.config.baseUrl} issuerName={deps.config.OPERATOR_NAME} />);
  });

  app.post('/certificates/:code/revoke', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const deps = c.get('deps');
    const values = await readForm(c);
    try {
      const r = await credentials.revokeCertificate(deps, c.get('actor'), c.req.param('code'), values);
      flash(c, 'credentials.flash.revoked');
      return c.redirect(certificatePath(r.code), 303);
    } catch (e) {
      if (!(e instanceof AppError) || e.code !== 'validation.failed') throw e;
      const cert = await credentials.getCertificate(deps, c.req.param('code'));
      return render(c, <CertificatePage ctx={pageCtx(c)} cert={cert} baseUrl={deps.config.baseUrl} issuerName={deps.config.OPERATOR_NAME} form={{ values, errors: e.fields }} />, e.status);
    }
  });

  app.get('/admin/credentials', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    const deps = c.get('deps');
    const keys = await credentials.issuerKeys(deps, c.get('actor'));
    return render(c, <KeysPage ctx={pageCtx(c)} keys={keys} baseUrl={deps.config.baseUrl} />);
  });

  app.post('/admin/credentials/rotate', async (c) => {
    if (!c.get('actor')) return toLogIn(c);
    await credentials.rotateIssuerKey(c.get('deps'), c.get('actor'));
    flash(c, 'credentials.flash.rotated');
    return c.redirect('/admin/credentials', 303);
  });
}
