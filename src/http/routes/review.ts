/**
 * Staff routes around revisions: restore a revision (`POST /revisions/:id/restore`
 * with `If-Match` of the record's current ETag), researchers' proposals (list, one,
 * approve, reject) and the audit log for admins (`GET /audit`).
 */
import { Hono } from 'hono';
import { type AppContext } from '../../app/context.js';
import { RollcallError } from '../../domain/errors.js';
import { parseOrThrow } from '../../app/validate.js';
import { parseStrict } from '../../app/strict-input.js';
import { restoreRevision } from '../../app/history.js';
import { personWarnings } from '../../app/published.js';
import { auditHead, recentAudit } from '../../app/audit.js';
import { approveProposal, getProposal, listProposals, rejectProposal } from '../../app/proposals.js';
import { revisionEtag } from '../../app/record-writes.js';
import type { ApiEnv } from '../route-policy.js';
import { actorOf, requireIfMatch } from './records.js';
import { readJson } from './body.js';
import {
  ApproveBody,
  AuditQuery,
  PositiveId as positiveId,
  ProposalListQuery as ListQuery,
  RejectBody,
  RestoreBody,
} from '../staff-contract.js';

export function reviewRoutes(ctx: AppContext): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();

  api.post('/revisions/:id/restore', async (c) => {
    const revisionId = parseOrThrow(positiveId, c.req.param('id'), 'revision id');
    const base = requireIfMatch(c);
    const body = parseStrict(RestoreBody, (await readJson(c, { optional: true })) ?? {}, 'request');
    const actor = actorOf(c);
    const rev = await ctx.store.read((r) => r.revisions.get(revisionId));
    if (!rev || rev.entityType === 'digest') throw new RollcallError('not-found', `No record revision ${revisionId}.`);
    const restored = await restoreRevision(ctx, revisionId, { actor, note: body.note, baseRevisionId: base });
    c.header('ETag', revisionEtag(restored.id));
    const warnings = restored.entityType === 'person' ? await personWarnings(ctx, restored.entityId) : [];
    return c.json({ id: restored.entityId, revisionId: restored.id, record: restored.doc, warnings });
  });

  api.get('/proposals', async (c) => {
    const q = parseOrThrow(ListQuery, c.req.query(), 'query');
    const principal = c.get('principal');
    // Researchers see their own proposals; editors everyone's.
    const own = q.mine === '1' || principal?.role === 'researcher';
    const proposals = await listProposals(ctx, {
      state: q.state,
      entityType: q.type,
      entityId: q.id,
      limit: q.limit,
      ...(own ? { actor: actorOf(c) } : {}),
    });
    c.header('Cache-Control', 'no-store');
    return c.json({ proposals });
  });

  api.get('/proposals/:id', async (c) => {
    const proposal = await getProposal(ctx, parseOrThrow(positiveId, c.req.param('id'), 'proposal id'));
    const principal = c.get('principal');
    if (principal?.role === 'researcher' && proposal.actor !== principal.label) {
      throw new RollcallError('not-found', `No proposal ${proposal.id} of yours.`);
    }
    c.header('Cache-Control', 'no-store');
    return c.json(proposal);
  });

  api.post('/proposals/:id/approve', async (c) => {
    const id = parseOrThrow(positiveId, c.req.param('id'), 'proposal id');
    const body = parseStrict(ApproveBody, (await readJson(c, { optional: true })) ?? {}, 'request');
    const ifMatch = c.req.header('if-match') ? requireIfMatch(c) : undefined;
    const proposal = await approveProposal(ctx, id, {
      reviewer: actorOf(c),
      comment: body.comment,
      ...(body.record === undefined ? {} : { record: body.record }),
      baseRevisionId: ifMatch,
    });
    if (proposal.revisionId !== null) c.header('ETag', revisionEtag(proposal.revisionId));
    // Published digests that still show a person the approved change made non-public.
    const warnings = proposal.entityType === 'person' ? await personWarnings(ctx, proposal.entityId) : [];
    return c.json({ ...proposal, warnings });
  });

  api.post('/proposals/:id/reject', async (c) => {
    const id = parseOrThrow(positiveId, c.req.param('id'), 'proposal id');
    const body = parseStrict(RejectBody, (await readJson(c, { optional: true })) ?? {}, 'request');
    return c.json(await rejectProposal(ctx, id, { reviewer: actorOf(c), comment: body.comment }));
  });

  api.get('/audit', async (c) => {
    const q = parseOrThrow(AuditQuery, c.req.query(), 'query');
    const [head, entries] = await Promise.all([auditHead(ctx), recentAudit(ctx, q.limit, q.before)]);
    c.header('Cache-Control', 'no-store');
    return c.json({ head, entries });
  });

  return api;
}
