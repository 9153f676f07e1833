// Parsing forms and JSON bodies with zod into typed data or translated field messages.
import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError, type FieldErrors } from './errors.ts';

export type FormValues = Record<string, string | string[]>;

export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || '_form';
    if (out[field]) continue;
    const params = ((issue as { params?: Record<string, string | number> }).params ?? {}) as Record<string, string | number>;
    let key = issue.message;
    if (!key.startsWith('field.')) {
      // Zod's own issues (wrong type, unknown enum value, ...) get one clear message.
      key = issue.code === 'invalid_type' && issue.input === undefined ? 'field.required' : 'field.invalid';
    } else if (key === 'field.required' && issue.code === 'invalid_type' && issue.input !== undefined) {
      // A schema's `error: 'field.required'` also fires for a value of the wrong type ({"email": 5}).
      key = 'field.invalid';
    }
    out[field] = { key, params };
  }
  return out;
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  // reportInput: zod then keeps each issue's input, so a wrong type is told apart from a missing value.
  const r = schema.safeParse(input, { reportInput: true });
  if (!r.success) throw new AppError('validation.failed', {}, fieldErrors(r.error));
  return r.data;
}

/** Reads a urlencoded or multipart form into plain strings (repeated names become arrays). */
export async function readForm(c: Context): Promise<FormValues> {
  const body = await c.req.parseBody({ all: true });
  const out: FormValues = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === '_csrf') continue;
    if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
    else if (typeof v === 'string') out[k] = v;
  }
  return out;
}

/** A file from a multipart form: the name the browser sent (a hint only) and the bytes. */
export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * The file sent in a multipart form's `field`, or null when none was chosen (browsers send an
 * empty part for an empty file input). The form is parsed once and cached, so this can follow
 * readForm and the CSRF check. The route must be registered with acceptUploads (http.ts).
 */
export async function readFile(c: Context, field: string): Promise<UploadedFile | null> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('multipart/form-data')) return null;
  const body = await c.req.parseBody({ all: true });
  const v = body[field];
  const file = Array.isArray(v) ? v.find((x) => typeof x !== 'string') : v;
  if (!file || typeof file === 'string' || file.size === 0) return null;
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** Every file sent in a multipart form's `field` (an input with `multiple`), empty parts left out. */
export async function readFiles(c: Context, field: string): Promise<UploadedFile[]> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('multipart/form-data')) return [];
  const body = await c.req.parseBody({ all: true });
  const v = body[field];
  const out: UploadedFile[] = [];
  for (const file of Array.isArray(v) ? v : [v]) {
    if (!file || typeof file === 'string' || file.size === 0) continue;
    out.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return out;
}

/** Reads a JSON body; a body that is not JSON is a clear 400. */
export async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new AppError('request.bad_json');
  }
}

/**
 * Runs a form's use case; when it fails with an AppError, the form is shown again with the
 * person's input and the translated messages (status from the error table). Other errors go on
 * to the error handler.
 */
export async function handleForm(
  c: Context,
  run: (values: FormValues) => Promise<Response>,
  rerender: (state: { values: FormValues; errors: FieldErrors; message?: string | undefined }, status: number) => Response | Promise<Response>,
): Promise<Response> {
  const values = await readForm(c);
  try {
    return await run(values);
  } catch (e) {
    if (!(e instanceof AppError) || e.status >= 500 || e.code === 'csrf.invalid') throw e;
    const t = c.get('t') as (k: string, p?: Record<string, string | number>) => string;
    const message = e.code === 'validation.failed' ? undefined : t(`errors.${e.code}`, e.params);
    if (e.status === 429) c.header('retry-after', String(Number(e.params.minutes ?? 1) * 60));
    return rerender({ values, errors: e.fields, message }, e.status);
  }
}
