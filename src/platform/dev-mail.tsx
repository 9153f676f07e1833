// The development mail viewer: the outbox, newest first. Refused when NODE_ENV=production.
import { AppError } from './errors.ts';
import type { App } from './http.ts';
import { formatDateTime } from './format.ts';
import { Layout, pageCtx, render } from './layout.tsx';

export function mountDevMail(app: App): void {
  app.get('/dev/mail', async (c) => {
    const deps = c.get('deps');
    if (deps.config.NODE_ENV === 'production') throw new AppError('dev.disabled');
    const to = c.req.query('to');
    let q = deps.db.selectFrom('mail_outbox').selectAll().orderBy('created_at', 'desc').limit(50);
    if (to) q = q.where('to_address', '=', to.toLowerCase());
    const mails = await q.execute();
    if (c.req.query('format') === 'json') {
      return c.json(mails.map((m) => ({ id: m.id, to: m.to_address, subject: m.subject, text: m.text_body, locale: m.locale, headers: m.headers ?? {}, created_at: m.created_at })));
    }
    const ctx = pageCtx(c);
    return render(
      c,
      <Layout ctx={ctx} title={ctx.t('devmail.title')} wide>
        <h1>{ctx.t('devmail.title')}</h1>
        <p class="muted">{ctx.t('devmail.lead')}</p>
        {mails.length === 0 ? <p>{ctx.t('devmail.empty')}</p> : null}
        {mails.map((m) => (
          <article class="card">
            <h2 dir="auto">{m.subject}</h2>
            <p class="muted">
              {m.to_address} · {formatDateTime(ctx.locale, m.created_at)}
            </p>
            {m.headers
              ? Object.entries(m.headers).map(([name, value]) => (
                  <p class="muted small" dir="ltr">
                    <code>
                      {name}: {value}
                    </code>
                  </p>
                ))
              : null}
            <pre dir="auto" lang={m.locale} class="mail-text">
              {m.text_body.split(/(https?:\/\/\S+)/).map((part) => (/^https?:\/\//.test(part) ? <a href={part}>{part}</a> : part))}
            </pre>
          </article>
        ))}
      </Layout>,
    );
  });
}
