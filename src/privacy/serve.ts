/**
 * Test support for the public-output tests: a registry loaded into a fresh temp
 * app (real SQLite file, fixed clock), the month's digests drafted and published
 * after every visibility is set, and everything public that leaves it collected:
 * the crawled site and API, the public exports, the published digests' texts and
 * the mirror's files.
 *
 * @example
 * const served = await serveRegistry(privacyRegistry({ synthetic: 8 }).registry);
 * const pages = await crawl(served.app, ['/en/'], 1000);
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import type { AppContext } from '../app/context.js';
import { emptyCounts, knownIds, writeFacilities, writePersons, writeSources } from '../app/bulk.js';
import { saveSource } from '../app/catalog.js';
import { draftDigest, exportDigest, publishDigest } from '../app/digests.js';
import { exportRegistry } from '../app/export.js';
import { DIGEST_KINDS } from '../domain/digest/index.js';
import { LANGS } from '../domain/record.js';
import { createHttpApp } from '../http/app.js';
import { tempApp } from '../testing/temp-app.js';
import { writeMirror, type MirrorReport } from '../web/mirror.js';
import { filesUnder } from './crawl.js';
import { sortedParts } from './fixture.js';
import type { VisibleParts } from './without-internal.js';

/** The month whose digests are published (the demo's January 2024 releases). */
export const DIGEST_MONTH = '2024-01';
const META = { actor: 'privacy-test', note: 'privacy fixture' };

export interface Served {
  ctx: AppContext;
  dir: string;
  /** The server app (anonymous requests). */
  app: Hono;
  /** Ids of the published digests. */
  digestIds: string[];
  cleanup(): Promise<void>;
}

/**
 * Loads `registry` into a fresh temp app and publishes the month's digests.
 * `internalEdits`: that many edits of internal records afterwards (an internal
 * source's note), which must change nothing public.
 */
export async function serveRegistry(registry: VisibleParts, opts: { internalEdits?: number } = {}): Promise<Served> {
  const t = await tempApp();
  const { ctx } = t;
  const parts = sortedParts(registry);
  await ctx.store.write(async (repos) => {
    const meta = { ...META, at: ctx.now().toISOString() };
    const counts = emptyCounts();
    const known = await knownIds(repos);
    await writeFacilities(repos, parts.facilities, meta, counts, known);
    await writeSources(repos, parts.sources, meta, counts, known);
    const problems = await writePersons(repos, parts.persons, meta, counts, known);
    if (problems.length > 0) throw new Error(`fixture invalid: ${JSON.stringify(problems.slice(0, 3))}`);
    await repos.meta.bumpDataVersion();
  });
  const digestIds: string[] = [];
  for (const kind of DIGEST_KINDS)
    for (const lang of LANGS) {
      const { digest } = await draftDigest(ctx, { kind, month: DIGEST_MONTH, lang }, META);
      await publishDigest(ctx, digest.id, { acknowledgeWarnings: true }, META);
      digestIds.push(digest.id);
    }
  const internalSource = parts.sources.find((s) => s.visibility === 'internal');
  for (let i = 1; i <= (opts.internalEdits ?? 0); i++)
    await saveSource(ctx, { ...internalSource!, note: `${internalSource!.note ?? ''} (edit ${i})` }, META);
  return { ctx, dir: t.dir, app: createHttpApp(ctx), digestIds, cleanup: t.cleanup };
}

/** Named public texts that do not come over HTTP: `export --public` and the published digests' exports. */
export async function offlineOutputs(served: Served): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const format of ['json', 'csv'] as const) {
    let text = '';
    await exportRegistry(served.ctx, { format, audience: 'public' }, async (chunk) => {
      text += chunk;
    });
    out.set(`export --public --format ${format}`, text);
  }
  for (const id of served.digestIds)
    for (const format of ['md', 'html'] as const)
      out.set(`digest export ${id} --format ${format}`, await exportDigest(served.ctx, id, format));
  return out;
}

/** Runs the mirror (the CLI's app: site, digests and downloads in mirror mode) and reads every file. */
export async function mirrorFiles(served: Served): Promise<{ report: MirrorReport; files: Map<string, string> }> {
  const out = join(served.dir, 'mirror');
  mkdirSync(out);
  // One render worker: the worker path the CLI takes, at the cost of one thread on a shared machine.
  const report = await writeMirror(served.ctx, out, { app: createHttpApp(served.ctx, { mode: 'mirror' }), workers: 1 });
  const files = new Map(filesUnder(out).map((rel) => [rel, readFileSync(join(out, rel), 'utf8')]));
  return { report, files };
}
