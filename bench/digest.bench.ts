/**
 * Digest benchmark: drafting January 2024's digests over the imported registry
 * (the lead calls it after the core benchmark's 100,000-person import). Reports
 * the median of several runs in milliseconds; the target is < 100 ms per draft.
 *
 * Drafts at one data version share the records, reference data and checks they read
 * (`read-model/drafts.ts`); the texts are written afresh each time. The "records unread"
 * figure is a draft that reads and checks every record (the memo forgotten, the
 * figures' cache already loaded). The "after one person update" figure is the first
 * draft after an edit of one person in it: records and checks of the others are kept,
 * the figures' subjects brought up to date with the one person.
 */
import { draftDigest } from '../src/app/digests.js';
import { forgetDraftMemo } from '../src/app/read-model/index.js';
import { getPerson, updatePerson } from '../src/app/persons.js';
import type { AppContext } from '../src/app/context.js';
import type { DigestKind } from '../src/domain/digest/index.js';

const RUNS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The median of `runs` timings, and the first (warm-up) call's: it also loads the cached
 * figure subjects and compiles messages; a draft keeps no phrases for the next one.
 * `before` runs ahead of each timed call, untimed.
 */
async function timings(
  fn: () => Promise<unknown>,
  runs = RUNS,
  before: () => unknown = () => {},
): Promise<{ median: number; first: number }> {
  await before();
  const start = performance.now();
  await fn();
  const first = Math.round((performance.now() - start) * 10) / 10;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before();
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return { median: Math.round(median(times) * 10) / 10, first };
}

/** Median draft times (ms) for each digest kind of January 2024, plus the entry count. */
export async function benchDigest(ctx: AppContext): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const kind of ['releases', 'convictions', 'recognitions'] as DigestKind[]) {
    const request = { kind, month: '2024-01', lang: 'en' as const };
    const { median, first } = await timings(() => draftDigest(ctx, request));
    out[`digest draft ${kind} 2024-01 (median ms)`] = median;
    out[`digest draft ${kind} 2024-01 first (ms)`] = first;
    if (kind === 'releases')
      out['digest releases 2024-01 entries'] = (await draftDigest(ctx, request)).digest.entries.length;
  }
  const be = await timings(() => draftDigest(ctx, { kind: 'releases', month: '2024-01', lang: 'be' }));
  out['digest draft releases 2024-01 be (median ms)'] = be.median;
  out['digest draft releases 2024-01 be first (ms)'] = be.first;
  const unread = await timings(
    () => draftDigest(ctx, { kind: 'releases', month: '2024-01', lang: 'en' }),
    5,
    () => forgetDraftMemo(ctx.store),
  );
  out['digest draft releases 2024-01 records unread (median ms)'] = unread.median;
  const request = { kind: 'releases', month: '2024-01', lang: 'en' } as const;
  const personId = (await draftDigest(ctx, request)).digest.entries[0]!.personId;
  let edits = 0;
  const edit = async () => {
    const person = await getPerson(ctx, personId);
    await updatePerson(ctx, personId, { ...person, internalNote: `digest bench edit ${++edits}` }, { actor: 'bench' });
  };
  const edited = await timings(() => draftDigest(ctx, request), 5, edit);
  out['digest draft releases 2024-01 after one person update (median ms)'] = edited.median;
  for (const [k, v] of Object.entries(out)) console.log(`${k.padEnd(48)} ${v}`);
  return out;
}
