// Account pages: thin handlers that parse, call the service, and render or redirect.
import { referralOnSignUp } from '../referrals/routes.tsx';
import { deleteCookie, setCookie } from 'hono/cookie';
import { type Actor, requireActor } from '../platform/actor.ts';
import { emptyForm, type FormState } from '../platform/form-views.tsx';
import { handleForm } from '../platform/forms.ts';
import { type App, COOKIE, type Ctx, clientIp, flash, isSecure, safeNext } from '../platform/http.ts';
import { pageCtx, render } from '../platform/layout.tsx';
import * as accounts from './service.ts';
import { CheckEmailPage, ConfirmTokenPage, ForgotPasswordPage, LogInPage, ResetPasswordPage, SettingsPage, SignUpPage, VerifyFailedPage } from './views.tsx';

export function requestMeta(c: Ctx): accounts.RequestMeta {
  return { ip: clientIp(c, c.get('deps')), userAgent: c.req.header('user-agent') ?? '' };
}

export function setSessionCookie(c: Ctx, token: string): void {
  const deps = c.get('deps');
  setCookie(c, COOKIE.session, token, { httpOnly: true, sameSite: 'Lax', secure: isSecure(c, deps), path: '/', maxAge: deps.config.SESSION_DAYS * 86_400 });
}

export function setLanguageCookie(c: Ctx, locale: string): void {
  setCookie(c, COOKIE.lang, locale, { httpOnly: true, sameSite: 'Lax', secure: isSecure(c, c.get('deps')), path: '/', maxAge: 365 * 86_400 });
}

/** Where someone lands after logging in when no page asked for them: an admin's work is on /admin. */
export function landingPage(actor: Actor): string {
  return actor.isAdmin ? '/admin' : '/dashboard';
}

/** Pages for signed-in people send everyone else to log in, then back. */
function requirePageActor(c: Ctx) {
  const actor = c.get('actor');
  if (!actor) return null;
  return actor;
}

async function settingsData(c: Ctx, newToken?: string) {
  const deps = c.get('deps');
  const actor = requireActor(c.get('actor'));
  const [me, sessions, tokens] = await Promise.all([accounts.getMe(deps, actor), accounts.listSessions(deps, actor), accounts.listAccessTokens(deps, actor)]);
  return { email: me.email, emailVerified: me.email_verified, displayName: me.display_name, phone: me.phone, roles: me.roles.filter((r) => r !== 'admin'), sessions, tokens, newToken, timeZone: me.time_zone, now: deps.clock.now() };
}

export function mountAccounts(app: App): void {
  app.get('/signup', (c) => (c.get('actor') ? c.redirect('/dashboard') : render(c, <SignUpPage ctx={pageCtx(c)} state={emptyForm} />)));
  app.post('/signup', (c) =>
    handleForm(
      c,
      async (values) => {
        const { email } = await accounts.signUp(c.get('deps'), values, requestMeta(c), c.get('locale'), referralOnSignUp(c));
        if (typeof values.locale === 'string' && (values.locale === 'en' || values.locale === 'ur')) setLanguageCookie(c, values.locale);
        return render(c, <CheckEmailPage ctx={pageCtx(c)} email={email} />);
      },
      (state, status) => render(c, <SignUpPage ctx={pageCtx(c)} state={state} />, status),
    ),
  );

  // Without a (safe) next page, people land where their work is: admins on /admin, others on /dashboard.
  app.get('/login', (c) => {
    const next = safeNext(c.req.query('next'), '');
    const actor = c.get('actor');
    if (actor) return c.redirect(next || landingPage(actor));
    return render(c, <LogInPage ctx={pageCtx(c)} state={emptyForm} next={next} />);
  });
  app.post('/login', (c) =>
    handleForm(
      c,
      async (values) => {
        const { sessionToken, actor } = await accounts.logIn(c.get('deps'), values, requestMeta(c));
        setSessionCookie(c, sessionToken);
        setLanguageCookie(c, actor.locale);
        flash(c, 'accounts.logged_in');
        return c.redirect(safeNext(typeof values.next === 'string' ? values.next : undefined, landingPage(actor)), 303);
      },
      (state, status) => render(c, <LogInPage ctx={pageCtx(c)} state={state} next={safeNext(typeof state.values.next === 'string' ? state.values.next : undefined, '')} />, status),
    ),
  );

  app.post('/logout', async (c) => {
    await accounts.logOut(c.get('deps'), c.get('actor'));
    deleteCookie(c, COOKIE.session, { path: '/' });
    flash(c, 'accounts.logged_out');
    return c.redirect('/', 303);
  });

  // A visitor's language switch is a link: it only sets the cookie (a signed-in person's switch is
  // the form below, which also saves the choice on the account).
  app.get('/language', (c) => {
    const locale = c.req.query('locale');
    if (locale === 'en' || locale === 'ur') setLanguageCookie(c, locale);
    c.header('cache-control', 'no-store');
    return c.redirect(safeNext(c.req.query('next'), '/'), 303);
  });
  app.post('/language', (c) =>
    handleForm(
      c,
      async (values) => {
        const locale = await accounts.setLanguage(c.get('deps'), c.get('actor'), values);
        setLanguageCookie(c, locale);
        return c.redirect(safeNext(typeof values.next === 'string' ? values.next : undefined, '/'), 303);
      },
      () => c.redirect('/', 303),
    ),
  );

  app.get('/verify-email', (c) => {
    const ctx = pageCtx(c);
    return render(c, <ConfirmTokenPage ctx={ctx} title={ctx.t('accounts.verify.title')} body={ctx.t('accounts.verify.body')} action="/verify-email" token={c.req.query('token') ?? ''} submit={ctx.t('accounts.verify.submit')} />);
  });
  app.post('/verify-email', (c) =>
    handleForm(
      c,
      async (values) => {
        const { sessionToken, actor } = await accounts.verifyEmail(c.get('deps'), String(values.token ?? ''), requestMeta(c));
        setSessionCookie(c, sessionToken);
        setLanguageCookie(c, actor.locale);
        flash(c, 'accounts.verified');
        return c.redirect(actor.onboardingDone ? '/dashboard' : '/onboarding', 303);
      },
      // A used or expired link: say so, and offer a new one (a logged-in person also has the button on the dashboard).
      (state, status) => render(c, <VerifyFailedPage ctx={pageCtx(c)} message={state.message} />, status),
    ),
  );
  app.post('/verify-email/resend', async (c) => {
    if (requirePageActor(c)) {
      await accounts.resendVerification(c.get('deps'), c.get('actor'));
      flash(c, 'accounts.verify.resent');
      return c.redirect('/dashboard', 303);
    }
    // Someone not logged in yet: from the "check your inbox" page or a link that did not work.
    return handleForm(
      c,
      async (values) => {
        await accounts.resendVerificationTo(c.get('deps'), values, requestMeta(c));
        return render(c, <CheckEmailPage ctx={pageCtx(c)} email={String(values.email ?? '').trim()} resent />);
      },
      (state, status) => render(c, <VerifyFailedPage ctx={pageCtx(c)} message={state.message} state={state} />, status),
    );
  });

  app.get('/forgot-password', (c) => render(c, <ForgotPasswordPage ctx={pageCtx(c)} state={emptyForm} />));
  app.post('/forgot-password', (c) =>
    handleForm(
      c,
      async (values) => {
        await accounts.requestPasswordReset(c.get('deps'), values, requestMeta(c));
        return render(c, <ForgotPasswordPage ctx={pageCtx(c)} state={emptyForm} sentMinutes={c.get('deps').config.RESET_TOKEN_MINUTES} />);
      },
      (state, status) => render(c, <ForgotPasswordPage ctx={pageCtx(c)} state={state} />, status),
    ),
  );

  app.get('/reset-password', async (c) => {
    const token = c.req.query('token') ?? '';
    await accounts.checkResetToken(c.get('deps'), token);
    return render(c, <ResetPasswordPage ctx={pageCtx(c)} state={emptyForm} token={token} />);
  });
  app.post('/reset-password', (c) =>
    handleForm(
      c,
      async (values) => {
        await accounts.resetPassword(c.get('deps'), values, requestMeta(c));
        deleteCookie(c, COOKIE.session, { path: '/' });
        flash(c, 'accounts.reset.done');
        return c.redirect('/login', 303);
      },
      (state, status) => render(c, <ResetPasswordPage ctx={pageCtx(c)} state={state} token={String(state.values.token ?? '')} />, status),
    ),
  );

  const settings = async (c: Ctx, forms: { password?: FormState; email?: FormState; token?: FormState; timeZone?: FormState; newToken?: string }, status = 200) =>
    render(
      c,
      <SettingsPage
        ctx={pageCtx(c)}
        data={await settingsData(c, forms.newToken)}
        password={forms.password ?? emptyForm}
        email={forms.email ?? emptyForm}
        token={forms.token ?? emptyForm}
        timeZone={forms.timeZone ?? emptyForm}
      />,
      status,
    );

  app.get('/settings', async (c) => (requirePageActor(c) ? settings(c, {}) : c.redirect('/login?next=/settings', 303)));
  app.post('/settings/password', (c) =>
    handleForm(
      c,
      async (values) => {
        await accounts.changePassword(c.get('deps'), c.get('actor'), values);
        flash(c, 'accounts.settings.password_changed');
        return c.redirect('/settings', 303);
      },
      (state, status) => settings(c, { password: state }, status),
    ),
  );
  app.post('/settings/time-zone', (c) =>
    handleForm(
      c,
      async (values) => {
        await accounts.setTimeZone(c.get('deps'), c.get('actor'), values);
        flash(c, 'accounts.time_zone.saved');
        return c.redirect('/settings#time-zone', 303);
      },
      (state, status) => settings(c, { timeZone: state }, status),
    ),
  );
  app.post('/settings/email', (c) =>
    handleForm(
      c,
      async (values) => {
        await accounts.requestEmailChange(c.get('deps'), c.get('actor'), values);
        flash(c, 'accounts.settings.email_sent');
        return c.redirect('/settings', 303);
      },
      (state, status) => settings(c, { email: state }, status),
    ),
  );
  app.get('/settings/email/confirm', (c) => {
    const ctx = pageCtx(c);
    return render(c, <ConfirmTokenPage ctx={ctx} title={ctx.t('accounts.email_confirm.title')} action="/settings/email/confirm" token={c.req.query('token') ?? ''} submit={ctx.t('accounts.email_confirm.submit')} />);
  });
  app.post('/settings/email/confirm', (c) =>
    handleForm(
      c,
      async (values) => {
        await accounts.confirmEmailChange(c.get('deps'), String(values.token ?? ''));
        flash(c, 'accounts.settings.email_changed');
        return c.redirect(c.get('actor') ? '/settings' : '/login', 303);
      },
      (state, status) => {
        const ctx = pageCtx(c);
        return render(c, <ConfirmTokenPage ctx={ctx} title={ctx.t('accounts.email_confirm.title')} body={state.message} action="/settings/email/confirm" token={String(state.values.token ?? '')} submit={ctx.t('accounts.email_confirm.submit')} />, status);
      },
    ),
  );
  app.post('/settings/sessions/revoke-all', async (c) => {
    await accounts.logOutEverywhere(c.get('deps'), c.get('actor'));
    deleteCookie(c, COOKIE.session, { path: '/' });
    flash(c, 'accounts.sessions.revoked_all');
    return c.redirect('/login', 303);
  });
  app.post('/settings/sessions/:id/revoke', async (c) => {
    await accounts.revokeSession(c.get('deps'), c.get('actor'), c.req.param('id'));
    flash(c, 'accounts.sessions.revoked');
    return c.redirect('/settings#sessions', 303);
  });
  app.post('/settings/tokens', (c) =>
    handleForm(
      c,
      async (values) => {
        const { token } = await accounts.createAccessToken(c.get('deps'), c.get('actor'), values);
        // Shown once, on this response only: never put the secret in a redirect URL.
        return settings(c, { newToken: token });
      },
      (state, status) => settings(c, { token: state }, status),
    ),
  );
  app.post('/settings/tokens/:id/revoke', async (c) => {
    await accounts.revokeAccessToken(c.get('deps'), c.get('actor'), c.req.param('id'));
    flash(c, 'accounts.tokens.revoked');
    return c.redirect('/settings#tokens', 303);
  });
}
