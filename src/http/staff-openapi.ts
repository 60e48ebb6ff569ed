/**
 * The OpenAPI 3.1 document of the staff API (`/api/v1` routes that are not public),
 * served to signed-in staff at `/api/openapi-staff.json`. Generated from the table of
 * `staff-operations.ts`, whose schemas are the ones the routes validate with
 * (`staff-contract.ts`); the roles of each operation come from `ROUTE_POLICY` and the
 * policy table (`decide`), never written by hand. The public document
 * (`web/opendata/openapi.ts`) stays separate: public clients see public routes only.
 *
 * @example
 * const doc = staffOpenApiDocument();
 * doc.paths['/api/v1/records/persons/{id}'].put['x-roles']; // { editor: 'allow', researcher: 'propose' }
 */
import { z } from 'zod';
import { ROLES } from '../domain/access.js';
import { decide, type Effect } from '../domain/policy.js';
import { ROUTE_POLICY } from './route-policy.js';
import type { Named, StaffOperation } from './staff-operation.js';
import { SHARED_OUTPUTS, STAFF_OPERATIONS } from './staff-operations.js';

type Schema = Record<string, unknown>;
type Content = Record<string, { schema: Schema }>;
export interface Response {
  description: string;
  headers?: Record<string, { description: string; schema: Schema }>;
  content?: Content;
}
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  description?: string;
  schema: Schema;
}
export interface Operation {
  summary: string;
  description: string;
  operationId: string;
  tags: string[];
  'x-roles': Record<string, Effect>;
  parameters: Parameter[];
  requestBody?: { required: boolean; content: Content };
  responses: Record<string, Response>;
  security?: Array<Record<string, string[]>>;
}
export interface StaffOpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string; license: { name: string; identifier: string } };
  servers: Array<{ url: string }>;
  security: Array<Record<string, string[]>>;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; securitySchemes: Record<string, Schema> };
}

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const jsonContent = (name: string): Content => ({ 'application/json': { schema: ref(name) } });
const files = (types: readonly string[]): Content =>
  Object.fromEntries(types.map((t) => [t, { schema: { type: 'string' } }]));
const refusal = (description: string): Response => ({ description, content: jsonContent('Error') });

/** `/records/persons/:id` → `/records/persons/{id}`. */
export const openApiPath = (path: string): string => path.replace(/:(\w+)/g, '{$1}');

/** The roles the policy lets through for the route, and how (`propose`: as a proposal). */
export function rolesOf(method: string, path: string): Record<string, Effect> {
  const policy = ROUTE_POLICY[`${method.toUpperCase()} ${path}`];
  if (!policy) return {};
  const roles: Record<string, Effect> = {};
  for (const role of ROLES) {
    const decision = decide(role, policy.action, policy.resource);
    if (decision !== 'deny') roles[role] = decision;
  }
  return roles;
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Schema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

function parameters(op: StaffOperation): Parameter[] {
  const path = [...op.path.matchAll(/:(\w+)/g)].map(([, name]): Parameter => {
    const schema = op.pathSchemas?.[name!];
    return {
      name: name!,
      in: 'path',
      required: true,
      schema: schema ? jsonSchema(schema, 'input') : { type: 'string' },
    };
  });
  const query = Object.entries(op.query?.shape ?? {}).map(([name, field]): Parameter => {
    const zod = field as z.ZodType;
    return { name, in: 'query', required: !zod.safeParse(undefined).success, schema: jsonSchema(zod, 'input') };
  });
  const ifMatch: Parameter[] = op.ifMatch
    ? [
        {
          name: 'If-Match',
          in: 'header',
          required: op.ifMatch === 'required',
          description: 'The ETag of the revision the change is based on, like "r57" (GET the record first)',
          schema: { type: 'string', pattern: '^\\s*(W/)?"r[0-9]{1,15}"\\s*$' },
        },
      ]
    : [];
  const csrf: Parameter[] =
    op.method === 'get'
      ? []
      : [
          {
            name: 'X-CSRF-Token',
            in: 'header',
            required: false,
            description: 'With the session cookie: the session’s CSRF token (403 `csrf` without it); not with a token',
            schema: { type: 'string' },
          },
        ];
  return [...path, ...query, ...ifMatch, ...csrf];
}

function responses(op: StaffOperation): Record<string, Response> {
  const out: Record<string, Response> = {};
  for (const [status, answer] of Object.entries(op.answers)) {
    out[status] = {
      description: answer.description,
      ...(answer.etag
        ? { headers: { ETag: { description: 'The revision, like "r57"', schema: { type: 'string' } } } }
        : {}),
      ...(answer.body ? { content: jsonContent(answer.body.name) } : {}),
      ...(answer.contentTypes ? { content: files(answer.contentTypes) } : {}),
    };
  }
  const json = op.body && !op.body.contentTypes;
  const errors: Record<string, string | false | undefined> = {
    '400': (op.query || op.body || op.pathSchemas) && 'The input is not valid (`invalid-input`, with the problems)',
    '401': 'Not signed in (`sign-in-required`)',
    '403': 'The role may not do this (`forbidden`), or a session request without its CSRF token (`csrf`)',
    '404': op.path.includes(':') && 'Nothing with this id (`not-found`)',
    '409':
      op.ifMatch !== undefined &&
      'The record changed since the If-Match revision (`stale-revision`, with the differences)',
    '413': op.body !== undefined && 'The body is too large (`too-large`)',
    '415': json && 'The body is not JSON (`unsupported-media-type`)',
    '428': op.ifMatch === 'required' && 'If-Match is missing (`precondition-required`)',
    '503': 'The registry is busy (`busy`, with Retry-After)',
  };
  for (const [status, said] of Object.entries(op.errors ?? {})) {
    errors[status] = errors[status] ? `${said}; or ${String(errors[status])}` : said;
  }
  for (const [status, description] of Object.entries(errors)) if (description) out[status] = refusal(description);
  return out;
}

function operation(op: StaffOperation): Operation {
  const roles = rolesOf(op.method, op.path);
  const said = Object.entries(roles).map(([role, effect]) => (effect === 'propose' ? `${role} (as a proposal)` : role));
  return {
    summary: op.summary,
    description: `Roles: ${said.join(', ') || 'none'}.${op.sessionOnly ? ' A signed-in session only, not an API token.' : ''}`,
    operationId: op.operationId,
    tags: [op.tag],
    'x-roles': roles,
    parameters: parameters(op),
    ...(op.body
      ? {
          requestBody: {
            required: op.body.required,
            content: op.body.contentTypes ? files(op.body.contentTypes) : jsonContent(op.body.name),
          },
        }
      : {}),
    responses: responses(op),
    ...(op.sessionOnly ? { security: [{ session: [] }] } : {}),
  };
}

/** Every named schema as JSON Schema: request bodies as input (unknown fields refused), answers as output. */
function schemas(ops: readonly StaffOperation[]): Record<string, Schema> {
  const inputs = z.registry<{ id: string }>();
  const outputs = z.registry<{ id: string }>();
  const seen = new Map<string, z.ZodType>();
  const add = (registry: typeof inputs, { name, schema }: Named) => {
    const before = seen.get(name);
    if (before && before !== schema) throw new Error(`Two schemas are named ${name} in the staff API.`);
    seen.set(name, schema);
    if (!registry.has(schema)) registry.add(schema, { id: name });
  };
  for (const shared of SHARED_OUTPUTS) add(outputs, shared);
  for (const op of ops) {
    if (op.body && !op.body.contentTypes) add(inputs, op.body);
    for (const answer of Object.values(op.answers)) if (answer.body) add(outputs, answer.body);
  }
  const uri = (id: string) => `#/components/schemas/${id}`;
  const out = (registry: typeof inputs, io: 'input' | 'output') =>
    Object.entries(z.toJSONSchema(registry, { io, uri, unrepresentable: 'any' }).schemas).map(
      ([name, { $schema: _d, $id: _i, ...rest }]) => [name, io === 'input' ? closed(rest) : rest] as const,
    );
  return Object.fromEntries(
    [...out(inputs, 'input'), ...out(outputs, 'output')].sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** Objects of a request refuse unknown fields at every depth (`parseStrict`): `additionalProperties: false`. */
function closed(schema: unknown): Schema {
  if (Array.isArray(schema)) return schema.map(closed) as unknown as Schema;
  if (schema === null || typeof schema !== 'object') return schema as Schema;
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, closed(v)]));
  if (out['type'] === 'object' && out['properties'] && !('additionalProperties' in out))
    out['additionalProperties'] = false;
  return out;
}

let built: StaffOpenApiDocument | undefined;

/** Builds the document (once; it is the same every time). */
export function staffOpenApiDocument(): StaffOpenApiDocument {
  if (built) return built;
  const paths: StaffOpenApiDocument['paths'] = {};
  for (const op of STAFF_OPERATIONS) (paths[openApiPath(op.path)] ??= {})[op.method] = operation(op);
  built = {
    openapi: '3.1.0',
    info: {
      title: 'Rollcall staff API',
      version: '1',
      description:
        'Reads and writes of the registry for signed-in staff (a session cookie, or an API token as a Bearer ' +
        'token). Each operation names the roles the access policy lets through (`x-roles`; `propose`: the ' +
        'change is kept as a proposal for an editor, 202). Changes to an existing record send `If-Match` with ' +
        'the ETag they are based on. Errors are `{ "error": { "code", "message", "details" } }`.',
      license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    },
    servers: [{ url: '/' }],
    security: [{ session: [] }, { bearer: [] }],
    paths,
    components: {
      schemas: schemas(STAFF_OPERATIONS),
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: '__Host-rollcall',
          description: 'The staff session (sign in at /staff/sign-in)',
        },
        bearer: { type: 'http', scheme: 'bearer', description: 'An API token (`rct_…`; POST /api/v1/tokens)' },
      },
    },
  };
  return built;
}
