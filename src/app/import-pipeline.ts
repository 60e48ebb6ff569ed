/**
 * One import inside its write transaction (see `import.ts`): records of the small
 * sections are validated and written here in batches; person batches go to the
 * preparer (worker threads), a few ahead, and are written in file order as they
 * come back. Problems are collected, never thrown.
 */
import type { z } from 'zod';
import { Article, Court, CreditRatio, Facility, Source } from '../domain/record.js';
import type { Problem } from '../domain/errors.js';
import { ProblemList, validateRecord } from '../exchange/problems.js';
import { RegistryDigest, endProblem } from '../exchange/registry-end.js';
import {
  knownIds,
  writeFacilities,
  writePreparedPersons,
  writeSources,
  type BulkCounts,
  type BulkMeta,
  type KnownIds,
} from './bulk.js';
import type { RecordItem, Section } from './json-lines.js';
import { preparedPersons, type PreparedBatch, type PreparedPerson } from './import-prepare.js';
import type { PersonPreparer } from './import-pool.js';
import type { RegistryChunk, RegistryEndChunk } from './registry-lines.js';
import type { Repos } from './ports.js';
import { writeChangedArticles, writeChangedCourts } from './reference.js';

/** A problem with the section it was found in. */
export type ImportProblem = Problem & { section?: string };

/** Files with at least this many records, and more than the registry holds, are loaded with indexes suspended. */
export const BULK_LOAD_FROM = 2000;

export interface PipelineOptions {
  dryRun: boolean;
  total?: number | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** Prepared persons decoded and written at a time. */
const WRITE_SLICE = 250;
const MAX_PROBLEMS = 10_000;
const SCHEMAS: Record<Exclude<Section, 'persons'>, z.ZodType> = {
  articles: Article,
  creditRatios: CreditRatio,
  courts: Court,
  facilities: Facility,
  sources: Source,
};

/**
 * One import inside its write transaction: small sections are validated and
 * written here in batches; person batches go to the preparer, a few ahead, and
 * are written in file order as they come back.
 */
export class Pipeline {
  readonly #seen: Record<Section, Set<string>> = {
    articles: new Set(),
    creditRatios: new Set(),
    courts: new Set(),
    facilities: new Set(),
    sources: new Set(),
    persons: new Set(),
  };
  #pending: { section: Exclude<Section, 'persons'>; values: unknown[] } | null = null;
  readonly #ahead: Array<Promise<PreparedBatch>> = [];
  #known: KnownIds | null = null;
  #knownSent = false;
  /** Counts and checksum of what was read, for the file's end marker. */
  readonly #digest = new RegistryDigest();
  /** Case and event ids seen so far (unique across the file), with the person that used each first. */
  readonly #subIds = { cases: new Map<string, string>(), events: new Map<string, string>() };
  #end: RegistryEndChunk | null = null;
  /** Notes for the report (e.g. a version 1 file, whose counts could not be checked). */
  readonly notes: string[] = [];

  constructor(
    private readonly repos: Repos,
    private readonly preparer: PersonPreparer,
    private readonly maxAhead: number,
    private readonly meta: BulkMeta,
    private readonly counts: BulkCounts,
    private readonly problems: ImportProblem[],
  ) {}

  async run(
    chunks: AsyncIterable<RegistryChunk>,
    opts: PipelineOptions,
    onCreated: (p: PreparedPerson) => void,
  ): Promise<void> {
    this.#known = await knownIds(this.repos);
    const rebuildIndexes = await this.#suspendIndexesIfLarge(opts.total ?? 0);
    let done = 0;
    let reported = 0;
    for await (const chunk of chunks) {
      if (chunk.kind === 'end') {
        this.#end = chunk;
        continue;
      }
      if (chunk.kind === 'problem') {
        this.problems.push(chunk.problem);
        done++;
        continue;
      }
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
    if (this.problems.length === 0) this.#checkEnd();
    if (this.problems.length === 0 && !opts.dryRun) await rebuildIndexes();
    opts.onProgress?.(done, done);
  }

  /** The file's end marker against what was read (files only; records given as values have none). */
  #checkEnd(): void {
    const end = this.#end;
    if (!end) return;
    if (end.version === 2 && this.#seen.courts.size > 0) {
      this.problems.push({
        section: 'courts',
        code: 'unknown-field',
        field: 'courts',
        message: `Format version ${end.version} has no "courts"; a file with them says "version": 3.`,
      });
      return;
    }
    if (end.version === 1) {
      if (end.end !== undefined) {
        this.problems.push({
          code: 'unknown-field',
          field: 'end',
          message: 'Format version 1 has no "end"; a file with one says "version": 2 or 3.',
        });
      } else {
        this.notes.push(
          'This file is format version 1, which has no end marker: it was checked to be complete, but its record counts and checksum could not be.',
        );
      }
      return;
    }
    if (end.end === undefined) {
      this.problems.push({
        code: 'missing-end',
        field: 'end',
        message:
          'The file has no end marker ("end"): it was cut short or edited. Nothing was imported; export it again.',
      });
      return;
    }
    const problem = endProblem(end.end, this.#digest.end(), end.version);
    if (problem) this.problems.push(problem);
  }

  /** A load larger than the registry builds its indexes once at the end (see `BulkLoadRepository`). */
  async #suspendIndexesIfLarge(records: number): Promise<() => Promise<void>> {
    if (records < BULK_LOAD_FROM || records <= (await this.repos.persons.count({ audience: 'staff' })))
      return async () => {};
    return this.repos.bulk.suspendIndexes();
  }

  async #record(item: RecordItem & { section: Exclude<Section, 'persons'> }): Promise<void> {
    if (this.#pending && this.#pending.section !== item.section) await this.#flushPending();
    const parsed = validate(item, SCHEMAS[item.section], this.#seen[item.section]);
    if ('problems' in parsed) this.problems.push(...parsed.problems);
    else {
      this.#digest.add(item.section, JSON.stringify(parsed.value));
      (this.#pending ??= { section: item.section, values: [] }).values.push(parsed.value);
    }
  }

  async #flushPending(): Promise<void> {
    const batch = this.#pending;
    this.#pending = null;
    if (!batch || batch.values.length === 0) return;
    const { repos, meta, counts } = this;
    const known = this.#known!;
    if (batch.section === 'articles') await writeChangedArticles(repos, batch.values as Article[], meta);
    else if (batch.section === 'creditRatios') await repos.reference.saveCreditRatios(batch.values as CreditRatio[]);
    else if (batch.section === 'courts') await writeChangedCourts(repos, batch.values as Court[], meta, counts);
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
    const repeated = new Set<number>(); // positions of ids seen before
    batch.ids.forEach((id, i) => {
      if (!seen.has(id)) return void seen.add(id);
      repeated.add(i);
      this.problems.push({
        section: 'persons',
        row: batch.index[i * 3]!,
        id,
        code: 'duplicate-id',
        message: `"${id}" appears more than once in persons.`,
      });
    });
    this.#checkSubIds(batch, repeated);
    // Decoded a slice at a time, just before writing, so few objects outlive the young generation.
    for (let i = 0; i < batch.ids.length; i += WRITE_SLICE) {
      let slice = preparedPersons(batch, i, Math.min(batch.ids.length, i + WRITE_SLICE));
      if (repeated.size > 0) slice = slice.filter((_, k) => !repeated.has(i + k));
      for (const p of slice) this.#digest.add('persons', p.doc);
      await writePreparedPersons(this.repos, slice, this.meta, this.counts, onCreated);
    }
    this.preparer.recycle(batch); // written (the store copies what it binds)
  }

  /** Case and event ids are unique across the whole file, not only within a person (docs/exchange-format.md). */
  #checkSubIds(batch: PreparedBatch, repeated: ReadonlySet<number>): void {
    batch.ids.forEach((id, i) => {
      if (repeated.has(i)) return;
      const row = batch.index[i * 3]!;
      for (const [kind, list] of [
        ['cases', batch.caseIds[i]!],
        ['events', batch.eventIds[i]!],
      ] as const) {
        const seen = this.#subIds[kind];
        list.forEach((subId, j) => {
          const first = seen.get(subId);
          if (first === undefined) return void seen.set(subId, id);
          const what = kind === 'cases' ? 'Case' : 'Event';
          this.problems.push({
            section: 'persons',
            row,
            id,
            code: 'duplicate-id',
            field: `${kind}.${j}.id`,
            message: `${what} id "${subId}" of ${id} is already used by ${first === id ? 'this person' : first}; case and event ids must be unique across the file.`,
          });
        });
      }
    });
  }

  async #drain(onCreated: (p: PreparedPerson) => void): Promise<void> {
    while (this.#ahead.length > 0) await this.#writeNext(onCreated);
  }
}

function validate(
  item: RecordItem,
  schema: z.ZodType,
  seen: Set<string>,
): { value: unknown } | { problems: ImportProblem[] } {
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
