// The API's single list of endpoints. Each endpoint is declared once (method, path, summary,
// request and answer schemas, who may call it, which problems it can answer with, and its handler);
// that one declaration mounts the Hono route, generates its part of /api/openapi.json and its entry
// on the /api page, so the three cannot drift apart.
import { z } from 'zod';
import { requireActor } from '../platform/actor.ts';
import { AppError, type ErrorCode, errorStatus } from '../platform/errors.ts';
import { readFile, readForm, readJson } from '../platform/forms.ts';
import { acceptUploads, type App, type Ctx, MAX_FORM_BYTES, MAX_UPLOAD_MB } from '../platform/http.ts';
import { translate } from '../platform/i18n.ts';
import { responseSchemas } from './schemas.ts';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** required: 401 without a session or token; optional: works either way; none: public. */
export type Auth = 'required' | 'optional' | 'none';
export const tags = ['accounts', 'sessions', 'tokens', 'language', 'profiles', 'gigs', 'jobs', 'search', 'favourites', 'fees', 'orders', 'wallet', 'payouts', 'payments', 'fx', 'reviews', 'events', 'notifications', 'disputes', 'messages', 'tax', 'tax-profile', 'remittances', 'statements', 'verify', 'academy', 'assessments', 'credentials', 'mentorship', 'rates', 'legal', 'spaces', 'forum', 'associations', 'association-events', 'referrals'] as const;
export type Tag = (typeof tags)[number];
export type SuccessStatus = 200 | 201 | 202 | 204;

type Answer<R> = R extends z.ZodType ? z.input<R> : undefined;

export interface Endpoint<R extends z.ZodType | undefined = z.ZodType | undefined> {
  /** Stable id; also names the summary message `api.op.<operationId>`. */
  operationId: string;
  method: Method;
  /** OpenAPI style, with {name} for path parameters. */
  path: string;
  tag: Tag;
  auth: Auth;
  /**
   * The JSON body, described by the same zod schema the service parses it with. `optional`: the body
   * may be left out altogether (the handler then gets undefined), for an endpoint that grew options.
   */
  request?: { name: string; schema: z.ZodType; optional?: true; files?: StepFiles };
  /**
   * A file upload instead of a JSON body: multipart/form-data with the file in `field` (the
   * handler's body is an UploadedFile or null), of one of `types` (checked by its content).
   */
  upload?: { field: string; types: readonly string[] };
  /** Path parameter -> i18n key of its description. */
  params?: Record<string, string>;
  /**
   * Moves money: the caller must send an Idempotency-Key header (read it with idempotencyKeyOf);
   * the same request again returns the first answer, another request with a used key is a 409.
   */
  idempotent?: true;
  /**
   * Query parameters: the zod object the service parses them with (its input side describes each
   * one) and the i18n key of each one's description; every key of the object must be described.
   */
  query?: { schema: z.ZodObject; describe: Record<string, string> };
  /** Request headers the endpoint reads (name -> i18n key of its description), e.g. Last-Event-ID. */
  headers?: Record<string, string>;
  status: SuccessStatus;
  response?: R;
  /**
   * A file instead of JSON (a receipt's PDF), or a stream (text/event-stream): the handler answers
   * the Response itself. `description`: the i18n key of what the body holds, when the type alone
   * does not say.
   */
  file?: { contentType: string; description?: string };
  /** Problems particular to this endpoint; the common ones are added by commonProblems(). */
  problems?: ErrorCode[];
  handle(c: Ctx, body: unknown): Promise<Answer<R> | Response>;
}

/**
 * A request that may also come as multipart/form-data: the same fields as form fields, plus up to
 * `max` files in `field` (the handler reads them with readFiles). JSON callers send no files.
 */
export interface StepFiles {
  field: string;
  max: number;
  types: readonly string[];
}

/** Keeps the answer's type tied to its schema while the list holds endpoints of every kind. */
export function endpoint<R extends z.ZodType | undefined = undefined>(e: Endpoint<R>): Endpoint {
  const declared = [...e.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  const described = Object.keys(e.params ?? {}).sort();
  if (declared.join() !== described.join()) throw new Error(`${e.operationId}: path parameters ${declared} but described ${described}`);
  if (e.query) {
    const shape = Object.keys(e.query.schema.shape).sort();
    const told = Object.keys(e.query.describe).sort();
    if (shape.join() !== told.join()) throw new Error(`${e.operationId}: query parameters ${shape} but described ${told}`);
  }
  return e as unknown as Endpoint;
}

export const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');
const unsafe = (m: Method) => m !== 'get';

/** What every endpoint of this kind can answer besides its own problems. */
export function commonProblems(e: Endpoint): ErrorCode[] {
  const out: ErrorCode[] = [];
  if (e.request) out.push('validation.failed', 'request.bad_json', 'request.too_large');
  if (e.upload) out.push('media.missing', 'media.too_large');
  if (e.idempotent) out.push('validation.failed', 'idempotency.conflict');
  // A missing or revoked bearer token is refused on every API path, public ones included.
  out.push('auth.required');
  if (unsafe(e.method)) out.push('csrf.invalid');
  out.push('internal');
  return out;
}

/** The Idempotency-Key header of a money-moving call (checked by the use case). */
export const idempotencyKeyOf = (c: Ctx): string => c.req.header('idempotency-key') ?? '';

export const problemsOf = (e: Endpoint): ErrorCode[] => [...new Set([...(e.problems ?? []), ...commonProblems(e)])];

/** An optional JSON body: undefined when none was sent, else read as readJson reads it. */
async function readOptionalJson(c: Ctx): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('request.bad_json');
  }
}

/** Mounts each endpoint: the auth check, the JSON body, the handler, and the answer parsed through its schema. */
export function mountEndpoints(app: App, list: readonly Endpoint[]): void {
  for (const e of list) {
    if (e.upload || e.request?.files) acceptUploads(app, honoPath(e.path));
    app.on(e.method.toUpperCase(), honoPath(e.path), async (c) => {
      const ctx = c as Ctx;
      ctx.header('cache-control', 'no-store');
      if (e.auth === 'required') requireActor(ctx.get('actor'));
      const multipart = e.request?.files && (ctx.req.header('content-type') ?? '').startsWith('multipart/form-data');
      const body = multipart ? await readForm(ctx) : e.request ? (e.request.optional ? await readOptionalJson(ctx) : await readJson(ctx)) : e.upload ? await readFile(ctx, e.upload.field) : undefined;
      const result = await e.handle(ctx, body);
      if (e.file && result instanceof Response) return result;
      if (!e.response) return ctx.body(null, e.status);
      return ctx.json(e.response.parse(result), e.status as 200);
    });
  }
}

// --- The OpenAPI 3.1 document ---------------------------------------------------------------

// Placeholders in problem messages, as the document shows them.
const en = (key: string) => translate('en', key, { kb: MAX_FORM_BYTES / 1024, mb: MAX_UPLOAD_MB, minutes: 'N' });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** `format: uuid` and `format: date-time` say it; zod's long equivalent regexes only add noise. */
function dropFormatPatterns(ctx: { jsonSchema: { format?: string; pattern?: string } }): void {
  if (ctx.jsonSchema.format && ctx.jsonSchema.pattern) delete ctx.jsonSchema.pattern;
}

function schemaComponents(list: readonly Endpoint[]): Record<string, unknown> {
  const requests = z.registry<{ id: string }>();
  for (const e of list) if (e.request && !requests.has(e.request.schema)) requests.add(e.request.schema, { id: e.request.name });
  const responses = z.registry<{ id: string }>();
  for (const [name, schema] of Object.entries(responseSchemas)) responses.add(schema, { id: name });
  const uri = (id: string) => `#/components/schemas/${id}`;
  // Requests are described as callers write them (before trimming and normalising), answers as sent.
  const common = { uri, unrepresentable: 'any', override: dropFormatPatterns } as const;
  const inSchemas = z.toJSONSchema(requests, { ...common, io: 'input' }).schemas;
  const outSchemas = z.toJSONSchema(responses, { ...common, io: 'output' }).schemas;
  const all: Record<string, unknown> = {};
  for (const [name, s] of Object.entries({ ...inSchemas, ...outSchemas })) {
    // The document is the schemas' one home: no per-schema dialect or $id.
    const { $schema: _dialect, $id: _id, ...rest } = s as Record<string, unknown>;
    all[name] = rest;
  }
  return all;
}

function responseName(schema: z.ZodType): string {
  const found = Object.entries(responseSchemas).find(([, s]) => s === schema);
  if (!found) throw new Error('every answer schema must be listed in responseSchemas (schemas.ts)');
  return found[0];
}

function security(auth: Auth) {
  const either = [{ cookieAuth: [] }, { bearerAuth: [] }];
  if (auth === 'required') return either;
  if (auth === 'optional') return [{}, ...either];
  return [];
}

/** One query parameter's schema, as a caller writes it (the input side of the zod field). */
function queryParameter(name: string, field: z.ZodType, key: string) {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(field, { io: 'input', unrepresentable: 'any', override: dropFormatPatterns }) as Record<string, unknown>;
  return { name, in: 'query', required: !field.safeParse(undefined).success, description: en(key), schema };
}

function parameters(e: Endpoint) {
  // Parameters named id or *_id are uuids; others (a profile's handle) are plain strings.
  const path = Object.entries(e.params ?? {}).map(([name, key]) => ({
    name,
    in: 'path',
    required: true,
    description: en(key),
    schema: /(^|_)id$/.test(name) ? { type: 'string', format: 'uuid' } : { type: 'string' },
  }));
  const query = e.query ? Object.entries(e.query.describe).map(([name, key]) => queryParameter(name, e.query!.schema.shape[name] as z.ZodType, key)) : [];
  const header = e.idempotent ? [{ name: 'Idempotency-Key', in: 'header', required: true, description: en('api.header.idempotency_key'), schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{8,128}$' } }] : [];
  const named = Object.entries(e.headers ?? {}).map(([name, key]) => ({ name, in: 'header', required: false, description: en(key), schema: { type: 'string' } }));
  const all = [...path, ...query, ...header, ...named];
  return all.length ? { parameters: all } : {};
}

function operation(e: Endpoint) {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of problemsOf(e)) byStatus.set(errorStatus[code], [...(byStatus.get(errorStatus[code]) ?? []), code]);
  const responses: Record<string, unknown> = {
    [e.status]: {
      description: en(`api.status.${e.status}`),
      ...(e.response ? { content: { 'application/json': { schema: ref(responseName(e.response)) } } } : {}),
      ...(e.file
        ? { content: { [e.file.contentType]: { schema: { type: 'string', contentMediaType: e.file.contentType, ...(e.file.description ? { description: en(e.file.description) } : {}) } } } }
        : {}),
    },
  };
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[status] = {
      description: codes.map((code) => `\`${code}\`: ${en(`errors.${code}`)}`).join('\n\n'),
      content: { 'application/problem+json': { schema: ref('Problem') } },
    };
  }
  return {
    operationId: e.operationId,
    summary: en(`api.op.${e.operationId}`),
    tags: [e.tag],
    security: security(e.auth),
    ...parameters(e),
    ...(e.request ? { requestBody: { required: !e.request.optional, content: { 'application/json': { schema: ref(e.request.name) }, ...(e.request.files ? stepFilesBody(e.request.name, e.request.files) : {}) } } } : {}),
    ...(e.upload ? { requestBody: uploadBody(e.upload) } : {}),
    responses,
  };
}

/** The same request as multipart/form-data, with its files. */
function stepFilesBody(name: string, f: StepFiles) {
  return {
    'multipart/form-data': {
      schema: { allOf: [ref(name), { type: 'object', properties: { [f.field]: { type: 'array', maxItems: f.max, items: { type: 'string', contentMediaType: 'application/octet-stream' } } } }] },
      encoding: { [f.field]: { contentType: f.types.join(', ') } },
    },
  };
}

/** A multipart/form-data body with one file part. */
function uploadBody(u: NonNullable<Endpoint['upload']>) {
  return {
    required: true,
    description: en('api.upload.description'),
    content: {
      'multipart/form-data': {
        schema: { type: 'object', required: [u.field], properties: { [u.field]: { type: 'string', contentMediaType: 'application/octet-stream' } } },
        encoding: { [u.field]: { contentType: u.types.join(', ') } },
      },
    },
  };
}

export function openApiDocument(list: readonly Endpoint[], baseUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of list) {
    const item = (paths[e.path] ??= {});
    if (item[e.method]) throw new Error(`${e.method} ${e.path} is declared twice`);
    item[e.method] = operation(e);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: en('api.doc.title'),
      version: '1',
      description: en('api.doc.description'),
      license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    },
    servers: [{ url: baseUrl }],
    tags: tags.map((name) => ({ name, description: en(`api.tag.${name}`) })),
    paths,
    components: {
      schemas: schemaComponents(list),
      securitySchemes: {
        cookieAuth: { type: 'apiKey', in: 'cookie', name: 'hunar_session', description: en('api.doc.cookie_auth') },
        bearerAuth: { type: 'http', scheme: 'bearer', description: en('api.doc.bearer_auth') },
      },
    },
  };
}

/** A request body's fields as the /api page lists them: name and whether it may be left out. */
export function bodyFields(schema: z.ZodType): { name: string; required: boolean }[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, unknown>; required?: string[] };
  const required = new Set(json.required ?? []);
  return Object.keys(json.properties ?? {}).map((name) => ({ name, required: required.has(name) }));
}
