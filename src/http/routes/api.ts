/**
 * The public JSON API, version 1. Read-only; everything passes through the
 * public presenters (src/disclosure). Query strings are validated with the zod
 * schemas of the API contract (`src/web/opendata/api-contract.ts`), from which the
 * OpenAPI document is generated.
 */
import { Hono } from 'hono';
import { notFound, type AppContext } from '../../app/context.js';
import { RollcallError } from '../../domain/errors.js';
import { parseOrThrow } from '../../app/validate.js';
import { listPersons } from '../../app/list.js';
import { statsAt, countSeries, flows } from '../../app/figures.js';
import { releasesOfMonth, expected } from '../../app/releases.js';
import { listFacilities, listSources } from '../../app/catalog.js';
import {
  ExpectedQuery,
  FlowsQuery,
  PersonListQuery,
  ReleasesQuery,
  SeriesQuery,
  StatsQuery,
} from '../../web/opendata/api-contract.js';
import { presentPublicFacility, presentPublicPerson, publicIds } from '../../disclosure/public-person.js';
import { presentListEntry } from '../../disclosure/public-list.js';
import { cardsFor, publicCatalog } from '../../app/site-queries.js';
import type { Audience } from '../../domain/access.js';
import { apiSpan, checkDates, checkMonths, EXPECTED_YEARS_AHEAD, MAX_DAYS } from './query-bounds.js';
import { publicRedirect } from '../../app/read-model/index.js';
import { MOVED_CACHE_CONTROL } from '../../web/person-redirect.js';

const PUBLIC: Audience = 'public';

function query(c: { req: { query(): Record<string, string> } }) {
  return c.req.query();
}

export function apiRoutes(ctx: AppContext): Hono {
  const api = new Hono();

  api.get('/persons', async (c) => {
    const q = parseOrThrow(PersonListQuery, query(c), 'query');
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
    const [cards, { facilities }] = await Promise.all([cardsFor(ctx, page.rows), publicCatalog(ctx)]);
    return c.json({
      total: page.total,
      page: q.page,
      limit: page.limit,
      persons: cards.map((card) => presentListEntry(card.person, card.row, facilities)),
    });
  });

  api.get('/persons/:id', async (c) => {
    const id = c.req.param('id');
    const [person, sources, facilities] = await Promise.all([
      ctx.store.read((r) => r.persons.get(id)),
      listSources(ctx),
      listFacilities(ctx),
    ]);
    const view = person ? presentPublicPerson(person, publicIds(sources), publicIds(facilities)) : null;
    const moved = person ? null : await publicRedirect(ctx, id);
    if (moved !== null) {
      c.header('Cache-Control', MOVED_CACHE_CONTROL);
      return c.redirect(`/api/v1/persons/${moved}`, 301);
    }
    if (!view) throw notFound('person', id);
    return c.json(view);
  });

  api.get('/facilities', async (c) => {
    const facilities = (await listFacilities(ctx)).map(presentPublicFacility).filter(Boolean);
    return c.json({ facilities });
  });

  api.get('/stats', async (c) => {
    const { at } = parseOrThrow(StatsQuery, query(c), 'query');
    checkDates({ at }, apiSpan(ctx.now()));
    return c.json(await statsAt(ctx, at ?? ctx.now().toISOString().slice(0, 10), PUBLIC));
  });

  api.get('/series', async (c) => {
    const q = parseOrThrow(SeriesQuery, query(c), 'query');
    if (q.step === 'day') checkDates({ from: q.from, to: q.to }, apiSpan(ctx.now()), MAX_DAYS);
    else checkMonths({ from: q.from.slice(0, 7), to: q.to.slice(0, 7) }, apiSpan(ctx.now()));
    return c.json({ step: q.step, points: await countSeries(ctx, q.from, q.to, q.step, PUBLIC) });
  });

  api.get('/flows', async (c) => {
    const q = parseOrThrow(FlowsQuery, query(c), 'query');
    checkMonths({ from: q.from, to: q.to }, apiSpan(ctx.now()));
    return c.json({ months: await flows(ctx, q.from, q.to, PUBLIC) });
  });

  api.get('/releases', async (c) => {
    const q = parseOrThrow(ReleasesQuery, query(c), 'query');
    checkMonths({ month: q.month }, apiSpan(ctx.now()));
    return c.json(await releasesOfMonth(ctx, q.month, PUBLIC));
  });

  api.get('/expected', async (c) => {
    const q = parseOrThrow(ExpectedQuery, query(c), 'query');
    checkDates({ from: q.from, to: q.to }, apiSpan(ctx.now(), EXPECTED_YEARS_AHEAD));
    // The day numbers are the use case's own (days since 1970): they do not leave.
    const { fromDay: _fromDay, toDay: _toDay, ...result } = await expected(ctx, q.from, q.to, PUBLIC);
    if (result.entries.length > 10_000) throw new RollcallError('too-many', 'Narrow the date range.');
    return c.json(result);
  });

  return api;
}
