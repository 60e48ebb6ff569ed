/**
 * JSON Schemas (OpenAPI 3.1 dialect) of the public API's responses. Each
 * top-level object lists every field the API sends (`additionalProperties:
 * false`), so the contract test catches a field that appears or disappears.
 * Nested shapes are described as far as a reader needs them.
 */

type Schema = Record<string, unknown>;

const str: Schema = { type: 'string' };
const int: Schema = { type: 'integer', minimum: 0 };
const partialDate: Schema = {
  type: 'string',
  description: 'YYYY, YYYY-MM or YYYY-MM-DD, with a leading ~ when approximate',
  example: '2022-03-31',
};

/** A closed object: every property listed, the given ones required. */
function object(properties: Record<string, Schema>, required: readonly string[] = Object.keys(properties)): Schema {
  return { type: 'object', properties, required: [...required], additionalProperties: false };
}

const localized: Schema = {
  type: 'object',
  description: 'One text per UI language',
  properties: { be: str, ru: str, en: str },
};
const term: Schema = object({ years: int, months: int, days: int });
const counts: Schema = { type: 'object', additionalProperties: { type: 'integer' } };
const breakdown: Schema = {
  type: 'array',
  items: object({ key: { type: ['string', 'null'] }, count: int }),
};

const publicPerson = object(
  {
    id: str,
    names: {
      type: 'array',
      items: {
        type: 'object',
        properties: { family: str, given: str, patronymic: str, system: str, primary: { type: 'boolean' } },
        required: ['family', 'given', 'system', 'primary'],
      },
    },
    sex: { type: 'string', enum: ['female', 'male'] },
    birthDate: partialDate,
    region: str,
    occupation: localized,
    biography: localized,
    photo: {
      type: 'object',
      properties: { ref: str, caption: localized, credit: str },
      required: ['ref'],
    },
    cases: {
      type: 'array',
      items: { type: 'object', description: 'Public cases: charges, court, verdict, punishment' },
    },
    events: { type: 'array', items: { type: 'object', description: 'Public events: kind, date, facility, reason' } },
    fictional: { type: 'boolean', description: 'True for generated, fictional records' },
  },
  ['id', 'names', 'occupation', 'biography', 'cases', 'events', 'fictional'],
);

const facility = object(
  {
    id: str,
    kind: str,
    number: str,
    regime: str,
    city: localized,
    name: localized,
    aliases: { type: 'array', items: str },
    address: localized,
    letters: object(
      { institution: str, street: str, locality: str, region: str, postalCode: str, checked: { type: 'boolean' } },
      ['institution', 'locality', 'postalCode', 'checked'],
    ),
  },
  ['id', 'kind', 'city', 'name', 'aliases'],
);

const releaseEntry: Schema = {
  type: 'object',
  properties: {
    personId: str,
    releaseEventId: str,
    releaseDate: partialDate,
    reason: { type: ['string', 'null'] },
    custodyStart: partialDate,
    timeServed: {
      type: 'object',
      properties: { exact: { oneOf: [term, { type: 'null' }] }, min: term, max: term },
    },
    overThreeYears: { type: ['boolean', 'null'] },
    statedTimeServed: term,
  },
  required: ['personId', 'releaseDate', 'custodyStart', 'timeServed', 'overThreeYears'],
};
const names: Schema = {
  type: 'object',
  description: 'Display names by person id',
  additionalProperties: { type: 'string' },
};

/** The `components.schemas` section of the OpenAPI document. */
export const SCHEMAS: Record<string, Schema> = {
  Error: object({
    error: {
      type: 'object',
      properties: { code: str, message: str, details: {} },
      required: ['code', 'message'],
    },
  }),
  PersonList: object({
    total: int,
    page: { type: 'integer', minimum: 1 },
    limit: { type: 'integer', minimum: 1 },
    persons: {
      type: 'array',
      items: object(
        { id: str, name: str, status: str, region: { type: ['string', 'null'] }, sex: { type: ['string', 'null'] } },
        ['id', 'name', 'status'],
      ),
    },
  }),
  Person: publicPerson,
  FacilityList: object({ facilities: { type: 'array', items: facility } }),
  Stats: object(
    {
      date: { type: 'string', format: 'date' },
      count: { ...int, description: 'Political prisoners certainly in custody on the date' },
      possible: { ...int, description: 'Including those whose vague dates may put them in custody' },
      termEnded: {
        ...int,
        description:
          'Not in count: past the end of their term with no release recorded ("term ended, release not confirmed")',
      },
      breakdowns: object({ sex: breakdown, region: breakdown, article: breakdown, facility: breakdown }),
      facilityNote: {
        ...str,
        description: 'Present for dates other than today: the facility breakdown is known for today only (and empty)',
      },
    },
    ['date', 'count', 'possible', 'termEnded', 'breakdowns'],
  ),
  Series: object({
    step: { type: 'string', enum: ['day', 'month'] },
    points: {
      type: 'array',
      items: object({ date: { type: 'string', format: 'date' }, count: int, possible: int }),
    },
  }),
  Flows: object({
    months: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          month: str,
          recognitions: int,
          detentions: int,
          verdicts: int,
          releases: int,
          releasesByReason: counts,
          uncertain: counts,
        },
        required: ['month'],
      },
    },
  }),
  Releases: object({
    month: { type: 'string', example: '2024-01' },
    entries: { type: 'array', items: releaseEntry },
    uncertain: { type: 'array', items: releaseEntry },
    summary: {
      type: 'object',
      properties: {
        released: int,
        termServed: int,
        termServedOverThreeYears: int,
        termServedOverThreeYearsUnknown: int,
        homeConfinement: int,
        openInstitution: int,
        byReason: counts,
      },
    },
    names,
  }),
  Expected: object({
    from: { type: 'string', format: 'date' },
    to: { type: 'string', format: 'date' },
    fromDay: { type: 'integer', description: 'Days since 1970-01-01' },
    toDay: { type: 'integer', description: 'Days since 1970-01-01' },
    entries: {
      type: 'array',
      items: object({ personId: str, date: { type: ['string', 'null'] }, min: str, max: str }),
    },
    names,
  }),
};
