// The /api page: how to log in, the error format, and every endpoint, listed from the same
// declarations that mount the routes and generate /api/openapi.json.
import type { Child } from 'hono/jsx';
import { translate } from '../platform/i18n.ts';
import { Layout, type PageCtx } from '../platform/layout.tsx';
import { bodyFields, type Endpoint, tags } from './openapi.ts';

/** Fills {name} placeholders of a translated sentence with elements (code, links). */
function rich(text: string, parts: Record<string, Child>): Child[] {
  return text.split(/\{(\w+)\}/g).map((piece, i) => (i % 2 === 1 ? (parts[piece] ?? `{${piece}}`) : piece));
}

const Code = ({ children }: { children: Child }) => <code dir="ltr">{children}</code>;

function EndpointItem({ ctx, e }: { ctx: PageCtx; e: Endpoint }) {
  const { t } = ctx;
  const fields = e.request ? bodyFields(e.request.schema) : [];
  const sep = ctx.locale === 'ur' ? '، ' : ', ';
  return (
    <li class="card" id={e.operationId}>
      <h4>
        <Code>{`${e.method.toUpperCase()} ${e.path}`}</Code>
      </h4>
      <p>{t(`api.op.${e.operationId}`)}</p>
      <p class="muted">{t(`api.access.${e.auth}`)}</p>
      {fields.length ? (
        <p>
          {t('api.body')}{' '}
          {fields.map((f, i) => (
            <>
              {i > 0 ? sep : ''}
              <Code>{f.name}</Code>
              {f.required ? '' : ` (${t('api.optional')})`}
            </>
          ))}
        </p>
      ) : null}
      {e.upload ? (
        <p>
          {t('api.upload.field')} <Code>{e.upload.field}</Code> (<Code>multipart/form-data</Code>)
        </p>
      ) : null}
      <p>
        {t('api.answer')} <Code>{String(e.status)}</Code> {t(`api.status.${e.status}`)}
        {e.file ? (
          <>
            {' '}
            (<Code>{e.file.contentType}</Code>)
          </>
        ) : null}
      </p>
    </li>
  );
}

export function ApiPage({ ctx, endpoints, baseUrl }: { ctx: PageCtx; endpoints: readonly Endpoint[]; baseUrl: string }) {
  const { t } = ctx;
  const example = JSON.stringify(
    {
      type: 'https://hunar.pk/problems/validation.failed',
      title: t('errors.validation.failed'),
      status: 400,
      code: 'validation.failed',
      request_id: '3f9a1c0b7d2e4a51',
      errors: { email: translate(ctx.locale, 'field.email') },
    },
    null,
    2,
  );
  return (
    <Layout ctx={ctx} title={t('api.title')} wide>
      <h1>{t('api.title')}</h1>
      <p>{rich(t('api.lead'), { base: <Code>/api/v1</Code>, json: <Code>JSON</Code> })}</p>
      <p>
        {rich(t('api.spec'), {
          format: <Code>OpenAPI 3.1</Code>,
          link: (
            <a href="/api/openapi.json">
              <Code>/api/openapi.json</Code>
            </a>
          ),
        })}
      </p>

      <h2>{t('api.auth.title')}</h2>
      <h3>{t('api.auth.cookie_title')}</h3>
      <p>
        {rich(t('api.auth.cookie'), {
          login: <Code>POST /api/v1/login</Code>,
          type: <Code>Content-Type: application/json</Code>,
          origin: <Code>Origin</Code>,
        })}
      </p>
      <h3>{t('api.auth.token_title')}</h3>
      <p>
        {rich(t('api.auth.token'), {
          settings: <a href="/settings#tokens">{t('api.auth.settings_link')}</a>,
          header: <Code>Authorization: Bearer hunar_pat_…</Code>,
        })}
      </p>
      <p>{t('api.auth.example')}</p>
      <pre class="code" dir="ltr">
        <code>{`curl -H 'Authorization: Bearer hunar_pat_…' \\\n  -H 'Accept-Language: ${ctx.locale}' \\\n  ${baseUrl}/api/v1/me`}</code>
      </pre>

      <h2>{t('api.language.title')}</h2>
      <p>{rich(t('api.language.body'), { header: <Code>Accept-Language</Code>, put: <Code>PUT /api/v1/language</Code> })}</p>

      <h2>{t('api.errors.title')}</h2>
      <p>{rich(t('api.errors.body'), { type: <Code>application/problem+json</Code>, rfc: <Code>RFC 9457</Code> })}</p>
      <dl class="summary">
        <dt><Code>code</Code></dt>
        <dd>{t('api.errors.code')}</dd>
        <dt><Code>title</Code></dt>
        <dd>{t('api.errors.title_field')}</dd>
        <dt><Code>status</Code></dt>
        <dd>{t('api.errors.status')}</dd>
        <dt><Code>request_id</Code></dt>
        <dd>{t('api.errors.request_id')}</dd>
        <dt><Code>errors</Code></dt>
        <dd>{t('api.errors.errors')}</dd>
      </dl>
      <p>{t('api.errors.example')}</p>
      <pre class="code" dir="ltr">
        <code>{example}</code>
      </pre>

      <h2>{t('api.endpoints.title')}</h2>
      {tags.map((tag) => (
        <section aria-labelledby={`api-${tag}`}>
          <h3 id={`api-${tag}`}>{t(`api.group.${tag}`)}</h3>
          <p class="muted">{t(`api.tag.${tag}`)}</p>
          <ul class="steps endpoints">
            {endpoints
              .filter((e) => e.tag === tag)
              .map((e) => (
                <EndpointItem ctx={ctx} e={e} />
              ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
