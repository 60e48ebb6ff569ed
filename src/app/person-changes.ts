/**
 * Which people changed since a revision: what caches kept per data version (figures,
 * digest drafts) ask to carry what is unchanged into the next version. Every write of a
 * person's record or projection appends a person revision.
 */
import type { Repos } from './ports.js';

/**
 * The ids of people with a person revision after `revisionId` (in the order they first
 * changed), or null when there are more than `limit` such revisions: then it is cheaper to
 * start afresh.
 *
 * @example
 * const changed = await peopleChangedSince(repos, cached.revisionId, 500);
 * if (changed === null) reloadEverything(); else for (const id of changed) reload(id);
 */
export async function peopleChangedSince(repos: Repos, revisionId: number, limit: number): Promise<Set<string> | null> {
  const ids = await repos.revisions.entityIdsSince('person', revisionId, limit + 1);
  return ids.length > limit ? null : new Set(ids);
}
