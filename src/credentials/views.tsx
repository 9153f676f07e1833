// Certificate pages: the certificate itself at /certificates/<code> (print-ready, in the learner's
// language unless ?lang= asks for the other), its A4 sheet that Chromium prints into the PDF
// (through src/receipts, as year statements), the admins' signing keys page, and the badges a
// profile or gig page shows.
import { raw } from 'hono/html';
import { emptyForm, Form, type FormState, PostButton, TextArea } from '../platform/form-views.tsx';
import { formatDate, ltr } from '../platform/format.ts';
import { Layout, type PageCtx } from '../platform/layout.tsx';
import { groupCode, verifyUrl } from '../verify/domain.ts';
import { encodeQr, qrSvg } from '../verify/qr.ts';
import type { KeyView } from './keys.ts';
import type { ReceiptCtx } from '../receipts/views.tsx';
import type { CertificateReceipt, CertificateView, CredentialListItem } from './service.ts';

const ZONE = 'Asia/Karachi';

/** A name the platform holds in both languages: the reader's first. */
export const inLocale = (locale: string, en: string | null, ur: string | null): string => (locale === 'ur' ? (ur ?? en) : (en ?? ur)) ?? '';

export const certificatePath = (code: string) => `/certificates/${code}`;
/** The certificate's PDF in a language (src/receipts prints it). */
export const certificatePdfPath = (code: string, locale: string) => `${certificatePath(code)}.pdf?lang=${locale}`;

export function CertificatePage({ ctx, cert, baseUrl, issuerName, form }: { ctx: PageCtx; cert: CertificateView; baseUrl: string; issuerName: string; form?: FormState }) {
  const { t, locale } = ctx;
  const course = inLocale(locale, cert.course.titleEn, cert.course.titleUr);
  const skill = inLocale(locale, cert.skill.nameEn, cert.skill.nameUr);
  const url = verifyUrl(baseUrl, cert.code);
  const revoked = cert.status === 'revoked';
  return (
    <Layout ctx={ctx} title={`${t('credentials.page.heading')}: ${course}`}>
      <article class={`certificate ${cert.status}`} aria-labelledby="cert-h">
        <p class="certificate-issuer">{issuerName}</p>
        <h1 id="cert-h">{t('credentials.page.heading')}</h1>
        {revoked && cert.revokedAt ? (
          <p class="withdrawn-banner" role="status">
            {t('credentials.page.revoked_banner', { date: formatDate(locale, cert.revokedAt, ZONE) })}
          </p>
        ) : null}
        <p class="certificate-name">
          <bdi>{cert.learner.name}</bdi>
        </p>
        <p class="certificate-body">{t('credentials.page.body', { name: cert.learner.name, course, issuer: issuerName })}</p>
        <div class="certificate-facts">
          <dl class="doc-meta">
            <dt>{t('credentials.page.skill')}</dt>
            <dd>
              <bdi>{skill}</bdi>
            </dd>
            <dt>{t('credentials.page.issued_on')}</dt>
            <dd>{formatDate(locale, cert.issuedAt, ZONE)}</dd>
            <dt>{t('credentials.page.issuer')}</dt>
            <dd>
              <bdi>{issuerName}</bdi>
            </dd>
            <dt>{t('credentials.page.status')}</dt>
            <dd>
              <span class={`badge status-${cert.status}`}>{t(`credentials.page.${cert.status}`)}</span>
            </dd>
            <dt>{t('credentials.page.code')}</dt>
            <dd>
              <bdi dir="ltr" class="code">
                {groupCode(cert.code)}
              </bdi>
            </dd>
          </dl>
          <figure class="qr">
            {raw(qrSvg(encodeQr(url), t('credentials.page.qr_label')))}
            <figcaption>
              <bdi dir="ltr">{url}</bdi>
            </figcaption>
          </figure>
        </div>
        <p class="note">{t('credentials.page.verify_hint', { url: ltr(`${baseUrl}/verify`), code: ltr(groupCode(cert.code)) })}</p>
        <p class="note">{t('credentials.page.offline', { issuer: issuerName, url: ltr(`${baseUrl}/.well-known/did.json`) })}</p>
      </article>
      <ul class="certificate-links no-print">
        <li>
          <a href={`${certificatePath(cert.code)}.jwt`} download={`certificate-${cert.code}.jwt`}>
            {t('credentials.page.download_jwt')}
          </a>
        </li>
        <li>
          <a href={certificatePdfPath(cert.code, locale)}>{t('credentials.page.download_pdf')}</a>
        </li>
        <li>
          <a href={`/u/${cert.learner.handle}`}>{t('credentials.page.profile', { name: cert.learner.name })}</a>
        </li>
        <li>{t('credentials.page.print')}</li>
      </ul>
      {ctx.actor?.isAdmin && !revoked ? (
        <section class="card no-print" aria-labelledby="revoke-h">
          <h2 id="revoke-h">{t('credentials.revoke.heading')}</h2>
          <p>{t('credentials.revoke.intro')}</p>
          <Form ctx={ctx} action={`${certificatePath(cert.code)}/revoke`} state={form ?? emptyForm}>
            <TextArea ctx={ctx} state={form ?? emptyForm} name="reason" label={t('credentials.revoke.reason')} maxlength={1000} rows={3} />
            <button type="submit" class="danger">
              {t('credentials.revoke.submit')}
            </button>
          </Form>
        </section>
      ) : null}
    </Layout>
  );
}

/**
 * The certificate on one A4 sheet, inside the page src/receipts/views.tsx ReceiptSheet draws: the
 * issuer, the learner's name, the course, the facts, the code and a QR code to its /verify address.
 * A revoked certificate says so at the top and in its status, in red (public/receipt.css).
 */
export function CertificateSheet({ ctx, r }: { ctx: ReceiptCtx; r: CertificateReceipt }) {
  const { t, locale } = ctx;
  const cert = r.certificate;
  const course = inLocale(locale, cert.course.titleEn, cert.course.titleUr);
  const skill = inLocale(locale, cert.skill.nameEn, cert.skill.nameUr);
  const date = (d: Date) => formatDate(locale, d, r.timeZone);
  return (
    <div class={`certificate-frame ${cert.status}`}>
      <div>
        <p class="certificate-issuer">
          <bdi>{r.operatorName}</bdi>
        </p>
        <h1>{t('credentials.page.heading')}</h1>
        {cert.status === 'revoked' && cert.revokedAt ? (
          <p class="withdrawn-banner" role="status">
            {t('credentials.page.revoked_banner', { date: date(cert.revokedAt) })}
          </p>
        ) : null}
      </div>
      <div>
        <p class="certificate-caption">{t('credentials.pdf.awarded_to')}</p>
        <p class="certificate-name">
          <bdi>{cert.learner.name}</bdi>
        </p>
        <p class="certificate-caption">{t('credentials.verify.course')}</p>
        <p class="certificate-course">
          <bdi>{course}</bdi>
        </p>
        <p class="certificate-body">{t('credentials.page.body', { name: cert.learner.name, course, issuer: r.operatorName })}</p>
      </div>
      <div class="statement-id certificate-id">
        <dl class="doc-meta">
          <dt>{t('credentials.page.skill')}</dt>
          <dd>
            <bdi>{skill}</bdi>
          </dd>
          <dt>{t('credentials.page.issued_on')}</dt>
          <dd>{date(cert.issuedAt)}</dd>
          <dt>{t('credentials.page.issuer')}</dt>
          <dd>
            <bdi>{r.operatorName}</bdi>
          </dd>
          <dt>{t('credentials.page.status')}</dt>
          <dd>
            <span class={`status status-${cert.status}`}>{t(`credentials.page.${cert.status}`)}</span>
          </dd>
          <dt>{t('credentials.page.code')}</dt>
          <dd>
            <bdi dir="ltr" class="code">
              {groupCode(cert.code)}
            </bdi>
          </dd>
        </dl>
        <figure class="qr">
          {raw(qrSvg(encodeQr(r.verifyUrl), t('credentials.page.qr_label')))}
          <figcaption>
            <bdi dir="ltr">{r.verifyUrl}</bdi>
          </figcaption>
        </figure>
      </div>
      <footer class="doc-foot">
        <p>{t('credentials.page.verify_hint', { url: ltr(`${r.baseUrl}/verify`), code: ltr(groupCode(cert.code)) })}</p>
        <p>{t('credentials.page.offline', { issuer: r.operatorName, url: ltr(`${r.baseUrl}/.well-known/did.json`) })}</p>
      </footer>
    </div>
  );
}

export function KeysPage({ ctx, keys, baseUrl }: { ctx: PageCtx; keys: KeyView[]; baseUrl: string }) {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('credentials.admin.title')}>
      <h1>{t('credentials.admin.title')}</h1>
      <p>{t('credentials.admin.intro', { url: ltr(`${baseUrl}/.well-known/did.json`) })}</p>
      {keys.length === 0 ? (
        <p>{t('credentials.admin.none')}</p>
      ) : (
        <table class="lines">
          <thead>
            <tr>
              <th scope="col">{t('credentials.admin.kid')}</th>
              <th scope="col">{t('credentials.admin.created')}</th>
              <th scope="col">{t('credentials.admin.state')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr>
                <td>
                  <bdi dir="ltr" class="code">
                    {k.kid}
                  </bdi>
                </td>
                <td>{formatDate(locale, k.createdAt, ZONE)}</td>
                <td>{k.retiredAt ? t('credentials.admin.retired', { date: formatDate(locale, k.retiredAt, ZONE) }) : t('credentials.admin.current')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="hint">{t('credentials.admin.rotate_hint')}</p>
      <PostButton ctx={ctx} action="/admin/credentials/rotate" label={t('credentials.admin.rotate')} cls="secondary" />
    </Layout>
  );
}

/** A person's certificates as badges (profile and gig pages); nothing when they hold none. */
export function CredentialBadges({ ctx, items, delivered, cls }: { ctx: PageCtx; items: CredentialListItem[]; delivered?: ReadonlyMap<string, number>; cls?: string }) {
  const { t, locale } = ctx;
  if (items.length === 0) return null;
  return (
    <section class={`credential-badges ${cls ?? ''}`} aria-labelledby="credential-badges-h">
      <h2 id="credential-badges-h">{t('credentials.badges.heading')}</h2>
      <ul>
        {items.map((c) => {
          const name = c.course ? inLocale(locale, c.course.titleEn, c.course.titleUr) : c.title;
          const skill = inLocale(locale, c.skill.nameEn, c.skill.nameUr);
          return (
            <li class={`credential-badge ${c.kind} status-${c.status}`}>
              {c.code ? <a href={certificatePath(c.code)}><bdi>{name}</bdi></a> : <bdi>{name}</bdi>}
              <span class="muted"> · <bdi>{skill}</bdi></span>
              {c.kind === 'external' && c.issuerName ? <span class="muted"> · {t('credentials.badge.from', { issuer: c.issuerName })}</span> : null}{' '}
              {c.status === 'valid' ? (
                <span class="badge status-valid">{(delivered?.get(c.skill.slug) ?? 0) > 0 ? t('credentials.badge.delivered', { n: delivered?.get(c.skill.slug) ?? 0 }) : t('credentials.badge.verified_by_hunar')}</span>
              ) : (
                <span class={`badge status-${c.status}`}>{t(`credentials.badge.${c.status}`)}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
