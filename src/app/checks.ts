/**
 * Consistency checks over one person or the whole registry. Reads in pages so
 * a registry of any size runs in bounded memory.
 */
import { checkPerson, type Finding } from '../domain/checks.js';
import type { Person } from '../domain/record.js';
import { todayIso, type AppContext } from './context.js';
import type { Repos } from './ports.js';

export interface CheckReport {
  checkedPersons: number;
  findings: Finding[];
  bySeverity: Record<'error' | 'warning' | 'info', number>;
  byCode: Record<string, number>;
}

/** Persons per keyset page: each page's documents are parsed one at a time as they are checked. */
const PAGE = 250;

/** What the checks need besides a record: known facilities and sources, source dates, credit ratios. */
export async function checkContext(repos: Repos, today: string) {
  const [facilities, sources, ratios] = await Promise.all([
    repos.facilities.list(),
    repos.sources.list(),
    repos.reference.creditRatios(),
  ]);
  const sourceDates = new Map<string, string>();
  for (const s of sources) if (s.date) sourceDates.set(s.id, s.date);
  return {
    today,
    facilityIds: new Set(facilities.map((f) => f.id)),
    sourceIds: new Set(sources.map((s) => s.id)),
    sourceDates,
    ratios,
  };
}

/** Checks the given persons, or everyone when `ids` is omitted. */
export async function runChecks(ctx: AppContext, opts: { ids?: string[]; minSeverity?: Finding['severity'] } = {}) {
  const report: CheckReport = {
    checkedPersons: 0,
    findings: [],
    bySeverity: { error: 0, warning: 0, info: 0 },
    byCode: {},
  };
  const keep = severityFilter(opts.minSeverity ?? 'info');
  await ctx.store.read(async (repos) => {
    const checkCtx = await checkContext(repos, todayIso(ctx));
    const consume = (persons: Iterable<Person>) => {
      for (const person of persons) {
        report.checkedPersons++;
        for (const f of checkPerson(person, checkCtx)) {
          if (!keep(f.severity)) continue;
          report.findings.push(f);
          report.bySeverity[f.severity]++;
          report.byCode[f.code] = (report.byCode[f.code] ?? 0) + 1;
        }
      }
    };
    if (opts.ids) {
      consume(await repos.persons.getMany(opts.ids));
      return;
    }
    for (let after: string | null = null; ;) {
      const page = await repos.persons.scan(after, PAGE);
      if (page.lastId === null) break;
      consume(page.persons);
      after = page.lastId;
    }
  });
  return report;
}

function severityFilter(min: Finding['severity']) {
  const rank = { info: 0, warning: 1, error: 2 } as const;
  return (s: Finding['severity']) => rank[s] >= rank[min];
}
