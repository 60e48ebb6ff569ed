/**
 * Staff search and lists: `/staff/persons?q=&status=&page=` over everyone (the staff
 * name index: any spelling, internal forms too), in the page language's collation;
 * `/staff/persons/:id`, the whole record; `/staff/facilities`, `/staff/sources`.
 *
 * @example
 * app.route('/', staffRecordRoutes(ctx));
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { currentRecord } from '../../app/record-writes.js';
import { staffCatalog, staffPersons, type PageOrder } from '../../app/staff-lists.js';
import type { Lang } from '../../domain/record.js';
import { collatorFor } from '../../web/pages/collation.js';
import { personNameText } from '../../web/pages/common.js';
import { catalogPage, personPage, personsPage } from '../../web/staff/record-pages.js';
import { recordNameText } from '../../web/staff/record-name.js';
import type { StaffEnv } from '../auth/authenticate.js';
import { parseOrThrow } from '../../app/validate.js';
import { staffLang, staffUser } from './staff-auth.js';
import { found, noStore } from './staff-review.js';

/** A record id (so `/staff/persons/new`, the form, is not taken for one). */
export const PERSON_PAGE = '/staff/persons/:id{[a-z]+-[A-Za-z0-9_-]+}';
const ListQuery = z.object({
  lang: z.string().optional(),
  q: z.string().max(200).default(''),
  status: z.enum(['imprisoned', 'released', 'deceased', 'other', '']).default(''),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

const orders = new Map<Lang, PageOrder>();
/** The staff list's order in `lang` (one object per language: the read model carries it across versions). */
export function staffPageOrder(lang: Lang): PageOrder {
  let order = orders.get(lang);
  if (!order) {
    const collator = collatorFor(lang);
    order = {
      lang,
      key: (id, forms) => personNameText({ id, names: forms as never }, lang, 'full'),
      compare: (a, b) => collator.compare(a, b),
    };
    orders.set(lang, order);
  }
  return order;
}

export function staffRecordRoutes(ctx: AppContext): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  for (const path of ['/staff/persons', '/staff/persons/*', '/staff/facilities', '/staff/sources'])
    app.use(path, noStore);
  app.get('/staff/persons', async (c) => {
    const lang = staffLang(c);
    const q = parseOrThrow(ListQuery, c.req.query(), 'query');
    const status = q.status || undefined;
    const page = await staffPersons(ctx, { query: q.q, status, page: q.page, order: staffPageOrder(lang) });
    return c.html(personsPage({ lang, user: staffUser(c), page, query: q.q, status }));
  });
  app.get(PERSON_PAGE, async (c) => {
    const lang = staffLang(c);
    const id = c.req.param('id');
    const state = await found(c, async () => {
      const current = await currentRecord(ctx, 'person', id);
      const rev = await ctx.store.read((r) => r.revisions.get(current.revisionId));
      return { current, rev: rev! };
    });
    if (state instanceof Response) return state;
    const record = state.current.record as Record<string, unknown>;
    return c.html(personPage({ lang, user: staffUser(c), id, revision: state.rev, record }));
  });
  for (const kind of ['facility', 'source'] as const) {
    app.get(kind === 'facility' ? '/staff/facilities' : '/staff/sources', async (c) => {
      const lang = staffLang(c);
      const catalog = await staffCatalog(ctx);
      const collator = collatorFor(lang);
      const records = (kind === 'facility' ? catalog.facilities : catalog.sources)
        .map((r) => ({ r, key: recordNameText(kind, r.id, r, lang) }))
        .sort((a, b) => collator.compare(a.key, b.key))
        .map((x) => x.r);
      return c.html(catalogPage({ lang, user: staffUser(c), kind, records }));
    });
  }
  return app;
}
