/**
 * Review (four eyes): a researcher's change waits as a proposal until an editor
 * approves it (as proposed, or edited) or rejects it with a comment. Until then
 * the public, and every figure, keep seeing the last approved revision.
 *
 * @example
 * await approveProposal(ctx, 12, { reviewer: 'editor@org', comment: 'checked against the court record' });
 */
import { type AppContext } from './context.js';
import { RollcallError } from '../domain/errors.js';
import { recordAudit } from './audit.js';
import { applyRecord, checkBase, parseRecord, type RecordType } from './record-writes.js';
import type { Proposal, Repos } from './ports.js';

export async function listProposals(
  ctx: AppContext,
  q: { state?: Proposal['state']; entityType?: RecordType; entityId?: string; actor?: string; limit?: number },
): Promise<Proposal[]> {
  return ctx.store.read((r) => r.proposals.list(q));
}

export async function getProposal(ctx: AppContext, id: number): Promise<Proposal> {
  const p = await ctx.store.read((r) => r.proposals.get(id));
  if (!p) throw new RollcallError('not-found', `No proposal ${id}. List them with GET /api/v1/proposals.`);
  return p;
}

export interface Review {
  reviewer: string;
  comment?: string | undefined;
  /** The editor's edited version of the proposed record (approve only). */
  record?: unknown;
  /**
   * The revision the editor based an edited version on, when the record changed
   * after the proposal was made; by default the proposal's own base.
   */
  baseRevisionId?: number | undefined;
}

/**
 * Approves a pending proposal: writes it (or the editor's edited version) as a new
 * revision. Refused with `stale-revision` when the record changed since the base.
 */
export async function approveProposal(ctx: AppContext, id: number, review: Review): Promise<Proposal> {
  return ctx.store.write(async (repos) => {
    const p = await pending(repos, id);
    const type = p.entityType as RecordType;
    const edited = review.record !== undefined;
    const record = edited ? (review.record === null ? null : parseRecord(type, p.entityId, review.record)) : p.doc;
    const base = review.baseRevisionId ?? p.baseRevisionId;
    await checkBase(repos, type, p.entityId, base, record);
    const at = ctx.now().toISOString();
    const note = [p.note, `proposal #${id} by ${p.actor}, ${edited ? 'edited and ' : ''}approved by ${review.reviewer}`]
      .filter(Boolean)
      .join('; ');
    const actor = edited ? review.reviewer : p.actor;
    const revisionId = await applyRecord(repos, type, p.entityId, record, { actor, note }, at);
    await repos.proposals.review(id, {
      state: 'approved',
      reviewer: review.reviewer,
      comment: review.comment ?? null,
      at,
      revisionId,
    });
    await recordAudit(
      repos,
      {
        actor: review.reviewer,
        action: 'proposal.approve',
        resourceType: type,
        resourceId: p.entityId,
        revisionId,
        details: { proposal: id, author: p.actor, edited },
      },
      at,
    );
    return (await repos.proposals.get(id))!;
  });
}

/** Rejects a pending proposal; the comment says why (shown to its author). */
export async function rejectProposal(ctx: AppContext, id: number, review: Review): Promise<Proposal> {
  const comment = review.comment?.trim();
  if (!comment) throw new RollcallError('comment-required', 'Say why the proposal is rejected (a comment).');
  return ctx.store.write(async (repos) => {
    const p = await pending(repos, id);
    const at = ctx.now().toISOString();
    await repos.proposals.review(id, { state: 'rejected', reviewer: review.reviewer, comment, at, revisionId: null });
    await recordAudit(
      repos,
      {
        actor: review.reviewer,
        action: 'proposal.reject',
        resourceType: p.entityType,
        resourceId: p.entityId,
        details: { proposal: id, author: p.actor },
      },
      at,
    );
    return (await repos.proposals.get(id))!;
  });
}

/** The proposal, read in the write's own transaction (two reviewers cannot both act on it). */
async function pending(repos: Repos, id: number): Promise<Proposal> {
  const p = await repos.proposals.get(id);
  if (!p) throw new RollcallError('not-found', `No proposal ${id}. List them with GET /api/v1/proposals.`);
  if (p.state !== 'pending')
    throw new RollcallError('already-reviewed', `Proposal ${id} was already ${p.state} by ${p.reviewer}.`);
  return p;
}
