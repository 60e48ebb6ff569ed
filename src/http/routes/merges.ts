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
import type { AppContext } from '../../app/context.js';
import { listMerges, mergePersonsInto, undoMerge } from '../../app/merge.js';
import { parseStrict } from '../../app/strict-input.js';
import { Id } from '../../domain/record.js';
import { revisionEtag } from '../../app/record-writes.js';
import type { ApiEnv } from '../route-policy.js';
import { readJson } from './body.js';
import { actorOf } from './records.js';
import { MergeBody, MergeId, MergeListQuery as ListQuery, MergeUndoBody as UndoBody } from '../staff-contract.js';

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
