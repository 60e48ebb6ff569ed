/**
 * Figures behind the public website, once per data version (parts of the read model, `read-model/`): the
 * article index and series, monthly flows of public people, and the figures of a day.
 */
import { monthlySeries, type MonthlyFlow } from '../domain/figures.js';
import { dayToIso, isoToDay } from '../domain/partial-date.js';
import type { AppContext } from './context.js';
import { countSeries, flows, loadSubjects, statsAt, type SeriesPoint, type Stats } from './figures.js';
import { releasesOfMonth } from './releases.js';
import { memoized } from './read-model/index.js';

// ---------------------------------------------------------------- articles

/** Monthly counts (end of month, or today) of public political prisoners charged under `code`. */
export async function articleSeries(ctx: AppContext, code: string, fromMonth: string, today: string) {
  return memoized(ctx, 'public', `article-series:${code}:${fromMonth}:${today}`, () =>
    articleSeriesNow(ctx, code, fromMonth, today),
  );
}

async function articleSeriesNow(ctx: AppContext, code: string, fromMonth: string, today: string) {
  const subjects = (await loadSubjects(ctx, 'public')).filter((s) => s.articles.includes(code));
  return monthlySeries(subjects, fromMonth, today.slice(0, 7), { capDay: isoToDay(today) }).map((m) => ({
    date: dayToIso(m.day),
    count: m.certain,
  }));
}

/** Article codes that appear in charges of public people, with how many people each. */
export async function articleIndex(ctx: AppContext): Promise<Array<{ code: string; persons: number }>> {
  return memoized(ctx, 'public', 'article-index', () => articleIndexNow(ctx));
}

async function articleIndexNow(ctx: AppContext): Promise<Array<{ code: string; persons: number }>> {
  const subjects = await loadSubjects(ctx, 'public');
  const counts = new Map<string, number>();
  for (const s of subjects) for (const code of new Set(s.articles)) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].map(([code, persons]) => ({ code, persons })).sort((a, b) => compareArticles(a.code, b.code));
}

/** Orders "130" < "293" < "361" < "361-1" < "361-4" < "411". */
export function compareArticles(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('-').map(Number);
  const [b1 = 0, b2 = 0] = b.split('-').map(Number);
  return a1 - b1 || a2 - b2;
}

// ---------------------------------------------------------------- flows

/** Monthly flows of public people (`flows` for the public), once per data version. */
export async function publicFlows(ctx: AppContext, fromMonth: string, toMonth: string): Promise<MonthlyFlow[]> {
  return memoized(ctx, 'public', `flows:${fromMonth}:${toMonth}`, () => flows(ctx, fromMonth, toMonth, 'public'));
}

// ---------------------------------------------------------------- figures of a day

/** Public figures on `today` (count and breakdowns), once per data version and day. */
export async function siteStats(ctx: AppContext, today: string): Promise<Stats> {
  return memoized(ctx, 'public', `stats:${today}`, () => statsAt(ctx, today, 'public'));
}

/** The public count at the end of each month from `from` to `today`, once per data version and day. */
export async function siteCountSeries(ctx: AppContext, from: string, today: string): Promise<SeriesPoint[]> {
  return memoized(ctx, 'public', `count-series:${from}:${today}`, () =>
    countSeries(ctx, from, today, 'month', 'public'),
  );
}

/** How many public people were released in `month`, once per data version. */
export async function siteReleasedIn(ctx: AppContext, month: string): Promise<number> {
  return memoized(
    ctx,
    'public',
    `released:${month}`,
    async () => (await releasesOfMonth(ctx, month, 'public')).summary.released,
  );
}
