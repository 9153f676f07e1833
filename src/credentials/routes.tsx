// Certificate addresses: the site's DID document (/.well-known/did.json), its status lists
// (/credentials/status/<n>, each a VC-JWT), the certificate page /certificates/<code> (and the signed
// credential at <code>.jwt), revoking a certificate and the admins' signing keys page. Thin: the
// credentials service decides who may do what.
import { AppError } from '../platform/errors.ts';
import { readForm } from '../platform/forms.ts';
import { type App, type Ctx, flash } from '../platform/http.ts';
import { isLocale, translator } from '../platform/i18n.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { readCode } from '../verify/domain.ts';
import * as credentials from './service.ts';
import { CertificatePage, certificatePath, KeysPage } from './views.tsx';

/** <code> or <code>.jwt, the code as typed. */
const FILE = /^([0-9A-Za-z-]{20,40})(\.jwt)?$/;
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

  app.get('/certificates/:file', async (c) => {
    const m = FILE.exec(c.req.param('file'));
    if (!m) throw new AppError('not_found');
    const code = readCode(m[1]!);
    if (code && code !== m[1]) return c.redirect(`${certificatePath(code)}${m[2] ?? ''}`, 301);
    const deps = c.get('deps');
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
