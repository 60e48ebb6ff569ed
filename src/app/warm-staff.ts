/**
 * The staff side's warm-up before `rollcall serve` listens: the desk's parts (staff rows,
 * the desk facts, projected releases, likely duplicates, the sections over every person)
 * and the staff name index are built once at start, so the first staff member after a
 * restart does not wait for them (10.9 s for the desk at 100,000 people). A batch job: it
 * returns a report and never throws.
 *
 * @example
 * const report = await warmStaff(ctx); // { ms: 4210, failed: [] }
 */
import type { AppContext } from './context.js';
import { deskView } from './desk.js';
import { searchPersons } from './search.js';

export interface StaffWarmUpReport {
  ms: number;
  /** What could not be built (the server starts anyway; its first reader builds it). */
  failed: string[];
}

export async function warmStaff(ctx: AppContext): Promise<StaffWarmUpReport> {
  const start = performance.now();
  const failed: string[] = [];
  const steps: Array<[string, () => Promise<unknown>]> = [
    ['desk', () => deskView(ctx, 'editor')],
    ['staff name search', () => searchPersons(ctx, 'a', { limit: 1, audience: 'staff' })],
  ];
  for (const [name, run] of steps) {
    try {
      await run();
    } catch {
      failed.push(name);
    }
  }
  return { ms: Math.round(performance.now() - start), failed };
}
