/**
 * The OpenAPI 3.1 document of the public JSON API (`/api/v1`) and the open-data
 * downloads, served at `/api/openapi.json`, generated from the zod schemas of
 * `api-contract.ts`: the routes validate their queries with the same schemas, and
 * `openapi.test.ts` checks real answers against the body schemas.
 *
 * @example
 * const doc = openApiDocument();
 * Object.keys(doc.paths); // ['/api/v1/persons', '/api/v1/persons/{id}', …]
 */
import { z } from 'zod';
import { API_BODIES, API_ROUTES, type ApiRoute } from './api-contract.js';

type Schema = Record<string, unknown>;

export interface Parameter {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  description: string;
  schema: Schema;
  example: string;
}

export interface Operation {
  summary: string;
  operationId: string;
  tags: string[];
  parameters: Parameter[];
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string; license: { name: string; identifier: string } };
  servers: Array<{ url: string }>;
  paths: Record<string, { get: Operation }>;
  components: { schemas: Record<string, Schema> };
}

/** JSON Schema (2020-12, OpenAPI 3.1's dialect) of a zod schema, without the `$schema` line. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Schema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

/** The query parameters of a route, from the zod schema it validates its query with. */
function queryParameters(query: z.ZodObject): Parameter[] {
  return Object.entries(query.shape).map(([name, field]) => {
    const { description = '', example = '', ...schema } = jsonSchema(field as z.ZodType, 'input');
    const required = !(field as z.ZodType).safeParse(undefined).success;
    return { name, in: 'query', required, description: String(description), schema, example: String(example) };
  });
}

const json = (name: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } });
const BAD = {
  description: 'A query parameter is not valid (code `invalid-input` and the field)',
  content: json('Error'),
};

function operation(route: ApiRoute): { get: Operation } {
  const id: Parameter = {
    name: 'id',
    in: 'path',
    required: true,
    description: 'Person id',
    schema: { type: 'string' },
    example: '',
  };
  const parameters = [...(route.path.includes('{id}') ? [id] : []), ...queryParameters(route.query)];
  return {
    get: {
      summary: route.summary,
      operationId: route.operationId,
      tags: ['api'],
      parameters,
      responses: {
        '200': { description: 'OK', content: json(route.body) },
        ...(route.moved ? { '301': { description: route.moved } } : {}),
        '400': BAD,
        ...(route.notFound ? { '404': { description: route.notFound, content: json('Error') } } : {}),
      },
    },
  };
}

const download = (type: string, description: string) => ({
  get: {
    summary: description,
    operationId: type === 'text/csv' ? 'downloadCsv' : 'downloadJson',
    tags: ['open data'],
    parameters: [],
    responses: {
      '200': {
        description: `${description}. Public fields only; sent with an ETag that changes with the data.`,
        content: { [type]: { schema: { type: 'string' } } },
      },
      '304': { description: 'Not modified (If-None-Match matched the ETag)' },
    },
  },
});

/** Builds the document. Pure: the same document every time. */
export function openApiDocument(): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Rollcall public API',
      version: '1',
      description:
        'Read-only data about people recognised as political prisoners: the public registry, ' +
        'facilities and figures. Only fields marked public are ever sent. Errors are ' +
        '`{ "error": { "code", "message", "details" } }` with HTTP 400 (bad input), 404, or 503 ' +
        'with Retry-After while the registry is busy.',
      license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    },
    servers: [{ url: '/' }],
    paths: {
      ...Object.fromEntries(API_ROUTES.map((route) => [route.path, operation(route)])),
      '/data/registry.json': download('application/json', 'The public registry as JSON'),
      '/data/registry.csv': download('text/csv', 'The public registry as CSV, one row per person'),
    },
    components: {
      schemas: Object.fromEntries(Object.entries(API_BODIES).map(([name, body]) => [name, jsonSchema(body, 'output')])),
    },
  };
}
