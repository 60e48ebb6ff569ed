import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPerson, type Finding } from '../domain/checks.js';
import type { Person } from '../domain/record.js';
import { tempApp } from '../testing/temp-app.js';
import type { AppContext } from './context.js';
import { loadDemo } from './demo.js';
import { runChecks } from './checks.js';

/** More people than one page of the whole-registry pass, so it crosses several pages. */
const SYNTHETIC = 600;
let app: Awaited<ReturnType<typeof tempApp>>;

beforeAll(async () => {
  app = await tempApp();
  await loadDemo(app.ctx, { synthetic: SYNTHETIC, asWritten: true });
}, 60_000);
afterAll(() => app.cleanup());

/** The reference: every person loaded by id and checked one by one. */
async function reference(ctx: AppContext, min: Finding['severity']): Promise<Finding[]> {
  const rank = { info: 0, warning: 1, error: 2 } as const;
  return ctx.store.read(async (repos) => {
    const ids: string[] = [];
    for (let after: string | null = null; ;) {
      const page = await repos.persons.ids(after, 100);
      if (page.length === 0) break;
      ids.push(...page);
      after = page[page.length - 1]!;
    }
    const [facilities, sources, ratios] = [
      await repos.facilities.list(),
      await repos.sources.list(),
      await repos.reference.creditRatios(),
    ];
    const checkCtx = {
      today: ctx.now().toISOString().slice(0, 10),
      facilityIds: new Set(facilities.map((f) => f.id)),
      sourceIds: new Set(sources.map((s) => s.id)),
      sourceDates: new Map(sources.flatMap((s) => (s.date ? [[s.id, s.date] as const] : []))),
      ratios,
    };
    const persons: Person[] = await repos.persons.getMany(ids);
    return persons.flatMap((p) => checkPerson(p, checkCtx)).filter((f) => rank[f.severity] >= rank[min]);
  });
}

describe('runChecks over the whole registry', () => {
  it.each([
    ['2024-02-02T12:00:00Z', 'info'],
    ['2024-02-02T12:00:00Z', 'warning'],
    ['2021-06-01T00:00:00Z', 'info'],
    ['2021-06-01T00:00:00Z', 'error'],
  ] as const)('finds exactly what checking each person does (today %s, from %s)', async (now, min) => {
    const ctx: AppContext = { ...app.ctx, now: () => new Date(now) };
    const report = await runChecks(ctx, { minSeverity: min });
    const expected = await reference(ctx, min);
    expect(report.checkedPersons).toBe(SYNTHETIC + 5);
    expect(report.findings).toEqual(expected);
    expect(report.findings.length).toBeGreaterThan(0);
    const byCode: Record<string, number> = {};
    for (const f of expected) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
    expect(report.byCode).toEqual(byCode);
    expect(report.bySeverity.error + report.bySeverity.warning + report.bySeverity.info).toBe(expected.length);
  });

  it('checks only the given ids when asked', async () => {
    const report = await runChecks(app.ctx, { ids: ['p-unknown'] });
    expect(report.checkedPersons).toBe(0);
    expect(report.findings).toEqual([]);
  });
});
