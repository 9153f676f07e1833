// Text that cannot be text: a NUL (%00) or bytes that are not UTF-8, in an address, a form or a JSON
// body (addresses are refused whole, bodies field by field by their schemas). PostgreSQL cannot hold a NUL, so before this such a value reached a query and answered 500
// (GET /api/v1/gigs/a%00b). Every route in the OpenAPI document is walked with such values, signed
// in, and must answer the translated 400, never a 5xx; pages and forms too, in Urdu.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestEnv, testEnv, visibleText } from '../../test/support.ts';
import { createAccount } from '../accounts/service.ts';
import { openApiDocument } from './openapi.ts';
import { endpoints } from './registry.ts';

let env: TestEnv;
let client: TestClient;
beforeAll(async () => {
  env = await testEnv();
  await createAccount(env.deps.db, env.deps, { email: 'nul@example.pk', password: 'nul password 1', displayName: 'Nadia', isFreelancer: true, isClient: true, isAdmin: true, locale: 'en', verified: true, onboarded: true });
  client = new TestClient(env.app);
  expect((await client.post('/login', { email: 'nul@example.pk', password: 'nul password 1' })).status).toBe(303);
});
afterAll(() => env.close());

type Operation = { parameters?: { name: string; in: string }[]; requestBody?: unknown };
const doc = openApiDocument(endpoints, 'https://hunar.pk');
const operations = Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item as Record<string, Operation>).map(([method, op]) => ({ path, method: method.toUpperCase(), op })));

/** The operation's address with `bad` in every path parameter and every query parameter (or one made up). */
function address(path: string, op: Operation, bad: string): string {
  const filled = path.replace(/\{[^}]+\}/g, bad);
  const query = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => `${p.name}=${bad}`);
  return `${filled}?${(query.length ? query : [`x=${bad}`]).join('&')}`;
}

type Schema = { $ref?: string; type?: string | string[]; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[] };
const components = (doc as unknown as { components?: { schemas?: Record<string, Schema> } }).components?.schemas ?? {};
const resolve = (s: Schema | undefined): Schema | undefined => (s?.$ref ? resolve(components[s.$ref.split('/').at(-1)!]) : s);

/** The JSON body schema of an operation. */
function bodySchema(op: Operation): Schema | undefined {
  return resolve((op.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)?.content?.['application/json']?.schema);
}

/** A body with a NUL in every string the schema names (nested objects and arrays too). */
function withNul(schema: Schema | undefined): unknown {
  const s = resolve(schema);
  if (!s) return 'a\u0000b';
  const types = [s.type ?? []].flat();
  if (s.properties) return Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, withNul(v)]));
  if (types.includes('array')) return [withNul(s.items)];
  const variant = s.anyOf?.[0] ?? s.oneOf?.[0];
  if (variant) return withNul(variant);
  return types.includes('string') || types.length === 0 ? 'a\u0000b' : 1;
}

async function expectBadText(res: Response, label: string) {
  expect(res.status, label).toBe(400);
  if (res.headers.get('content-type')?.includes('json')) expect(((await res.json()) as { code: string }).code, label).toBe('request.bad_text');
}

describe('text that cannot be text', () => {
  it('walks every route of the OpenAPI document with a NUL and with bytes that are not UTF-8, and answers 400 each time', async () => {
    expect(operations.length).toBeGreaterThan(50);
    for (const bad of ['a%00b', '%C3%28']) {
      for (const { path, method, op } of operations) {
        const url = address(path, op, bad);
        const res = await client.request(url, { method, headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' }, ...(op.requestBody ? { body: '{}' } : {}) });
        await expectBadText(res, `${method} ${url}`);
      }
    }
  });

  it('gives a NUL in any text field of any JSON body a field message, never a 5xx', async () => {
    // Every string the operation's body schema names carries a NUL; path parameters get an id that
    // exists nowhere, so the answer may be a 404 (or a 400 for the fields), never a 5xx.
    for (const { path, method, op } of operations.filter((o) => o.op.requestBody)) {
      const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      const res = await client.json(method, url, withNul(bodySchema(op)), { origin: 'http://localhost:3000' });
      expect(res.status, `${method} ${path}`).toBeLessThan(500);
    }
    const anon = new TestClient(env.app);
    const res = await anon.json('POST', '/api/v1/signup', { email: 'x@example.pk', password: 'long enough 1', display_name: 'A\u0000B' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: Record<string, string> }).errors.display_name).toBe('This text contains invisible control characters. Please remove them.');
  });

  it('answers pages with the translated message and a form with the field’s, in Urdu, and changes nothing', async () => {
    const ur = new TestClient(env.app, { 'accept-language': 'ur' });
    for (const path of ['/g/a%00b', '/u/a%00b', '/jobs/a%00b', '/c/a%00b', '/search?q=logo%00', '/search?q=%C3%28', '/orders/%FF']) {
      const res = await ur.get(path);
      expect(res.status, path).toBe(400);
      const text = visibleText(await res.text());
      expect(text, path).toContain('اس درخواست میں ایسے حروف ہیں جو متن کے طور پر پڑھے نہیں جا سکتے');
      expect(text, path).not.toMatch(/Error|at .*\.ts/);
    }
    const before = await env.deps.db.selectFrom('users').select((e) => e.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    // In a form, a NUL is the field's own message, beside the field, with what was typed kept.
    const res = await ur.post('/signup', { display_name: 'نادیہ\u0000', email: 'nadia.nul@example.pk', password: 'long enough 1', role: 'freelancer' });
    expect(res.status).toBe(400);
    expect(visibleText(await res.text())).toContain('اس متن میں نظر نہ آنے والے کنٹرول حروف ہیں۔');
    const after = await env.deps.db.selectFrom('users').select((e) => e.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});
