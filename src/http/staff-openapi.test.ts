/**
 * The staff OpenAPI document: served to signed-in staff only, and it covers the staff
 * API exactly: every non-public `/api/v1` route of `ROUTE_POLICY` is documented with its
 * method and path, nothing else is, each operation's roles are the policy's, and the
 * routes that need `If-Match` say so. (Real requests: `staff-openapi-requests.test.ts`.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { tempApp } from '../testing/temp-app.js';
import { asRole, testAuthentication } from '../testing/principals.js';
import { createHttpApp } from './app.js';
import { ROUTE_POLICY } from './route-policy.js';
import { decide } from '../domain/policy.js';
import { ROLES } from '../domain/access.js';
import { openApiPath, staffOpenApiDocument, type Operation } from './staff-openapi.js';
import { STAFF_OPERATIONS } from './staff-operations.js';
import { openApiDocument } from '../web/opendata/openapi.js';

const doc = staffOpenApiDocument();
let env: Awaited<ReturnType<typeof tempApp>>;
let app: Hono;

beforeAll(async () => {
  env = await tempApp();
  app = createHttpApp(env.ctx, { authenticate: testAuthentication });
});
afterAll(() => env.cleanup());

/** `METHOD /openapi/{path}` of every documented operation. */
function documented(): string[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
}

/** The same for every `/api/v1` route of the policy that is not public. */
function staffRoutes(): string[] {
  return Object.entries(ROUTE_POLICY)
    .filter(([key, policy]) => key.split(' ')[1]!.startsWith('/api/v1/') && policy.resource !== 'public')
    .map(([key]) => {
      const [method, path] = key.split(' ');
      return `${method} ${openApiPath(path!)}`;
    });
}

const operations = (): Array<[string, Operation]> =>
  Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([m, op]): [string, Operation] => [`${m} ${path}`, op]),
  );

describe('the staff OpenAPI document', () => {
  it('is served to every signed-in role, as built, and to no one else', async () => {
    for (const role of ROLES) {
      const res = await app.request('/api/openapi-staff.json', { headers: asRole(role) });
      expect(res.status, role).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.json()).toEqual(JSON.parse(JSON.stringify(doc)));
    }
    const anonymous = await app.request('/api/openapi-staff.json');
    expect(anonymous.status).toBe(401);
  });

  it('documents every staff route under /api/v1 of ROUTE_POLICY, with its method and path, and nothing else', () => {
    const routes = staffRoutes();
    expect(routes.length).toBeGreaterThan(40);
    expect([...documented()].sort()).toEqual([...routes].sort());
  });

  it('documents only routes the app serves (hono :id ↔ OpenAPI {id})', () => {
    const served = new Set(app.routes.map((r) => `${r.method} ${openApiPath(r.path)}`));
    for (const key of documented()) expect(served.has(key), key).toBe(true);
  });

  it('leaves the public document as it was: no staff route in it', () => {
    const publicPaths = Object.keys(openApiDocument().paths);
    for (const path of Object.keys(doc.paths)) expect(publicPaths, path).not.toContain(path);
  });

  it('gives each operation the roles the policy lets through, derived from ROUTE_POLICY and decide', () => {
    for (const op of STAFF_OPERATIONS) {
      const policy = ROUTE_POLICY[`${op.method.toUpperCase()} ${op.path}`]!;
      const documentedRoles = doc.paths[openApiPath(op.path)]![op.method]!['x-roles'];
      const allowed = ROLES.filter((r) => decide(r, policy.action, policy.resource) !== 'deny');
      expect(Object.keys(documentedRoles).sort(), op.operationId).toEqual([...allowed].sort());
      expect(allowed.length, op.operationId).toBeGreaterThan(0);
    }
    const put = doc.paths['/api/v1/records/persons/{id}']!.put!;
    expect(put['x-roles']).toEqual({ editor: 'allow', researcher: 'propose' });
    expect(put.description).toBe('Roles: editor, researcher (as a proposal).');
    expect(doc.paths['/api/v1/audit']!.get!['x-roles']).toEqual({ admin: 'allow' });
  });

  it('is OpenAPI 3.1 with unique operation ids, resolvable references and both ways of signing in', () => {
    expect(doc.openapi).toBe('3.1.0');
    const ids = operations().map(([, op]) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const ref of JSON.stringify(doc).match(/#\/components\/schemas\/\w+/g) ?? []) {
      expect(doc.components.schemas[ref.replace('#/components/schemas/', '')], ref).toBeDefined();
    }
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['bearer', 'session']);
    expect(doc.security).toEqual([{ session: [] }, { bearer: [] }]);
    expect(doc.paths['/api/v1/tokens']!.post!.security).toEqual([{ session: [] }]);
  });

  it('requires If-Match on every change to an existing record or digest, and documents 409 and 428 there', () => {
    const ifMatch = (op: Operation) => op.parameters.find((p) => p.name === 'If-Match');
    for (const [key, op] of operations()) {
      const mustMatch =
        /^(put|delete) \/api\/v1\/records\//.test(key) ||
        /^(patch|post) \/api\/v1\/digests\/\{id\}/.test(key) ||
        key === 'post /api/v1/revisions/{id}/restore';
      if (!mustMatch) continue;
      expect(ifMatch(op)?.required, key).toBe(true);
      expect(op.responses['409'], key).toBeDefined();
      expect(op.responses['428'], key).toBeDefined();
    }
    expect(ifMatch(doc.paths['/api/v1/proposals/{id}/approve']!.post!)?.required).toBe(false);
    expect(ifMatch(doc.paths['/api/v1/records/persons']!.post!)).toBeUndefined();
  });

  it('answers every refusal with the one error body', () => {
    for (const [key, op] of operations()) {
      expect(op.responses['401'], key).toBeDefined();
      expect(op.responses['403'], key).toBeDefined();
      for (const [status, res] of Object.entries(op.responses)) {
        if (Number(status) < 400 || key === 'post /api/v1/import') continue;
        expect(res.content?.['application/json']?.schema, `${key} ${status}`).toEqual({
          $ref: '#/components/schemas/Error',
        });
      }
    }
    expect(doc.components.schemas['Error']).toMatchObject({ required: ['error'], additionalProperties: false });
  });

  it('documents the record bodies with the domain’s schemas, unknown fields refused', () => {
    const create = doc.components.schemas['PersonCreate'] as {
      properties: { record: { properties: Record<string, unknown>; required: string[] } };
      additionalProperties: boolean;
    };
    expect(create.additionalProperties).toBe(false);
    expect(Object.keys(create.properties.record.properties)).toEqual(expect.arrayContaining(['names', 'events']));
    expect(create.properties.record.required).toEqual(['names']); // the id is made when left out
    expect(doc.components.schemas['PersonState']).toMatchObject({
      properties: { record: { $ref: '#/components/schemas/Person' } },
    });
  });
});
