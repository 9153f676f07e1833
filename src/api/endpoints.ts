// The JSON API under /api/v1: every endpoint, each a thin call into the accounts service (the
// same use cases the pages call). Declared once here; see openapi.ts for how a declaration becomes
// a route, an OpenAPI operation and a line on the /api page.
import { deleteCookie } from 'hono/cookie';
import type { z } from 'zod';
import {
  accessTokenInput,
  changePasswordInput,
  languageInput,
  logInInput,
  resetInput,
  resetRequestInput,
  signUpInput,
  timeZoneInput,
} from '../accounts/domain.ts';
import { requestMeta, setLanguageCookie, setSessionCookie } from '../accounts/routes.tsx';
import * as accounts from '../accounts/service.ts';
import type { Actor } from '../platform/actor.ts';
import { COOKIE, type Ctx } from '../platform/http.ts';
import { type Endpoint, endpoint } from './openapi.ts';
import {
  acceptedResponse,
  accessTokenListResponse,
  checkEmailResponse,
  createdAccessTokenResponse,
  iso,
  languageResponse,
  logInResponse,
  meResponse,
  sessionListResponse,
  timeZoneResponse,
} from './schemas.ts';

const deps = (c: Ctx) => c.get('deps');

/** The service's `me`, with its roles typed as the answer schema lists them (checked when sent). */
async function me(c: Ctx, actor: Actor | null): Promise<z.input<typeof meResponse>> {
  const m = await accounts.getMe(deps(c), actor);
  return { ...m, roles: m.roles as z.input<typeof meResponse>['roles'] };
}
const V1 = '/api/v1';

export const accountEndpoints: readonly Endpoint[] = [
  endpoint({
    operationId: 'signUp',
    method: 'post',
    path: `${V1}/signup`,
    tag: 'accounts',
    auth: 'none',
    request: { name: 'SignUpRequest', schema: signUpInput },
    status: 202,
    response: checkEmailResponse,
    problems: ['rate.limited'],
    async handle(c, body) {
      // The same answer whether or not the address was already registered (see accounts.signUp).
      const { email } = await accounts.signUp(deps(c), body, requestMeta(c), c.get('locale'));
      return { status: 'check_email' as const, email };
    },
  }),
  endpoint({
    operationId: 'logIn',
    method: 'post',
    path: `${V1}/login`,
    tag: 'accounts',
    auth: 'none',
    request: { name: 'LogInRequest', schema: logInInput },
    status: 200,
    response: logInResponse,
    problems: ['auth.invalid_credentials', 'rate.limited'],
    async handle(c, body) {
      const { sessionToken, actor } = await accounts.logIn(deps(c), body, requestMeta(c));
      setSessionCookie(c, sessionToken);
      setLanguageCookie(c, actor.locale);
      return { user: await me(c, actor) };
    },
  }),
  endpoint({
    operationId: 'logOut',
    method: 'post',
    path: `${V1}/logout`,
    tag: 'accounts',
    auth: 'optional',
    status: 204,
    async handle(c) {
      await accounts.logOut(deps(c), c.get('actor'));
      deleteCookie(c, COOKIE.session, { path: '/' });
      return undefined;
    },
  }),
  endpoint({
    operationId: 'getMe',
    method: 'get',
    path: `${V1}/me`,
    tag: 'accounts',
    auth: 'required',
    status: 200,
    response: meResponse,
    handle: (c) => me(c, c.get('actor')),
  }),
  endpoint({
    operationId: 'requestPasswordReset',
    method: 'post',
    path: `${V1}/password/forgot`,
    tag: 'accounts',
    auth: 'none',
    request: { name: 'PasswordForgotRequest', schema: resetRequestInput },
    status: 202,
    response: acceptedResponse,
    problems: ['rate.limited'],
    async handle(c, body) {
      // Always the same answer; a mail goes out only when the address has an account.
      await accounts.requestPasswordReset(deps(c), body, requestMeta(c));
      return { status: 'check_email' as const };
    },
  }),
  endpoint({
    operationId: 'resetPassword',
    method: 'post',
    path: `${V1}/password/reset`,
    tag: 'accounts',
    auth: 'none',
    request: { name: 'PasswordResetRequest', schema: resetInput },
    status: 204,
    problems: ['auth.token_invalid'],
    async handle(c, body) {
      // Every session of the account ends, this one included.
      await accounts.resetPassword(deps(c), body, requestMeta(c));
      deleteCookie(c, COOKIE.session, { path: '/' });
      return undefined;
    },
  }),
  endpoint({
    operationId: 'changePassword',
    method: 'put',
    path: `${V1}/password`,
    tag: 'accounts',
    auth: 'required',
    request: { name: 'PasswordChangeRequest', schema: changePasswordInput },
    status: 204,
    problems: ['auth.wrong_password', 'rate.limited'],
    async handle(c, body) {
      await accounts.changePassword(deps(c), c.get('actor'), body);
      return undefined;
    },
  }),
  endpoint({
    operationId: 'listSessions',
    method: 'get',
    path: `${V1}/sessions`,
    tag: 'sessions',
    auth: 'required',
    status: 200,
    response: sessionListResponse,
    async handle(c) {
      const sessions = await accounts.listSessions(deps(c), c.get('actor'));
      return {
        sessions: sessions.map((s) => ({ id: s.id, browser: c.get('t')(s.browser), os: c.get('t')(s.os), ip: s.ip, created_at: iso(s.createdAt), last_seen_at: iso(s.lastSeenAt), current: s.current })),
      };
    },
  }),
  endpoint({
    operationId: 'revokeSession',
    method: 'delete',
    path: `${V1}/sessions/{id}`,
    tag: 'sessions',
    auth: 'required',
    params: { id: 'api.param.session_id' },
    status: 204,
    problems: ['auth.session_not_found'],
    async handle(c) {
      const actor = c.get('actor');
      const id = c.req.param('id') ?? '';
      await accounts.revokeSession(deps(c), actor, id);
      if (actor?.sessionId === id) deleteCookie(c, COOKIE.session, { path: '/' });
      return undefined;
    },
  }),
  endpoint({
    operationId: 'revokeAllSessions',
    method: 'delete',
    path: `${V1}/sessions`,
    tag: 'sessions',
    auth: 'required',
    status: 204,
    async handle(c) {
      await accounts.logOutEverywhere(deps(c), c.get('actor'));
      deleteCookie(c, COOKIE.session, { path: '/' });
      return undefined;
    },
  }),
  endpoint({
    operationId: 'getLanguage',
    method: 'get',
    path: `${V1}/language`,
    tag: 'language',
    auth: 'optional',
    status: 200,
    response: languageResponse,
    handle: async (c) => ({ locale: c.get('locale') }),
  }),
  endpoint({
    operationId: 'setLanguage',
    method: 'put',
    path: `${V1}/language`,
    tag: 'language',
    auth: 'optional',
    request: { name: 'LanguageRequest', schema: languageInput },
    status: 200,
    response: languageResponse,
    async handle(c, body) {
      const locale = await accounts.setLanguage(deps(c), c.get('actor'), body);
      setLanguageCookie(c, locale);
      return { locale };
    },
  }),
  endpoint({
    operationId: 'setTimeZone',
    method: 'put',
    path: `${V1}/me/time-zone`,
    tag: 'accounts',
    auth: 'required',
    request: { name: 'TimeZoneRequest', schema: timeZoneInput },
    status: 200,
    response: timeZoneResponse,
    async handle(c, body) {
      return { time_zone: await accounts.setTimeZone(deps(c), c.get('actor'), body) };
    },
  }),
  endpoint({
    operationId: 'listAccessTokens',
    method: 'get',
    path: `${V1}/tokens`,
    tag: 'tokens',
    auth: 'required',
    status: 200,
    response: accessTokenListResponse,
    async handle(c) {
      const tokens = await accounts.listAccessTokens(deps(c), c.get('actor'));
      return { tokens: tokens.map((t) => ({ id: t.id, name: t.name, prefix: t.prefix, created_at: iso(t.createdAt), last_used_at: t.lastUsedAt ? iso(t.lastUsedAt) : null })) };
    },
  }),
  endpoint({
    operationId: 'createAccessToken',
    method: 'post',
    path: `${V1}/tokens`,
    tag: 'tokens',
    auth: 'required',
    request: { name: 'AccessTokenRequest', schema: accessTokenInput },
    status: 201,
    response: createdAccessTokenResponse,
    async handle(c, body) {
      const { token, view } = await accounts.createAccessToken(deps(c), c.get('actor'), body);
      return { id: view.id, name: view.name, token, prefix: view.prefix, created_at: iso(view.createdAt) };
    },
  }),
  endpoint({
    operationId: 'revokeAccessToken',
    method: 'delete',
    path: `${V1}/tokens/{id}`,
    tag: 'tokens',
    auth: 'required',
    params: { id: 'api.param.token_id' },
    status: 204,
    problems: ['auth.access_token_not_found'],
    async handle(c) {
      await accounts.revokeAccessToken(deps(c), c.get('actor'), c.req.param('id') ?? '');
      return undefined;
    },
  }),
];
