/**
 * The merge pages over HTTP (editors merge and undo; every staff role that reads persons
 * sees the likely duplicates and a merge's result): `GET /staff/merge?a=&b=` compares,
 * `POST /staff/merge` merges and goes to `/staff/merges/:id`, whose form undoes it;
 * (the likely duplicates are `staff-duplicates.ts`). Forms work without script; a refused
 * merge (a record changed meanwhile, a bad field) shows the page again with the reason.
 *
 * @example
 * app.route('/', staffMergeRoutes(ctx));
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { currentRecord } from '../../app/record-writes.js';
import { getMerge, mergePersonsInto, undoMerge } from '../../app/merge.js';
import { publicRowsById } from '../../app/read-model/index.js';
import { parseStrict } from '../../app/strict-input.js';
import { MergeChoicesInput, mergePersons, planMerge } from '../../domain/merge.js';
import { httpStatus, RollcallError } from '../../domain/errors.js';
import { Id, type Person } from '../../domain/record.js';
import { mergeDonePage, mergeErrorPage, mergePage } from '../../web/staff/merge-page.js';
import type { StaffEnv } from '../auth/authenticate.js';
import { staffLang, staffUser } from './staff-auth.js';

const Pair = z.object({ a: Id, b: Id, lang: z.string().max(5).optional() });
const Revision = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const MergeForm = z.object({
  csrf: z.string().max(200).optional(),
  into: Id,
  from: Id,
  intoRevision: Revision,
  fromRevision: Revision,
  note: z.string().max(2000).optional(),
});
const MergeId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export function staffMergeRoutes(ctx: AppContext): Hono<StaffEnv> {
  const app = new Hono<StaffEnv>();
  for (const path of ['/staff/merge', '/staff/merges/*']) {
    app.use(path, async (c, next) => {
      await next();
      c.res.headers.set('Cache-Control', 'no-store');
    });
  }

  /** The comparison page for a pair, with an error to show (a refused merge). */
  const compare = async (c: Context<StaffEnv>, a: string, b: string, error: string | null, status: number) => {
    const lang = staffLang(c);
    const [into, from] = await Promise.all([currentRecord(ctx, 'person', a), currentRecord(ctx, 'person', b)]);
    if (a === b) throw new RollcallError('invalid-input', `A person cannot be merged into itself (${a}).`);
    const [x, y] = [into.record as Person, from.record as Person];
    const page = mergePage({
      lang,
      user: staffUser(c),
      into: { person: x, revisionId: into.revisionId },
      from: { person: y, revisionId: from.revisionId },
      plan: planMerge(x, y),
      merged: mergePersons(x, y),
      error,
    });
    return c.html(page, status as 200);
  };

  app.get('/staff/merge', async (c) => {
    const q = Pair.safeParse(c.req.query());
    if (!q.success) return c.html(errorPage(c, 'invalid-input'), 400);
    try {
      return await compare(c, q.data.a, q.data.b, null, 200);
    } catch (error) {
      return refused(c, error);
    }
  });

  app.post('/staff/merge', async (c) => {
    const body = await c.req.parseBody();
    const { choice, rest } = splitChoices(body);
    const form = MergeForm.safeParse(rest);
    if (!form.success) return c.html(errorPage(c, 'invalid-input'), 400);
    const f = form.data;
    try {
      const choices = parseStrict(MergeChoicesInput, choice, 'choices');
      const res = await mergePersonsInto(ctx, {
        intoId: f.into,
        fromId: f.from,
        intoBaseRevisionId: f.intoRevision,
        fromBaseRevisionId: f.fromRevision,
        choices,
        note: f.note?.trim() || undefined,
        actor: staffUser(c).email,
      });
      return c.redirect(`/staff/merges/${res.mergeId}?lang=${staffLang(c)}`, 303);
    } catch (error) {
      if (!(error instanceof RollcallError)) throw error;
      try {
        return await compare(c, f.into, f.from, error.message, httpStatus(error.code));
      } catch (again) {
        return refused(c, again);
      }
    }
  });

  app.get('/staff/merges/:id', async (c) => {
    const id = MergeId.safeParse(c.req.param('id'));
    if (!id.success) return c.html(errorPage(c, 'invalid-input'), 404);
    try {
      const merge = await getMerge(ctx, id.data);
      const intoPublic = (await publicRowsById(ctx)).has(merge.toId);
      return c.html(mergeDonePage({ lang: staffLang(c), user: staffUser(c), merge, intoPublic }));
    } catch (error) {
      return refused(c, error);
    }
  });

  app.post('/staff/merges/:id/undo', async (c) => {
    const id = MergeId.safeParse(c.req.param('id'));
    if (!id.success) return c.html(errorPage(c, 'invalid-input'), 404);
    try {
      await undoMerge(ctx, { mergeId: id.data, actor: staffUser(c).email });
      return c.redirect(`/staff/merges/${id.data}?lang=${staffLang(c)}`, 303);
    } catch (error) {
      return refused(c, error);
    }
  });

  return app;
}

/** Form fields `choice.<field>` apart from the rest. */
function splitChoices(body: Record<string, unknown>): {
  choice: Record<string, unknown>;
  rest: Record<string, unknown>;
} {
  const choice: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    if (k.startsWith('choice.')) choice[k.slice('choice.'.length)] = v;
    else rest[k] = v;
  }
  return { choice, rest };
}

function refused(c: Context<StaffEnv>, error: unknown): Response {
  if (!(error instanceof RollcallError)) throw error;
  const status = httpStatus(error.code);
  if (status >= 500) throw error;
  return c.html(errorPage(c, error.message), status as 400);
}

/** A short staff page with the reason; `invalid-input` shows the page language's hint. */
function errorPage(c: Context<StaffEnv>, message: string): string {
  return mergeErrorPage({
    lang: staffLang(c),
    user: staffUser(c),
    message: message === 'invalid-input' ? null : message,
  });
}
