/**
 * Import a registry file: all or nothing. The whole import runs in one write
 * transaction; any problem (or a dry run) rolls it back, and the report names
 * each problem with its section, record number and field.
 */
import { createReadStream, readFileSync } from 'node:fs';
import type { Person } from '../domain/record.js';
import type { Problem } from '../domain/errors.js';
import { parsePersonsCsv } from '../exchange/csv.js';
import { SECTIONS } from '../exchange/format.js';
import type { AppContext } from './context.js';
import { emptyCounts, type BulkCounts, type BulkMeta } from './bulk.js';
import { duplicatesOf } from './search.js';
import type { RecordItem, Section } from './json-lines.js';
import type { PreparedPerson } from './import-prepare.js';
import { defaultWorkerCount, inThreadPreparer, workerPreparer } from './import-pool.js';
import { Pipeline, type ImportProblem } from './import-pipeline.js';
import { BufferPool } from './byte-buffer.js';
import { PERSON_BATCH, readRegistryChunks, type PersonLineBatch, type RegistryChunk } from './registry-lines.js';

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
  problems: ImportProblem[];
  /** Likely duplicates of new persons among existing records and the file itself (new persons up to {@link DUPLICATE_CHECK_LIMIT}). */
  duplicates: Array<{ id: string; candidates: Array<{ id: string; score: number; reasons: string[] }> }>;
  /** Why duplicates were not looked for, if they were not. */
  duplicatesSkipped?: string;
  /** Things to know that are not problems (e.g. a version 1 file, whose counts could not be checked). */
  notes: string[];
  durationMs: number;
}

export const DUPLICATE_CHECK_LIMIT = 5000;
/** Files with fewer records are prepared in the importing thread: starting workers would cost more. */
export const WORKERS_FROM = 5000;
/** Person batches being prepared ahead of the writer, per worker. */
const AHEAD_PER_WORKER = 3;

export { BULK_LOAD_FROM } from './import-pipeline.js';

class Rollback extends Error {}

export async function importRegistryFile(ctx: AppContext, path: string, opts: ImportOptions): Promise<ImportReport> {
  if (opts.format === 'csv') {
    const facilities = await ctx.store.read((r) => r.facilities.list());
    const text = csvText(readFileSync(path));
    if (typeof text !== 'string') return importRecords(ctx, [], { ...opts, total: 0, preProblems: [text] });
    const { persons, problems } = parsePersonsCsv(text, { facilities });
    const items = persons.map((value, i): RecordItem => ({ section: 'persons', row: i + 1, value }));
    return importRecords(ctx, items, { ...opts, total: items.length, preProblems: problems });
  }
  const total = await countLines(path);
  const pool = new BufferPool();
  return importChunks(ctx, readRegistryChunks(path, undefined, pool), { ...opts, total, pool });
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
  opts: ImportOptions & { total?: number; preProblems?: Problem[]; pool?: BufferPool },
): Promise<ImportReport> {
  const started = performance.now();
  const counts = emptyCounts();
  const problems: ImportReport['problems'] = [...(opts.preProblems ?? [])];
  const meta: BulkMeta = { actor: opts.actor, note: opts.note ?? 'import', at: ctx.now().toISOString() };
  // New persons, for the duplicate check; past the limit the check is skipped, so they are not kept.
  let created: PreparedPerson[] = [];
  let createdCount = 0;
  const collect = (p: PreparedPerson) => {
    // A copy: the batch's bytes are reused once written.
    if (++createdCount <= DUPLICATE_CHECK_LIMIT) created.push({ ...p, doc: p.doc.slice() });
    else created = [];
  };
  const workers = opts.workers ?? ((opts.total ?? 0) >= WORKERS_FROM ? defaultWorkerCount() : 0);
  const pool = opts.pool ?? new BufferPool();
  const preparer = workers > 0 ? workerPreparer(workers, pool) : inThreadPreparer(pool);
  const notes: string[] = [];
  try {
    await ctx.store.write(async (repos) => {
      const pipeline = new Pipeline(repos, preparer, Math.max(1, workers) * AHEAD_PER_WORKER, meta, counts, problems);
      await pipeline.run(chunks, opts, collect);
      notes.push(...pipeline.notes);
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
    notes,
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

/** The CSV file's text, or a problem naming the first line that is not UTF-8 (never stored as U+FFFD). */
function csvText(bytes: Buffer): string | Problem {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    return decoder.decode(bytes);
  } catch {
    let line = 1;
    for (let start = 0; start < bytes.length; line++) {
      const nl = bytes.indexOf(10, start);
      const end = nl === -1 ? bytes.length : nl;
      try {
        decoder.decode(bytes.subarray(start, end));
      } catch {
        break;
      }
      start = end + 1;
    }
    return { code: 'invalid-utf8', row: line, message: `Line ${line} is not valid UTF-8; save the table as UTF-8.` };
  }
}

function bySectionAndRow(a: { section?: string; row?: number }, b: { section?: string; row?: number }): number {
  const sa = a.section ? SECTIONS.indexOf(a.section as Section) : SECTIONS.length;
  const sb = b.section ? SECTIONS.indexOf(b.section as Section) : SECTIONS.length;
  return sa - sb || (a.row ?? 0) - (b.row ?? 0);
}

async function countLines(path: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(path)) {
    const buf = chunk as Buffer;
    for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) lines++;
  }
  return lines;
}
