/**
 * Import a registry file: all or nothing. The whole import runs in one write
 * transaction; any problem (or a dry run) rolls it back, and the report names
 * each problem with its section, record number and field.
 */
import { createReadStream, readFileSync } from 'node:fs';
import type { z } from 'zod';
import { Article, CreditRatio, Facility, Source, type Person } from '../domain/record.js';
import type { Problem } from '../domain/errors.js';
import { parsePersonsCsv } from '../exchange/csv.js';
import { SECTIONS } from '../exchange/format.js';
import type { AppContext } from './context.js';
import { ProblemList, validateRecord } from '../exchange/problems.js';
import {
  emptyCounts,
  knownIds,
  writeFacilities,
  writePreparedPersons,
  writeSources,
  type BulkCounts,
  type BulkMeta,
  type KnownIds,
} from './bulk.js';
import { duplicatesOf } from './search.js';
import type { RecordItem, Section } from './json-lines.js';
import type { PreparedBatch, PreparedPerson } from './import-prepare.js';
import { defaultWorkerCount, inThreadPreparer, workerPreparer, type PersonPreparer } from './import-pool.js';
import { PERSON_BATCH, readRegistryChunks, type PersonLineBatch, type RegistryChunk } from './registry-lines.js';
import type { Repos } from './ports.js';

export interface ImportOptions {
  format: 'json' | 'csv';
  dryRun: boolean;
  actor: string;
  note?: string | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
  /**
   * Worker threads preparing person records (parse, validate, project). Default:
   * {@link defaultWorkerCount} for files of {@link WORKERS_FROM} records or more, none below.
   */
  workers?: number | undefined;
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
/** Files with fewer records are prepared in the importing thread: starting workers would cost more. */
export const WORKERS_FROM = 5000;
/** Person batches being prepared ahead of the writer, per worker. */
const AHEAD_PER_WORKER = 3;

/** Files with at least this many records, and more than the registry holds, are loaded with indexes suspended. */
export const BULK_LOAD_FROM = 2000;

const BATCH = 1000;
const MAX_PROBLEMS = 10_000;
const SCHEMAS: Record<Exclude<Section, 'persons'>, z.ZodType> = {
  articles: Article,
  creditRatios: CreditRatio,
  facilities: Facility,
  sources: Source,
};

class Rollback extends Error {}

export async function importRegistryFile(ctx: AppContext, path: string, opts: ImportOptions): Promise<ImportReport> {
  if (opts.format === 'csv') {
    const facilities = await ctx.store.read((r) => r.facilities.list());
    const { persons, problems } = parsePersonsCsv(readFileSync(path, 'utf8'), { facilities });
    const items = persons.map((value, i): RecordItem => ({ section: 'persons', row: i + 1, value }));
    return importRecords(ctx, items, { ...opts, total: items.length, preProblems: problems });
  }
  const total = await countLines(path);
  return importChunks(ctx, readRegistryChunks(path), { ...opts, total });
}

/** The import pipeline over records given as values (CSV rows, tests). */
export async function importRecords(
  ctx: AppContext,
  records: AsyncIterable<RecordItem> | Iterable<RecordItem>,
  opts: ImportOptions & { total?: number; preProblems?: Problem[] },
): Promise<ImportReport> {
  return importChunks(ctx, chunksOf(records), opts);
}

async function importChunks(
  ctx: AppContext,
  chunks: AsyncIterable<RegistryChunk>,
  opts: ImportOptions & { total?: number; preProblems?: Problem[] },
): Promise<ImportReport> {
  const started = performance.now();
  const counts = emptyCounts();
  const problems: ImportReport['problems'] = [...(opts.preProblems ?? [])];
  const meta: BulkMeta = { actor: opts.actor, note: opts.note ?? 'import', at: ctx.now().toISOString() };
  // New persons, for the duplicate check; past the limit the check is skipped, so they are not kept.
  let created: PreparedPerson[] = [];
  let createdCount = 0;
  const collect = (p: PreparedPerson) => {
    if (++createdCount <= DUPLICATE_CHECK_LIMIT) created.push(p);
    else created = [];
  };
  const workers = opts.workers ?? ((opts.total ?? 0) >= WORKERS_FROM ? defaultWorkerCount() : 0);
  const preparer = workers > 0 ? workerPreparer(workers) : inThreadPreparer();
  try {
    await ctx.store.write(async (repos) => {
      const pipeline = new Pipeline(repos, preparer, Math.max(1, workers) * AHEAD_PER_WORKER, meta, counts, problems);
      await pipeline.run(chunks, opts, collect);
      if (problems.length > 0 || opts.dryRun) throw new Rollback();
      await repos.meta.bumpDataVersion();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  } finally {
    await preparer.close();
  }
  problems.sort(bySectionAndRow);
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
  if (createdCount > DUPLICATE_CHECK_LIMIT) {
    report.duplicatesSkipped = `more than ${DUPLICATE_CHECK_LIMIT} new persons: run "rollcall duplicates" after the import`;
  } else if (ok) {
    const utf8 = new TextDecoder('utf-8');
    for (const { doc } of created) {
      const person = JSON.parse(utf8.decode(doc)) as Person;
      const candidates = await duplicatesOf(ctx, person);
      if (candidates.length > 0) report.duplicates.push({ id: person.id, candidates });
    }
  }
  report.durationMs = performance.now() - started;
  return report;
}

/**
 * One import inside its write transaction: small sections are validated and
 * written here in batches; person batches go to the preparer, a few ahead, and
 * are written in file order as they come back.
 */
class Pipeline {
  readonly #seen: Record<Section, Set<string>> = {
    articles: new Set(),
    creditRatios: new Set(),
    facilities: new Set(),
    sources: new Set(),
    persons: new Set(),
  };
  #pending: { section: Exclude<Section, 'persons'>; values: unknown[] } | null = null;
  readonly #ahead: Array<Promise<PreparedBatch>> = [];
  #known: KnownIds | null = null;
  #knownSent = false;

  constructor(
    private readonly repos: Repos,
    private readonly preparer: PersonPreparer,
    private readonly maxAhead: number,
    private readonly meta: BulkMeta,
    private readonly counts: BulkCounts,
    private readonly problems: ImportReport['problems'],
  ) {}

  async run(
    chunks: AsyncIterable<RegistryChunk>,
    opts: ImportOptions & { total?: number },
    onCreated: (p: PreparedPerson) => void,
  ): Promise<void> {
    this.#known = await knownIds(this.repos);
    const rebuildIndexes = await this.#suspendIndexesIfLarge(opts.total ?? 0);
    let done = 0;
    let reported = 0;
    for await (const chunk of chunks) {
      if (chunk.kind === 'record') {
        const { section } = chunk;
        if (section === 'persons') throw new Error('person records come in batches');
        await this.#record({ ...chunk, section });
        done++;
      } else {
        await this.#flushPending();
        this.#sendKnown();
        this.#ahead.push(this.preparer.prepare(chunk));
        while (this.#ahead.length > this.maxAhead) await this.#writeNext(onCreated);
        done += chunk.count;
      }
      if (done - reported >= 500) {
        reported = done;
        opts.onProgress?.(done, Math.max(done, opts.total ?? done));
      }
      if (this.problems.length > MAX_PROBLEMS) {
        this.problems.push({ code: 'too-many-problems', message: 'Stopped after 10,000 problems; fix these first.' });
        await this.#drain(onCreated);
        return;
      }
    }
    await this.#flushPending();
    await this.#drain(onCreated);
    if (this.problems.length === 0 && !opts.dryRun) await rebuildIndexes();
    opts.onProgress?.(done, done);
  }

  /** A load larger than the registry builds its indexes once at the end (see `BulkLoadRepository`). */
  async #suspendIndexesIfLarge(records: number): Promise<() => Promise<void>> {
    if (records < BULK_LOAD_FROM || records <= (await this.repos.persons.count())) return async () => {};
    return this.repos.bulk.suspendIndexes();
  }

  async #record(item: RecordItem & { section: Exclude<Section, 'persons'> }): Promise<void> {
    if (this.#pending && this.#pending.section !== item.section) await this.#flushPending();
    const parsed = validate(item, SCHEMAS[item.section], this.#seen[item.section]);
    if ('problems' in parsed) this.problems.push(...parsed.problems);
    else (this.#pending ??= { section: item.section, values: [] }).values.push(parsed.value);
  }

  async #flushPending(): Promise<void> {
    const batch = this.#pending;
    this.#pending = null;
    if (!batch || batch.values.length === 0) return;
    const { repos, meta, counts } = this;
    const known = this.#known!;
    if (batch.section === 'articles') await repos.reference.saveArticles(batch.values as Article[]);
    else if (batch.section === 'creditRatios') await repos.reference.saveCreditRatios(batch.values as CreditRatio[]);
    else if (batch.section === 'facilities')
      await writeFacilities(repos, batch.values as Facility[], meta, counts, known);
    else await writeSources(repos, batch.values as Source[], meta, counts, known);
  }

  /** Facilities and sources precede persons, so the ids persons may name are known by their first batch. */
  #sendKnown(): void {
    if (this.#knownSent) return;
    this.#knownSent = true;
    this.preparer.setKnown(this.#known!);
  }

  async #writeNext(onCreated: (p: PreparedPerson) => void): Promise<void> {
    const batch = await this.#ahead.shift()!;
    this.problems.push(...batch.problems);
    const seen = this.#seen.persons;
    const fresh = batch.persons.filter((p) => {
      if (!seen.has(p.id)) return seen.add(p.id);
      this.problems.push({
        section: 'persons',
        row: p.row,
        id: p.id,
        code: 'duplicate-id',
        message: `"${p.id}" appears more than once in persons.`,
      });
      return false;
    });
    for (let i = 0; i < fresh.length; i += BATCH) {
      await writePreparedPersons(this.repos, fresh.slice(i, i + BATCH), this.meta, this.counts, onCreated);
    }
  }

  async #drain(onCreated: (p: PreparedPerson) => void): Promise<void> {
    while (this.#ahead.length > 0) await this.#writeNext(onCreated);
  }
}

/** Values as chunks: persons in batches of consecutive rows, as text lines. */
async function* chunksOf(records: AsyncIterable<RecordItem> | Iterable<RecordItem>): AsyncGenerator<RegistryChunk> {
  let lines: string[] = [];
  let firstRow = 1;
  const batch = (): PersonLineBatch => ({
    kind: 'person-lines',
    firstRow,
    count: lines.length,
    lines: lines.join('\n'),
  });
  for await (const item of records) {
    if (item.section === 'persons') {
      if (lines.length > 0 && (lines.length >= PERSON_BATCH || item.row !== firstRow + lines.length)) {
        yield batch();
        lines = [];
      }
      if (lines.length === 0) firstRow = item.row;
      lines.push(JSON.stringify(item.value) ?? 'undefined');
      continue;
    }
    if (lines.length > 0) {
      yield batch();
      lines = [];
    }
    yield { kind: 'record', ...item };
  }
  if (lines.length > 0) yield batch();
}

function bySectionAndRow(a: { section?: string; row?: number }, b: { section?: string; row?: number }): number {
  const sa = a.section ? SECTIONS.indexOf(a.section as Section) : SECTIONS.length;
  const sb = b.section ? SECTIONS.indexOf(b.section as Section) : SECTIONS.length;
  return sa - sb || (a.row ?? 0) - (b.row ?? 0);
}

function validate(
  item: RecordItem,
  schema: z.ZodType,
  seen: Set<string>,
): { value: unknown } | { problems: ImportReport['problems'] } {
  const where = { section: item.section, row: item.row };
  const raw = item.value as { __invalidJson?: string } | null;
  if (raw && typeof raw === 'object' && raw.__invalidJson) {
    return { problems: [{ ...where, code: 'invalid-json', message: raw.__invalidJson }] };
  }
  const found = new ProblemList(100);
  const what = `${item.section} record ${item.row}`;
  const value = validateRecord(schema, item.value, { row: item.row, prefix: '', what }, found);
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
