/**
 * Export the registry as JSON (the whole registry, importable, one record per
 * line) or CSV (one row per person). Streams in pages: memory stays flat
 * whatever the registry's size. With `publicOnly`, records pass through the
 * public presenters first (the open-data download).
 */
import type { Facility, Person, Source } from '../domain/record.js';
import { personsToCsv } from '../exchange/csv.js';
import { presentPublicFacility, presentPublicPerson, presentPublicSource } from '../http/presenters/public-person.js';
import type { AppContext } from './context.js';
import { headerLine } from './json-lines.js';
import type { Repos } from './ports.js';

export interface ExportOptions {
  format: 'json' | 'csv';
  publicOnly: boolean;
}

type Sink = (chunk: string) => Promise<void> | void;
const PAGE = 1000;

export async function exportRegistry(ctx: AppContext, opts: ExportOptions, write: Sink): Promise<void> {
  await ctx.store.read(async (repos) => {
    const facilities = await repos.facilities.list();
    const sources = await repos.sources.list();
    if (opts.format === 'csv') await exportCsv(repos, facilities, sources, opts, write);
    else await exportJson(repos, facilities, sources, opts, write);
  });
}

async function exportJson(repos: Repos, facilities: Facility[], sources: Source[], opts: ExportOptions, write: Sink) {
  const publicSources = new Set(sources.filter((s) => s.visibility === 'public').map((s) => s.id));
  const pub = opts.publicOnly;
  await write(headerLine() + '\n');
  await section(write, 'articles', await repos.reference.articles(), false);
  await section(write, 'creditRatios', await repos.reference.creditRatios(), false);
  await section(write, 'facilities', pub ? facilities.map(presentPublicFacility).filter(Boolean) : facilities, false);
  await section(write, 'sources', pub ? sources.map(presentPublicSource).filter(Boolean) : sources, false);
  await write('"persons":[\n');
  let first = true;
  await forEachPersonPage(repos, async (persons) => {
    const lines: string[] = [];
    for (const p of persons) {
      const view = pub ? presentPublicPerson(p, publicSources) : p;
      if (view) lines.push(JSON.stringify(view));
    }
    if (lines.length === 0) return;
    await write((first ? '' : ',\n') + lines.join(',\n'));
    first = false;
  });
  await write(first ? ']}\n' : '\n]}\n');
}

async function section(write: Sink, name: string, records: readonly unknown[], last: boolean) {
  const body = records.map((r) => JSON.stringify(r)).join(',\n');
  await write(`"${name}":[\n${body}${body ? '\n' : ''}]${last ? '}' : ','}\n`);
}

async function exportCsv(repos: Repos, facilities: Facility[], _sources: Source[], opts: ExportOptions, write: Sink) {
  let header = true;
  await forEachPersonPage(repos, async (persons) => {
    const visible = opts.publicOnly ? persons.filter((p) => p.visibility === 'public') : persons;
    await write(personsToCsv(visible, facilities, { header, publicOnly: opts.publicOnly }));
    header = false;
  });
  if (header) await write(personsToCsv([], facilities, { header: true, publicOnly: opts.publicOnly }));
}

/** Calls `fn` with persons in id order, a page at a time. */
export async function forEachPersonPage(repos: Repos, fn: (persons: Person[]) => Promise<void>): Promise<void> {
  for (let after: string | null = null; ;) {
    const ids = await repos.persons.ids(after, PAGE);
    if (ids.length === 0) return;
    const persons = await repos.persons.getMany(ids);
    persons.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    await fn(persons);
    after = ids[ids.length - 1]!;
  }
}
