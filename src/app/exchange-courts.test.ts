/**
 * The court catalogue in the exchange format (version 3): an export of a registry holding
 * internal persons, facilities, sources and cases, with a court staff added and a seeded
 * court renamed, imports into a fresh registry with every court and its three names, and
 * exports again byte for byte. A version 2 file (no `courts`) still imports, leaving the
 * catalogue as it was; the public export carries the catalogue (public reference data).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { RegistryDigest } from '../exchange/registry-end.js';
import { join } from 'node:path';
import { tempApp } from '../testing/temp-app.js';
import { privacyRegistry, sortedParts } from '../privacy/fixture.js';
import { emptyCounts, knownIds, writeFacilities, writePersons, writeSources } from './bulk.js';
import { writeCourts } from './reference.js';
import { exportRegistry } from './export.js';
import { importRegistryFile } from './import.js';
import { COURTS } from '../domain/courts.js';
import type { Court } from '../domain/record.js';
import type { AppContext } from './context.js';

type Env = Awaited<ReturnType<typeof tempApp>>;
const envs: Env[] = [];
const fixture = privacyRegistry({ synthetic: 3 });
const ADDED: Court = {
  id: 'ct-zq-added',
  name: { be: 'Суд Zq раёна', ru: 'Суд района Zq', en: 'Zq District Court' },
  city: { be: 'Мінск', ru: 'Минск', en: 'Minsk' },
};
const RENAMED: Court = { ...COURTS[0]!, name: { ...COURTS[0]!.name, en: 'Saviecki District Court (renamed)' } };

async function fresh(): Promise<Env> {
  const env = await tempApp();
  envs.push(env);
  return env;
}

async function exported(ctx: AppContext, audience: 'staff' | 'public'): Promise<string> {
  let out = '';
  await exportRegistry(ctx, { format: 'json', audience }, (chunk) => void (out += chunk));
  return out;
}

async function importText(env: Env, text: string, name: string) {
  const file = join(env.dir, name);
  writeFileSync(file, text);
  return importRegistryFile(env.ctx, file, { format: 'json', dryRun: false, actor: 'test', workers: 0 });
}

const courtsOf = (ctx: AppContext) => ctx.store.read((r) => r.reference.courts());

let from: Env;
let text: string;
beforeAll(async () => {
  from = await fresh();
  const { ctx } = from;
  const parts = sortedParts(fixture.registry);
  await ctx.store.write(async (repos) => {
    const meta = { actor: 'test', note: 'fixture', at: ctx.now().toISOString() };
    const counts = emptyCounts();
    const known = await knownIds(repos);
    await writeFacilities(repos, parts.facilities, meta, counts, known);
    await writeSources(repos, parts.sources, meta, counts, known);
    const problems = await writePersons(repos, parts.persons, meta, counts, known);
    if (problems.length > 0) throw new Error(JSON.stringify(problems.slice(0, 3)));
    await writeCourts(repos, [ADDED, RENAMED], { actor: 'test' }, meta.at);
  });
  text = await exported(ctx, 'staff');
});
afterAll(async () => {
  await Promise.all(envs.map((e) => e.cleanup()));
});

describe('courts in the registry file', () => {
  it('are written as a section of their own, sorted by id, each with its three names', () => {
    expect(text).toMatch(/^ {2}"version": 3,$/m);
    const lines = text.split('\n');
    const start = lines.indexOf('  "courts": [');
    expect(start).toBeGreaterThan(lines.indexOf('  "creditRatios": ['));
    const courts: Court[] = [];
    for (let i = start + 1; lines[i]!.startsWith('    {'); i++) courts.push(JSON.parse(lines[i]!.replace(/,$/, '')));
    expect(courts.map((c) => c.id)).toEqual([...COURTS.map((c) => c.id), ADDED.id].sort());
    expect(courts).toContainEqual(ADDED);
    expect(courts).toContainEqual(RENAMED);
    for (const c of courts) expect(Object.keys(c.name).sort()).toEqual(['be', 'en', 'ru']);
    expect(text).toMatch(/"end": \{"records":\{"articles":\d+,"creditRatios":\d+,"courts":\d+,"facilities"/);
  });

  it('round-trip: export -> import into a fresh registry -> export is byte-identical, internal items and all', async () => {
    const into = await fresh();
    const report = await importText(into, text, 'staff.json');
    expect(report.problems).toEqual([]);
    expect(report.counts.courts).toEqual({ created: 1, updated: 1, unchanged: COURTS.length - 1 });
    expect(await courtsOf(into.ctx)).toEqual(await courtsOf(from.ctx));
    expect(await courtsOf(into.ctx)).toContainEqual(ADDED);
    for (const id of [...fixture.internalIds.persons, ...fixture.internalIds.facilities]) expect(text).toContain(id);
    expect(await exported(into.ctx, 'staff')).toBe(text);
    // Imported again: nothing changes, not even a court's revision.
    const revisions = await into.ctx.store.read((r) => r.revisions.lastId());
    const again = await importText(into, text, 'again.json');
    expect(again.problems).toEqual([]);
    expect(again.counts.courts).toEqual({ created: 0, updated: 0, unchanged: COURTS.length + 1 });
    expect(await into.ctx.store.read((r) => r.revisions.lastId())).toBe(revisions);
  });

  it('gives an imported court a revision naming the importer', async () => {
    const into = await fresh();
    await importText(into, text, 'staff.json');
    const rev = await into.ctx.store.read((r) => r.revisions.latestFor('court', ADDED.id));
    expect(rev).toMatchObject({ actor: 'test', doc: ADDED });
  });

  it('still imports a version 2 file (no courts), leaving the catalogue as it was', async () => {
    const v2 = text
      .replace('"version": 3', '"version": 2')
      .replace(/\n {2}"courts": \[\n(?: {4}.*\n)+? {2}\],/, '')
      .replace(/"courts":\d+,/, '');
    expect(v2).not.toContain('"courts"');
    // The checksum covered the court records: a version 2 writer's is over the other sections only.
    const file = v2.replace(/"sha256":"[0-9a-f]{64}"/, `"sha256":"${v2Checksum(v2)}"`);
    const into = await fresh();
    const before = await courtsOf(into.ctx);
    const report = await importText(into, file, 'v2.json');
    expect(report.problems).toEqual([]);
    expect(report.counts.persons.created).toBe(fixture.registry.persons.length);
    expect(await courtsOf(into.ctx)).toEqual(before);
  });

  it('refuses a version 2 file that has courts (they came with version 3)', async () => {
    const into = await fresh();
    const report = await importText(into, text.replace('"version": 3', '"version": 2'), 'bad.json');
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ code: 'unknown-field', field: 'courts' });
    expect(await into.ctx.store.read((r) => r.persons.count({ audience: 'staff' }))).toBe(0);
  });

  it('the public export carries the whole catalogue and no internal record', async () => {
    const pub = await exported(from.ctx, 'public');
    expect(pub).toContain(JSON.stringify(ADDED));
    for (const id of [...fixture.internalIds.persons, ...fixture.internalIds.facilities]) expect(pub).not.toContain(id);
    expect(fixture.markers.find(pub)).toEqual([]);
  });
});

/** The checksum a version 2 writer gave the same records: every section but courts. */
function v2Checksum(v2: string): string {
  const digest = new RegistryDigest();
  let section: string | null = null;
  for (const line of v2.split('\n')) {
    const open = /^ {2}"(\w+)": \[\]?/.exec(line);
    if (open) section = open[1]!;
    else if (section && line.startsWith('    {')) digest.add(section as 'persons', line.trim().replace(/,$/, ''));
  }
  return digest.end().sha256;
}
