import { formatDateTime } from '../platform/format.ts';
import { Field, FieldError, Form, type FormState, value } from '../platform/form-views.tsx';
import { CsrfField, Layout, type PageCtx } from '../platform/layout.tsx';
import { COMMON_TIME_ZONES, timeZoneCity, timeZoneLabel, timeZoneOffset, timeZonesByRegion } from '../platform/time-zone.ts';
import { assetUrl } from '../platform/assets.ts';
import { displayPakistaniMobile, roles } from './domain.ts';
import type { AccessTokenView, SessionView } from './service.ts';

export function SignUpPage({ ctx, state }: { ctx: PageCtx; state: FormState }) {
  const { t } = ctx;
  const role = value(state, 'role') || 'freelancer';
  return (
    <Layout ctx={ctx} title={t('accounts.signup.title')}>
      <h1>{t('accounts.signup.title')}</h1>
      <p>{t('accounts.signup.lead')}</p>
      <Form ctx={ctx} action="/signup" state={state}>
        <input type="hidden" name="locale" value={ctx.locale} />
        {/* Filled with the browser's zone by time-zone.js; without JavaScript the account keeps Asia/Karachi. */}
        <input type="hidden" name="time_zone" value={value(state, 'time_zone')} data-time-zone="" />
        <Field ctx={ctx} state={state} name="display_name" label={t('accounts.field.display_name')} hint={t('accounts.field.display_name_hint')} autocomplete="name" required maxlength={80} />
        <Field ctx={ctx} state={state} name="email" type="email" label={t('accounts.field.email')} autocomplete="email" required dir="ltr" />
        <Field ctx={ctx} state={state} name="password" type="password" label={t('accounts.field.password')} hint={t('accounts.field.password_hint')} autocomplete="new-password" required dir="ltr" />
        <Field ctx={ctx} state={state} name="phone" type="tel" label={t('accounts.field.phone')} hint={t('accounts.field.phone_hint')} autocomplete="tel" inputmode="tel" dir="ltr" />
        <fieldset>
          <legend>{t('accounts.field.role')}</legend>
          {roles.map((r) => (
            <label class="choice">
              <input type="radio" name="role" value={r} checked={role === r} />
              {t(`accounts.role.${r}`)}
            </label>
          ))}
          <FieldError ctx={ctx} state={state} name="role" />
        </fieldset>
        <div class="actions">
          <button type="submit">{t('accounts.signup.submit')}</button>
          <a href="/login">{t('accounts.signup.have_account')}</a>
        </div>
      </Form>
      <script src={assetUrl('time-zone.js')} defer></script>
    </Layout>
  );
}

/** Sends the confirmation link again to an address (for someone not logged in yet). */
export function ResendVerificationForm({ ctx, email, state }: { ctx: PageCtx; email?: string; state?: FormState }) {
  const { t } = ctx;
  return (
    <Form ctx={ctx} action="/verify-email/resend" state={state ?? { values: {}, errors: {} }}>
      {email !== undefined ? (
        <input type="hidden" name="email" value={email} />
      ) : (
        <Field ctx={ctx} state={state ?? { values: {}, errors: {} }} name="email" type="email" label={t('accounts.field.email')} autocomplete="email" required dir="ltr" />
      )}
      <div class="actions">
        <button type="submit" class="secondary">
          {t('accounts.verify.resend')}
        </button>
      </div>
    </Form>
  );
}

export function CheckEmailPage({ ctx, email, resent = false }: { ctx: PageCtx; email: string; resent?: boolean }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('accounts.check_email.title')}>
      <h1>{t('accounts.check_email.title')}</h1>
      {resent ? (
        <p class="flash" role="status">
          {t('accounts.verify.resent_if_waiting')}
        </p>
      ) : null}
      <p>{t('accounts.check_email.body', { email })}</p>
      <p class="muted">{t('accounts.check_email.spam')}</p>
      <ResendVerificationForm ctx={ctx} email={email} />
    </Layout>
  );
}

/** A confirmation link that did not work: why, and a way to get a new one. */
export function VerifyFailedPage({ ctx, message, state }: { ctx: PageCtx; message?: string | undefined; state?: FormState }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('accounts.verify.title')}>
      <h1>{t('accounts.verify.title')}</h1>
      {message ? <p class="error-message">{message}</p> : null}
      <h2>{t('accounts.verify.ask_again')}</h2>
      <ResendVerificationForm ctx={ctx} {...(state ? { state } : {})} />
    </Layout>
  );
}

export function LogInPage({ ctx, state, next }: { ctx: PageCtx; state: FormState; next: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('accounts.login.title')}>
      <h1>{t('accounts.login.title')}</h1>
      <Form ctx={ctx} action="/login" state={state}>
        <input type="hidden" name="next" value={next} />
        <Field ctx={ctx} state={state} name="email" type="email" label={t('accounts.field.email')} autocomplete="email" required dir="ltr" />
        <Field ctx={ctx} state={state} name="password" type="password" label={t('accounts.field.password')} autocomplete="current-password" required dir="ltr" />
        <div class="actions">
          <button type="submit">{t('accounts.login.submit')}</button>
          <a href="/forgot-password">{t('accounts.login.forgot')}</a>
        </div>
      </Form>
      <p>
        <a href="/signup">{t('accounts.login.no_account')}</a>
      </p>
    </Layout>
  );
}

/** A button page for links from e-mail: mail scanners follow links, but do not press buttons. */
export function ConfirmTokenPage({ ctx, title, body, action, token, submit }: { ctx: PageCtx; title: string; body?: string; action: string; token: string; submit: string }) {
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {body ? <p>{body}</p> : null}
      <Form ctx={ctx} action={action}>
        <input type="hidden" name="token" value={token} />
        <div class="actions">
          <button type="submit">{submit}</button>
        </div>
      </Form>
    </Layout>
  );
}

export function ForgotPasswordPage({ ctx, state, sentMinutes }: { ctx: PageCtx; state: FormState; sentMinutes?: number }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('accounts.forgot.title')}>
      <h1>{t('accounts.forgot.title')}</h1>
      {sentMinutes !== undefined ? (
        <p class="flash" role="status">
          {t('accounts.forgot.sent', { minutes: sentMinutes })}
        </p>
      ) : (
        <>
          <p>{t('accounts.forgot.lead')}</p>
          <Form ctx={ctx} action="/forgot-password" state={state}>
            <Field ctx={ctx} state={state} name="email" type="email" label={t('accounts.field.email')} autocomplete="email" required dir="ltr" />
            <div class="actions">
              <button type="submit">{t('accounts.forgot.submit')}</button>
            </div>
          </Form>
        </>
      )}
    </Layout>
  );
}

export function ResetPasswordPage({ ctx, state, token }: { ctx: PageCtx; state: FormState; token: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('accounts.reset.title')}>
      <h1>{t('accounts.reset.title')}</h1>
      <Form ctx={ctx} action="/reset-password" state={state}>
        <input type="hidden" name="token" value={token} />
        <Field ctx={ctx} state={state} name="password" type="password" label={t('accounts.field.new_password')} hint={t('accounts.field.password_hint')} autocomplete="new-password" required dir="ltr" />
        <div class="actions">
          <button type="submit">{t('accounts.reset.submit')}</button>
        </div>
      </Form>
    </Layout>
  );
}

export interface SettingsData {
  email: string;
  emailVerified: boolean;
  displayName: string;
  phone: string | null;
  roles: string[];
  sessions: SessionView[];
  tokens: AccessTokenView[];
  newToken?: string | undefined;
  timeZone: string;
  now: Date;
}

/** "London — United Kingdom Time (GMT+1)": the city tells apart zones that share a name. */
// On an Urdu page a city without an Urdu name stays in Latin letters with its offset, marked as
// English (lang="en") rather than mixed with the Urdu zone name.
const zoneOption = (ctx: PageCtx, zone: string, now: Date, current: string) => {
  const city = timeZoneCity(zone, ctx.locale);
  const latinOnUrdu = ctx.locale === 'ur' && !city.urdu;
  return (
    <option value={zone} selected={zone === current} lang={latinOnUrdu ? 'en' : undefined}>
      {latinOnUrdu ? `${city.name} (${timeZoneOffset(zone, now)})` : `${city.name} — ${timeZoneLabel(ctx.locale, zone, now)} (${timeZoneOffset(zone, now)})`}
    </option>
  );
};

/** The time zone setting: the common zones first, then every zone by region. */
function TimeZoneForm({ ctx, state, current, now }: { ctx: PageCtx; state: FormState; current: string; now: Date }) {
  const { t } = ctx;
  const chosen = value(state, 'time_zone') || current;
  const error = state.errors.time_zone;
  return (
    <Form ctx={ctx} action="/settings/time-zone" state={state}>
      <div class="field">
        <label for="time_zone">{t('accounts.time_zone.field')}</label>
        <select id="time_zone" name="time_zone" aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'time_zone-error' : undefined}>
          <optgroup label={t('accounts.time_zone.common')}>{COMMON_TIME_ZONES.map((z) => zoneOption(ctx, z, now, chosen))}</optgroup>
          {timeZonesByRegion().map((g) => (
            <optgroup label={t(`accounts.time_zone.region.${g.region}`)}>{g.zones.map((z) => zoneOption(ctx, z, now, (COMMON_TIME_ZONES as readonly string[]).includes(chosen) ? '' : chosen))}</optgroup>
          ))}
        </select>
        <FieldError ctx={ctx} state={state} name="time_zone" />
      </div>
      <div class="actions">
        <button type="submit">{t('accounts.time_zone.submit')}</button>
      </div>
    </Form>
  );
}

export function SettingsPage({ ctx, data, password, email, token, timeZone }: { ctx: PageCtx; data: SettingsData; password: FormState; email: FormState; token: FormState; timeZone: FormState }) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('accounts.settings.title')}>
      <h1>{t('accounts.settings.title')}</h1>

      <section class="card" aria-labelledby="account-h">
        <h2 id="account-h">{t('accounts.settings.account')}</h2>
        <p dir="auto">{data.displayName}</p>
        <p>
          <bdi>{data.email}</bdi> · {data.emailVerified ? t('accounts.settings.verified') : t('accounts.settings.unverified')}
        </p>
        {data.phone ? (
          <p>
            <bdi>{displayPakistaniMobile(data.phone)}</bdi>
          </p>
        ) : null}
        <p>
          {t('accounts.settings.roles')}: {data.roles.map((r) => t(`accounts.role.${r}`)).join('، ')}
        </p>
        {!data.emailVerified ? (
          <form method="post" action="/verify-email/resend">
            <CsrfField ctx={ctx} />
            <button type="submit" class="secondary">{t('accounts.verify.resend')}</button>
          </form>
        ) : null}
      </section>

      <section class="card" aria-labelledby="time-zone-h" id="time-zone">
        <h2 id="time-zone-h">{t('accounts.time_zone.title')}</h2>
        <p>{t('accounts.time_zone.lead')}</p>
        <p>{t('accounts.time_zone.now', { time: formatDateTime(locale, data.now, data.timeZone) })}</p>
        <TimeZoneForm ctx={ctx} state={timeZone} current={data.timeZone} now={data.now} />
      </section>

      <section class="card" aria-labelledby="notifications-h">
        <h2 id="notifications-h">{t('notifications.title')}</h2>
        <p>
          <a href="/settings/notifications">{t('notifications.settings.link')}</a>
        </p>
      </section>

      <section class="card" aria-labelledby="password-h">
        <h2 id="password-h">{t('accounts.settings.password')}</h2>
        <Form ctx={ctx} action="/settings/password" state={password}>
          <Field ctx={ctx} state={password} name="current_password" type="password" label={t('accounts.field.current_password')} autocomplete="current-password" required dir="ltr" />
          <Field ctx={ctx} state={password} name="password" type="password" label={t('accounts.field.new_password')} hint={t('accounts.field.password_hint')} autocomplete="new-password" required dir="ltr" />
          <div class="actions">
            <button type="submit">{t('accounts.settings.password_submit')}</button>
          </div>
        </Form>
      </section>

      <section class="card" aria-labelledby="email-h">
        <h2 id="email-h">{t('accounts.settings.email')}</h2>
        <Form ctx={ctx} action="/settings/email" state={email}>
          <Field ctx={ctx} state={email} name="email" type="email" label={t('accounts.field.new_email')} autocomplete="email" required dir="ltr" />
          <Field ctx={ctx} state={email} name="current_password" type="password" label={t('accounts.field.current_password')} autocomplete="current-password" required dir="ltr" />
          <div class="actions">
            <button type="submit">{t('accounts.settings.email_submit')}</button>
          </div>
        </Form>
      </section>

      <section class="card" aria-labelledby="sessions-h" id="sessions">
        <h2 id="sessions-h">{t('accounts.sessions.title')}</h2>
        <ul class="steps">
          {data.sessions.map((s) => (
            <li class="session">
              <strong>{t('accounts.sessions.device', { browser: t(s.browser), os: t(s.os) })}</strong>
              {s.current ? <span> · {t('accounts.sessions.this_device')}</span> : null}
              <br />
              <span class="muted">
                {t('accounts.sessions.last_seen', { when: formatDateTime(locale, s.lastSeenAt) })} · <bdi>{s.ip}</bdi>
              </span>
              <br />
              <span class="muted">{t('accounts.sessions.signed_in', { when: formatDateTime(locale, s.createdAt) })}</span>
              {s.current ? null : (
                <form method="post" action={`/settings/sessions/${s.id}/revoke`}>
                  <CsrfField ctx={ctx} />
                  <button type="submit" class="secondary small">{t('accounts.sessions.revoke')}</button>
                </form>
              )}
            </li>
          ))}
        </ul>
        <form method="post" action="/settings/sessions/revoke-all">
          <CsrfField ctx={ctx} />
          <button type="submit" class="danger">{t('accounts.sessions.revoke_all')}</button>
        </form>
      </section>

      <section class="card" aria-labelledby="tokens-h" id="tokens">
        <h2 id="tokens-h">{t('accounts.tokens.title')}</h2>
        <p class="muted">{t('accounts.tokens.lead')}</p>
        {data.newToken ? (
          <p class="flash" role="status">
            {t('accounts.tokens.created')} <code class="new-token">{data.newToken}</code>
          </p>
        ) : null}
        {data.tokens.length === 0 ? <p>{t('accounts.tokens.none')}</p> : null}
        <ul class="steps">
          {data.tokens.map((tk) => (
            <li>
              <strong dir="auto">{tk.name}</strong> <code>{tk.prefix}…</code>
              <br />
              <span class="muted">{tk.lastUsedAt ? t('accounts.tokens.last_used', { when: formatDateTime(locale, tk.lastUsedAt) }) : t('accounts.tokens.never_used')}</span>
              <form method="post" action={`/settings/tokens/${tk.id}/revoke`}>
                <CsrfField ctx={ctx} />
                <button type="submit" class="secondary small">{t('accounts.tokens.revoke')}</button>
              </form>
            </li>
          ))}
        </ul>
        <Form ctx={ctx} action="/settings/tokens" state={token}>
          <Field ctx={ctx} state={token} name="name" label={t('accounts.tokens.name')} required maxlength={60} />
          <div class="actions">
            <button type="submit">{t('accounts.tokens.create')}</button>
          </div>
        </Form>
      </section>
    </Layout>
  );
}
