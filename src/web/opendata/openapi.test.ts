import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../../testing/temp-app.js';
import { loadDemo } from '../../app/demo.js';
import { createHttpApp } from '../../http/app.js';
import { API_BODIES, API_ROUTES, PersonListQuery } from './api-contract.js';
import { openApiDocument, type Operation, type Parameter } from './openapi.js';
import { ROUTE_POLICY } from '../../http/route-policy.js';

type Schema = Record<string, unknown>;
const doc = openApiDocument();
const apiPaths = Object.keys(doc.paths).filter((p) => p.startsWith('/api/v1/'));

let app: Hono;
let cleanup: () => Promise<void>;
let personId: string;

beforeAll(async () => {
  const t = await tempApp();
  cleanup = t.cleanup;
  await loadDemo(t.ctx, { synthetic: 60 });
  app = createHttpApp(t.ctx);
  const list = (await (await app.request('/api/v1/persons?limit=1')).json()) as { persons: Array<{ id: string }> };
  personId = list.persons[0]!.id;
});
afterAll(() => cleanup());

function resolve(schema: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const name = ref.replace('#/components/schemas/', '');
  const target = doc.components.schemas[name];
  if (!target) throw new Error(`unresolved $ref ${ref}`);
  return target;
}

/** Problems of a body against its zod schema: what does not parse, and any field the schema does not name (at any depth). */
function check(value: unknown, name: keyof typeof API_BODIES): string[] {
  const parsed = API_BODIES[name].safeParse(value);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  // zod drops fields it does not know and fills defaults: the parse must give the body back unchanged.
  return JSON.stringify(sorted(parsed.data)) === JSON.stringify(sorted(value)) ? [] : ['fields differ from the schema'];
}

/** JSON with keys sorted at every depth (zod gives keys in the schema's order). */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sorted((value as Record<string, unknown>)[k])]),
  );
}

/** The body schema a route documents for a status. */
function bodyOf(op: Operation, status: string): keyof typeof API_BODIES {
  const ref = (op.responses[status]!.content!['application/json']!.schema as { $ref: string }).$ref;
  return ref.replace('#/components/schemas/', '') as keyof typeof API_BODIES;
}

function url(path: string, params: readonly Parameter[]): string {
  const withId = path.replace('{id}', personId);
  const qs = new URLSearchParams(
    params.filter((p) => p.in === 'query').map((p): [string, string] => [p.name, p.example]),
  );
  return qs.size ? `${withId}?${qs}` : withId;
}

const operations = (): Array<[string, Operation]> => apiPaths.map((p) => [p, doc.paths[p]!.get]);

describe('the OpenAPI document', () => {
  it('is served by the app, as built', async () => {
    const res = await app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it('is OpenAPI 3.1 with unique operation ids and resolvable references', () => {
    expect(doc.openapi).toBe('3.1.0');
    const ids = Object.values(doc.paths).map((p) => p.get.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const ref of refs) expect(() => resolve({ $ref: ref })).not.toThrow();
  });

  it('documents every public GET route under /api/v1 the app serves (staff routes are not public)', () => {
    const served = app.routes
      .filter((r) => r.method === 'GET' && r.path.startsWith('/api/v1/'))
      .filter((r) => ROUTE_POLICY[`GET ${r.path}`]?.resource === 'public')
      .map((r) => r.path.replace(/:(\w+)/g, '{$1}'));
    expect(served.length).toBeGreaterThan(5);
    expect([...new Set(served)].sort()).toEqual([...apiPaths].sort());
  });

  it('documents exactly the person list filters the API accepts', () => {
    const documented = doc.paths['/api/v1/persons']!.get.parameters.map((p) => p.name).sort();
    expect(documented).toEqual(Object.keys(PersonListQuery.shape).sort());
  });

  it('is generated from the zod schemas: each route has its contract’s parameters and body', () => {
    expect(API_ROUTES.map((r) => r.path).sort()).toEqual([...apiPaths].sort());
    for (const route of API_ROUTES) {
      const op = doc.paths[route.path]!.get;
      const query = op.parameters.filter((p) => p.in === 'query');
      expect(
        query.map((p) => p.name),
        route.path,
      ).toEqual(Object.keys(route.query.shape));
      for (const p of query) {
        expect(p.required, `${route.path} ${p.name}`).toBe(!route.query.shape[p.name]!.safeParse(undefined).success);
        expect(p.description, `${route.path} ${p.name}`).not.toBe('');
        expect(route.query.shape[p.name]!.safeParse(p.example).success, `${route.path} ${p.name} example`).toBe(true);
      }
      expect(bodyOf(op, '200')).toBe(route.body);
    }
    expect(doc.components.schemas['Series']).toMatchObject({
      type: 'object',
      required: ['step', 'points'],
      additionalProperties: false,
    });
  });

  it('documents a 400 error for every API route', () => {
    for (const [path, op] of operations()) expect(op.responses['400'], path).toBeDefined();
  });
});

describe('each documented route', () => {
  it.each(apiPaths)('%s answers its required-parameter example as documented', async (path) => {
    const op = doc.paths[path]!.get;
    const res = await app.request(
      url(
        path,
        op.parameters.filter((p) => p.required || p.in === 'path'),
      ),
    );
    const body: unknown = await res.json();
    expect(res.status, JSON.stringify(body).slice(0, 300)).toBe(200);
    expect(check(body, bodyOf(op, '200'))).toEqual([]);
  });

  it.each(apiPaths)('%s accepts every documented parameter at once', async (path) => {
    const op = doc.paths[path]!.get;
    const res = await app.request(url(path, op.parameters));
    expect(res.status, await res.clone().text()).toBe(200);
    expect(check(await res.json(), bodyOf(op, '200'))).toEqual([]);
  });

  it.each(apiPaths.filter((p) => doc.paths[p]!.get.parameters.some((q) => q.in === 'query')))(
    '%s answers a bad value with the documented error shape',
    async (path) => {
      const op = doc.paths[path]!.get;
      const bad = op.parameters.map((p) => (p.in === 'query' ? { ...p, example: 'not-valid' } : p));
      const res = await app.request(url(path, bad));
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string } };
      expect(check(body, bodyOf(op, '400'))).toEqual([]);
      expect(body.error.code).toBe('invalid-input');
    },
  );

  it('the schema check itself catches an undocumented field, a missing one, a wrong value, at any depth', () => {
    const point = { date: '2024-01-31', count: 1, possible: 1 };
    expect(check({ step: 'month', points: [point] }, 'Series')).toEqual([]);
    expect(check({ step: 'month', points: [], extra: 1 }, 'Series')).not.toEqual([]);
    expect(check({ step: 'month', points: [{ ...point, extra: 1 }] }, 'Series')).not.toEqual([]);
    expect(check({ step: 'month' }, 'Series')).not.toEqual([]);
    expect(check({ step: 'week', points: [] }, 'Series')).not.toEqual([]);
  });
});
