// The page shell: language, direction, font, navigation, the language switch and flash messages.
// Every page is rendered through render(), which writes the doctype.
import type { Child } from 'hono/jsx';
import type { Actor } from './actor.ts';
import { assetUrl } from './assets.ts';
import { sendText } from './compression.ts';
import { type Ctx, csrfToken, type HeaderCounts, takeFlash } from './http.ts';
import { dir, type Locale, type T } from './i18n.ts';

export interface PageCtx {
  t: T;
  locale: Locale;
  actor: Actor | null;
  csrf: string;
  path: string;
  requestId: string;
  flash?: string | undefined;
  /** Unread messages and notifications for a signed-in person's page (the header's badges). */
  counts?: HeaderCounts | undefined;
}

export function pageCtx(c: Ctx): PageCtx {
  const url = new URL(c.req.url);
  return {
    t: c.get('t'),
    locale: c.get('locale'),
    actor: c.get('actor'),
    // Read only by forms; the first read sets the CSRF cookie.
    get csrf() {
      return csrfToken(c);
    },
    path: url.pathname + url.search,
    requestId: c.get('requestId'),
    flash: takeFlash(c),
    counts: c.get('counts'),
  };
}

export function render(c: Ctx, page: Child, status = 200): Response {
  c.header('cache-control', 'no-store');
  return sendText(c, `<!doctype html>${String(page)}`, 'text/html; charset=UTF-8', status);
}

export function CsrfField({ ctx }: { ctx: PageCtx }) {
  return <input type="hidden" name="_csrf" value={ctx.csrf} />;
}

function LanguageSwitch({ ctx }: { ctx: PageCtx }) {
  const other: Locale = ctx.locale === 'ur' ? 'en' : 'ur';
  const label = other === 'ur' ? 'اردو' : 'English';
  if (!ctx.actor) {
    // A visitor's choice is only a cookie, so a plain link does it (docs/decisions/0010); a
    // signed-in person's choice is saved on the account, through a form with its CSRF token.
    return (
      <p class="lang-switch">
        <a href={`/language?locale=${other}&next=${encodeURIComponent(ctx.path)}`} lang={other} hreflang={other}>
          {label}
        </a>
      </p>
    );
  }
  return (
    <form method="post" action="/language" class="lang-switch">
      <CsrfField ctx={ctx} />
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="next" value={ctx.path} />
      <button type="submit" lang={other} class="link">
        {label}
      </button>
    </form>
  );
}

/**
 * A header link with its unread figure. The figure is a span with `data-badge`, which the live
 * script (public/live.js) updates without a reload; at zero it is hidden. The link reads as
 * "Messages 3"; the title says "3 unread".
 */
function Counted(p: { href: string; label: string; n: number; badge: string; unread: string; bell?: boolean }) {
  return (
    <a href={p.href} class={p.bell ? 'counted bell' : 'counted'}>
      {p.label}
      <span class="badge" data-badge={p.badge} title={p.unread} hidden={p.n === 0}>
        {p.n > 99 ? '99+' : String(p.n)}
      </span>
    </a>
  );
}

function Nav({ ctx }: { ctx: PageCtx }) {
  const { t, actor } = ctx;
  return (
    <nav aria-label={t('nav.label')}>
      <ul>
        <li><a href="/search">{t('nav.search')}</a></li>
        <li><a href="/jobs">{t('nav.jobs')}</a></li>
        <li><a href="/academy">{t('academy.nav')}</a></li>
        <li><a href="/community">{t('community.nav')}</a></li>
        {actor ? (
          <>
            <li><a href="/dashboard">{t('nav.dashboard')}</a></li>
            <li>
              <Counted href="/messages" label={t('nav.messages')} n={ctx.counts?.messages ?? 0} badge="messages" unread={t('nav.unread', { n: ctx.counts?.messages ?? 0 })} />
            </li>
            <li>
              <Counted href="/notifications" label={t('nav.notifications')} n={ctx.counts?.notifications ?? 0} badge="notifications" unread={t('nav.unread', { n: ctx.counts?.notifications ?? 0 })} bell />
            </li>
            {actor.isAdmin ? <li><a href="/admin">{t('nav.admin')}</a></li> : null}
            <li><a href="/settings">{t('nav.settings')}</a></li>
            <li>
              <form method="post" action="/logout">
                <CsrfField ctx={ctx} />
                <button type="submit" class="link">{t('nav.logout')}</button>
              </form>
            </li>
          </>
        ) : (
          <>
            <li><a href="/login">{t('nav.login')}</a></li>
            <li><a href="/signup" class="button small">{t('nav.signup')}</a></li>
          </>
        )}
      </ul>
    </nav>
  );
}

/** `refresh`: the page reloads itself (a same-site path) after that many seconds, without JavaScript. */
export function Layout(props: { ctx: PageCtx; title: string; children?: Child; wide?: boolean; refresh?: { seconds: number; url: string } | undefined }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <html lang={ctx.locale} dir={dir(ctx.locale)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${t('app.name')}`}</title>
        <meta name="description" content={t('app.tagline')} />
        <link rel="stylesheet" href={assetUrl('app.css')} />
        <link rel="icon" href={assetUrl('icon.svg')} type="image/svg+xml" />
        {ctx.actor ? <script src={assetUrl('live.js')} defer></script> : null}
        {props.refresh ? <meta http-equiv="refresh" content={`${props.refresh.seconds}; url=${props.refresh.url}`} /> : null}
      </head>
      <body>
        <a class="skip" href="#main">{t('nav.skip')}</a>
        <header class="site">
          <a href="/" class="brand" title={t('app.home_link')}>
            {t('app.name')}
          </a>
          <LanguageSwitch ctx={ctx} />
          <Nav ctx={ctx} />
        </header>
        <main id="main" class={props.wide ? 'wide' : undefined}>
          {ctx.flash ? (
            <p class="flash" role="status">
              {t(ctx.flash)}
            </p>
          ) : null}
          {props.children}
        </main>
        <footer class="site">
          <p>{t('footer.open_source')}</p>
          <p>
            <a href="/fees">{t('fees.footer_link')}</a> · <a href="/api">{t('footer.api')}</a>
          </p>
          <p class="footer-pages">
            <a href="/help">{t('content.help')}</a> · <a href="/contact">{t('content.contact')}</a> · <a href="/terms">{t('content.terms')}</a> · <a href="/privacy">{t('content.privacy')}</a>
          </p>
        </footer>
      </body>
    </html>
  );
}

/** A translated error page: the message and the request id, never a stack trace. */
export function ErrorPage({ ctx, status, message }: { ctx: PageCtx; status: number; message: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t(status === 404 ? 'errors.page_not_found_title' : 'errors.page_title')}>
      <h1>{t(status === 404 ? 'errors.page_not_found_title' : 'errors.page_title')}</h1>
      <p class="error-message">{message}</p>
      <p class="muted">
        {t('errors.request_id')} <code>{ctx.requestId}</code>
      </p>
      <p>
        <a href="/">{t('errors.go_home')}</a>
      </p>
    </Layout>
  );
}
