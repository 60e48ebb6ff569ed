/**
 * The CPU-heavy half of importing people, kept free of the store so it can run
 * in worker threads (see `import-pool.ts`): parse one record line, validate it
 * against the schema, check its references, project it, and serialise it once
 * for the revision. The import's main thread then only writes what comes back.
 */
import { Person } from '../domain/record.js';
import type { Problem } from '../domain/errors.js';
import type { PersonProjection } from '../domain/projection.js';
import { projectPerson } from '../domain/project-person.js';
import { referenceProblems } from '../domain/integrity.js';
import { ProblemList, validateRecord } from '../exchange/problems.js';
import { ByteBuffer } from './byte-buffer.js';

/** A person record line as read from a file: its 1-based row in the persons section and its JSON text. */
export interface PersonLine {
  row: number;
  text: string;
  /** The line's bytes were not UTF-8 (its text is then empty). */
  invalidUtf8?: boolean;
}

/** A person ready to write: the canonical JSON of the record (as stored in its revision) and its projection. */
export interface PreparedPerson {
  row: number;
  id: string;
  /** `JSON.stringify` of the validated record, as UTF-8 (a view into {@link PreparedBatch.bytes}). */
  doc: Uint8Array;
  projection: PersonProjection;
}

export type RowProblem = Problem & { section: 'persons'; row: number };

/**
 * A batch of prepared persons, kept as bytes until it is written: each person's
 * document and projection (as JSON) back to back in one block, with an index. A
 * batch waiting for the writer is then a few objects, not thousands (which would
 * outlive the young generation and fill the writer's heap); {@link preparedPersons}
 * turns a slice into {@link PreparedPerson}s just before it is written.
 */
export interface PreparedBatch {
  /** Ids of the persons prepared (lines with problems left out), in input order. */
  ids: string[];
  /** Per person, three numbers: its row, where its document ends and where its projection ends in `bytes`. */
  index: Int32Array;
  problems: RowProblem[];
  /** Per person prepared, the ids of its cases and of its events (checked across the file by the writer). */
  caseIds: string[][];
  eventIds: string[][];
  /** The block holding the documents and projections (what a worker transfers instead of copying). */
  bytes: Uint8Array;
}

/** Facility and source ids that person records may refer to. */
export interface KnownRefs {
  facilities: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

/** Problems kept per record; more are summarised by {@link ProblemList}. */
const PROBLEMS_PER_RECORD = 100;

/**
 * Prepares a batch of person lines. Lines with problems are left out (their
 * problems reported with their row); the others keep their input order. The
 * documents and projections are written into `block` (a spent one from a pool)
 * while they fit.
 *
 * @example
 * const batch = preparePersons([{ row: 1, text: '{"id":"p-1",…}' }], known);
 * batch.problems; // []
 * const [person] = preparedPersons(batch); // { row: 1, id: 'p-1', doc, projection }
 */
export function preparePersons(
  lines: readonly PersonLine[],
  known: KnownRefs,
  block: Uint8Array | number = 1 << 20,
): PreparedBatch {
  const ids: string[] = [];
  const caseIds: string[][] = [];
  const eventIds: string[][] = [];
  const index: number[] = [];
  const problems: RowProblem[] = [];
  const out = new ByteBuffer(block);
  for (const line of lines) {
    const where = { section: 'persons' as const, row: line.row };
    if (line.invalidUtf8) {
      problems.push({
        ...where,
        code: 'invalid-utf8',
        message: `persons record ${line.row} is not valid UTF-8 (its text would be stored garbled); save the file as UTF-8.`,
      });
      continue;
    }
    const input = parseJson(line.text);
    if (input === INVALID) {
      problems.push({ ...where, code: 'invalid-json', message: `persons record ${line.row} is not valid JSON` });
      continue;
    }
    const found = new ProblemList(PROBLEMS_PER_RECORD);
    const what = `persons record ${line.row}`;
    const person = validateRecord(Person, input, { row: line.row, prefix: '', what }, found);
    if (person === null || found.count > 0) {
      for (const p of found.result()) problems.push({ ...p, ...where });
      continue;
    }
    const broken = referenceProblems(person, known.facilities, known.sources);
    if (broken.length > 0) {
      for (const p of broken) problems.push({ ...p, ...where });
      continue;
    }
    ids.push(person.id);
    caseIds.push(person.cases.map((c) => c.id));
    eventIds.push(person.events.map((e) => e.id));
    index.push(line.row, out.appendText(JSON.stringify(person)), out.appendText(JSON.stringify(projectPerson(person))));
  }
  return { ids, index: Int32Array.from(index), problems, caseIds, eventIds, bytes: out.bytes() };
}

/**
 * Persons `from` (inclusive) to `to` (exclusive) of a prepared batch, decoded.
 * Their `doc`s are views into the batch's bytes.
 */
export function preparedPersons(batch: PreparedBatch, from = 0, to = batch.ids.length): PreparedPerson[] {
  const { bytes, index } = batch;
  const out: PreparedPerson[] = [];
  for (let i = from; i < to; i++) {
    const start = i === 0 ? 0 : index[i * 3 - 1]!;
    const docEnd = index[i * 3 + 1]!;
    const projection = JSON.parse(utf8.decode(bytes.subarray(docEnd, index[i * 3 + 2]))) as PersonProjection;
    out.push({ row: index[i * 3]!, id: batch.ids[i]!, doc: bytes.subarray(start, docEnd), projection });
  }
  return out;
}

const utf8 = new TextDecoder('utf-8');
const INVALID = Symbol('invalid');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.endsWith(',') ? text.slice(0, -1) : text);
  } catch {
    return INVALID;
  }
}
