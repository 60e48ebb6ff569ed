/**
 * What the staff review pages show: the queue of proposals (pending first;
 * researchers see only their own) and one proposal as readable differences against
 * the record as it is now, saying when the record changed since the proposal's base.
 *
 * @example
 * const view = await proposalView(ctx, 12, { role: 'editor', label: 'ed@org' });
 * view.changes; // [{ action: 'added', part: 'event', id: 'e-3', value: { kind: 'detention', … } }]
 */
import type { Role } from '../domain/access.js';
import { RollcallError } from '../domain/errors.js';
import { readableDiff, type ReadableChange } from '../domain/readable-diff.js';
import type { AppContext } from './context.js';
import type { Proposal } from './ports.js';

export interface Viewer {
  role: Role;
  /** The principal's label (a user's email): proposals are stored under it as their actor. */
  label: string;
}

/** Only researchers are limited to their own proposals (editors review everyone's). */
const ownOnly = (viewer: Viewer) => viewer.role === 'researcher';

/** Proposals for the review list: every pending one first (oldest first), then the latest reviewed. */
export async function reviewQueue(ctx: AppContext, viewer: Viewer, limit = 100): Promise<Proposal[]> {
  const actor = ownOnly(viewer) ? { actor: viewer.label } : {};
  return ctx.store.read(async (r) => {
    const pending = await r.proposals.list({ state: 'pending', limit: 500, ...actor });
    const all = await r.proposals.list({ limit, ...actor });
    return [...pending.reverse(), ...all.filter((p) => p.state !== 'pending')];
  });
}

export interface ProposalView {
  proposal: Proposal;
  /** The record's latest revision now (null: it does not exist yet). */
  current: { revisionId: number; doc: unknown | null } | null;
  /** The proposal against the record as it is now (pending), or against its base (reviewed). */
  changes: ReadableChange[];
  /** The record has revisions after the proposal's base: approving as proposed will be refused. */
  changedSinceBase: boolean;
}

export async function proposalView(ctx: AppContext, id: number, viewer: Viewer): Promise<ProposalView> {
  return ctx.store.read(async (r) => {
    const proposal = await r.proposals.get(id);
    if (!proposal || (ownOnly(viewer) && proposal.actor !== viewer.label)) {
      throw new RollcallError('not-found', `No proposal ${id}${ownOnly(viewer) ? ' of yours' : ''}.`);
    }
    const latest = await r.revisions.latestFor(proposal.entityType, proposal.entityId);
    const current = latest ? { revisionId: latest.id, doc: latest.doc } : null;
    const base =
      proposal.state === 'pending' || proposal.baseRevisionId === null
        ? (current?.doc ?? null)
        : ((await r.revisions.get(proposal.baseRevisionId))?.doc ?? null);
    return {
      proposal,
      current,
      changes: readableDiff(base, proposal.doc),
      changedSinceBase: (current?.revisionId ?? null) !== proposal.baseRevisionId,
    };
  });
}
