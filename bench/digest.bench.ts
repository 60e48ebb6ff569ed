/**
 * Digest benchmark: drafting January 2024's digests over the imported registry
 * (the lead calls it after the core benchmark's 100,000-person import). Reports
 * the median of several runs in milliseconds; the target is < 100 ms per draft.
 */
import { draftDigest } from '../src/app/digests.js';
import type { AppContext } from '../src/app/context.js';
import type { DigestKind } from '../src/domain/digest/index.js';

const RUNS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function medianMs(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up: loads the cached figure subjects and compiles messages
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return Math.round(median(times) * 10) / 10;
}

/** Median draft times (ms) for each digest kind of January 2024, plus the entry count. */
export async function benchDigest(ctx: AppContext): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const kind of ['releases', 'convictions', 'recognitions'] as DigestKind[]) {
    const request = { kind, month: '2024-01', lang: 'en' as const };
    out[`digest draft ${kind} 2024-01 (median ms)`] = await medianMs(() => draftDigest(ctx, request));
    if (kind === 'releases')
      out['digest releases 2024-01 entries'] = (await draftDigest(ctx, request)).digest.entries.length;
  }
  out['digest draft releases 2024-01 be (median ms)'] = await medianMs(() =>
    draftDigest(ctx, { kind: 'releases', month: '2024-01', lang: 'be' }),
  );
  for (const [k, v] of Object.entries(out)) console.log(`${k.padEnd(48)} ${v}`);
  return out;
}
