// The public verification page (/verify and /verify/<code>): no sign-in, in the reader's language.
// It says plainly whether the document is valid or withdrawn, who issued it, and the facts its kind
// shows (src/verify/kinds.ts) — enough for a bank, an embassy or a landlord to compare with the
// paper in their hand, nothing more. /verify also takes a certificate's signed credential (VC-JWT),
// pasted into a form that posts (no script needed), and says whose certificate it is or why not.
import { JWT_MAX, type CertificateView } from '../credentials/service.ts';
import { inLocale } from '../credentials/views.tsx';
import { emptyForm, Form, type FormState, TextArea } from '../platform/form-views.tsx';
import { formatDate } from '../platform/format.ts';
import { Layout, type PageCtx } from '../platform/layout.tsx';
import { formatMoney } from '../platform/money.ts';
import { groupCode, verifyPath } from './domain.ts';
import type { Fact } from './kinds.ts';
import type { Verification } from './service.ts';

const ZONE = 'Asia/Karachi';

/** A fact's value as text in the reader's language. */
export function factText(ctx: Pick<PageCtx, 't' | 'locale'>, v: Fact['value']): string {
  switch (v.type) {
    case 'text':
      return v.text;
    case 'tax_year':
      return ctx.t('verify.tax_year', { year: `TY${v.year}`, from: String(v.year - 1), to: String(v.year) });
    case 'date':
      return formatDate(ctx.locale, v.at, ZONE);
    case 'money':
      return v.amounts.length === 0 ? ctx.t('verify.none') : v.amounts.map((m) => formatMoney(ctx.locale, m, { decimals: 'always' })).join(' · ');
    case 'localized':
      return (ctx.locale === 'ur' ? (v.ur ?? v.en) : (v.en ?? v.ur)) ?? '';
  }
}

/** The form to type a code in (GET, so it works without JavaScript and can be bookmarked). */
function CodeForm({ ctx, value, error }: { ctx: PageCtx; value?: string; error?: string | undefined }) {
  const { t } = ctx;
  return (
    <form method="get" action="/verify" class="stack verify-form">
      <div class="field">
        <label for="code">{t('verify.code_label')}</label>
        <span class="hint" id="code-hint">
          {t('verify.code_hint')}
        </span>
        <input id="code" name="code" type="text" value={value ?? ''} dir="ltr" autocomplete="off" spellcheck={false} maxlength={40} aria-describedby={error ? 'code-hint code-error' : 'code-hint'} aria-invalid={error ? 'true' : undefined} />
        {error ? (
          <p class="error" id="code-error">
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit">{t('verify.submit')}</button>
    </form>
  );
}

/** The form to paste a certificate's VC-JWT in (POST: a JWT is too long for an address). */
function JwtForm({ ctx, state }: { ctx: PageCtx; state: FormState }) {
  const { t } = ctx;
  return (
    <Form ctx={ctx} action="/verify" state={state} class="stack verify-jwt-form">
      <TextArea ctx={ctx} state={state} name="jwt" label={t('verify.jwt.label')} hint={t('verify.jwt.hint')} maxlength={JWT_MAX} rows={5} />
      <button type="submit">{t('verify.jwt.submit')}</button>
    </Form>
  );
}

export function VerifyFormPage({ ctx, value, error, jwt }: { ctx: PageCtx; value?: string; error?: string | undefined; jwt?: FormState }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('verify.title')}>
      <h1>{t('verify.title')}</h1>
      <p>{t('verify.intro')}</p>
      {error ? (
        <p class="alert" role="alert">
          {error}
        </p>
      ) : null}
      <CodeForm ctx={ctx} value={value ?? ''} error={error} />
      <section class="verify-jwt" aria-labelledby="verify-jwt-h">
        <h2 id="verify-jwt-h">{t('verify.jwt.heading')}</h2>
        <p>{t('verify.jwt.intro')}</p>
        <JwtForm ctx={ctx} state={jwt ?? emptyForm} />
      </section>
    </Layout>
  );
}

/** What a pasted certificate's JWT turned out to be: genuine, whose, and whether still valid. */
export function JwtCheckedPage({ ctx, cert }: { ctx: PageCtx; cert: CertificateView }) {
  const { t, locale } = ctx;
  const valid = cert.status === 'valid';
  const course = inLocale(locale, cert.course.titleEn, cert.course.titleUr);
  return (
    <Layout ctx={ctx} title={`${t('verify.jwt.heading')}: ${t(`verify.jwt.${cert.status}`)}`}>
      <h1>{t('verify.jwt.heading')}</h1>
      <section class={`card verification ${cert.status}`} aria-labelledby="verdict">
        <h2 id="verdict" class="verdict">
          {t(`verify.jwt.${cert.status}`)}
        </h2>
        <p>{valid ? t('verify.jwt.valid_body') : t('verify.jwt.revoked_body', { date: formatDate(locale, cert.revokedAt!, ZONE) })}</p>
        <dl class="summary">
          <dt>{t('verify.document')}</dt>
          <dd>{t('credentials.title')}</dd>
          <dt>{t('verify.holder')}</dt>
          <dd>
            <bdi>{cert.learner.name}</bdi>
          </dd>
          <dt>{t('credentials.verify.course')}</dt>
          <dd>
            <bdi>{course}</bdi>
          </dd>
          <dt>{t('verify.issued_on')}</dt>
          <dd>{formatDate(locale, cert.issuedAt, ZONE)}</dd>
          <dt>{t('credentials.page.status')}</dt>
          <dd>{t(`verify.${cert.status}`)}</dd>
          <dt>{t('verify.code')}</dt>
          <dd>
            <bdi dir="ltr" class="code">
              {groupCode(cert.code)}
            </bdi>
          </dd>
        </dl>
        <p>
          <a href={verifyPath(cert.code)}>{t('verify.jwt.page')}</a>
        </p>
      </section>
      <h2>{t('verify.jwt.another')}</h2>
      <JwtForm ctx={ctx} state={emptyForm} />
    </Layout>
  );
}

export function VerificationPage({ ctx, v }: { ctx: PageCtx; v: Verification }) {
  const { t, locale } = ctx;
  const valid = v.status === 'valid';
  const title = t(v.title);
  return (
    <Layout ctx={ctx} title={`${t('verify.title')}: ${title}`}>
      <h1>{t('verify.title')}</h1>
      <section class={`card verification ${v.status}`} aria-labelledby="verdict">
        <h2 id="verdict" class="verdict">
          {t(`verify.${v.status}`)}
        </h2>
        <p>{valid ? t('verify.valid_body', { title }) : t(`verify.${v.status}_body`, { title, date: formatDate(locale, v.withdrawnAt!, ZONE) })}</p>
        <dl class="summary">
          <dt>{t('verify.document')}</dt>
          <dd>{title}</dd>
          <dt>{t('verify.code')}</dt>
          <dd>
            <bdi dir="ltr" class="code">{groupCode(v.code)}</bdi>
          </dd>
          <dt>{t('verify.issuer')}</dt>
          <dd>
            <bdi>{v.issuer.name}</bdi> (<a href={v.issuer.url} dir="ltr">{v.issuer.url}</a>)
          </dd>
          <dt>{t('verify.holder')}</dt>
          <dd>
            <bdi>{v.holder}</bdi>
          </dd>
          <dt>{t('verify.issued_on')}</dt>
          <dd>{formatDate(locale, v.issuedAt, ZONE)}</dd>
          {v.withdrawnAt ? (
            <>
              <dt>{t(`verify.${v.status}_on`)}</dt>
              <dd>{formatDate(locale, v.withdrawnAt, ZONE)}</dd>
            </>
          ) : null}
          {v.facts.map((f) => (
            <>
              <dt>{t(f.label)}</dt>
              <dd>
                {/* Amounts read left to right, a person's words in their own direction, years and dates as the page reads. */}
                {f.value.type === 'money' ? <bdi dir="ltr">{factText(ctx, f.value)}</bdi> : f.value.type === 'text' || f.value.type === 'localized' ? <bdi>{factText(ctx, f.value)}</bdi> : <span>{factText(ctx, f.value)}</span>}
              </dd>
            </>
          ))}
        </dl>
        <p class="muted">{t(valid ? 'verify.compare' : `verify.${v.status}_note`)}</p>
      </section>
      <p class="muted">{t('verify.privacy')}</p>
      <h2>{t('verify.another')}</h2>
      <CodeForm ctx={ctx} />
    </Layout>
  );
}
