/**
 * The staff side's warm-up before `rollcall serve` listens: the desk's parts (staff rows,
 * the desk facts, projected releases, likely duplicates, the sections over every person),
 * the staff name index and the staff list's order per language are built once at start, so the first staff member after a
 * restart does not wait for them (10.9 s for the desk at 100,000 people). A batch job: it
 * returns a report and never throws.
 *
 * @example
 * const report = await warmStaff(ctx); // { ms: 4210, failed: [] }
 */
import type { AppContext } from './context.js';
import { deskView } from './desk.js';
import { searchPersons } from './search.js';
import { staffPersons, type PageOrder } from './staff-lists.js';

export interface StaffWarmUpReport {
  ms: number;
  /** What could not be built (the server starts anyway; its first reader builds it). */
  failed: string[];
}

/**
 * `orders`: the staff list's order in each page language (the pages define them), so the
 * first list after a start does not sort everyone (~4 s at 100,000 people).
 */
export async function warmStaff(ctx: AppContext, orders: readonly PageOrder[] = []): Promise<StaffWarmUpReport> {
  const start = performance.now();
  const failed: string[] = [];
  const steps: Array<[string, () => Promise<unknown>]> = [
    ['desk', () => deskView(ctx, 'editor')],
    ['staff name search', () => searchPersons(ctx, 'a', { limit: 1, audience: 'staff' })],
    ...orders.map((order): [string, () => Promise<unknown>] => [
      `staff list (${order.lang})`,
      () => staffPersons(ctx, { page: 1, order }),
    ]),
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
