import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../../testing/temp-app.js';
import { loadDemo } from '../../app/demo.js';
import { createHttpApp } from '../../http/app.js';
import { PersonListParams } from '../../http/routes/api.js';
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

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** A small JSON Schema check: types, enums, required and closed objects, arrays. Returns problems. */
function check(value: unknown, raw: Schema, at: string, out: string[] = []): string[] {
  const schema = resolve(raw);
  const types = schema.type === undefined ? [] : ([] as string[]).concat(schema.type as string | string[]);
  const actual = typeOf(value);
  if (types.length && !types.includes(actual) && !(actual === 'integer' && types.includes('number')))
    out.push(`${at}: expected ${types.join('|')}, got ${actual}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) out.push(`${at}: ${String(value)} not in enum`);
  if (actual === 'object' && schema.properties) {
    const obj = value as Record<string, unknown>;
    const props = schema.properties as Record<string, Schema>;
    for (const key of (schema.required as string[] | undefined) ?? [])
      if (!(key in obj)) out.push(`${at}: missing "${key}"`);
    for (const [key, v] of Object.entries(obj)) {
      if (props[key]) check(v, props[key], `${at}.${key}`, out);
      else if (schema.additionalProperties === false) out.push(`${at}: undocumented field "${key}"`);
    }
  }
  if (actual === 'array' && schema.items)
    (value as unknown[]).forEach((v, i) => check(v, schema.items as Schema, `${at}[${i}]`, out));
  return out;
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
    expect(documented).toEqual(Object.keys(PersonListParams.shape).sort());
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
    const schema = op.responses['200']!.content!['application/json']!.schema;
    expect(check(body, schema, path)).toEqual([]);
  });

  it.each(apiPaths)('%s accepts every documented parameter at once', async (path) => {
    const op = doc.paths[path]!.get;
    const res = await app.request(url(path, op.parameters));
    expect(res.status, await res.clone().text()).toBe(200);
    expect(check(await res.json(), op.responses['200']!.content!['application/json']!.schema, path)).toEqual([]);
  });

  it.each(apiPaths.filter((p) => doc.paths[p]!.get.parameters.some((q) => q.in === 'query')))(
    '%s answers a bad value with the documented error shape',
    async (path) => {
      const op = doc.paths[path]!.get;
      const bad = op.parameters.map((p) => (p.in === 'query' ? { ...p, example: 'not-valid' } : p));
      const res = await app.request(url(path, bad));
      expect(res.status).toBe(400);
      expect(check(await res.json(), op.responses['400']!.content!['application/json']!.schema, path)).toEqual([]);
    },
  );

  it('the schema check itself catches an undocumented field and a missing one', () => {
    const schema = { $ref: '#/components/schemas/Series' };
    expect(check({ step: 'month', points: [], extra: 1 }, schema, 'x')).toEqual(['x: undocumented field "extra"']);
    expect(check({ step: 'month' }, schema, 'x')).toEqual(['x: missing "points"']);
    expect(check({ step: 'week', points: [] }, schema, 'x')).toEqual(['x.step: week not in enum']);
  });
});
