/**
 * Loads the demo registry: the January 2024 digest's five people exactly as the
 * digest writes them (so the checks find its contradictions), then the
 * editor's corrections as later revisions with a note (so the history shows
 * them), plus fictional people for figures over time.
 */
import { demoRegistry, DEMO_ACTOR } from '../demo/digest-2024-01.js';
import type { Finding } from '../domain/checks.js';
import { AppError, todayIso, type AppContext } from './context.js';
import { publishDemoDigests } from './demo-digests.js';
import { emptyCounts, knownIds, writeFacilities, writePersons, writeSources } from './bulk.js';
import { writePerson } from './persons.js';
import { runChecks } from './checks.js';

export interface DemoReport {
  persons: number;
  synthetic: number;
  corrections: number;
  /** Warnings and errors the checks raised on the digest's facts as written. */
  findingsAsWritten: Finding[];
  /** The same after the editor's corrections. */
  findingsAfterCorrections: Finding[];
  /** Ids of the digests published (with `digests`). */
  digests: string[];
}

export interface DemoOptions {
  synthetic: number;
  asWritten?: boolean;
  /**
   * The day the fictional people are generated up to (`YYYY-MM-DD`): pass today for a demo
   * that looks alive (recent releases, this month's figures). Default: the generator's fixed
   * day, so that tests do not depend on the clock.
   */
  today?: string;
  /** Also draft and publish digests (January 2024 and the month before `today`), see `demo-digests.ts`. */
  digests?: boolean;
  /** Add the internal demo records (`demo/internal.ts`), as the demo site loads them. */
  internal?: boolean;
}

export async function loadDemo(ctx: AppContext, opts: DemoOptions): Promise<DemoReport> {
  const demo = demoRegistry({
    synthetic: opts.synthetic,
    internal: opts.internal ?? false,
    ...(opts.today ? { today: opts.today } : {}),
  });
  const digestIds = demo.corrections.map((c) => c.personId);
  const at = ctx.now().toISOString();
  await ctx.store.write(async (repos) => {
    if ((await repos.persons.count({ audience: 'staff' })) > 0) {
      throw new AppError('not-empty', 'The demo loads only into an empty registry; use another --db file.');
    }
    const meta = { actor: DEMO_ACTOR, note: 'January 2024 digest, facts as written', at };
    const counts = emptyCounts();
    const known = await knownIds(repos);
    await writeFacilities(repos, demo.facilities, meta, counts, known);
    await writeSources(repos, demo.sources, meta, counts, known);
    const problems = await writePersons(repos, demo.persons, meta, counts, known);
    if (problems.length > 0)
      throw new AppError('demo-invalid', `The demo data is inconsistent: ${problems[0]!.message}`, 500, { problems });
    await repos.meta.bumpDataVersion();
  });
  const severe = (f: Finding) => f.severity !== 'info';
  const asWritten = (await runChecks(ctx, { ids: [...new Set(digestIds)] })).findings.filter(severe);
  if (!opts.asWritten) await applyCorrections(ctx, demo.corrections);
  const after = (await runChecks(ctx, { ids: [...new Set(digestIds)] })).findings.filter(severe);
  const digests = opts.digests ? await publishDemoDigests(ctx, opts.today ?? todayIso(ctx), DEMO_ACTOR) : [];
  return {
    digests,
    persons: demo.persons.length,
    synthetic: demo.persons.filter((p) => p.fictional).length,
    corrections: opts.asWritten ? 0 : demo.corrections.length,
    findingsAsWritten: asWritten,
    findingsAfterCorrections: after,
  };
}

async function applyCorrections(ctx: AppContext, corrections: ReturnType<typeof demoRegistry>['corrections']) {
  for (const correction of corrections) {
    await ctx.store.write(async (repos) => {
      const person = await repos.persons.get(correction.personId);
      if (!person) throw new AppError('demo-invalid', `Correction for unknown person ${correction.personId}.`, 500);
      const at = ctx.now().toISOString();
      await writePerson(repos, correction.apply(person), { actor: DEMO_ACTOR, note: correction.note }, at);
    });
  }
}
