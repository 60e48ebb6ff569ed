/**
 * The OpenAPI 3.1 document of the public JSON API (`/api/v1`) and the open-data
 * downloads, served at `/api/openapi.json`. Every path here is checked by
 * `openapi.test.ts` against the running app: it must exist, answer its
 * example request, and send exactly the documented top-level fields.
 *
 * @example
 * const doc = openApiDocument();
 * Object.keys(doc.paths); // ['/api/v1/persons', '/api/v1/persons/{id}', …]
 */
import { REGIONS } from '../../domain/record.js';
import { SCHEMAS } from './openapi-schemas.js';

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

const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' };
const month = { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' };

function query(name: string, schema: Schema, example: string, description: string, required = false): Parameter {
  return { name, in: 'query', required, description, schema, example };
}

const json = (name: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } });
const BAD = {
  description: 'A query parameter is not valid (code `invalid-input` and the field)',
  content: json('Error'),
};

function op(id: string, summary: string, response: string, parameters: Parameter[], extra = {}): { get: Operation } {
  return {
    get: {
      summary,
      operationId: id,
      tags: ['api'],
      parameters,
      responses: { '200': { description: 'OK', content: json(response) }, '400': BAD, ...extra },
    },
  };
}

const personFilters: Parameter[] = [
  query('q', { type: 'string', maxLength: 200 }, 'Mikhniuk', 'Name search in any script or spelling (ranked)'),
  query(
    'status',
    { type: 'string', enum: ['imprisoned', 'released', 'deceased', 'other'] },
    'imprisoned',
    'Status today',
  ),
  query('region', { type: 'string', enum: [...REGIONS] }, 'minsk-city', 'Region of Belarus'),
  query('sex', { type: 'string', enum: ['female', 'male'] }, 'female', 'Sex'),
  query('article', { type: 'string', pattern: '^\\d{1,3}(-\\d{1,2})?$' }, '342', 'Criminal Code article charged'),
  query('facility', { type: 'string', maxLength: 80 }, 'f-sizo-1-minsk', 'Current place of detention (facility id)'),
  query('year', { type: 'integer', minimum: 1990, maximum: 2100 }, '2021', 'Year of first detention'),
  query('sort', { type: 'string', enum: ['name', 'detention'] }, 'name', 'Sort key (default: name; with q, relevance)'),
  query('order', { type: 'string', enum: ['asc', 'desc'], default: 'asc' }, 'asc', 'Sort order'),
  query('page', { type: 'integer', minimum: 1, maximum: 100000, default: 1 }, '1', 'Page number, from 1'),
  query('limit', { type: 'integer', minimum: 1, maximum: 500, default: 50 }, '20', 'Persons per page'),
];

const NOT_FOUND = { '404': { description: 'No public person with this id', content: json('Error') } };

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
        '`{ "error": { "code", "message" } }` with HTTP 400 (bad input) or 404.',
      license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
    },
    servers: [{ url: '/' }],
    paths: {
      '/api/v1/persons': op('listPersons', 'Public persons, filtered, sorted and paged', 'PersonList', personFilters),
      '/api/v1/persons/{id}': op(
        'getPerson',
        'One public person: names, cases, events',
        'Person',
        [{ name: 'id', in: 'path', required: true, description: 'Person id', schema: { type: 'string' }, example: '' }],
        NOT_FOUND,
      ),
      '/api/v1/facilities': op('listFacilities', 'Places of detention', 'FacilityList', []),
      '/api/v1/stats': op('stats', 'The count of political prisoners on a date, with breakdowns', 'Stats', [
        query('at', isoDate, '2023-06-15', 'The date (default: today)'),
      ]),
      '/api/v1/series': op('series', 'The count over time', 'Series', [
        query('from', isoDate, '2021-01-01', 'First date', true),
        query('to', isoDate, '2023-12-31', 'Last date', true),
        query(
          'step',
          { type: 'string', enum: ['day', 'month'], default: 'month' },
          'month',
          'One point per day or month',
        ),
      ]),
      '/api/v1/flows': op('flows', 'Monthly recognitions, detentions, verdicts and releases', 'Flows', [
        query('from', month, '2023-01', 'First month (YYYY-MM)', true),
        query('to', month, '2023-12', 'Last month (YYYY-MM)', true),
      ]),
      '/api/v1/releases': op('releases', 'Releases of a month with time served (the digest figures)', 'Releases', [
        query('month', month, '2024-01', 'The month (YYYY-MM)', true),
      ]),
      '/api/v1/expected': op('expected', 'Projected releases in a date range', 'Expected', [
        query('from', isoDate, '2024-01-01', 'First date', true),
        query('to', isoDate, '2024-12-31', 'Last date', true),
      ]),
      '/data/registry.json': download('application/json', 'The public registry as JSON'),
      '/data/registry.csv': download('text/csv', 'The public registry as CSV, one row per person'),
    },
    components: { schemas: SCHEMAS },
  };
}
