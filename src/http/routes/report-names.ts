/**
 * The report form's name search, for its script: `POST /{lang}/report/names` with
 * `{ "q": "…" }` answers the public people whose names match in any script, as
 * `{ "people": [{ "id", "name", "born" }] }` (name in the page's language, birth year
 * when public). POST, so the name a sender types is never in a URL (proxies and
 * browsers keep URLs); never cached; counted by the rate limit like a name search.
 * Public data only: the public name index and the public presenter.
 *
 * @example
 * await fetch('/be/report/names', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"q":"Лучыновіч"}' });
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { todayIso } from '../../app/context.js';
import { searchPersons } from '../../app/search.js';
import { personPageData } from '../../app/site-queries.js';
import type { Lang } from '../../domain/record.js';
import { personNameText } from '../../web/pages/common.js';
import type { StaffEnv } from '../auth/authenticate.js';

/** At most this many people are offered. */
export const REPORT_NAME_HITS = 6;
const Query = z.object({ q: z.string().trim().min(2).max(200) }).strict();

export interface ReportNameHit {
  id: string;
  name: string;
  born?: string;
}

export function reportNameRoutes(ctx: AppContext): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  app.post(
    '/:lang{be|ru|en}/report/names',
    bodyLimit({
      maxSize: 2048,
      onError: (c) => c.json({ error: { code: 'too-large', message: 'At most 2 KB.' } }, 413),
    }),
    async (c) => {
      const lang = c.req.param('lang') as Lang;
      const body = Query.safeParse(await c.req.json().catch(() => null));
      c.header('Cache-Control', 'no-store');
      if (!body.success) {
        const message = 'Send {"q": "a name"} of 2 to 200 characters.';
        return c.json({ error: { code: 'invalid-input', message, details: null } }, 400);
      }
      return c.json({ people: await namesFor(ctx, body.data.q, lang) });
    },
  );
  return app;
}

async function namesFor(ctx: AppContext, q: string, lang: Lang): Promise<ReportNameHit[]> {
  const hits = await searchPersons(ctx, q, { limit: REPORT_NAME_HITS, audience: 'public' });
  const today = todayIso(ctx);
  const people = await Promise.all(
    hits.map(async (hit) => {
      const data = await personPageData(ctx, hit.id, today);
      if (!data) return null;
      const born = data.person.birthDate?.replace('~', '').slice(0, 4);
      return { id: hit.id, name: personNameText(data.person, lang, 'full'), ...(born ? { born } : {}) };
    }),
  );
  return people.filter((p): p is ReportNameHit => p !== null);
}
