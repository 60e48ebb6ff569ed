/**
 * Which people changed since a point of the change feed (`ChangeFeed` in `ports.ts`):
 * what caches kept per snapshot (figures, digest drafts) ask to carry what is unchanged
 * into the next one. Every write of a person's record or projection enters the feed.
 */
import type { Repos } from './ports.js';

/**
 * The ids of people changed after feed position `position` (in the order of their latest
 * change), or null when more than `limit` records changed: then it is cheaper to start afresh.
 *
 * @example
 * const changed = await peopleChangedSince(repos, cached.position, 500);
 * if (changed === null) reloadEverything(); else for (const id of changed) reload(id);
 */
export async function peopleChangedSince(repos: Repos, position: number, limit: number): Promise<Set<string> | null> {
  const changes = await repos.changes.since(position, limit + 1);
  if (changes.length > limit) return null;
  return new Set(changes.filter((c) => c.entityType === 'person').map((c) => c.entityId));
}
