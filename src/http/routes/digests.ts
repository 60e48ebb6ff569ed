/**
 * The digest life cycle through the write API (staff), under `/api/v1/digests`; the
 * same use cases as `rollcall digest …`:
 *
 * - `GET /` the stored digests (drafts too; `?status=&kind=&month=&lang=`);
 *   `GET /:id` one, with the `ETag` of its revision (`"r57"`); `GET /:id/history`;
 *   `GET /:id/regeneration` what a regeneration would change now (nothing written).
 * - `POST /` `{ kind, month, lang, note? }` drafts a month (201; 409 `exists`).
 * - With `If-Match` (428 without, 409 `stale-revision` with the differences when stale):
 *   `PATCH /:id` `{ opening?, entries?, drop?, add?, move?, note? }` edits (one revision);
 *   `POST /:id/regenerate` `{ note? }`; `POST /:id/publish` `{ acknowledge: [codes], note? }`
 *   (409 `unacknowledged-warnings` naming the codes not acknowledged);
 *   `POST /:id/unpublish` `{ note? }`; `POST /:id/republish` `{ note }`.
 *
 * Every write stores its actor and note in the revision and an audit entry. The request
 * and response schemas are in `../staff-contract.ts`, the staff OpenAPI document's source.
 *
 * @example
 * await app.request('/api/v1/digests/d-releases-2024-01-en/publish', { method: 'POST',
 *   headers: { 'content-type': 'application/json', 'if-match': '"r57"' }, body: '{"acknowledge":["entry-without-source"]}' });
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import {
  digestHistory,
  digestState,
  draftDigest,
  listDigests,
  previewRegeneration,
  publishDigestRevision,
  reviseDigest,
  unpublishDigestRevision,
  type DigestChangeMeta,
} from '../../app/digests.js';
import { republishDigest } from '../../app/digest-republish.js';
import { revisionEtag } from '../../app/record-writes.js';
import { parseStrict } from '../../app/strict-input.js';
import type { Digest } from '../../domain/digest/index.js';
import type { ApiEnv } from '../route-policy.js';
import { readJson } from './body.js';
import { actorOf, requireIfMatch } from './records.js';
import {
  DigestCreateBody,
  DigestListQuery as DigestListQuerySchema,
  DigestNoteBody,
  DigestPatchBody,
  DigestPublishBody,
  DigestRepublishBody,
} from '../staff-contract.js';

export function digestApiRoutes(ctx: AppContext): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  const meta = (c: Context<ApiEnv>, note: string | undefined, baseRevisionId: number | null): DigestChangeMeta => ({
    actor: actorOf(c),
    note,
    baseRevisionId,
  });
  const body = async <S extends z.ZodType>(c: Context<ApiEnv>, schema: S, optional = false) =>
    parseStrict(schema, (await readJson(c, { optional })) ?? {}, 'request') as z.output<S>;

  api.get('/digests', async (c) => {
    const query = parseStrict(DigestListQuerySchema, c.req.query(), 'query');
    return noStore(c).json({ digests: await listDigests(ctx, query) });
  });

  api.post('/digests', async (c) => {
    const { note, ...req } = await body(c, DigestCreateBody);
    const result = await draftDigest(ctx, req, meta(c, note, null));
    return answer(c, result.digest, result.revisionId!, 201);
  });

  api.get('/digests/:id', async (c) => {
    const state = await digestState(ctx, c.req.param('id'));
    return answer(c, state.digest, state.revisionId, 200);
  });

  api.get('/digests/:id/history', async (c) => {
    return noStore(c).json({ revisions: await digestHistory(ctx, c.req.param('id')) });
  });

  api.get('/digests/:id/regeneration', async (c) => {
    const preview = await previewRegeneration(ctx, c.req.param('id'));
    return noStore(c).json({ id: preview.digest.id, ...preview });
  });

  api.patch('/digests/:id', async (c) => {
    const base = requireIfMatch(c);
    const { note, ...change } = await body(c, DigestPatchBody);
    const done = await reviseDigest(ctx, c.req.param('id'), change, meta(c, note, base));
    return answer(c, done.digest, done.revisionId, 200);
  });

  api.post('/digests/:id/regenerate', async (c) => {
    const base = requireIfMatch(c);
    const { note } = await body(c, DigestNoteBody, true);
    const { digest } = await digestState(ctx, c.req.param('id'));
    const req = { kind: digest.kind, month: digest.month, lang: digest.lang };
    const result = await draftDigest(ctx, req, meta(c, note, base));
    return answer(c, result.digest, result.revisionId!, 200);
  });

  api.post('/digests/:id/publish', async (c) => {
    const base = requireIfMatch(c);
    const { note, acknowledge } = await body(c, DigestPublishBody);
    const done = await publishDigestRevision(ctx, c.req.param('id'), { acknowledge }, meta(c, note, base));
    return answer(c, done.digest, done.revisionId, 200);
  });

  api.post('/digests/:id/unpublish', async (c) => {
    const base = requireIfMatch(c);
    const { note } = await body(c, DigestNoteBody, true);
    const done = await unpublishDigestRevision(ctx, c.req.param('id'), meta(c, note, base));
    return answer(c, done.digest, done.revisionId, 200);
  });

  api.post('/digests/:id/republish', async (c) => {
    const base = requireIfMatch(c);
    const { note } = await body(c, DigestRepublishBody);
    const done = await republishDigest(ctx, c.req.param('id'), meta(c, note, base));
    c.header('ETag', revisionEtag(done.revisionId));
    return noStore(c).json({ id: done.digest.id, ...done });
  });

  return api;
}

function noStore(c: Context): Context {
  c.header('Cache-Control', 'no-store');
  return c;
}

function answer(c: Context, digest: Digest, revisionId: number, status: 200 | 201) {
  c.header('ETag', revisionEtag(revisionId));
  return noStore(c).json({ id: digest.id, revisionId, digest }, status);
}
