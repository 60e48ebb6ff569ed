/**
 * Import a registry file: all or nothing. The whole import runs in one write
 * transaction; any problem (or a dry run) rolls it back, and the report names
 * each problem with its section, record number and field.
 */
import { createReadStream, readFileSync } from 'node:fs';
import type { z } from 'zod';
import { Article, CreditRatio, Facility, Person, Source } from '../domain/record.js';
import type { Problem } from '../domain/errors.js';
import { parsePersonsCsv } from '../exchange/csv.js';
import type { AppContext } from './context.js';
import { ProblemList, validateRecord } from '../exchange/problems.js';
import {
  emptyCounts,
  knownIds,
  writeFacilities,
  writePersons,
  writeSources,
  type BulkCounts,
  type BulkMeta,
} from './bulk.js';
import { duplicatesOf } from './search.js';
import { readRegistryRecords, type RecordItem, type Section } from './json-lines.js';
import type { Repos } from './ports.js';

export interface ImportOptions {
  format: 'json' | 'csv';
  dryRun: boolean;
  actor: string;
  note?: string | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

export interface ImportReport {
  ok: boolean;
  dryRun: boolean;
  format: 'json' | 'csv';
  counts: BulkCounts;
  problems: Array<Problem & { section?: string }>;
  /** Likely duplicates of new persons among existing records and the file itself (new persons up to {@link DUPLICATE_CHECK_LIMIT}). */
  duplicates: Array<{ id: string; candidates: Array<{ id: string; score: number; reasons: string[] }> }>;
  /** Why duplicates were not looked for, if they were not. */
  duplicatesSkipped?: string;
  durationMs: number;
}

export const DUPLICATE_CHECK_LIMIT = 5000;

const BATCH = 1000;
const SCHEMAS: Record<Section, z.ZodType> = {
  articles: Article,
  creditRatios: CreditRatio,
  facilities: Facility,
  sources: Source,
  persons: Person,
};

class Rollback extends Error {}

export async function importRegistryFile(ctx: AppContext, path: string, opts: ImportOptions): Promise<ImportReport> {
  if (opts.format === 'csv') {
    const facilities = await ctx.store.read((r) => r.facilities.list());
    const { persons, problems } = parsePersonsCsv(readFileSync(path, 'utf8'), { facilities });
    const items = persons.map((value, i): RecordItem => ({ section: 'persons', row: i + 1, value }));
    return importRecords(ctx, items, { ...opts, total: items.length, preProblems: problems });
  }
  return importRecords(ctx, readRegistryRecords(path), { ...opts, total: await countLines(path) });
}

/** The import pipeline over any stream of records (used by files and tests). */
export async function importRecords(
  ctx: AppContext,
  records: AsyncIterable<RecordItem> | Iterable<RecordItem>,
  opts: ImportOptions & { total?: number; preProblems?: Problem[] },
): Promise<ImportReport> {
  const started = performance.now();
  const counts = emptyCounts();
  const problems: ImportReport['problems'] = [...(opts.preProblems ?? [])];
  const meta: BulkMeta = { actor: opts.actor, note: opts.note ?? 'import', at: ctx.now().toISOString() };
  const created: Person[] = [];
  const collect = (p: Person) => created.length <= DUPLICATE_CHECK_LIMIT && created.push(p);
  try {
    await ctx.store.write(async (repos) => {
      await runPipeline(repos, records, meta, counts, problems, opts, collect);
      if (problems.length > 0 || opts.dryRun) throw new Rollback();
      await repos.meta.bumpDataVersion();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  const ok = problems.length === 0;
  const report: ImportReport = {
    ok,
    dryRun: opts.dryRun,
    format: opts.format,
    counts,
    problems,
    duplicates: [],
    durationMs: 0,
  };
  if (created.length > DUPLICATE_CHECK_LIMIT) {
    report.duplicatesSkipped = `more than ${DUPLICATE_CHECK_LIMIT} new persons: run "rollcall duplicates" after the import`;
  } else if (ok) {
    for (const person of created) {
      const candidates = await duplicatesOf(ctx, person);
      if (candidates.length > 0) report.duplicates.push({ id: person.id, candidates });
    }
  }
  report.durationMs = performance.now() - started;
  return report;
}

async function runPipeline(
  repos: Repos,
  records: AsyncIterable<RecordItem> | Iterable<RecordItem>,
  meta: BulkMeta,
  counts: BulkCounts,
  problems: ImportReport['problems'],
  opts: ImportOptions & { total?: number },
  onCreated: (p: Person) => void,
): Promise<void> {
  const known = await knownIds(repos);
  const seen: Record<Section, Set<string>> = {
    articles: new Set(),
    creditRatios: new Set(),
    facilities: new Set(),
    sources: new Set(),
    persons: new Set(),
  };
  const pending: Record<Section, unknown[]> = {
    articles: [],
    creditRatios: [],
    facilities: [],
    sources: [],
    persons: [],
  };
  let done = 0;
  const flush = async (section: Section) => {
    const batch = pending[section];
    pending[section] = [];
    if (batch.length === 0) return;
    if (section === 'articles') await repos.reference.saveArticles(batch as Article[]);
    else if (section === 'creditRatios') await repos.reference.saveCreditRatios(batch as CreditRatio[]);
    else if (section === 'facilities') await writeFacilities(repos, batch as Facility[], meta, counts, known);
    else if (section === 'sources') await writeSources(repos, batch as Source[], meta, counts, known);
    else problems.push(...(await writePersons(repos, batch as Person[], meta, counts, known, onCreated)));
  };
  let current: Section | null = null;
  for await (const item of records) {
    if (current !== item.section && current !== null) await flush(current);
    current = item.section;
    const parsed = validate(item, seen[item.section]);
    if ('problems' in parsed) problems.push(...parsed.problems);
    else pending[item.section].push(parsed.value);
    if (item.section === 'persons' && pending.persons.length >= BATCH) await flush('persons');
    if (++done % 500 === 0) opts.onProgress?.(done, Math.max(done, opts.total ?? done));
    if (problems.length > 10_000) {
      problems.push({ code: 'too-many-problems', message: 'Stopped after 10,000 problems; fix these first.' });
      return;
    }
  }
  if (current) await flush(current);
  opts.onProgress?.(done, done);
}

function validate(item: RecordItem, seen: Set<string>): { value: unknown } | { problems: ImportReport['problems'] } {
  const where = { section: item.section, row: item.row };
  const raw = item.value as { __invalidJson?: string } | null;
  if (raw && typeof raw === 'object' && raw.__invalidJson) {
    return { problems: [{ ...where, code: 'invalid-json', message: raw.__invalidJson }] };
  }
  const found = new ProblemList(100);
  const what = `${item.section} record ${item.row}`;
  const value = validateRecord(SCHEMAS[item.section], item.value, { row: item.row, prefix: '', what }, found);
  if (value === null || found.count > 0) return { problems: found.result().map((p) => ({ ...p, ...where })) };
  const record = value as { id?: string; code?: string; from?: string; punishment?: string };
  const key = record.id ?? record.code ?? `${record.from}/${record.punishment}/${item.row}`;
  if (seen.has(key)) {
    return {
      problems: [
        { ...where, id: key, code: 'duplicate-id', message: `"${key}" appears more than once in ${item.section}.` },
      ],
    };
  }
  seen.add(key);
  return { value };
}

async function countLines(path: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(path)) {
    const buf = chunk as Buffer;
    for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) lines++;
  }
  return lines;
}
