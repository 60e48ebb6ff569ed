/**
 * The merge API (editors; see `src/app/merge.ts`):
 *
 * - `POST /api/v1/records/persons/:id/merge` `{ from, intoRevisionId, fromRevisionId,
 *   choices?, note? }` merges person `from` into `:id`, both based on the named revisions
 *   (409 `stale-revision` when either changed since); answers the survivor's new record
 *   with its `ETag`, the merge's id and published-exposure warnings.
 * - `GET /api/v1/merges?limit=&before=` the merges, newest first.
 * - `POST /api/v1/merges/:id/undo` `{ note? }` writes both records as they were before.
 *
 * @example
 * POST /api/v1/records/persons/p-1/merge
 * { "from": "p-2", "intoRevisionId": 41, "fromRevisionId": 12, "choices": { "birthDate": "from" } }
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { listMerges, mergePersonsInto, undoMerge } from '../../app/merge.js';
import { parseStrict } from '../../app/strict-input.js';
import { MergeChoicesInput } from '../../domain/merge.js';
import { Id } from '../../domain/record.js';
import { revisionEtag } from '../../app/record-writes.js';
import type { ApiEnv } from '../route-policy.js';
import { readJson } from './body.js';
import { actorOf } from './records.js';

const Revision = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const Note = z.string().trim().min(1).max(2000).optional();
const MergeBody = z.object({
  from: Id,
  intoRevisionId: Revision,
  fromRevisionId: Revision,
  choices: MergeChoicesInput.optional(),
  note: Note,
});
const UndoBody = z.object({ note: Note });
const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  before: z.coerce.number().int().positive().optional(),
});
const MergeId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export function mergeRoutes(ctx: AppContext): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();

  api.post('/records/persons/:id/merge', async (c) => {
    const intoId = parseStrict(Id, c.req.param('id'), 'path');
    const body = parseStrict(MergeBody, await readJson(c), 'request');
    const res = await mergePersonsInto(ctx, {
      intoId,
      fromId: body.from,
      intoBaseRevisionId: body.intoRevisionId,
      fromBaseRevisionId: body.fromRevisionId,
      choices: body.choices,
      note: body.note,
      actor: actorOf(c),
    });
    c.header('Cache-Control', 'no-store');
    c.header('ETag', revisionEtag(res.revisionId));
    return c.json({
      id: intoId,
      mergeId: res.mergeId,
      revisionId: res.revisionId,
      record: res.record,
      from: { id: body.from, revisionId: res.fromRevisionId },
      warnings: res.warnings,
    });
  });

  api.get('/merges', async (c) => {
    const q = parseStrict(ListQuery, c.req.query(), 'query');
    c.header('Cache-Control', 'no-store');
    return c.json({ merges: await listMerges(ctx, { limit: q.limit, beforeId: q.before }) });
  });

  api.post('/merges/:id/undo', async (c) => {
    const mergeId = parseStrict(MergeId, c.req.param('id'), 'path');
    const body = parseStrict(UndoBody, (await readJson(c, { optional: true })) ?? {}, 'request');
    const res = await undoMerge(ctx, { mergeId, actor: actorOf(c), note: body.note });
    c.header('Cache-Control', 'no-store');
    return c.json(res);
  });
  return api;
}
