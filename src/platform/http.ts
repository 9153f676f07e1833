// The HTTP shell every feature plugs into: request id and JSON logs, metrics, secure headers with
// a strict CSP, body limits, language choice, who is signed in, CSRF, and the one place where
// errors become pages or problem+json responses.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import type { Logger } from 'pino';
import type { Actor } from './actor.ts';
import type { Deps } from './deps.ts';
import { AppError, isAppError } from './errors.ts';
import { unreadableAddress } from './text.ts';
import { type Locale, isLocale, localeFromAcceptLanguage, type T, translator } from './i18n.ts';
import type { Metrics } from './metrics.ts';
import { DEFAULT_TIME_ZONE, withTimeZone } from './time-zone.ts';

export interface AppEnv {
  Variables: {
    requestId: string;
    /** Bound to the request id; made on first use (requestLog), since most requests log one line. */
    log: Logger | undefined;
    locale: Locale;
    t: T;
    actor: Actor | null;
    /** How the actor was recognised: by session cookie or by a personal access token. */
    authVia: 'session' | 'token' | null;
    csrf: string;
    deps: Deps;
    /** The header's unread figures for a signed-in person's page (undefined elsewhere). */
    counts: HeaderCounts | undefined;
  };
}

/** What the header shows beside Messages and the bell. */
export interface HeaderCounts {
  messages: number;
  notifications: number;
}

export type App = Hono<AppEnv>;
export type Ctx = Context<AppEnv>;

export const COOKIE = { session: 'hunar_session', lang: 'hunar_lang', csrf: 'hunar_csrf', flash: 'hunar_flash' } as const;

export interface Authenticator {
  bySessionToken(token: string, ctx: Ctx): Promise<Actor | null>;
  byAccessToken(token: string): Promise<Actor | null>;
}

export interface HttpOptions {
  deps: Deps;
  metrics: Metrics;
  auth: Authenticator;
  /** Renders an error page in the request's language. */
  errorPage: (c: Ctx, status: number, message: string) => Response | Promise<Response>;
  /** The header's unread figures, read for a signed-in person's page requests only. */
  headerCounts?: (userId: string) => Promise<HeaderCounts>;
}

// A strict policy: no inline script or style anywhere, nothing from other origins, no framing.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ');

const SECURITY_HEADERS: [string, string][] = [
  ['content-security-policy', CSP],
  ['x-content-type-options', 'nosniff'],
  ['x-frame-options', 'DENY'],
  ['referrer-policy', 'strict-origin-when-cross-origin'],
  ['cross-origin-opener-policy', 'same-origin'],
  ['cross-origin-resource-policy', 'same-origin'],
  ['permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()'],
  ['x-permitted-cross-domain-policies', 'none'],
];

export const MAX_FORM_BYTES = 256 * 1024;
/**
 * Routes that take a file (acceptUploads) accept a larger body: the largest file any of them
 * takes (a 10 MB job attachment, src/media/domain.ts) plus room for the form around it.
 */
export const MAX_UPLOAD_MB = 10;
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024 + 64 * 1024;

// Each app's upload routes, as patterns on the path (see acceptUploads).
const uploadRoutes = new WeakMap<Hono<AppEnv>, RegExp[]>();

/**
 * Lets POST and PUT requests to this route (a Hono path such as /gigs/:id/images) carry up to
 * MAX_UPLOAD_BYTES instead of MAX_FORM_BYTES. Every other route keeps the small limit.
 */
export function acceptUploads(app: App, route: string): void {
  uploadRoutes.get(app)?.push(routePattern(route));
}

function routePattern(route: string): RegExp {
  const pattern = route
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${pattern}$`);
}

// Each app's routes that take a POST without a CSRF token (see exemptFromCsrf).
const csrfExemptRoutes = new WeakMap<Hono<AppEnv>, RegExp[]>();

/**
 * Lets POSTs to this route (a Hono path) through without a CSRF token. Only for a route that acts
 * on no session at all but on a secret in its own address: the one-click unsubscribe of RFC 8058,
 * which a mail client POSTs without any cookie (src/notifications).
 */
export function exemptFromCsrf(app: App, route: string): void {
  csrfExemptRoutes.get(app)?.push(routePattern(route));
}

export function isApi(c: Context): boolean {
  return c.req.path.startsWith('/api/');
}

export function isSecure(c: Context, deps: Deps): boolean {
  return deps.config.baseUrl.startsWith('https://') || (deps.config.TRUST_PROXY && c.req.header('x-forwarded-proto') === 'https');
}

export function clientIp(c: Context, deps: Deps): string {
  if (deps.config.TRUST_PROXY) {
    const fwd = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (fwd) return fwd;
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The language cookie, else Accept-Language, else English (the account's choice comes first when known). */
function requestLocale(c: Context): Locale {
  const cookie = getCookie(c, COOKIE.lang);
  return (isLocale(cookie) ? cookie : undefined) ?? localeFromAcceptLanguage(c.req.header('accept-language')) ?? 'en';
}

// Request ids: unique per process start without spending randomness on every request.
const processTag = randomBytes(4).toString('hex');
let requestCount = 0;

/** Paths that never render the page shell: files, assets and health. */
const NO_PAGE = /^\/(?:media|assets|healthz|readyz|metrics|events)(?:\/|$)|\/after\/[^/]+$/;

export function createApp(opts: HttpOptions): App {
  const { deps, metrics, auth } = opts;
  const app = new Hono<AppEnv>();
  const securityHeaders: [string, string][] = deps.config.baseUrl.startsWith('https://')
    ? [...SECURITY_HEADERS, ['strict-transport-security', 'max-age=31536000; includeSubDomains']]
    : SECURITY_HEADERS;

  const base: MiddlewareHandler<AppEnv> = async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w.-]{8,64}$/.test(incoming) ? incoming : `${processTag}-${(++requestCount).toString(36)}`;
    c.set('requestId', requestId);
    // Set before the handler runs, so the response is built with them in one go.
    c.header('x-request-id', requestId);
    for (const [name, value] of securityHeaders) c.header(name, value);
    c.set('log', undefined);
    c.set('deps', deps);
    c.set('actor', null);
    c.set('authVia', null);
    // A first guess from the cookie or Accept-Language, so errors raised before we know who is
    // asking (an oversized body, a revoked token) are still in the caller's language.
    const early = requestLocale(c);
    c.set('locale', early);
    c.set('t', translator(early));
    await next();
    const seconds = (performance.now() - started) / 1000;
    // Unmatched paths share one label, so scanners cannot blow up the metric's cardinality.
    const route = !c.req.routePath || c.req.routePath === '/*' ? 'unmatched' : c.req.routePath;
    metrics.observe(c.req.method, route, c.res.status, seconds);
    if (deps.log.isLevelEnabled('info')) {
      deps.log.info({ requestId, method: c.req.method, path: c.req.path, route, status: c.res.status, ms: Math.round(seconds * 1000) }, 'request');
    }
  };

  app.use('*', base);
  // An address with a NUL or bytes that are not UTF-8 is refused before any route reads it.
  app.use('*', (c, next) => {
    const url = c.req.url;
    if (unreadableAddress(url.slice(url.indexOf('/', url.indexOf('//') + 2)))) throw new AppError('request.bad_text');
    return next();
  });
  // Only requests that carry a body are limited: asking for the body of a GET makes the Node
  // adapter build a full web Request, which costs more than the rest of a cached page.
  const limitBody = bodyLimit({
    maxSize: MAX_FORM_BYTES,
    onError: () => {
      throw new AppError('request.too_large', { kb: MAX_FORM_BYTES / 1024 });
    },
  });
  const limitUpload = bodyLimit({
    maxSize: MAX_UPLOAD_BYTES,
    onError: () => {
      throw new AppError('media.too_large', { mb: MAX_UPLOAD_MB });
    },
  });
  const uploads: RegExp[] = [];
  uploadRoutes.set(app, uploads);
  const csrfExempt: RegExp[] = [];
  csrfExemptRoutes.set(app, csrfExempt);
  app.use('*', (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const upload = uploads.some((r) => r.test(c.req.path));
    // Through Node's server, a body of declared length is limited by its Content-Length (Node reads
    // no more than that), and a request with neither that nor Transfer-Encoding has no body. Only a
    // chunked body (or a request made in-process) goes to hono's bodyLimit, which counts the bytes as
    // they arrive but first builds a full web Request around the Node request: for a small API call
    // that cost more than the rest of it (a 404 behind the same middleware: 0.11 ms per POST against
    // 0.04 ms per GET).
    const headers = (c.env as { incoming?: { headers: Record<string, string | string[] | undefined> } } | undefined)?.incoming?.headers;
    if (headers && headers['transfer-encoding'] === undefined) {
      const declared = headers['content-length'];
      if (declared === undefined) return next();
      const size = Number(declared);
      if (Number.isSafeInteger(size) && size >= 0 && size <= (upload ? MAX_UPLOAD_BYTES : MAX_FORM_BYTES)) return next();
    }
    return upload ? limitUpload(c, next) : limitBody(c, next);
  });

  // Who is asking: a personal access token (API only) or the session cookie.
  app.use('*', async (c, next) => {
    const bearer = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (bearer && isApi(c)) {
      const actor = await auth.byAccessToken(bearer);
      if (!actor) throw new AppError('auth.required');
      c.set('actor', actor);
      c.set('authVia', 'token');
    } else {
      const token = getCookie(c, COOKIE.session);
      if (token) {
        const actor = await auth.bySessionToken(token, c);
        if (actor) {
          c.set('actor', actor);
          c.set('authVia', 'session');
        }
      }
    }
    await next();
  });

  // Language and time zone: the account's choice, else the cookie, else Accept-Language, else English.
  app.use('*', async (c, next) => {
    const actor = c.get('actor');
    const locale: Locale = actor?.locale ?? requestLocale(c);
    c.set('locale', locale);
    c.set('t', translator(locale));
    c.header('content-language', locale);
    c.header('vary', 'Cookie, Accept-Language');
    // Time zone: the account's choice, else Asia/Karachi (time-zone.ts); every date format.ts writes
    // while this request runs is in it.
    const zone = actor?.timeZone;
    if (zone && zone !== DEFAULT_TIME_ZONE) await withTimeZone(zone, next);
    else await next();
  });

  // The header's unread figures: only for a signed-in person's pages (GET, not the API, files or
  // assets), where the layout shows them; two indexed counts.
  app.use('*', async (c, next) => {
    c.set('counts', undefined);
    const actor = c.get('actor');
    if (opts.headerCounts && actor && c.req.method === 'GET' && !isApi(c) && !NO_PAGE.test(c.req.path)) {
      c.set('counts', await opts.headerCounts(actor.userId));
    }
    await next();
  });

  // CSRF: pages use a synchroniser token (cookie + hidden _csrf field, compared in constant time);
  // the cookie-authenticated API demands JSON (a cross-site form cannot send it without a CORS
  // preflight, which we never grant) and a same-origin Origin header when one is sent.
  // The cookie is made only when a page first renders a form (csrfToken), so pages without forms
  // stay the same for every anonymous visitor and can be cached (page-cache.ts).
  app.use('*', async (c, next) => {
    const cookie = getCookie(c, COOKIE.csrf);
    const token = cookie && /^[\w-]{43}$/.test(cookie) ? cookie : '';
    c.set('csrf', token);
    const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) && !csrfExempt.some((r) => r.test(c.req.path));
    if (unsafe) {
      if (isApi(c)) {
        if (c.get('authVia') !== 'token') {
          const type = c.req.header('content-type') ?? '';
          const origin = c.req.header('origin');
          const sameOrigin = !origin || origin === new URL(c.req.url).origin || origin === deps.config.baseUrl;
          if (!sameOrigin) throw new AppError('csrf.invalid');
          if (c.req.method !== 'DELETE' && !type.startsWith('application/json')) {
            // Uploads are multipart, which a cross-site form can send: from a browser session they
            // need the page's CSRF token in the X-CSRF-Token header (which such a form cannot set).
            // Without a session there is nothing to forge, and the endpoint answers 401 itself.
            if (!type.startsWith('multipart/form-data')) throw new AppError('csrf.invalid');
            const sent = c.req.header('x-csrf-token') ?? '';
            if (c.get('authVia') === 'session' && (!sent || !token || !safeEqual(sent, formToken(deps.config.secret, token)))) throw new AppError('csrf.invalid');
          }
        }
      } else {
        const type = c.req.header('content-type') ?? '';
        let sent = c.req.header('x-csrf-token') ?? '';
        if (!sent && (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data'))) {
          // A body that is not a readable form carries no token either.
          const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
          sent = typeof body._csrf === 'string' ? body._csrf : '';
        }
        if (!sent || !token || !safeEqual(sent, formToken(deps.config.secret, token))) throw new AppError('csrf.invalid');
      }
    }
    await next();
  });

  const render = (c: Ctx, appError: AppError) => {
    const t = c.get('t') ?? translator('en');
    const requestId = c.get('requestId') ?? '-';
    const message = t(`errors.${appError.code}`, appError.params);
    if (appError.status === 429) c.header('retry-after', String(Number(appError.params.minutes ?? 1) * 60));
    if (appError.code === 'receipts.pdf_preparing') c.header('retry-after', String(appError.params.seconds ?? 3));
    if (isApi(c)) {
      const fields = Object.fromEntries(Object.entries(appError.fields).map(([k, v]) => [k, t(v.key, v.params)]));
      return c.json(
        {
          type: `https://hunar.pk/problems/${appError.code}`,
          title: message,
          status: appError.status,
          code: appError.code,
          request_id: requestId,
          ...(Object.keys(fields).length ? { errors: fields } : {}),
        },
        appError.status as 400,
        { 'content-type': 'application/problem+json; charset=utf-8' },
      );
    }
    return opts.errorPage(c, appError.status, message);
  };

  app.onError((err, c) => {
    const ctx = c as Ctx;
    if (isAppError(err)) return render(ctx, err);
    requestLog(ctx).error({ err }, 'unhandled error');
    return render(ctx, new AppError('internal'));
  });

  app.notFound((c) => render(c as Ctx, new AppError('not_found')));

  return app;
}

/**
 * What a form carries is an HMAC of the cookie under SESSION_SECRET, so someone who can plant a
 * cookie (from a sibling subdomain, say) still cannot make a token that matches it.
 */
export function formToken(secret: string, cookie: string): string {
  return createHmac('sha256', secret).update(cookie).digest('base64url');
}

/** The logger for this request: every line it writes carries the request id. */
export function requestLog(c: Ctx): Logger {
  let log = c.get('log');
  if (!log) {
    log = c.get('deps').log.child({ requestId: c.get('requestId') });
    c.set('log', log);
  }
  return log;
}

/** The CSRF token for a form on this page, setting its cookie on first use. */
export function csrfToken(c: Ctx): string {
  let cookie = c.get('csrf');
  if (!cookie) {
    cookie = randomBytes(32).toString('base64url');
    setCookie(c, COOKIE.csrf, cookie, { httpOnly: true, sameSite: 'Lax', path: '/', secure: isSecure(c, c.get('deps')) });
    c.set('csrf', cookie);
  }
  return formToken(c.get('deps').config.secret, cookie);
}

/** A one-shot message shown on the next page (after a redirect). Holds an i18n key only. */
export function flash(c: Ctx, key: string): void {
  setCookie(c, COOKIE.flash, key, { httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 60 });
}

export function takeFlash(c: Ctx): string | undefined {
  const key = getCookie(c, COOKIE.flash);
  if (!key) return undefined;
  setCookie(c, COOKIE.flash, '', { path: '/', maxAge: 0 });
  return /^[\w.]{1,80}$/.test(key) ? key : undefined;
}

/** Only local paths, so a ?next= parameter can never send a user to another site. */
export function safeNext(next: string | undefined, fallback = '/dashboard'): string {
  // Browsers drop tabs and newlines inside URLs and read a backslash as a slash, so "/\t/x.com"
  // or "/\\x.com" would leave the site; such paths are refused outright.
  const local = next?.startsWith('/') && !next.startsWith('//') && !/[\\\u0000-\u001f\u007f]/.test(next);
  return local ? next! : fallback;
}
