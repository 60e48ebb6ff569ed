/**
 * The likely duplicates over HTTP: `GET /staff/duplicates` lists them (every staff role
 * that reads persons), with the pairs judged different people below;
 * `POST /staff/duplicates/dismiss` marks a pair "not the same person" and
 * `POST /staff/duplicates/undo` offers it again (those who may merge). Each post goes
 * back to the list with what was done, or shows the reason it was refused.
 *
 * @example
 * app.route('/', staffDuplicateRoutes(ctx));
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { likelyDuplicates } from '../../app/duplicates.js';
import { dismissedPairs, dismissPair, orderedPair, undoDismissal } from '../../app/duplicate-dismissals.js';
import { decide } from '../../domain/policy.js';
import { httpStatus, RollcallError } from '../../domain/errors.js';
import { Id, type Person } from '../../domain/record.js';
import { createTranslator } from '../../i18n/translator.js';
import { duplicatesPage } from '../../web/staff/duplicates-page.js';
import { staffName } from '../../web/staff/merge-page.js';
import type { StaffEnv } from '../auth/authenticate.js';
import { staffLang, staffUser } from './staff-auth.js';
import { noStore } from './staff-review.js';

const PairForm = z.object({ a: Id, b: Id, note: z.string().max(500).optional() });
const Done = z.enum(['dismissed', 'undone']).optional().catch(undefined);

export function staffDuplicateRoutes(ctx: AppContext): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  app.use('/staff/duplicates', noStore);
  app.use('/staff/duplicates/*', noStore);

  app.get('/staff/duplicates', async (c) => {
    const done = Done.parse(c.req.query('done'));
    const pair = z.object({ a: Id, b: Id }).safeParse(c.req.query());
    const t = createTranslator(staffLang(c));
    const notice =
      done && pair.success
        ? t(done === 'dismissed' ? 'merge.duplicates.dismissedDone' : 'merge.duplicates.undoneDone', pair.data)
        : null;
    return page(c, notice, null, 200);
  });

  for (const action of ['dismiss', 'undo'] as const) {
    app.post(`/staff/duplicates/${action}`, async (c) => {
      const lang = staffLang(c);
      const form = PairForm.safeParse(await c.req.parseBody());
      if (!form.success) return page(c, null, 'Choose a pair from the list (two person ids).', 400);
      const { a, b, note } = form.data;
      const actor = staffUser(c).email;
      try {
        if (action === 'dismiss') await dismissPair(ctx, a, b, { actor, note });
        else await undoDismissal(ctx, a, b, { actor });
      } catch (error) {
        if (!(error instanceof RollcallError)) throw error;
        return page(c, null, error.message, httpStatus(error.code) === 404 ? 404 : 400);
      }
      const done = action === 'dismiss' ? 'dismissed' : 'undone';
      const [x, y] = orderedPair(a, b);
      const q = new URLSearchParams({ done, a: x, b: y, lang });
      return c.redirect(`/staff/duplicates?${q.toString()}`, 303);
    });
  }

  async function page(c: Context<StaffEnv>, notice: string | null, error: string | null, status: 200 | 400 | 404) {
    const lang = staffLang(c);
    const [pairs, dismissed] = await Promise.all([likelyDuplicates(ctx, { limit: 100 }), dismissedPairs(ctx)]);
    const ids = [...new Set([...pairs, ...dismissed].flatMap((p) => [p.a, p.b]))];
    const persons = new Map<string, Person>(
      (await ctx.store.read((r) => r.persons.getMany(ids))).map((p) => [p.id, p]),
    );
    const who = (id: string) => ({ id, name: staffName(persons.get(id), lang) });
    const role = c.get('principal')?.role ?? null;
    return c.html(
      duplicatesPage({
        lang,
        user: staffUser(c),
        pairs: pairs.map((p) => ({
          a: who(p.a),
          b: who(p.b),
          birthYear: p.grounds.birthYear,
          region: p.grounds.region,
        })),
        dismissed: dismissed.map((d) => ({ ...d, a: who(d.a), b: who(d.b) })),
        canDecide: decide(role, 'merge', 'person') === 'allow',
        notice,
        error,
      }),
      status,
    );
  }
  return app;
}
