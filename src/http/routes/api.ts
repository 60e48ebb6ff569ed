/**
 * The public JSON API, version 1. Read-only; everything passes through the
 * public presenters. Query strings are validated with zod schemas.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { AppError, notFound, type AppContext } from '../../app/context.js';
import { parseOrThrow } from '../../app/validate.js';
import { listPersons } from '../../app/list.js';
import { statsAt, countSeries, flows } from '../../app/figures.js';
import { releasesOfMonth, expected } from '../../app/releases.js';
import { listFacilities, listSources } from '../../app/catalog.js';
import { Region, Sex } from '../../domain/record.js';
import { presentPublicFacility, presentPublicPerson } from '../presenters/public-person.js';
import type { Audience } from '../../domain/access.js';
import { apiSpan, checkDates, checkMonths, EXPECTED_YEARS_AHEAD, MAX_DAYS } from './query-bounds.js';

const PUBLIC: Audience = 'public';
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM');

export const PersonListParams = z.object({
  q: z.string().trim().max(200).optional(),
  status: z.enum(['imprisoned', 'released', 'deceased', 'other']).optional(),
  region: Region.optional(),
  sex: Sex.optional(),
  article: z
    .string()
    .regex(/^\d{1,3}(-\d{1,2})?$/, 'expected an article like 368 or 361-4')
    .optional(),
  facility: z.string().max(80).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  sort: z.enum(['name', 'detention']).optional(),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

function query(c: { req: { query(): Record<string, string> } }) {
  return c.req.query();
}

export function apiRoutes(ctx: AppContext): Hono {
  const api = new Hono();

  api.get('/persons', async (c) => {
    const q = parseOrThrow(PersonListParams, query(c), 'query');
    const page = await listPersons(ctx, {
      q: q.q,
      status: q.status,
      region: q.region,
      sex: q.sex,
      article: q.article,
      facilityId: q.facility,
      detentionYear: q.year,
      sort: q.sort,
      order: q.order,
      offset: (q.page - 1) * q.limit,
      limit: q.limit,
      audience: PUBLIC,
    });
    return c.json({
      total: page.total,
      page: q.page,
      limit: page.limit,
      persons: page.rows.map((r) => ({ id: r.id, name: r.sortName, status: r.status, region: r.region, sex: r.sex })),
    });
  });

  api.get('/persons/:id', async (c) => {
    const id = c.req.param('id');
    const [person, sources, facilities] = await Promise.all([
      ctx.store.read((r) => r.persons.get(id)),
      listSources(ctx),
      listFacilities(ctx),
    ]);
    const publicIds = (records: Array<{ id: string; visibility: string }>) =>
      new Set(records.filter((x) => x.visibility === 'public').map((x) => x.id));
    const view = person ? presentPublicPerson(person, publicIds(sources), publicIds(facilities)) : null;
    if (!view) throw notFound('person', id);
    return c.json(view);
  });

  api.get('/facilities', async (c) => {
    const facilities = (await listFacilities(ctx)).map(presentPublicFacility).filter(Boolean);
    return c.json({ facilities });
  });

  api.get('/stats', async (c) => {
    const { at } = parseOrThrow(z.object({ at: isoDate.optional() }), query(c), 'query');
    checkDates({ at }, apiSpan(ctx.now()));
    return c.json(await statsAt(ctx, at ?? ctx.now().toISOString().slice(0, 10), PUBLIC));
  });

  api.get('/series', async (c) => {
    const q = parseOrThrow(
      z.object({ from: isoDate, to: isoDate, step: z.enum(['day', 'month']).default('month') }),
      query(c),
      'query',
    );
    if (q.step === 'day') checkDates({ from: q.from, to: q.to }, apiSpan(ctx.now()), MAX_DAYS);
    else checkMonths({ from: q.from.slice(0, 7), to: q.to.slice(0, 7) }, apiSpan(ctx.now()));
    return c.json({ step: q.step, points: await countSeries(ctx, q.from, q.to, q.step, PUBLIC) });
  });

  api.get('/flows', async (c) => {
    const q = parseOrThrow(z.object({ from: month, to: month }), query(c), 'query');
    checkMonths({ from: q.from, to: q.to }, apiSpan(ctx.now()));
    return c.json({ months: await flows(ctx, q.from, q.to, PUBLIC) });
  });

  api.get('/releases', async (c) => {
    const q = parseOrThrow(z.object({ month }), query(c), 'query');
    checkMonths({ month: q.month }, apiSpan(ctx.now()));
    return c.json(await releasesOfMonth(ctx, q.month, PUBLIC));
  });

  api.get('/expected', async (c) => {
    const q = parseOrThrow(z.object({ from: isoDate, to: isoDate }), query(c), 'query');
    checkDates({ from: q.from, to: q.to }, apiSpan(ctx.now(), EXPECTED_YEARS_AHEAD));
    const result = await expected(ctx, q.from, q.to, PUBLIC);
    if (result.entries.length > 10_000) throw new AppError('too-many', 'Narrow the date range.');
    return c.json(result);
  });

  return api;
}
