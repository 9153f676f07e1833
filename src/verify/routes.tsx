// The public verification pages: /verify (a form; ?code= goes to the code's page; a certificate's
// VC-JWT posted to it is checked against the site's keys) and /verify/<code>. No sign-in. Each lookup counts against the visitor's address (src/verify/service.ts).
// A code typed with dashes, spaces, lower case or Urdu digits is sent to its canonical address.
import { checkCertificateJwt, JWT_MAX } from '../credentials/service.ts';
import { AppError } from '../platform/errors.ts';
import { handleForm } from '../platform/forms.ts';
import { type App, clientIp } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { readCode, verifyPath } from './domain.ts';
import { lookUp } from './service.ts';
import { JwtCheckedPage, VerificationPage, VerifyFormPage } from './views.tsx';

export function mountVerify(app: App): void {
  app.get('/verify', (c) => {
    const typed = c.req.query('code');
    if (typed === undefined) return render(c, <VerifyFormPage ctx={pageCtx(c)} />);
    const code = readCode(typed);
    if (!code) return render(c, <VerifyFormPage ctx={pageCtx(c)} value={typed.slice(0, 40)} error={c.get('t')('errors.verify.bad_code')} />, 400);
    return c.redirect(verifyPath(code), 303);
  });

  // Nothing is stored: a pasted JWT is checked and the outcome shown; a bad one gets its reason, 400.
  app.post('/verify', (c) =>
    handleForm(
      c,
      async (values) => render(c, <JwtCheckedPage ctx={pageCtx(c)} cert={await checkCertificateJwt(c.get('deps'), values)} />),
      (state, status) => {
        // What was pasted comes back to be corrected, unless it is far too long to be a certificate.
        const jwt = typeof state.values.jwt === 'string' && state.values.jwt.length <= JWT_MAX ? state.values.jwt : '';
        return render(c, <VerifyFormPage ctx={pageCtx(c)} jwt={{ ...state, values: { jwt } }} />, status);
      },
    ),
  );

  app.get('/verify/:code', async (c) => {
    const typed = c.req.param('code');
    const code = readCode(typed);
    if (code && code !== typed) return c.redirect(verifyPath(code), 301);
    try {
      const v = await lookUp(c.get('deps'), typed, clientIp(c, c.get('deps')));
      c.header('x-robots-tag', 'noindex');
      return render(c, <VerificationPage ctx={pageCtx(c)} v={v} />);
    } catch (e) {
      if (!(e instanceof AppError) || (e.code !== 'verify.bad_code' && e.code !== 'verify.unknown')) throw e;
      return render(c, <VerifyFormPage ctx={pageCtx(c)} value={typed.slice(0, 40)} error={c.get('t')(`errors.${e.code}`)} />, e.status);
    }
  });
}
