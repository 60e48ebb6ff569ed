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
import type { Repos } from './ports.js';
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

/** An import's input, opened before its transaction: the file's records as chunks. */
export interface ImportInput {
  chunks: AsyncIterable<RegistryChunk>;
  /** Records (lines) in the file, for progress and the choice of workers. */
  total: number;
  /** Problems found while opening it (a CSV table that is not UTF-8, its rows). */
  preProblems: Problem[];
  pool: BufferPool;
}

/** What an import did inside its transaction (not yet committed), with the new persons for the duplicate check. */
export interface ImportOutcome {
  report: ImportReport;
  /** True when the writes may commit: no problem was found and it is not a dry run. */
  commits: boolean;
  /** New persons, up to {@link DUPLICATE_CHECK_LIMIT} (empty past it). */
  created: PreparedPerson[];
  createdCount: number;
  started: number;
}

/** Opens the file for {@link importInto}: a JSON registry is streamed, a CSV table read whole. */
export async function openImport(ctx: AppContext, path: string, format: 'json' | 'csv'): Promise<ImportInput> {
  const pool = new BufferPool();
  if (format === 'csv') {
    const facilities = await ctx.store.read((r) => r.facilities.list());
    const text = csvText(readFileSync(path));
    if (typeof text !== 'string') return { chunks: chunksOf([]), total: 0, preProblems: [text], pool };
    const { persons, problems } = parsePersonsCsv(text, { facilities });
    const items = persons.map((value, i): RecordItem => ({ section: 'persons', row: i + 1, value }));
    return { chunks: chunksOf(items), total: items.length, preProblems: problems, pool };
  }
  const total = await countLines(path);
  return { chunks: readRegistryChunks(path, undefined, pool), total, preProblems: [], pool };
}

/** Thrown inside a write to roll it back; carries what the write would have returned. */
class Rollback<T> extends Error {
  constructor(readonly value: T) {
    super('rolled back');
  }
}

/**
 * `fn` in a write transaction, committed only when `commits` says so of its result
 * (else rolled back); the result is returned either way.
 *
 * @example
 * const outcome = await writeIf(ctx.store, (repos) => importInto(repos, input, opts, at), (o) => o.commits);
 */
export async function writeIf<T>(
  store: AppContext['store'],
  fn: (repos: Repos) => Promise<T>,
  commits: (result: T) => boolean,
): Promise<T> {
  try {
    return await store.write(async (repos) => {
      const result = await fn(repos);
      if (!commits(result)) throw new Rollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.value as T;
    throw error;
  }
}

/**
 * The import's writes in the caller's write transaction (`repos` is bound to it): the
 * caller owns the transaction, so what it writes beside them (the audit entry) commits
 * with them or not at all. It never commits or rolls back itself: `commits` in the
 * outcome says whether the caller may commit (see {@link writeIf}).
 *
 * @example
 * const input = await openImport(ctx, path, 'json');
 * const outcome = await writeIf(ctx.store, async (repos) => {
 *   const outcome = await importInto(repos, input, opts, at);
 *   if (outcome.commits) await recordAudit(repos, event, at);
 *   return outcome;
 * }, (o) => o.commits);
 * const report = await finishImport(ctx, outcome);
 */
export async function importInto(
  repos: Repos,
  input: ImportInput,
  opts: ImportOptions,
  at: string,
): Promise<ImportOutcome> {
  const started = performance.now();
  const counts = emptyCounts();
  const problems: ImportReport['problems'] = [...input.preProblems];
  const meta: BulkMeta = { actor: opts.actor, note: opts.note ?? 'import', at };
  // New persons, for the duplicate check; past the limit the check is skipped, so they are not kept.
  let created: PreparedPerson[] = [];
  let createdCount = 0;
  const collect = (p: PreparedPerson) => {
    // A copy: the batch's bytes are reused once written.
    if (++createdCount <= DUPLICATE_CHECK_LIMIT) created.push({ ...p, doc: p.doc.slice() });
    else created = [];
  };
  const workers = opts.workers ?? (input.total >= WORKERS_FROM ? defaultWorkerCount() : 0);
  const preparer = workers > 0 ? workerPreparer(workers, input.pool) : inThreadPreparer(input.pool);
  const notes: string[] = [];
  try {
    const pipeline = new Pipeline(repos, preparer, Math.max(1, workers) * AHEAD_PER_WORKER, meta, counts, problems);
    await pipeline.run(input.chunks, { ...opts, total: input.total }, collect);
    notes.push(...pipeline.notes);
  } finally {
    await preparer.close();
  }
  const commits = problems.length === 0 && !opts.dryRun;
  if (commits) await repos.meta.bumpDataVersion();
  problems.sort(bySectionAndRow);
  const report: ImportReport = {
    ok: problems.length === 0,
    dryRun: opts.dryRun,
    format: opts.format,
    counts,
    problems,
    duplicates: [],
    notes,
    durationMs: 0,
  };
  return { report, commits, created, createdCount, started };
}

/** After the transaction: likely duplicates of the new persons (read from what was committed) and the duration. */
export async function finishImport(ctx: AppContext, outcome: ImportOutcome): Promise<ImportReport> {
  const { report } = outcome;
  if (outcome.createdCount > DUPLICATE_CHECK_LIMIT) {
    report.duplicatesSkipped = `more than ${DUPLICATE_CHECK_LIMIT} new persons: run "rollcall duplicates" after the import`;
  } else if (report.ok) {
    const utf8 = new TextDecoder('utf-8');
    for (const { doc } of outcome.created) {
      const person = JSON.parse(utf8.decode(doc)) as Person;
      const candidates = await duplicatesOf(ctx, person);
      if (candidates.length > 0) report.duplicates.push({ id: person.id, candidates });
    }
  }
  report.durationMs = performance.now() - outcome.started;
  return report;
}

/** Imports the file at `path` in a transaction of its own (all or nothing). */
export async function importRegistryFile(ctx: AppContext, path: string, opts: ImportOptions): Promise<ImportReport> {
  return importInput(ctx, await openImport(ctx, path, opts.format), opts);
}

/** The import pipeline over records given as values (CSV rows, tests). */
export async function importRecords(
  ctx: AppContext,
  records: AsyncIterable<RecordItem> | Iterable<RecordItem>,
  opts: ImportOptions & { total?: number; preProblems?: Problem[] },
): Promise<ImportReport> {
  const input = {
    chunks: chunksOf(records),
    total: opts.total ?? 0,
    preProblems: opts.preProblems ?? [],
    pool: new BufferPool(),
  };
  return importInput(ctx, input, opts);
}

async function importInput(ctx: AppContext, input: ImportInput, opts: ImportOptions): Promise<ImportReport> {
  const at = ctx.now().toISOString();
  const outcome = await writeIf(
    ctx.store,
    (repos) => importInto(repos, input, opts, at),
    (o) => o.commits,
  );
  return finishImport(ctx, outcome);
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
