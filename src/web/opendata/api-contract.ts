/**
 * The public JSON API's contract as zod schemas: the query each route validates
 * (the routes in `src/http/routes/api.ts` parse with these very schemas), the body
 * it answers, and the error body. The OpenAPI document (`openapi.ts`) is generated
 * from them, and `openapi.test.ts` checks real answers of the demo against them.
 * Parameter descriptions and examples are the schemas' `meta`.
 *
 * @example
 * const q = parseOrThrow(SeriesQuery, c.req.query(), 'query'); // { from, to, step }
 * SeriesBody.parse(await res.json());
 */
import { z } from 'zod';
import { ERROR_CODES } from '../../domain/errors.js';
import { Localized, REGIONS, ReleaseReason, Sex, Term } from '../../domain/record.js';
import { PublicFacilityView, PublicPersonView } from '../../disclosure/public-schemas.js';

const about = (description: string, example: string) => ({ description, example });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM');

// ---------------------------------------------------------------- queries

export const PersonListQuery = z.object({
  q: z.string().trim().max(200).optional().meta(about('Name search in any script or spelling (ranked)', 'Mikhniuk')),
  status: z.enum(['imprisoned', 'released', 'deceased', 'other']).optional().meta(about('Status today', 'imprisoned')),
  region: z.enum(REGIONS).optional().meta(about('Region of Belarus', 'minsk-city')),
  sex: Sex.optional().meta(about('Sex', 'female')),
  article: z
    .string()
    .regex(/^\d{1,3}(-\d{1,2})?$/, 'expected an article like 368 or 361-4')
    .optional()
    .meta(about('Criminal Code article charged', '342')),
  facility: z.string().max(80).optional().meta(about('Current place of detention (facility id)', 'f-sizo-1-minsk')),
  year: z.coerce.number().int().min(1990).max(2100).optional().meta(about('Year of first detention', '2021')),
  sort: z.enum(['name', 'detention']).optional().meta(about('Sort key (default: name; with q, relevance)', 'name')),
  order: z.enum(['asc', 'desc']).default('asc').meta(about('Sort order', 'asc')),
  page: z.coerce.number().int().min(1).max(100_000).default(1).meta(about('Page number, from 1', '1')),
  limit: z.coerce.number().int().min(1).max(500).default(50).meta(about('Persons per page', '20')),
});

export const StatsQuery = z.object({ at: isoDate.optional().meta(about('The date (default: today)', '2023-06-15')) });

export const SeriesQuery = z.object({
  from: isoDate.meta(about('First date', '2021-01-01')),
  to: isoDate.meta(about('Last date', '2023-12-31')),
  step: z.enum(['day', 'month']).default('month').meta(about('One point per day or month', 'month')),
});

export const FlowsQuery = z.object({
  from: month.meta(about('First month (YYYY-MM)', '2023-01')),
  to: month.meta(about('Last month (YYYY-MM)', '2023-12')),
});

export const ReleasesQuery = z.object({ month: month.meta(about('The month (YYYY-MM)', '2024-01')) });

export const ExpectedQuery = z.object({
  from: isoDate.meta(about('First date', '2024-01-01')),
  to: isoDate.meta(about('Last date', '2024-12-31')),
});

// ---------------------------------------------------------------- bodies

const count = z.number().int().min(0);
const day = z.string().meta({ format: 'date' });
const partialDate = z.string().meta({ description: 'YYYY, YYYY-MM or YYYY-MM-DD, with a leading ~ when approximate' });
const names = z.record(z.string(), z.string()).meta({ description: 'Display names by person id' });
const breakdown = z.array(z.object({ key: z.string().nullable(), count }));

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      details: z.record(z.string(), z.unknown()).nullable(),
    }),
  })
  .meta({ description: 'Every error: a stable code, a message saying what to do, details (e.g. the fields)' });

export const PersonListBody = z.object({
  total: count,
  page: z.number().int().min(1),
  limit: z.number().int().min(1),
  persons: z.array(
    z.object({
      id: z.string(),
      name: z.string().meta({ description: 'The primary Latin name form, "Family Given Patronymic"' }),
      names: z
        .array(z.object({ system: z.string(), primary: z.boolean(), text: z.string() }))
        .meta({ description: 'Every public name form as displayed' }),
      status: z.enum(['imprisoned', 'released', 'deceased', 'other']),
      region: z.enum(REGIONS).nullable(),
      sex: Sex.nullable(),
      detained: z.string().nullable().meta({ description: 'First custody date (partial date)' }),
      released: z.string().nullable().meta({ description: 'Last release date (partial date), when released' }),
      facility: z
        .object({ id: z.string(), name: Localized })
        .nullable()
        .meta({ description: 'Current place of detention while imprisoned' }),
    }),
  ),
});

export const FacilityListBody = z.object({ facilities: z.array(PublicFacilityView) });

export const StatsBody = z.object({
  date: day,
  count: count.meta({ description: 'Political prisoners certainly in custody on the date' }),
  possible: count.meta({ description: 'Including those whose vague dates may put them in custody' }),
  termEnded: count.meta({
    description:
      'Not in count: past the end of their term with no release recorded ("term ended, release not confirmed")',
  }),
  breakdowns: z.object({ sex: breakdown, region: breakdown, article: breakdown, facility: breakdown }),
  facilityNote: z.string().optional().meta({
    description: 'Present for dates other than today: the facility breakdown is known for today only (and empty)',
  }),
});

export const SeriesBody = z.object({
  step: z.enum(['day', 'month']),
  points: z.array(z.object({ date: day, count, possible: count })),
});

const flowCounts = z.object({ recognitions: count, detentions: count, verdicts: count, releases: count });
export const FlowsBody = z.object({
  months: z.array(
    flowCounts.extend({
      month: z.string(),
      releasesByReason: z.partialRecord(z.union([ReleaseReason, z.literal('unknown')]), count),
      uncertain: flowCounts,
    }),
  ),
});

const releaseEntry = z.object({
  personId: z.string(),
  releaseEventId: z.string(),
  releaseDate: partialDate,
  reason: ReleaseReason.nullable(),
  custodyStart: partialDate,
  timeServed: z.object({ exact: Term.nullable(), min: Term, max: Term }),
  overThreeYears: z.boolean().nullable(),
  statedTimeServed: Term.optional(),
});
export const ReleasesBody = z.object({
  month: z.string().meta({ example: '2024-01' }),
  entries: z.array(releaseEntry),
  uncertain: z.array(releaseEntry),
  summary: z.object({
    released: count,
    termServed: count,
    termServedOverThreeYears: count,
    termServedOverThreeYearsUnknown: count,
    homeConfinement: count,
    openInstitution: count,
    byReason: z.record(z.string(), count),
  }),
  names,
});

export const ExpectedBody = z.object({
  from: day,
  to: day,
  entries: z.array(z.object({ personId: z.string(), date: z.string().nullable(), min: z.string(), max: z.string() })),
  names,
});

// ---------------------------------------------------------------- routes

export interface ApiRoute {
  /** OpenAPI path, `{id}` for a path parameter. */
  path: string;
  operationId: string;
  summary: string;
  query: z.ZodObject;
  /** The name of the body in `components.schemas`. */
  body: keyof typeof API_BODIES;
  /** Answers 404 for an unknown (or non-public) id. */
  notFound?: string;
  /** Answers 301 for an id that moved (a person merged into another). */
  moved?: string;
}

/** The bodies, by their name in the OpenAPI document. */
export const API_BODIES = {
  Error: ErrorBody,
  PersonList: PersonListBody,
  Person: PublicPersonView,
  FacilityList: FacilityListBody,
  Stats: StatsBody,
  Series: SeriesBody,
  Flows: FlowsBody,
  Releases: ReleasesBody,
  Expected: ExpectedBody,
} as const;

const none = z.object({});

/** Every public GET route under `/api/v1`, in the order the document lists them. */
export const API_ROUTES: readonly ApiRoute[] = [
  {
    path: '/api/v1/persons',
    operationId: 'listPersons',
    summary: 'Public persons, filtered, sorted and paged',
    query: PersonListQuery,
    body: 'PersonList',
  },
  {
    path: '/api/v1/persons/{id}',
    operationId: 'getPerson',
    summary: 'One public person: names, cases, events',
    query: none,
    body: 'Person',
    notFound: 'No public person with this id',
    moved: 'The person was merged into another public person: Location names the id to use',
  },
  {
    path: '/api/v1/facilities',
    operationId: 'listFacilities',
    summary: 'Places of detention',
    query: none,
    body: 'FacilityList',
  },
  {
    path: '/api/v1/stats',
    operationId: 'stats',
    summary: 'The count of political prisoners on a date, with breakdowns',
    query: StatsQuery,
    body: 'Stats',
  },
  { path: '/api/v1/series', operationId: 'series', summary: 'The count over time', query: SeriesQuery, body: 'Series' },
  {
    path: '/api/v1/flows',
    operationId: 'flows',
    summary: 'Monthly recognitions, detentions, verdicts and releases',
    query: FlowsQuery,
    body: 'Flows',
  },
  {
    path: '/api/v1/releases',
    operationId: 'releases',
    summary: 'Releases of a month with time served (the digest figures)',
    query: ReleasesQuery,
    body: 'Releases',
  },
  {
    path: '/api/v1/expected',
    operationId: 'expected',
    summary: 'Projected releases in a date range',
    query: ExpectedQuery,
    body: 'Expected',
  },
];
