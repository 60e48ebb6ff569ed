/**
 * The demo's published digests, so that a fresh demo looks like a living registry: the real
 * January 2024 releases digest, and the releases digest of the month before `today` (drafted
 * from the registry as it stands, fictional people marked as such), each in be/ru/en,
 * published with their warnings acknowledged by the demo editor.
 */
import { LANGS } from '../domain/record.js';
import type { AppContext } from './context.js';
import { draftDigest, publishDigest } from './digests.js';

/** The month before `today` as `YYYY-MM`. */
function monthBefore(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/**
 * Drafts and publishes the demo's digests; returns their ids.
 *
 * @example
 * await publishDemoDigests(ctx, '2026-12-03', 'demo-editor'); // ['releases-2024-01-be', …, 'releases-2026-11-en']
 */
export async function publishDemoDigests(ctx: AppContext, today: string, actor: string): Promise<string[]> {
  const months = [...new Set(['2024-01', monthBefore(today)])].filter((m) => m < today.slice(0, 7));
  const ids: string[] = [];
  for (const month of months) {
    for (const lang of LANGS) {
      const { digest } = await draftDigest(ctx, { kind: 'releases', month, lang }, { actor, note: 'demo digest' });
      await publishDigest(ctx, digest.id, { acknowledgeWarnings: true }, { actor, note: 'demo digest published' });
      ids.push(digest.id);
    }
  }
  return ids;
}
