import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { signUpInput } from '../accounts/domain.ts';
import { endpoints } from './registry.ts';
import { bodyFields, endpoint, openApiDocument, problemsOf } from './openapi.ts';

type Doc = ReturnType<typeof openApiDocument>;
type Operation = { operationId: string; security: unknown[]; responses: Record<string, { content?: Record<string, { schema: unknown }> }> };

const doc = openApiDocument(endpoints, 'https://hunar.pk');
const dir = mkdtempSync(join(tmpdir(), 'hunar-openapi-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function operations(d: Doc): [string, string, Operation][] {
  return Object.entries(d.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => [path, method, op as Operation] as [string, string, Operation]));
}

function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refs(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe('the OpenAPI document', () => {
  it('passes redocly lint with the recommended rules, without a warning', () => {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    const run = spawnSync(join(process.cwd(), 'node_modules/.bin/redocly'), ['lint', file, '--format=json'], {
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      timeout: 60_000,
    });
    expect(run.error).toBeUndefined();
    const report = JSON.parse(run.stdout) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string }[] };
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(run.status).toBe(0);
  });

  it('is OpenAPI 3.1 with both ways to authenticate and the server it was built for', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([{ url: 'https://hunar.pk' }]);
    expect(doc.components.securitySchemes.cookieAuth).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'hunar_session' });
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('documents every declared endpoint once, each $ref resolves, and every error is problem+json', () => {
    const ops = operations(doc);
    expect(ops.map(([path, method]) => `${method} ${path}`).sort()).toEqual(endpoints.map((e) => `${e.method} ${e.path}`).sort());
    const schemas = doc.components.schemas as Record<string, unknown>;
    for (const r of refs(doc)) {
      expect(r).toMatch(/^#\/components\/schemas\//);
      expect(schemas[r.slice('#/components/schemas/'.length)], r).toBeDefined();
    }
    for (const [path, method, op] of ops) {
      const e = endpoints.find((x) => x.path === path && x.method === method)!;
      const statuses = Object.keys(op.responses).map(Number);
      expect(statuses).toContain(e.status);
      expect(statuses.some((s) => s >= 400 && s < 500), `${method} ${path} has a 4xx`).toBe(true);
      for (const [status, res] of Object.entries(op.responses)) {
        if (Number(status) >= 400) expect(res.content?.['application/problem+json']?.schema).toEqual({ $ref: '#/components/schemas/Problem' });
      }
      expect(op.security.length === 0).toBe(e.auth === 'none');
      // Every problem the endpoint can answer with is listed under its status.
      for (const code of problemsOf(e)) expect(JSON.stringify(op.responses)).toContain(`\`${code}\``);
    }
  });

  it('describes requests with the same zod schemas the service parses them with', () => {
    const signUp = endpoints.find((e) => e.operationId === 'signUp')!;
    expect(signUp.request?.schema).toBe(signUpInput);
    const generated = (doc.components.schemas as Record<string, unknown>).SignUpRequest;
    const { $schema: _ignored, ...direct } = z.toJSONSchema(signUpInput, { io: 'input' }) as Record<string, unknown>;
    expect(generated).toEqual(direct);
    expect(bodyFields(signUpInput)).toEqual([
      { name: 'display_name', required: true },
      { name: 'email', required: true },
      { name: 'password', required: true },
      { name: 'phone', required: false },
      { name: 'role', required: true },
      { name: 'locale', required: false },
      { name: 'time_zone', required: false },
    ]);
  });

  it('refuses a declaration whose path parameters are not described', () => {
    expect(() =>
      endpoint({ operationId: 'x', method: 'get', path: '/api/v1/things/{id}', tag: 'accounts', auth: 'none', status: 204, handle: async () => undefined }),
    ).toThrow(/path parameters/);
  });

  it('lists the search filters as query parameters, from the schema the service parses them with', () => {
    const op = (doc.paths['/api/v1/search'] as Record<string, { parameters: { name: string; in: string; required: boolean; schema: { enum?: string[] } }[] }>).get!;
    const names = op.parameters.map((p) => p.name);
    for (const n of ['q', 'type', 'sort', 'category', 'skill', 'city', 'language', 'currency', 'price_min', 'price_max', 'kind', 'experience', 'delivery_days', 'cursor']) expect(names).toContain(n);
    expect(op.parameters.every((p) => p.in === 'query' && p.required === false)).toBe(true);
    expect(op.parameters.find((p) => p.name === 'type')?.schema.enum).toEqual(['', 'gig', 'freelancer', 'job']);
  });

  it('refuses a declaration whose query parameters are not all described', () => {
    expect(() =>
      endpoint({
        operationId: 'x',
        method: 'get',
        path: '/api/v1/things',
        tag: 'accounts',
        auth: 'none',
        query: { schema: z.object({ a: z.string(), b: z.string() }), describe: { a: 'api.query.search.q' } },
        status: 204,
        handle: async () => undefined,
      }),
    ).toThrow(/query parameters/);
  });
});
