// The public verification pages: /verify (a form; ?code= goes to the code's page) and
// /verify/<code>. No sign-in. Each lookup counts against the visitor's address (src/verify/service.ts).
// A code typed with dashes, spaces, lower case or Urdu digits is sent to its canonical address.
import { AppError } from '../platform/errors.ts';
import { type App, clientIp } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import { readCode, verifyPath } from './domain.ts';
import { lookUp } from './service.ts';
import { VerificationPage, VerifyFormPage } from './views.tsx';

export function mountVerify(app: App): void {
  app.get('/verify', (c) => {
    const typed = c.req.query('code');
    if (typed === undefined) return render(c, <VerifyFormPage ctx={pageCtx(c)} />);
    const code = readCode(typed);
    if (!code) return render(c, <VerifyFormPage ctx={pageCtx(c)} value={typed.slice(0, 40)} error={c.get('t')('errors.verify.bad_code')} />, 400);
    return c.redirect(verifyPath(code), 303);
  });

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
